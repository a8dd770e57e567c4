export const id = 334;
export const ids = [334];
export const modules = {

/***/ 9334:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// UNUSED EXPORTS: reportJson

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 5 modules
var exec = __webpack_require__(2876);
// EXTERNAL MODULE: ./.build/core/action/workflow-commands.js + 12 modules
var workflow_commands = __webpack_require__(3969);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/action/outputs.js
var action_outputs = __webpack_require__(7457);
// EXTERNAL MODULE: ./.build/core/action/report.js
var action_report = __webpack_require__(6081);
// EXTERNAL MODULE: ./.build/core/action/run.js
var run = __webpack_require__(8090);
// EXTERNAL MODULE: ./.build/core/action/run-state.js
var run_state = __webpack_require__(2402);
;// CONCATENATED MODULE: ./.build/core/action/checks.js






const ON_REJECT_VALUES = (/* unused pure expression or super */ null && (['fail', 'skip']));
/** Why the run is not ok: every failed row, one a line; empty when ok. */
function reasonOf(report) {
    if (report.ok)
        return '';
    if (report.rows.length === 0)
        return 'no check was run';
    return report.failures.map((r) => `${r.check}: ${r.detail}`).join('\n');
}
/**
 * Runs checks over one report, then writes one job summary (with annotations), sets the merged
 * outputs plus `ok` and `reason`, and fails unless every row passed. With `on-reject: skip` a
 * rejection exits 0 with `ok=false` so later jobs can skip on `if:`; a hard failure still fails,
 * because a broken configuration must not look like "not a release".
 *
 * A check that throws stops the checks after it; its error becomes rows of the same report (a
 * hard failure), the summary and outputs are written as for any failure, and the error itself
 * is thrown on, so the step fails with its own words ("Configuration error: …", a known
 * failure and its fix, "Internal error: …"). Outputs no check set are filled in by the entry
 * (`runEntry`) from the action's declared outputs.
 */
async function runChecks(title, checks, options) {
    const report = new action_report/* Report */.pl(title);
    const outputs = {};
    const summary = [];
    let hard = 0;
    let thrown;
    for (const check of checks) {
        try {
            const outcome = await check(report);
            Object.assign(outputs, outcome.outputs);
            summary.push(...(outcome.summary ?? []));
            hard += outcome.hardFailures;
        }
        catch (error) {
            thrown = { error };
            for (const row of (0,run/* failureRows */.qQ)(error))
                report.add(row);
            hard++;
            break;
        }
    }
    await (0,action_report/* publishReport */.S3)(report, summary);
    const verdict = { ok: report.ok, reason: reasonOf(report) };
    const declared = (0,run_state/* declaredOutputs */.Zd)();
    for (const name of Object.keys(verdict))
        if (options.verdictOutputs === false || (declared && !declared.includes(name)))
            delete verdict[name];
    (0,action_outputs/* setOutputs */.n)({ ...outputs, ...verdict });
    if (thrown)
        throw thrown.error;
    if (report.ok)
        return report;
    if (options.onReject === 'skip' && hard === 0) {
        workflow_commands/* warning */.$e(`${report.failureMessage()}\non-reject is 'skip': exiting successfully with ok=false.`);
        return report;
    }
    const note = options.onReject === 'skip'
        ? `\n(on-reject: skip does not apply: ${hard} of these ${hard === 1 ? 'is a configuration problem' : 'are configuration problems'}.)`
        : '';
    throw new errors/* ChecksFailedError */.Ro(report.failureMessage() + note);
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./.build/core/action/secrets.js + 1 modules
var secrets = __webpack_require__(4118);
// EXTERNAL MODULE: ./.build/core/env.js
var env = __webpack_require__(1439);
// EXTERNAL MODULE: ./.build/core/http/retry.js
var retry = __webpack_require__(767);
// EXTERNAL MODULE: ./.build/core/known-failures.js
var known_failures = __webpack_require__(7971);
;// CONCATENATED MODULE: ./.build/core/github/errors.js


/**
 * An answer that did not arrive whole, or not in time: the request may or may not have taken
 * effect. Other errors without a status (a bug, a bad parameter) are never retried.
 */
class TransientError extends errors/* BaseError */.Cf {
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
class PaginationError extends errors/* BaseError */.Cf {
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
        this.status = errors_statusOf(cause);
        this.pages = pages;
    }
}
/** The HTTP status of an Octokit error, if it has one. */
function errors_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * A failed GitHub request, with what was being done in its message. It has no `status` of its
 * own on purpose: it is an explanation, never something to retry (the cause keeps the status).
 */
class errors_GitHubRequestError extends errors/* BaseError */.Cf {
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
function errors_explainHttpError(error, what, permission) {
    const status = errors_statusOf(error);
    const e = error;
    const known = (0,known_failures/* permissionFailure */.Iv)(what, permission, { status, message: (0,errors/* messageOf */.bD)(error), accepted: e?.response?.headers?.['x-accepted-github-permissions'] }, error);
    if (known)
        return known;
    if (status === 403 || status === 404) {
        return new errors_GitHubRequestError('NOT_PERMITTED', `${what}: GitHub answered ${status}. The token may lack the '${permission}' permission ` +
            `(add 'permissions: ${permission}' to the job), or the resource does not exist.`, error);
    }
    return new errors_GitHubRequestError('REQUEST_FAILED', `${what}: ${(0,errors/* messageOf */.bD)(error)}`, error);
}

// EXTERNAL MODULE: ./.build/core/github/repository.js
var repository = __webpack_require__(6756);
;// CONCATENATED MODULE: ./.build/core/github/client.js









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
    if (error instanceof TransientError)
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
    if (error instanceof TransientError || error?.response !== undefined)
        return error;
    const failure = (0,errors/* networkFailure */.rd)(error);
    if (!failure)
        return error;
    const host = hostOf(error, requestOptions) ?? failure.host;
    return new TransientError((0,errors/* unreachableMessage */.Ep)(host, failure.reason), {
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
    const asked = (0,retry/* parseRetryAfter */.mu)(headers['retry-after'], () => now, unitMs);
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
        throw new TransientError('GitHub sent an incomplete or invalid JSON body', {
            code: 'INCOMPLETE_RESPONSE',
        });
    }
    if (response.data instanceof ArrayBuffer &&
        length !== undefined &&
        Number(length) !== response.data.byteLength) {
        throw new TransientError(`GitHub sent ${response.data.byteLength} of ${length} bytes before the connection ended`, { code: 'INCOMPLETE_RESPONSE' });
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
        throw new errors/* ConfigurationError */.j1(`Input 'github-token' is required.`, { code: 'MISSING_INPUT' });
    if (options.maskToken !== false)
        (0,secrets/* registerSecret */.cl)(token);
    const retries = options.retries ?? retry/* RETRY_POLICY */.yE.attempts - 1;
    const backoffMs = options.backoffMs ?? (0,env/* envNumber */.d)('SEALED_RELEASE_RETRY_MS') ?? retry/* RETRY_POLICY */.yE.backoffMs;
    const unitMs = options.retryAfterUnitMs ?? 1000;
    const maxWaitMs = options.maxWaitMs ?? 5 * 60_000;
    const sleep = options.sleep ?? promises_.setTimeout;
    // SEALED_RELEASE_REQUEST_TIMEOUT_MS shortens the timeout for the loopback reliability matrix
    // (its `slow` fault); 0 is ignored, so a stray value can never turn the timeout off.
    const requestTimeoutMs = options.requestTimeoutMs || (0,env/* envNumber */.d)('SEALED_RELEASE_REQUEST_TIMEOUT_MS') || 120_000;
    const octokit = github/* getOctokit */.Q(token, {
        baseUrl: options.baseUrl ?? apiBaseUrl(),
        throttle: {
            enabled: options.throttle ?? process.env.SEALED_RELEASE_THROTTLE !== 'false',
            onRateLimit: () => false,
            onSecondaryRateLimit: () => false,
        },
        retry: { enabled: false },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
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
                            const error = new TransientError((0,errors/* unreachableMessage */.Ep)(host, `no answer within ${requestTimeoutMs} ms`), {
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
                if (!reason || (reason === 'transient' && !(0,retry/* isIdempotent */.ky)(method)))
                    throw error;
                // Only a rate limit's wait is GitHub's to set; a 5xx waits the policy's backoff.
                const afterMs = reason === 'rate-limit' ? requestedWaitMs(error, Date.now(), unitMs) : undefined;
                throw new retry/* TransientFailure */.$r((0,errors/* messageOf */.bD)(error), afterMs, { cause: error });
            }
        };
        return (0,retry/* withRetries */.LH)({ attempts: limit + 1, backoffMs, maxWaitMs, sleep }, tryOnce, {
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
    const sleep = options.sleep ?? defaultSleep;
    for (let attempt = 1;; attempt++) {
        try {
            return await operation();
        }
        catch (error) {
            if (retryReason(error) === undefined || attempt >= attempts)
                throw error;
            await sleep(backoffDelayMs(options.backoffMs ?? RETRY_POLICY.backoffMs, attempt));
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
                throw new errors_GitHubRequestError('TOO_MANY_PAGES', `more than ${maxPages} pages; refusing to go on`);
            }
            const data = response.data;
            if (!Array.isArray(data))
                throw new errors_GitHubRequestError('UNEXPECTED_ANSWER', 'a page was not a list');
            if (announced === undefined && typeof data.total_count === 'number')
                announced = data.total_count;
            items.push(...data);
            if (options.until?.(data))
                break;
        }
    }
    catch (error) {
        throw new PaginationError(`${options.what ?? route}: the listing could not be completed after ${pages} page(s): ${(0,errors/* messageOf */.bD)(error)}`, error, pages);
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
        throw new PaginationError(`${options.what ?? route}: GitHub announced ${announced} item(s) but only ${unique.length} arrived`);
    }
    return unique;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./.build/core/digest.js


/**
 * 512 KiB. Each chunk is copied from the page cache into the buffer and then read again by every
 * hash: a chunk that fits in the CPU's L2 cache is hashed from cache, one of 8 MiB (the earlier
 * size) from memory. Measured on this machine (Node 24, 1 GiB, alternating with openssl in one
 * run): 8 MiB chunks 0.30-0.85x `openssl dgst -sha256`, 512 KiB 0.95-1.19x, 64 KiB 0.72-0.88x
 * (syscall cost). `npm run bench` keeps measuring it against openssl.
 */
const CHUNK = 512 * 1024;
/**
 * One pass for several digests: every chunk given to `update` feeds each algorithm's hash (an
 * algorithm asked for twice is hashed once). Every reader of bytes that needs digests (a file
 * read, a copy, a download) uses it, so each reads its bytes once whatever the digests.
 */
function digester(algorithms) {
    const hashes = [...new Set(algorithms)].map((a) => [a, (0,external_node_crypto_.createHash)(a)]);
    let size = 0;
    return {
        update(chunk) {
            size += chunk.length;
            for (const [, h] of hashes)
                h.update(chunk);
        },
        result() {
            const out = { size };
            for (const [a, h] of hashes)
                out[a] = h.digest('hex');
            return out;
        },
    };
}
/**
 * Hashes a file by reading it into one reused buffer, so memory stays bounded whatever the
 * file's size. Returns hex digests keyed by algorithm, and the byte count.
 */
async function hashFile(file, algorithms) {
    const digests = digester(algorithms);
    const handle = await fs.promises.open(file, 'r');
    const buffer = Buffer.allocUnsafe(CHUNK);
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
            if (bytesRead === 0)
                break;
            digests.update(buffer.subarray(0, bytesRead));
        }
    }
    finally {
        await handle.close();
    }
    return digests.result();
}
/** The sha256 hex digest of a file, streamed. */
async function sha256File(file) {
    return (await hashFile(file, ['sha256'])).sha256;
}
/** One buffer for every synchronous hash in the process: allocated once, at first use. */
let sharedBuffer;
/**
 * Hashes a file once for every digest it needs (sha256 for the SHA256SUMS output, sha512 for an
 * npm `dist.integrity`, …): each chunk read feeds every hash before the next read, so a file is
 * never read twice whatever the number of digests.
 *
 * The loop is synchronous on purpose: `readSync` into one reused buffer measured 1.08×
 * `openssl dgst -sha256` here, where an async read loop pays a promise and a thread-pool hop per
 * chunk (TOOLCHAIN.md, "Hashing large files"). Memory stays at one buffer whatever the size.
 */
function hashFileSync(file, algorithms) {
    const digests = digester(algorithms);
    sharedBuffer ??= Buffer.allocUnsafe(CHUNK);
    const buffer = sharedBuffer;
    const fd = external_node_fs_.openSync(file, 'r');
    try {
        for (;;) {
            const bytesRead = external_node_fs_.readSync(fd, buffer, 0, CHUNK, null);
            if (bytesRead === 0)
                break;
            digests.update(buffer.subarray(0, bytesRead));
        }
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
    return digests.result();
}
/**
 * Hashes several files, each read once for all the digests it needs (`plan` maps a path to its
 * algorithms). Files are hashed one after another: on the main thread, one at a time keeps the
 * throughput of a single file and the memory of a single buffer.
 */
function hashFilesSync(plan) {
    const out = new Map();
    for (const [file, algorithms] of plan)
        out.set(file, hashFileSync(file, algorithms));
    return out;
}
/*
 * Digests written as text. Kept here, beside the hashing, and not in the Sigstore verifier: an
 * action that only compares digests must not load @sigstore/verify to read one.
 */
/**
 * The hex of a sha256 digest written `sha256:` + 64 hex characters (either case), lower-cased;
 * undefined for anything else (another algorithm, a short or long value, surrounding spaces).
 */
function sha256Hex(value) {
    const match = /^sha256:([0-9a-fA-F]{64})$/.exec(value);
    return match ? match[1].toLowerCase() : undefined;
}
/** A sha256 digest given as `sha256:` + 64 hex characters, as its 32 bytes; or undefined. */
function parseSha256Digest(value) {
    const hex = sha256Hex(value);
    return hex === undefined ? undefined : Buffer.from(hex, 'hex');
}

// EXTERNAL MODULE: ./.build/core/quote.js
var core_quote = __webpack_require__(5688);
// EXTERNAL MODULE: ./.build/core/http/fetch.js
var fetch = __webpack_require__(6297);
// EXTERNAL MODULE: ./.build/core/digest-sources/metadata.js
var metadata = __webpack_require__(5937);
// EXTERNAL MODULE: ./.build/core/digest-sources/source.js
var source = __webpack_require__(6409);
;// CONCATENATED MODULE: ./.build/core/digest-sources/download.js
/*
 * Getting a served file's bytes: one GET (redirects followed by hand, each hop checked), the
 * body streamed to disk and hashed on its way in, in one pass for every digest needed. Tried
 * again, like the metadata reads, on 5xx, 408, 429 (after its Retry-After), a broken
 * connection and a server that stops answering: no answer within the request timeout, or no
 * byte for that long mid-body, ends the try instead of waiting for ever. A partial file is
 * deleted before each new try.
 *
 * A short download is never a pass: a body cut before its Content-Length fails the try, and a
 * size announced by the source or a digest it publishes catches a body that "completed" short.
 */








/**
 * Downloads `file` to `dest` (created, never overwritten), hashed as it arrives, trying again on
 * transient failures (a partial file is deleted before each new try). The request timeout
 * restarts with every chunk, so a large download may take as long as it needs while a server
 * that goes silent is given up on.
 */
async function download(reference, file, dest, algorithms, http = {}) {
    if (!file.url)
        throw new source/* DigestSourceError */.W(reference, `${(0,core_quote/* quote */.h)(file.name)} has no download URL`);
    const what = `downloading ${(0,core_quote/* quote */.h)(file.name)}`;
    let digests;
    try {
        digests = await (0,fetch/* exchange */.cv)(file.url, {
            what,
            headers: { accept: 'application/octet-stream', ...(file.headers ?? {}) },
            authorization: file.auth,
            http,
        }, async (response, touch) => {
            if (response.status !== 200) {
                await response.body?.cancel();
                // An answer (404, 403), not a hiccup: another try would get the same.
                throw ((file.input ? (0,metadata/* registryRefusal */.AE)(reference, what, response.status, file.input) : undefined) ??
                    new source/* DigestSourceError */.W(reference, `${what} failed (HTTP ${response.status}: an answer, not retried)`));
            }
            external_node_fs_.rmSync(dest, { force: true });
            try {
                return await writeAndHash(response, dest, algorithms, touch);
            }
            catch (error) {
                external_node_fs_.rmSync(dest, { force: true });
                throw error;
            }
        });
    }
    catch (error) {
        throw (0,metadata/* asSourceError */.kS)(reference, error);
    }
    if (file.size !== undefined && digests.size !== file.size) {
        external_node_fs_.rmSync(dest, { force: true });
        throw new source/* DigestSourceError */.W(reference, `${what} gave ${digests.size} bytes, but the source lists ${file.size}: a truncated or altered download`);
    }
    return digests;
}
/** The body written to `dest` and hashed on its way in, in one pass for every digest needed. */
async function writeAndHash(response, dest, algorithms, touch) {
    const digests = digester(algorithms);
    const output = external_node_fs_.openSync(dest, 'wx');
    try {
        for await (const chunk of response.body ?? []) {
            touch();
            const view = chunk;
            digests.update(view);
            for (let written = 0; written < view.length;)
                written += external_node_fs_.writeSync(output, view, written, view.length - written);
        }
    }
    finally {
        external_node_fs_.closeSync(output);
    }
    const out = digests.result();
    // undici already rejects a body cut before its Content-Length; this says so in plain words
    // should a body ever end early without an error.
    const announced = response.headers.get('content-length');
    if (announced !== null && Number(announced) !== out.size)
        throw new retry/* TransientFailure */.$r(`the body ended after ${out.size} of the ${announced} bytes announced`);
    return out;
}
/** Copies a local file to `dest` while hashing it: one read for both. */
function copyAndHash(source, dest, algorithms) {
    const tmp = `${dest}.partial`;
    const digests = digester(algorithms);
    const buffer = Buffer.allocUnsafe(8 * 1024 * 1024);
    const input = external_node_fs_.openSync(source, 'r');
    const output = external_node_fs_.openSync(tmp, 'w');
    try {
        for (;;) {
            const n = external_node_fs_.readSync(input, buffer, 0, buffer.length, null);
            if (n === 0)
                break;
            const view = buffer.subarray(0, n);
            digests.update(view);
            for (let written = 0; written < n;)
                written += external_node_fs_.writeSync(output, view, written, n - written);
        }
    }
    finally {
        external_node_fs_.closeSync(input);
        external_node_fs_.closeSync(output);
    }
    external_node_fs_.renameSync(tmp, dest);
    return digests.result();
}
/**
 * The digests of a served file's bytes, for a source that publishes none: a download into
 * `scratch` that is hashed and then deleted, or, for a local path (`dir:`), a read.
 */
async function hashServedFile(reference, file, algorithms, scratch, http) {
    if (file.path)
        return hashFileSync(file.path, algorithms);
    external_node_fs_.mkdirSync(scratch, { recursive: true });
    const dest = external_node_fs_.mkdtempSync(external_node_path_.join(scratch, 'dl-'));
    try {
        return await download(reference, file, external_node_path_.join(dest, 'file'), algorithms, http);
    }
    finally {
        external_node_fs_.rmSync(dest, { recursive: true, force: true });
    }
}
/**
 * Puts a served file's bytes at `dest` (canonicalize) and returns their digests. The file is
 * written under a temporary name and renamed only once complete, so a failed download never
 * leaves a file that looks canonical.
 */
async function fetchServedFile(reference, file, algorithms, dest, http) {
    external_node_fs_.mkdirSync(external_node_path_.dirname(dest), { recursive: true });
    external_node_fs_.rmSync(dest, { force: true });
    if (file.path)
        return copyAndHash(file.path, dest, algorithms);
    const tmp = `${dest}.download`;
    external_node_fs_.rmSync(tmp, { force: true });
    try {
        const digests = await download(reference, file, tmp, algorithms, http);
        external_node_fs_.renameSync(tmp, dest);
        return digests;
    }
    finally {
        external_node_fs_.rmSync(tmp, { force: true });
    }
}

;// CONCATENATED MODULE: ./.build/core/digest-sources/rows.js
/** Whether a verdict passes. `missing locally` fails only with `exact-set`. */
function passes(verdict, exactSet) {
    switch (verdict) {
        case 'identical':
        case 'differs: the reference bytes were handed on':
        case 'not published: the local file was handed on':
            return true;
        case 'missing locally':
            return !exactSet;
        case 'MISMATCH':
        case 'missing in the reference':
        case 'refused':
        case 'error':
            return false;
    }
}
/** A row, its `ok` derived from its verdict. */
function makeRow(fields, exactSet) {
    return { ...fields, ok: passes(fields.verdict, exactSet) };
}
/** `sha256:<hex>` style label for a digest, used in rows and the report. */
function digestLabel(algorithm, hex) {
    return `${algorithm}:${hex}`;
}
/** Short form of a digest label for table cells; the report JSON keeps the whole value. */
function shortLabel(label) {
    if (!label)
        return '—';
    const [algorithm, hex] = label.split(':');
    return `${algorithm}:${hex.slice(0, 12)}…`;
}
/**
 * A sha512 label as npm shows it: the Subresource Integrity string of `dist.integrity` and
 * `package-lock.json` (`sha512-<base64>`), or undefined for any other algorithm.
 */
function integrityOf(label) {
    if (!label?.startsWith('sha512:'))
        return undefined;
    return `sha512-${Buffer.from(label.slice('sha512:'.length), 'hex').toString('base64')}`;
}
/** A label for a row's detail: sha512 in npm's form with the hex beside it, others as they are. */
function readableLabel(label) {
    const integrity = integrityOf(label);
    return integrity ? `${integrity} (${shortLabel(label)})` : shortLabel(label);
}

;// CONCATENATED MODULE: ./.build/core/digest-sources/compare.js




/**
 * Why a served file is not to be compared or handed on, or undefined when it may be: a version
 * its registry yanked (unless `allow-yanked`), or no digest this action accepts.
 */
function refusal(file, options) {
    if (file.noAcceptedDigest)
        return file.noAcceptedDigest;
    if (file.yanked && !options.allowYanked) {
        return `${file.yanked}: its publisher withdrew it, so it is refused (set allow-yanked: true to compare against a yanked version)`;
    }
    return undefined;
}
/** The rows of every local file against one reference (and, for `exact-set`, the reverse). */
async function compareReference(source, state, files, locals, localDigests, options, 
/** canonicalize's first reference: the files it fetched (their rows are written here) and those it could not. */
handedOn) {
    const reference = source.reference.raw;
    const row = (fields) => makeRow({ ...fields, reference }, options.exactSet);
    const canonicalize = options.mode === 'canonicalize';
    if (state.state === 'error')
        return [row({ file: '(all)', verdict: 'error', detail: `could not be read: ${state.detail}` })];
    if (!files) {
        // Not served (yet). In canonicalize that is the "hand on the local files" branch.
        const asked = state.polls > 1 ? ` (asked ${state.polls} times)` : '';
        return locals.map((local) => row({
            file: local.name,
            verdict: canonicalize ? 'not published: the local file was handed on' : 'missing in the reference',
            local: digestLabel('sha256', localDigests.get(local.path).sha256),
            detail: `${state.detail}${asked}${canonicalize ? '; the local file is handed on' : ''}`,
        }));
    }
    const rows = [];
    for (const local of locals) {
        const digests = localDigests.get(local.path);
        const file = files.find((f) => f.name === local.name);
        if (!file) {
            const names = files.length === 0 ? 'none' : files.map((f) => (0,core_quote/* quote */.h)(f.name)).join(', ');
            rows.push(row({
                file: local.name,
                verdict: 'missing in the reference',
                local: digestLabel('sha256', digests.sha256),
                detail: `${reference} serves no file named ${local.name} (it serves ${names})`,
            }));
            continue;
        }
        if (handedOn?.skip.has(file.name))
            continue; // its row was written by the hand-on
        rows.push(await compare(local, digests, file, source, options, handedOn?.fetched.get(file.name)));
    }
    const localNames = new Set(locals.map((l) => l.name));
    for (const file of files) {
        if (localNames.has(file.name))
            continue;
        const published = file.published[source.algorithm];
        rows.push(row({
            file: file.name,
            verdict: 'missing locally',
            remote: published ? digestLabel(source.algorithm, published) : undefined,
            remoteFrom: published ? 'published' : undefined,
            detail: `${reference} serves ${(0,core_quote/* quote */.h)(file.name)}, which no local file matches${options.exactSet ? ' (exact-set)' : ''}`,
        }));
    }
    return rows;
}
/** One local file against one served file. */
async function compare(local, digests, file, source, options, fetched) {
    const reference = source.reference.raw;
    const row = (fields) => makeRow({ ...fields, file: local.name, reference }, options.exactSet);
    const refused = refusal(file, options);
    if (refused)
        return row({ verdict: 'refused', detail: refused });
    const canonicalize = options.mode === 'canonicalize';
    let algorithm = source.algorithm;
    let remoteHex = file.published[algorithm];
    let remoteFrom = 'published';
    if (remoteHex === undefined) {
        // A source that publishes no digest at all (a URL, a directory, an asset uploaded before
        // GitHub computed digests): its bytes are the evidence. Registries that publish digests
        // never get here without one: the source marked the file `noAcceptedDigest`.
        algorithm = 'sha256';
        remoteFrom = file.path ? 'read' : 'downloaded';
        try {
            const remote = fetched ?? (await hashServedFile(reference, file, ['sha256'], options.scratch, options.http));
            remoteHex = remote.sha256;
        }
        catch (error) {
            // A known failure (a registry's 401/403) carries its fix into the row.
            return row({ verdict: 'error', detail: (0,errors/* messageWithFix */.vW)(error) });
        }
    }
    const localLabel = digestLabel(algorithm, digests[algorithm]);
    const remoteLabel = digestLabel(algorithm, remoteHex);
    const how = {
        published: 'published digest',
        read: 'read from the directory',
        downloaded: 'downloaded and hashed',
    }[remoteFrom];
    const notes = [file.note, file.yanked ? `${file.yanked}, accepted (allow-yanked)` : undefined]
        .filter((n) => n !== undefined)
        .map((n) => `; ${n}`)
        .join('');
    if (digests[algorithm] === remoteHex) {
        return row({
            verdict: 'identical',
            local: localLabel,
            remote: remoteLabel,
            remoteFrom,
            detail: `identical: ${readableLabel(localLabel)} (${how})${notes}`,
        });
    }
    const npmForm = algorithm === 'sha512'
        ? `; as npm shows them: local ${readableLabel(localLabel)}, reference ${readableLabel(remoteLabel)}`
        : '';
    // In canonicalize the reference's bytes are handed on instead: the difference is reported
    // and is the reason canonicalize exists, so its verdict says so rather than "MISMATCH".
    return row({
        verdict: canonicalize ? 'differs: the reference bytes were handed on' : 'MISMATCH',
        local: localLabel,
        remote: remoteLabel,
        remoteFrom,
        detail: canonicalize
            ? `differs: local ${localLabel}, reference ${remoteLabel} (${how})${npmForm}; the reference's bytes are handed on${notes}`
            : `MISMATCH: local ${localLabel}, reference ${remoteLabel} (${how})${npmForm}${notes}`,
    });
}

;// CONCATENATED MODULE: ./.build/core/digest-sources/hand-on.js
/*
 * canonicalize's hand-on: the bytes that become canonical in `output-dir`. When the reference
 * serves the version, its files are fetched and checked against its own published digests
 * (a mirror or CDN node serving other bytes is refused, never handed on); when it does not
 * (yet), the local files are copied. Files this run writes are listed, so a run that fails
 * later can take them back.
 */








/**
 * Refuses an output directory holding files this run would not write: a canonical directory
 * holding other files would hand those on too. Never deletes anything that is not its own.
 */
function prepareOutputDir(reference, dir, names) {
    external_node_fs_.mkdirSync(dir, { recursive: true });
    const expected = new Set(names);
    const strays = external_node_fs_.readdirSync(dir).filter((n) => !expected.has(n));
    if (strays.length > 0) {
        throw new source/* DigestSourceError */.W(reference, `output-dir ${dir} already holds other files (${strays
            .slice(0, 5)
            .map((n) => (0,core_quote/* quote */.h)(n))
            .join(', ')}${strays.length > 5 ? ', …' : ''}); give an empty directory`, { code: 'OUTPUT_DIR_NOT_EMPTY' });
    }
}
function sameFile(a, b) {
    try {
        return external_node_fs_.realpathSync(a) === external_node_fs_.realpathSync(b);
    }
    catch {
        return false;
    }
}
/** The reference's files, fetched and checked against its published digests, into `output-dir`. */
async function handOnReference(source, files, options, out) {
    const reference = source.reference.raw;
    prepareOutputDir(reference, options.outputDir, files.map((f) => f.name));
    for (const file of files) {
        const refused = refusal(file, options);
        if (refused) {
            out.rows.push(makeRow({ file: file.name, reference, verdict: 'refused', detail: refused }, options.exactSet));
            continue;
        }
        const dest = external_node_path_.join(options.outputDir, file.name);
        const published = Object.keys(file.published);
        const algorithms = [...new Set(['sha256', source.algorithm, ...published])];
        let digests;
        try {
            digests = await fetchServedFile(reference, file, algorithms, dest, options.http);
        }
        catch (error) {
            // A known failure (a registry's 401/403) carries its fix into the row.
            out.rows.push(makeRow({ file: file.name, reference, verdict: 'error', detail: (0,errors/* messageWithFix */.vW)(error) }, options.exactSet));
            continue;
        }
        out.written.push(dest);
        const wrong = published.find((a) => digests[a] !== file.published[a]);
        if (wrong) {
            // A mirror (or a CDN node) serving bytes that are not the ones the registry published.
            external_node_fs_.rmSync(dest, { force: true });
            out.rows.push(makeRow({
                file: file.name,
                reference,
                verdict: 'MISMATCH',
                remote: digestLabel(wrong, file.published[wrong]),
                remoteFrom: 'published',
                detail: `the bytes served (${digestLabel(wrong, digests[wrong])}) differ from the digest the reference publishes (${digestLabel(wrong, file.published[wrong])}): refused, nothing handed on for this file`,
            }, options.exactSet));
            continue;
        }
        out.fetched.set(file.name, digests);
        out.files.push({ name: file.name, sha256: digests.sha256 });
    }
}
/**
 * canonicalize's hand-on for its one reference: the reference's bytes when it serves the
 * version, the local files when it does not, nothing when it could not be read (fail closed: an
 * unreadable registry may well hold the version).
 */
async function handOn(locals, localDigests, source, served, unreadable, options) {
    const out = { rows: [], fetched: new Map(), files: [], written: [] };
    try {
        if (served) {
            out.canonical = 'reference';
            await handOnReference(source, served, options, out);
        }
        else if (!unreadable) {
            // Kept alike on purpose (docs/ARCHITECTURE.md): like handOnReference's loop, but over the local files.
            out.canonical = 'local';
            prepareOutputDir(source.reference.raw, options.outputDir, locals.map((l) => l.name));
            for (const local of locals) {
                const dest = external_node_path_.join(options.outputDir, local.name);
                if (!sameFile(local.path, dest)) {
                    external_node_fs_.copyFileSync(local.path, dest);
                    out.written.push(dest);
                }
                out.files.push({ name: local.name, sha256: localDigests.get(local.path).sha256 });
            }
        }
    }
    catch (error) {
        out.rows.push(makeRow({ file: '(output-dir)', reference: source.reference.raw, verdict: 'error', detail: (0,errors/* messageOf */.bD)(error) }, options.exactSet));
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/core/digest-sources/poll.js
/*
 * Asking a source until it serves the version: only "not there yet" is asked again, until
 * `propagation-timeout`; every other answer ends the polling at once.
 */


/**
 * Asks a source until it serves the version or the deadline passes. A DigestSourceError
 * (malformed metadata, a 5xx storm outliving the retries) ends the polling at once: waiting
 * does not fix a broken answer, and treating it as "not there yet" could let canonicalize hand
 * on local bytes for a version the registry already owns.
 */
async function poll(source, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? promises_.setTimeout;
    const deadline = now() + options.propagationTimeoutMs;
    for (let polls = 1;; polls++) {
        let lookup;
        try {
            lookup = await source.lookup();
        }
        catch (error) {
            // A known failure (a registry's 401/403) carries its fix into the row.
            return { lookup: { state: 'error', detail: (0,errors/* messageWithFix */.vW)(error) }, polls };
        }
        if (lookup.state !== 'pending')
            return { lookup, polls };
        const left = deadline - now();
        if (left <= 0)
            return { lookup, polls };
        options.log(`${source.reference.raw}: ${lookup.detail}; asking again (${Math.ceil(left / 1000)} s left)`);
        await sleep(Math.min(options.pollMs, left));
    }
}

// EXTERNAL MODULE: ./.build/core/paths.js
var paths = __webpack_require__(2720);
;// CONCATENATED MODULE: ./.build/core/digest-sources/sums.js
/*
 * A SHA256SUMS file (what `sha256sum` writes, and what this action's `sha256sums` output is):
 * `<64 hex><space><space or *><name>` a line. The digests are the reference; there are no bytes,
 * so a `sums:` reference can be verified against but never canonicalized from.
 */




/** Parses SHA256SUMS text. Names are reduced to their basename (`./dist/a.whl` → `a.whl`). */
function parseSha256Sums(reference, text) {
    const files = new Map();
    for (const [i, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.replace(/\s+$/, '');
        if (line === '' || line.startsWith('#'))
            continue;
        const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
        if (!match)
            throw new source/* DigestSourceError */.W(reference, `line ${i + 1} is not '<sha256>  <name>'`);
        const name = match[2].split('/').pop() ?? '';
        if (name === '' || name === '.' || name === '..') {
            throw new source/* DigestSourceError */.W(reference, `line ${i + 1} names no file`);
        }
        const sha256 = match[1].toLowerCase();
        const earlier = files.get(name);
        if (earlier && earlier.published.sha256 !== sha256) {
            throw new source/* DigestSourceError */.W(reference, `${(0,core_quote/* quote */.h)(name)} is listed twice with different digests`);
        }
        files.set(name, { name, published: { sha256 } });
    }
    return [...files.values()];
}
// Kept alike on purpose (docs/ARCHITECTURE.md): every source fills in the same Source fields; the lookup is its own.
/** The source for `sums:PATH`, resolved inside `root` (the workspace). */
function sumsSource(reference, root) {
    return {
        reference,
        algorithm: 'sha256',
        servesBytes: false,
        async lookup() {
            const file = (0,paths/* resolveInWorkspace */.z1)('against', reference.path, { root, mustExist: false });
            if (!external_node_fs_.existsSync(file))
                return { state: 'not-found', detail: `${reference.path} does not exist` };
            return { state: 'found', files: parseSha256Sums(reference.raw, external_node_fs_.readFileSync(file, 'utf8')) };
        },
    };
}
/** SHA256SUMS text for `(name, sha256)` pairs, sorted by name: what `sha256sum` would print. */
function formatSha256Sums(entries) {
    return [...entries]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((e) => `${e.sha256}  ${e.name}\n`)
        .join('');
}

;// CONCATENATED MODULE: ./.build/core/digest-sources/identity.js
/*
 * Byte identity: every local file matched by name against every reference, each comparison a
 * row (compare.ts), and in canonicalize the right bytes handed on (hand-on.ts). Each local file
 * is read once, for every digest any reference needs of it.
 *
 * Fail closed throughout: no local file is a failure, never a pass over nothing; a reference
 * that cannot be read is a failed row naming it (never "missing", which canonicalize would take
 * as "not published yet"); a mismatch is a verdict and is never retried; only "not there yet" is
 * polled, until `propagation-timeout`. A run that fails hands nothing on: the files it wrote
 * into `output-dir` are removed and it reports no canonical set and no SHA256SUMS.
 */







/** Compares the local files with every source, and in canonicalize hands the right bytes on. */
async function checkByteIdentity(locals, sources, options) {
    if (locals.length === 0) {
        // Zero files compared is no evidence at all: a failure in both modes, before any request.
        const detail = 'no local file is selected; nothing would be compared or handed on';
        const row = makeRow({ file: '(files)', reference: '(all)', verdict: 'error', detail }, options.exactSet);
        return failed([row], [], new Map());
    }
    // 1. What every reference serves, polled concurrently against one deadline.
    const looked = await Promise.all(sources.map((source) => poll(source, options)));
    const references = looked.map(({ lookup, polls }, i) => ({
        reference: sources[i].reference.raw,
        state: lookup.state,
        detail: lookup.state === 'found' ? `serves ${lookup.files.length} file(s)` : lookup.detail,
        files: lookup.state === 'found' ? lookup.files.length : 0,
        polls,
    }));
    const served = looked.map(({ lookup }) => (lookup.state === 'found' ? lookup.files : undefined));
    // 2. Every local file read once, for sha256 and whatever the references that serve it need.
    const plan = new Map();
    for (const local of locals) {
        const algorithms = new Set(['sha256']);
        sources.forEach((source, i) => {
            const file = served[i]?.find((f) => f.name === local.name);
            if (!file)
                return;
            for (const a of Object.keys(file.published))
                algorithms.add(a);
            algorithms.add(source.algorithm);
        });
        plan.set(local.path, [...algorithms]);
    }
    const localDigests = hashFilesSync(plan);
    // 3. canonicalize: its one reference's bytes (checked against its own published digests) or
    // the local files go to output-dir first, so the comparison below reuses their digests.
    let handed;
    if (options.mode === 'canonicalize') {
        handed = await handOn(locals, localDigests, sources[0], served[0], looked[0].lookup.state === 'error', options);
    }
    const rows = [...(handed?.rows ?? [])];
    // 4. Every local file against every reference.
    for (const [i, source] of sources.entries()) {
        const first = handed && i === 0
            ? { fetched: handed.fetched, skip: new Set(handed.rows.map((r) => r.file)) }
            : undefined;
        rows.push(...(await compareReference(source, references[i], served[i], locals, localDigests, options, first)));
    }
    const ok = rows.every((r) => r.ok);
    if (!ok) {
        for (const file of handed?.written ?? [])
            external_node_fs_.rmSync(file, { force: true });
        return failed(rows, references, localDigests);
    }
    const identical = rows.every((r) => r.verdict === 'identical' || r.verdict === 'missing locally') &&
        rows.some((r) => r.verdict === 'identical');
    const files = handed?.files ?? locals.map((l) => ({ name: l.name, sha256: localDigests.get(l.path).sha256 }));
    return {
        rows,
        references,
        identical,
        ok,
        canonical: handed?.canonical,
        canonicalDir: handed ? options.outputDir : undefined,
        sha256sums: formatSha256Sums(files),
        localDigests,
    };
}
/** A failed run's result: not identical, nothing handed on. */
function failed(rows, references, localDigests) {
    return { rows, references, identical: false, ok: false, sha256sums: '', localDigests };
}

// EXTERNAL MODULE: ./.build/core/digest-sources/crates.js
var crates = __webpack_require__(8264);
;// CONCATENATED MODULE: ./.build/core/digest-sources/dir.js
/*
 * A directory of the workspace (another build's output, a downloaded artifact): its regular
 * files, top level only, compared by name. There is no published digest: the bytes are read.
 */




// Kept alike on purpose (docs/ARCHITECTURE.md): every source fills in the same Source fields; the lookup is its own.
/** The source for `dir:PATH`, resolved inside `root` (the workspace). */
function dirSource(reference, root) {
    return {
        reference,
        algorithm: 'sha256',
        servesBytes: true,
        async lookup() {
            const dir = (0,paths/* resolveInWorkspace */.z1)('against', reference.path, { root, mustExist: false });
            if (!external_node_fs_.existsSync(dir))
                return { state: 'not-found', detail: `directory ${reference.path} does not exist` };
            if (!external_node_fs_.statSync(dir).isDirectory())
                throw new source/* DigestSourceError */.W(reference.raw, `${reference.path} is not a directory`);
            const files = [];
            for (const entry of external_node_fs_.readdirSync(dir, { withFileTypes: true })
                .sort((a, b) => (a.name < b.name ? -1 : 1))) {
                const full = external_node_path_.join(dir, entry.name);
                // A symlink is followed only when it stays inside the workspace (resolveInWorkspace).
                if (!entry.isFile() && !entry.isSymbolicLink())
                    continue;
                const real = (0,paths/* resolveInWorkspace */.z1)('against', full, { root });
                if (!external_node_fs_.statSync(real).isFile())
                    continue;
                files.push({ name: entry.name, published: {}, path: real });
            }
            return { state: 'found', files };
        },
    };
}

// EXTERNAL MODULE: ./.build/core/digest-sources/npm.js
var npm = __webpack_require__(7247);
// EXTERNAL MODULE: ./.build/core/digest-sources/pypi.js
var pypi = __webpack_require__(5792);
;// CONCATENATED MODULE: ./.build/core/github/assets.js
/*
 * Release assets: list them, read an asset's sha256 (GitHub's reported digest, else a streamed
 * download), and the content types uploads declare. byte-identity and undraft read assets
 * through exactly these.
 */





/** GitHub refuses release assets of 2 GiB or more ("each file must be under 2 GiB"). */
const MAX_ASSET_BYTES = (/* unused pure expression or super */ null && (2 * 1024 * 1024 * 1024));
/** All assets of a release, paginated to the end. */
async function listAssets(client, repo, releaseId) {
    try {
        return await paginateAll(client, 'GET /repos/{owner}/{repo}/releases/{release_id}/assets', { ...repo, release_id: releaseId }, { what: `assets of release ${releaseId}` });
    }
    catch (error) {
        throw errors_explainHttpError(error, `Listing the assets of release ${releaseId}`, 'contents: write');
    }
}
/** A release's assets by name (a name is unique on a release), the map stageAsset keeps. */
function assetsByName(assets) {
    return new Map(assets.map((a) => [a.name, a]));
}
/** `sha256:<hex>` → `<hex>`; anything else (another algorithm, malformed) → undefined. */
function sha256OfDigest(digest) {
    return digest ? sha256Hex(digest.trim()) : undefined;
}
/**
 * Streams one release asset from GitHub, hashing the bytes as they arrive (never held whole in
 * memory) and, given `dest`, writing them to a new file there (`wx`: never over an existing
 * one). Returns the sha256 and how many bytes came: the caller compares that count with the
 * size GitHub lists, since a short read would hash to a "different" asset. Every message
 * starts with `what` (the download and why).
 */
async function streamAsset(client, repo, assetId, what, dest) {
    let body;
    try {
        const response = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            ...repo,
            asset_id: assetId,
            headers: { accept: 'application/octet-stream' },
            request: { parseSuccessResponseBody: false },
        });
        body = response.data;
    }
    catch (error) {
        throw explainHttpError(error, what, 'contents: read');
    }
    const hash = createHash('sha256');
    const out = dest === undefined ? undefined : fs.createWriteStream(dest, { flags: 'wx' });
    let received = 0;
    try {
        if (body) {
            for await (const chunk of body) {
                received += chunk.length;
                hash.update(chunk);
                if (out && !out.write(chunk))
                    await new Promise((resolve) => out.once('drain', resolve));
            }
        }
    }
    catch (error) {
        out?.destroy();
        throw new GitHubRequestError('INCOMPLETE_DOWNLOAD', `${what} broke off after ${received} bytes: ${messageOf(error)}`, error);
    }
    if (out) {
        await new Promise((resolve, reject) => out.end((err) => (err ? reject(err) : resolve())));
    }
    return { sha256: hash.digest('hex'), received };
}
/**
 * The sha256 of an asset's bytes as GitHub serves them, downloaded as a stream and hashed as
 * it arrives. Used when GitHub reports no digest (assets uploaded before digests existed).
 */
async function downloadAssetSha256(client, repo, assetId, expectedSize) {
    const { sha256, received } = await streamAsset(client, repo, assetId, `Downloading asset ${assetId} to hash it`);
    // A short read would hash to a "different" asset: say what really happened instead.
    if (expectedSize !== undefined && received !== expectedSize) {
        throw new GitHubRequestError('INCOMPLETE_DOWNLOAD', `Downloading asset ${assetId} to hash it gave ${received} bytes, but GitHub lists it with ${expectedSize}; its digest is unknown`);
    }
    return sha256;
}
/**
 * The sha256 GitHub reports for an asset (its `digest`, `sha256:<hex>`, nullable in GitHub's
 * OpenAPI description of a release asset), or undefined when it reports none (assets uploaded
 * before GitHub computed digests). A digest in any other form is an error, never "no digest":
 * an undocumented form may be a change of algorithm, and reading past it would trust bytes
 * nobody vouched for. The one reading of the field, for every path that needs an asset's digest.
 */
function reportedSha256(asset) {
    const reported = sha256OfDigest(asset.digest);
    if (reported || !asset.digest)
        return reported;
    throw new errors_GitHubRequestError('UNEXPECTED_ANSWER', `asset ${(0,errors/* quote */.hD)(asset.name)} reports a digest GitHub does not document (${(0,errors/* quote */.hD)(asset.digest)})`);
}
/**
 * The sha256 of an existing asset: its reported digest ({@link reportedSha256}), else a
 * streamed download whose byte count must be the size GitHub lists. stage-release, sbom-attach
 * and undraft all learn a remote digest through this one function.
 */
async function remoteSha256(client, repo, asset) {
    const reported = reportedSha256(asset);
    if (reported)
        return { sha256: reported, how: 'digest' };
    return { sha256: await downloadAssetSha256(client, repo, asset.id, asset.size), how: 'download' };
}
const CONTENT_TYPES = {
    '.json': 'application/json',
    '.txt': 'text/plain',
    '.md': 'text/markdown',
    '.zip': 'application/zip',
    '.gz': 'application/gzip',
    '.tgz': 'application/gzip',
    '.xz': 'application/x-xz',
    '.bz2': 'application/x-bzip2',
    '.zst': 'application/zstd',
    '.tar': 'application/x-tar',
    '.whl': 'application/zip',
    '.jar': 'application/java-archive',
    '.deb': 'application/vnd.debian.binary-package',
    '.rpm': 'application/x-rpm',
    '.pem': 'application/x-pem-file',
    '.sig': 'application/pgp-signature',
    '.asc': 'application/pgp-signature',
};
/** A content type from the file extension; `application/octet-stream` when unknown. */
function contentTypeFor(name) {
    if (/\.sigstore(\.json)?$/.test(name))
        return 'application/vnd.dev.sigstore.bundle.v0.3+json';
    if (/\.intoto\.jsonl$/.test(name))
        return 'application/vnd.in-toto+json';
    if (/^SHA\d+SUMS/.test(name))
        return 'text/plain';
    const ext = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
    return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

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
async function refs_resolveTagCommit(client, repo, tag) {
    try {
        const { data } = await client.rest.repos.getCommit({ ...repo, ref: `tags/${tag}`, per_page: 1 });
        if (!/^[0-9a-f]{40}$/i.test(data.sha)) {
            throw new GitHubRequestError('UNEXPECTED_ANSWER', `GitHub resolved tag ${tag} to ${quote(data.sha)}, which is not a commit SHA.`);
        }
        return data.sha;
    }
    catch (error) {
        const status = statusOf(error);
        if (status !== 404 && status !== 422)
            throw explainHttpError(error, `Resolving tag ${tag}`, 'contents: read');
    }
    let object;
    try {
        const { data } = await client.rest.git.getRef({ ...repo, ref: `tags/${tag}` });
        object = data.object;
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        throw explainHttpError(error, `Resolving tag ${tag}`, 'contents: read');
    }
    throw new GitHubRequestError('UNEXPECTED_ANSWER', `Tag ${tag} exists (its ref names ${quote(object.type)} ${quote(object.sha)}) but GitHub resolves it to no commit.`);
}
/**
 * The commit a commit-ish names: a full SHA is taken as it is (lower-cased); a branch, tag or
 * short SHA is resolved by GitHub. Undefined when it names no commit.
 */
async function refs_resolveCommitish(client, repo, commitish) {
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

// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./.build/core/github/release-list.js
/*
 * Releases as GitHub lists them: the release object, the whole list read to find a tag's
 * releases (drafts are invisible to the by-tag endpoint), one release re-read, and the error a
 * release's state raises. Apart from the draft's lifecycle (releases.ts) because every action
 * that only reads releases (undraft, byte-identity's release source) needs this part alone.
 */



/** A release-state problem (published release, two drafts…): a failed check, not a crash. */
class release_list_ReleaseStateError extends errors/* BaseError */.Cf {
    constructor(code, message) {
        super(code, message);
        this.name = 'ReleaseStateError';
    }
}
function release_list_releaseLabel(r) {
    return `${r.draft ? 'draft' : 'published release'} ${r.id} (${r.html_url}, created ${r.created_at})`;
}
/**
 * The repository's releases, newest first as GitHub lists them, page by page until `until`
 * says stop or the list ends; any page that fails fails the whole read, explained as `doing`
 * "did not finish". The one read of the release list (a whole listing, or a re-read of the
 * newest pages).
 */
async function release_list_paginateReleases(client, repo, doing, until) {
    try {
        return await paginateAll(client, 'GET /repos/{owner}/{repo}/releases', { ...repo }, { what: `releases of ${repo.owner}/${repo.repo}`, until });
    }
    catch (error) {
        throw errors_explainHttpError(error, `${doing} did not finish`, 'contents: write');
    }
}
/**
 * Reads the whole release list once. The by-tag endpoint cannot see drafts, so every page is
 * read; an error on any page is an error (a partial list could hide a second draft or a
 * published release). One listing serves the published check and the draft lookup of a run.
 */
async function release_list_readReleaseListing(client, repo, tag) {
    const all = await release_list_paginateReleases(client, repo, `Listing the releases of ${repo.owner}/${repo.repo} (needed to find drafts)`);
    return { tag, releases: release_list_forTag(all, tag), seen: new Set(all.map((r) => r.id)) };
}
function release_list_forTag(all, tag) {
    return all.filter((r) => r.tag_name === tag).sort((a, b) => a.id - b.id);
}
/**
 * Every release of the repository whose tag is `tag`, drafts included, the whole list read
 * (see {@link readReleaseListing}).
 */
async function listReleasesForTag(client, repo, tag) {
    return (await release_list_readReleaseListing(client, repo, tag)).releases;
}
/**
 * Whether a tag names a prerelease, from its SemVer version (`v1.2.3-rc.1` → true). A tag that
 * is not SemVer cannot answer, so that is a configuration error rather than a guess.
 */
function prereleaseFromTag(tag) {
    const version = semver.parse(tag.replace(/^[^0-9]*/, ''));
    if (!version) {
        throw new ConfigurationError(`Tag '${tag}' is not SemVer, so 'prerelease: auto' cannot tell whether it is a prerelease: set input 'prerelease' to true or false.`);
    }
    return version.prerelease.length > 0;
}
/**
 * The release as GitHub holds it now, or undefined when it no longer exists (404). Any other
 * failure is an error naming `what` and the permission it needs.
 */
async function readRelease(client, repo, id, what = `Re-reading release ${id}`) {
    try {
        const { data } = await client.rest.repos.getRelease({ ...repo, release_id: id });
        return data;
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        throw explainHttpError(error, what, 'contents: write');
    }
}

;// CONCATENATED MODULE: ./.build/core/github/releases.js
/*
 * Releases: find (or create) the one draft release for a tag. Drafts are invisible to the
 * by-tag endpoint, so the whole release list is paginated, and every decision fails closed: a
 * list that could not be read to the end, a published release, two drafts, each stops the run
 * with a message, because a release pipeline that guesses is how wrong bytes get shipped.
 */





// The reading half is re-exported: most importers of releases name this module.

/**
 * The tag's releases created since `before` was read, with whatever of the known ones shares
 * their pages. GitHub lists releases newest first, so a release created after that listing
 * (this run's draft, or a concurrent run's made seconds ago) is on a page before any release the
 * listing saw: pages are read until one holds a known release, or the list ends. In the usual
 * case that is page 1, whatever the size of the repository; when more than a page of releases
 * appeared meanwhile, the next pages are read too, so nothing new is skipped. Only the new
 * releases matter here: one that was there before was in `before` already, and the caller
 * created a draft only because `before` held none for the tag.
 */
async function rereadNewest(client, repo, before) {
    const newest = await paginateReleases(client, repo, `Re-reading the releases of ${repo.owner}/${repo.repo} (needed to find concurrent drafts)`, (page) => page.some((r) => before.seen.has(r.id)));
    return forTag(newest, before.tag);
}
/**
 * The one draft for the listing's tag, or undefined when there is none. A published release
 * for the tag is an error (these actions never modify one), and so are two drafts (which one
 * holds the real assets is not knowable). Two drafts can also be a race in flight: runs that
 * each created a draft keep the earliest and delete their own within two requests (see
 * {@link ensureDraft}), so the list is read again for up to `concurrentWaitMs` before two
 * drafts are an error. Returns the listing that decided.
 */
async function settleDraft(client, repo, listing, wait) {
    const deadline = Date.now() + (wait.concurrentWaitMs ?? 30_000);
    for (;;) {
        const { tag, releases } = listing;
        const published = releases.filter((r) => !r.draft);
        if (published.length > 0) {
            throw new ReleaseStateError('PUBLISHED', `tag ${tag} already has a ${published.map(releaseLabel).join(' and a ')}; a published release is never modified. ` +
                'Publish under a new tag instead.');
        }
        if (releases.length <= 1)
            return { draft: releases[0], listing };
        if (Date.now() >= deadline) {
            throw new ReleaseStateError('AMBIGUOUS', `tag ${tag} has ${releases.length} draft releases: ${releases.map(releaseLabel).join('; ')}. ` +
                'Delete the ones that should not be published and run again.');
        }
        wait.log?.(`Tag ${tag} has ${releases.length} drafts (${releases.map((r) => r.id).join(', ')}): waiting for a concurrent run to remove its duplicate.`);
        await sleep(wait.pollMs ?? 1000);
        listing = await readReleaseListing(client, repo, tag);
    }
}
/**
 * The one draft for `tag`, or undefined when there is none: a published release for the tag
 * and two drafts (after waiting for a race to settle) are errors. Reads the release list unless
 * a listing this run already read is given.
 */
async function findDraft(client, repo, tag, options = {}) {
    const listing = options.listing ?? (await readReleaseListing(client, repo, tag));
    return (await settleDraft(client, repo, listing, options)).draft;
}
/**
 * Finds the draft for the tag or creates it. Creation is race-safe: after creating, the newest
 * releases are read again; when two runs each created a draft, every run keeps the lowest id
 * (the earliest created) and a run whose own draft is not that one deletes it (it holds no
 * assets yet). Release ids grow with creation order, so all runs agree on the survivor. The
 * release list is read once for the whole run: pass the listing the published check used.
 */
async function ensureDraft(client, repo, spec, options = {}) {
    // An existing draft is used whatever the tag's state: a draft may exist before its tag does
    // (GitHub creates the tag when the release is published).
    const settled = await settleDraft(client, repo, options.listing ?? (await readReleaseListing(client, repo, spec.tag)), options);
    const existing = settled.draft;
    const before = settled.listing;
    if (existing && !spec.checkTarget) {
        return {
            release: existing,
            created: false,
            target: existing.target_commitish,
            prerelease: existing.prerelease,
        };
    }
    // The tag's commit is read on every run, not only when creating: with an existing draft the
    // same inputs must be refused as on the run that would have created it, or a later run could
    // attach bytes built from another commit to the tag's release.
    const tagCommit = await tagCommitHoldingTarget(client, repo, spec.tag, spec.target);
    /** A draft this run did not create, while the tag is missing, must target `target`. */
    const checkDraft = async (draft) => {
        if (spec.checkTarget && !tagCommit)
            await assertDraftTarget(client, repo, draft, spec.target);
    };
    if (existing) {
        await checkDraft(existing);
        return {
            release: existing,
            created: false,
            target: tagCommit ?? existing.target_commitish,
            prerelease: existing.prerelease,
        };
    }
    const target = tagCommit ?? spec.target;
    if (!target) {
        throw new ConfigurationError(`Tag ${spec.tag} does not exist in ${repo.owner}/${repo.repo} and input 'target' is not set: ` +
            'push the tag first, or give the commit to release as target.');
    }
    const prerelease = typeof spec.prerelease === 'function' ? spec.prerelease() : spec.prerelease;
    const create = async () => {
        try {
            const { data } = await client.rest.repos.createRelease({
                ...repo,
                tag_name: spec.tag,
                target_commitish: target,
                name: spec.name ?? spec.tag,
                body: spec.body ?? '',
                draft: true,
                prerelease,
                // Creating is not idempotent: no automatic retry; the list is read before any retry.
                request: { retries: 0 },
            });
            return data;
        }
        catch (error) {
            const status = statusOf(error);
            if (status !== undefined && status < 500) {
                throw explainHttpError(error, `Creating the draft release for ${spec.tag}`, 'contents: write');
            }
            // A 5xx or a broken connection: the draft may or may not exist now.
            return undefined;
        }
    };
    let mine = await create();
    if (!mine && (await rereadNewest(client, repo, before)).length === 0) {
        // The failed request left nothing behind (the list says so): one more attempt is safe.
        mine = await create();
    }
    // The race re-read. Only what is new since the first listing can be a concurrent run's draft
    // (that listing held none for the tag, or this run would not have created one), and GitHub
    // lists newest first, so this is one page in the usual case (rereadNewest says why).
    const after = await rereadNewest(client, repo, before);
    const published = after.filter((r) => !r.draft);
    if (published.length > 0) {
        // Someone published the tag while we created a draft: leave the published one alone and
        // remove our draft, then refuse.
        if (mine)
            await deleteRelease(client, repo, mine.id);
        throw new ReleaseStateError('PUBLISHED', `tag ${spec.tag} was published while this run created a draft (${published.map(releaseLabel).join(', ')}); ` +
            'the new draft was removed and nothing was uploaded.');
    }
    if (!mine) {
        // Our create request failed without an answer; whatever draft is there now (ours that
        // landed, or a concurrent run's) is the one, the earliest if several.
        if (after.length === 0)
            throw new ReleaseStateError('NOT_CREATED', `Creating the draft release for ${spec.tag} failed, and no draft exists.`);
        const first = after[0];
        await checkDraft(first);
        return { release: first, created: false, target, prerelease: first.prerelease };
    }
    const created = mine;
    if (!after.some((r) => r.id === created.id)) {
        throw new ReleaseStateError('AMBIGUOUS', `the draft this run created (${mine.id}) is not in the release list; not knowing which draft is the real one, nothing is uploaded.`);
    }
    const survivor = after[0];
    if (survivor.id === mine.id)
        return { release: mine, created: true, target, prerelease };
    await deleteRelease(client, repo, mine.id);
    await checkDraft(survivor);
    return {
        release: survivor,
        created: false,
        yieldedTo: survivor.id,
        target,
        prerelease: survivor.prerelease,
    };
}
/**
 * The tag's commit (annotated tags peeled), or undefined when the tag does not exist. When it
 * exists it is the truth: a `target` that differs from it is refused, whatever release state
 * the caller found (draft, none, or published).
 */
async function tagCommitHoldingTarget(client, repo, tag, target) {
    const tagCommit = await resolveTagCommit(client, repo, tag);
    if (target && tagCommit && target.toLowerCase() !== tagCommit.toLowerCase()) {
        throw new ConfigurationError(`Input 'target' is ${target}, but tag ${tag} already points to ${tagCommit}: ` +
            "GitHub would release the tag's commit. Drop the input or fix the tag.");
    }
    return tagCommit;
}
/**
 * While the tag does not exist, the draft's `target_commitish` decides which commit GitHub tags
 * on publishing. It may be a branch name or a SHA: it is resolved to a commit and compared with
 * `target` as whole SHAs. Without `target` there is nothing to hold the draft to, so that is
 * refused as on creation.
 */
async function assertDraftTarget(client, repo, draft, target) {
    const commitish = draft.target_commitish;
    if (!target) {
        throw new ConfigurationError(`Tag ${draft.tag_name} does not exist in ${repo.owner}/${repo.repo} and input 'target' is not set, so draft ` +
            `${draft.id} (target_commitish '${commitish}') cannot be checked against the commit these files were built from: ` +
            'push the tag first, or give the commit to release as target.');
    }
    const resolved = await resolveCommitish(client, repo, commitish);
    if (resolved === undefined) {
        throw new ReleaseStateError('WRONG_TARGET', `draft ${draft.id} for ${draft.tag_name} targets '${commitish}', which resolves to no commit of ${repo.owner}/${repo.repo}; ` +
            `it cannot be shown to be ${target}, so nothing is uploaded`);
    }
    if (resolved !== target.toLowerCase()) {
        throw new ReleaseStateError('WRONG_TARGET', `draft ${draft.id} for ${draft.tag_name} targets '${commitish}'` +
            (resolved === commitish.toLowerCase() ? '' : ` (commit ${resolved})`) +
            `, but input 'target' is ${target}: these files would be released from another commit. ` +
            "Fix the draft's target or the input, and run again.");
    }
}
async function deleteRelease(client, repo, id) {
    try {
        await client.rest.repos.deleteRelease({ ...repo, release_id: id });
    }
    catch (error) {
        if (statusOf(error) === 404)
            return;
        throw explainHttpError(error, `Deleting duplicate draft release ${id}`, 'contents: write');
    }
}

;// CONCATENATED MODULE: ./.build/core/digest-sources/release.js





const messageOfRepo = (repo) => `${repo.owner}/${repo.repo}`;
/** The source for `release:TAG` in `repo`. `token` authorises asset downloads. */
function releaseSource(reference, options) {
    const { client, repo, token } = options;
    return {
        reference,
        algorithm: 'sha256',
        servesBytes: true,
        async lookup() {
            let releases;
            try {
                releases = await listReleasesForTag(client, repo, reference.tag);
            }
            catch (error) {
                throw new source/* DigestSourceError */.W(reference.raw, error.message, { cause: error });
            }
            if (releases.length === 0) {
                return {
                    state: 'pending',
                    detail: `${messageOfRepo(repo)} has no release (draft or published) for tag ${reference.tag}`,
                };
            }
            if (releases.length > 1) {
                // Which one holds the real bytes is not knowable: refuse rather than pick.
                throw new source/* DigestSourceError */.W(reference.raw, `${messageOfRepo(repo)} has ${releases.length} releases for tag ${reference.tag} (ids ${releases
                    .map((r) => r.id)
                    .join(', ')}); delete the stray drafts`);
            }
            const release = releases[0];
            let assets;
            try {
                assets = await listAssets(client, repo, release.id);
            }
            catch (error) {
                throw new source/* DigestSourceError */.W(reference.raw, error.message, { cause: error });
            }
            const files = [];
            for (const asset of assets) {
                if (asset.state !== 'uploaded') {
                    // A `starter` asset is an upload that broke: it serves no bytes, so it is no evidence.
                    throw new source/* DigestSourceError */.W(reference.raw, `asset ${(0,core_quote/* quote */.h)(asset.name)} is in state ${(0,core_quote/* quote */.h)(asset.state)} (an upload that did not finish); delete it and upload again`);
                }
                // The one reading of GitHub's `digest` field (github/assets.ts); without one, the bytes
                // are downloaded and hashed by the comparison like any source's.
                let sha256;
                try {
                    sha256 = reportedSha256(asset);
                }
                catch (error) {
                    throw new source/* DigestSourceError */.W(reference.raw, (0,errors/* messageOf */.bD)(error), { cause: error });
                }
                files.push({
                    name: asset.name,
                    published: sha256 ? { sha256 } : {},
                    size: asset.size,
                    url: asset.url,
                    auth: `Bearer ${token}`,
                    headers: { accept: 'application/octet-stream' },
                    note: release.draft ? 'draft release' : undefined,
                });
            }
            return { state: 'found', files };
        },
    };
}

// EXTERNAL MODULE: ./.build/core/digest-sources/reference.js
var digest_sources_reference = __webpack_require__(9983);
;// CONCATENATED MODULE: ./.build/core/digest-sources/url.js
/*
 * A plain URL: one file, named after the last segment of its path, with no published digest,
 * so it is downloaded and hashed whenever a local file of that name needs comparing. Only
 * https is accepted (plain http on loopback only), checked when the input is parsed and again
 * after redirects.
 */

/** The source for `url:URL`. */
function urlSource(reference) {
    return {
        reference,
        algorithm: 'sha256',
        servesBytes: true,
        async lookup() {
            const name = (0,digest_sources_reference/* urlFileName */.l5)(new URL(reference.url));
            if (name === undefined)
                return { state: 'not-found', detail: `${reference.url} names no file` };
            return { state: 'found', files: [{ name, published: {}, url: reference.url }] };
        },
    };
}

;// CONCATENATED MODULE: ./.build/core/digest-sources/sources.js
/* The one place that turns a parsed reference into its source. */








/** The source for a reference. */
function createSource(reference, context) {
    switch (reference.kind) {
        case 'pypi':
            return (0,pypi/* pypiSource */.So)(reference, { baseUrl: context.pypiUrl, http: context.http });
        case 'crates':
            return (0,crates/* cratesSource */.M5)(reference, {
                indexUrl: context.cratesIndexUrl,
                apiUrl: context.cratesApiUrl,
                http: context.http,
            });
        case 'npm':
            return (0,npm/* npmSource */.$W)(reference, { registry: context.npmRegistry, http: context.http });
        case 'release': {
            // byte-identity builds the context with `github` whenever a reference is `release:`; a
            // caller without it broke that contract, which no input can cause.
            if (!context.github)
                throw new errors/* InternalError */.Gd('createSource: a release reference needs the GitHub client');
            return releaseSource(reference, context.github());
        }
        case 'url':
            return urlSource(reference);
        case 'dir':
            return dirSource(reference, context.root);
        case 'sums':
            return sumsSource(reference, context.root);
    }
}

// EXTERNAL MODULE: ./.build/actions/byte-identity/inputs.js + 2 modules
var byte_identity_inputs = __webpack_require__(7866);
;// CONCATENATED MODULE: ./.build/actions/byte-identity/main.js













/**
 * The outputs of a run that did not succeed: every declared output is written (a later step's
 * `if:` reads a value, never an absent one), none names bytes: no canonical set, no SHA256SUMS.
 */
const FAILED_OUTPUTS = { identical: false, report: '', sha256sums: '', canonical: '', 'canonical-dir': '' };
/** The `report` output: every reference's state and every row, whole digests included. */
function reportJson(inputs, result, locals) {
    return JSON.stringify({
        mode: inputs.mode,
        identical: result.identical,
        canonical: result.canonical ?? null,
        'canonical-dir': result.canonicalDir ?? null,
        references: result.references,
        files: locals.map((l) => ({
            name: l.name,
            path: l.display,
            size: result.localDigests.get(l.path)?.size,
            sha256: result.localDigests.get(l.path)?.sha256,
            sha512: result.localDigests.get(l.path)?.sha512,
        })),
        rows: result.rows.map((r) => ({
            file: r.file,
            reference: r.reference,
            verdict: r.verdict,
            ok: r.ok,
            local: r.local ?? null,
            remote: r.remote ?? null,
            // npm's own form of a sha512 (dist.integrity, package-lock.json), beside the hex.
            'local-integrity': integrityOf(r.local) ?? null,
            'remote-integrity': integrityOf(r.remote) ?? null,
            'remote-from': r.remoteFrom ?? null,
            detail: r.detail,
        })),
    });
}
/** The summary's own table: a row per file and reference, with both digests and the verdict. */
function digestTable(result) {
    const lines = [
        '| file | reference | local digest | reference digest | verdict |',
        '| --- | --- | --- | --- | --- |',
    ];
    // A sha512 is shown as npm shows it too (`sha512-<base64>`), where npm users look it up.
    const cell = (label) => {
        const integrity = integrityOf(label);
        return `\`${shortLabel(label)}\`${integrity ? `<br>\`${integrity}\`` : ''}`;
    };
    for (const r of result.rows) {
        // The verdict cell is the row's verdict and its pass/fail, from the one value (rows.ts).
        const verdict = `${r.ok ? '✅' : '❌'} ${r.verdict === 'MISMATCH' ? '**MISMATCH**' : (0,action_report/* escapeCell */.kq)(r.verdict)}`;
        lines.push(`| ${(0,action_report/* escapeCell */.kq)(r.file)} | ${(0,action_report/* escapeCell */.kq)(r.reference)} | ${cell(r.local)} | ${cell(r.remote)}${r.remoteFrom && r.remoteFrom !== 'published' ? ` (${r.remoteFrom})` : ''} | ${verdict} |`);
    }
    const canonical = result.canonical
        ? `\n\nCanonical bytes: **${result.canonical}**, in \`${result.canonicalDir}\`.`
        : '';
    return `#### Digests\n\n${lines.join('\n')}${canonical}`;
}
/** Runs the `repackage` command without a shell; a failure stops the run with a summary row. */
async function repackage(command, root) {
    const [program, ...args] = command;
    let code;
    try {
        code = await (0,exec/* exec */.m)(program, args, { cwd: root, ignoreReturnCode: true });
    }
    catch (error) {
        code = -1;
        await refuse(`could not start '${program}': ${(0,errors/* messageOf */.bD)(error)}`);
    }
    if (code !== 0)
        await refuse(`'${command.join(' ')}' exited with code ${code}`);
}
async function refuse(detail) {
    const report = new action_report/* Report */.pl('byte-identity');
    report.fail('repackage', detail);
    await (0,action_report/* publishReport */.S3)(report);
    (0,action_outputs/* setOutputs */.n)(FAILED_OUTPUTS);
    throw new errors/* ChecksFailedError */.Ro(report.failureMessage());
}
/**
 * byte-identity: the local files are the bytes the references publish. Repackages first when
 * asked, checks the local files and references (every problem at once), then compares.
 */
async function main_run(inputs, root, deps) {
    if (inputs.repackage.length > 0)
        await repackage(inputs.repackage, root);
    const { locals, problems } = (0,byte_identity_inputs/* localFiles */.Jd)(inputs, root);
    if (problems.length > 0) {
        // Only reachable after `repackage` (otherwise the entry refused these already): the same
        // refusal, one configuration row per problem, nothing compared or handed on.
        const report = new action_report/* Report */.pl('byte-identity: configuration refused');
        for (const problem of problems)
            report.fail('configuration', problem);
        await (0,action_report/* publishReport */.S3)(report);
        (0,action_outputs/* setOutputs */.n)(FAILED_OUTPUTS);
        throw new errors/* ConfigurationError */.j1(problems);
    }
    let github;
    const sources = inputs.references.map((reference) => createSource(reference, {
        root,
        pypiUrl: inputs.pypiUrl,
        cratesIndexUrl: inputs.cratesIndexUrl,
        cratesApiUrl: inputs.cratesApiUrl,
        npmRegistry: inputs.npmRegistry,
        http: deps.http,
        github: () => (github ??= { client: createClient(inputs.token), repo: inputs.repository, token: inputs.token }),
    }));
    const scratch = external_node_fs_.mkdtempSync(external_node_path_.join(process.env.RUNNER_TEMP || external_node_os_.tmpdir(), 'byte-identity-'));
    try {
        await runChecks('byte-identity', [
            async (report) => {
                let result;
                try {
                    result = await checkByteIdentity(locals, sources, {
                        mode: inputs.mode,
                        exactSet: inputs.exactSet,
                        allowYanked: inputs.allowYanked,
                        propagationTimeoutMs: inputs.propagationTimeoutMs,
                        pollMs: deps.pollMs ?? 10_000,
                        outputDir: inputs.outputDir,
                        scratch,
                        log: deps.log,
                        http: deps.http,
                    });
                }
                catch (error) {
                    // A bug path (every expected failure is a row): still no ending without the outputs.
                    (0,action_outputs/* setOutputs */.n)(FAILED_OUTPUTS);
                    throw error;
                }
                for (const row of result.rows) {
                    report.add({ check: `${row.file} · ${row.reference}`, ok: row.ok, detail: row.detail });
                }
                return {
                    outputs: {
                        ...FAILED_OUTPUTS,
                        identical: result.identical,
                        report: reportJson(inputs, result, locals),
                        ...(result.ok
                            ? {
                                sha256sums: result.sha256sums,
                                canonical: result.canonical ?? '',
                                'canonical-dir': result.canonicalDir ?? '',
                            }
                            : {}),
                    },
                    hardFailures: result.rows.filter((r) => !r.ok).length,
                    summary: [digestTable(result)],
                };
            },
        ], 
        // byte-identity declares no `ok`/`reason`: `identical` is its verdict, the summary its reason.
        { onReject: 'fail', verdictOutputs: false });
    }
    finally {
        external_node_fs_.rmSync(scratch, { recursive: true, force: true });
    }
}


/***/ })

};
