import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 5534:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_action_log_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(985);
/* harmony import */ var _core_action_entry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8459);
/* harmony import */ var _core_env_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1439);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2720);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8351);





const root = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceRoot */ .oS)();
await (0,_core_action_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .runEntry */ .C)({
    name: 'byte-identity',
    inputNames: _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT_NAMES */ .Qh,
    parse: (read, env) => (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfiguration */ .MA)(read, env, root),
    run: async (inputs) => {
        // Loaded once the configuration passed: a refusal compiles none of the registry clients.
        const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(27), __nccwpck_require__.e(883)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7883));
        // Test hooks of the loopback runs: shorter waits and request timeout (the defaults suit
        // public registries). Unset, the product's own defaults apply.
        await run(inputs, root, {
            log: (line) => (0,_core_action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .p)(line),
            pollMs: (0,_core_env_js__WEBPACK_IMPORTED_MODULE_4__/* .envNumber */ .d)('SEALED_RELEASE_POLL_MS'),
            http: {
                backoffMs: (0,_core_env_js__WEBPACK_IMPORTED_MODULE_4__/* .envNumber */ .d)('SEALED_RELEASE_RETRY_MS'),
                timeoutMs: (0,_core_env_js__WEBPACK_IMPORTED_MODULE_4__/* .envNumber */ .d)('SEALED_RELEASE_REQUEST_TIMEOUT_MS'),
            },
        });
    },
    refusalOutputs: { identical: false, report: '', sha256sums: '', canonical: '', 'canonical-dir': '' },
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qh: () => (/* binding */ INPUT_NAMES),
  Jd: () => (/* binding */ localFiles),
  MA: () => (/* binding */ parseConfiguration)
});

// UNUSED EXPORTS: parseInputs, readInputs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __nccwpck_require__(8005);
// EXTERNAL MODULE: ./.build/core/github/repository.js
var github_repository = __nccwpck_require__(6756);
// EXTERNAL MODULE: ./.build/core/inputs/parsers.js
var parsers = __nccwpck_require__(4196);
// EXTERNAL MODULE: ./.build/core/inputs/reader.js
var reader = __nccwpck_require__(7781);
;// CONCATENATED MODULE: ./.build/core/inputs/index.js
/** The one input layer: a collecting reader and the shared value parsers. */



// EXTERNAL MODULE: ./.build/core/paths.js
var core_paths = __nccwpck_require__(2720);
// EXTERNAL MODULE: ./.build/core/registries/crates.js
var crates = __nccwpck_require__(1396);
// EXTERNAL MODULE: ./.build/core/registries/npm.js
var npm = __nccwpck_require__(3379);
// EXTERNAL MODULE: ./.build/core/registries/pypi.js
var pypi = __nccwpck_require__(5404);
// EXTERNAL MODULE: ./.build/core/registries/registry.js
var registry = __nccwpck_require__(7191);
;// CONCATENATED MODULE: ./.build/actions/byte-identity/inputs.js
/*
 * byte-identity's inputs, checked whole: every problem is collected and reported in one
 * ConfigurationError, each naming the input, the value and the accepted form, before anything
 * is requested, run or written.
 */










/** The inputs byte-identity/action.yml declares (a test keeps the two equal). */
const INPUT_NAMES = [
    'files',
    'against',
    'mode',
    'output-dir',
    'exact-set',
    'propagation-timeout',
    'repackage',
    'pypi-url',
    'crates-index-url',
    'crates-api-url',
    'npm-registry',
    'github-token',
    'repository',
];
/**
 * Reads every input into `inputs`, which records each problem instead of throwing, so the
 * caller can add its own checks (the local files) before {@link Inputs.finish} reports them
 * all. Undeclared `INPUT_*` variables are refused by the entry (runEntry), not here.
 */
function readInputs(inputs, environment = {}) {
    const files = inputs.list('files', { required: 'the local files as globs' });
    const references = [];
    const seen = new Set();
    for (const line of inputs.list('against', { required: 'references such as pypi:PROJECT==VERSION' })) {
        try {
            const reference = (0,registry/* parseReference */.F2)(line);
            if (seen.has(reference.raw))
                throw new Error(`'${reference.raw}' is given twice`);
            seen.add(reference.raw);
            references.push(reference);
        }
        catch (error) {
            inputs.problem(`Input 'against': ${(0,errors/* messageOf */.bD)(error)}`);
        }
    }
    const mode = inputs.enum('mode', registry/* MODES */.FN, 'verify');
    const exactSet = inputs.boolean('exact-set', false);
    const propagationTimeoutMs = inputs.duration('propagation-timeout', '0');
    // One argument a line, kept verbatim apart from the line's own surrounding blanks: it runs
    // with no shell, so nothing in it is ever interpreted.
    const repackage = inputs
        .raw('repackage')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
    // @actions/exec splits its first argument at blanks and quotes (never through a shell); a
    // program name holding either would be split, so it is refused rather than reinterpreted.
    if (repackage.length > 0 && /[\s"']/.test(repackage[0])) {
        inputs.problem(`Input 'repackage': the first line must be the program alone (one word, no quotes), got '${repackage[0]}'; put each argument on its own line.`);
    }
    const url = (name, fallback) => {
        const raw = inputs.optional(name) ?? fallback;
        const checked = (0,registry/* checkDownloadUrl */.At)(raw);
        if (typeof checked === 'string') {
            inputs.problem(`Input '${name}': '${raw}' ${checked}; expected an https URL (http only on loopback).`);
            return fallback;
        }
        if (checked.search || checked.hash) {
            inputs.problem(`Input '${name}': '${raw}' has a query or fragment; expected a base URL.`);
            return fallback;
        }
        return checked.href.replace(/\/+$/, '');
    };
    const pypiUrl = url('pypi-url', pypi/* DEFAULT_PYPI_URL */.jP);
    const cratesIndexUrl = url('crates-index-url', crates/* DEFAULT_CRATES_INDEX_URL */.sO);
    const cratesApiUrl = url('crates-api-url', crates/* DEFAULT_CRATES_API_URL */._N);
    const npmRegistry = url('npm-registry', npm/* DEFAULT_NPM_REGISTRY */.aF);
    let outputDir = inputs.optional('output-dir');
    if (outputDir === undefined) {
        if (environment.RUNNER_TEMP)
            outputDir = external_node_path_.join(environment.RUNNER_TEMP, 'canonical');
        else if (mode === 'canonicalize') {
            inputs.problem(`Input 'output-dir' is required when RUNNER_TEMP is not set (mode: canonicalize).`);
        }
    }
    else {
        outputDir = external_node_path_.resolve(environment.GITHUB_WORKSPACE ?? '.', outputDir);
    }
    if (mode === 'canonicalize') {
        // The recovery path hands on one set of bytes: with two references, whose would it be?
        if (references.length > 1) {
            inputs.problem(`Input 'against': mode 'canonicalize' takes exactly one reference (the registry whose bytes become canonical), got ${references.length}.`);
        }
        for (const r of references.filter((r) => r.kind === 'sums')) {
            inputs.problem(`Input 'against': '${r.raw}' has digests but no bytes, so mode 'canonicalize' cannot hand its files on; use mode 'verify', or a reference that serves the files.`);
        }
    }
    const token = inputs.optional('github-token') ?? '';
    let repository;
    if (references.some((r) => r.kind === 'release')) {
        if (!token)
            inputs.problem(`Input 'github-token' is required for a release: reference.`);
        repository = inputs.attempt(() => (0,github_repository/* parseRepository */.S)('repository', inputs.optional('repository') ?? environment.GITHUB_REPOSITORY ?? ''));
    }
    return {
        files,
        references,
        mode,
        outputDir: outputDir ?? '',
        exactSet,
        propagationTimeoutMs,
        repackage,
        pypiUrl,
        cratesIndexUrl,
        cratesApiUrl,
        npmRegistry,
        token,
        repository,
    };
}
/**
 * Parses every byte-identity input (pure: the reader and the environment are passed in).
 * Throws one ConfigurationError listing every problem.
 */
function parseInputs(read, environment = {}) {
    const inputs = new Inputs(read);
    return inputs.finish(readInputs(inputs, environment));
}
/**
 * The entry's parser: the inputs, and, when no `repackage` command will rebuild them first,
 * the local files and the `dir:`/`sums:` paths too, so one message lists every problem.
 */
function parseConfiguration(read, environment, root) {
    const inputs = new reader/* Inputs */.G0(read);
    const value = readInputs(inputs, environment);
    if (value.repackage.length === 0) {
        for (const problem of localFiles(value, root).problems)
            inputs.problem(problem);
    }
    return inputs.finish(value);
}
/** Regular files inside `root` that `pattern` matches, less the excluded ones (absolute paths). */
function globFiles(pattern, excluded, root) {
    // Escapes are checked on the pattern's literal prefix as well as on every match.
    if (external_node_path_.isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
        (0,core_paths/* resolveInWorkspace */.z1)('files', pattern.replace(/[*?[{].*$/, '') || '.', { root, mustExist: false });
    }
    const out = [];
    for (const hit of external_node_fs_.globSync(pattern, { cwd: root })) {
        const absolute = external_node_path_.resolve(root, hit);
        if (excluded.has(absolute))
            continue;
        const real = (0,core_paths/* resolveInWorkspace */.z1)('files', absolute, { root });
        if (external_node_fs_.statSync(real).isFile())
            out.push(absolute);
    }
    return out;
}
/**
 * The local files the globs name (`!pattern` excludes), each pattern checked on its own so
 * that every pattern that matches nothing is reported (a release that silently compares fewer
 * files than the workflow named is the failure this action exists to prevent), and two files
 * with one basename refused (files are matched to a reference by name, so which of the two
 * would be compared is not knowable). Also checks that the `dir:` and `sums:` references exist
 * inside the workspace. Returns the files and every problem.
 */
function localFiles(inputs, root) {
    const problems = [];
    const excluded = new Set();
    for (const pattern of inputs.files.filter((p) => p.startsWith('!'))) {
        for (const hit of external_node_fs_.globSync(pattern.slice(1), { cwd: root }))
            excluded.add(external_node_path_.resolve(root, hit));
    }
    const found = new Set();
    for (const pattern of inputs.files.filter((p) => !p.startsWith('!'))) {
        try {
            const hits = globFiles(pattern, excluded, root);
            if (hits.length === 0)
                problems.push(`Input 'files': pattern '${pattern}' matches no file.`);
            for (const hit of hits)
                found.add(hit);
        }
        catch (error) {
            problems.push((0,errors/* messageOf */.bD)(error));
        }
    }
    const byName = new Map();
    for (const file of [...found].sort()) {
        const name = external_node_path_.basename(file);
        byName.set(name, [...(byName.get(name) ?? []), file]);
    }
    const locals = [];
    for (const [name, paths] of byName) {
        if (paths.length > 1) {
            problems.push(`Input 'files': ${paths.length} files are named '${name}' (${paths.map((p) => (0,core_paths/* displayPath */.Gt)(p, root)).join(', ')}); files are matched to references by name, so each name must be unique.`);
            continue;
        }
        locals.push({ name, path: paths[0], display: (0,core_paths/* displayPath */.Gt)(paths[0], root) });
    }
    for (const reference of inputs.references) {
        if (reference.kind !== 'dir' && reference.kind !== 'sums')
            continue;
        try {
            const resolved = (0,core_paths/* resolveInWorkspace */.z1)('against', reference.path, { root });
            const stat = external_node_fs_.statSync(resolved);
            if (reference.kind === 'dir' && !stat.isDirectory()) {
                throw new Error(`Input 'against': '${reference.raw}': ${reference.path} is not a directory.`);
            }
            if (reference.kind === 'sums' && !stat.isFile()) {
                throw new Error(`Input 'against': '${reference.raw}': ${reference.path} is not a file.`);
            }
        }
        catch (error) {
            problems.push((0,errors/* messageOf */.bD)(error));
        }
    }
    return { locals, problems };
}


/***/ }),

/***/ 8459:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runEntry)
});

// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __nccwpck_require__(8005);
// EXTERNAL MODULE: ./.build/core/inputs/reader.js
var reader = __nccwpck_require__(7781);
// EXTERNAL MODULE: ./.build/core/action/outputs.js
var outputs = __nccwpck_require__(7457);
// EXTERNAL MODULE: ./.build/core/action/report.js
var action_report = __nccwpck_require__(6081);
// EXTERNAL MODULE: ./.build/core/action/workflow-commands.js
var workflow_commands = __nccwpck_require__(2269);
// EXTERNAL MODULE: ./.build/core/action/secrets.js
var secrets = __nccwpck_require__(3442);
;// CONCATENATED MODULE: ./.build/core/action/run.js



/**
 * The one error boundary of every entry point. A configuration error is the user's to fix; a
 * failed check already wrote its rows; a network failure says which host could not be reached
 * and why; anything else is reported as an internal error. Only the message reaches
 * `setFailed` (an Error object can carry request headers, and with them the token); the cause
 * goes to the debug log, redacted.
 */
async function runAction(fn) {
    try {
        await fn();
    }
    catch (error) {
        workflow_commands/* setFailed */.C1((0,secrets/* redact */.E)(failureMessage(error)));
        const cause = error instanceof Error ? (error.cause ?? error.stack) : undefined;
        if (cause)
            workflow_commands/* debug */.Yz((0,secrets/* redact */.E)(typeof cause === 'string' ? cause : (0,errors/* messageOf */.bD)(cause)));
    }
}
/** The failed step's message for anything thrown (see {@link runAction}); not yet redacted. */
function failureMessage(error) {
    const message = (0,errors/* messageOf */.bD)(error);
    if (error instanceof errors/* ConfigurationError */.j1)
        return `Configuration error: ${message}`;
    if (error instanceof errors/* ChecksFailedError */.Ro)
        return message;
    const network = unreachableOf(error);
    if (network !== undefined) {
        // Wrappers put what was being done in front ("Listing runs of ci.yml: could not reach …");
        // one that dropped the cause's words gets them back, so the host is never lost.
        return message.includes(network) ? message : `${network} (${message})`;
    }
    return `Internal error: ${message}`;
}
/**
 * "could not reach <host>: <reason>" when a network failure is anywhere in the cause chain:
 * the GitHub client's own (a transient error coded `UNREACHABLE` or `TIMEOUT`, which already
 * carries the host of the request), or a raw one from another client (fetch, sigstore-js).
 */
function unreachableOf(error) {
    for (const link of (0,errors/* causeChain */.DD)(error)) {
        if (link instanceof errors/* BaseError */.Cf && (link.code === 'UNREACHABLE' || link.code === 'TIMEOUT')) {
            return link.message;
        }
    }
    const failure = (0,errors/* networkFailure */.rd)(error);
    return failure && (0,errors/* unreachableMessage */.Ep)(failure.host, failure.reason);
}

;// CONCATENATED MODULE: ./.build/core/action/entry.js





/**
 * The refusal policy for configuration errors, in one place: nothing is requested or written
 * except a job summary with one `configuration` row per problem (what to fix), the refusal
 * outputs, and the failed step whose message lists every problem. Undeclared `INPUT_*`
 * variables (a misspelled `with:` key) are problems too, reported with the rest.
 */
async function runEntry(spec, env = process.env) {
    await runAction(async () => {
        const read = (name) => env[(0,reader/* inputVariable */.LO)(name)];
        const problems = (0,reader/* undeclaredInputs */.b5)(env, spec.inputNames);
        let inputs;
        try {
            inputs = spec.parse(read, env);
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j1))
                throw error;
            problems.push(...error.problems);
        }
        if (problems.length > 0 || inputs === undefined) {
            await refuseConfiguration(spec, problems);
            throw new errors/* ConfigurationError */.j1(problems);
        }
        await spec.run(inputs);
    });
}
/** Writes the refusal's summary and outputs (see {@link runEntry}). */
async function refuseConfiguration(spec, problems) {
    const report = new action_report/* Report */.pl(`${spec.name}: configuration refused`);
    for (const problem of problems)
        report.fail('configuration', problem);
    try {
        await (0,action_report/* publishReport */.S3)(report, ['Nothing was requested or changed. Fix the inputs above and run again.']);
    }
    catch (error) {
        // A summary that cannot be written must not hide the configuration error itself.
        problems.push(`(the job summary could not be written: ${(0,errors/* messageOf */.bD)(error)})`);
    }
    if (spec.refusalOutputs) {
        const reason = 'ok' in spec.refusalOutputs ? { reason: problems.join('\n') } : {};
        (0,outputs/* setOutputs */.n)({ ...spec.refusalOutputs, ...reason });
    }
}


