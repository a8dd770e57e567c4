/*
 * The settings audit-settings reads: immutable releases, rulesets (the list, one, and the rules
 * that apply to a branch), classic branch protection, an environment and its deployment branch
 * policies, and Actions' permissions. Bodies follow @octokit/openapi 23.0.2's schemas (the
 * dispatcher validates each answer against them).
 *
 * Who may read what, as on GitHub: the administration endpoints (immutable releases, branch
 * protection, both Actions permission endpoints) need `administration: read`, which a workflow's
 * GITHUB_TOKEN never has; GitHub then answers 403 "Resource not accessible by integration" with
 * `X-Accepted-GitHub-Permissions: administration=read` (the header GitHub sends to fine-grained
 * callers since August 2023, github.blog changelog 2023-08-10). Rulesets and branch rules are
 * readable with `metadata: read`, but a ruleset's `bypass_actors` is shown only to a token that
 * can administer it. Environments and their policies need `actions: read`.
 */
import { HttpAnswer, notFound, paginate } from '../http.js';
import * as json from '../json.js';
import { permitted } from '../auth.js';
import { inRepo, type Route, type RouteContext } from '../route.js';
import type { Repository } from '../state.js';
import { repoSettings, rulesetApplies, type Environment, type Ruleset } from './settings-model.js';

const ADMIN = 'administration=read';

/** The 403 (or 404, for a token that is shown 404s) of an administration endpoint, with the header. */
function adminDenied(ctx: RouteContext): HttpAnswer | undefined {
  if (permitted(ctx.token, 'administration', 'read')) return undefined;
  const headers = { 'x-accepted-github-permissions': ADMIN };
  return ctx.token.deniedStatus === 404
    ? new HttpAnswer(404, json.errorBody(404, 'Not Found'), headers)
    : new HttpAnswer(403, json.errorBody(403, 'Resource not accessible by integration'), headers);
}

/** A handler in a repository that only an administration reader may call. */
function admin(handle: (ctx: RouteContext, repo: Repository) => HttpAnswer): Route['handle'] {
  return inRepo((ctx, repo) => adminDenied(ctx) ?? handle(ctx, repo));
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`0:${kind}${id}`).toString('base64');
}

function rulesetBody(
  ctx: RouteContext,
  repo: Repository,
  r: Ruleset,
  full: boolean,
): Record<string, unknown> {
  const url = `${ctx.urls.api}/repos/${repo.owner}/${repo.name}/rulesets/${r.id}`;
  const canAdmin = permitted(ctx.token, 'administration', 'read');
  const body: Record<string, unknown> = {
    id: r.id,
    name: r.name,
    target: r.target,
    source_type: 'Repository',
    source: `${repo.owner}/${repo.name}`,
    enforcement: r.enforcement,
    node_id: nodeId('RepositoryRuleset', r.id),
    _links: {
      self: { href: url },
      html: { href: `${ctx.urls.web}/${repo.owner}/${repo.name}/rules/${r.id}` },
    },
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
  };
  if (!full) return body;
  body.current_user_can_bypass = 'never';
  body.conditions = { ref_name: { include: r.include, exclude: r.exclude } };
  body.rules = r.rules;
  // Only a token that can administer the ruleset is shown who may bypass it.
  if (canAdmin) body.bypass_actors = r.bypassActors;
  return body;
}

function environmentBody(ctx: RouteContext, repo: Repository, env: Environment): Record<string, unknown> {
  const rules: Record<string, unknown>[] = [];
  if (env.waitTimer > 0)
    rules.push({
      id: env.id * 10 + 1,
      node_id: nodeId('Gate', env.id * 10 + 1),
      type: 'wait_timer',
      wait_timer: env.waitTimer,
    });
  if (env.reviewers.length > 0)
    rules.push({
      id: env.id * 10 + 2,
      node_id: nodeId('Gate', env.id * 10 + 2),
      type: 'required_reviewers',
      prevent_self_review: env.preventSelfReview,
      reviewers: env.reviewers.map((r) => ({ type: r.type, reviewer: json.user(ctx.urls, r.login, r.id) })),
    });
  if (env.branchPolicy)
    rules.push({ id: env.id * 10 + 3, node_id: nodeId('Gate', env.id * 10 + 3), type: 'branch_policy' });
  const path = `repos/${repo.owner}/${repo.name}/environments/${encodeURIComponent(env.name)}`;
  return {
    id: env.id,
    node_id: nodeId('Environment', env.id),
    name: env.name,
    url: `${ctx.urls.api}/${path}`,
    html_url: `${ctx.urls.web}/${repo.owner}/${repo.name}/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`,
    created_at: env.createdAt,
    updated_at: env.createdAt,
    protection_rules: rules,
    deployment_branch_policy: env.branchPolicy,
  };
}

function findEnvironment(repo: Repository, name: string): Environment | undefined {
  // Environment names are case-insensitive on GitHub.
  return repoSettings(repo).environments.find((e) => e.name.toLowerCase() === name.toLowerCase());
}

