/*
 * What the settings checks share: the names, one row per check, and what every check is given.
 */
import type { GitHubClient, Repo } from '../../github/client.js';

/** The settings checks, by name (the contract's names, the SARIF rule ids, the `checks` keys). */
export const SETTINGS_CHECKS = [
  'immutable-releases',
  'tag-ruleset',
  'default-branch',
  'environment',
  'workflow-permissions',
  'sha-pinning',
] as const;
export type SettingsCheck = (typeof SETTINGS_CHECKS)[number];

/** A settings check's verdict: `not-checked` is a setting the token could not read, never a pass. */
export interface SettingsRow {
  check: string;
  result: 'pass' | 'fail' | 'not-checked';
  detail: string;
  /** What to change; empty on a pass. */
  fix: string;
}

/** What the settings checks read and against what. */
export interface SettingsContext {
  github: GitHubClient;
  repo: Repo;
  /** The release tags, in GitHub's filter-pattern syntax (`v*`). */
  tagPattern: string;
  /** Status checks the default branch must require, compared whole. */
  requiredChecks: string[];
  /** The release job's environment, when one is named. */
  environment?: string;
  /**
   * Whether this token can read the administration settings: a 404 from an administration
   * endpoint means "off" only then (memoized; see settings/index.ts).
   */
  canReadAdministration(): Promise<boolean>;
  /** The repository (`GET /repos/{o}/{r}`): its default branch and visibility (memoized). */
  repository(): Promise<{ default_branch: string; private: boolean }>;
}