/***/ }),

/***/ 985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ info)
/* harmony export */ });
/* unused harmony export warning */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2269);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3442);


/*
 * Log lines for actions and the core they compose, so that only core/action speaks the runner's
 * protocol (workflow-commands.ts). Every line is redacted: a message built from an error can carry a secret.
 */
/** A plain log line. */
function info(message) {
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(message));
}
/** A `::warning::` annotation: something the user should know, which does not fail the run. */
function warning(message) {
    commands.warning(redact(message));
}


/***/ }),

/***/ 7457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2269);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3442);


/**
 * Sets outputs. Booleans become 'true'/'false'. Each value is written to `GITHUB_OUTPUT` between
 * lines holding a random delimiter (workflow-commands.ts), so multi-line values (reports, notes)
 * are safe; a value that contained the delimiter would be refused, not written.
 */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(typeof value === 'string' ? value : String(value)));
    }
}


/***/ }),

/***/ 6081:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S3: () => (/* binding */ publishReport),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   pl: () => (/* binding */ Report)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2269);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3442);


/**
 * Collects verdict rows. The job summary table, the failure message and the annotations are
 * all rendered from these rows, so they can never disagree with each other.
 */
class Report {
    title;
    rows = [];
    constructor(title) {
        this.title = title;
    }
    add(verdict) {
        this.rows.push(verdict);
        return verdict;
    }
    pass(check, detail) {
        return this.add({ check, ok: true, detail });
    }
    fail(check, detail, where) {
        return this.add({ check, ok: false, detail, ...where });
    }
    /** True only when there is at least one row and no row failed: an empty report is not a pass. */
    get ok() {
        return this.rows.length > 0 && this.rows.every((r) => r.ok);
    }
    get failures() {
        return this.rows.filter((r) => !r.ok);
    }
    /** Every failed check, one a line. */
    failureMessage() {
        const failed = this.failures;
        if (failed.length === 0 && this.rows.length === 0)
            return `${this.title}: no check was run.`;
        const lines = failed.map((r) => `- ${r.check}: ${r.detail}`);
        return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(`${this.title}: ${failed.length} check${failed.length === 1 ? '' : 's'} failed:\n${lines.join('\n')}`);
    }
    /** The summary as markdown: a heading, one table with a row per check, then extra sections. */
    markdown(extra = []) {
        const head = `### ${escapeCell(this.title)} ${this.ok ? '✅ passed' : '❌ failed'}\n\n`;
        const table = ['| check | result | detail |', '| --- | --- | --- |'];
        for (const r of this.rows) {
            const where = r.file ? ` (${r.file}${r.line ? `:${r.line}` : ''})` : '';
            table.push(`| ${escapeCell(r.check)} | ${r.ok ? '✅ pass' : '❌ fail'} | ${escapeCell(r.detail + where)} |`);
        }
        return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(head + table.join('\n') + '\n' + extra.map((e) => `\n${e}\n`).join(''));
    }
}
/** Makes text safe in one markdown table cell. */
function escapeCell(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r?\n/g, '<br>');
}
/**
 * Writes the job summary and the annotations for every failed row that names a file. Safe to
 * call when no summary file is configured (local runs): it then only logs.
 */
async function publishReport(report, extra = []) {
    for (const row of report.failures) {
        if (row.file) {
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(`${row.check}: ${row.detail}`), {
                title: row.check,
                file: row.file,
                startLine: row.line,
            });
        }
    }
    const markdown = report.markdown(extra);
    if (process.env.GITHUB_STEP_SUMMARY) {
        await _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe(markdown);
    }
    else {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(markdown);
    }
}


/***/ }),

/***/ 3442:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   c: () => (/* binding */ registerSecret)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2269);

const secrets = new Set();
/**
 * Registers a value that must never appear in output: the runner masks it in logs, and
 * {@link redact} removes it from every message we build ourselves (summaries, outputs,
 * errors), which the runner's masking does not reach when they are written to files.
 */
function registerSecret(value) {
    if (!value)
        return;
    secrets.add(value);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
}
/** Replaces every registered secret in `text` with `***`. */
function redact(text) {
    let out = text;
    for (const secret of secrets) {
        if (secret.length > 0)
            out = out.split(secret).join('***');
    }
    return out;
}


/***/ }),

/***/ 2269:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/*
 * The runner's protocol, written by this module alone: workflow commands on stdout
 * (`::name key=value,…::message`) and file commands appended to the files the runner names in
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 *
 * Why not @actions/core: its top level imports its OIDC client, and with it @actions/http-client,
 * undici and @actions/exec, about 1 MB of code that V8 compiles and runs before an action can
 * read its first input. That alone took a bundle past 2.5× a bare `node -e 0`, and a refused
 * configuration needs none of it: only these few lines of protocol. Its package exports only its
 * root, so its lighter files cannot be imported on their own. The escaping and the delimiter
 * below are the protocol's (GitHub's "Workflow commands for GitHub Actions"), so the runner
 * reads exactly what it read before.
 */



/**
 * A message or property value as the runner reads it back: `%`, CR and LF are percent-encoded,
 * so a message can never end its own line and start a command of its own.
 */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property value also escapes `:` and `,`, which separate the properties from each other and the message. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Writes one workflow command line; properties without a value are left out. */
function issue(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    const head = props.length > 0 ? `::${command} ${props.join(',')}` : `::${command}`;
    process.stdout.write(`${head}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function annotationProperties(where) {
    return { title: where.title, file: where.file, line: where.startLine };
}
/** A plain log line. */
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
/** A debug log line (shown when the run has step debugging on). */
function debug(message) {
    issue('debug', {}, message);
}
/** A `::warning::` annotation. */
function warning(message, where = {}) {
    issue('warning', annotationProperties(where), message);
}
/** An `::error::` annotation. */
function error(message, where = {}) {
    issue('error', annotationProperties(where), message);
}
/** Fails the step: exit code 1 when the process ends, and the message as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Asks the runner to mask `value` in every log line from now on. */
function setSecret(value) {
    issue('add-mask', {}, value);
}
/**
 * Sets one output. In GITHUB_OUTPUT the value sits between two lines holding a random delimiter,
 * so a multi-line value cannot inject another output; a name or value holding the delimiter is
 * refused rather than written. Without GITHUB_OUTPUT (an old runner) the `set-output` command is
 * the fallback.
 */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
        issue('set-output', { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID()}`;
    if (name.includes(delimiter)) {
        throw new Error(`output name '${name}' holds the GITHUB_OUTPUT delimiter; not written`);
    }
    if (value.includes(delimiter)) {
        throw new Error(`the value of output '${name}' holds the GITHUB_OUTPUT delimiter; not written`);
    }
    // The runner creates the file; one that is missing means the environment is not a runner's.
    if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file)) {
        throw new Error(`GITHUB_OUTPUT names ${file}, which does not exist: output '${name}' was not written`);
    }
    const eol = node_os__WEBPACK_IMPORTED_MODULE_2__.EOL;
    node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync(file, `${name}<<${delimiter}${eol}${value}${eol}${delimiter}${eol}`, {
        encoding: 'utf8',
    });
}
/** Appends markdown (and a line end) to the job summary file named by GITHUB_STEP_SUMMARY. */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error('GITHUB_STEP_SUMMARY is not set, so the job summary cannot be written (is this a runner?)');
    }
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.access(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
    }
    catch {
        throw new Error(`the job summary file ${file} (GITHUB_STEP_SUMMARY) cannot be read and written`);
    }
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.appendFile(file, markdown + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL, { encoding: 'utf8' });
}


/***/ }),

/***/ 1439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ envNumber)
/* harmony export */ });
/**
 * A whole number of milliseconds or seconds from a `SEALED_RELEASE_*` variable, by which the
 * loopback tests and the rehearsal shorten waits. Anything but plain digits (unset, empty,
 * negative, a fraction, a unit) is ignored and the caller keeps its default: these variables
 * only ever shorten a wait under test, so a typo must not change what a real run does.
 */
function envNumber(name, env = process.env) {
    const raw = env[name];
    return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
}


/***/ }),

