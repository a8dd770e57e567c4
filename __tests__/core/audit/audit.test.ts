/*
 * audit-settings' sequence in-process (settings against the emulator, the real workflow lint): the
 * levels, what fails the run, the counts, the report and the SARIF made from the same rows.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  auditSarif,
  countRows,
  failsRun,
  parseCheckLevels,
  runAudit,
  type AuditRow,
  type LintWorkflow,
} from '../../../src/core/audit/audit.js';
import { lintWorkflow } from '../../../src/core/audit/workflow/index.js';
import { createClient } from '../../../src/core/github/client.js';
import { DEFAULT_TOKEN } from '../../../src/emulator/github/index.js';
import { ADMIN_TOKEN, applySettingsFixture } from '../../../src/emulator/github/routes/settings-fixtures.js';
import { FULL_PERMISSIONS } from '../../../src/emulator/github/state.js';
import { useGitHub } from '../../helpers/github.js';

const REPO = 'octo-org/octo-repo';
const fixtures = path.resolve(import.meta.dirname, '../../fixtures/workflows/checks');
const workflow = (name: string) => ({
  text: fs.readFileSync(path.join(fixtures, name), 'utf8'),
  file: '.github/workflows/release.yml',
});

describe('runAudit', () => {
  const gh = useGitHub({
    emulator: {
      tokens: {
        [DEFAULT_TOKEN]: { ...FULL_PERMISSIONS, actions: 'read' },
        [ADMIN_TOKEN]: { ...FULL_PERMISSIONS, administration: 'read' },
      },
    },
    setup: (g) => {
      g.state.addRepo(REPO);
      applySettingsFixture(g.state, REPO, 'hardened');
    },
  });

  async function audit(
    token: string,
    checks: string[],
    wf = 'hardened.yml',
    lint: LintWorkflow = lintWorkflow,
  ): Promise<AuditRow[]> {
    const { levels, problems } = parseCheckLevels('--checks', checks);
    expect(problems).toEqual([]);
    return runAudit(
      { github: createClient(token, { baseUrl: gh.url, throttle: false, retries: 0 }), lintWorkflow: lint },
      {
        repo: { owner: 'octo-org', repo: 'octo-repo' },
        tagPattern: 'v*',
        requiredChecks: ['ci'],
        environment: 'release',
        levels,
        workflow: workflow(wf),
      },
    );
  }

  it('gives a row per check on a hardened repository, none failing the run', async () => {
    const rows = await audit(ADMIN_TOKEN, []);
    expect(rows).toHaveLength(14);
    expect(rows.filter(failsRun)).toEqual([]);
    expect(countRows(rows)).toEqual({ passed: 14, failed: 0, notChecked: 0 });
  });

  it('fails the run on not-checked at error level, not at warn; off asks nothing and is never counted', async () => {
    const rows = await audit(DEFAULT_TOKEN, ['immutable-releases: warn', 'sha-pinning: off']);
    expect(rows.filter(failsRun).map((r) => r.check)).toEqual(['tag-ruleset', 'workflow-permissions']);
    expect(rows.find((r) => r.check === 'immutable-releases')).toMatchObject({
      level: 'warn',
      result: 'not-checked',
    });
    expect(rows.find((r) => r.check === 'sha-pinning')).toMatchObject({ level: 'off', result: 'off' });
    expect(gh.count('actions/get-github-actions-permissions-repository')).toBe(0);
    expect(countRows(rows)).toEqual({ passed: 10, failed: 0, notChecked: 3 });
    const sarif = auditSarif(rows) as { runs: { results: { ruleId: string; level: string }[] }[] };
    expect(sarif.runs[0].results.map((r) => [r.ruleId, r.level])).toEqual([
      ['immutable-releases', 'warning'],
      ['tag-ruleset', 'error'],
      ['workflow-permissions', 'error'],
    ]);
  });

  it('gives one row per workflow finding, located, and a warn finding does not fail the run', async () => {
    const rows = await audit(ADMIN_TOKEN, ['persist-credentials: warn'], 'persist-credentials.yml');
    const finding = rows.find((r) => r.check === 'persist-credentials' && r.result === 'fail')!;
    expect(finding).toMatchObject({
      level: 'warn',
      file: '.github/workflows/release.yml',
      line: expect.any(Number),
      column: expect.any(Number),
    });
    expect(failsRun(finding)).toBe(false);
    expect(rows.filter(failsRun)).toEqual([]);
  });

  it('keeps a finding of a check it does not know, failing (a lint that grew a check is never silenced)', async () => {
    const lint: LintWorkflow = () => [
      { check: 'new-check', detail: 'd', fix: 'f', file: 'w.yml', line: 1, column: 1 },
    ];
    const rows = await audit(ADMIN_TOKEN, [], 'hardened.yml', lint);
    expect(rows.filter(failsRun).map((r) => r.check)).toEqual(['new-check']);
  });
});
