import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

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

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

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

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

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

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

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

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 6460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 8551:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_action_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8459);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8402);


await (0,_core_action_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .runEntry */ .C)({
    name: 'undraft',
    inputNames: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_NAMES */ .Qh,
    parse: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .TL,
    run: async (inputs) => (await Promise.all(/* import() */[__nccwpck_require__.e(503), __nccwpck_require__.e(88)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8088))).run(inputs),
    refusalOutputs: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .REFUSAL_OUTPUTS */ .Ob,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qh: () => (/* binding */ INPUT_NAMES),
  Ob: () => (/* binding */ REFUSAL_OUTPUTS),
  TL: () => (/* binding */ parseInputs)
});

// EXTERNAL MODULE: ./.build/core/github/repository.js
var github_repository = __nccwpck_require__(6756);
// EXTERNAL MODULE: ./.build/core/inputs/parsers.js
var parsers = __nccwpck_require__(4196);
// EXTERNAL MODULE: ./.build/core/inputs/reader.js
var reader = __nccwpck_require__(7781);
;// CONCATENATED MODULE: ./.build/core/inputs/index.js
/** The one input layer: a collecting reader and the shared value parsers. */



// EXTERNAL MODULE: ./.build/core/sigstore/inputs.js
var sigstore_inputs = __nccwpck_require__(7758);
// EXTERNAL MODULE: ./.build/core/undraft/outputs.js
var outputs = __nccwpck_require__(7827);
;// CONCATENATED MODULE: ./.build/actions/undraft/inputs.js




/** Every input undraft's action.yml declares (a test keeps the two equal). */
const INPUT_NAMES = [
    'tag',
    'expected-assets',
    'exact',
    'require-signatures',
    'bundle-suffix',
    'verify-signatures',
    'certificate-identity',
    'certificate-oidc-issuer',
    'trusted-root',
    'sha256sums',
    'notes-path',
    'append-notes',
    'make-latest',
    'prerelease',
    'verify-release-attestation',
    'attestation-timeout',
    'attestation-trusted-root',
    'github-token',
    'repository',
];
/** The outputs of a refused configuration: nothing published (the core's light outputs module). */
const REFUSAL_OUTPUTS = outputs/* NOT_PUBLISHED_OUTPUTS */.q;
const TRI = ['auto', 'true', 'false'];
/**
 * Reads and checks every undraft input at once (pure: the reader supplies raw values, `env`
 * GITHUB_REF for the default tag). One ConfigurationError lists every problem; nothing is
 * requested before it passes. runEntry adds the inputs action.yml does not declare (a
 * misspelled `with:` key, which the runner passes on with only a warning) to the same list.
 */
function parseInputs(read, env = {}) {
    // Undeclared INPUT_* variables are refused by runEntry, with the other problems of this parse.
    const inputs = new reader/* Inputs */.G0(read);
    const tri = (name) => inputs.parse(name, (raw) => {
        // The YAML 1.2 core spellings of the booleans (True, FALSE…) mean true/false here too.
        const value = raw.trim();
        const normalised = /^(true|True|TRUE|false|False|FALSE)$/.test(value) ? value.toLowerCase() : value;
        if (!TRI.includes(normalised)) {
            inputs.problem(`Input '${name}' must be one of 'auto', 'true', 'false', got '${raw}'.`);
            return undefined;
        }
        return normalised;
    }) ?? 'auto';
    const token = inputs.required('github-token', 'a token (default ${{ github.token }})');
    const repository = inputs.attempt(() => (0,github_repository/* parseRepository */.S)('repository', inputs.optional('repository') ?? ''));
    const tag = inputs.attempt(() => (0,parsers/* tagFromInputOrRef */.pM)('tag', inputs.optional('tag'), env.GITHUB_REF ?? ''));
    const expectedAssets = inputs.list('expected-assets', {
        required: 'the asset names or globs that must be on the release',
    });
    for (const pattern of expectedAssets) {
        if (pattern.includes('/')) {
            inputs.problem(`Input 'expected-assets': '${pattern}' contains '/', but release asset names never do; give the asset name (e.g. app.tar.gz or *.tar.gz).`);
        }
    }
    const exact = inputs.boolean('exact', false);
    const requireSignatures = inputs.boolean('require-signatures', true);
    const verifySignatures = inputs.boolean('verify-signatures', false);
    const bundleSuffix = inputs.parse('bundle-suffix', (raw) => (0,sigstore_inputs/* parseBundleSuffix */.pu)('bundle-suffix', raw)) ?? '.sigstore.json';
    const certificateIdentity = inputs.optional('certificate-identity');
    if (verifySignatures && certificateIdentity === undefined) {
        inputs.problem("Input 'certificate-identity' is required with 'verify-signatures: true': give the exact SAN the bundles must carry " +
            '(e.g. https://github.com/OWNER/REPO/.github/workflows/release.yml@refs/tags/v1.2.3).');
    }
    const appendNotes = inputs.raw('append-notes');
    return inputs.finish({
        token,
        repository: repository,
        tag: tag,
        expectedAssets,
        exact,
        requireSignatures,
        bundleSuffix,
        verifySignatures,
        certificateIdentity,
        certificateIssuer: inputs.optional('certificate-oidc-issuer') ?? sigstore_inputs/* GITHUB_ACTIONS_ISSUER */.qQ,
        trustedRoot: inputs.optional('trusted-root'),
        sha256sums: inputs.optional('sha256sums'),
        notesPath: inputs.optional('notes-path'),
        // Only an empty value means none; the text itself is kept as given.
        appendNotes: appendNotes.trim() === '' ? undefined : appendNotes,
        makeLatest: tri('make-latest'),
        prerelease: tri('prerelease'),
        verifyAttestation: tri('verify-release-attestation'),
        attestationTimeoutMs: inputs.duration('attestation-timeout', '2m'),
        attestationTrustedRoot: inputs.optional('attestation-trusted-root'),
    });
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
/* harmony export */   pl: () => (/* binding */ Report)
/* harmony export */ });
/* unused harmony export escapeCell */
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