/***/ 8005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ BaseError),
/* harmony export */   DD: () => (/* binding */ causeChain),
/* harmony export */   Ep: () => (/* binding */ unreachableMessage),
/* harmony export */   OM: () => (/* binding */ messageWithCauses),
/* harmony export */   Ro: () => (/* binding */ ChecksFailedError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   rd: () => (/* binding */ networkFailure)
/* harmony export */ });
/*
 * The errors sealed-release throws on purpose. Each class carries a `code` from a closed union,
 * as sigstore-js's `BaseError<Code>` does: code decides, the message is for people. Never branch
 * on a message's wording: a reworded message would silently change what the code does.
 */
/** The base of every error thrown on purpose; `code` is what callers branch on. */
class BaseError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
    }
}
/**
 * A mistake in how the action was configured (a bad input, a missing file the user named).
 * The error boundary reports it as the user's to fix, distinct from an internal failure. It
 * carries every problem found, so one run reports them all: one problem is the message itself,
 * several are listed one a line.
 */
class ConfigurationError extends BaseError {
    problems;
    constructor(problems, options = {}) {
        const list = typeof problems === 'string' ? [problems] : problems;
        super(options.code ?? 'INVALID_INPUT', list.length === 1
            ? list[0]
            : `${list.length} configuration problems:\n${list.map((p) => `- ${p}`).join('\n')}`, { cause: options.cause });
        this.name = 'ConfigurationError';
        this.problems = list;
    }
}
/**
 * One or more checks said no. The message already lists every failed check; the rows were
 * written to the job summary before this is thrown.
 */
class ChecksFailedError extends BaseError {
    constructor(message) {
        super('CHECKS_FAILED', message);
        this.name = 'ChecksFailedError';
    }
}
/** The message of anything thrown, never the object itself (which may carry request headers). */
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/**
 * The error and its causes, outermost first (at most `depth`; causes can form a cycle). Read as
 * a plain `cause` property, not through `instanceof Error`: fetch's errors come from Node's own
 * realm, which is not the caller's under a VM sandbox such as Jest's.
 */
function causeChain(error, depth = 8) {
    const chain = [];
    for (let current = error; current !== undefined && current !== null && chain.length < depth;) {
        if (chain.includes(current))
            break;
        chain.push(current);
        current = typeof current === 'object' ? current.cause : undefined;
    }
    return chain;
}
/**
 * The message with its causes ("a: b: c"), for libraries that wrap the useful reason in a
 * generic one (sigstore-js: "error creating signing certificate"). Callers redact it as usual.
 */
function messageWithCauses(error) {
    const parts = [];
    for (const current of causeChain(error, 5)) {
        const message = messageOf(current);
        if (message && !parts.includes(message))
            parts.push(message);
    }
    return parts.join(': ');
}
/**
 * The error codes of a connection that failed below HTTP, in words: Node's system errors and
 * undici's own. A code not listed here is not treated as a network failure.
 */
const NETWORK_CODES = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ECONNABORTED: 'connection aborted',
    EPIPE: 'connection closed while sending',
    ETIMEDOUT: 'connection timed out',
    ENOTFOUND: 'host name not found',
    EAI_AGAIN: 'host name lookup failed',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_HEADERS_TIMEOUT: 'no response in time',
    UND_ERR_BODY_TIMEOUT: 'the response stalled',
    UND_ERR_SOCKET: 'connection closed by the other side',
    UND_ERR_CLOSED: 'connection closed',
};
/**
 * Recognises a network failure anywhere in an error's cause chain by its `code` (fetch wraps it
 * as `TypeError: fetch failed` with the system error as its cause; octokit wraps that again),
 * or undefined when the error is something else.
 */
function networkFailure(error) {
    let found;
    for (const link of causeChain(error)) {
        // An AggregateError (every address of a name refused) holds the per-address errors.
        const errors = link?.errors;
        for (const candidate of [link, ...(Array.isArray(errors) ? errors : [])]) {
            const code = candidate?.code;
            if (typeof code !== 'string' || !Object.hasOwn(NETWORK_CODES, code))
                continue;
            const failure = { host: hostOfSystemError(candidate), reason: `${NETWORK_CODES[code]} (${code})` };
            // The first one that names its host wins; the outermost otherwise.
            if (failure.host !== undefined)
                return failure;
            found ??= failure;
        }
    }
    return found;
}
/** `hostname`, or `address:port`, of a Node system error (ENOTFOUND has the first, ECONNREFUSED the second). */
function hostOfSystemError(error) {
    const e = error;
    if (typeof e.hostname === 'string' && e.hostname)
        return e.hostname;
    if (typeof e.address === 'string' && e.address) {
        const address = e.address.includes(':') ? `[${e.address}]` : e.address;
        return typeof e.port === 'number' ? `${address}:${e.port}` : address;
    }
    return undefined;
}
/** "could not reach <host>: <reason>", the one wording of a network failure. */
function unreachableMessage(host, reason) {
    return `could not reach ${host ?? 'the server'}: ${reason}`;
}


/***/ }),

/***/ 6756:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ parseRepository)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8005);

/** Parses the `repository` input (`owner/name`). */
function parseRepository(input, value) {
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(value.trim());
    if (!match || match[2] === '.' || match[2] === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' must be 'owner/name', got '${value}'.`);
    }
    return { owner: match[1], repo: match[2] };
}


/***/ }),

/***/ 4196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   fe: () => (/* binding */ parseTagName),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   qL: () => (/* binding */ parseSha),
/* harmony export */   uV: () => (/* binding */ parseLineList),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports parseList, MAX_DURATION_MS, tagFromInputOrRef */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8005);

/*
 * The shared value parsers. Each takes the input's name, so every error names the input, the
 * value it got and the form it accepts. They are pure: no environment, no @actions/core.
 */
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/** YAML 1.2 core schema booleans, nothing else (no `yes`, `on`, `1`). */
function parseBoolean(name, raw) {
    const value = raw.trim();
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be a boolean (true | True | TRUE | false | False | FALSE), got '${raw}'.`);
}
/** One item a line; blank lines and lines starting with `#` are ignored; items are trimmed. */
function parseList(raw) {
    return raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/**
 * A list input whose single line holds commas is almost always `a, b, c` written for a
 * comma-separated list; the contract says one item a line, so say that rather than look for a
 * file named `a, b, c`.
 */
function parseLineList(name, raw) {
    const items = parseList(raw);
    if (items.length === 1 && /,\s*\S/.test(items[0]) && !/[{}]/.test(items[0])) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' takes one item a line, not a comma-separated list: got '${items[0]}'. Write each item on its own line (a YAML block scalar, '${name}: |').`);
    }
    return items;
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** The longest wait any input may ask for: a day. Longer is a typo (`1e9h`), never a plan. */
const MAX_DURATION_MS = 24 * UNIT_MS.h;
/**
 * Durations such as `0`, `90s`, `20m`, `1h`, `1h30m`, `500ms`. A bare number is seconds.
 * Returns milliseconds; at most a day.
 */
function parseDuration(name, raw) {
    const value = raw.trim();
    const form = 'a duration such as 0, 90s, 20m, 1h or 1h30m (at most 24h)';
    let total;
    if (/^\d+$/.test(value)) {
        total = Number(value) * 1000;
    }
    else {
        const parts = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/.exec(value);
        if (!parts || value === '' || parts.slice(1).every((p) => p === undefined)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be ${form}, got '${raw}'.`);
        }
        const [, h, m, s, ms] = parts;
        total =
            Number(h ?? 0) * UNIT_MS.h + Number(m ?? 0) * UNIT_MS.m + Number(s ?? 0) * UNIT_MS.s + Number(ms ?? 0);
    }
    if (!Number.isSafeInteger(total) || total > MAX_DURATION_MS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be ${form}, got '${raw}', which is too long.`);
    }
    return total;
}
/** A value from a fixed set; the error lists the allowed values. */
function parseEnum(name, raw, allowed) {
    const value = raw.trim();
    if (allowed.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got '${raw}'.`);
}
/** A non-negative whole number, at least `min`. */
function parseInteger(name, raw, min = 0) {
    const value = raw.trim();
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be a whole number of at least ${min}, got '${raw}'.`);
    }
    return Number(value);
}
const HEX40 = /^[0-9a-f]{40}$/;
/** A full commit SHA: 40 hexadecimal characters, returned lowercased. Short SHAs are ambiguous. */
function parseSha(name, raw) {
    const value = raw.trim().toLowerCase();
    if (!HEX40.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be a full 40-character hexadecimal commit SHA, got '${raw}'.`);
    }
    return value;
}
/**
 * A git tag name. The one tag parser of every action: surrounding white space is trimmed (as
 * the runner's own inputs are), a `refs/tags/` prefix is dropped, and anything git's
 * check-ref-format would refuse is refused, as is anything outside printable ASCII. Lookalike
 * and invisible characters (a Cyrillic `v`, a zero-width space) make a tag that looks like the
 * release and is not, so they are never accepted here.
 */
function parseTagName(name, raw) {
    const value = raw.trim().replace(/^refs\/tags\//, '');
    const bad = value === '' ||
        !/^[\x21-\x7e]+$/.test(value) ||
        /[~^:?*[\\]/.test(value) ||
        value.includes('..') ||
        value.includes('@{') ||
        value === '@' ||
        value.startsWith('-') ||
        value.startsWith('/') ||
        value.endsWith('/') ||
        value.endsWith('.') ||
        value.endsWith('.lock') ||
        value.split('/').some((part) => part.startsWith('.') || part === '' || part.endsWith('.lock'));
    if (bad) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be a git tag name such as v1.2.3 (printable ASCII, no spaces, none of ~^:?*[\\, no '..'), got '${raw}'.`);
    }
    return value;
}
/**
 * The release tag: the `tag` input when given, else the tag of `GITHUB_REF`. A run on a branch
 * with no `tag` input is a configuration error, never a release named after the branch.
 */
