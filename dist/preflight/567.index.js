export const id = 567;
export const ids = [567];
export const modules = {

/***/ 5567:
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

// EXTERNAL MODULE: ./.build/core/errors.js + 1 modules
var errors = __webpack_require__(2489);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./.build/core/github/event.js

/**
 * The payload's repository, or undefined when there is no payload, it cannot be read, or it
 * lacks any of the three fields in the expected form: the caller then asks the API. Never an
 * error: the payload only saves a request, it is never the only source.
 */
function eventRepository(env = process.env) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return undefined;
    let payload;
    try {
        payload = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch {
        return undefined;
    }
    const repository = payload?.repository;
    if (typeof repository !== 'object' || repository === null)
        return undefined;
    const { full_name: fullName, id, default_branch: defaultBranch } = repository;
    if (typeof fullName !== 'string' || !/^[^/\s]+\/[^/\s]+$/.test(fullName))
        return undefined;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0)
        return undefined;
    if (typeof defaultBranch !== 'string' || defaultBranch === '' || /[\s\p{Cc}]/u.test(defaultBranch))
        return undefined;
    return { fullName, id, defaultBranch };
}

// EXTERNAL MODULE: ./.build/core/action/checks.js
var checks = __webpack_require__(5070);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/core/paths.js
var paths = __webpack_require__(2720);
// EXTERNAL MODULE: ./.build/core/semver.js
var semver = __webpack_require__(5138);
// EXTERNAL MODULE: ./.build/core/manifests/types.js
var types = __webpack_require__(8072);
// EXTERNAL MODULE: ./.build/core/guard/outputs.js
var guard_outputs = __webpack_require__(4200);
;// CONCATENATED MODULE: ./.build/core/guard/check.js








/** The guard's context from the runner's environment. */
function guardContextFromEnv(root) {
    return {
        ref: process.env.GITHUB_REF ?? '',
        eventName: process.env.GITHUB_EVENT_NAME ?? '',
        root,
        runnerTemp: process.env.RUNNER_TEMP || external_node_os_.tmpdir(),
        now: new Date(),
    };
}
function checkEvent(inputs, context, report) {
    const event = context.eventName;
    if (event === '')
        report.fail('event', 'GITHUB_EVENT_NAME is not set, so the trigger is unknown.');
    else if (inputs.allowedEvents.includes(event))
        report.pass('event', `'${event}' is an allowed event.`);
    else
        report.fail('event', `'${event}' is not an allowed event (allowed-events: ${inputs.allowedEvents.join(', ')})${event === 'workflow_dispatch' ? '; a manual re-run of a release is refused unless explicitly allowed' : ''}.`);
}
/**
 * The ref check. A release is triggered by a tag: GITHUB_REF must be `refs/tags/<tag>`. An
 * explicit `tag` must be that same tag; only on an allowed event other than `push`
 * (e.g. `workflow_dispatch`, whose ref is a branch) may an explicit tag stand in for the ref.
 */
