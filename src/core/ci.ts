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
  /** The `sha` input, if given. */
  sha?: string;
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
}

type Decision =
  | { state: 'pass'; run: ListedRun }
  | { state: 'fail'; run?: ListedRun; detail: string }
  | { state: 'pending'; run?: ListedRun };

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

  // 1. The commit.
  let sha: string;
  if (inputs.tag !== undefined) {
    const tag = parseTagName('tag', inputs.tag);
    const tagSha = await resolveTag(client, repo, tag);
    if (inputs.sha !== undefined) {
      const given = parseSha('sha', inputs.sha);
      if (given !== tagSha) {
        throw new ConfigurationError(`Input 'sha' (${given}) is not the commit of tag '${tag}' (${tagSha}).`);
      }
    }
    sha = tagSha;
    report.pass('commit', `tag ${tag} → ${sha}`);
  } else if (inputs.sha !== undefined) {
    sha = parseSha('sha', inputs.sha);
    report.pass('commit', `${sha} (input 'sha')`);
  } else {
    if (!inputs.defaultSha)
      throw new ConfigurationError(`Input 'sha' is required when GITHUB_SHA is not set.`);
    sha = parseSha('sha', inputs.defaultSha);
    report.pass('commit', `${sha} (GITHUB_SHA)`);
  }

  // 2. The branch.
  let branch = inputs.branch?.trim();
  if (!branch) {
    try {
      branch = (await client.rest.repos.get({ ...repo })).data.default_branch;
    } catch (error) {
      throw explainHttpError(error, `Reading repository ${repo.owner}/${repo.repo}`, 'contents: read');
    }
  }

  // 3. The workflows exist (an unknown file is the user's mistake and fails at once).
  const unknown: string[] = [];
  const unreadable = new Map<string, string>();
  for (const workflow of workflows) {
    try {
      await client.rest.actions.getWorkflow({ ...repo, workflow_id: workflow });
    } catch (error) {
      if (statusOf(error) === 404) unknown.push(workflow);
      else
        unreadable.set(
          workflow,
          explainHttpError(error, `Reading workflow ${workflow}`, 'actions: read').message,
        );
    }
  }
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `Input 'workflows': ${unknown.map((w) => `'${w}'`).join(', ')} not found in ${repo.owner}/${repo.repo} ` +
        `(GitHub answered 404: check the file name under .github/workflows/, or grant the job 'actions: read').`,
    );
  }

  // 4. The head at the start.
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

  // 5. Poll until every workflow is decided or the deadline passes. Waiting is pointless when
  // the commit is not the head: that verdict cannot change.
  const decisions = new Map<string, Decision>();
  for (const [workflow, message] of unreadable) decisions.set(workflow, { state: 'fail', detail: message });
  for (let poll = 1; ; poll++) {
    for (const workflow of workflows) {
      const previous = decisions.get(workflow);
      if (previous && previous.state !== 'pending') continue;
      decisions.set(workflow, await decide(client, repo, workflow, sha, inputs.event, branch));
    }
    const pending = workflows.filter((w) => decisions.get(w)!.state === 'pending');
    const remaining = deadline - now();
    if (pending.length === 0 || remaining <= 0 || !headOk) break;
    log(`Poll ${poll}: waiting for ${pending.join(', ')} (${Math.ceil(remaining / 1000)} s left)`);
    await sleep(Math.min(inputs.pollIntervalMs, remaining));
  }

  // 6. Rows and outcomes.
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
        `no run for ${short(sha)} (event ${inputs.event}, branch ${branch}) exists yet, not waited for (${inputs.noWait})`,
      );
    } else {
      report.fail(
        `workflow ${workflow}`,
        `no run for ${short(sha)} (event ${inputs.event}, branch ${branch}) ` +
          (timeoutMs > 0
            ? `appeared within ${Math.round(timeoutMs / 1000)} s`
            : `exists (timeout 0: no waiting)`) +
          `; push the commit to ${branch} so CI runs on it, or raise 'timeout'`,
      );
    }
    runRows.push(
      `| ${workflow} | ${run ? `[#${run.run_number}](${url})` : '—'} | ${run?.run_attempt ?? '—'} | ${run?.status ?? '—'} | ${run?.conclusion ?? '—'} |`,
    );
  }

  // 7. The head again at the end: a push during the wait means another commit is the release.
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

/** One workflow's verdict now: its newest run for the commit/event/branch, latest attempt. */
async function decide(
  client: GitHubClient,
  repo: Repo,
  workflow: string,
  sha: string,
  event: string,
  branch: string,
): Promise<Decision> {
  let runs: ListedRun[];
  try {
    runs = await paginateAll<ListedRun>(
      client,
      'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
      { ...repo, workflow_id: workflow, head_sha: sha, event, branch, exclude_pull_requests: true },
      { what: `Listing runs of ${workflow}` },
    );
  } catch (error) {
    const status = statusOf(error);
    const message =
      status === 403 || status === 404
        ? explainHttpError(error, `Listing runs of ${workflow}`, 'actions: read').message
        : messageOf(error);
    return { state: 'fail', detail: message };
  }
  // The filters are the server's; check them again, so a run of another commit, event or
  // branch can never count (a pull_request run on the same SHA must not).
  const matching = runs.filter((r) => r.head_sha === sha && r.event === event && r.head_branch === branch);
  if (matching.length === 0) return { state: 'pending' };
  const newest = matching.reduce((a, b) =>
    b.created_at > a.created_at || (b.created_at === a.created_at && b.run_number > a.run_number) ? b : a,
  );
  if (newest.status !== 'completed') return { state: 'pending', run: newest };
  if (newest.conclusion === 'success') return { state: 'pass', run: newest };
  const advice = newest.conclusion ? CONCLUSION_ADVICE[newest.conclusion] : undefined;
  return {
    state: 'fail',
    run: newest,
    detail: advice
      ? `${newest.conclusion}: ${advice}${/this exact SHA/.test(advice) ? ` (${sha})` : ''}`
      : `completed with unknown conclusion '${String(newest.conclusion)}', which is not a pass`,
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
