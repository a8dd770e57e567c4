/*
 * One line of help per settings check: the SARIF rule's `help` (as workflow/rules.ts gives the
 * workflow checks'). Wording follows the contract's section "audit-settings".
 */
import type { SettingsCheck } from './types.js';

export const SETTINGS_RULES: Record<SettingsCheck, string> = {
  'immutable-releases':
    "The repository's immutable releases setting is on: a published release's assets and tag cannot change.",
  'tag-ruleset':
    'An active tag ruleset covers every tag `tag-pattern` accepts with `deletion`, `non_fast_forward` and `update`; no bypass actor is `exempt`.',
  'default-branch':
    'The default branch requires a pull request with at least one review and the `required-checks`, and blocks force pushes and deletion (rulesets or classic protection).',
  environment:
    'The release environment exists, has required reviewers with `prevent_self_review`, and deploys only from tags matching `tag-pattern`.',
  'workflow-permissions': "Actions' default GITHUB_TOKEN permissions are `read`.",
  'sha-pinning': 'Actions must be pinned to a full commit SHA (`sha_pinning_required`).',
};