function tagFromInputOrRef(name, given, ref) {
    if (given !== undefined && given.trim() !== '')
        return parseTagName(name, given);
    if (!ref.startsWith('refs/tags/')) {
        throw new ConfigurationError(`Input '${name}' is not set and GITHUB_REF ('${ref}') is not a tag: give the tag to release, or run on a tag push.`);
    }
    return parseTagName(name, ref);
}


/***/ }),

/***/ 7781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   LO: () => (/* binding */ inputVariable),
/* harmony export */   b5: () => (/* binding */ undeclaredInputs)
/* harmony export */ });
/* unused harmony exports envInputReader, objectInputReader */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8005);
/* harmony import */ var _parsers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4196);


/** The runner's variable for an input: `INPUT_` + the name upper-cased, spaces as `_`. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/**
 * Reads raw inputs from the runner's `INPUT_*` variables, named as @actions/core names them.
 * Parsers take a reader instead of calling @actions/core, so one action can parse another's
 * inputs (the root preflight reads tag-semver-guard's and require-ci-green's) with the same
 * code, and tests hand them a plain object.
 */
const envInputReader = (name) => process.env[inputVariable(name)];
/** A reader over a plain object, for tests and for composing actions in-process. */
function objectInputReader(values) {
    return (name) => values[name];
}
/** `version_files` and `Version-Files` are both near misses of `version-files`. */
function normalise(name) {
    return name.toLowerCase().replace(/[-_ ]/g, '');
}
/**
 * Every `INPUT_*` variable in `env` that names no declared input. The runner passes a
 * misspelled `with:` key (`version_files`) on as `INPUT_VERSION_FILES` and only warns, so
 * without this a typo silently drops a check. Each problem suggests the declared name it
 * resembles.
 */
function undeclaredInputs(env, declared) {
    const known = new Map(declared.map((name) => [inputVariable(name), name]));
    const problems = [];
    for (const variable of Object.keys(env).sort()) {
        if (!variable.startsWith('INPUT_') || known.has(variable))
            continue;
        const given = variable.slice('INPUT_'.length).toLowerCase();
        const near = declared.find((name) => normalise(name) === normalise(given));
        problems.push(`Input '${given}' is not an input of this action` +
            (near
                ? `: did you mean '${near}'?`
                : `; its inputs are ${declared.map((d) => `'${d}'`).join(', ')}.`));
    }
    return problems;
}
/**
 * The one input layer. Each accessor parses one input and, instead of throwing at the first
 * mistake, records the problem and returns a placeholder, so that `finish()` can report every
 * configuration error at once, each naming the input, the value and the accepted form. Nothing
 * is requested or written before `finish()` has passed.
 */
class Inputs {
    read;
    problems = [];
    /** Inputs whose value was refused, so a later rule on the same input does not pile on. */
    refused = new Set();
    constructor(read, declared, env = {}) {
        this.read = read;
        if (declared)
            this.problems.push(...undeclaredInputs(env, declared));
    }
    /** Inputs from the runner's environment, refusing undeclared `INPUT_*` variables. */
    static fromEnv(declared, env = process.env) {
        return new Inputs((name) => env[inputVariable(name)], declared, env);
    }
    /** The value trimmed, or undefined when unset or blank. */
    optional(name) {
        const value = this.read(name)?.trim();
        return value === undefined || value === '' ? undefined : value;
    }
    /** The raw value, untrimmed ('' when unset): for multi-line values. */
    raw(name) {
        return this.read(name) ?? '';
    }
    /** A required value: absent or blank is a problem (and '' is returned). */
    required(name, form) {
        const value = this.optional(name);
        if (value === undefined)
            this.problem(`Input '${name}' is required: give ${form}.`);
        return value ?? '';
    }
    boolean(name, fallback) {
        return this.parse(name, (raw) => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)(name, raw)) ?? fallback;
    }
    /** One item a line; `required` makes an empty list a problem. */
    list(name, options = {}) {
        const items = this.attemptFor(name, () => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLineList */ .uV)(name, this.raw(name))) ?? [];
        if (options.required && items.length === 0 && !this.refused.has(name)) {
            this.problem(`Input '${name}' is required: give ${options.required}, one a line.`);
        }
        return items;
    }
    /** Milliseconds. */
    duration(name, fallback) {
        return this.parse(name, (raw) => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(name, raw)) ?? (0,_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(name, fallback);
    }
    enum(name, allowed, fallback) {
        return this.parse(name, (raw) => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEnum */ .nL)(name, raw, allowed)) ?? fallback;
    }
    integer(name, fallback, min = 0) {
        return this.parse(name, (raw) => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInteger */ .cG)(name, raw, min)) ?? fallback;
    }
    sha(name) {
        return this.parse(name, (raw) => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSha */ .qL)(name, raw));
    }
    tag(name) {
        return this.parse(name, (raw) => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTagName */ .fe)(name, raw));
    }
    /** Parses a set input with `fn`; an unset or blank input gives undefined. */
    parse(name, fn) {
        const raw = this.read(name);
        if (raw === undefined || raw.trim() === '')
            return undefined;
        return this.attemptFor(name, () => fn(raw));
    }
    /** {@link attempt}, remembering that `name` was refused. */
    attemptFor(name, fn) {
        const before = this.problems.length;
        const value = this.attempt(fn);
        if (this.problems.length > before)
            this.refused.add(name);
        return value;
    }
    /** Runs a check; a ConfigurationError becomes a recorded problem (anything else is a bug). */
    attempt(fn) {
        try {
            return fn();
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1))
                throw error;
            this.problems.push(...error.problems);
            return undefined;
        }
    }
    /** Records a problem found by the action's own cross-input rules. */
    problem(message) {
        this.problems.push(message);
    }
    get ok() {
        return this.problems.length === 0;
    }
    /** Throws one ConfigurationError listing every recorded problem; returns `value` otherwise. */
    finish(value) {
        if (this.problems.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(this.problems);
        return value;
    }
}


/***/ }),

/***/ 2720:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8005);



/** The workspace root: `GITHUB_WORKSPACE`, else the current directory. */
function workspaceRoot() {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(process.env.GITHUB_WORKSPACE || process.cwd());
}
function isInside(root, candidate) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, candidate);
    // Only a whole `..` segment leaves the root: a file named `..notes.md` is inside it.
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
/**
 * Resolves a user-given path inside the workspace. Refuses `..` escapes, absolute paths
 * outside it and symlinks that lead out of it (checked on the real path), because a release
 * step must only ever read files the workflow put in its own workspace.
 * A path that does not exist is returned unresolved when `mustExist` is false.
 */