function checkRef(inputs, context, report) {
    const ref = context.ref;
    const refTag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
    if (ref === '') {
        report.fail('ref', 'GITHUB_REF is not set, so the tag being released is unknown.');
        return inputs.tag;
    }
    if (refTag !== undefined) {
        if (inputs.tag !== undefined && inputs.tag !== refTag) {
            report.fail('ref', `The run was triggered by tag '${refTag}' but input 'tag' is '${inputs.tag}'.`);
            return inputs.tag;
        }
        report.pass('ref', `${ref} is a tag ref.`);
        return refTag;
    }
    if (inputs.tag !== undefined && context.eventName !== 'push' && context.eventName !== '') {
        report.pass('ref', `Input 'tag' '${inputs.tag}' is checked on a '${context.eventName}' run from ${ref}.`);
        return inputs.tag;
    }
    report.fail('ref', `GITHUB_REF '${ref}' is not a tag (refs/tags/…); a release is triggered by pushing a tag.`);
    return inputs.tag;
}
function checkVersionFile(readDeclaredVersion, spec, version, context, report) {
    const name = `version in ${spec.raw}`;
    let declared;
    try {
        declared = readDeclaredVersion(spec, context.root);
    }
    catch (error) {
        if (error instanceof types/* VersionFileError */.j) {
            // The message names the file; the line goes in too, so the failure message alone locates it.
            const line = error.line !== undefined && !error.message.includes(`line ${error.line}`)
                ? ` (line ${error.line})`
                : '';
            report.fail(name, `${error.message}${line}`, { file: error.file, line: error.line });
            return 1;
        }
        throw error;
    }
    // Without a valid tag there is nothing to compare against; the tag row already failed.
    if (version === undefined)
        return 0;
    const where = { file: declared.file, line: declared.line };
    if (declared.notExact) {
        report.fail(name, `${atLine(declared.file, declared.line)} (${declared.key}): ${declared.notExact}, so it is not in lockstep with ${version}.`, where);
    }
    else if (declared.version !== version) {
        report.fail(name, `${atLine(declared.file, declared.line)} declares ${(0,errors/* quote */.hD)(declared.written ?? declared.version)} (${declared.key}), but the tag is ${version}.`, where);
    }
    else {
        report.pass(name, `${declared.written ?? declared.version} (${declared.key}${declared.line ? `, line ${declared.line}` : ''}).`);
    }
    return 0;
}
/** `file line N`, or just `file` when the line is unknown. */
function atLine(file, line) {
    return line === undefined ? file : `${file} line ${line}`;
}
function safeFileName(text) {
    return text.replace(/[^0-9A-Za-z.+-]/g, '_');
}
/**
 * The guard's checks over `report`: event, ref, strict SemVer tag and its policy, every version
 * file, the changelog section. Returns the outputs (all of them, empty when unknown).
 */
