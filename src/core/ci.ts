/*
 * require-ci-green as a core function: the commit being released is the branch head, and the
 * newest run (latest attempt) of every named workflow for that exact commit, event and branch
 * is completed/success. Used by the require-ci-green action and in-process by the root
 * preflight action. It takes its client, clock and sleep as arguments.
 *
 * Fail closed throughout: a run that has not appeared, a status still moving at the deadline,
 * a conclusion we do not know, a listing that could not finish, a 403 that hides the answer
 * are all failures, never a pass.
 */
import type { Check } from './action/checks.js';
import { ConfigurationError, messageOf } from './errors.js';
import {
  explainHttpError,
  paginateAll,
  PaginationError,
  serverUrl as defaultServerUrl,
  statusOf,
  type GitHubClient,
  type Repo,
} from './github/client.js';
import type { OutputValue } from './action/outputs.js';
import type { Report } from './action/report.js';

export interface CiInputs {
  repository: Repo;
  /** Workflow file names as given (`ci.yml` or `.github/workflows/ci.yml`). */
  workflows: string[];
  /**
   * The commit being released, if known before the tag is resolved: the `sha` input, or (in the
   * preflight, when the tag is GITHUB_REF's) GITHUB_SHA. With `tag` it must be the tag's commit.
   */
  sha?: string;
  /** Where `sha` came from, for the rows (default: input 'sha'). */
  shaSource?: string;
  /** The `tag` input, if given. */
  tag?: string;
  /** GITHUB_SHA: the commit when neither `sha` nor `tag` is given. */
  defaultSha?: string;
  /** The `branch` input; default the repository's default branch. */
  branch?: string;
  requireHead: boolean;
  event: string;
  timeoutMs: number;
  pollIntervalMs: number;
  /**
   * When set, the check does not wait (as with timeout 0) and says why in the rows of runs that
   * are missing or unfinished: the preflight uses it when an earlier check already refused the
   * release, so a refused release fails fast instead of waiting out `timeout` for CI.
   */
  noWait?: string;
}

export interface CiDeps {
  client: GitHubClient;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Web root for run links when GitHub's own html_url is missing. */
  serverUrl?: string;
  /** Progress lines (polls), e.g. core.info. */
  log?: (line: string) => void;
}

/** One line of the `report` output. */
export interface WorkflowOutcome {
  workflow: string;
  'run-id': number | null;
  'run-url': string | null;
  status: string | null;
  conclusion: string | null;
  attempt: number | null;
}

export interface CiResult {
  green: boolean;
  /** The commit checked. */
  sha: string;
  /** The branch head at the end (or at the start when the end was not reached). */
  headSha: string;
  branch: string;
  outcomes: WorkflowOutcome[];
  /** Markdown: a table of the runs with links, for the job summary. */
  runsMarkdown: string;
}

const HEX40 = /^[0-9a-f]{40}$/;

/** A full commit SHA: 40 hexadecimal characters (lowercased). */
export function parseSha(input: string, raw: string): string {
  const value = raw.trim().toLowerCase();
  if (!HEX40.test(value)) {
    throw new ConfigurationError(
      `Input '${input}' must be a full 40-character hexadecimal commit SHA, got '${raw}'.`,
    );
  }
  return value;
}

/**
 * A workflow file: `ci.yml` or `.github/workflows/ci.yml` (also `./.github/…`). Returns the
 * base name, which is what the REST API accepts in place of the workflow id.
 */
