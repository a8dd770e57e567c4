export const id = 265;
export const ids = [265];
export const modules = {

/***/ 265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ciCheck: () => (/* binding */ ciCheck)
});

// UNUSED EXPORTS: CiCheckError, checkCiGreen

// EXTERNAL MODULE: ./.build/core/errors.js + 1 modules
var errors = __webpack_require__(2489);
// EXTERNAL MODULE: ./.build/core/github/client.js + 4 modules
var github_client = __webpack_require__(2642);
;// CONCATENATED MODULE: ./.build/core/github/refs.js
/*
 * Git references through the REST API: the one `resolveTag` of the project (annotated tags
 * peeled), used by the CI check, the release core and undraft alike.
 */


/**
 * The commit a tag points to, annotated tags peeled, or undefined when the tag does not exist.
 * One request in the usual case: GitHub's commit endpoint resolves `tags/<tag>` (the
 * `refs/tags/` namespace, so a branch of the same name cannot stand in) and peels annotated
 * tags itself. Only when it finds no commit is the ref read, to tell a missing tag (undefined)
 * from a tag that names something other than a commit (an error).
 */
async function resolveTagCommit(client, repo, tag) {
    try {
        const { data } = await client.rest.repos.getCommit({ ...repo, ref: `tags/${tag}`, per_page: 1 });
        if (!/^[0-9a-f]{40}$/i.test(data.sha)) {
            throw new github_client.GitHubRequestError('UNEXPECTED_ANSWER', `GitHub resolved tag ${tag} to ${(0,errors/* quote */.hD)(data.sha)}, which is not a commit SHA.`);
        }
        return data.sha;
    }
    catch (error) {
        const status = (0,github_client.statusOf)(error);
        if (status !== 404 && status !== 422)
            throw (0,github_client.explainHttpError)(error, `Resolving tag ${tag}`, 'contents: read');
    }
    let object;
    try {
        const { data } = await client.rest.git.getRef({ ...repo, ref: `tags/${tag}` });
        object = data.object;
    }
    catch (error) {
        if ((0,github_client.statusOf)(error) === 404)
            return undefined;
        throw (0,github_client.explainHttpError)(error, `Resolving tag ${tag}`, 'contents: read');
    }
    throw new github_client.GitHubRequestError('UNEXPECTED_ANSWER', `Tag ${tag} exists (its ref names ${(0,errors/* quote */.hD)(object.type)} ${(0,errors/* quote */.hD)(object.sha)}) but GitHub resolves it to no commit.`);
}
/**
 * The commit a commit-ish names: a full SHA is taken as it is (lower-cased); a branch, tag or
 * short SHA is resolved by GitHub. Undefined when it names no commit.
 */
async function resolveCommitish(client, repo, commitish) {
    if (/^[0-9a-f]{40}$/i.test(commitish))
        return commitish.toLowerCase();
    try {
        const { data } = await client.rest.repos.getCommit({ ...repo, ref: commitish });
        return data.sha.toLowerCase();
    }
    catch (error) {
        const status = statusOf(error);
        if (status === 404 || status === 422)
            return undefined;
        throw explainHttpError(error, `Resolving '${commitish}' to a commit`, 'contents: read');
    }
}

;// CONCATENATED MODULE: ./.build/core/ci/outputs.js
/**
 * The CI outputs when the check did not reach a verdict: never green. Its own module, so that
 * require-ci-green's entry can hand them to a refused configuration without loading the check
 * (and with it the GitHub client).
 */
const CI_ERROR_OUTPUTS = {
    green: false,
    'head-sha': '',
    report: '[]',
};

;// CONCATENATED MODULE: ./.build/core/ci/summary.js
/*
 * What the CI check says about runs: the detail of a workflow's row, the `report` output's
 * objects and the runs table of the job summary. Pure text from the check's decisions, so the
 * rows, the output and the table always describe the same run.
 */
