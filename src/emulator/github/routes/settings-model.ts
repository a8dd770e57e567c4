/*
 * The repository settings audit-settings reads, as the emulator keeps them beside a repository:
 * rulesets, classic branch protection, environments and Actions' permissions. (Immutable releases
 * are the repository's own `immutableReleases` flag, which publishing already honours.) Kept in a
 * WeakMap keyed by the repository so the shared state file stays as it is; `repoSettings` gives a
 * default new repository's settings until a test or a fixture sets others.
 */
import type { Repository } from '../state.js';

export type RulesetTarget = 'branch' | 'tag';
/** `evaluate` rulesets are shown but not enforced; `disabled` ones neither. */
export type Enforcement = 'active' | 'evaluate' | 'disabled';
export type BypassMode = 'always' | 'pull_request' | 'exempt';

export interface BypassActor {
  actor_id: number | null;
  actor_type: 'Integration' | 'OrganizationAdmin' | 'RepositoryRole' | 'Team' | 'DeployKey' | 'User';
  bypass_mode: BypassMode;
}

/** One rule as the API writes it: `{type}` or `{type, parameters}`. */
export interface Rule {
  type: string;
  parameters?: Record<string, unknown>;
}

export interface Ruleset {
  id: number;
  name: string;
  target: RulesetTarget;
  enforcement: Enforcement;
  /** `conditions.ref_name`: `refs/tags/v*`, `~ALL`, `~DEFAULT_BRANCH`, … */
  include: string[];
  exclude: string[];
  rules: Rule[];
  bypassActors: BypassActor[];
}

/** Classic branch protection (`PUT …/branches/{b}/protection`), the fields the audit reads. */
export interface BranchProtection {
  /** null: pull request reviews not required. */
  requiredApprovingReviews: number | null;
  /** null: status checks not required. */
  requiredChecks: string[] | null;
  allowForcePushes: boolean;
  allowDeletions: boolean;
  enforceAdmins: boolean;
}

export interface Reviewer {
  type: 'User' | 'Team';
  id: number;
  login: string;
}

export interface Environment {
  id: number;
  name: string;
  /** Empty: no required reviewers rule. */
  reviewers: Reviewer[];
  preventSelfReview: boolean;
  /** Minutes; 0: no wait timer rule. */
  waitTimer: number;
  /** null: deployments from any branch or tag. */
  branchPolicy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  /** The custom deployment branch and tag policies (with `custom_branch_policies`). */
  policies: { id: number; name: string; type: 'branch' | 'tag' }[];
  createdAt: string;
}

export interface RepoSettings {
  rulesets: Ruleset[];
  /** Branch name → its classic protection. */
  protection: Map<string, BranchProtection>;
  environments: Environment[];
  defaultWorkflowPermissions: 'read' | 'write';
  canApprovePullRequestReviews: boolean;
  allowedActions: 'all' | 'local_only' | 'selected';
  shaPinningRequired: boolean;
}

const SETTINGS = new WeakMap<Repository, RepoSettings>();

/**
 * A new repository's settings as GitHub creates them today: no rulesets, no protection, no
 * environments, every action allowed, SHA pinning not required, and the default workflow
 * permissions `read` (the default for repositories created since February 2023).
 */
export function defaultSettings(): RepoSettings {
  return {
    rulesets: [],
    protection: new Map(),
    environments: [],
    defaultWorkflowPermissions: 'read',
    canApprovePullRequestReviews: false,
    allowedActions: 'all',
    shaPinningRequired: false,
  };
}

/** The repository's settings (created as a default new repository's on first use). */
export function repoSettings(repo: Repository): RepoSettings {
  let settings = SETTINGS.get(repo);
  if (!settings) {
    settings = defaultSettings();
    SETTINGS.set(repo, settings);
  }
  return settings;
}

/** Replaces the repository's settings. */
export function setRepoSettings(repo: Repository, settings: RepoSettings): void {
  SETTINGS.set(repo, settings);
}

/**
 * Whether a ref name matches a ruleset or deployment-policy pattern: GitHub matches these with
 * `File.fnmatch` and FNM_PATHNAME, so `*` and `?` stop at `/` and `**` crosses it. Written here
 * apart from the product's own matcher on purpose: the fake must not share the code it tests.
 */
export function fnmatch(pattern: string, name: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`).test(name);
}

/** Whether a ruleset's `ref_name` condition selects the ref (`refs/heads/main`). */
export function rulesetApplies(ruleset: Ruleset, ref: string, defaultBranch: string): boolean {
  const matches = (p: string): boolean =>
    p === '~ALL' || (p === '~DEFAULT_BRANCH' ? ref === `refs/heads/${defaultBranch}` : fnmatch(p, ref));
  return ruleset.include.some(matches) && !ruleset.exclude.some(matches);
}
