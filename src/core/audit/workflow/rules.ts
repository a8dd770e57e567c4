/*
 * One line of help per workflow check: the SARIF rule's `help` and the check's meaning in the
 * report. Wording follows the contract's section "audit-settings".
 */
import type { WorkflowCheck } from './types.js';

export const WORKFLOW_RULES: Record<WorkflowCheck, string> = {
  'unpinned-uses':
    'Every `uses:` (actions and reusable workflows) is pinned to a full 40-hex commit SHA; local `./` actions and `docker://…@sha256:` images are excepted.',
  'excessive-permissions': "No write grant at the workflow's top level, and `write-all` nowhere.",
  'id-token': '`id-token: write` only on a job that runs a signing or attesting step.',
  'persist-credentials':
    '`actions/checkout` has `persist-credentials: false` in every job that holds a write grant.',
  'dangerous-triggers':
    'No `workflow_dispatch`, `pull_request_target`, `workflow_run` or `schedule` on a workflow that publishes (undraft, stage-release, promote-image, or contents/packages write).',
  'tag-trigger':
    'Every `on.push.tags` pattern is `tag-pattern` or narrower; no push without a tag filter, and no `create` trigger (which GitHub never filters).',
  'template-injection':
    'No `${{ github.event.* }}`, `${{ inputs.* }}` or `${{ github.head_ref }}` expanded inside `run:`.',
  'step-order':
    'A job running stage-release, undraft or promote-image runs after tag-semver-guard or the preflight; undraft comes after every stage-release, sbom-attach, sigstore-sign and byte-identity step of its job.',
};