/** Conclusions and what each says to do; anything not here is unknown and fails closed. */
const CONCLUSION_ADVICE = {
    failure: 'the run failed; fix it and push, or re-run it if the failure was flaky',
    cancelled: 'the run was cancelled, probably superseded by a newer push or a concurrency group; re-run it on this exact SHA',
    skipped: 'the run was skipped, so nothing was tested on this commit',
    neutral: 'the run ended neutral, which is not a pass',
    timed_out: 'the run timed out; re-run it on this exact SHA',
    action_required: 'the run is waiting for approval (action_required)',
    stale: 'the run went stale; re-run it on this exact SHA',
    startup_failure: 'the workflow failed to start (startup_failure); check the workflow file',
};
/** Why a completed run that is not a success fails, and what to do about it. */
function conclusionDetail(conclusion, sha) {
    const advice = conclusion ? CONCLUSION_ADVICE[conclusion] : undefined;
    if (!advice)
        return `completed with unknown conclusion '${String(conclusion)}', which is not a pass`;
    return `${conclusion}: ${advice}${/this exact SHA/.test(advice) ? ` (${sha})` : ''}`;
}
/**
 * "the API also returned 3 runs that do not count: 2 of another workflow file (e.g. …), 1 of a
 * fork …": one example per kind keeps the row short however many runs GitHub sent.
 */
function describeIgnored(ignored) {
    if (ignored.length === 0)
        return undefined;
    const byKind = new Map();
    for (const { kind, detail } of ignored) {
        const entry = byKind.get(kind);
        if (entry)
            entry.count++;
        else
            byKind.set(kind, { count: 1, example: detail });
    }
    const parts = [...byKind].map(([kind, { count, example }]) => `${count} of ${kind} (e.g. ${example})`);
    const one = ignored.length === 1;
    return `the API also returned ${ignored.length} run${one ? '' : 's'} that do${one ? 'es' : ''} not count: ${parts.join(', ')}`;
}
/** The web address of a run: GitHub's own html_url, else built from the server URL. */
function runUrl(run, web, repo) {
    return run.html_url ?? `${web}/${repo.owner}/${repo.repo}/actions/runs/${run.id}`;
}
/** The `report` output's object for a workflow (all null when no run counted). */
function outcomeOf(workflow, run, url) {
    return {
        workflow,
        'run-id': run?.id ?? null,
        'run-url': url,
        status: run?.status ?? null,
        conclusion: run?.conclusion ?? null,
        attempt: run?.run_attempt ?? null,
    };
}
/** The job summary's runs table, under a line naming the commit, branch and event checked. */
function runsTable(checked, outcomes) {
    return [
        `**Commit** \`${checked.sha}\` · **branch** \`${checked.branch}\` · **event** \`${checked.event}\``,
        '',
        '| workflow | run | attempt | status | conclusion |',
        '| --- | --- | --- | --- | --- |',
        ...outcomes.map(({ outcome: o, runNumber }) => {
            const run = o['run-url'] ? `[#${runNumber ?? o['run-id']}](${o['run-url']})` : '—';
            return `| ${o.workflow} | ${run} | ${o.attempt ?? '—'} | ${o.status ?? '—'} | ${o.conclusion ?? '—'} |`;
        }),
    ].join('\n');
}

;// CONCATENATED MODULE: ./.build/core/ci/runs.js
/*
 * Which workflow runs count for require-ci-green, and one workflow's verdict from its runs.
 * Apart from the check's orchestration (check.ts) because this is the part that decides: every
 * field of a run the API returned is compared again, exactly, so a run of another workflow,
 * fork, commit, event or branch can never pass the release.
 */



/**
 * The `path` values a run of `workflow` may carry. GitHub documents `path` as the workflow's
 * full path, and its own examples (and real answers) sometimes add the ref the file was read
 * from: `.github/workflows/ci.yml@main` or `…@refs/heads/main`. Only the branch being checked
 * is accepted as that ref; any other suffix (a pull request's merge ref, another branch, a
 * tag) is another run, so it does not count. Compared as whole strings, never as prefixes.
 */
function acceptedRunPaths(workflow, branch) {
    const file = `.github/workflows/${workflow}`;
    return [file, `${file}@${branch}`, `${file}@refs/heads/${branch}`];
}
/**
 * Why a run the API returned does not count, or undefined when it does. The API's filters are
 * the server's: each field is checked again so that a run of another workflow, a fork, another
 * commit, event or branch can never pass the release (a pull_request run on the same SHA, or a
 * fork's run reporting our branch name, must not). Each layer has its own message.
 */