function resolveInWorkspace(input, given, options = {}) {
    const root = options.root ?? workspaceRoot();
    if (given.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': path '${given}' contains a NUL byte.`, {
            code: 'OUTSIDE_WORKSPACE',
        });
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, given);
    if (!isInside(root, resolved)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': path '${given}' is outside the workspace (${root}).`, {
            code: 'OUTSIDE_WORKSPACE',
        });
    }
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(resolved);
    }
    catch {
        if (options.mustExist === false)
            return resolved;
        // Coded, so callers that treat a missing file their own way (a version file) need not
        // recognise it by these words.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': file '${given}' does not exist.`, {
            code: 'FILE_NOT_FOUND',
        });
    }
    if (!isInside(root, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': path '${given}' leads outside the workspace through a symbolic link (to ${real}).`, { code: 'OUTSIDE_WORKSPACE' });
    }
    return real;
}
/** A path relative to the workspace, with forward slashes, for messages and annotations. */
function displayPath(absolute, root = workspaceRoot()) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, absolute);
    return isInside(root, absolute) ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') : absolute;
}


/***/ }),

/***/ 1396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M5: () => (/* binding */ cratesSource),
/* harmony export */   _N: () => (/* binding */ DEFAULT_CRATES_API_URL),
/* harmony export */   sO: () => (/* binding */ DEFAULT_CRATES_INDEX_URL)
/* harmony export */ });
/* unused harmony exports cratesIndexPath, findIndexLine */
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9236);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7191);
/*
 * crates.io: the sparse index holds one JSON line per published version of a crate, each with
 * its `vers` and `cksum` (the sha256 of the .crate file, computed by the registry at publish).
 * The bytes are at the API's `/api/v1/crates/<crate>/<version>/download`. A crate or version
 * that is not in the index is "not there yet": the index lags a `cargo publish` briefly.
 */


const DEFAULT_CRATES_INDEX_URL = 'https://index.crates.io';
const DEFAULT_CRATES_API_URL = 'https://crates.io';
/**
 * The index path of a crate, as Cargo's registry index defines it (names lowercased): one- and
 * two-letter names under `1/` and `2/`, three-letter names under `3/<first letter>/`, longer
 * names under `<first two>/<next two>/`.
 */
function cratesIndexPath(crate) {
    const name = crate.toLowerCase();
    if (name.length === 1)
        return `1/${name}`;
    if (name.length === 2)
        return `2/${name}`;
    if (name.length === 3)
        return `3/${name[0]}/${name}`;
    return `${name.slice(0, 2)}/${name.slice(2, 4)}/${name}`;
}
/** The source for `crates:CRATE@VERSION`. */
function cratesSource(reference, options = {}) {
    const indexUrl = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .joinUrl */ .we)(options.indexUrl ?? DEFAULT_CRATES_INDEX_URL, cratesIndexPath(reference.crate));
    const apiUrl = options.apiUrl ?? DEFAULT_CRATES_API_URL;
    return {
        reference,
        algorithm: 'sha256',
        servesBytes: true,
        async lookup() {
            const text = await (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .getText */ .q4)(reference.raw, indexUrl, 'the crates index file', {
                ...options.http,
                accept: 'text/plain, application/json',
            });
            const missing = `the crates index does not list ${reference.crate} ${reference.version}`;
            if (text === undefined)
                return { state: 'pending', detail: `${missing} (404 from ${indexUrl})` };
            const line = findIndexLine(reference.raw, text, reference.crate, reference.version);
            if (!line)
                return { state: 'pending', detail: `${missing} (${indexUrl})` };
            const file = {
                // `cargo package` names the file after the crate as published (its own casing).
                name: `${line.name}-${line.vers}.crate`,
                published: { sha256: line.cksum },
                url: (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .joinUrl */ .we)(apiUrl, `api/v1/crates/${encodeURIComponent(line.name)}/${encodeURIComponent(line.vers)}/download`),
                note: line.yanked ? 'yanked on crates.io' : undefined,
            };
            return { state: 'found', files: [file] };
        },
    };
}
/**
 * The index line of one version. Every line is parsed (a malformed line anywhere makes the file
 * untrustworthy), names compare case-insensitively as crates.io does, versions exactly.
 */
function findIndexLine(reference, text, crate, version) {
    let found;
    for (const [i, raw] of text.split('\n').entries()) {
        if (raw.trim() === '')
            continue;
        let entry;
        try {
            entry = JSON.parse(raw);
        }
        catch {
            throw new _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(reference, `the crates index file has a line that is not JSON (line ${i + 1})`);
        }
        if (!(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(entry) || typeof entry.name !== 'string' || typeof entry.vers !== 'string') {
            throw new _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(reference, `the crates index file has a line without name and vers (line ${i + 1})`);
        }
        if (entry.name.toLowerCase() !== crate.toLowerCase()) {
            throw new _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(reference, `the crates index file lists another crate '${entry.name}' (line ${i + 1})`);
        }
        if (entry.vers !== version)
            continue;
        const cksum = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(entry.cksum);
        if (!cksum)
            throw new _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(reference, `the index line of ${version} has no sha256 cksum (line ${i + 1})`);
        if (found && found.cksum !== cksum) {
            throw new _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(reference, `the crates index lists ${version} twice with different checksums`);
        }
        found = { name: entry.name, vers: entry.vers, cksum, yanked: entry.yanked === true };
    }
    return found;
}


/***/ }),

/***/ 9236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ TransientFailure),
/* harmony export */   Fd: () => (/* binding */ retryableStatus),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   SB: () => (/* binding */ fetchFollowing),
/* harmony export */   Tt: () => (/* binding */ getJson),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   q4: () => (/* binding */ getText),
/* harmony export */   we: () => (/* binding */ joinUrl)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8500);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8005);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7191);
/*
 * Reading registry metadata (PyPI JSON, the crates sparse index, npm packuments): GET only,
 * retried on 5xx, 429 and broken connections, 404 answered as "not there", anything else a
 * RegistryError naming the reference. Metadata is small; the bytes themselves go through
 * download.ts.
 */



/** A try that another try may cure; `afterMs` when the server said how long to wait (Retry-After). */
class TransientFailure extends Error {
    afterMs;
    constructor(message, afterMs, options) {
        super(message, options);
        this.afterMs = afterMs;
    }
}
/**
 * The retry policy of every registry read (metadata and downloads alike): up to `attempts`
 * tries, waiting `backoffMs` doubled after each failed one, or what a Retry-After asked for
 * (more than `maxWaitMs` fails at once). `tryOnce` throws a TransientFailure for what another
 * try may cure; anything else it throws ends the read as it is.
 */
async function withRetries(options, tryOnce, failures) {
    const attempts = options.attempts ?? 5;
    const backoffMs = options.backoffMs ?? 1000;
    const maxWaitMs = options.maxWaitMs ?? 60_000;
    const sleep = options.sleep ?? node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout;
    for (let attempt = 1;; attempt++) {
        let wait = backoffMs * 2 ** (attempt - 1);
        let last;
        try {
            return await tryOnce();
        }
        catch (error) {
            if (!(error instanceof TransientFailure))
                throw error;
            last = error.message;
            if (error.afterMs !== undefined) {
                if (error.afterMs > maxWaitMs)
                    throw failures.waitTooLong(last, error.afterMs, maxWaitMs);
                wait = error.afterMs;
            }
        }
        if (attempt >= attempts)
            throw failures.exhausted(attempts, last);
        await sleep(wait);
    }
}
/** The body of a 200, or undefined for a 404/410. */
async function getText(reference, url, what, options = {}) {
    const checked = (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .checkDownloadUrl */ .At)(url);
    if (typeof checked === 'string')
        throw new _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(reference, `${what} URL '${url}' ${checked}`);
    const tryOnce = async () => {
        try {
            const response = await fetchFollowing(reference, checked, what, {
                headers: { accept: options.accept ?? 'application/json' },
                signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
            });
            if (response.status === 404 || response.status === 410) {
                await response.body?.cancel();
                return undefined;
            }
            if (response.status === 200) {
                // A body cut short fails here (undici rejects the read), and is retried like a 5xx.
                return await response.text();
            }
            await response.body?.cancel();
            const last = `HTTP ${response.status}`;
            if (!retryableStatus(response.status))
                throw new _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(reference, `${what} answered ${last}`);
            throw new TransientFailure(last, retryAfterMs(response));
        }
        catch (error) {
            if (error instanceof _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl || error instanceof TransientFailure)
                throw error;
            throw new TransientFailure((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error), undefined, { cause: error });
        }
    };
    return withRetries(options, tryOnce, {
        exhausted: (attempts, last) => new _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(reference, `${what} could not be read after ${attempts} tries (last: ${last})`),
        waitTooLong: (_last, askedMs) => new _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(reference, `${what} asked to wait ${askedMs / 1000} s`),
    });
}
/** Redirects followed at most (a registry's CDN may add one or two). */
const MAX_REDIRECTS = 5;
/**
 * GET with redirects followed by hand, each hop's URL checked: `redirect: 'follow'` would
 * accept a hop through plain http, where anyone on the path could send the client on to a
 * host of their choosing, and only the final URL could be checked. `authorization` is sent to
 * the first URL's origin only: a release asset redirects to a storage host, which must never
 * see the token.
 */
