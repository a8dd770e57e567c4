/*
 * The emulator's response bodies, shaped as GitHub's (every required field of the OpenAPI
 * schema present, with the types it declares). Validated against the extract in tests.
 */
import type {
  Asset,
  Commit,
  HeadRepository,
  Release,
  Repository,
  TagObject,
  Workflow,
  WorkflowRun,
} from './state.js';

/** The base URLs the bodies point at. */
export interface Urls {
  /** REST API root, e.g. http://127.0.0.1:PORT */
  api: string;
  /** The uploads host (a second port, like uploads.github.com). */
  uploads: string;
  /** The web host (html_url, browser_download_url). */
  web: string;
}

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64url');
}

/** A simple-user object for a login. */
export function user(urls: Urls, login: string, id = 1, type = 'User'): Record<string, unknown> {
  const safe = encodeURIComponent(login);
  const u = `${urls.api}/users/${safe}`;
  return {
    login,
    id,
    node_id: nodeId('User', id),
    avatar_url: `${urls.web}/avatars/${safe}`,
    gravatar_id: '',
    url: u,
    html_url: `${urls.web}/${safe}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type,
    site_admin: false,
    user_view_type: 'public',
  };
}

const BOT = 'github-actions[bot]';

function repoBase(
  urls: Urls,
  repo: Pick<Repository, 'id' | 'owner' | 'name' | 'private'>,
  fork = false,
): Record<string, unknown> {
  const full = `${repo.owner}/${repo.name}`;
  const u = `${urls.api}/repos/${full}`;
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: full,
    owner: user(urls, repo.owner, 2, 'Organization'),
    private: repo.private,
    html_url: `${urls.web}/${full}`,
    description: null,
    fork,
    url: u,
    archive_url: `${u}/{archive_format}{/ref}`,
    assignees_url: `${u}/assignees{/user}`,
    blobs_url: `${u}/git/blobs{/sha}`,
    branches_url: `${u}/branches{/branch}`,
    collaborators_url: `${u}/collaborators{/collaborator}`,
    comments_url: `${u}/comments{/number}`,
    commits_url: `${u}/commits{/sha}`,
    compare_url: `${u}/compare/{base}...{head}`,
    contents_url: `${u}/contents/{+path}`,
    contributors_url: `${u}/contributors`,
    deployments_url: `${u}/deployments`,
    downloads_url: `${u}/downloads`,
    events_url: `${u}/events`,
    forks_url: `${u}/forks`,
    git_commits_url: `${u}/git/commits{/sha}`,
    git_refs_url: `${u}/git/refs{/sha}`,
    git_tags_url: `${u}/git/tags{/sha}`,
    hooks_url: `${u}/hooks`,
    issue_comment_url: `${u}/issues/comments{/number}`,
    issue_events_url: `${u}/issues/events{/number}`,
    issues_url: `${u}/issues{/number}`,
    keys_url: `${u}/keys{/key_id}`,
    labels_url: `${u}/labels{/name}`,
    languages_url: `${u}/languages`,
    merges_url: `${u}/merges`,
    milestones_url: `${u}/milestones{/number}`,
    notifications_url: `${u}/notifications{?since,all,participating}`,
    pulls_url: `${u}/pulls{/number}`,
    releases_url: `${u}/releases{/id}`,
    stargazers_url: `${u}/stargazers`,
    statuses_url: `${u}/statuses/{sha}`,
    subscribers_url: `${u}/subscribers`,
    subscription_url: `${u}/subscription`,
    tags_url: `${u}/tags`,
    teams_url: `${u}/teams`,
    trees_url: `${u}/git/trees{/sha}`,
  };
}

/** full-repository (GET /repos/{o}/{r}). */
export function fullRepository(urls: Urls, repo: Repository): Record<string, unknown> {
  const full = `${repo.owner}/${repo.name}`;
  const host = new URL(urls.web).host;
  return {
    ...repoBase(urls, repo),
    clone_url: `${urls.web}/${full}.git`,
    git_url: `git://${host}/${full}.git`,
    ssh_url: `git@${host}:${full}.git`,
    svn_url: `${urls.web}/${full}`,
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 100,
    default_branch: repo.defaultBranch,
    open_issues_count: 0,
    open_issues: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    allow_forking: true,
    web_commit_signoff_required: false,
    subscribers_count: 1,
    network_count: 0,
    license: null,
  };
}

/** minimal-repository (embedded in workflow runs). */
export function minimalRepository(urls: Urls, repo: Repository): Record<string, unknown> {
  return repoBase(urls, repo);
}

