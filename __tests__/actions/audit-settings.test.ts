/*
 * audit-settings' dist bundle on the runner harness against the GitHub emulator: the hardened
 * repository with the hardened workflow passes; a GITHUB_TOKEN leaves every administration
 * setting `not-checked`, which fails the run unless those checks are `warn`/`off`; a workflow
 * finding is annotated at its file, line and column and lands in the SARIF file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runAction, visibleText, type RunResult } from '../../src/emulator/runner.js';
import { DEFAULT_TOKEN } from '../../src/emulator/github/index.js';
import {
  ADMIN_TOKEN,
  applySettingsFixture,
  type SettingsFixture,
} from '../../src/emulator/github/routes/settings-fixtures.js';
import { FULL_PERMISSIONS } from '../../src/emulator/github/state.js';
import { useGitHub } from '../helpers/github.js';
import { writeFiles } from '../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, '__tests__/fixtures/workflows/checks');
const REPO = 'octo-org/octo-repo';
const WORKFLOW = '.github/workflows/release.yml';

const gh = useGitHub({
  emulator: {
    tokens: {
      [DEFAULT_TOKEN]: { ...FULL_PERMISSIONS, actions: 'read' },
      [ADMIN_TOKEN]: { ...FULL_PERMISSIONS, administration: 'read' },
    },
  },
  setup: (g) => {
    g.state.addRepo(REPO);
  },
});

interface Row {
  check: string;
  level: string;
  result: string;
  detail: string;
  fix: string;
  file?: string;
  line?: number;
  column?: number;
}

async function audit(
  fixture: SettingsFixture,
  options: { token?: string; workflow?: string; inputs?: Record<string, string> } = {},
): Promise<RunResult & { rows: Row[] }> {
  applySettingsFixture(gh.state, REPO, fixture);
  const token = options.token ?? ADMIN_TOKEN;
  const workspace = fs.mkdtempSync(path.join(fs.realpathSync(root), '.tmp', 'audit-ws-'));
  fs.mkdirSync(path.dirname(path.join(workspace, WORKFLOW)), { recursive: true });
  writeFiles(workspace, {
    [WORKFLOW]: fs.readFileSync(path.join(fixtures, options.workflow ?? 'hardened.yml'), 'utf8'),
  });
  try {
    const result = await runAction('audit-settings', {
      root,
      inputs: { environment: 'release', 'required-checks': 'ci', ...options.inputs },
      repository: REPO,
      apiUrl: gh.url,
      serverUrl: gh.serverUrl,
      token,
      workspace,
      workflowRef: `${REPO}/${WORKFLOW}@refs/tags/v1.2.3`,
      ref: 'refs/tags/v1.2.3',
      timeoutMs: 60_000,
    });
    expect(visibleText(result)).not.toContain(token);
    return { ...result, rows: (JSON.parse(result.outputs.report) as { checks: Row[] }).checks };
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

describe('audit-settings (dist bundle against the emulator)', () => {
  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });

  it('passes the hardened repository and workflow, the running workflow found from GITHUB_WORKFLOW_REF', async () => {
    const result = await audit('hardened');
    expect(result.code).toBe(0);
    expect(result.rows.filter((r) => r.result !== 'pass')).toEqual([]);
    expect(result.rows).toHaveLength(14);
    expect(result.outputs).toMatchObject({ passed: '14', failed: '0', 'not-checked': '0' });
    expect(result.outputs['sarif-path']).toBe(path.join(result.runnerTemp, 'audit-settings.sarif'));
    const sarif = JSON.parse(fs.readFileSync(result.outputs['sarif-path'], 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].tool.driver.rules).toHaveLength(14);
    expect(result.summary).toContain('audit-settings ✅ passed');
  });

  it('fails a GITHUB_TOKEN run on the administration settings (not-checked, never a pass), unless they are warn or off', async () => {
    const result = await audit('hardened', { token: DEFAULT_TOKEN });
    expect(result.code).toBe(1);
    const notChecked = result.rows.filter((r) => r.result === 'not-checked').map((r) => r.check);
    expect(notChecked).toEqual(['immutable-releases', 'tag-ruleset', 'workflow-permissions', 'sha-pinning']);
    expect(result.outputs).toMatchObject({ failed: '0', 'not-checked': '4', passed: '10' });
    expect(result.stdout).toContain('administration=read');
    expect(result.stdout).toContain("'Administration: read'");

    const relaxed = await audit('hardened', {
      token: DEFAULT_TOKEN,
      inputs: {
        checks: 'immutable-releases: warn\ntag-ruleset: warn\nworkflow-permissions: off\nsha-pinning: warn',
      },
    });
    expect(relaxed.code).toBe(0);
    expect(relaxed.outputs).toMatchObject({ 'not-checked': '3' });
    const sarif = JSON.parse(fs.readFileSync(relaxed.outputs['sarif-path'], 'utf8'));
    expect(sarif.runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['immutable-releases', 'warning'],
      ['tag-ruleset', 'warning'],
      ['sha-pinning', 'warning'],
    ]);
  });

  it('annotates a workflow finding at its file, line and column, and fails a one-thing-wrong setting with its fix', async () => {
    const result = await audit('wrong:sha-pinning', { workflow: 'unpinned-uses.yml' });
    expect(result.code).toBe(1);
    const failed = result.rows.filter((r) => r.result === 'fail');
    expect(new Set(failed.map((r) => r.check))).toEqual(new Set(['sha-pinning', 'unpinned-uses']));
    const finding = failed.find((r) => r.check === 'unpinned-uses')!;
    expect(finding).toMatchObject({ file: WORKFLOW, line: expect.any(Number), column: expect.any(Number) });
    expect(result.stdout).toContain(
      `::error title=unpinned-uses,file=${WORKFLOW},line=${finding.line},col=${finding.column}::`,
    );
    expect(result.stdout).toContain('Require actions to be pinned to a full-length commit SHA');
    const sarif = JSON.parse(fs.readFileSync(result.outputs['sarif-path'], 'utf8'));
    const located = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'unpinned-uses');
    expect(located.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: WORKFLOW },
      region: { startLine: finding.line, startColumn: finding.column },
    });
  });

  it('annotates a warn-level finding as a warning, and the run passes', async () => {
    const result = await audit('hardened', {
      workflow: 'unpinned-uses.yml',
      inputs: { checks: 'unpinned-uses: warn' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(
        `^::warning title=unpinned-uses,file=${WORKFLOW.replace(/\./g, '\\.')},line=\\d+,col=\\d+::`,
        'm',
      ),
    );
    expect(result.stdout).not.toMatch(/^::error/m);
  });

  it('refuses an unknown check or level, naming the input, before any request', async () => {
    const before = gh.log.length;
    const result = await audit('hardened', {
      inputs: { checks: 'sha-pining: warn\ntag-ruleset: loud', 'tag-pattern': '!v*' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("unknown check 'sha-pining'");
    expect(result.stdout).toContain("unknown level 'loud'");
    expect(result.stdout).toContain("Input 'tag-pattern'");
    expect(gh.log.length).toBe(before);
    expect(result.outputs).toMatchObject({ passed: '0', failed: '0', 'not-checked': '0', 'sarif-path': '' });
  });
});
