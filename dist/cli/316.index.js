export const id = 316;
export const ids = [316];
export const modules = {

/***/ 40935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Report: () => (/* binding */ Report),
  escapeCell: () => (/* binding */ escapeCell),
  publishReport: () => (/* binding */ publishReport)
});

// EXTERNAL MODULE: ./.build/core/action/workflow-commands.js
var workflow_commands = __webpack_require__(92269);
;// CONCATENATED MODULE: ./.build/core/action/run-state.js
/*
 * What this run has written so far: the names of the outputs set and whether a job summary was
 * published. The entry's one ending (entry.ts) reads it to write what is still missing (a
 * summary for an error thrown before any was written, a definite value for every declared
 * output nobody set), and never a second summary or a second value for one output.
 */
const written = new Set();
let summaries = 0;
let declared;
/**
 * Starts a run of an action that declares `outputNames` (its action.yml's outputs), forgetting
 * what an earlier run wrote (one process runs one action; tests run several).
 */
function beginRun(outputNames) {
    written.clear();
    summaries = 0;
    declared = outputNames;
}
/** The outputs the running action declares; undefined outside `runEntry` (in-process tests). */
function declaredOutputs() {
    return declared;
}
function noteOutput(name) {
    written.add(name);
}
function noteSummary() {
    summaries++;
}
/** The outputs set since {@link beginRun}. */
function outputsWritten() {
    return written;
}
/** Whether a job summary was published since {@link beginRun}. */
function summaryWritten() {
    return summaries > 0;
}

// EXTERNAL MODULE: ./.build/core/action/secrets.js
var secrets = __webpack_require__(53442);
;// CONCATENATED MODULE: ./.build/core/action/report.js



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
        return (0,secrets/* redact */.E$)(`${this.title}: ${failed.length} check${failed.length === 1 ? '' : 's'} failed:\n${lines.join('\n')}`);
    }
    /** The summary as markdown: a heading, one table with a row per check, then extra sections. */
    markdown(extra = []) {
        const head = `### ${escapeCell(this.title)} ${this.ok ? '✅ passed' : '❌ failed'}\n\n`;
        const table = ['| check | result | detail |', '| --- | --- | --- |'];
        for (const r of this.rows) {
            const where = r.file ? ` (${r.file}${r.line ? `:${r.line}` : ''})` : '';
            table.push(`| ${escapeCell(r.check)} | ${r.ok ? '✅ pass' : '❌ fail'} | ${escapeCell(r.detail + where)} |`);
        }
        return (0,secrets/* redact */.E$)(head + table.join('\n') + '\n' + extra.map((e) => `\n${e}\n`).join(''));
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
 * Writes the job summary and the annotations for every failed (or `warning`) row that names a file. Safe to
 * call when no summary file is configured (local runs): it then only logs.
 */
async function publishReport(report, extra = []) {
    for (const row of report.rows) {
        if (!row.file || (row.ok && !row.warning))
            continue;
        const where = { title: row.check, file: row.file, startLine: row.line, startColumn: row.column };
        if (row.ok)
            workflow_commands/* warning */.$e((0,secrets/* redact */.E$)(`${row.check}: ${row.detail}`), where);
        else
            workflow_commands/* error */.z3((0,secrets/* redact */.E$)(`${row.check}: ${row.detail}`), where);
    }
    const markdown = report.markdown(extra);
    noteSummary();
    if (process.env.GITHUB_STEP_SUMMARY) {
        await workflow_commands/* appendSummary */.fe(markdown);
    }
    else {
        workflow_commands/* info */.pq(markdown);
    }
}


/***/ }),

/***/ 53442:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* harmony import */ var _secret_length_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78436);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92269);



const secrets = new Set();
/**
 * Registers a value that must never appear in output: the runner masks it in logs, and
 * {@link redact} removes it from every message we build ourselves (summaries, outputs,
 * errors), which the runner's masking does not reach when they are written to files. A value
 * shorter than {@link MIN_SECRET_LENGTH} is not registered (see there).
 */
function registerSecret(value) {
    if (!value || value.length < _secret_length_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_SECRET_LENGTH */ .v)
        return;
    secrets.add(value);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
}
/** Replaces every registered secret in `text` with `***`. */
function redact(text) {
    let out = text;
    for (const secret of secrets)
        out = out.split(secret).join('***');
    return out;
}


/***/ }),