/** A run's head repository: the repository itself, or a fork with its own id and owner. */
function headRepository(
  urls: Urls,
  repo: Repository,
  head: HeadRepository | undefined,
): Record<string, unknown> {
  if (!head) return minimalRepository(urls, repo);
  return repoBase(
    urls,
    { id: head.id, owner: head.owner, name: head.name, private: repo.private },
    head.fork,
  );
}

/** commit (GET /repos/{o}/{r}/commits/{ref}, and inside a branch). */
export function commit(urls: Urls, repo: Repository, c: Commit): Record<string, unknown> {
  const u = `${urls.api}/repos/${repo.owner}/${repo.name}`;
  const who = { name: 'Release Engineer', email: 'release@example.com', date: c.date };
  return {
    url: `${u}/commits/${c.sha}`,
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    html_url: `${urls.web}/${repo.owner}/${repo.name}/commit/${c.sha}`,
    comments_url: `${u}/commits/${c.sha}/comments`,
    commit: {
      url: `${u}/git/commits/${c.sha}`,
      author: who,
      committer: who,
      message: c.message,
      comment_count: 0,
      tree: { sha: c.sha.split('').reverse().join(''), url: `${u}/git/trees/${c.sha}` },
      verification: {
        verified: false,
        reason: 'unsigned',
        payload: null,
        signature: null,
        verified_at: null,
      },
    },
    author: user(urls, 'octocat', 1),
    committer: user(urls, 'web-flow', 3),
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${u}/commits/${p}`,
      html_url: `${urls.web}/${repo.owner}/${repo.name}/commit/${p}`,
    })),
    stats: { additions: 1, deletions: 0, total: 1 },
    files: [],
  };
}

/** branch-with-protection (GET /repos/{o}/{r}/branches/{branch}). */
export function branch(urls: Urls, repo: Repository, name: string, c: Commit): Record<string, unknown> {
  const u = `${urls.api}/repos/${repo.owner}/${repo.name}/branches/${encodeURIComponent(name)}`;
  return {
    name,
    commit: commit(urls, repo, c),
    _links: { self: u, html: `${urls.web}/${repo.owner}/${repo.name}/tree/${name}` },
    protected: false,
    protection: {
      enabled: false,
      required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
    },
    protection_url: `${u}/protection`,
  };
}

/** git-ref (GET /repos/{o}/{r}/git/ref/{ref}). */
export function gitRef(
  urls: Urls,
  repo: Repository,
  ref: string,
  object: { type: string; sha: string },
): Record<string, unknown> {
  const u = `${urls.api}/repos/${repo.owner}/${repo.name}/git`;
  return {
    ref,
    node_id: nodeId('Ref', ref),
    url: `${u}/${ref}`,
    object: {
      type: object.type,
      sha: object.sha,
      url: `${u}/${object.type === 'tag' ? 'tags' : 'commits'}/${object.sha}`,
    },
  };
}

/** git-tag (GET /repos/{o}/{r}/git/tags/{sha}). */
export function gitTag(urls: Urls, repo: Repository, tag: TagObject): Record<string, unknown> {
  const u = `${urls.api}/repos/${repo.owner}/${repo.name}/git`;
  return {
    node_id: nodeId('Tag', tag.sha),
    tag: tag.tag,
    sha: tag.sha,
    url: `${u}/tags/${tag.sha}`,
    message: tag.message,
    tagger: { date: tag.date, email: 'release@example.com', name: 'Release Engineer' },
    object: {
      sha: tag.object.sha,
      type: tag.object.type,
      url: `${u}/${tag.object.type === 'tag' ? 'tags' : 'commits'}/${tag.object.sha}`,
    },
    verification: { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null },
  };
}

/** release-asset. */
export function asset(urls: Urls, repo: Repository, release: Release, a: Asset): Record<string, unknown> {
  const full = `${repo.owner}/${repo.name}`;
  const tag = release.draft ? `untagged-${release.untaggedId}` : release.tagName;
  return {
    url: `${urls.api}/repos/${full}/releases/assets/${a.id}`,
    browser_download_url: `${urls.web}/${full}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(a.name)}`,
    id: a.id,
    node_id: nodeId('ReleaseAsset', a.id),
    name: a.name,
    label: a.label ?? '',
    state: a.state,
    content_type: a.contentType,
    size: a.size,
    digest: a.digest,
    download_count: a.downloadCount,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
    uploader: user(urls, BOT, 41898282, 'Bot'),
  };
}

/** release. */
export function release(urls: Urls, repo: Repository, r: Release): Record<string, unknown> {
  const full = `${repo.owner}/${repo.name}`;
  const u = `${urls.api}/repos/${full}/releases/${r.id}`;
  const tagPath = r.draft ? `untagged-${r.untaggedId}` : encodeURIComponent(r.tagName);
  return {
    url: u,
    html_url: `${urls.web}/${full}/releases/tag/${tagPath}`,
    assets_url: `${u}/assets`,
    upload_url: `${urls.uploads}/repos/${full}/releases/${r.id}/assets{?name,label}`,
    tarball_url: `${urls.api}/repos/${full}/tarball/${encodeURIComponent(r.tagName)}`,
    zipball_url: `${urls.api}/repos/${full}/zipball/${encodeURIComponent(r.tagName)}`,
    id: r.id,
    node_id: nodeId('Release', r.id),
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: r.immutable,
    created_at: r.createdAt,
    published_at: r.publishedAt,
    updated_at: r.updatedAt,
    author: user(urls, BOT, 41898282, 'Bot'),
    assets: r.assets.map((a) => asset(urls, repo, r, a)),
  };
}

/** workflow. */
export function workflow(urls: Urls, repo: Repository, w: Workflow): Record<string, unknown> {
  const full = `${repo.owner}/${repo.name}`;
  return {
    id: w.id,
    node_id: nodeId('Workflow', w.id),
    name: w.name,
    path: w.path,
    state: 'active',
    created_at: w.createdAt,
    updated_at: w.createdAt,
    url: `${urls.api}/repos/${full}/actions/workflows/${w.id}`,
    html_url: `${urls.web}/${full}/blob/${repo.defaultBranch}/${w.path}`,
    badge_url: `${urls.web}/${full}/workflows/${encodeURIComponent(w.name)}/badge.svg`,
  };
}

/** workflow-run, as of one attempt (the latest by default, as the list endpoint shows). */
export function workflowRun(
  urls: Urls,
  repo: Repository,
  run: WorkflowRun,
  attemptNumber = run.attempts.length,
  excludePullRequests = false,
): Record<string, unknown> {
  const full = `${repo.owner}/${repo.name}`;
  const u = `${urls.api}/repos/${full}/actions/runs/${run.id}`;
  const w = repo.workflows.find((x) => x.id === run.workflowId)!;
  const attempt = run.attempts[attemptNumber - 1];
  const c = repo.commits.get(run.headSha);
  const actor = user(urls, 'octocat', 1);
  return {
    id: run.id,
    name: w.name,
    node_id: nodeId('WorkflowRun', run.id),
    check_suite_id: run.id + 500000,
    check_suite_node_id: nodeId('CheckSuite', run.id + 500000),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path ?? w.path,
    display_title: c?.message ?? w.name,
    run_number: run.runNumber,
    run_attempt: attempt.attempt,
    referenced_workflows: [],
    event: run.event,
    status: attempt.status,
    conclusion: attempt.conclusion,
    workflow_id: w.id,
    url: u,
    html_url: `${urls.web}/${full}/actions/runs/${run.id}`,
    // Runs from forks and most pushes list no pull requests; the emulator never links any.
    pull_requests: excludePullRequests ? [] : [],
    created_at: run.createdAt,
    updated_at: attempt.updatedAt,
    actor,
    triggering_actor: actor,
    run_started_at: attempt.startedAt,
    jobs_url: `${u}/jobs`,
    logs_url: `${u}/logs`,
    check_suite_url: `${urls.api}/repos/${full}/check-suites/${run.id + 500000}`,
    artifacts_url: `${u}/artifacts`,
    cancel_url: `${u}/cancel`,
    rerun_url: `${u}/rerun`,
    previous_attempt_url: attempt.attempt > 1 ? `${u}/attempts/${attempt.attempt - 1}` : null,
    workflow_url: `${urls.api}/repos/${full}/actions/workflows/${w.id}`,
    head_commit: c
      ? {
          id: c.sha,
          tree_id: c.sha.split('').reverse().join(''),
          message: c.message,
          timestamp: c.date,
          author: { name: 'Release Engineer', email: 'release@example.com' },
          committer: { name: 'Release Engineer', email: 'release@example.com' },
        }
      : null,
    repository: minimalRepository(urls, repo),
    head_repository: headRepository(urls, repo, run.headRepository),
    head_repository_id: run.headRepository?.id ?? repo.id,
  };
}

/** GitHub's error body. */
export function errorBody(
  status: number,
  message: string,
  documentation = 'https://docs.github.com/rest',
): Record<string, unknown> {
  return { message, documentation_url: documentation, status: String(status) };
}

/** GitHub's 422 body. */
export function validationFailed(
  errors: { resource: string; field?: string; code: string; message?: string }[],
  message = 'Validation Failed',
): Record<string, unknown> {
  return { message, errors, documentation_url: 'https://docs.github.com/rest', status: '422' };
}