function whyRunDoesNotCount(run, want) {
    if (!acceptedRunPaths(want.workflow, want.branch).includes(run.path))
        return { kind: 'another workflow file', detail: `path ${(0,errors/* quote */.hD)(run.path)}` };
    const headRepo = run.head_repository?.id;
    if (headRepo !== want.repoId)
        return {
            kind: 'a fork or another repository',
            detail: `head repository id ${headRepo ?? 'missing'}, not ${want.repoId}`,
        };
    if (run.head_sha !== want.sha)
        return { kind: 'another commit', detail: `head_sha ${(0,errors/* quote */.hD)(run.head_sha)}` };
    if (run.event !== want.event)
        return { kind: 'another event', detail: `event ${(0,errors/* quote */.hD)(run.event)}` };
    if (run.head_branch !== want.branch)
        return { kind: 'another branch', detail: `head_branch ${(0,errors/* quote */.hD)(run.head_branch)}` };
    return undefined;
}
/**
 * One workflow's verdict now: its newest counting run (latest attempt). One listing request
 * (a page per 100 runs); a 404 on its first page means the workflow file does not exist.
 */
async function decide(client, repo, want) {
    const { workflow } = want;
    let runs;
    try {
        runs = await (0,github_client.paginateAll)(client, 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            ...repo,
            workflow_id: workflow,
            head_sha: want.sha,
            event: want.event,
            branch: want.branch,
            exclude_pull_requests: true,
        }, { what: `Listing runs of ${workflow}` });
    }
    catch (error) {
        const status = (0,github_client.statusOf)(error);
        if (status === 404 && error instanceof github_client.PaginationError && error.pages === 0)
            return { state: 'missing' };
        const message = status === 403 || status === 404
            ? (0,github_client.explainHttpError)(error, `Listing runs of ${workflow}`, 'actions: read').message
            : (0,errors/* messageOf */.bD)(error);
        return { state: 'fail', detail: message };
    }
    const ignored = [];
    const matching = runs.filter((run) => {
        const why = whyRunDoesNotCount(run, want);
        if (why)
            ignored.push(why);
        return why === undefined;
    });
    const note = { ignored: describeIgnored(ignored) };
    if (matching.length === 0)
        return { state: 'pending', ...note };
    const newest = matching.reduce((a, b) => b.created_at > a.created_at || (b.created_at === a.created_at && b.run_number > a.run_number) ? b : a);
    if (newest.status !== 'completed')
        return { state: 'pending', run: newest, ...note };
    if (newest.conclusion === 'success')
        return { state: 'pass', run: newest, ...note };
    return { state: 'fail', run: newest, detail: conclusionDetail(newest.conclusion, want.sha), ...note };
}

;// CONCATENATED MODULE: ./.build/core/ci/check.js






/**
 * The CI check could not reach a verdict because GitHub's answer lacked what it needs:
 * - `NO_REPOSITORY_ID`: the repository came without a numeric id (fork runs could not be told apart).
 */
class CiCheckError extends errors/* BaseError */.Cf {
}
/** "workflow file 'x.yml' not found in o/r" */
function missingWorkflow(repo, workflow) {
    return `workflow file '${workflow}' not found in ${repo.owner}/${repo.repo}`;
}
/** The tag's commit (annotated tags peeled); a tag that does not exist is the user's mistake. */
async function tagCommit(client, repo, tag, source) {
    const sha = await resolveTagCommit(client, repo, tag);
    if (sha === undefined) {
        const subject = source === "input 'tag'" ? `Input 'tag': tag '${tag}'` : `Tag '${tag}' (${source})`;
        throw new errors/* ConfigurationError */.j1(`${subject} does not exist in ${repo.owner}/${repo.repo} (or the token lacks 'contents: read').`);
    }
    return sha;
}
async function branchHead(client, repo, branch) {
    try {
        return (await client.rest.repos.getBranch({ ...repo, branch })).data.commit.sha;
    }
    catch (error) {
        if ((0,github_client.statusOf)(error) === 404) {
            throw new errors/* ConfigurationError */.j1(`Input 'branch': branch '${branch}' does not exist in ${repo.owner}/${repo.repo} (or the token lacks 'contents: read').`);
        }
        throw (0,github_client.explainHttpError)(error, `Reading branch '${branch}'`, 'contents: read');
    }
}
function check_short(sha) {
    return sha.slice(0, 12);
}
/**
 * Runs the check, adding its rows to `report`. A mistake only the API can reveal (a tag,
 * branch or workflow file that does not exist) throws a ConfigurationError; everything else the
 * API says becomes rows (the caller publishes them).
 */
