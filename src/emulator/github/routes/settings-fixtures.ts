/*
 * Settings fixtures for audit-settings' tests and the rehearsal: a hardened repository (every
 * settings check passes for tag pattern `v*`, environment `release` and required check `ci`, or
 * for another environment and tag pattern: `ReleaseShape`), a
 * default new repository, and hardened repositories with exactly one thing wrong, named after the
 * check that must then fail.
 */
import type { GitHubState } from '../state.js';
import { defaultSettings, setRepoSettings, type RepoSettings } from './settings-model.js';

/** A fine-grained token that can read the administration settings (what the audit's fix asks for). */
export const ADMIN_TOKEN =
  'github_pat_11ADMINREAD0000000000000000000000000000000000000000000000000000000000000';

/** The settings checks whose one-thing-wrong fixture exists. */
export const WRONG_SETTINGS = [
  'immutable-releases',
  'tag-ruleset',
  'default-branch',
  'environment',
  'workflow-permissions',
  'sha-pinning',
] as const;
export type WrongSetting = (typeof WRONG_SETTINGS)[number];

export type SettingsFixture = 'hardened' | 'default' | `wrong:${WrongSetting}`;

/** What the hardened settings are cut for: the release environment's name and the release tags. */
export interface ReleaseShape {
  /** Default `release`. */
  environment?: string;
  /** The release tags' filter pattern (ruleset include and deployment tag policy); default `v*`. */
  tags?: string;
}

/**
 * The hardened settings: the release tags (`v*`) locked, main protected, the release environment
 * (`release`) reviewed and deploying from those tags only.
 */
export function hardenedSettings(ids: () => number, shape: ReleaseShape = {}): RepoSettings {
  const tags = shape.tags ?? 'v*';
  const settings = defaultSettings();
  settings.rulesets = [
    {
      id: ids(),
      name: 'release tags',
      target: 'tag',
      enforcement: 'active',
      include: [`refs/tags/${tags}`],
      exclude: [],
      rules: [{ type: 'deletion' }, { type: 'non_fast_forward' }, { type: 'update' }, { type: 'creation' }],
      // The repository's admins may bypass, and such a bypass is logged (`always`, not `exempt`).
      bypassActors: [{ actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' }],
    },
    {
      id: ids(),
      name: 'main',
      target: 'branch',
      enforcement: 'active',
      include: ['~DEFAULT_BRANCH'],
      exclude: [],
      rules: [
        { type: 'deletion' },
        { type: 'non_fast_forward' },
        {
          type: 'pull_request',
          parameters: {
            dismiss_stale_reviews_on_push: true,
            require_code_owner_review: false,
            require_last_push_approval: true,
            required_approving_review_count: 1,
            required_review_thread_resolution: false,
          },
        },
        {
          type: 'required_status_checks',
          parameters: {
            required_status_checks: [{ context: 'ci' }],
            strict_required_status_checks_policy: true,
          },
        },
      ],
      bypassActors: [],
    },
  ];
  settings.environments = [
    {
      id: ids(),
      name: shape.environment ?? 'release',
      reviewers: [{ type: 'User', id: 2, login: 'release-manager' }],
      preventSelfReview: true,
      waitTimer: 5,
      branchPolicy: { protected_branches: false, custom_branch_policies: true },
      policies: [{ id: ids(), name: tags, type: 'tag' }],
      createdAt: '2026-01-05T10:00:00Z',
    },
  ];
  settings.defaultWorkflowPermissions = 'read';
  settings.shaPinningRequired = true;
  return settings;
}

/**
 * Sets a repository's settings to a fixture (the repository must exist). `default` is a new
 * repository: nothing protected, immutable releases off.
 */
export function applySettingsFixture(
  state: GitHubState,
  fullName: string,
  fixture: SettingsFixture,
  shape: ReleaseShape = {},
): void {
  const repo = state.repo(fullName);
  if (fixture === 'default') {
    repo.immutableReleases = false;
    setRepoSettings(repo, defaultSettings());
    return;
  }
  const settings = hardenedSettings(() => state.id(), shape);
  repo.immutableReleases = true;
  switch (fixture) {
    case 'hardened':
      break;
    case 'wrong:immutable-releases':
      repo.immutableReleases = false;
      break;
    case 'wrong:tag-ruleset':
      // A bypass that skips the audit log: the ruleset no longer binds everyone.
      settings.rulesets[0].bypassActors = [
        { actor_id: 42, actor_type: 'Integration', bypass_mode: 'exempt' },
      ];
      break;
    case 'wrong:default-branch':
      // Force pushes allowed on main.
      settings.rulesets[1].rules = settings.rulesets[1].rules.filter((r) => r.type !== 'non_fast_forward');
      break;
    case 'wrong:environment':
      settings.environments[0].preventSelfReview = false;
      break;
    case 'wrong:workflow-permissions':
      settings.defaultWorkflowPermissions = 'write';
      break;
    case 'wrong:sha-pinning':
      settings.shaPinningRequired = false;
      break;
  }
  setRepoSettings(repo, settings);
}
