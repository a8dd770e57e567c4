/*
 * The settings half of audit-settings: every settings check in the contract's order, one row
 * each. What several checks need is read once: the repository (default branch, visibility) and
 * whether the token can read the administration settings at all (probed with the default
 * workflow permissions endpoint, which every administration reader may GET), so that a 404 from an
 * administration endpoint is read as "off" only when the token could have seen "on".
 */
import { messageOf } from '../../errors.js';
import type { GitHubClient, Repo } from '../../github/client.js';
import { checkDefaultBranch } from './default-branch.js';
import { checkEnvironment } from './environment.js';
import { checkImmutableReleases } from './immutable-releases.js';
import { readSetting, repoParams } from './read.js';
import { checkShaPinning } from './sha-pinning.js';
import { checkTagRuleset } from './tag-ruleset.js';
import type { SettingsCheck, SettingsContext, SettingsRow } from './types.js';
import { checkWorkflowPermissions } from './workflow-permissions.js';

export { SETTINGS_CHECKS, type SettingsCheck, type SettingsRow } from './types.js';

const CHECKS: Record<SettingsCheck, (ctx: SettingsContext) => Promise<SettingsRow>> = {
  'immutable-releases': checkImmutableReleases,
  'tag-ruleset': checkTagRuleset,
  'default-branch': checkDefaultBranch,
  environment: checkEnvironment,
  'workflow-permissions': checkWorkflowPermissions,
  'sha-pinning': checkShaPinning,
};

export interface SettingsOptions {
  repo: Repo;
  tagPattern: string;
  requiredChecks: string[];
  environment?: string;
  /** The checks to run (those not `off`), in the contract's order. */
  checks: readonly SettingsCheck[];
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

/**
 * Runs the settings checks, one row each. A check that throws (a 5xx after the retries, the
 * network) becomes a failed row naming the reason: an unknown state is a failure.
 */
export async function auditSettings(github: GitHubClient, options: SettingsOptions): Promise<SettingsRow[]> {
  const ctx: SettingsContext = {
    github,
    repo: options.repo,
    tagPattern: options.tagPattern,
    requiredChecks: options.requiredChecks,
    environment: options.environment,
    canReadAdministration: once(async () => {
      const probe = await readSetting(
        github,
        'GET /repos/{owner}/{repo}/actions/permissions/workflow',
        repoParams(options.repo),
      );
      return probe.kind === 'ok';
    }),
    repository: once(async () => {
      const { data } = await github.request('GET /repos/{owner}/{repo}', repoParams(options.repo));
      return { default_branch: data.default_branch, private: data.private };
    }),
  };
  const rows: SettingsRow[] = [];
  for (const name of options.checks) {
    try {
      rows.push(await CHECKS[name](ctx));
    } catch (error) {
      rows.push({
        check: name,
        result: 'fail',
        detail: `The setting could not be read: ${messageOf(error)}`,
        fix: 'Run the audit again; if it keeps failing, check that the repository exists and GitHub is reachable.',
      });
    }
  }
  return rows;
}
