/*
 * require-ci-green as a core function: the commit being released is the tag's commit and the
 * branch head, and the newest run (latest attempt) of every named workflow for that exact
 * commit, event and branch is completed/success. Used by the require-ci-green action and
 * in-process by the root preflight action. It takes its client, clock and sleep as arguments.
 *
 * Fail closed throughout: a run that has not appeared, a status still moving at the deadline,
 * a conclusion we do not know, a listing that could not finish, a 403 that hides the answer,
 * a run GitHub returned that is not provably ours, are all failures, never a pass.
 */
import type { Check } from '../action/checks.js';
import type { Report } from '../action/report.js';
import { BaseError, ConfigurationError, messageWithFix } from '../errors.js';
import type { EventRepository } from '../github/event.js';
import {
  explainHttpError,
  serverUrl as defaultServerUrl,
  statusOf,
  type GitHubClient,
  type Repo,
} from '../github/client.js';
import { resolveTagCommit } from '../github/refs.js';
import { CI_ERROR_OUTPUTS } from './outputs.js';
import { outcomeOf, runsTable, runUrl, type WorkflowOutcome } from './summary.js';
import { decide, type Decision } from './runs.js';

/** The check's settings, parsed (see `core/ci/inputs.ts`): nothing here is raw input. */
export interface CiInputs {
  repository: Repo;
  /** Workflow files as base names (`ci.yml`), without duplicates. */
  workflows: string[];
  /** The tag being released; its commit is the one checked. */
  tag?: string;
  /** Where `tag` came from, for messages (default: input 'tag'). */
  tagSource?: string;
  /**
   * The commit named for the release: input `sha`, or GITHUB_SHA. Without `tag` it is the
   * commit checked; with `tag` it must be exactly the tag's commit.
   */
  sha?: string;
  /** Where `sha` came from, for the rows (default: input 'sha'). */
  shaSource?: string;
  /** The branch; default the repository's default branch. */
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

/**
 * The CI check could not reach a verdict because GitHub's answer lacked what it needs:
 * - `NO_REPOSITORY_ID`: the repository came without a numeric id (fork runs could not be told apart).
 */
export class CiCheckError extends BaseError<'NO_REPOSITORY_ID'> {}

export interface CiDeps {
  client: GitHubClient;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Web root for run links when GitHub's own html_url is missing. */
  serverUrl?: string;
  /** Progress lines (polls), e.g. core.info. */
  log?: (line: string) => void;
  /**
   * The repository as the run's event payload describes it (`eventRepository()`): when it is
   * the repository checked, its id and default branch come from there, one request fewer.
   */
  eventRepository?: EventRepository;
}

export interface CiResult {
  green: boolean;
  /** The commit checked. */
  sha: string;
  /** The branch head at the end (or at the start when the end was not reached); '' if unread. */
  headSha: string;
  branch: string;
  outcomes: WorkflowOutcome[];
  /** Markdown: a table of the runs with links, for the job summary. */
  runsMarkdown: string;
}

/** "workflow file 'x.yml' not found in o/r" */
function missingWorkflow(repo: Repo, workflow: string): string {
  return `workflow file '${workflow}' not found in ${repo.owner}/${repo.repo}`;
}

/** The tag's commit (annotated tags peeled); a tag that does not exist is the user's mistake. */
async function tagCommit(client: GitHubClient, repo: Repo, tag: string, source: string): Promise<string> {
  const sha = await resolveTagCommit(client, repo, tag);
  if (sha === undefined) {
    const subject = source === "input 'tag'" ? `Input 'tag': tag '${tag}'` : `Tag '${tag}' (${source})`;
    throw new ConfigurationError(
      `${subject} does not exist in ${repo.owner}/${repo.repo} (or the token lacks 'contents: read').`,
    );
  }
  return sha;
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
 * Runs the check, adding its rows to `report`. A mistake only the API can reveal (a tag,
 * branch or workflow file that does not exist) throws a ConfigurationError; everything else the
 * API says becomes rows (the caller publishes them).
 */
export async function checkCiGreen(inputs: CiInputs, deps: CiDeps, report: Report): Promise<CiResult> {
  const { client } = deps;
  const repo = inputs.repository;
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const log = deps.log ?? (() => {});
  const web = (deps.serverUrl ?? defaultServerUrl()).replace(/\/+$/, '');
  const workflows = [...new Set(inputs.workflows)];
  if (workflows.length === 0)
    throw new ConfigurationError(`Input 'workflows' is required: give one file a line.`);
  const timeoutMs = inputs.noWait !== undefined ? 0 : inputs.timeoutMs;
  const deadline = now() + timeoutMs;
  // The report may already hold other checks' rows (the preflight shares one); green is ours only.
  const firstRow = report.rows.length;

  // 1. The commit. With a tag, the tag is the truth and any other commit named for the release
  // (input 'sha', or GITHUB_SHA) must be exactly its commit: CI rows for one commit beside a
  // tag on another would vouch for code that is not being released.
  const shaSource = inputs.shaSource ?? "input 'sha'";
  let sha: string;
  if (inputs.tag !== undefined) {
    const tag = inputs.tag;
    sha = await tagCommit(client, repo, tag, inputs.tagSource ?? "input 'tag'");
    if (inputs.sha === undefined) report.pass('commit', `tag ${tag} → ${sha}`);
    else if (inputs.sha === sha) report.pass('commit', `tag ${tag} → ${sha} (= ${shaSource})`);
    else {
      report.fail(
        'commit',
        `tag ${tag} is at ${sha}, but the commit being released (${shaSource}) is ${inputs.sha}: ` +
          `the tag and the commit must be one; release the tag's own commit, or move the tag`,
      );
      // Which commit is released is not settled, so no run is looked at: nothing here is green.
      return {
        green: false,
        sha: inputs.sha,
        headSha: '',
        branch: inputs.branch ?? '',
        outcomes: workflows.map((workflow) => outcomeOf(workflow, undefined, null)),
        runsMarkdown: `**Commit** not settled: tag \`${tag}\` is at \`${sha}\`, the commit given is \`${inputs.sha}\`; no run was checked.`,
      };
    }
  } else if (inputs.sha !== undefined) {
    sha = inputs.sha;
    report.pass('commit', `${sha} (${shaSource})`);
  } else {
    throw new ConfigurationError(`Input 'sha' is required when neither 'tag' nor GITHUB_SHA is given.`);
  }

  // 2. The repository: its own id (a run from a fork carries another one) and, unless given,
  // its default branch. From the event payload when it describes this very repository (the
  // name compared exactly; any difference, even of case, asks the API), else one request.
  let repoId: number;
  let branch = inputs.branch;
  const fromEvent = deps.eventRepository;
  if (fromEvent && fromEvent.fullName === `${repo.owner}/${repo.repo}`) {
    repoId = fromEvent.id;
    branch ||= fromEvent.defaultBranch;
  } else {
    try {
      const { data } = await client.rest.repos.get({ ...repo });
      repoId = data.id;
      branch ||= data.default_branch;
    } catch (error) {
      throw explainHttpError(error, `Reading repository ${repo.owner}/${repo.repo}`, 'contents: read');
    }
  }
  if (!Number.isSafeInteger(repoId))
    throw new CiCheckError('NO_REPOSITORY_ID', `GitHub gave no id for ${repo.owner}/${repo.repo}.`);

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
  const want = { sha, event: inputs.event, branch, repoId };
  const decisions = new Map<string, Exclude<Decision, { state: 'missing' }>>();
  for (let poll = 1; ; poll++) {
    const unknown: string[] = [];
    for (const workflow of workflows) {
      const previous = decisions.get(workflow);
      if (previous && previous.state !== 'pending') continue;
      const decision = await decide(client, repo, { ...want, workflow });
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
  const table: { outcome: WorkflowOutcome; runNumber?: number }[] = [];
  for (const workflow of workflows) {
    const decision = decisions.get(workflow)!;
    const run = decision.run;
    const url = run ? runUrl(run, web, repo) : null;
    table.push({ outcome: outcomeOf(workflow, run, url), runNumber: run?.run_number });
    const link = run ? `run #${run.run_number} attempt ${run.run_attempt ?? 1} (${url})` : '';
    const ignored = decision.ignored ? `; ${decision.ignored}` : '';
    const check = `workflow ${workflow}`;
    if (decision.state === 'pass') report.pass(check, `completed/success: ${link}`);
    else if (decision.state === 'fail')
      report.fail(check, run ? `${decision.detail}: ${link}` : decision.detail);
    else if (run && inputs.noWait !== undefined)
      report.fail(check, `still ${run.status}, not waited for (${inputs.noWait}): ${link}`);
    else if (run) {
      report.fail(
        check,
        `still ${run.status} when the wait ended (timeout ${Math.round(timeoutMs / 1000)} s): ${link}; ` +
          `raise 'timeout' or run the release after CI finishes`,
      );
    } else if (inputs.noWait !== undefined) {
      report.fail(
        check,
        `no run for ${short(sha)} (event ${inputs.event}, branch ${branch}) exists yet, not waited for (${inputs.noWait})${ignored}`,
      );
    } else {
      report.fail(
        check,
        `no run for ${short(sha)} (event ${inputs.event}, branch ${branch}) ` +
          (timeoutMs > 0
            ? `appeared within ${Math.round(timeoutMs / 1000)} s`
            : `exists (timeout 0: no waiting)`) +
          `${ignored}; push the commit to ${branch} so CI runs on it, or raise 'timeout'`,
      );
    }
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

  const own = report.rows.slice(firstRow);
  const green = own.length > 0 && own.every((row) => row.ok);
  return {
    green,
    sha,
    headSha: headSha || sha,
    branch,
    outcomes: table.map((t) => t.outcome),
    runsMarkdown: runsTable({ sha, branch, event: inputs.event }, table),
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

/**
 * require-ci-green as a {@link Check} for `runChecks`, alone (the require-ci-green action) or
 * after the guard over a shared report (the preflight). Errors become rows, so the summary is
 * still written; its outputs are `green` (this check's rows only), `head-sha` and `report`, and
 * the runs table goes in the summary.
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
      report.fail(configuration ? 'CI configuration' : 'CI check', messageWithFix(error));
      return { outputs: { ...CI_ERROR_OUTPUTS }, hardFailures: configuration || !options.soft ? 1 : 0 };
    }
  };
}