async function fetchFollowing(reference, start, what, options) {
    let url = start;
    for (let hop = 0;; hop++) {
        const headers = { ...options.headers, 'user-agent': 'sealed-release' };
        if (options.authorization !== undefined && url.origin === start.origin)
            headers.authorization = options.authorization;
        const response = await fetch(url, { headers, redirect: 'manual', signal: options.signal });
        const location = response.headers.get('location');
        if (response.status < 300 || response.status > 399 || location === null)
            return response;
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS)
            throw new _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(reference, `${what} redirected more than ${MAX_REDIRECTS} times`);
        const next = (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .checkDownloadUrl */ .At)(new URL(location, url).href);
        if (typeof next === 'string')
            throw new _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(reference, `${what} was redirected to a URL that ${next}`);
        url = next;
    }
}
/** Whether a status is worth another try: the server's trouble or a rate limit, not an answer. */
function retryableStatus(status) {
    return status >= 500 || status === 429 || status === 408;
}
/**
 * The wait a Retry-After header asks for, in ms (delta-seconds only), or undefined when there is
 * none or it is not a number of seconds.
 */
function retryAfterMs(response) {
    const value = response.headers.get('retry-after')?.trim();
    return value && /^\d+$/.test(value) ? Number(value) * 1000 : undefined;
}
/** A JSON document, or undefined for a 404. Malformed JSON is a RegistryError naming the reference. */
async function getJson(reference, url, what, options = {}) {
    const text = await getText(reference, url, what, options);
    if (text === undefined)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(reference, `${what} is not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)})`);
    }
}
/** Joins a base URL (which may have a path, as mirrors do) and a path. */
function joinUrl(base, path) {
    return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
/** True when `value` is a plain JSON object. */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A lowercase 64-hex sha256, or undefined when `value` is not one. */
function sha256Hex(value) {
    return typeof value === 'string' && /^[0-9a-fA-F]{64}$/.test(value) ? value.toLowerCase() : undefined;
}


/***/ }),

/***/ 3379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ npmSource),
/* harmony export */   aF: () => (/* binding */ DEFAULT_NPM_REGISTRY)
/* harmony export */ });
/* unused harmony exports packumentPath, npmPackFileName, sha512OfIntegrity, parsePackumentVersion, upgradeTarballUrl */
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9236);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7191);
/*
 * npm: the packument (`<registry>/<name>`, a scoped name with its '/' escaped) lists every
 * version; `versions[v].dist.integrity` is a Subresource Integrity string whose sha512 the
 * registry computed at publish, and `dist.tarball` is where the bytes are. Only the sha512 is
 * accepted as the identity (the legacy `shasum` is sha1, which is not collision-resistant).
 */


const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org';
/** The packument URL path of a package name (`@scope/name` → `@scope%2fname`). */
function packumentPath(name) {
    return name.startsWith('@') ? name.replace('/', '%2f') : name;
}
/**
 * The file name `npm pack` gives a version's tarball, which is what the local file is called:
 * `name-1.2.3.tgz`, and for `@scope/name` `scope-name-1.2.3.tgz`.
 */
function npmPackFileName(name, version) {
    return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}
/** The sha512 hex digests an SRI string carries (it may list several, space-separated). */
function sha512OfIntegrity(integrity) {
    const out = [];
    for (const token of integrity.trim().split(/\s+/)) {
        const match = /^sha512-([A-Za-z0-9+/]{86}==)(?:\?.*)?$/.exec(token);
        if (match)
            out.push(Buffer.from(match[1], 'base64').toString('hex'));
    }
    return out;
}
// Kept alike on purpose (docs/ARCHITECTURE.md): every source fills in the same Source fields; the lookup is its own.
/** The source for `npm:NAME@VERSION`. */
function npmSource(reference, options = {}) {
    const registry = options.registry ?? DEFAULT_NPM_REGISTRY;
    const url = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .joinUrl */ .we)(registry, packumentPath(reference.name));
    return {
        reference,
        algorithm: 'sha512',
        servesBytes: true,
        async lookup() {
            const doc = await (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(reference.raw, url, 'the npm packument', options.http);
            const missing = `the npm registry does not serve ${reference.name}@${reference.version}`;
            if (doc === undefined)
                return { state: 'pending', detail: `${missing} (404 from ${url})` };
            const file = parsePackumentVersion(reference.raw, doc, reference.name, reference.version, registry);
            if (!file)
                return { state: 'pending', detail: `${missing} (not in the packument's versions)` };
            return { state: 'found', files: [file] };
        },
    };
}
/** The tarball of one version of a packument, or undefined when the version is not listed. */
function parsePackumentVersion(reference, doc, name, version, registry) {
    const bad = (why) => new _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(reference, `the npm packument ${why}`);
    if (!(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(doc) || !(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(doc.versions))
        throw bad("has no 'versions' object");
    if (doc.name !== undefined && doc.name !== name)
        throw bad(`is for another package ('${String(doc.name)}')`);
    const entry = doc.versions[version];
    if (entry === undefined)
        return undefined;
    if (!(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(entry) || !(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(entry.dist))
        throw bad(`has no dist for ${version}`);
    const { tarball, integrity } = entry.dist;
    if (typeof tarball !== 'string')
        throw bad(`has no dist.tarball for ${version}`);
    const published = {};
    if (integrity !== undefined) {
        if (typeof integrity !== 'string')
            throw bad(`has a dist.integrity for ${version} that is not a string`);
        const digests = [...new Set(sha512OfIntegrity(integrity))];
        // Two different sha512 values for one tarball cannot both be right: refuse to choose.
        if (digests.length > 1)
            throw bad(`lists ${digests.length} different sha512 digests for ${version}`);
        if (digests.length === 0 && /sha512-/.test(integrity))
            throw bad(`has a malformed sha512 integrity for ${version}`);
        if (digests.length === 1)
            published.sha512 = digests[0];
    }
    return { name: npmPackFileName(name, version), published, url: upgradeTarballUrl(tarball, registry) };
}
/**
 * Old packuments list `http://` tarball URLs on the registry's own host; npm itself fetches them
 * over https. The same upgrade is made here for the registry's host only (any other http URL is
 * refused at download time, loopback apart).
 */
function upgradeTarballUrl(tarball, registry) {
    if (!registry)
        return tarball;
    try {
        const t = new URL(tarball);
        const r = new URL(registry);
        if (t.protocol === 'http:' && r.protocol === 'https:' && t.host === r.host) {
            t.protocol = 'https:';
            return t.href;
        }
    }
    catch {
        // Not a URL: refused where it is used.
    }
    return tarball;
}


/***/ }),

/***/ 5404:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   So: () => (/* binding */ pypiSource),
/* harmony export */   jP: () => (/* binding */ DEFAULT_PYPI_URL)
/* harmony export */ });
/* unused harmony export parsePypiRelease */
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9236);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7191);
/*
 * PyPI: the JSON API's release endpoint, `/pypi/<project>/<version>/json`, lists every file of
 * the version in `urls[]`, each with its `filename`, download `url`, `size` and
 * `digests.sha256` (PyPI computes it at upload). A 404 means PyPI does not serve the version
 * (yet: the CDN may lag an upload by minutes).
 */


