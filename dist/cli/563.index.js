export const id = 563;
export const ids = [563];
export const modules = {

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


/***/ }),

/***/ 61439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 91563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubRequestError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_5__.vK),
/* harmony export */   PaginationError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_5__.XX),
/* harmony export */   TransientError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_5__.N_),
/* harmony export */   apiBaseUrl: () => (/* binding */ apiBaseUrl),
/* harmony export */   createClient: () => (/* binding */ createClient),
/* harmony export */   explainHttpError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_5__.yH),
/* harmony export */   explainNetworkFailure: () => (/* binding */ explainNetworkFailure),
/* harmony export */   paginateAll: () => (/* binding */ paginateAll),
/* harmony export */   parseRepository: () => (/* reexport safe */ _repository_js__WEBPACK_IMPORTED_MODULE_6__.S),
/* harmony export */   retryReason: () => (/* binding */ retryReason),
/* harmony export */   retryWithRecheck: () => (/* binding */ retryWithRecheck),
/* harmony export */   serverUrl: () => (/* binding */ serverUrl),
/* harmony export */   statusOf: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_5__.c2)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(86856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8005);
/* harmony import */ var _action_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53442);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(61439);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60767);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83239);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6756);









/** The REST base URL, read at call time (GHES and the emulator set GITHUB_API_URL). */
function apiBaseUrl() {
    return (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/** The web base URL, read at call time. */
function serverUrl() {
    return (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
}
// Kept importable from here, where the code that makes requests has always found them.


function isPlainObject(value) {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null || Array.isArray(value);
}
/**
 * Why a failed request may be tried again: `rate-limit` (GitHub did not process it, so any
 * method may be repeated after the wait), `transient` (5xx or a broken connection: the request
 * may or may not have taken effect, so only idempotent methods are repeated), or undefined.
 */
function retryReason(error) {
    const e = error;
    const status = e?.status;
    const headers = e?.response?.headers ?? {};
    if (status === 429)
        return 'rate-limit';
    if (status === 403) {
        // GitHub marks a secondary rate limit only in the words of its answer (no header, no code
        // field): this is GitHub's message, not ours, and the one way to tell it from a refusal.
        if (/secondary rate limit/i.test(e.message ?? '') || headers['x-ratelimit-remaining'] === '0') {
            return 'rate-limit';
        }
        return undefined;
    }
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .TransientError */ .N_)
        return 'transient';
    // Octokit reports a network failure (reset, refused, aborted) as a RequestError with status 500.
    if (status !== undefined && status >= 500 && status <= 599)
        return 'transient';
    return undefined;
}
/** `host[:port]` of a request: the URL octokit sent it to, else the route's base URL. */
function hostOf(error, requestOptions) {
    const sent = error?.request?.url;
    for (const candidate of [sent, requestOptions.url, requestOptions.baseUrl]) {
        if (typeof candidate !== 'string' || !/^https?:\/\//i.test(candidate))
            continue;
        try {
            return new URL(candidate).host;
        }
        catch {
            // not a URL after all: try the next one
        }
    }
    return undefined;
}
/**
 * A network failure (octokit reports one as a RequestError with status 500 and no response,
 * with fetch's error as its cause) becomes a TransientError `UNREACHABLE` whose message is
 * "could not reach <host>: <reason>": a bare "fetch failed" or "Internal error" tells the user
 * nothing, while the host and the cause say where to look. Any other error is returned as is.
 */
function explainNetworkFailure(error, requestOptions = {}) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .TransientError */ .N_ || error?.response !== undefined)
        return error;
    const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .networkFailure */ .rd)(error);
    if (!failure)
        return error;
    const host = hostOf(error, requestOptions) ?? failure.host;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .TransientError */ .N_((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unreachableMessage */ .Ep)(host, failure.reason), {
        code: 'UNREACHABLE',
        host,
        cause: error,
    });
}
/**
 * The wait GitHub asked for, in ms: Retry-After (read by the one parser, http/retry.ts), or the
 * primary limit's reset time (`x-ratelimit-reset`, epoch seconds, GitHub's own header: "wait
 * until the time specified by x-ratelimit-reset", REST docs, rate limits). `unitMs` scales
 * seconds for tests.
 */
