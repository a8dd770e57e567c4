/*
 * Which workflow runs count for require-ci-green, and one workflow's verdict from its runs.
 * Apart from the check's orchestration (check.ts) because this is the part that decides: every
 * field of a run the API returned is compared again, exactly, so a run of another workflow,
 * fork, commit, event or branch can never pass the release.
 */
import {
  explainHttpError,
  paginateAll,
  PaginationError,
  statusOf,
  type GitHubClient,
  type Repo,
} from '../github/client.js';
import { messageOf, quote } from '../errors.js';
import { conclusionDetail, describeIgnored, type IgnoredRun, type ListedRun } from './summary.js';

/**
 * One workflow's state after a poll. `ignored` says which runs the API returned that did not
 * count, and why (empty when GitHub filtered as asked).
 */
export type Decision = (
  | { state: 'pass'; run: ListedRun }
  | { state: 'fail'; run?: ListedRun; detail: string }
  | { state: 'pending'; run?: ListedRun }
  | { state: 'missing' }
) & { ignored?: string };

/** What a run must be to count: every field compared exactly, whatever the API filtered. */
export interface RunIdentity {
  /** The workflow file's base name (`ci.yml`). */
  workflow: string;
  sha: string;
  event: string;
  branch: string;
  /** The repository's own id; a run whose head repository has another id is from a fork. */
  repoId: number;
}

/**
 * The `path` values a run of `workflow` may carry. GitHub documents `path` as the workflow's
 * full path, and its own examples (and real answers) sometimes add the ref the file was read
 * from: `.github/workflows/ci.yml@main` or `…@refs/heads/main`. Only the branch being checked
 * is accepted as that ref; any other suffix (a pull request's merge ref, another branch, a
 * tag) is another run, so it does not count. Compared as whole strings, never as prefixes.
 */
export function acceptedRunPaths(workflow: string, branch: string): string[] {
  const file = `.github/workflows/${workflow}`;
  return [file, `${file}@${branch}`, `${file}@refs/heads/${branch}`];
}

/**
 * Why a run the API returned does not count, or undefined when it does. The API's filters are
 * the server's: each field is checked again so that a run of another workflow, a fork, another
 * commit, event or branch can never pass the release (a pull_request run on the same SHA, or a
 * fork's run reporting our branch name, must not). Each layer has its own message.
 */
export function whyRunDoesNotCount(run: ListedRun, want: RunIdentity): IgnoredRun | undefined {
  if (!acceptedRunPaths(want.workflow, want.branch).includes(run.path))
    return { kind: 'another workflow file', detail: `path ${quote(run.path)}` };
  const headRepo = run.head_repository?.id;
  if (headRepo !== want.repoId)
    return {
      kind: 'a fork or another repository',
      detail: `head repository id ${headRepo ?? 'missing'}, not ${want.repoId}`,
    };
  if (run.head_sha !== want.sha) return { kind: 'another commit', detail: `head_sha ${quote(run.head_sha)}` };
  if (run.event !== want.event) return { kind: 'another event', detail: `event ${quote(run.event)}` };
  if (run.head_branch !== want.branch)
    return { kind: 'another branch', detail: `head_branch ${quote(run.head_branch)}` };
  return undefined;
}

/**
 * One workflow's verdict now: its newest counting run (latest attempt). One listing request
 * (a page per 100 runs); a 404 on its first page means the workflow file does not exist.
 */
export async function decide(client: GitHubClient, repo: Repo, want: RunIdentity): Promise<Decision> {
  const { workflow } = want;
  let runs: ListedRun[];
  try {
    runs = await paginateAll<ListedRun>(
      client,
      'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
      {
        ...repo,
        workflow_id: workflow,
        head_sha: want.sha,
        event: want.event,
        branch: want.branch,
        exclude_pull_requests: true,
      },
      { what: `Listing runs of ${workflow}` },
    );
  } catch (error) {
    const status = statusOf(error);
    if (status === 404 && error instanceof PaginationError && error.pages === 0) return { state: 'missing' };
    const message =
      status === 403 || status === 404
        ? explainHttpError(error, `Listing runs of ${workflow}`, 'actions: read').message
        : messageOf(error);
    return { state: 'fail', detail: message };
  }
  const ignored: IgnoredRun[] = [];
  const matching = runs.filter((run) => {
    const why = whyRunDoesNotCount(run, want);
    if (why) ignored.push(why);
    return why === undefined;
  });
  const note = { ignored: describeIgnored(ignored) };
  if (matching.length === 0) return { state: 'pending', ...note };
  const newest = matching.reduce((a, b) =>
    b.created_at > a.created_at || (b.created_at === a.created_at && b.run_number > a.run_number) ? b : a,
  );
  if (newest.status !== 'completed') return { state: 'pending', run: newest, ...note };
  if (newest.conclusion === 'success') return { state: 'pass', run: newest, ...note };
  return { state: 'fail', run: newest, detail: conclusionDetail(newest.conclusion, want.sha), ...note };
}
