/*
 * `sealed-release audit`, the bundled CLI (dist/cli/index.js) against the GitHub emulator's
 * settings fixtures, from a "laptop" (a checkout in a temporary folder): SARIF for code
 * scanning, the text a person reads on a default repository, a GITHUB_TOKEN's not-checked
 * settings, and every usage error at once.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_TOKEN } from '../../src/emulator/github/index.js';
import {
  ADMIN_TOKEN,
  applySettingsFixture,
  type SettingsFixture,
} from '../../src/emulator/github/routes/settings-fixtures.js';
import { FULL_PERMISSIONS } from '../../src/emulator/github/state.js';
import { spawnCollected } from '../../src/emulator/runner.js';
import { useGitHub } from '../helpers/github.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');
const fixtures = path.join(root, '__tests__/fixtures/workflows/checks');
const REPO = 'octo-org/octo-repo';
const WORKFLOW = '.github/workflows/release.yml';
let checkout: string;

const gh = useGitHub({
  scope: 'all',
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

beforeAll(() => {
  checkout = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-cli-'));
  fs.mkdirSync(path.join(checkout, '.github/workflows'), { recursive: true });
});
afterAll(() => fs.rmSync(checkout, { recursive: true, force: true }));

async function audit(
  fixture: SettingsFixture,
  args: string[],
  options: { token?: string; workflow?: string } = {},
) {
  applySettingsFixture(gh.state, REPO, fixture);
  fs.copyFileSync(path.join(fixtures, options.workflow ?? 'hardened.yml'), path.join(checkout, WORKFLOW));
  const token = options.token ?? ADMIN_TOKEN;
  const result = await spawnCollected(process.execPath, [cli, 'audit', ...args], {
    cwd: checkout,
    env: { PATH: process.env.PATH ?? '', GITHUB_API_URL: gh.url, GH_TOKEN: token },
    timeoutMs: 60_000,
  });
  expect(result.stdout + result.stderr).not.toContain(token);
  return result;
}

const base = ['--repo', REPO, '--workflow', WORKFLOW, '--environment', 'release', '--required-checks', 'ci'];

describe('sealed-release audit (dist bundle against the emulator)', () => {
  it('prints SARIF 2.1.0 with every check as a rule and no result on the hardened repository, exit 0', async () => {
    const result = await audit('hardened', [...base, '--format', 'sarif']);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('tag-ruleset');
    expect(sarif.runs[0].results).toEqual([]);
  });

  it('lists every failure of a default new repository with its fix, exit 1', async () => {
    const result = await audit('default', base);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('audit octo-org/octo-repo: 9 passed, 5 failed, 0 not checked');
    for (const check of ['immutable-releases', 'tag-ruleset', 'default-branch', 'environment'])
      expect(result.stdout).toMatch(new RegExp(`^FAIL ${check}: .* Fix: `, 'm'));
    // sha-pinning is off on a new repository too.
    expect(result.stdout).toMatch(/^FAIL sha-pinning: /m);
    expect(result.stderr).toContain('FAIL: 5 check(s) failed');
  });

  it('reports what a GITHUB_TOKEN cannot read as not checked, in SARIF too, and fails', async () => {
    const result = await audit('hardened', [...base, '--format', 'sarif'], { token: DEFAULT_TOKEN });
    expect(result.code).toBe(1);
    const results = JSON.parse(result.stdout).runs[0].results as {
      ruleId: string;
      level: string;
      message: { text: string };
    }[];
    expect(results.map((r) => r.ruleId)).toEqual([
      'immutable-releases',
      'tag-ruleset',
      'workflow-permissions',
      'sha-pinning',
    ]);
    expect(results[0]).toMatchObject({
      level: 'error',
      message: { text: expect.stringMatching(/^Not checked: .*administration=read/) },
    });
    // With those checks off, the same token passes.
    const off = await audit(
      'hardened',
      [
        ...base,
        '--checks',
        'immutable-releases:off,tag-ruleset:off,workflow-permissions:off,sha-pinning:off',
      ],
      {
        token: DEFAULT_TOKEN,
      },
    );
    expect(off.code).toBe(0);
  });

  it('locates a workflow finding in the JSON report by its repository path, line and column', async () => {
    const result = await audit('hardened', [...base, '--format', 'json'], {
      workflow: 'template-injection.yml',
    });
    expect(result.code).toBe(1);
    const rows = JSON.parse(result.stdout).checks as {
      check: string;
      result: string;
      file?: string;
      line?: number;
    }[];
    const finding = rows.find((r) => r.check === 'template-injection' && r.result === 'fail');
    expect(finding).toMatchObject({ file: WORKFLOW, line: expect.any(Number), column: expect.any(Number) });
  });

  it('audits the settings alone without --workflow, the workflow checks shown as not run', async () => {
    const result = await audit('hardened', ['--repo', REPO, '--environment', 'release']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^OFF unpinned-uses: Not run: no workflow file was given\./m);
  });

  it('refuses every usage error at once, before any request, exit 2', async () => {
    const before = gh.log.length;
    const result = await audit('hardened', [
      '--repo',
      'nope',
      '--format',
      'xml',
      '--checks',
      'sha-pining:warn,tag-ruleset:loud',
      '--tag-pattern',
      '!v*',
    ]);
    expect(result.code).toBe(2);
    for (const part of [
      "'--repo' must be 'owner/name'",
      '--format must be text, json or sarif',
      "unknown check 'sha-pining'",
      "unknown level 'loud'",
      '--tag-pattern',
    ])
      expect(result.stderr).toContain(part);
    expect(gh.log.length).toBe(before);
  });
});