function requestedWaitMs(error, now, unitMs) {
    const headers = error?.response?.headers ?? {};
    const asked = (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRetryAfter */ .mu)(headers['retry-after'], () => now, unitMs);
    if (asked !== undefined)
        return asked;
    const reset = headers['x-ratelimit-reset'];
    if (headers['x-ratelimit-remaining'] === '0' && reset && /^\d+$/.test(reset)) {
        return (Math.max(0, Number(reset) - Math.floor(now / 1000)) + 1) * unitMs;
    }
    return undefined;
}
/**
 * A response whose body did not arrive whole: octokit hands a cut JSON body back as a string
 * and a cut binary body as an empty buffer, with status 200. Passing such data on would be a
 * pass on partial data, so it is turned into a transient error.
 */
function checkComplete(response) {
    const type = response.headers['content-type'] ?? '';
    const length = response.headers['content-length'];
    if (/json/i.test(type) && typeof response.data === 'string' && response.data !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .TransientError */ .N_('GitHub sent an incomplete or invalid JSON body', {
            code: 'INCOMPLETE_RESPONSE',
        });
    }
    if (response.data instanceof ArrayBuffer &&
        length !== undefined &&
        Number(length) !== response.data.byteLength) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .TransientError */ .N_(`GitHub sent ${response.data.byteLength} of ${length} bytes before the connection ended`, { code: 'INCOMPLETE_RESPONSE' });
    }
}
/**
 * An Octokit from @actions/github with the retry and throttling plugins really loaded (a
 * `throttle` option without the plugin does nothing). The token is registered as a secret
 * before any request is made, so it is masked everywhere.
 *
 * Retries follow the one policy (http/retry.ts: RETRY_POLICY, withRetries, parseRetryAfter),
 * run from a request hook, because neither plugin does what a
 * release needs: plugin-retry waits its own backoff whatever Retry-After says and repeats POSTs
 * (an upload or a publish) after a 5xx that may have taken effect; plugin-throttling ignores
 * Retry-After on a plain 429. So both plugins' retrying is switched off (plugin-throttling still
 * spaces and limits concurrent requests) and the hook:
 * - on 429, a secondary rate limit, or an exhausted primary limit, waits what GitHub asked for
 *   (Retry-After, or until x-ratelimit-reset) and repeats any method: GitHub did not process it;
 * - on 5xx, a reset connection or a cut body, repeats only idempotent methods, with backoff;
 *   a POST/PATCH is never repeated blindly (see {@link retryWithRecheck});
 * - a request's own `request: { retries: 0 }` turns retries off for it.
 */
