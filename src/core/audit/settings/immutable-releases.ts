/*
 * `immutable-releases`: the repository setting that makes a published release's assets and tag
 * unchangeable (GET /repos/{o}/{r}/immutable-releases: 200 `{enabled, enforced_by_owner}`, 404
 * when it is off, per @octokit/openapi 23.0.2). Only a token that can read the administration
 * settings gets either answer; to any other a 404 proves nothing, so it is `not-checked`.
 */
import { notChecked, readSetting, repoParams } from './read.js';
import type { SettingsContext, SettingsRow } from './types.js';

const CHECK = 'immutable-releases';
const FIX =
  "Turn on immutable releases: the repository's Settings → General → Releases → 'Enable release immutability' (or the organization's policy).";

export async function checkImmutableReleases(ctx: SettingsContext): Promise<SettingsRow> {
  const answer = await readSetting<{ enabled?: unknown; enforced_by_owner?: unknown }>(
    ctx.github,
    'GET /repos/{owner}/{repo}/immutable-releases',
    repoParams(ctx.repo),
  );
  if (answer.kind === 'hidden') return notChecked(CHECK, 'Immutable releases', answer);
  if (answer.kind === 'absent') {
    if (!(await ctx.canReadAdministration()))
      return notChecked(CHECK, 'Immutable releases', { status: 404, accepted: undefined });
    return {
      check: CHECK,
      result: 'fail',
      detail:
        'Immutable releases are off: a published release can still be edited, its assets replaced and its tag moved.',
      fix: FIX,
    };
  }
  if (answer.data.enabled === true) {
    const by = answer.data.enforced_by_owner === true ? ' (enforced by the owner)' : '';
    return { check: CHECK, result: 'pass', detail: `Immutable releases are on${by}.`, fix: '' };
  }
  return {
    check: CHECK,
    result: 'fail',
    detail: `Immutable releases are not reported as on (enabled: ${JSON.stringify(answer.data.enabled)}).`,
    fix: FIX,
  };
}