export const SETTINGS_ROUTES: Route[] = [
  {
    operationId: 'repos/check-immutable-releases',
    // 404 means "not enabled" (the endpoint's documented answer), to an administration reader.
    handle: admin((_ctx, repo) =>
      repo.immutableReleases ? new HttpAnswer(200, { enabled: true, enforced_by_owner: false }) : notFound(),
    ),
  },
  {
    operationId: 'repos/get-repo-rulesets',
    needs: { scope: 'metadata', level: 'read' },
    handle: inRepo((ctx, repo) => {
      const targets = ctx.query
        .get('targets')
        ?.split(',')
        .map((t) => t.trim());
      const list = repoSettings(repo).rulesets.filter((r) => !targets || targets.includes(r.target));
      const { page, headers } = paginate(ctx.urls.api, ctx.pathname, ctx.query, list);
      return new HttpAnswer(
        200,
        page.map((r) => rulesetBody(ctx, repo, r, false)),
        headers,
      );
    }),
  },
  {
    operationId: 'repos/get-repo-ruleset',
    needs: { scope: 'metadata', level: 'read' },
    handle: inRepo((ctx, repo) => {
      const r = repoSettings(repo).rulesets.find((x) => x.id === Number(ctx.params.ruleset_id));
      return r ? new HttpAnswer(200, rulesetBody(ctx, repo, r, true)) : notFound();
    }),
  },
  {
    operationId: 'repos/get-branch-rules',
    needs: { scope: 'metadata', level: 'read' },
    handle: inRepo((ctx, repo) => {
      // Only active rulesets count: `evaluate` and `disabled` ones are not returned (GitHub's docs).
      const ref = `refs/heads/${ctx.params.branch}`;
      const rules = repoSettings(repo)
        .rulesets.filter(
          (r) =>
            r.target === 'branch' && r.enforcement === 'active' && rulesetApplies(r, ref, repo.defaultBranch),
        )
        .flatMap((r) =>
          r.rules.map((rule) => ({
            ...rule,
            ruleset_source_type: 'Repository',
            ruleset_source: `${repo.owner}/${repo.name}`,
            ruleset_id: r.id,
          })),
        );
      const { page, headers } = paginate(ctx.urls.api, ctx.pathname, ctx.query, rules);
      return new HttpAnswer(200, page, headers);
    }),
  },
  {
    operationId: 'repos/get-branch-protection',
    handle: admin((ctx, repo) => {
      const branch = ctx.params.branch;
      if (!repo.branches.has(branch)) return new HttpAnswer(404, json.errorBody(404, 'Branch not found'));
      const p = repoSettings(repo).protection.get(branch);
      if (!p) return new HttpAnswer(404, json.errorBody(404, 'Branch not protected'));
      const url = `${ctx.urls.api}/repos/${repo.owner}/${repo.name}/branches/${branch}/protection`;
      const body: Record<string, unknown> = {
        url,
        enforce_admins: { url: `${url}/enforce_admins`, enabled: p.enforceAdmins },
        required_linear_history: { enabled: false },
        allow_force_pushes: { enabled: p.allowForcePushes },
        allow_deletions: { enabled: p.allowDeletions },
        block_creations: { enabled: false },
        required_conversation_resolution: { enabled: false },
        lock_branch: { enabled: false },
        allow_fork_syncing: { enabled: false },
        required_signatures: { url: `${url}/required_signatures`, enabled: false },
      };
      if (p.requiredChecks)
        body.required_status_checks = {
          url: `${url}/required_status_checks`,
          strict: true,
          contexts: p.requiredChecks,
          contexts_url: `${url}/required_status_checks/contexts`,
          checks: p.requiredChecks.map((context) => ({ context, app_id: null })),
        };
      if (p.requiredApprovingReviews !== null)
        body.required_pull_request_reviews = {
          url: `${url}/required_pull_request_reviews`,
          dismiss_stale_reviews: true,
          require_code_owner_reviews: false,
          required_approving_review_count: p.requiredApprovingReviews,
          require_last_push_approval: false,
        };
      return new HttpAnswer(200, body);
    }),
  },
  {
    operationId: 'repos/get-environment',
    needs: { scope: 'actions', level: 'read' },
    handle: inRepo((ctx, repo) => {
      const env = findEnvironment(repo, ctx.params.environment_name);
      return env ? new HttpAnswer(200, environmentBody(ctx, repo, env)) : notFound();
    }),
  },
  {
    operationId: 'repos/list-deployment-branch-policies',
    needs: { scope: 'actions', level: 'read' },
    handle: inRepo((ctx, repo) => {
      const env = findEnvironment(repo, ctx.params.environment_name);
      if (!env) return notFound();
      const { page, headers } = paginate(ctx.urls.api, ctx.pathname, ctx.query, env.policies);
      return new HttpAnswer(
        200,
        {
          total_count: env.policies.length,
          branch_policies: page.map((p) => ({
            id: p.id,
            node_id: nodeId('DeploymentBranchPolicy', p.id),
            name: p.name,
            type: p.type,
          })),
        },
        headers,
      );
    }),
  },
  {
    operationId: 'actions/get-github-actions-permissions-repository',
    handle: admin((ctx, repo) => {
      const s = repoSettings(repo);
      const body: Record<string, unknown> = {
        enabled: true,
        allowed_actions: s.allowedActions,
        sha_pinning_required: s.shaPinningRequired,
      };
      if (s.allowedActions === 'selected')
        body.selected_actions_url = `${ctx.urls.api}/repos/${repo.owner}/${repo.name}/actions/permissions/selected-actions`;
      return new HttpAnswer(200, body);
    }),
  },
  {
    operationId: 'actions/get-github-actions-default-workflow-permissions-repository',
    handle: admin((_ctx, repo) => {
      const s = repoSettings(repo);
      return new HttpAnswer(200, {
        default_workflow_permissions: s.defaultWorkflowPermissions,
        can_approve_pull_request_reviews: s.canApprovePullRequestReviews,
      });
    }),
  },
];
