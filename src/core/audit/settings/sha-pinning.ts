/*
 * `sha-pinning`: whether GitHub refuses to run an action not pinned to a full commit SHA
 * (GET /repos/{o}/{r}/actions/permissions: `sha_pinning_required`, in @octokit/openapi 23.0.2;
 * needs administration: read). A server that does not report the field (an older GHES) has not
 * shown the policy to be on: a failure.
 */
import { notChecked, readSetting, repoParams } from './read.js';
import type { SettingsContext, SettingsRow } from './types.js';

const CHECK = 'sha-pinning';

export async function checkShaPinning(ctx: SettingsContext): Promise<SettingsRow> {
  const answer = await readSetting<{
    enabled?: unknown;
    allowed_actions?: unknown;
    sha_pinning_required?: unknown;
  }>(ctx.github, 'GET /repos/{owner}/{repo}/actions/permissions', repoParams(ctx.repo));
  if (answer.kind !== 'ok')
    return notChecked(CHECK, "Actions' permissions", {
      status: answer.status,
      accepted: answer.kind === 'hidden' ? answer.accepted : undefined,
    });
  const allowed =
    typeof answer.data.allowed_actions === 'string'
      ? `; allowed actions: ${answer.data.allowed_actions}`
      : '';
  if (answer.data.sha_pinning_required === true)
    return {
      check: CHECK,
      result: 'pass',
      detail: `Actions must be pinned to a full commit SHA${allowed}.`,
      fix: '',
    };
  const reported =
    answer.data.sha_pinning_required === undefined
      ? 'not reported by this server'
      : JSON.stringify(answer.data.sha_pinning_required);
  return {
    check: CHECK,
    result: 'fail',
    detail: `Pinning actions to a full commit SHA is not required (sha_pinning_required: ${reported}${allowed}): a moved tag of a third-party action runs new code in the release job.`,
    fix: "Turn on Settings → Actions → General → 'Require actions to be pinned to a full-length commit SHA'.",
  };
}