async function checkCiGreen(inputs, deps, report) {
    const { client } = deps;
    const repo = inputs.repository;
    const now = deps.now ?? Date.now;
    const sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const log = deps.log ?? (() => { });
    const web = (deps.serverUrl ?? (0,github_client.serverUrl)()).replace(/\/+$/, '');
    const workflows = [...new Set(inputs.workflows)];
    if (workflows.length === 0)
        throw new errors/* ConfigurationError */.j1(`Input 'workflows' is required: give one file a line.`);
    const timeoutMs = inputs.noWait !== undefined ? 0 : inputs.timeoutMs;
    const deadline = now() + timeoutMs;
    // The report may already hold other checks' rows (the preflight shares one); green is ours only.
    const firstRow = report.rows.length;
    // 1. The commit. With a tag, the tag is the truth and any other commit named for the release
    // (input 'sha', or GITHUB_SHA) must be exactly its commit: CI rows for one commit beside a
    // tag on another would vouch for code that is not being released.
    const shaSource = inputs.shaSource ?? "input 'sha'";
    let sha;
    if (inputs.tag !== undefined) {
        const tag = inputs.tag;
        sha = await tagCommit(client, repo, tag, inputs.tagSource ?? "input 'tag'");
        if (inputs.sha === undefined)
            report.pass('commit', `tag ${tag} → ${sha}`);
        else if (inputs.sha === sha)
            report.pass('commit', `tag ${tag} → ${sha} (= ${shaSource})`);
        else {
            report.fail('commit', `tag ${tag} is at ${sha}, but the commit being released (${shaSource}) is ${inputs.sha}: ` +
                `the tag and the commit must be one; release the tag's own commit, or move the tag`);
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
    }
    else if (inputs.sha !== undefined) {
        sha = inputs.sha;
        report.pass('commit', `${sha} (${shaSource})`);
    }
    else {
        throw new errors/* ConfigurationError */.j1(`Input 'sha' is required when neither 'tag' nor GITHUB_SHA is given.`);
    }
    // 2. The repository: its own id (a run from a fork carries another one) and, unless given,
    // its default branch. From the event payload when it describes this very repository (the
    // name compared exactly; any difference, even of case, asks the API), else one request.
    let repoId;
    let branch = inputs.branch;
    const fromEvent = deps.eventRepository;
    if (fromEvent && fromEvent.fullName === `${repo.owner}/${repo.repo}`) {
        repoId = fromEvent.id;
        branch ||= fromEvent.defaultBranch;
    }
    else {
        try {
            const { data } = await client.rest.repos.get({ ...repo });
            repoId = data.id;
            branch ||= data.default_branch;
        }
        catch (error) {
            throw (0,github_client.explainHttpError)(error, `Reading repository ${repo.owner}/${repo.repo}`, 'contents: read');
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
        if (headOk)
            report.pass('branch head (start)', `${branch} is at ${check_short(sha)}`);
        else {
            report.fail('branch head (start)', `${branch} is at ${check_short(headSha)}, not ${check_short(sha)}: release the branch head, or set require-head: false`);
        }
    }
    // 4. Poll until every workflow is decided or the deadline passes. Waiting is pointless when
    // the commit is not the head: that verdict cannot change. The runs listing answers 404 for a
    // workflow file that does not exist, so the first poll also checks the names (no separate
    // request per workflow); every unknown file is named at once.
    const want = { sha, event: inputs.event, branch, repoId };
    const decisions = new Map();
    for (let poll = 1;; poll++) {
        const unknown = [];
        for (const workflow of workflows) {
            const previous = decisions.get(workflow);
            if (previous && previous.state !== 'pending')
                continue;
            const decision = await decide(client, repo, { ...want, workflow });
            if (decision.state === 'missing' && poll === 1)
                unknown.push(workflow);
            decisions.set(workflow, decision.state === 'missing'
                ? {
                    state: 'fail',
                    detail: `${missingWorkflow(repo, workflow)} any more (it was there at the first poll)`,
                }
                : decision);
        }
        if (unknown.length > 0) {
            throw new errors/* ConfigurationError */.j1(`Input 'workflows': ${unknown.map((w) => missingWorkflow(repo, w)).join('; ')} ` +
                `(GitHub answered 404: check the file name under .github/workflows/, or grant the job 'actions: read').`);
        }
        for (const [workflow, decision] of decisions) {
            if (decision.state !== 'pass' && decision.ignored)
                log(`${workflow}: ${decision.ignored}`);
        }
        const pending = workflows.filter((w) => decisions.get(w).state === 'pending');
        const remaining = deadline - now();
        if (pending.length === 0 || remaining <= 0 || !headOk)
            break;
        log(`Poll ${poll}: waiting for ${pending.join(', ')} (${Math.ceil(remaining / 1000)} s left)`);
        await sleep(Math.min(inputs.pollIntervalMs, remaining));
    }
    // 5. Rows and outcomes.
    const table = [];
    for (const workflow of workflows) {
        const decision = decisions.get(workflow);
        const run = decision.run;
        const url = run ? runUrl(run, web, repo) : null;
        table.push({ outcome: outcomeOf(workflow, run, url), runNumber: run?.run_number });
        const link = run ? `run #${run.run_number} attempt ${run.run_attempt ?? 1} (${url})` : '';
        const ignored = decision.ignored ? `; ${decision.ignored}` : '';
        const check = `workflow ${workflow}`;
        if (decision.state === 'pass')
            report.pass(check, `completed/success: ${link}`);
        else if (decision.state === 'fail')
            report.fail(check, run ? `${decision.detail}: ${link}` : decision.detail);
        else if (run && inputs.noWait !== undefined)
            report.fail(check, `still ${run.status}, not waited for (${inputs.noWait}): ${link}`);
        else if (run) {
            report.fail(check, `still ${run.status} when the wait ended (timeout ${Math.round(timeoutMs / 1000)} s): ${link}; ` +
                `raise 'timeout' or run the release after CI finishes`);
        }
        else if (inputs.noWait !== undefined) {
            report.fail(check, `no run for ${check_short(sha)} (event ${inputs.event}, branch ${branch}) exists yet, not waited for (${inputs.noWait})${ignored}`);
        }
        else {
            report.fail(check, `no run for ${check_short(sha)} (event ${inputs.event}, branch ${branch}) ` +
                (timeoutMs > 0
                    ? `appeared within ${Math.round(timeoutMs / 1000)} s`
                    : `exists (timeout 0: no waiting)`) +
                `${ignored}; push the commit to ${branch} so CI runs on it, or raise 'timeout'`);
        }
    }
    // 6. The head again at the end: a push during the wait means another commit is the release.
    if (inputs.requireHead && headOk) {
        const endHead = await branchHead(client, repo, branch);
        if (endHead === sha)
            report.pass('branch head (end)', `${branch} is still at ${check_short(sha)}`);
        else {
            report.fail('branch head (end)', `${branch} moved to ${check_short(endHead)} during the check; ${check_short(sha)} is no longer the head`);
        }
        headSha = endHead;
    }
    else if (!inputs.requireHead) {
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
/**
 * require-ci-green as a {@link Check} for `runChecks`, alone (the require-ci-green action) or
 * after the guard over a shared report (the preflight). Errors become rows, so the summary is
 * still written; its outputs are `green` (this check's rows only), `head-sha` and `report`, and
 * the runs table goes in the summary.
 */
function ciCheck(inputs, deps, options = {}) {
    return async (report) => {
        const before = report.failures.length;
        try {
            const result = await checkCiGreen({ ...inputs, noWait: options.noWait }, deps, report);
            return {
                outputs: { green: result.green, 'head-sha': result.headSha, report: JSON.stringify(result.outcomes) },
                hardFailures: options.soft ? 0 : report.failures.length - before,
                summary: [`**CI runs** (require-ci-green)\n\n${result.runsMarkdown}`],
            };
        }
        catch (error) {
            const configuration = error instanceof errors/* ConfigurationError */.j1;
            report.fail(configuration ? 'CI configuration' : 'CI check', (0,errors/* messageWithFix */.vW)(error));
            return { outputs: { ...CI_ERROR_OUTPUTS }, hardFailures: configuration || !options.soft ? 1 : 0 };
        }
    };
}


/***/ })

};