/** The public index; `pypi-url` points at a mirror (or the emulator). */
const DEFAULT_PYPI_URL = 'https://pypi.org';
// Kept alike on purpose (docs/ARCHITECTURE.md): every source fills in the same Source fields; the lookup is its own.
/** The source for `pypi:PROJECT==VERSION`. */
function pypiSource(reference, options = {}) {
    const base = options.baseUrl ?? DEFAULT_PYPI_URL;
    const url = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .joinUrl */ .we)(base, `pypi/${reference.project}/${reference.version}/json`);
    return {
        reference,
        algorithm: 'sha256',
        servesBytes: true,
        async lookup() {
            const doc = await (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(reference.raw, url, 'the PyPI release JSON', options.http);
            if (doc === undefined) {
                return {
                    state: 'pending',
                    detail: `PyPI does not serve ${reference.project} ${reference.version} (404 from ${url})`,
                };
            }
            return { state: 'found', files: parsePypiRelease(reference.raw, doc) };
        },
    };
}
/** The files of a PyPI release document; anything not of the documented shape is an error. */
function parsePypiRelease(reference, doc) {
    const bad = (why) => new _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(reference, `the PyPI release JSON ${why}`);
    if (!(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(doc) || !Array.isArray(doc.urls))
        throw bad("has no 'urls' list");
    const files = [];
    const seen = new Set();
    for (const [i, entry] of doc.urls.entries()) {
        if (!(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(entry))
            throw bad(`urls[${i}] is not an object`);
        const { filename, url, size, digests } = entry;
        if (typeof filename !== 'string' || filename === '' || /[\\/\0]/.test(filename)) {
            throw bad(`urls[${i}].filename is not a file name`);
        }
        if (typeof url !== 'string')
            throw bad(`urls[${i}].url is missing`);
        if (seen.has(filename))
            throw bad(`lists '${filename}' twice`);
        seen.add(filename);
        const published = {};
        if (digests !== undefined) {
            if (!(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(digests))
                throw bad(`urls[${i}].digests is not an object`);
            if (digests.sha256 !== undefined && digests.sha256 !== null) {
                // A digest that is there but not a sha256 is a lie or a format change: never skip it.
                const hex = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(digests.sha256);
                if (!hex)
                    throw bad(`urls[${i}].digests.sha256 is not a sha256 ('${String(digests.sha256)}')`);
                published.sha256 = hex;
            }
        }
        if (size !== undefined && !(Number.isSafeInteger(size) && size >= 0)) {
            throw bad(`urls[${i}].size is not a byte count`);
        }
        files.push({
            name: filename,
            published,
            size: size,
            url,
            note: entry.yanked === true ? 'yanked on PyPI' : undefined,
        });
    }
    return files;
}


/***/ }),

/***/ 7191:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ checkDownloadUrl),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   l5: () => (/* binding */ urlFileName),
/* harmony export */   tk: () => (/* binding */ digestLabel)
/* harmony export */ });
/* unused harmony exports REFERENCE_KINDS, REFERENCE_FORMS, isLoopbackHost */
/* harmony import */ var _inputs_parsers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4196);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8005);


const MODES = ['verify', 'canonicalize'];
/**
 * The source could not be read (malformed JSON, a 5xx storm that outlived the retries, a
 * download that broke off): a failed row naming the reference, never a pass and never a
 * "missing" that a canonicalize could mistake for "not published yet".
 */
class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BaseError */ .Cf {
    reference;
    constructor(reference, message, options) {
        super('UNREADABLE_REFERENCE', `${reference}: ${message}`, options);
        this.reference = reference;
        this.name = 'RegistryError';
    }
}
/** The reference kinds, in the order the `against` input documents them. */
const REFERENCE_KINDS = [
    'dir',
    'sums',
    'release',
    'pypi',
    'crates',
    'npm',
    'url',
];
const FORMS = {
    dir: 'dir:PATH',
    sums: 'sums:PATH',
    release: 'release:TAG',
    pypi: 'pypi:PROJECT==VERSION',
    crates: 'crates:CRATE@VERSION',
    npm: 'npm:NAME@VERSION',
    url: 'url:URL',
};
/** The accepted forms, for error messages. */
const REFERENCE_FORMS = REFERENCE_KINDS.map((k) => FORMS[k]).join(', ');
// Names and versions are restricted to what the registries themselves accept, and never hold
// '/', '?', '#' or '%': they are put into URL paths, and a name that could climb out of its path
// segment would make the action read another project's digests.
const PYPI_PROJECT = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const PYPI_VERSION = /^[A-Za-z0-9](?:[A-Za-z0-9.+!_-]*[A-Za-z0-9])?$/;
const CRATE = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const SEMVER_LIKE = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
/**
 * Parses one `against` line. Throws a plain Error whose message says what is wrong and the
 * accepted form; the input layer prefixes the input's name and collects every such error.
 */
function parseReference(line) {
    const raw = line.trim();
    const colon = raw.indexOf(':');
    const scheme = colon < 0 ? '' : raw.slice(0, colon);
    const rest = colon < 0 ? '' : raw.slice(colon + 1).trim();
    const bad = (why, kind) => new Error(`'${raw}' ${why}; expected ${kind ? FORMS[kind] : `one of ${REFERENCE_FORMS}`}.`);
    switch (scheme) {
        case 'dir':
        case 'sums':
            if (rest === '' || rest.includes('\0'))
                throw bad('has no path', scheme);
            return { kind: scheme, raw, path: rest };
        case 'release': {
            // The one tag parser of every action: lookalike and invisible characters are refused, so a
            // reference cannot name a tag that only looks like the release.
            let tag;
            try {
                tag = (0,_inputs_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTagName */ .fe)('against', rest);
            }
            catch {
                throw bad("is not a valid tag name (printable ASCII, no spaces, none of ~^:?*[\\, no '..')", 'release');
            }
            return { kind: 'release', raw, tag };
        }
        case 'pypi': {
            const match = /^([^=\s]+)==([^=\s]+)$/.exec(rest);
            if (!match)
                throw bad('does not name one exact version', 'pypi');
            if (!PYPI_PROJECT.test(match[1]))
                throw bad(`has an invalid project name '${match[1]}'`, 'pypi');
            if (!PYPI_VERSION.test(match[2]))
                throw bad(`has an invalid version '${match[2]}'`, 'pypi');
            return { kind: 'pypi', raw, project: match[1], version: match[2] };
        }
        case 'crates': {
            const at = rest.lastIndexOf('@');
            if (at <= 0)
                throw bad('does not name one exact version', 'crates');
            const crate = rest.slice(0, at);
            const version = rest.slice(at + 1);
            if (!CRATE.test(crate))
                throw bad(`has an invalid crate name '${crate}'`, 'crates');
            if (!SEMVER_LIKE.test(version))
                throw bad(`has an invalid version '${version}' (semver)`, 'crates');
            return { kind: 'crates', raw, crate, version };
        }
        case 'npm': {
            // '@scope/name@1.2.3': the version is after the last '@' that is not the scope's.
            const at = rest.lastIndexOf('@');
            if (at <= 0)
                throw bad('does not name one exact version', 'npm');
            const name = rest.slice(0, at);
            const version = rest.slice(at + 1);
            if (!NPM_NAME.test(name) || name.length > 214)
                throw bad(`has an invalid package name '${name}'`, 'npm');
            if (!SEMVER_LIKE.test(version))
                throw bad(`has an invalid version '${version}' (semver)`, 'npm');
            return { kind: 'npm', raw, name, version };
        }
        case 'url': {
            const checked = checkDownloadUrl(rest);
            if (typeof checked === 'string')
                throw bad(checked, 'url');
            const name = urlFileName(checked);
            if (name === undefined)
                throw bad('has no file name at the end of its path', 'url');
            return { kind: 'url', raw, url: checked.href };
        }
        default:
            throw bad(scheme === '' ? 'has no scheme' : `has an unknown scheme '${scheme}'`);
    }
}
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);
/** True for 127.0.0.0/8, ::1 and localhost: the only hosts where plain http is accepted. */
function isLoopbackHost(hostname) {
    return LOOPBACK_HOSTS.has(hostname) || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}
/**
 * A URL bytes or digests may be fetched from: https, or http on loopback only (tests, a local
 * mirror). Over plain http anyone on the path could serve other bytes, and where no digest is
 * published the download is the only evidence there is. Returns the URL, or why it is refused.
 */
function checkDownloadUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return 'is not a URL';
    }
    if (url.username || url.password)
        return 'carries credentials in the URL';
    if (url.protocol === 'https:')
        return url;
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname))
        return url;
    return `is not https (plain http is accepted on loopback only)`;
}
/** The last path segment, decoded: the file name a URL serves. */
function urlFileName(url) {
    const segment = url.pathname.split('/').pop() ?? '';
    let name;
    try {
        name = decodeURIComponent(segment);
    }
    catch {
        return undefined;
    }
    if (name === '' || name === '.' || name === '..' || /[\\/\0]/.test(name))
        return undefined;
    return name;
}
/** `sha256:<hex>` style label for a digest, used in rows and the report. */
function digestLabel(algorithm, hex) {
    return `${algorithm}:${hex}`;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5534);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