/***/ 92269:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports RunnerProtocolError, getInput, debug, notice, setFailed, group, setOutput */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96421);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8005);
/* harmony import */ var _inputs_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57781);
/*
 * The runner's protocol, spoken through @actions/core: workflow commands on stdout
 * (`::name key=value,…::message`), file commands appended to the files the runner names in
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, and the exit status. @actions/core owns the escaping,
 * the output heredoc delimiters, masking and annotation properties, and is kept current with the
 * runner by GitHub; this module only adapts it to the rest of core/action (the one place that
 * imports it, which the architecture test holds) and turns its plain errors into typed ones.
 *
 * It used to write the protocol by hand to save @actions/core's start-up (its top level loads
 * its OIDC client, @actions/http-client and undici). That trade was measured against a bare
 * `node -e 0`, the wrong yardstick: every official action pays the same cost. The cold-start
 * row of the benchmark (src/bench/cold.ts) now compares each bundle with a bundle of
 * @actions/core alone.
 */




/** The runner's files could not be written (see {@link RunnerProtocolCode}). */
class RunnerProtocolError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BaseError */ .Cf {
}
/**
 * Only the properties that have a value. @actions/core writes `::error ::m` (a space, no
 * properties) for an object whose keys are all undefined; the runner reads both alike, but the
 * log reads better without it, and a `line` of 0 is no line.
 */
function annotation(where) {
    return Object.fromEntries(Object.entries(where).filter(([, value]) => value !== undefined && value !== '' && value !== 0));
}
/**
 * An input's raw value as the runner passes it (`INPUT_<NAME>`, named as @actions/core names
 * it), untrimmed; undefined when the runner set no such variable. Parsing, collecting every
 * problem and refusing undeclared inputs is the project's own input layer (core/inputs) on top.
 */
function getInput(name) {
    const value = core.getInput(name, { trimWhitespace: false });
    // @actions/core answers '' for an unset input; the input layer tells unset from blank.
    if (value === '' && process.env[inputVariable(name)] === undefined) {
        return undefined;
    }
    return value;
}
/** A plain log line. */
function info(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(message);
}
/** A debug log line (shown when the run has step debugging on). */
function debug(message) {
    core.debug(message);
}
/** A `::notice::` annotation. */
function notice(message, where = {}) {
    core.notice(message, annotation(where));
}
/** A `::warning::` annotation. */
function warning(message, where = {}) {
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(message, annotation(where));
}
/** An `::error::` annotation. */
function error(message, where = {}) {
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3(message, annotation(where));
}
/** Fails the step: exit code 1 when the process ends, and the message as an error annotation. */
function setFailed(message) {
    core.setFailed(message);
}
/** Asks the runner to mask `value` in every log line from now on. */
function setSecret(value) {
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(value);
}
/** Folds the log lines `fn` writes under `name`, ending the group however `fn` ends. */
async function group(name, fn) {
    return core.group(name, fn);
}
/**
 * Sets one output. @actions/core writes it to GITHUB_OUTPUT between two lines holding a random
 * delimiter, so a multi-line value cannot inject another output, and refuses a name or value
 * holding the delimiter; without GITHUB_OUTPUT (an old runner) it falls back to `set-output`.
 */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    // The runner creates the file; one that is missing means the environment is not a runner's.
    // Checked here so the message names the output that was lost.
    if (file && !fs.existsSync(file)) {
        throw new RunnerProtocolError('NO_OUTPUT_FILE', `GITHUB_OUTPUT names ${file}, which does not exist: output '${name}' was not written`);
    }
    try {
        core.setOutput(name, value);
    }
    catch (cause) {
        throw new RunnerProtocolError('OUTPUT_NOT_WRITTEN', `output '${name}' was not written to GITHUB_OUTPUT: ${messageOf(cause)}`, { cause });
    }
}
/**
 * Appends markdown (and a line end) to the job summary file named by GITHUB_STEP_SUMMARY.
 *
 * Each call writes through a fresh instance of @actions/core's Summary class: the shared
 * `core.summary` remembers the first file it wrote to and keeps its buffer when a write fails,
 * so a second run in the same process (the root preflight composing two actions, a test) would
 * write to the wrong file or repeat the failed text.
 */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new RunnerProtocolError('NO_SUMMARY_FILE', 'GITHUB_STEP_SUMMARY is not set, so the job summary cannot be written (is this a runner?)');
    }
    const summary = new _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z.constructor();
    try {
        await summary.addRaw(markdown, true).write();
    }
    catch (cause) {
        throw new RunnerProtocolError('SUMMARY_NOT_WRITTEN', `the job summary file ${file} (GITHUB_STEP_SUMMARY) cannot be read and written`, { cause });
    }
}


/***/ })

};