export function parseWorkflowFile(input: string, raw: string): string {
  const value = raw.trim().replace(/^\.\//, '');
  const base = value.startsWith('.github/workflows/') ? value.slice('.github/workflows/'.length) : value;
  if (!/^[A-Za-z0-9._-]+\.ya?ml$/.test(base) || base.startsWith('.')) {
    throw new ConfigurationError(
      `Input '${input}' must list workflow files such as 'ci.yml' or '.github/workflows/ci.yml', got '${raw}'.`,
    );
  }
  return base;
}

/** A tag name (a `refs/tags/` prefix is accepted and dropped); refuses names git would refuse. */
export function parseTagName(input: string, raw: string): string {
  const value = raw.trim().replace(/^refs\/tags\//, '');
  const bad =
    value === '' ||
    // eslint-disable-next-line no-control-regex -- git refuses control characters in ref names
    /[\s~^:?*[\\\x00-\x1f\x7f]/.test(value) ||
    value.includes('..') ||
    value.includes('@{') ||
    value.startsWith('/') ||
    value.endsWith('/') ||
    value.endsWith('.') ||
    value.endsWith('.lock') ||
    value.split('/').some((part) => part.startsWith('.') || part === '');
  if (bad) throw new ConfigurationError(`Input '${input}' must be a tag name such as v1.2.3, got '${raw}'.`);
  return value;
}

/** Conclusions and what each says to do; anything not here is unknown and fails closed. */
const CONCLUSION_ADVICE: Record<string, string> = {
  failure: 'the run failed; fix it and push, or re-run it if the failure was flaky',
  cancelled:
    'the run was cancelled, probably superseded by a newer push or a concurrency group; re-run it on this exact SHA',
  skipped: 'the run was skipped, so nothing was tested on this commit',
  neutral: 'the run ended neutral, which is not a pass',
  timed_out: 'the run timed out; re-run it on this exact SHA',
  action_required: 'the run is waiting for approval (action_required)',
  stale: 'the run went stale; re-run it on this exact SHA',
  startup_failure: 'the workflow failed to start (startup_failure); check the workflow file',
};

interface ListedRun {
  id: number;
  html_url?: string;
  status: string | null;
  conclusion: string | null;
  run_attempt?: number;
  created_at: string;
  run_number: number;
  head_sha: string;
  event: string;
  head_branch: string | null;
  path: string;
  head_repository?: { id?: number } | null;
}

/**
 * One workflow's state after a poll. `ignored` says which runs the API returned that did not
 * count, and why (empty when GitHub filtered as asked).
 */
type Decision = (
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
 * fork's run reporting our branch name, must not).
 */
export function whyRunDoesNotCount(
  run: ListedRun,
  want: RunIdentity,
): { kind: string; detail: string } | undefined {
  if (!acceptedRunPaths(want.workflow, want.branch).includes(run.path))
    return { kind: 'another workflow file', detail: `path '${run.path}'` };
  const headRepo = run.head_repository?.id;
  if (headRepo !== want.repoId)
    return {
      kind: 'a fork or another repository',
      detail: `head repository id ${headRepo ?? 'missing'}, not ${want.repoId}`,
    };
  if (run.head_sha !== want.sha) return { kind: 'another commit', detail: `head_sha ${run.head_sha}` };
  if (run.event !== want.event) return { kind: 'another event', detail: `event '${run.event}'` };
  if (run.head_branch !== want.branch)
    return { kind: 'another branch', detail: `head_branch '${String(run.head_branch)}'` };
  return undefined;
}

/** "the API also returned 3 runs that do not count: 2 of another workflow file (e.g. …), …" */
function describeIgnored(ignored: { kind: string; detail: string }[]): string | undefined {
  if (ignored.length === 0) return undefined;
  const byKind = new Map<string, { count: number; example: string }>();
  for (const { kind, detail } of ignored) {
    const entry = byKind.get(kind);
    if (entry) entry.count++;
    else byKind.set(kind, { count: 1, example: detail });
  }
  const parts = [...byKind].map(([kind, { count, example }]) => `${count} of ${kind} (e.g. ${example})`);
  return `the API also returned ${ignored.length} run${ignored.length === 1 ? '' : 's'} that do${ignored.length === 1 ? 'es' : ''} not count: ${parts.join(', ')}`;
}

/** "workflow file 'x.yml' not found in o/r" */
function missingWorkflow(repo: Repo, workflow: string): string {
  return `workflow file '${workflow}' not found in ${repo.owner}/${repo.repo}`;
}

/** Resolves a tag to its commit, peeling annotated tags (their object SHA is not the commit). */
export async function resolveTag(client: GitHubClient, repo: Repo, tag: string): Promise<string> {
  let object: { type: string; sha: string };
  try {
    const { data } = await client.rest.git.getRef({ ...repo, ref: `tags/${tag}` });
    object = data.object;
  } catch (error) {
    if (statusOf(error) === 404) {
      throw new ConfigurationError(
        `Input 'tag': tag '${tag}' does not exist in ${repo.owner}/${repo.repo} (or the token lacks 'contents: read').`,
      );
    }
    throw explainHttpError(error, `Reading tag '${tag}'`, 'contents: read');
  }
  for (let depth = 0; object.type === 'tag'; depth++) {
    if (depth >= 5) throw new Error(`Tag '${tag}' is nested more than 5 levels deep.`);
    try {
      object = (await client.rest.git.getTag({ ...repo, tag_sha: object.sha })).data.object;
    } catch (error) {
      throw explainHttpError(error, `Peeling annotated tag '${tag}'`, 'contents: read');
    }
  }
  if (object.type !== 'commit') throw new Error(`Tag '${tag}' points at a ${object.type}, not a commit.`);
  return object.sha;
}

async function branchHead(client: GitHubClient, repo: Repo, branch: string): Promise<string> {
  try {
    return (await client.rest.repos.getBranch({ ...repo, branch })).data.commit.sha;
  } catch (error) {
    if (statusOf(error) === 404) {
      throw new ConfigurationError(
        `Input 'branch': branch '${branch}' does not exist in ${repo.owner}/${repo.repo} (or the token lacks 'contents: read').`,
      );
    }
    throw explainHttpError(error, `Reading branch '${branch}'`, 'contents: read');
  }
}

function short(sha: string): string {
  return sha.slice(0, 12);
}

/**
 * Runs the check, adding its rows to `report`. Bad input throws a ConfigurationError before any
 * row is written; everything the API says becomes rows (the caller publishes them).
 */
export async function checkCiGreen(inputs: CiInputs, deps: CiDeps, report: Report): Promise<CiResult> {
  const { client } = deps;
  const repo = inputs.repository;
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const log = deps.log ?? (() => {});
  const web = (deps.serverUrl ?? defaultServerUrl()).replace(/\/+$/, '');
  if (inputs.workflows.length === 0)
    throw new ConfigurationError(`Input 'workflows' is required: give one file a line.`);
  const workflows = [...new Set(inputs.workflows.map((w) => parseWorkflowFile('workflows', w)))];
  const timeoutMs = inputs.noWait !== undefined ? 0 : inputs.timeoutMs;
  const start = now();
  const deadline = start + timeoutMs;
  // The report may already hold other checks' rows (the preflight shares one); green is ours only.
  const firstRow = report.rows.length;
  // When the release commit is not settled, no run is looked at: nothing here is green.
  const notChecked = (tagSha: string, given: string): CiResult => ({
    green: false,
    sha: given,
    headSha: '',
    branch: inputs.branch?.trim() ?? '',
    outcomes: workflows.map((workflow) => ({
      workflow,
      'run-id': null,
      'run-url': null,
      status: null,
      conclusion: null,
      attempt: null,
    })),
    runsMarkdown: `**Commit** not settled: the tag is at \`${tagSha}\`, the commit given is \`${given}\`; no run was checked.`,
  });

  // 1. The commit. With a tag, the tag is the truth and any other commit named for the release
  // (input 'sha', or GITHUB_SHA in the preflight) must be exactly its commit: CI rows for one
  // commit beside a tag on another would vouch for code that is not being released.
  let sha: string;
  if (inputs.tag !== undefined) {
    const tag = parseTagName('tag', inputs.tag);
    const tagSha = await resolveTag(client, repo, tag);
    if (inputs.sha !== undefined) {
      const given = parseSha('sha', inputs.sha);
      const source = inputs.shaSource ?? "input 'sha'";
      if (given !== tagSha) {
        report.fail(
          'commit',
          `tag ${tag} is at ${tagSha}, but the commit being released (${source}) is ${given}: ` +
            `the tag and the commit must be one; release the tag's own commit, or move the tag`,
        );
        return notChecked(tagSha, given);
      }
      sha = tagSha;
      report.pass('commit', `tag ${tag} → ${sha} (= ${source})`);
    } else {
      sha = tagSha;
      report.pass('commit', `tag ${tag} → ${sha}`);
    }
  } else if (inputs.sha !== undefined) {
    sha = parseSha('sha', inputs.sha);
    report.pass('commit', `${sha} (${inputs.shaSource ?? "input 'sha'"})`);
  } else {
    if (!inputs.defaultSha)
      throw new ConfigurationError(`Input 'sha' is required when GITHUB_SHA is not set.`);
    sha = parseSha('sha', inputs.defaultSha);
    report.pass('commit', `${sha} (GITHUB_SHA)`);
  }

  // 2. The repository: its own id (a run from a fork carries another one) and, unless given,
  // its default branch. One request either way.
  let repoId: number;
  let branch = inputs.branch?.trim();
  try {
    const { data } = await client.rest.repos.get({ ...repo });
    repoId = data.id;
    branch ||= data.default_branch;
  } catch (error) {
    throw explainHttpError(error, `Reading repository ${repo.owner}/${repo.repo}`, 'contents: read');
  }
  if (!Number.isSafeInteger(repoId)) throw new Error(`GitHub gave no id for ${repo.owner}/${repo.repo}.`);

  // 3. The head at the start.
  let headSha = '';
  let headOk = true;
  if (inputs.requireHead) {
    headSha = await branchHead(client, repo, branch);
    headOk = headSha === sha;
    if (headOk) report.pass('branch head (start)', `${branch} is at ${short(sha)}`);
    else {
      report.fail(
        'branch head (start)',
        `${branch} is at ${short(headSha)}, not ${short(sha)}: release the branch head, or set require-head: false`,
      );
    }
  }

  // 4. Poll until every workflow is decided or the deadline passes. Waiting is pointless when
  // the commit is not the head: that verdict cannot change. The runs listing answers 404 for a
  // workflow file that does not exist, so the first poll also checks the names (no separate
  // request per workflow); every unknown file is named at once.
  const expected = { sha, event: inputs.event, branch, repoId };
  const decisions = new Map<string, Exclude<Decision, { state: 'missing' }>>();
  for (let poll = 1; ; poll++) {
    const unknown: string[] = [];
    for (const workflow of workflows) {
      const previous = decisions.get(workflow);
      if (previous && previous.state !== 'pending') continue;
      const decision = await decide(client, repo, workflow, expected);
      if (decision.state === 'missing' && poll === 1) unknown.push(workflow);
      decisions.set(
        workflow,
        decision.state === 'missing'
          ? {
              state: 'fail',
              detail: `${missingWorkflow(repo, workflow)} any more (it was there at the first poll)`,
            }
          : decision,
      );
    }
    if (unknown.length > 0) {
      throw new ConfigurationError(
        `Input 'workflows': ${unknown.map((w) => missingWorkflow(repo, w)).join('; ')} ` +
          `(GitHub answered 404: check the file name under .github/workflows/, or grant the job 'actions: read').`,
      );
    }
    for (const [workflow, decision] of decisions) {
      if (decision.state !== 'pass' && decision.ignored) log(`${workflow}: ${decision.ignored}`);
    }
    const pending = workflows.filter((w) => decisions.get(w)!.state === 'pending');
    const remaining = deadline - now();
    if (pending.length === 0 || remaining <= 0 || !headOk) break;
    log(`Poll ${poll}: waiting for ${pending.join(', ')} (${Math.ceil(remaining / 1000)} s left)`);
    await sleep(Math.min(inputs.pollIntervalMs, remaining));
  }

  // 5. Rows and outcomes.
  const outcomes: WorkflowOutcome[] = [];
  const runRows: string[] = [];
  for (const workflow of workflows) {
    const decision = decisions.get(workflow)!;
    const run = decision.run;
    const url = run ? (run.html_url ?? `${web}/${repo.owner}/${repo.repo}/actions/runs/${run.id}`) : null;
    outcomes.push({
      workflow,
      'run-id': run?.id ?? null,
      'run-url': url,
      status: run?.status ?? null,
      conclusion: run?.conclusion ?? null,
      attempt: run?.run_attempt ?? null,
    });
    const link = run ? `run #${run.run_number} attempt ${run.run_attempt ?? 1} (${url})` : '';
    if (decision.state === 'pass') {
      report.pass(`workflow ${workflow}`, `completed/success: ${link}`);
    } else if (decision.state === 'fail') {
      report.fail(`workflow ${workflow}`, run ? `${decision.detail}: ${link}` : decision.detail);
    } else if (run && inputs.noWait !== undefined) {
      report.fail(`workflow ${workflow}`, `still ${run.status}, not waited for (${inputs.noWait}): ${link}`);
    } else if (run) {
      report.fail(
        `workflow ${workflow}`,
        `still ${run.status} when the wait ended (timeout ${Math.round(timeoutMs / 1000)} s): ${link}; ` +
          `raise 'timeout' or run the release after CI finishes`,
      );
    } else if (inputs.noWait !== undefined) {
      report.fail(
        `workflow ${workflow}`,
        `no run for ${short(sha)} (event ${inputs.event}, branch ${branch}) exists yet, not waited for (${inputs.noWait})` +
          (decision.ignored ? `; ${decision.ignored}` : ''),
      );
    } else {
      report.fail(
        `workflow ${workflow}`,
        `no run for ${short(sha)} (event ${inputs.event}, branch ${branch}) ` +
          (timeoutMs > 0
            ? `appeared within ${Math.round(timeoutMs / 1000)} s`
            : `exists (timeout 0: no waiting)`) +
          (decision.ignored ? `; ${decision.ignored}` : '') +
          `; push the commit to ${branch} so CI runs on it, or raise 'timeout'`,
      );
    }
    runRows.push(
      `| ${workflow} | ${run ? `[#${run.run_number}](${url})` : '—'} | ${run?.run_attempt ?? '—'} | ${run?.status ?? '—'} | ${run?.conclusion ?? '—'} |`,
    );
  }

  // 6. The head again at the end: a push during the wait means another commit is the release.
  if (inputs.requireHead && headOk) {
    const endHead = await branchHead(client, repo, branch);
    if (endHead === sha) report.pass('branch head (end)', `${branch} is still at ${short(sha)}`);
    else {
      report.fail(
        'branch head (end)',
        `${branch} moved to ${short(endHead)} during the check; ${short(sha)} is no longer the head`,
      );
    }
    headSha = endHead;
  } else if (!inputs.requireHead) {
    // Not a verdict, but the output still reports where the branch is.
    headSha = await branchHead(client, repo, branch);
  }

  const runsMarkdown = [
    `**Commit** \`${sha}\` · **branch** \`${branch}\` · **event** \`${inputs.event}\``,
    '',
    '| workflow | run | attempt | status | conclusion |',
    '| --- | --- | --- | --- | --- |',
    ...runRows,
  ].join('\n');
  const own = report.rows.slice(firstRow);
  const green = own.length > 0 && own.every((row) => row.ok);
  return { green, sha, headSha: headSha || sha, branch, outcomes, runsMarkdown };
}

/**
 * One workflow's verdict now: its newest counting run (latest attempt). One listing request
 * (a page per 100 runs); a 404 on its first page means the workflow file does not exist.
 */
async function decide(
  client: GitHubClient,
  repo: Repo,
  workflow: string,
  want: Omit<RunIdentity, 'workflow'>,
): Promise<Decision> {
  const identity: RunIdentity = { ...want, workflow };
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
  const ignored: { kind: string; detail: string }[] = [];
  const matching = runs.filter((run) => {
    const why = whyRunDoesNotCount(run, identity);
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
  const advice = newest.conclusion ? CONCLUSION_ADVICE[newest.conclusion] : undefined;
  return {
    state: 'fail',
    run: newest,
    detail: advice
      ? `${newest.conclusion}: ${advice}${/this exact SHA/.test(advice) ? ` (${want.sha})` : ''}`
      : `completed with unknown conclusion '${String(newest.conclusion)}', which is not a pass`,
    ...note,
  };
}

/** How the preflight runs the CI check after its other checks. */
export interface CiCheckOptions {
  /** Do not wait for runs, and say why (see {@link CiInputs.noWait}). */
  noWait?: string;
  /**
   * Count the check's failed rows as rejections that `on-reject: skip` may turn into `ok=false`
   * (used when an earlier check already refused the release). A configuration error, such as
   * an unknown workflow file or a tag that does not exist, always stays a hard failure.
   */
  soft?: boolean;
}

/** The CI outputs when the check did not reach a verdict: never green. */
export const CI_ERROR_OUTPUTS: Record<string, OutputValue> = { green: false, 'head-sha': '', report: '[]' };

/**
 * require-ci-green as a {@link Check} over a shared report (the root preflight). Errors become
 * rows (the summary is still written with every other check's rows); its outputs are `green`
 * (this check's rows only), `head-sha` and `report`, and the runs table goes in the summary.
 */
export function ciCheck(inputs: CiInputs, deps: CiDeps, options: CiCheckOptions = {}): Check {
  return async (report) => {
    const before = report.failures.length;
    try {
      const result = await checkCiGreen({ ...inputs, noWait: options.noWait }, deps, report);
      return {
        outputs: { green: result.green, 'head-sha': result.headSha, report: JSON.stringify(result.outcomes) },
        hardFailures: options.soft ? 0 : report.failures.length - before,
        summary: [`**CI runs** (require-ci-green)\n\n${result.runsMarkdown}`],
      };
    } catch (error) {
      const configuration = error instanceof ConfigurationError;
      report.fail(configuration ? 'CI configuration' : 'CI check', messageOf(error));
      return { outputs: { ...CI_ERROR_OUTPUTS }, hardFailures: configuration || !options.soft ? 1 : 0 };
    }
  };
}
