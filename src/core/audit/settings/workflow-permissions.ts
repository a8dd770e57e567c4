/*
 * `workflow-permissions`: Actions' default GITHUB_TOKEN permissions for the repository
 * (GET /repos/{o}/{r}/actions/permissions/workflow: `default_workflow_permissions` is `read` or
 * `write`; needs administration: read). With `write`, every job that does not declare
 * `permissions:` may push tags and edit releases.
 */
import { notChecked, readSetting, repoParams } from './read.js';
import type { SettingsContext, SettingsRow } from './types.js';

const CHECK = 'workflow-permissions';

export async function checkWorkflowPermissions(ctx: SettingsContext): Promise<SettingsRow> {
  const answer = await readSetting<{
    default_workflow_permissions?: unknown;
    can_approve_pull_request_reviews?: unknown;
  }>(ctx.github, 'GET /repos/{owner}/{repo}/actions/permissions/workflow', repoParams(ctx.repo));
  if (answer.kind !== 'ok')
    return notChecked(CHECK, "Actions' default workflow permissions", {
      status: answer.status,
      accepted: answer.kind === 'hidden' ? answer.accepted : undefined,
    });
  const level = answer.data.default_workflow_permissions;
  const approve =
    answer.data.can_approve_pull_request_reviews === true ? '; workflows may approve pull requests' : '';
  if (level === 'read')
    return {
      check: CHECK,
      result: 'pass',
      detail: `The default GITHUB_TOKEN permissions are read${approve}.`,
      fix: '',
    };
  return {
    check: CHECK,
    result: 'fail',
    detail: `The default GITHUB_TOKEN permissions are ${JSON.stringify(level)}, not "read": a job without a 'permissions:' block can write${approve}.`,
    fix: "Set Settings → Actions → General → Workflow permissions to 'Read repository contents and packages permissions', and grant writes per job with 'permissions:'.",
  };
}
