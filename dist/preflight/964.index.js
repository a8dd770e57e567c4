export const id = 964;
export const ids = [964];
export const modules = {

/***/ 8964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preflightChecks: () => (/* binding */ preflightChecks),
  releaseCommit: () => (/* binding */ releaseCommit),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./.build/core/action/workflow-commands.js + 19 modules
var workflow_commands = __webpack_require__(9971);
// EXTERNAL MODULE: ./.build/core/action/secrets.js + 1 modules
var secrets = __webpack_require__(4118);
;// CONCATENATED MODULE: ./.build/core/action/log.js


/*
 * Log lines for actions and the core they compose, so that only core/action speaks the runner's
 * protocol (workflow-commands.ts). Every line is redacted: a message built from an error can carry a secret.
 */
/** A plain log line. */
function info(message) {
    workflow_commands/* info */.pq((0,secrets/* redact */.E$)(message));
}
/** A `::warning::` annotation: something the user should know, which does not fail the run. */
function warning(message) {
    commands.warning(redact(message));
}

// EXTERNAL MODULE: ./.build/core/action/checks.js
var checks = __webpack_require__(5070);
// EXTERNAL MODULE: ./.build/core/guard.js + 2 modules
var core_guard = __webpack_require__(3323);
;// CONCATENATED MODULE: ./.build/actions/preflight/main.js



/** The CI outputs when the CI check did not run: `green` empty (neither 'true' nor 'false'). */
const CI_NOT_RUN = { green: '', 'head-sha': '', report: '[]' };
/**
 * The checks the preflight runs, in order, over one report: the guard, then require-ci-green.
 *
 * The CI check runs after the guard even when the guard refused, so one run lists every
 * failure; but then it does not wait for runs (a refused release must fail fast, not after
 * `timeout`), and its failures count as rejections, so `on-reject: skip` still skips a
 * non-release. When the guard passed, a CI failure is a hard failure that `skip` never hides:
 * a release whose CI is red must not look like "not a release". When there is no tag at all
 * (the ref is not a tag and no `tag` was given) there is no release commit to check, and it
 * does not run.
 */
function preflightChecks(inputs, root, deps) {
    let guard;
    const checks = [
        async (report) => (guard = await (0,core_guard/* guardCheck */.y7)(inputs.guard, (0,core_guard/* guardContextFromEnv */.QP)(root))(report)),
    ];
    const ci = inputs.ci;
    if (ci === undefined) {
        checks.push(async () => ({
            outputs: { ...CI_NOT_RUN },
            hardFailures: 0,
            summary: ['**CI** (require-ci-green): not requested; give `workflows` to require green CI.'],
        }));
        return checks;
    }
    if (deps === undefined)
        throw new Error('preflightChecks: the CI check needs its client (deps).');
    checks.push(async (report) => {
        if (guard?.outputs.tag === '') {
            return {
                outputs: { ...CI_NOT_RUN },
                hardFailures: 0,
                summary: ['**CI** (require-ci-green): not run, because no tag is being released (see the ref row).'],
            };
        }
        const refused = report.failures.length > 0;
        // The CI check (and the GitHub client under it) is loaded only when it runs.
        const { ciCheck } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(998)]).then(__webpack_require__.bind(__webpack_require__, 4998));
        const check = ciCheck(releaseCommit(ci, inputs.guard, String(guard?.outputs.tag ?? ''), process.env.GITHUB_REF ?? ''), deps, refused ? { noWait: 'an earlier check already refused the release', soft: true } : {});
        return check(report);
    });
    return checks;
}
/**
 * The CI check's commit in the preflight: the tag being released is the guard's (input `tag`,
 * else GITHUB_REF's), and the commit checked must be that tag's commit. The commit named for
 * the release is input `sha` if given; else, when the run was triggered by that very tag
 * (GITHUB_REF is `refs/tags/<tag>`, whether or not `tag` repeats it), GITHUB_SHA: the commit
 * this run checked out and will build, which a tag moved after the trigger no longer names;
 * else (an explicit tag on another ref, e.g. workflow_dispatch from a branch) the tag's own
 * commit. A commit that is not the tag's is then a failing row naming both, so a green head
 * can never vouch for an older tagged commit.
 */
function releaseCommit(ci, guard, tag, ref) {
    const triggeredByTag = ref === `refs/tags/${tag}`;
    const base = { ...ci.ci, tag, tagSource: guard.tag === undefined ? 'GITHUB_REF' : "input 'tag'" };
    if (ci.ci.sha !== undefined)
        return { ...base, shaSource: "input 'sha'" };
    if (triggeredByTag && ci.githubSha !== undefined)
        return { ...base, sha: ci.githubSha, shaSource: 'GITHUB_SHA' };
    return base;
}
/** Everything in one step and one summary; `ok` is true only when every check passed. */
async function run(inputs, root) {
    // The client is made before anything is written (the token was checked with the inputs), and
    // its code (Octokit) is loaded only when CI is to be checked.
    const deps = inputs.ci
        ? {
            client: (await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(765)]).then(__webpack_require__.bind(__webpack_require__, 6765))).createClient(inputs.ci.token),
            log: (line) => info(line),
        }
        : undefined;
    await (0,checks/* runChecks */.JT)('preflight', preflightChecks(inputs, root, deps), { onReject: inputs.guard.onReject });
}


/***/ })

};
