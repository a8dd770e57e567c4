/*
 * The root action (dist/preflight), run as the runner runs it: the guard's checks in one step
 * and one summary. Build it first: `npm run package -- preflight`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction } from '../../src/emulator/runner.js';

const root = path.resolve(import.meta.dirname, '../..');
const TODAY = new Date().toISOString().slice(0, 10);

function workspace(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-ws-')));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

const files = {
  'package.json': '{\n  "version": "2.0.0"\n}\n',
  'CHANGELOG.md': `# Changelog\n\n## [2.0.0] - ${TODAY}\n\n- Breaking.\n`,
};

describe('preflight (root action)', () => {
  it('passes a good release in one step with one summary and the guard outputs', async () => {
    const result = await runAction('preflight', {
      root,
      ref: 'refs/tags/v2.0.0',
      workspace: workspace(files),
      inputs: { 'version-files': 'package.json', changelog: 'CHANGELOG.md' },
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      ok: 'true',
      version: '2.0.0',
      'release-notes': '- Breaking.',
      reason: '',
    });
    expect(result.summary.match(/^### /gm)).toHaveLength(1);
    expect(result.summary).toContain('### preflight ✅ passed');
  });

  it('refuses with every reason listed', async () => {
    const result = await runAction('preflight', {
      root,
      ref: 'refs/tags/v2.0.1',
      eventName: 'workflow_dispatch',
      workspace: workspace(files),
      inputs: { 'version-files': 'package.json', changelog: 'CHANGELOG.md' },
    });
    expect(result.code).toBe(1);
    expect(result.outputs.ok).toBe('false');
    for (const why of [/not an allowed event/, /declares 2\.0\.0/, /no section for 2\.0\.1/]) {
      expect(result.outputs.reason).toMatch(why);
      expect(result.summary).toMatch(why);
    }
    expect(result.stdout).toMatch(/::error::preflight: 3 checks failed/);
  });

  it('honours on-reject: skip and refuses bad input before writing anything', async () => {
    const skipped = await runAction('preflight', {
      root,
      ref: 'refs/heads/main',
      inputs: { 'on-reject': 'skip' },
    });
    expect(skipped.code).toBe(0);
    expect(skipped.outputs.ok).toBe('false');
    const bad = await runAction('preflight', { root, inputs: { prefix: 'v?' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/Input 'prefix'/);
    expect(bad.outputs).toEqual({});
    expect(bad.summary).toBe('');
  });
});