/***/ 8005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ BaseError),
/* harmony export */   DD: () => (/* binding */ causeChain),
/* harmony export */   Ep: () => (/* binding */ unreachableMessage),
/* harmony export */   Ro: () => (/* binding */ ChecksFailedError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   rd: () => (/* binding */ networkFailure)
/* harmony export */ });
/* unused harmony export messageWithCauses */
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
/* harmony export */   pM: () => (/* binding */ tagFromInputOrRef),
/* harmony export */   qL: () => (/* binding */ parseSha),
/* harmony export */   uV: () => (/* binding */ parseLineList),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports parseList, MAX_DURATION_MS */
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' is not set and GITHUB_REF ('${ref}') is not a tag: give the tag to release, or run on a tag push.`);
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

/***/ 7758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   pu: () => (/* binding */ parseBundleSuffix),
/* harmony export */   qQ: () => (/* binding */ GITHUB_ACTIONS_ISSUER)
/* harmony export */ });
/* unused harmony exports PUBLIC_GOOD_FULCIO_URL, PUBLIC_GOOD_REKOR_URL, filesAndBundleSuffix, parseServiceUrl, expectedIssuer, parseIdentityRegExp */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8005);

/*
 * The inputs' side of Sigstore, and the constants their defaults name. This module imports no
 * Sigstore library: an action's inputs parse before anything runs, and a refused configuration
 * must not load the signing and verifying code.
 */
/** The issuer of GitHub Actions OIDC tokens on github.com. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** The public-good Sigstore services, the default of sigstore-sign's URL inputs. */
const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';
/** A bundle suffix such as `.sigstore.json`: a file-name ending, never a path. */
function parseBundleSuffix(name, raw) {
    const value = raw.trim();
    if (value === '' || /[\\/\0]/.test(value) || value === '.' || value === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be a file-name suffix such as .sigstore.json, got '${raw}'.`);
    }
    return value;
}
/**
 * The `files` and `bundle-suffix` inputs that sigstore-sign and sigstore-verify both take, read
 * the same way so a bundle one writes is the bundle the other looks for. Problems go to `inputs`.
 */
function filesAndBundleSuffix(inputs, verb) {
    return {
        files: inputs.list('files', { required: `globs of the files to ${verb}` }),
        bundleSuffix: inputs.attempt(() => parseBundleSuffix('bundle-suffix', inputs.optional('bundle-suffix') ?? '.sigstore.json')) ?? '',
    };
}
/** An http(s) service URL without credentials; a trailing slash is dropped. */
function parseServiceUrl(name, raw) {
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        throw new ConfigurationError(`Input '${name}' must be an http(s) URL, got '${raw}'.`);
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
        throw new ConfigurationError(`Input '${name}' must be an http(s) URL without credentials, got '${raw}'.`);
    }
    return url.toString().replace(/\/+$/, '');
}
/** The OIDC issuer of a GitHub server's Actions tokens: github.com's, or GHES's `/_services/token`. */
function expectedIssuer(serverUrl) {
    const base = serverUrl.replace(/\/+$/, '');
    return base === 'https://github.com'
        ? 'https://token.actions.githubusercontent.com'
        : `${base}/_services/token`;
}
/**
 * Compiles an identity pattern; a bad pattern is the user's mistake, named. The pattern is
 * matched against the whole SAN later (wholeMatch): compiling it alone first guarantees its
 * parentheses balance, so `^(?:pattern)$` cannot be broken out of.
 */
function parseIdentityRegExp(name, raw) {
    try {
        return new RegExp(raw);
    }
    catch (error) {
        throw new ConfigurationError(`Input '${name}' is not a valid regular expression: '${raw}' (${error.message}); ` +
            'give a JavaScript pattern that the whole certificate identity must match.');
    }
}


/***/ }),

/***/ 7827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ NOT_PUBLISHED_OUTPUTS)
/* harmony export */ });
/** Every output of undraft's action.yml, as it reads when nothing was published. */
const NOT_PUBLISHED_OUTPUTS = Object.freeze({
    'release-id': '',
    'release-url': '',
    published: false,
    'made-latest': false,
    'already-published': false,
    immutable: false,
    'attestation-verified': false,
    'attestation-path': '',
});


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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
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
/******/ var __webpack_exports__ = __nccwpck_require__(8551);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