async function checkRelease(inputs, context, report) {
    const outputs = (0,guard_outputs/* emptyGuardOutputs */.r)();
    const summary = [];
    let hardFailures = 0;
    checkEvent(inputs, context, report);
    const tag = checkRef(inputs, context, report);
    let parsed;
    if (tag !== undefined) {
        outputs.tag = tag;
        const result = (0,semver/* parseTag */.ED)(tag, inputs.prefix);
        if (result.ok) {
            parsed = result.value;
            report.pass('semver', `'${tag}' is '${inputs.prefix}' + SemVer 2.0.0 version ${parsed.version}.`);
        }
        else {
            report.fail('semver', `'${tag}' is not '${inputs.prefix}' + a SemVer 2.0.0 version: ${result.reasons.join(' ')}`);
        }
    }
    if (parsed) {
        Object.assign(outputs, {
            version: parsed.version,
            major: parsed.major,
            minor: parsed.minor,
            patch: parsed.patch,
            prerelease: parsed.prerelease.join('.'),
            build: parsed.build.join('.'),
            'is-prerelease': parsed.prerelease.length > 0,
        });
        if (parsed.prerelease.length > 0) {
            if (inputs.allowPrerelease)
                report.pass('pre-release', `'${parsed.prerelease.join('.')}' is allowed.`);
            else
                report.fail('pre-release', `${parsed.version} is a pre-release ('${parsed.prerelease.join('.')}') and allow-prerelease is false.`);
        }
        if (parsed.build.length > 0) {
            if (inputs.allowBuildMetadata)
                report.pass('build metadata', `'${parsed.build.join('.')}' is allowed.`);
            else
                report.fail('build metadata', `${parsed.version} has build metadata ('${parsed.build.join('.')}') and allow-build-metadata is false.`);
        }
    }
    if (inputs.versionFiles.length > 0) {
        const { readDeclaredVersion } = await Promise.all(/* import() */[__webpack_require__.e(722), __webpack_require__.e(555)]).then(__webpack_require__.bind(__webpack_require__, 8555));
        for (const spec of inputs.versionFiles)
            hardFailures += checkVersionFile(readDeclaredVersion, spec, parsed?.version, context, report);
    }
    if (inputs.changelog !== undefined) {
        let file;
        let text;
        try {
            file = (0,paths/* resolveInWorkspace */.z1)('changelog', inputs.changelog, { root: context.root });
            text = external_node_fs_.readFileSync(file, 'utf8');
        }
        catch (error) {
            const detail = error instanceof errors/* ConfigurationError */.j1
                ? (0,errors/* messageOf */.bD)(error)
                : `${inputs.changelog} cannot be read: ${(0,errors/* messageOf */.bD)(error)}`;
            report.fail('changelog', detail, { file: inputs.changelog });
            hardFailures++;
        }
        if (file !== undefined && text !== undefined && parsed) {
            const shown = (0,paths/* displayPath */.Gt)(file, context.root);
            const { findChangelogSection } = await Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(214)]).then(__webpack_require__.bind(__webpack_require__, 214));
            const result = findChangelogSection(text, parsed.version, {
                prefix: inputs.prefix,
                now: context.now,
                date: inputs.changelogDate,
            });
            if (!result.ok) {
                for (const problem of result.problems)
                    report.fail('changelog', `${atLine(shown, problem.line)}: ${problem.message}.`, {
                        file: shown,
                        line: problem.line,
                    });
            }
            else {
                const { section } = result;
                const lines = section.body.split('\n').length;
                report.pass('changelog', `${shown}:${section.line} '${section.heading}' is ${section.date ? `dated ${section.date}` : 'undated (changelog-date: optional)'}; ${lines} line${lines === 1 ? '' : 's'} of release notes.`);
                const notesPath = external_node_path_.join(context.runnerTemp, 'sealed-release', `release-notes-${safeFileName(parsed.version)}.md`);
                external_node_fs_.mkdirSync(external_node_path_.dirname(notesPath), { recursive: true });
                external_node_fs_.writeFileSync(notesPath, section.body.endsWith('\n') ? section.body : `${section.body}\n`);
                outputs['release-notes'] = section.body;
                outputs['release-notes-path'] = notesPath;
                summary.push(`<details><summary>Release notes for ${parsed.version}</summary>\n\n${section.body}\n\n</details>`);
            }
        }
    }
    return { outputs, hardFailures, summary };
}
/** The guard as a {@link Check} for `runChecks`. */
function guardCheck(inputs, context) {
    return (report) => checkRelease(inputs, context, report);
}

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
        async (report) => (guard = await guardCheck(inputs.guard, guardContextFromEnv(root))(report)),
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
        throw new errors/* InternalError */.Gd('preflightChecks: the CI check needs its client (deps).');
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
        const { ciCheck } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(642), __webpack_require__.e(265)]).then(__webpack_require__.bind(__webpack_require__, 265));
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
            client: (await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(642)]).then(__webpack_require__.bind(__webpack_require__, 2642))).createClient(inputs.ci.token),
            log: (line) => info(line),
            // The event payload names the repository's id and default branch: one request fewer.
            eventRepository: eventRepository(),
        }
        : undefined;
    await (0,checks/* runChecks */.JT)('preflight', preflightChecks(inputs, root, deps), { onReject: inputs.guard.onReject });
}


/***/ }),

/***/ 8072:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ VersionFileError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2489);
/*
 * The shapes shared by every manifest reader: what the user asked for (a spec), what a file
 * declares, and the one error type, whose `code` says what kind of problem it is so callers
 * decide on the code, never on the wording of a message.
 */

/** A problem with one version file: its kind (`code`), which file and, when known, which line. */
class VersionFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
    file;
    line;
    constructor(code, message, file, line) {
        super(code, message);
        this.file = file;
        this.line = line;
        this.name = 'VersionFileError';
    }
}


/***/ })

};