function createClient(token, options = {}) {
    if (!token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'github-token' is required.`, { code: 'MISSING_INPUT' });
    if (options.maskToken !== false)
        (0,_action_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(token);
    const retries = options.retries ?? _http_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .RETRY_POLICY */ .yE.attempts - 1;
    const backoffMs = options.backoffMs ?? (0,_env_js__WEBPACK_IMPORTED_MODULE_7__/* .envNumber */ .d)('SEALED_RELEASE_RETRY_MS') ?? _http_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .RETRY_POLICY */ .yE.backoffMs;
    const unitMs = options.retryAfterUnitMs ?? 1000;
    const maxWaitMs = options.maxWaitMs ?? 5 * 60_000;
    const sleep = options.sleep ?? node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout;
    // SEALED_RELEASE_REQUEST_TIMEOUT_MS shortens the timeout for the loopback reliability matrix
    // (its `slow` fault); 0 is ignored, so a stray value can never turn the timeout off.
    const requestTimeoutMs = options.requestTimeoutMs || (0,_env_js__WEBPACK_IMPORTED_MODULE_7__/* .envNumber */ .d)('SEALED_RELEASE_REQUEST_TIMEOUT_MS') || 120_000;
    const octokit = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q(token, {
        baseUrl: options.baseUrl ?? apiBaseUrl(),
        throttle: {
            enabled: options.throttle ?? process.env.SEALED_RELEASE_THROTTLE !== 'false',
            onRateLimit: () => false,
            onSecondaryRateLimit: () => false,
        },
        retry: { enabled: false },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_8__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_9__/* .throttling */ .A);
    octokit.hook.wrap('request', async (request, requestOptions) => {
        const method = String(requestOptions.method ?? 'GET').toUpperCase();
        const own = requestOptions.request?.retries;
        const limit = own ?? retries;
        const accept = String(requestOptions.headers?.accept ?? '');
        const data = requestOptions.data;
        const streaming = accept.includes('application/octet-stream') ||
            (data !== undefined && data !== null && typeof data === 'object' && !isPlainObject(data)) ||
            typeof data === 'string';
        const requestSettings = (requestOptions.request ?? {});
        // The shared loop (http/retry.ts): a failure it may repeat is handed to it as a
        // TransientFailure carrying the error; anything else ends the request as it is.
        const tryOnce = async () => {
            try {
                // A hung connection must not hang the job: each attempt of a JSON request gets a deadline.
                let response;
                if (streaming || requestSettings.signal) {
                    response = await request(requestOptions);
                }
                else {
                    // The abort closes the connection; the race makes the deadline hold even where a
                    // fetch from another realm does not honour the signal (seen under Jest's VM modules).
                    const controller = new AbortController();
                    let timer;
                    const deadline = new Promise((_resolve, reject) => {
                        timer = setTimeout(() => {
                            const host = hostOf(undefined, requestOptions);
                            const error = new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .TransientError */ .N_((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unreachableMessage */ .Ep)(host, `no answer within ${requestTimeoutMs} ms`), {
                                code: 'TIMEOUT',
                                host,
                            });
                            controller.abort(error);
                            reject(error);
                        }, requestTimeoutMs);
                    });
                    try {
                        response = await Promise.race([
                            request({ ...requestOptions, request: { ...requestSettings, signal: controller.signal } }),
                            deadline,
                        ]);
                    }
                    finally {
                        clearTimeout(timer);
                    }
                }
                checkComplete(response);
                return response;
            }
            catch (thrown) {
                const error = explainNetworkFailure(thrown, requestOptions);
                const reason = retryReason(error);
                if (!reason || (reason === 'transient' && !(0,_http_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .isIdempotent */ .ky)(method)))
                    throw error;
                // Only a rate limit's wait is GitHub's to set; a 5xx waits the policy's backoff.
                const afterMs = reason === 'rate-limit' ? requestedWaitMs(error, Date.now(), unitMs) : undefined;
                throw new _http_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .TransientFailure */ .$r((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error), afterMs, { cause: error });
            }
        };
        return (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetries */ .LH)({ attempts: limit + 1, backoffMs, maxWaitMs, sleep }, tryOnce, {
            // Every ending is the request's own last error, as octokit raised it.
            exhausted: (_attempts, _last, failure) => failure.cause,
            waitTooLong: (_last, _asked, _max, failure) => failure.cause,
        });
    });
    return octokit;
}
/**
 * For requests that are not idempotent (an upload, a publish): try once; when the outcome is
 * unknown (5xx, broken connection), re-read the state with `recheck` before trying again, so a
 * request that did take effect is never repeated. `recheck` returns the result when the
 * operation had taken effect, or undefined to try again.
 */
async function retryWithRecheck(operation, recheck, options = {}) {
    const attempts = options.attempts ?? 3;
    const sleep = options.sleep ?? node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout;
    for (let attempt = 1;; attempt++) {
        try {
            return await operation();
        }
        catch (error) {
            if (retryReason(error) === undefined || attempt >= attempts)
                throw error;
            await sleep((0,_http_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .backoffDelayMs */ .Q4)(options.backoffMs ?? _http_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .RETRY_POLICY */ .yE.backoffMs, attempt));
            const done = await recheck();
            if (done !== undefined)
                return done;
        }
    }
}
/**
 * Every item of a paginated list, or an error: a page that cannot be fetched (after the
 * client's retries) fails the whole listing, and so does a listing that ends with fewer items
 * than the `total_count` GitHub announced. A check must never pass on part of the data.
 */
async function paginateAll(client, route, parameters, options = {}) {
    const maxPages = options.maxPages ?? 1000;
    const items = [];
    let pages = 0;
    let announced;
    try {
        for await (const response of client.paginate.iterator(route, { per_page: 100, ...parameters })) {
            pages++;
            if (pages > maxPages) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GitHubRequestError */ .vK('TOO_MANY_PAGES', `more than ${maxPages} pages; refusing to go on`);
            }
            const data = response.data;
            if (!Array.isArray(data))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GitHubRequestError */ .vK('UNEXPECTED_ANSWER', 'a page was not a list');
            if (announced === undefined && typeof data.total_count === 'number')
                announced = data.total_count;
            items.push(...data);
            if (options.until?.(data))
                break;
        }
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PaginationError */ .XX(`${options.what ?? route}: the listing could not be completed after ${pages} page(s): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`, error, pages);
    }
    // Items added while listing (newest first) shift older ones onto the next page, where they
    // arrive twice: keep the first copy. Items removed while listing leave a gap, caught below.
    const seen = new Set();
    const unique = items.filter((item) => {
        const id = item?.id;
        if (id === undefined)
            return true;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
    if (announced !== undefined && unique.length < announced) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PaginationError */ .XX(`${options.what ?? route}: GitHub announced ${announced} item(s) but only ${unique.length} arrived`);
    }
    return unique;
}


/***/ }),

/***/ 83239:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   XX: () => (/* binding */ PaginationError),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   vK: () => (/* binding */ GitHubRequestError),
/* harmony export */   yH: () => (/* binding */ explainHttpError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _known_failures_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57971);


/**
 * An answer that did not arrive whole, or not in time: the request may or may not have taken
 * effect. Other errors without a status (a bug, a bad parameter) are never retried.
 */
class TransientError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
    status = undefined;
    /** `host[:port]` the request went to, when known. */
    host;
    constructor(message, options = {}) {
        super(options.code ?? 'INCOMPLETE_RESPONSE', message, { cause: options.cause });
        this.name = 'TransientError';
        this.host = options.host;
    }
}
/** A listing that could not be completed; never treat what arrived as the whole. */
class PaginationError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
    /** The HTTP status that stopped the listing, so 403/404 can still name a permission. */
    status;
    /**
     * Pages that arrived before the listing stopped: 0 means the very first request failed, so a
     * 404 then says the listed thing does not exist, not that a later page went missing.
     */
    pages;
    constructor(message, cause, pages) {
        super('INCOMPLETE_LISTING', message, { cause });
        this.name = 'PaginationError';
        this.status = statusOf(cause);
        this.pages = pages;
    }
}
/** The HTTP status of an Octokit error, if it has one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * A failed GitHub request, with what was being done in its message. It has no `status` of its
 * own on purpose: it is an explanation, never something to retry (the cause keeps the status).
 */
class GitHubRequestError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
    constructor(code, message, cause) {
        super(code, message, { cause });
        this.name = 'GitHubRequestError';
    }
}
/**
 * Turns a 403/404 into a message that names the permission the job probably lacks: GitHub
 * answers 404 rather than 403 for many resources a token may not see. GitHub's 403 "Resource not
 * accessible by integration" to a write is certain, and known: it becomes the typed failure of
 * that permission, with its fix (`permissionFailure`, src/core/known-failures.ts).
 */
function explainHttpError(error, what, permission) {
    const status = statusOf(error);
    const e = error;
    const known = (0,_known_failures_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionFailure */ .Iv)(what, permission, { status, message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error), accepted: e?.response?.headers?.['x-accepted-github-permissions'] }, error);
    if (known)
        return known;
    if (status === 403 || status === 404) {
        return new GitHubRequestError('NOT_PERMITTED', `${what}: GitHub answered ${status}. The token may lack the '${permission}' permission ` +
            `(add 'permissions: ${permission}' to the job), or the resource does not exist.`, error);
    }
    return new GitHubRequestError('REQUEST_FAILED', `${what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}`, error);
}


/***/ }),

/***/ 60767:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ TransientFailure),
/* harmony export */   Fd: () => (/* binding */ retryableStatus),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   Q4: () => (/* binding */ backoffDelayMs),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   ky: () => (/* binding */ isIdempotent),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   yE: () => (/* binding */ RETRY_POLICY)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);
/*
 * The retry policy of every HTTP request the core makes outside the GitHub client (the
 * contract: "idempotent HTTP requests retry with backoff on 5xx, 429 (honour Retry-After) and
 * secondary rate limits; non-idempotent ones re-read the state before trying again"). The
 * loop knows nothing of HTTP: a try throws a TransientFailure for what another try may cure,
 * and anything else ends the request as it is.
 */


/**
 * The one backoff policy of the project, for every retry loop ({@link withRetries}, the GitHub
 * client's request hook, `retryWithRecheck`): five tries in all, the first wait 1 s, doubled
 * after each failed try (1, 2, 4, 8 s: about 15 s before giving up, long enough to ride out a
 * service's brief 5xx, short enough that a job fails while its log is still being read).
 */
const RETRY_POLICY = { attempts: 5, backoffMs: 1000 };
/** The wait after the `failed`-th failed try (1-based): `firstMs` doubled each time. */
function backoffDelayMs(firstMs, failed) {
    return firstMs * 2 ** (failed - 1);
}
/**
 * A try that another try may cure; `afterMs` when the server said how long to wait
 * (Retry-After). Never leaves {@link withRetries}: it becomes the caller's `exhausted` error.
 */
class TransientFailure extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BaseError */ .Cf {
    afterMs;
    constructor(message, afterMs, options) {
        super('TRANSIENT', message, options);
        this.afterMs = afterMs;
    }
}
/**
 * Up to `attempts` tries, waiting `backoffMs` doubled after each failed one, or what a
 * Retry-After asked for (more than `maxWaitMs` fails at once: a job that sleeps an hour is worse
 * than a clear failure). `tryOnce` throws a TransientFailure for what another try may cure;
 * anything else it throws ends the request as it is.
 */
async function withRetries(options, tryOnce, failures) {
    const attempts = options.attempts ?? RETRY_POLICY.attempts;
    const backoffMs = options.backoffMs ?? RETRY_POLICY.backoffMs;
    const maxWaitMs = options.maxWaitMs ?? 60_000;
    const sleep = options.sleep ?? node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout;
    for (let attempt = 1;; attempt++) {
        let wait = backoffDelayMs(backoffMs, attempt);
        let failure;
        try {
            return await tryOnce();
        }
        catch (error) {
            if (!(error instanceof TransientFailure))
                throw error;
            failure = error;
            if (error.afterMs !== undefined) {
                if (error.afterMs > maxWaitMs)
                    throw failures.waitTooLong(error.message, error.afterMs, maxWaitMs, error);
                wait = error.afterMs;
            }
        }
        if (attempt >= attempts)
            throw failures.exhausted(attempts, failure.message, failure);
        await sleep(wait);
    }
}
/** Whether a status is worth another try: the server's trouble or a rate limit, not an answer. */
function retryableStatus(status) {
    return status >= 500 || status === 429 || status === 408;
}
/**
 * The methods RFC 9110 §9.2.2 defines as idempotent: sending one twice has the effect of
 * sending it once, so a try whose answer was lost may simply be sent again. POST and PATCH are
 * not: a lost answer may hide a request that took effect.
 */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);
/** Whether `method` may be sent again without re-reading the state first. */
function isIdempotent(method) {
    return IDEMPOTENT.has(method.toUpperCase());
}
/**
 * The wait a Retry-After value asks for, in ms, or undefined when there is none or it is neither
 * form RFC 9110 §10.2.3 allows: delay-seconds, or an HTTP-date (a date in the past asks for no
 * wait). The one parser of the header, for fetch-based requests ({@link retryAfterMs}) and the
 * GitHub client's hook alike. `unitMs` scales delay-seconds only (tests shorten a second).
 */
function parseRetryAfter(header, now = Date.now, unitMs = 1000) {
    const value = header?.trim();
    if (!value)
        return undefined;
    if (/^\d+$/.test(value))
        return Number(value) * unitMs;
    // IMF-fixdate is the form servers send ("Sun, 06 Nov 1994 08:49:37 GMT"); Date.parse reads it.
    if (!/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value))
        return undefined;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now());
}
/** The wait a response's Retry-After header asks for, in ms (see {@link parseRetryAfter}). */
function retryAfterMs(response, now = Date.now) {
    return parseRetryAfter(response.headers.get('retry-after'), now);
}


/***/ }),

/***/ 57971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ KnownFailure),
/* harmony export */   Am: () => (/* binding */ tufFailure),
/* harmony export */   Iv: () => (/* binding */ permissionFailure),
/* harmony export */   Kr: () => (/* binding */ registryAuthFailure)
/* harmony export */ });
/* unused harmony exports KNOWN_FAILURES, NOT_ACCESSIBLE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);

/** The one table: what each known failure means and what the user does about it. */
const KNOWN_FAILURES = {
    ID_TOKEN_PERMISSION: {
        means: 'the job may not request an OIDC identity token',
        fix: 'Add `permissions: id-token: write` to the job (a `permissions:` block grants only what it names), or give a token as `identity-token`.',
    },
    CONTENTS_WRITE_PERMISSION: {
        means: "the job's token may not change releases, assets or tags",
        fix: 'Add `permissions: contents: write` to the job.',
    },
    ATTESTATIONS_WRITE_PERMISSION: {
        means: "the job's token may not store attestations",
        fix: 'Add `permissions: attestations: write` (and `id-token: write` to sign them) to the job.',
    },
    PACKAGES_WRITE_PERMISSION: {
        means: "the job's token may not push packages",
        fix: 'Add `permissions: packages: write` to the job.',
    },
    TUF_UNREACHABLE: {
        means: "Sigstore's trusted root could not be read from its TUF repository",
        fix: 'Let the job reach the TUF repository, or give the trusted root yourself: the `trusted-root` input (a trusted_root.json), or `--trusted-root FILE` on the command line.',
    },
    REGISTRY_AUTH: {
        means: 'the registry refused the credentials',
        fix: 'Check the credential inputs: the token must exist, be unexpired and be allowed to read (and, to publish, write) this package.',
    },
};
/**
 * A known external failure: `code` from the table, the message says what happened (and where),
 * `fix` the table's line, or a more precise one (the credential inputs of this action).
 */
class KnownFailure extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
    constructor(code, message, options = {}) {
        super(code, message, { cause: options.cause, fix: options.fix ?? KNOWN_FAILURES[code].fix });
        this.name = 'KnownFailure';
    }
}
/** The known failures that name a permission of the job's token, by the permission they need. */
const WRITE_PERMISSIONS = {
    'contents: write': 'CONTENTS_WRITE_PERMISSION',
    'attestations: write': 'ATTESTATIONS_WRITE_PERMISSION',
    'packages: write': 'PACKAGES_WRITE_PERMISSION',
    'id-token: write': 'ID_TOKEN_PERMISSION',
};
/**
 * GitHub's 403 to a token without the permission: the body's message is "Resource not accessible
 * by integration" (GitHub's words, the same for every endpoint; seen in the logs of every client
 * and in GitHub's own troubleshooting page for the error). A 403 for another reason (a secondary
 * rate limit, a blocked user, a ruleset) says something else, and is not mapped.
 */
const NOT_ACCESSIBLE = 'Resource not accessible by integration';
/**
 * A GitHub write answered 403 "Resource not accessible by integration" as the known failure of
 * the permission it needs, or undefined when the answer is something else or the permission
 * has no entry in the table. `accepted` is GitHub's `X-Accepted-GitHub-Permissions` header
 * when it sent one (sets of `name=level`, `;` between alternatives, as GitHub's changelog of
 * 2023-08-10 describes it); it is quoted in the message, as GitHub's own word on what is needed.
 */
function permissionFailure(what, permission, answer, cause) {
    if (answer.status !== 403 || !answer.message.includes(NOT_ACCESSIBLE))
        return undefined;
    const code = WRITE_PERMISSIONS[permission];
    if (code === undefined)
        return undefined;
    const accepted = answer.accepted ? ` (GitHub accepts: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(answer.accepted)})` : '';
    return new KnownFailure(code, `${what}: GitHub answered 403 "${NOT_ACCESSIBLE}": ${KNOWN_FAILURES[code].means}${accepted}.`, { cause });
}
/**
 * A registry's 401/403 as the known failure `REGISTRY_AUTH`, whose fix names the inputs that
 * hold the credentials (`['github-token']`, `['npm-token']`…). A registry read without
 * credentials (byte-identity's package-registry reads send none) passes `[]` and the inputs that
 * chose the registry (`urlInputs`, e.g. `['npm-registry']`): the fix is then to point those at
 * a registry that serves the package to anonymous reads, since no token would be sent anyway.
 */
function registryAuthFailure(what, status, credentialInputs, cause, options = {}) {
    const named = (names) => names.map((name) => `\`${name}\``).join(', ');
    const urlInputs = options.urlInputs ?? [];
    const anonymous = credentialInputs.length === 0 && urlInputs.length > 0;
    let fix;
    if (credentialInputs.length > 0) {
        fix = `Check the credential input${credentialInputs.length === 1 ? '' : 's'} ${named(credentialInputs)}: the token must exist, be unexpired and be allowed to read (and, to publish, write) this package.`;
    }
    else if (anonymous) {
        fix = `No credentials are sent to this registry: point input${urlInputs.length === 1 ? '' : 's'} ${named(urlInputs)} at a registry (the public one, or a mirror) that serves this package to anonymous reads.`;
    }
    return new KnownFailure('REGISTRY_AUTH', `${what}: the registry answered ${status}: ` +
        (anonymous ? 'it refuses anonymous reads.' : `${KNOWN_FAILURES.REGISTRY_AUTH.means}.`), { cause, fix });
}
/**
 * A failure to load Sigstore's trusted root through TUF (no `trusted-root` was given) as the
 * known failure `TUF_UNREACHABLE` when the repository could not be reached: a connection that
 * failed below HTTP anywhere in the cause chain (the TUF client wraps fetch's error: "error
 * refreshing TUF metadata" ← "fetch failed" ← ENOTFOUND, as seen offline here), or an HTTP 5xx.
 * Anything else (metadata that does not verify) is not "unreachable", and undefined is returned:
 * naming a trusted root would be the wrong advice for a tampered repository.
 */
function tufFailure(error) {
    const network = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .networkFailure */ .rd)(error);
    const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .causeChain */ .DD)(error)
        .map((link) => link ?? {})
        .map((link) => link.statusCode ?? link.status)
        .find((s) => typeof s === 'number');
    if (network === undefined && !(status !== undefined && status >= 500))
        return undefined;
    const why = network ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .unreachableMessage */ .Ep)(network.host, network.reason) : `HTTP ${status}`;
    return new KnownFailure('TUF_UNREACHABLE', `cannot load the public-good Sigstore trusted root: its TUF repository could not be reached (${why})`, { cause: error });
}


/***/ })

};
