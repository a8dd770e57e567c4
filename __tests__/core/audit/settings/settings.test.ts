/*
 * The settings checks in-process against the GitHub emulator's settings fixtures: on the hardened
 * repository every check passes; on each one-thing-wrong repository exactly that check fails,
 * with its fix; a default new repository fails with a fix for each; and a workflow's
 * GITHUB_TOKEN, which cannot read the administration settings, never gets a pass for them.
 */
import {
  auditSettings,
  SETTINGS_CHECKS,
  type SettingsRow,
} from '../../../../src/core/audit/settings/index.js';
import { createClient } from '../../../../src/core/github/client.js';
import { DEFAULT_TOKEN } from '../../../../src/emulator/github/index.js';
import {
  ADMIN_TOKEN,
  applySettingsFixture,
  WRONG_SETTINGS,
  type SettingsFixture,
} from '../../../../src/emulator/github/routes/settings-fixtures.js';
import { repoSettings } from '../../../../src/emulator/github/routes/settings-model.js';
import { FULL_PERMISSIONS } from '../../../../src/emulator/github/state.js';
import { useGitHub } from '../../../helpers/github.js';

const REPO = 'octo-org/octo-repo';
const repo = { owner: 'octo-org', repo: 'octo-repo' };

describe('auditSettings against the emulator', () => {
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

  async function audit(
    fixture: SettingsFixture | undefined,
    token = ADMIN_TOKEN,
    extra: { environment?: string; tagPattern?: string; requiredChecks?: string[] } = {},
  ): Promise<SettingsRow[]> {
    if (fixture) applySettingsFixture(gh.state, REPO, fixture);
    const github = createClient(token, { baseUrl: gh.url, throttle: false, retries: 0 });
    return auditSettings(github, {
      repo,
      tagPattern: extra.tagPattern ?? 'v*',
      requiredChecks: extra.requiredChecks ?? ['ci'],
      environment: 'environment' in extra ? extra.environment : 'release',
      checks: SETTINGS_CHECKS,
    });
  }

  const results = (rows: SettingsRow[]) => Object.fromEntries(rows.map((r) => [r.check, r.result]));

  it('passes every settings check on the hardened repository', async () => {
    const rows = await audit('hardened');
    expect(rows.map((r) => r.check)).toEqual([...SETTINGS_CHECKS]);
    for (const row of rows)
      expect({ check: row.check, result: row.result, detail: row.detail }).toMatchObject({ result: 'pass' });
    expect(rows.find((r) => r.check === 'environment')!.detail).toContain('wait timer 5 min');
    expect(rows.find((r) => r.check === 'tag-ruleset')!.detail).toContain('RepositoryRole 5 (always)');
  });

  it('reads each setting once: nine requests for the hardened repository', async () => {
    await audit('hardened');
    expect(gh.log.map((e) => e.operationId)).toEqual([
      'repos/check-immutable-releases',
      // Only the tag ruleset: the list is asked for `targets=tag`.
      'repos/get-repo-rulesets',
      'repos/get-repo-ruleset',
      'repos/get',
      'repos/get-branch-rules',
      'repos/get-environment',
      'repos/list-deployment-branch-policies',
      'actions/get-github-actions-default-workflow-permissions-repository',
      'actions/get-github-actions-permissions-repository',
    ]);
  });

  it.each(WRONG_SETTINGS)(
    'fails exactly %s on its one-thing-wrong repository, with its fix',
    async (check) => {
      const rows = await audit(`wrong:${check}`);
      const failed = rows.filter((r) => r.result !== 'pass');
      expect(failed.map((r) => [r.check, r.result])).toEqual([[check, 'fail']]);
      expect(failed[0].fix).not.toBe('');
    },
  );

  it('fails every settings check on a default new repository, except its read-only workflow permissions', async () => {
    const rows = await audit('default');
    expect(results(rows)).toEqual({
      'immutable-releases': 'fail',
      'tag-ruleset': 'fail',
      'default-branch': 'fail',
      environment: 'fail',
      'workflow-permissions': 'pass',
      'sha-pinning': 'fail',
    });
    for (const row of rows.filter((r) => r.result === 'fail')) expect(row.fix).toMatch(/\S/);
  });

  it('says where a setting depends on the plan: rulesets and environment reviewers of a private repository', async () => {
    gh.state.repo(REPO).private = true;
    const rows = await audit('default');
    expect(rows.find((r) => r.check === 'tag-ruleset')!.fix).toContain(
      'on GitHub Free make the repository public',
    );
    expect(rows.find((r) => r.check === 'environment')!.detail).toContain('does not exist');
  });

  it('never passes an administration setting on a GITHUB_TOKEN: not-checked, naming the permission GitHub sends', async () => {
    const rows = await audit('hardened', DEFAULT_TOKEN);
    expect(results(rows)).toEqual({
      'immutable-releases': 'not-checked',
      // Readable with metadata, but who may bypass is shown only to an administrator.
      'tag-ruleset': 'not-checked',
      // The rulesets alone protect main: the classic protection is not needed.
      'default-branch': 'pass',
      environment: 'pass',
      'workflow-permissions': 'not-checked',
      'sha-pinning': 'not-checked',
    });
    const immutable = rows.find((r) => r.check === 'immutable-releases')!;
    expect(immutable.detail).toContain('GitHub accepts: administration=read');
    expect(immutable.fix).toContain("'Administration: read'");
  });

  it('names the documented permission when a 403 carries no X-Accepted-GitHub-Permissions, and fails (never passes) on a 5xx', async () => {
    gh.faults.add({
      operation: 'repos/check-immutable-releases',
      kind: 'status',
      status: 403,
      times: Infinity,
    });
    gh.faults.add({
      operation: 'actions/get-github-actions-permissions-repository',
      kind: 'status',
      status: 502,
      times: Infinity,
    });
    gh.faults.add({ operation: 'repos/get-repo-rulesets', kind: 'status', status: 500, times: Infinity });
    const rows = await audit('hardened');
    expect(rows.find((r) => r.check === 'immutable-releases')).toMatchObject({
      result: 'not-checked',
      detail: expect.stringContaining(
        'GitHub sent no X-Accepted-GitHub-Permissions header; the endpoint is documented to need administration=read',
      ),
    });
    expect(rows.find((r) => r.check === 'sha-pinning')).toMatchObject({
      result: 'fail',
      detail: expect.stringContaining('could not be read'),
    });
    expect(rows.find((r) => r.check === 'tag-ruleset')).toMatchObject({
      result: 'fail',
      detail: expect.stringContaining('could not be read'),
    });
  });

  it('tells a token without actions: read to grant it (not an administration token) for the environment', async () => {
    gh.state.addToken('ghs_noactions', { ...FULL_PERMISSIONS, actions: 'none' });
    const row = (await audit('hardened', 'ghs_noactions')).find((r) => r.check === 'environment')!;
    expect(row).toMatchObject({
      result: 'not-checked',
      fix: expect.stringContaining('Grant the token actions: read'),
    });
  });

  it('reads a 404 of immutable releases as off only for a token that can read the administration settings', async () => {
    // A token shown 404s for what it may not see: the 404 proves nothing.
    gh.state.addToken('ghp_hidden', { ...FULL_PERMISSIONS, actions: 'read' }, 404);
    const rows = await audit('wrong:immutable-releases', 'ghp_hidden');
    expect(results(rows)['immutable-releases']).toBe('not-checked');
  });

  it('does not count an evaluate ruleset, a narrower include, or an exclude that takes release tags', async () => {
    applySettingsFixture(gh.state, REPO, 'hardened');
    const tags = repoSettings(gh.state.repo(REPO)).rulesets[0];
    tags.enforcement = 'evaluate';
    expect((await audit(undefined)).find((r) => r.check === 'tag-ruleset')).toMatchObject({
      result: 'fail',
      detail: expect.stringContaining("'evaluate'"),
    });
    tags.enforcement = 'active';
    tags.include = ['refs/tags/v1.*'];
    expect(results(await audit(undefined))['tag-ruleset']).toBe('fail');
    tags.include = ['refs/tags/v*'];
    tags.exclude = ['refs/tags/v0*'];
    expect(results(await audit(undefined))['tag-ruleset']).toBe('fail');
    tags.exclude = [];
    tags.rules = tags.rules.filter((r) => r.type !== 'update');
    expect((await audit(undefined)).find((r) => r.check === 'tag-ruleset')).toMatchObject({
      result: 'fail',
      detail: expect.stringContaining('the rule update is missing'),
    });
  });

  it('requires every required check, compared whole, and passes through classic protection too', async () => {
    const rows = await audit('hardened', ADMIN_TOKEN, { requiredChecks: ['ci', 'ci / build'] });
    expect(rows.find((r) => r.check === 'default-branch')).toMatchObject({
      result: 'fail',
      detail: expect.stringContaining('"ci / build"'),
    });
    // Classic protection fills the gap the rulesets leave.
    repoSettings(gh.state.repo(REPO)).protection.set('main', {
      requiredApprovingReviews: 1,
      requiredChecks: ['ci / build'],
      allowForcePushes: false,
      allowDeletions: false,
      enforceAdmins: true,
    });
    const again = await audit(undefined, ADMIN_TOKEN, { requiredChecks: ['ci', 'ci / build'] });
    expect(again.find((r) => r.check === 'default-branch')!.result).toBe('pass');
  });

  it('fails an environment that is missing, unnamed, deploys from a branch, or has a tag policy wider than the pattern', async () => {
    expect(
      (await audit('hardened', ADMIN_TOKEN, { environment: 'prod' })).find((r) => r.check === 'environment')!
        .detail,
    ).toContain('does not exist');
    expect(results(await audit(undefined, ADMIN_TOKEN, { environment: undefined })).environment).toBe('fail');
    const env = repoSettings(gh.state.repo(REPO)).environments[0];
    // A branch policy lets a branch deploy, even one named like a release tag.
    env.policies.push({ id: 9, name: 'v*', type: 'branch' });
    expect(results(await audit(undefined)).environment).toBe('fail');
    env.policies = [{ id: 9, name: '*', type: 'tag' }];
    expect(results(await audit(undefined)).environment).toBe('fail');
    env.policies = [{ id: 9, name: 'v*', type: 'tag' }];
    env.reviewers = [];
    gh.state.repo(REPO).private = true;
    expect((await audit(undefined)).find((r) => r.check === 'environment')!.detail).toContain('GitHub Free');
  });
});
