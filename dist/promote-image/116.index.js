export const id = 116;
export const ids = [116];
export const modules = {

/***/ 4116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ./.build/core/action/workflow-commands.js + 17 modules
var workflow_commands = __webpack_require__(2019);
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

// EXTERNAL MODULE: ./.build/core/action/secrets.js + 1 modules
var secrets = __webpack_require__(4118);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./.build/core/env.js
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

;// CONCATENATED MODULE: ./.build/core/http/retry.js
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
const retry_RETRY_POLICY = { attempts: 5, backoffMs: 1000 };
/** The wait after the `failed`-th failed try (1-based): `firstMs` doubled each time. */
function retry_backoffDelayMs(firstMs, failed) {
    return firstMs * 2 ** (failed - 1);
}
/**
 * A try that another try may cure; `afterMs` when the server said how long to wait
 * (Retry-After). Never leaves {@link withRetries}: it becomes the caller's `exhausted` error.
 */
class TransientFailure extends errors/* BaseError */.Cf {
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
    const attempts = options.attempts ?? retry_RETRY_POLICY.attempts;
    const backoffMs = options.backoffMs ?? retry_RETRY_POLICY.backoffMs;
    const maxWaitMs = options.maxWaitMs ?? 60_000;
    const sleep = options.sleep ?? promises_.setTimeout;
    for (let attempt = 1;; attempt++) {
        let wait = retry_backoffDelayMs(backoffMs, attempt);
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

;// CONCATENATED MODULE: ./.build/core/known-failures.js

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
class KnownFailure extends errors/* BaseError */.Cf {
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
    const accepted = answer.accepted ? ` (GitHub accepts: ${(0,errors/* quote */.hD)(answer.accepted)})` : '';
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
    const network = (0,errors/* networkFailure */.rd)(error);
    const status = (0,errors/* causeChain */.DD)(error)
        .map((link) => link ?? {})
        .map((link) => link.statusCode ?? link.status)
        .find((s) => typeof s === 'number');
    if (network === undefined && !(status !== undefined && status >= 500))
        return undefined;
    const why = network ? (0,errors/* unreachableMessage */.Ep)(network.host, network.reason) : `HTTP ${status}`;
    return new KnownFailure('TUF_UNREACHABLE', `cannot load the public-good Sigstore trusted root: its TUF repository could not be reached (${why})`, { cause: error });
}

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
class errors_PaginationError extends errors/* BaseError */.Cf {
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
    const known = permissionFailure(what, permission, { status, message: (0,errors/* messageOf */.bD)(error), accepted: e?.response?.headers?.['x-accepted-github-permissions'] }, error);
    if (known)
        return known;
    if (status === 403 || status === 404) {
        return new errors_GitHubRequestError('NOT_PERMITTED', `${what}: GitHub answered ${status}. The token may lack the '${permission}' permission ` +
            `(add 'permissions: ${permission}' to the job), or the resource does not exist.`, error);
    }
    return new errors_GitHubRequestError('REQUEST_FAILED', `${what}: ${(0,errors/* messageOf */.bD)(error)}`, error);
}

// EXTERNAL MODULE: ./.build/core/github/repository.js
var github_repository = __webpack_require__(6756);
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
    const asked = parseRetryAfter(headers['retry-after'], () => now, unitMs);
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
    const retries = options.retries ?? retry_RETRY_POLICY.attempts - 1;
    const backoffMs = options.backoffMs ?? envNumber('SEALED_RELEASE_RETRY_MS') ?? retry_RETRY_POLICY.backoffMs;
    const unitMs = options.retryAfterUnitMs ?? 1000;
    const maxWaitMs = options.maxWaitMs ?? 5 * 60_000;
    const sleep = options.sleep ?? promises_.setTimeout;
    // SEALED_RELEASE_REQUEST_TIMEOUT_MS shortens the timeout for the loopback reliability matrix
    // (its `slow` fault); 0 is ignored, so a stray value can never turn the timeout off.
    const requestTimeoutMs = options.requestTimeoutMs || envNumber('SEALED_RELEASE_REQUEST_TIMEOUT_MS') || 120_000;
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
                if (!reason || (reason === 'transient' && !isIdempotent(method)))
                    throw error;
                // Only a rate limit's wait is GitHub's to set; a 5xx waits the policy's backoff.
                const afterMs = reason === 'rate-limit' ? requestedWaitMs(error, Date.now(), unitMs) : undefined;
                throw new TransientFailure((0,errors/* messageOf */.bD)(error), afterMs, { cause: error });
            }
        };
        return withRetries({ attempts: limit + 1, backoffMs, maxWaitMs, sleep }, tryOnce, {
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
                throw new GitHubRequestError('TOO_MANY_PAGES', `more than ${maxPages} pages; refusing to go on`);
            }
            const data = response.data;
            if (!Array.isArray(data))
                throw new GitHubRequestError('UNEXPECTED_ANSWER', 'a page was not a list');
            if (announced === undefined && typeof data.total_count === 'number')
                announced = data.total_count;
            items.push(...data);
            if (options.until?.(data))
                break;
        }
    }
    catch (error) {
        throw new PaginationError(`${options.what ?? route}: the listing could not be completed after ${pages} page(s): ${messageOf(error)}`, error, pages);
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
            throw new errors_GitHubRequestError('UNEXPECTED_ANSWER', `GitHub resolved tag ${tag} to ${(0,errors/* quote */.hD)(data.sha)}, which is not a commit SHA.`);
        }
        return data.sha;
    }
    catch (error) {
        const status = errors_statusOf(error);
        if (status !== 404 && status !== 422)
            throw errors_explainHttpError(error, `Resolving tag ${tag}`, 'contents: read');
    }
    let object;
    try {
        const { data } = await client.rest.git.getRef({ ...repo, ref: `tags/${tag}` });
        object = data.object;
    }
    catch (error) {
        if (errors_statusOf(error) === 404)
            return undefined;
        throw errors_explainHttpError(error, `Resolving tag ${tag}`, 'contents: read');
    }
    throw new errors_GitHubRequestError('UNEXPECTED_ANSWER', `Tag ${tag} exists (its ref names ${(0,errors/* quote */.hD)(object.type)} ${(0,errors/* quote */.hD)(object.sha)}) but GitHub resolves it to no commit.`);
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

// EXTERNAL MODULE: ./.build/core/oci/media-types.js
var media_types = __webpack_require__(6802);
// EXTERNAL MODULE: ./.build/core/quote.js
var core_quote = __webpack_require__(5688);
// EXTERNAL MODULE: ./.build/core/http/url.js
var http_url = __webpack_require__(2288);
;// CONCATENATED MODULE: ./.build/core/http/fetch.js
/*
 * One HTTP exchange over `fetch`, for any method, under the shared retry policy (retry.ts):
 * redirects followed by hand with each hop's URL checked, a request timeout that restarts with
 * every body chunk, 5xx/408/429 and broken connections tried again, and the failure worded
 * with its cause. byte-identity's metadata reads and downloads use it; so will the OCI client
 * (HEAD, PUT, POST of manifests and blobs).
 *
 * What is never tried again: an answer (a 404 is a fact), a certificate the TLS layer refused
 * (another try meets the same certificate; retrying only hides the cause for minutes), and a
 * non-idempotent request whose effect nobody re-read.
 */




/** An exchange that failed for good; the message names what was asked for and why. */
class HttpError extends errors/* BaseError */.Cf {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'HttpError';
    }
}
/** Redirects followed at most (a registry's CDN may add one or two). */
const MAX_REDIRECTS = 5;
/**
 * Sends the request, trying again as the policy allows, and hands an answer whose status is
 * not retryable to `read`, which turns it into the value. `read` gets `touch`, to call as body
 * bytes arrive (the request timeout restarts with it, so a large body takes as long as it needs
 * while a silent server is given up on), and may throw a TransientFailure (a body cut short).
 * Errors `read` throws on purpose (a BaseError) end the exchange as they are.
 */
async function exchange(url, options, read) {
    const { what } = options;
    const method = (options.method ?? 'GET').toUpperCase();
    const start = (0,http_url/* checkFetchUrl */.mh)(String(url));
    if (typeof start === 'string')
        throw new HttpError('BAD_URL', `${what}: the URL ${(0,core_quote/* quote */.h)(String(url))} ${start}`);
    const idempotent = isIdempotent(method);
    const timeoutMs = options.http?.timeoutMs ?? 60_000;
    let attempt = 0;
    const tryOnce = async () => {
        attempt++;
        if (attempt > 1 && !idempotent && options.reread) {
            const done = await options.reread();
            if (done !== undefined)
                return done;
        }
        const controller = new AbortController();
        let timer;
        const touch = () => {
            clearTimeout(timer);
            timer = setTimeout(() => controller.abort(new Error(`no answer for ${timeoutMs} ms (request timeout)`)), timeoutMs);
        };
        touch();
        try {
            const response = await follow(start, method, options, controller.signal);
            if (retryableStatus(response.status)) {
                await response.body?.cancel();
                throw new TransientFailure(`HTTP ${response.status}`, retryAfterMs(response));
            }
            return await read(response, touch);
        }
        catch (error) {
            throw classify(error, what, controller.signal);
        }
        finally {
            clearTimeout(timer);
        }
    };
    const guarded = idempotent || options.reread
        ? tryOnce
        : async () => {
            try {
                return await tryOnce();
            }
            catch (error) {
                if (!(error instanceof TransientFailure))
                    throw error;
                throw new HttpError('NOT_RETRIED', `${what} failed (${error.message}); a ${method} is not sent again without re-reading what the first one did`, { cause: error });
            }
        };
    return withRetries(options.http ?? {}, guarded, {
        exhausted: (attempts, last, cause) => new HttpError('RETRIES_EXHAUSTED', `${what} failed after ${attempts} tries (last: ${last})`, { cause }),
        waitTooLong: (last, askedMs, maxMs) => new HttpError('WAIT_TOO_LONG', `${what} failed (${last} asking to wait ${askedMs / 1000} s, over the ${maxMs / 1000} s limit)`),
    });
}
/**
 * The request with redirects followed by hand: `redirect: 'follow'` would accept a hop through
 * plain http, where anyone on the path could send the client on to a host of their choosing, and
 * only the final URL could be checked. A 303 turns the request into a GET, as RFC 9110 §15.4.4
 * says; other redirects keep the method and body.
 */
async function follow(start, method, options, signal) {
    let url = start;
    let current = method;
    for (let hop = 0;; hop++) {
        const headers = { ...options.headers, 'user-agent': 'sealed-release' };
        if (options.authorization !== undefined && url.origin === start.origin)
            headers.authorization = options.authorization;
        const body = current === 'GET' || current === 'HEAD' ? undefined : options.body?.();
        const response = await fetch(url, {
            method: current,
            headers,
            body,
            redirect: 'manual',
            signal,
            // A streamed body needs half-duplex (undici refuses it otherwise).
            ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
        });
        const location = response.headers.get('location');
        if (response.status < 300 || response.status > 399 || location === null)
            return response;
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS)
            throw new HttpError('TOO_MANY_REDIRECTS', `${options.what} redirected more than ${MAX_REDIRECTS} times`);
        const next = (0,http_url/* checkFetchUrl */.mh)(new URL(location, url).href);
        if (typeof next === 'string')
            throw new HttpError('REDIRECT_REFUSED', `${options.what} was redirected to a URL that ${next}`);
        if (response.status === 303 && current !== 'HEAD')
            current = 'GET';
        url = next;
    }
}
/**
 * The error a failed try ends with: the caller's own errors as they are; a timeout in its own
 * words; a refused certificate as a final failure naming its code; any other failure below
 * HTTP (fetch says only "fetch failed") tried again, worded with its causes.
 */
function classify(error, what, signal) {
    if (error instanceof errors/* BaseError */.Cf)
        return error;
    // The abort's reason is the clearest account of a timeout; fetch may wrap it.
    if (signal.aborted)
        return new TransientFailure((0,errors/* messageOf */.bD)(signal.reason), undefined, { cause: error });
    const certificate = certificateFailure(error);
    if (certificate) {
        return new HttpError('TLS_CERTIFICATE', `${what} failed: the server's TLS certificate was refused (${certificate}); not tried again, as another try meets the same certificate. Behind a proxy with its own certificate authority, give the runner its certificate with NODE_EXTRA_CA_CERTS.`, { cause: error });
    }
    return new TransientFailure((0,errors/* messageWithCauses */.OM)(error), undefined, { cause: error });
}
/**
 * The certificate errors Node reports from OpenSSL's verification, by `code` (Node's tls
 * documentation, "X509 certificate error codes"), and the host-name check's own code.
 */
const CERTIFICATE_CODES = new Set([
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_CRL',
    'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
    'UNABLE_TO_DECRYPT_CRL_SIGNATURE',
    'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
    'CERT_SIGNATURE_FAILURE',
    'CRL_SIGNATURE_FAILURE',
    'CERT_NOT_YET_VALID',
    'CERT_HAS_EXPIRED',
    'CRL_NOT_YET_VALID',
    'CRL_HAS_EXPIRED',
    'ERROR_IN_CERT_NOT_BEFORE_FIELD',
    'ERROR_IN_CERT_NOT_AFTER_FIELD',
    'ERROR_IN_CRL_LAST_UPDATE_FIELD',
    'ERROR_IN_CRL_NEXT_UPDATE_FIELD',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'CERT_CHAIN_TOO_LONG',
    'CERT_REVOKED',
    'INVALID_CA',
    'PATH_LENGTH_EXCEEDED',
    'INVALID_PURPOSE',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'HOSTNAME_MISMATCH',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** `message (CODE)` of a certificate error in the cause chain, or undefined when there is none. */
function certificateFailure(error) {
    for (const link of (0,errors/* causeChain */.DD)(error)) {
        const code = link?.code;
        if (typeof code === 'string' && CERTIFICATE_CODES.has(code)) {
            // Node adds advice about its own flags to some messages; the code and the first clause are the fact.
            // Read as a plain property: fetch's errors come from Node's realm, which may not be the caller's.
            const text = link.message;
            const message = (typeof text === 'string' ? text : String(link)).split(';')[0];
            return `${message} (${code})`;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./.build/core/oci/errors.js
var oci_errors = __webpack_require__(1935);
;// CONCATENATED MODULE: ./.build/core/oci/auth.js
/*
 * The registry's own authentication, as the distribution spec and Docker's token specification
 * (distribution `docs/spec/auth/token.md`) describe it: a request without credentials is answered
 * 401 with `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (or `Basic realm="…"`); the
 * client asks the realm for a token (`GET realm?service=…&scope=…`, with the user's Basic
 * credentials when there are any, anonymously otherwise) and sends `Authorization: Bearer <token>`.
 * The token answer holds `token` or `access_token` (both named there). Tokens are kept per scope,
 * and one that is answered 401 is asked for again once before the failure is the user's.
 */




/**
 * The challenges of a `WWW-Authenticate` header (RFC 9110 §11.6.1: `scheme` then comma-separated
 * `name=value` parameters, values a token or a quoted string, which may hold commas: `scope=
 * "repository:a:pull,push"`). A header may hold several challenges; a word not followed by `=`
 * starts the next one.
 */
function parseChallenges(header) {
    const challenges = [];
    let i = 0;
    const skip = (pattern) => {
        while (i < header.length && pattern.test(header[i]))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < header.length && /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(header[i]))
            i++;
        return header.slice(start, i);
    };
    let current;
    while (i < header.length) {
        skip(/[\s,]/);
        const word = token();
        if (!word) {
            i++;
            continue;
        }
        skip(/\s/);
        if (header[i] === '=' && current) {
            i++;
            skip(/\s/);
            let value = '';
            if (header[i] === '"') {
                i++;
                while (i < header.length && header[i] !== '"') {
                    if (header[i] === '\\')
                        i++;
                    value += header[i++] ?? '';
                }
                i++;
            }
            else {
                value = token();
            }
            current.params[word.toLowerCase()] = value;
        }
        else {
            current = { scheme: word.toLowerCase(), params: {} };
            challenges.push(current);
        }
    }
    return challenges;
}
/** The scope of a repository for an access (Docker's token spec, "Requesting a Token"). */
function repositoryScope(repository, push) {
    return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
}
/**
 * Holds the tokens of one registry: `header(scopes)` gives the `Authorization` header known for
 * those scopes (none at first: the registry says what it wants), `answer(challenge, scopes)`
 * obtains one after a 401, `forget(scopes)` drops one the registry refused.
 */
class RegistryAuth {
    registry;
    credentials;
    http;
    tokens = new Map();
    /** Token requests made (the request counts of a push or a read include them). */
    tokenRequests = 0;
    constructor(registry, credentials, http) {
        this.registry = registry;
        this.credentials = credentials;
        this.http = http;
    }
    header(scopes) {
        return this.tokens.get(scopes.join(' '));
    }
    forget(scopes) {
        this.tokens.delete(scopes.join(' '));
    }
    /**
     * Obtains the `Authorization` header a 401's `WWW-Authenticate` asks for. Returns undefined
     * when the challenge is Basic and no credentials were given (the user's to fix: the caller
     * turns the 401 into the known failure).
     */
    async answer(wwwAuthenticate, scopes) {
        const challenges = parseChallenges(wwwAuthenticate ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        const basic = challenges.find((c) => c.scheme === 'basic');
        const key = scopes.join(' ');
        if (bearer) {
            const value = `Bearer ${await this.token(bearer, scopes)}`;
            this.tokens.set(key, value);
            return value;
        }
        if (basic) {
            if (!this.credentials)
                return undefined;
            const { username, password } = this.credentials;
            const value = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
            this.tokens.set(key, value);
            return value;
        }
        throw new oci_errors/* OciError */.M('BAD_CHALLENGE', `${this.registry} answered 401 with ${wwwAuthenticate === null ? 'no WWW-Authenticate header' : `the challenge ${(0,core_quote/* quote */.h)(wwwAuthenticate)}`}; expected Bearer realm="…" or Basic`);
    }
    /** Asks the challenge's realm for a token covering `scopes` (and the challenge's own scope). */
    async token(challenge, scopes) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new oci_errors/* OciError */.M('BAD_CHALLENGE', `${this.registry} sent a Bearer challenge without a realm`);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new oci_errors/* OciError */.M('BAD_CHALLENGE', `${this.registry} sent a Bearer realm that is not a URL: ${(0,core_quote/* quote */.h)(realm)}`);
        }
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        const wanted = new Set(scopes);
        if (challenge.params.scope)
            for (const s of challenge.params.scope.split(' '))
                if (s)
                    wanted.add(s);
        for (const scope of wanted)
            url.searchParams.append('scope', scope);
        const authorization = this.credentials
            ? `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`
            : undefined;
        this.tokenRequests++;
        const what = `the token for ${[...wanted].join(' ')} from ${url.origin}`;
        return exchange(url, { what, authorization, http: this.http }, async (response) => {
            const text = await response.text();
            if (response.status === 401 || response.status === 403) {
                throw new TokenRefused(response.status);
            }
            if (response.status !== 200)
                throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the token server answered ${response.status} ${(0,core_quote/* quote */.h)(text)}`);
            let body;
            try {
                body = JSON.parse(text);
            }
            catch {
                throw new oci_errors/* OciError */.M('BAD_CHALLENGE', `${what}: the answer is not JSON: ${(0,core_quote/* quote */.h)(text)}`);
            }
            const { token, access_token: accessToken } = (body ?? {});
            const value = typeof token === 'string' && token ? token : accessToken;
            if (typeof value !== 'string' || !value || /[\s]/.test(value))
                throw new oci_errors/* OciError */.M('BAD_CHALLENGE', `${what}: the answer holds no token`);
            return value;
        });
    }
}
/** The token server refused the credentials (401/403): the client ends it as the known failure. */
class TokenRefused extends oci_errors/* OciError */.M {
    status;
    constructor(status) {
        super('BAD_CHALLENGE', `the token server answered ${status}`);
        this.status = status;
        this.name = 'TokenRefused';
    }
}
/**
 * The credentials for a registry, as the contract's "Container images" section sets them: the
 * `registry-username` / `registry-password` inputs when given (both, or a configuration error
 * naming them); for `ghcr.io` otherwise the workflow's actor and token (`github.actor`,
 * `github-token`; pushing needs `packages: write`); anonymous elsewhere.
 */
function registryCredentials(registry, given, github = {}) {
    const username = given.username?.trim() ? given.username : undefined;
    const password = given.password ? given.password : undefined;
    if ((username === undefined) !== (password === undefined))
        throw new errors/* ConfigurationError */.j1(`registry-username and registry-password go together: ${username === undefined ? 'registry-password' : 'registry-username'} is set and ${username === undefined ? 'registry-username' : 'registry-password'} is not`);
    if (username !== undefined && password !== undefined)
        return { username, password };
    if (registry === 'ghcr.io' && github.actor && github.token)
        return { username: github.actor, password: github.token };
    return undefined;
}

// EXTERNAL MODULE: ./.build/core/oci/reference.js
var oci_reference = __webpack_require__(6359);
;// CONCATENATED MODULE: ./.build/core/oci/transport.js
/*
 * The transport of the OCI client: one request to a registry over the project's one HTTP layer
 * (`exchange`: its retry policy, the https-or-loopback rule, redirects checked hop by hop),
 * authenticated by the registry's own challenge (auth.ts), its body read whole up to a limit.
 * The registry's token goes to the registry's own origin only: an upload `Location` or a `Link`
 * on another host never sees it.
 */






/** Largest manifest read: the distribution spec says registries SHOULD accept at least 4 MiB. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Largest blob read into memory (configs, layers of bundles and SBOMs; never image layers). */
const MAX_BLOB_BYTES = 64 * 1024 * 1024;
/** Tags asked for per page (`n`); a registry may send fewer, or ignore it and send all. */
const TAG_PAGE = 1000;
/**
 * Requests to one registry; tokens are kept per scope. The OCI client (client.ts) and the
 * referrers (referrers.ts) speak through it.
 */
class RegistryTransport {
    registry;
    baseUrl;
    /** Requests sent to the registry, a retried one counted once (token requests: `auth.tokenRequests`). */
    requests = 0;
    auth;
    http;
    credentialInputs;
    constructor(options) {
        this.registry = options.registry;
        this.baseUrl = (options.baseUrl ?? (0,oci_reference/* registryBaseUrl */.mO)(options.registry)).replace(/\/+$/, '');
        this.http = options.http;
        this.credentialInputs = options.credentialInputs ?? ['registry-username', 'registry-password'];
        this.auth = new RegistryAuth(options.registry, options.credentials, options.http);
    }
    /**
     * Sends a request with the token known for its scope; on a 401 obtains one from the challenge
     * and sends it once more; a second 401, or a 403, is the user's credentials (the known failure
     * that names the credential inputs).
     */
    async send(request) {
        const scopes = [repositoryScope(request.repository, request.push ?? false)];
        if (request.from)
            scopes.push(repositoryScope(request.from, false));
        for (let round = 0;; round++) {
            const answer = await this.once(request, this.auth.header(scopes));
            if (answer.status === 403)
                throw this.refused(request, 403);
            if (answer.status !== 401)
                return answer;
            if (round > 0)
                throw this.refused(request, 401);
            this.auth.forget(scopes);
            let header;
            try {
                header = await this.auth.answer(answer.headers.get('www-authenticate'), scopes);
            }
            catch (error) {
                if (error instanceof TokenRefused)
                    throw this.refused(request, error.status, error);
                throw error;
            }
            if (header === undefined)
                throw this.refused(request, 401);
        }
    }
    refused(request, status, cause) {
        return registryAuthFailure(`${request.what} (${this.registry}/${request.repository})`, status, this.credentialInputs, cause);
    }
    async once(request, authorization) {
        const url = /^https?:\/\//.test(request.path) ? request.path : `${this.baseUrl}${request.path}`;
        const sameOrigin = URL.canParse(url) && new URL(url).origin === new URL(this.baseUrl).origin;
        const limit = request.limit ?? MAX_MANIFEST_BYTES;
        const body = request.body;
        this.requests++;
        return exchange(url, {
            what: request.what,
            method: request.method,
            headers: request.headers,
            authorization: sameOrigin ? authorization : undefined,
            http: this.http,
            body: body === undefined ? undefined : () => new Uint8Array(body),
            // A POST opens an upload session; a lost answer leaves only an unused session behind, so
            // sending it again has no effect anyone can see.
            reread: request.method === 'POST' ? async () => undefined : undefined,
        }, async (response, touch) => ({
            status: response.status,
            headers: response.headers,
            body: await readBounded(response, limit, touch, request.what),
        }));
    }
}
/** Reads a body chunk by chunk, refusing one over `limit` bytes. */
async function readBounded(response, limit, touch, what) {
    const chunks = [];
    let size = 0;
    if (!response.body)
        return Buffer.alloc(0);
    for await (const chunk of response.body) {
        touch();
        size += chunk.length;
        if (size > limit) {
            await response.body.cancel().catch(() => { });
            throw new oci_errors/* OciError */.M('TOO_LARGE', `${what}: the answer is over ${limit} bytes`);
        }
        chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
}
/** A `Docker-Content-Digest` that names another digest than the bytes sent: the registry stored something else. */
function checkAnnounced(answer, digest, what) {
    const announced = answer.headers.get('docker-content-digest');
    if (announced !== null && announced !== digest)
        throw new oci_errors/* OciError */.M('DIGEST_MISMATCH', `${what}: the registry answered with the digest ${(0,core_quote/* quote */.h)(announced)}, not ${digest} (the sha256 of the bytes sent)`);
}
function unexpected(what, answer) {
    return new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the registry answered ${answer.status} ${(0,core_quote/* quote */.h)(answer.body.toString('utf8'))}`);
}
/** A JSON object from a body, or `BAD_ANSWER` naming what it was. */
function transport_parseJson(body, what) {
    let value;
    try {
        value = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the answer is not JSON: ${(0,core_quote/* quote */.h)(body.toString('utf8'))}`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the answer is not a JSON object`);
    return value;
}
/** The `rel="next"` target of a `Link` header (RFC 8288), resolved against the page's URL. */
function nextLink(header, base, what) {
    if (!header)
        return undefined;
    for (const part of header.split(/,(?=\s*<)/)) {
        const match = /^\s*<([^>]*)>(.*)$/.exec(part);
        if (!match)
            continue;
        if (!/;\s*rel="?next"?(?:\s|;|$)/i.test(match[2]))
            continue;
        try {
            return new URL(match[1], base).href;
        }
        catch {
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the next Link ${(0,core_quote/* quote */.h)(match[1])} is not a URL`);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/core/oci/referrers.js
/*
 * Referrers: the manifests whose `subject` is a digest (signatures, attestations). Found through
 * the referrers API (`GET /v2/<name>/referrers/<digest>`, distribution-spec v1.1 "Listing
 * Referrers"), and where a registry has none (distribution 2.8 answers 404, GHCR too) through the
 * fallback tag index: an OCI index under the tag `<alg>-<ref>` (distribution-spec "Referrers Tag
 * Schema": the algorithm and the encoded digest joined by `-`, cut to 32 and 64 characters),
 * whose `manifests` are the referrers' descriptors with their `artifactType` and `annotations`.
 * Writers update that index by read-modify-write, conditional on the `ETag` read (`If-Match`, as
 * `@sigstore/oci` does), so a registry that honours it refuses a write over a newer index; where
 * it is ignored (distribution 2.8) two writers can replace each other's entry, so each re-reads
 * after writing and writes again until its entry is there.
 */






/** The fallback tag of a subject digest (`sha256:<hex>` → `sha256-<hex>`). */
function referrersTag(subject) {
    const [algorithm, encoded] = subject.split(':');
    return `${algorithm.slice(0, 32)}-${encoded.slice(0, 64)}`;
}
/**
 * The referrers of `subject`, from the API when the registry has it, else from the fallback tag
 * index. `artifactType` filters them (on our side too: a registry may ignore the filter, and
 * says whether it applied it in `OCI-Filters-Applied`).
 */
async function listReferrers(client, repository, subject, artifactType) {
    const what = `the referrers of ${client.registry}/${repository}@${subject}`;
    (0,oci_reference/* checkTarget */.e$)(repository);
    if (!media_types/* SHA256_DIGEST */.fu.test(subject))
        throw new oci_errors/* OciError */.M('BAD_REFERENCE', `${what}: the subject is not sha256:<64 lowercase hex>`);
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    let next = `${client.baseUrl}/v2/${repository}/referrers/${subject}${query}`;
    const descriptors = [];
    const visited = new Set();
    let api = true;
    while (next !== undefined) {
        if (visited.has(next))
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the pages lead back to a page already read`);
        visited.add(next);
        const answer = await client.send({ method: 'GET', path: next, repository, what });
        // 404 is a registry without the API (distribution 2.8: Go's plain-text 404). A first answer
        // that is not an OCI index is no API either: GHCR answers some of these with a 303 to a page
        // that is not one (TOOLCHAIN.md, measured). Only an index counts, as @sigstore/oci counts
        // only a 200 to its probe.
        const type = answer.headers.get('content-type')?.split(';')[0].trim();
        if (visited.size === 1 && (answer.status === 404 || (answer.status === 200 && type !== media_types/* OCI_INDEX */.$p))) {
            api = false;
            break;
        }
        if (answer.status === 200 && type !== media_types/* OCI_INDEX */.$p)
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: a later page is ${(0,core_quote/* quote */.h)(type ?? 'untyped')}, not an OCI index`);
        if (answer.status !== 200)
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the registry answered ${answer.status}`);
        descriptors.push(...indexDescriptors(transport_parseJson(answer.body, what), what));
        next = nextLink(answer.headers.get('link'), next, what);
    }
    if (api)
        return { source: 'api', descriptors: filter(descriptors, artifactType) };
    const index = await client.getManifest(repository, referrersTag(subject));
    if (!index)
        return { source: 'none', descriptors: [] };
    return { source: 'tag', descriptors: filter(indexDescriptors(index.json, what), artifactType) };
}
function filter(descriptors, artifactType) {
    return artifactType ? descriptors.filter((d) => d.artifactType === artifactType) : descriptors;
}
/** The `manifests` of an index, each checked to be a descriptor. */
function indexDescriptors(index, what) {
    const manifests = index.manifests ?? [];
    if (!Array.isArray(manifests))
        throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: "manifests" is not a list`);
    return manifests.map((m, i) => {
        const d = m;
        if (!d ||
            typeof d.mediaType !== 'string' ||
            typeof d.digest !== 'string' ||
            !media_types/* SHA256_DIGEST */.fu.test(d.digest) ||
            typeof d.size !== 'number')
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: manifests[${i}] is not a descriptor with mediaType, a sha256 digest and size`);
        return d;
    });
}
/**
 * Attaches a referrer manifest (with `subject` = `subject`): pushes it by digest; when the
 * registry does not answer `OCI-Subject` (no referrers API), adds its descriptor to the fallback
 * tag index by read-modify-write and re-reads the index until the descriptor is there (after a
 * short wait, so a writer that read before our write has had its turn), at most `tries` times.
 */
async function referrers_attachReferrer(client, repository, subject, manifest, options = {}) {
    const json = parseJson(Buffer.from(manifest.bytes), 'the referrer manifest');
    const named = json.subject?.digest;
    if (named !== subject)
        throw new OciError('DIGEST_MISMATCH', `the referrer manifest's subject is ${quote(named)}, not ${subject}`);
    const digest = sha256Digest(manifest.bytes);
    const put = await client.putManifest(repository, digest, manifest.bytes, manifest.mediaType);
    if (put.subject === subject)
        return { digest, via: 'api', indexWrites: 0 };
    const descriptor = { mediaType: manifest.mediaType, digest, size: manifest.bytes.length };
    const artifactType = json.artifactType ?? json.config?.mediaType;
    if (typeof artifactType === 'string')
        descriptor.artifactType = artifactType;
    if (json.annotations && typeof json.annotations === 'object')
        descriptor.annotations = json.annotations;
    const tag = referrersTag(subject);
    const tries = options.tries ?? 5;
    const settleMs = options.settleMs ?? 200;
    let writes = 0;
    for (let attempt = 0; attempt < tries; attempt++) {
        const current = await client.getManifest(repository, tag);
        const held = current ? indexDescriptors(current.json, `the referrers index ${tag}`) : [];
        if (!held.some((d) => d.digest === digest)) {
            // The index as read, with ours added; entries and fields we do not know are kept as they are.
            const index = current
                ? { ...current.json }
                : { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] };
            index.manifests = [...(index.manifests ?? []), descriptor];
            try {
                await client.putManifest(repository, tag, Buffer.from(JSON.stringify(index)), OCI_INDEX, {
                    ifMatch: current?.etag,
                });
            }
            catch (error) {
                // Another writer got there first: read its index and add ours to it.
                if (error instanceof OciError && error.code === 'CONFLICT')
                    continue;
                throw error;
            }
            writes++;
        }
        await sleep(settleMs * (1 + Math.random()));
        const after = await client.getManifest(repository, tag);
        if (after && indexDescriptors(after.json, `the referrers index ${tag}`).some((d) => d.digest === digest))
            return { digest, via: 'tag', indexWrites: writes };
    }
    throw new OciError('REFERRER_LOST', `the referrers index ${client.registry}/${repository}:${tag} lost ${digest} after ${tries} writes; other writers keep replacing it`);
}

;// CONCATENATED MODULE: ./.build/core/attestation/list.js
/*
 * Listing the attestations GitHub holds for a subject digest, every page of them: the list is
 * `{"attestations": [...]}` without a `total_count`, paged by cursors in the `Link` header (GitHub
 * REST docs, "List attestations": `before`/`after`), which are followed until there is no `next`.
 * A page that cannot be read fails the listing: part of the list is never judged as the whole.
 * The repository's list (`GET /repos/{owner}/{repo}/attestations/{subject_digest}`) or, for
 * `--owner`, the organization's (`GET /orgs/{org}/attestations/{subject_digest}`).
 */


/** A listing of attestations that cannot be read whole (`INCOMPLETE_LISTING`). */
class AttestationListError extends errors/* BaseError */.Cf {
    constructor(message) {
        super('INCOMPLETE_LISTING', message);
        this.name = 'AttestationListError';
    }
}
/** The `rel="next"` URL of a Link header, if any. */
function list_nextLink(link) {
    if (typeof link !== 'string')
        return undefined;
    return /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
}
/** More pages than any subject's attestations fill: a listing that long is refused. */
const MAX_PAGES = 100;
/**
 * Every attestation's bundle GitHub lists for `subjectDigest` (`sha256:<hex>`, `sha1:<commit>`),
 * filtered by `predicateType` when given; an empty list when GitHub has none (a 404 on the first
 * page). An entry without a bundle is kept as `{unreadable: why}`, so it is judged (and fails)
 * rather than silently dropped. `what` names the list in messages ("the release attestations of
 * commit …").
 */
async function listAttestations(client, scope, subjectDigest, options) {
    const out = [];
    let next;
    for (let page = 1;; page++) {
        let response;
        const query = {
            subject_digest: subjectDigest,
            ...(options.predicateType === undefined ? {} : { predicate_type: options.predicateType }),
            per_page: 100,
        };
        try {
            response = (next !== undefined
                ? await client.request({ method: 'GET', url: next })
                : scope.repo === undefined
                    ? await client.request('GET /orgs/{org}/attestations/{subject_digest}', {
                        org: scope.owner,
                        ...query,
                    })
                    : await client.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
                        owner: scope.owner,
                        repo: scope.repo,
                        ...query,
                    }));
        }
        catch (error) {
            // GitHub answers 404 while a subject has no attestation yet (on the first page: a later
            // page that goes missing is an incomplete listing).
            if (page === 1 && errors_statusOf(error) === 404)
                return [];
            throw errors_explainHttpError(error, `Listing ${options.what} (page ${page})`, 'attestations: read');
        }
        const list = response.data?.attestations;
        if (!Array.isArray(list)) {
            throw new AttestationListError(`page ${page} of ${options.what} holds no list`);
        }
        for (const a of list) {
            out.push(a?.bundle ?? { unreadable: a?.bundle_url ? 'only a bundle_url was given' : 'no bundle' });
        }
        next = list_nextLink(response.headers?.link);
        if (next === undefined)
            return out;
        if (page >= MAX_PAGES) {
            throw new AttestationListError(`${options.what} go on past ${MAX_PAGES} pages`);
        }
    }
}

;// CONCATENATED MODULE: ./.build/core/image/attestations-api.js
/*
 * An image's bundles in GitHub's attestations API (`GET /repos/{o}/{r}/attestations/sha256:<hex>`),
 * read with the one listing of core/attestation/list.ts (every cursor page; a page that cannot be
 * read fails the listing; 404 while the digest has none), each entry a candidate to verify. An
 * entry without its bundle inline (only a `bundle_url`) is kept, and fails as unreadable.
 */


/** Every bundle GitHub holds for `digest` in `repository` (`owner/name`), each a candidate. */
async function listImageAttestations(client, repository, digest) {
    const repo = (0,github_repository/* parseRepository */.S)('repository', repository);
    const listed = await listAttestations(client, { owner: repo.owner, repo: repo.repo }, digest, {
        what: `the attestations of ${digest} in ${repository}`,
    });
    return listed.map((bundle, i) => {
        const unreadable = bundle?.unreadable;
        return {
            label: `attestation ${i + 1} (attestations-api)`,
            foundBy: 'attestations-api',
            bundle: typeof unreadable === 'string' ? '' : JSON.stringify(bundle),
        };
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./.build/core/intoto.js
/*
 * in-toto statements, the one reader: the constants, the statement a DSSE envelope carries, and
 * its subjects as ResourceDescriptors. Every verifier that reads a statement (a DSSE bundle's
 * subject check, GitHub's release attestation, provenance and image attestations to come) reads
 * it here, so a statement means the same thing to all of them.
 *
 * Formats, from the in-toto Attestation Framework (github.com/in-toto/attestation):
 * - spec/v1/envelope.md: the DSSE payload type of a statement is `application/vnd.in-toto+json`;
 * - spec/v1/statement.md: `_type` `https://in-toto.io/Statement/v1`, `subject` (a non-empty list
 *   of ResourceDescriptors), `predicateType` (a URI) and `predicate` (an object); v0.1 statements
 *   (`https://in-toto.io/Statement/v0.1`, older SLSA provenance) have the same shape;
 * - spec/v1/resource_descriptor.md: `name`, `uri`, `digest` (a DigestSet: algorithm → lower-case
 *   hex), `content`, `downloadLocation`, `mediaType`, `annotations`, every field optional but at
 *   least one of `uri`, `digest` and `content` present; the predicate decides which it needs.
 */


/** The DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The statement type of in-toto v1. */
const intoto_IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The statement type of in-toto v0.1 (same fields; still written by older SLSA provenance). */
const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
class InTotoError extends errors/* BaseError */.Cf {
    constructor(code, message) {
        super(code, message);
        this.name = 'InTotoError';
    }
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * Reads one subject. Fields of another type than the spec's are dropped (so a verifier asking
 * for a `uri` never gets a number), and a digest value that is not a string is dropped with it.
 * Returns the problems found, so a caller that must fail closed can say why.
 */
function readResourceDescriptor(raw) {
    const problems = [];
    const descriptor = { digest: {} };
    if (!isObject(raw))
        return { descriptor, problems: [`a subject is not an object (${(0,core_quote/* quote */.h)(raw)})`] };
    if (typeof raw.name === 'string')
        descriptor.name = raw.name;
    else if (raw.name !== undefined)
        problems.push(`a subject's name is not a string (${(0,core_quote/* quote */.h)(raw.name)})`);
    if (typeof raw.uri === 'string')
        descriptor.uri = raw.uri;
    else if (raw.uri !== undefined)
        problems.push(`a subject's uri is not a string (${(0,core_quote/* quote */.h)(raw.uri)})`);
    if (isObject(raw.digest)) {
        for (const [algorithm, value] of Object.entries(raw.digest)) {
            if (typeof value === 'string')
                descriptor.digest[algorithm] = value;
            else
                problems.push(`a subject's ${algorithm} digest is not a string (${(0,core_quote/* quote */.h)(value)})`);
        }
    }
    else if (raw.digest !== undefined) {
        problems.push(`a subject's digest is not an object (${(0,core_quote/* quote */.h)(raw.digest)})`);
    }
    return { descriptor, problems };
}
/**
 * Parses a DSSE payload as an in-toto statement (v1 or v0.1). Throws {@link InTotoError} for a
 * payload type other than in-toto's, text that is not JSON, or JSON that is not a statement.
 * Subjects are read with {@link readResourceDescriptor}; a malformed subject is kept (with what
 * could be read) for the caller's rules to judge, never dropped silently.
 */
function parseStatement(payloadType, payload) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new InTotoError('PAYLOAD_TYPE', `the DSSE payload type is ${(0,core_quote/* quote */.h)(payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}`);
    }
    let json;
    try {
        json = JSON.parse(Buffer.from(payload).toString('utf8'));
    }
    catch {
        throw new InTotoError('NOT_JSON', 'the DSSE payload is not JSON');
    }
    if (!isObject(json))
        throw new InTotoError('NOT_STATEMENT', 'the in-toto statement is not a JSON object');
    const type = json._type;
    if (type !== intoto_IN_TOTO_STATEMENT_V1 && type !== IN_TOTO_STATEMENT_V01) {
        throw new InTotoError('NOT_STATEMENT', `the statement type is ${(0,core_quote/* quote */.h)(type)}, not ${intoto_IN_TOTO_STATEMENT_V1} (or ${IN_TOTO_STATEMENT_V01})`);
    }
    if (!Array.isArray(json.subject))
        throw new InTotoError('NOT_STATEMENT', 'the statement has no subject list');
    if (typeof json.predicateType !== 'string' || json.predicateType === '') {
        throw new InTotoError('NOT_STATEMENT', `the statement's predicate type is ${(0,core_quote/* quote */.h)(json.predicateType)}`);
    }
    if (json.predicate !== undefined && !isObject(json.predicate)) {
        throw new InTotoError('NOT_STATEMENT', `the statement's predicate is not an object (${(0,core_quote/* quote */.h)(json.predicate)})`);
    }
    const read = json.subject.map((s) => readResourceDescriptor(s));
    return {
        type,
        subjects: read.map((r) => r.descriptor),
        subjectProblems: read.flatMap((r) => r.problems),
        predicateType: json.predicateType,
        predicate: json.predicate ?? {},
    };
}

;// CONCATENATED MODULE: ./.build/core/oci/bundle-referrer.js



/** The media type of a v0.3 Sigstore bundle, and the referrer's `artifactType`. */
const SIGSTORE_BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The empty JSON blob of the image spec's "Guidance for an Empty Descriptor". */
const EMPTY_JSON = Buffer.from('{}');
/** The referrer manifest's exact bytes. */
function bundleReferrer(input) {
    if (!SHA256_DIGEST.test(input.subject.digest))
        throw new OciError('BAD_REFERENCE', `the bundle's subject ${input.subject.digest} is not a sha256 digest`);
    const type = input.bundleMediaType ?? SIGSTORE_BUNDLE_V03;
    const annotations = {
        'dev.sigstore.bundle.content': input.content,
        'dev.sigstore.bundle.predicateType': input.predicateType,
    };
    if (input.created !== undefined)
        annotations['org.opencontainers.image.created'] = input.created;
    const manifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: type,
        config: { mediaType: OCI_EMPTY_CONFIG, digest: sha256Digest(EMPTY_JSON), size: EMPTY_JSON.length },
        layers: [{ mediaType: type, digest: sha256Digest(input.bundle), size: input.bundle.length }],
        subject: { mediaType: input.subject.mediaType, digest: input.subject.digest, size: input.subject.size },
        annotations,
    };
    return { bytes: Buffer.from(JSON.stringify(manifest)), mediaType: OCI_MANIFEST };
}
/**
 * Pushes the bundle and the empty config as blobs, then attaches the referrer manifest (through
 * the referrers API, or the fallback tag index, re-read until it holds it).
 */
async function attachBundle(client, repository, input, options = {}) {
    await client.pushBlob(repository, EMPTY_JSON);
    await client.pushBlob(repository, input.bundle);
    return attachReferrer(client, repository, input.subject.digest, bundleReferrer(input), options);
}

;// CONCATENATED MODULE: ./.build/core/sigstore/github-extensions.js

/** The extensions read, by name, with their OIDs. */
const GITHUB_EXTENSION_OIDS = {
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16',
    buildConfigUri: '1.3.6.1.4.1.57264.1.18',
    buildTrigger: '1.3.6.1.4.1.57264.1.20',
    runInvocationUri: '1.3.6.1.4.1.57264.1.21',
};
/** A certificate whose GitHub extensions cannot be read faithfully (`BAD_EXTENSION`). */
class CertificateExtensionError extends errors/* BaseError */.Cf {
    constructor(message) {
        super('BAD_EXTENSION', message);
        this.name = 'CertificateExtensionError';
    }
}
const UNIVERSAL_UTF8_STRING = 12;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** Reads the GitHub extensions of a (verified) Fulcio leaf certificate. */
function readGitHubExtensions(cert) {
    const out = {};
    for (const [name, oid] of Object.entries(GITHUB_EXTENSION_OIDS)) {
        const found = cert.extensions.filter((ext) => ext.subs[0]?.toOID() === oid);
        if (found.length === 0)
            continue;
        if (found.length > 1) {
            throw new CertificateExtensionError(`the certificate has ${found.length} ${name} (${oid}) extensions`);
        }
        // extnValue is the last element (after the optional `critical`): an OCTET STRING holding the DER.
        const value = found[0].subs[found[0].subs.length - 1]?.subs[0];
        if (!value || !value.tag.isUniversal() || value.tag.number !== UNIVERSAL_UTF8_STRING) {
            throw new CertificateExtensionError(`the certificate's ${name} (${oid}) extension is not a UTF8String`);
        }
        try {
            out[name] = strictUtf8.decode(value.value);
        }
        catch {
            throw new CertificateExtensionError(`the certificate's ${name} (${oid}) extension is not valid UTF-8`);
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var dist = __webpack_require__(4187);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(1040);
;// CONCATENATED MODULE: ./.build/core/sigstore/bundle.js



/** The bundle media types this verifier knows. Anything else is refused, not guessed at. */
const KNOWN_BUNDLE_MEDIA_TYPES = [
    bundle_dist/* BUNDLE_V01_MEDIA_TYPE */.Td,
    bundle_dist/* BUNDLE_V02_MEDIA_TYPE */.qx,
    bundle_dist/* BUNDLE_V03_LEGACY_MEDIA_TYPE */.ZZ,
    bundle_dist/* BUNDLE_V03_MEDIA_TYPE */.HM,
];
class BundleFormatError extends errors/* BaseError */.Cf {
    constructor(message) {
        super('BUNDLE_FORMAT', message);
        this.name = 'BundleFormatError';
    }
}
/**
 * Parses a Sigstore bundle: valid JSON, a known media type, and the fields that version
 * requires (v0.1 an inclusion promise, v0.2+ an inclusion proof, v0.3 a single certificate).
 */
function bundle_parseBundle(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new BundleFormatError(`bundle is not valid JSON: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new BundleFormatError('bundle is not a JSON object');
    }
    const mediaType = json.mediaType;
    if (mediaType === undefined) {
        throw new BundleFormatError(`unknown bundle media type: the bundle has no mediaType field (known: ${KNOWN_BUNDLE_MEDIA_TYPES.join(', ')})`);
    }
    if (typeof mediaType !== 'string' || !KNOWN_BUNDLE_MEDIA_TYPES.includes(mediaType)) {
        throw new BundleFormatError(`unknown bundle media type ${(0,core_quote/* quote */.h)(mediaType)} (known: ${KNOWN_BUNDLE_MEDIA_TYPES.join(', ')})`);
    }
    try {
        return (0,bundle_dist/* bundleFromJSON */.vw)(json);
    }
    catch (error) {
        if (error instanceof bundle_dist/* ValidationError */.yI) {
            throw new BundleFormatError(`bundle is malformed: ${error.message} (${(error.fields ?? []).join(', ')})`);
        }
        throw new BundleFormatError(`bundle is malformed: ${(0,errors/* messageOf */.bD)(error)}`);
    }
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
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
async function digest_hashFile(file, algorithms) {
    const digests = digester(algorithms);
    const handle = await external_node_fs_.promises.open(file, 'r');
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
    return (await digest_hashFile(file, ['sha256'])).sha256;
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
    const fd = fs.openSync(file, 'r');
    try {
        for (;;) {
            const bytesRead = fs.readSync(fd, buffer, 0, CHUNK, null);
            if (bytesRead === 0)
                break;
            digests.update(buffer.subarray(0, bytesRead));
        }
    }
    finally {
        fs.closeSync(fd);
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

// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(3260);
;// CONCATENATED MODULE: ./.build/core/sigstore/ecdsa.js


/**
 * A public key this verifier cannot use:
 * - `UNSUPPORTED_KEY`: not an EC key, or on a curve other than P-256 and P-384;
 * - `MALFORMED_KEY`: coordinates of the wrong length for its curve.
 */
class KeyError extends errors/* BaseError */.Cf {
}
/**
 * The curves we accept, keyed by the OpenSSL name Node reports in `asymmetricKeyDetails`, with
 * the JWK name it must agree with and the byte length of one coordinate.
 */
const CURVES = {
    prime256v1: { jwk: 'P-256', curve: nist/* p256 */.s9, coordinateBytes: 32 },
    secp384r1: { jwk: 'P-384', curve: nist/* p384 */.sL, coordinateBytes: 48 },
};
/**
 * The key as an uncompressed SEC 1 point (0x04 || X || Y), checked against the curve we verify
 * with. JWK is the export every Node 24 has (the newer raw export is not on older 24.x runners),
 * and Node pads each coordinate to the field size, which we check rather than assume.
 */
function publicPoint(key) {
    if (key.asymmetricKeyType !== 'ec')
        throw new KeyError('UNSUPPORTED_KEY', `unsupported key type ${String(key.asymmetricKeyType)}`);
    const named = key.asymmetricKeyDetails?.namedCurve;
    const entry = named === undefined ? undefined : CURVES[named];
    if (!entry)
        throw new KeyError('UNSUPPORTED_KEY', `unsupported curve ${named ?? '(explicit parameters)'}`);
    const jwk = key.export({ format: 'jwk' });
    if (jwk.crv !== entry.jwk || !jwk.x || !jwk.y)
        throw new KeyError('UNSUPPORTED_KEY', `unsupported curve ${String(jwk.crv)}`);
    const x = Buffer.from(jwk.x, 'base64url');
    const y = Buffer.from(jwk.y, 'base64url');
    if (x.length !== entry.coordinateBytes || y.length !== entry.coordinateBytes) {
        throw new KeyError('MALFORMED_KEY', `malformed ${entry.jwk} public key`);
    }
    return { curve: entry.curve, point: Uint8Array.from(Buffer.concat([Buffer.of(0x04), x, y])) };
}
/**
 * Verifies a DER-encoded ECDSA signature over `digest` (already hashed) with a P-256 or P-384
 * public key. Returns false for anything malformed (signature not strict DER, r or s out of
 * range, key not on the curve, wrong digest); throws for a key that is not a P-256/P-384 public
 * key, so the caller cannot mistake "cannot check" for "checked".
 *
 * High-S signatures are accepted: ECDSA as specified, OpenSSL (Node), Go's crypto/ecdsa
 * (sigstore-go, cosign) and sigstore-js all accept them, and a signer is not required to
 * normalise S. Rejecting them would refuse genuine signatures; malleability of S does not let
 * anyone sign a different digest.
 */
function verifyEcdsaDigest(key, digest, signature) {
    const { curve, point } = publicPoint(key);
    try {
        // prehash: false — `digest` already is the hash; the library truncates it to the order's bit
        // length exactly as FIPS 186 says. format 'der' — what Sigstore bundles carry.
        return curve.verify(Uint8Array.from(signature), Uint8Array.from(digest), point, {
            prehash: false,
            lowS: false,
            format: 'der',
        });
    }
    catch {
        // The library throws (rather than returns false) for some malformed inputs, e.g. a
        // signature it cannot even size-check: malformed is a failed verification, never a pass.
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/core/sigstore/verify-artifact.js
/*
 * Binding a bundle to what it signs: the artifact's digest, a message signature checked over
 * that digest (or the file's bytes for keys that sign the message), and a DSSE statement's
 * subjects. Used by the one verification path in verify.ts; kept apart so that file holds the
 * policy and the verifier, and this one the artifact.
 */






/** A verification that said no, with the reason in words. */
class verify_artifact_SignatureVerificationError extends errors/* BaseError */.Cf {
    constructor(message, code) {
        super(code, message);
        this.name = 'SignatureVerificationError';
    }
}
async function artifactDigest(artifact) {
    if ('sha256' in artifact) {
        if (artifact.sha256.length !== 32)
            throw new verify_artifact_SignatureVerificationError('sha256 digest must be 32 bytes', 'INPUT');
        return artifact.sha256;
    }
    // Streamed with bounded memory: artifacts can be gigabytes.
    return Buffer.from(await sha256File(artifact.file), 'hex');
}
/** Artifacts larger than this are verified only by digest (ECDSA keys); see bindMessageSignature. */
const IN_MEMORY_LIMIT = 512 * 1024 * 1024;
/**
 * The signing key of a bundle before verification, to know whether its signature can be
 * checked over the digest alone. Only used to choose how to check; the Verifier still decides
 * which key is trusted.
 */
function presumedKey(bundle, trust) {
    const content = bundle.verificationMaterial.content;
    try {
        switch (content.$case) {
            case 'publicKey':
                return trust.publicKey(content.publicKey.hint).publicKey;
            case 'certificate':
                return new external_node_crypto_.X509Certificate(Buffer.from(content.certificate.rawBytes)).publicKey;
            case 'x509CertificateChain':
                return new external_node_crypto_.X509Certificate(Buffer.from(content.x509CertificateChain.certificates[0].rawBytes))
                    .publicKey;
        }
    }
    catch {
        return undefined;
    }
}
/**
 * For a message signature, binds the entity to the artifact by its digest: the bundle's
 * message digest must be the artifact's, and the signature is verified over that digest (ECDSA,
 * the keys Fulcio certifies), which needs no second read of a large file. Other key types
 * (Ed25519, RSA given with --key) sign the message itself: the file's bytes are then checked
 * with Node's crypto, so such a bundle cannot be verified from a digest alone.
 */
function bindMessageSignature(entity, bundle, digest, message) {
    if (bundle.content.$case !== 'messageSignature')
        return entity;
    const content = bundle.content.messageSignature;
    const algorithm = content.messageDigest?.algorithm;
    if (algorithm !== protobuf_specs_dist.HashAlgorithm.SHA2_256) {
        throw new verify_artifact_SignatureVerificationError(`bundle's message digest uses ${protobuf_specs_dist.HashAlgorithm[algorithm ?? 0] ?? algorithm}; only SHA2_256 is supported`, 'DIGEST_ALGORITHM');
    }
    const bundleDigest = Buffer.from(content.messageDigest.digest);
    if (bundleDigest.length !== digest.length || !external_node_crypto_.timingSafeEqual(bundleDigest, digest)) {
        throw new verify_artifact_SignatureVerificationError(`artifact digest sha256:${digest.toString('hex')} does not match the bundle's message digest ` +
            `sha256:${bundleDigest.toString('hex')} (tampered artifact or wrong bundle)`, 'ARTIFACT_DIGEST_MISMATCH');
    }
    const signature = Buffer.from(content.signature);
    const original = entity.signature;
    return {
        ...entity,
        signature: {
            signature: original.signature,
            compareSignature: (s) => original.compareSignature(s),
            compareDigest: (d) => original.compareDigest(d),
            compareSignedDigest: (d) => original.compareSignedDigest(d),
            verifySignature: (key) => {
                try {
                    if (key.asymmetricKeyType === 'ec')
                        return verifyEcdsaDigest(key, digest, signature);
                    if (!message)
                        return false;
                    const hash = key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448' ? null : 'sha256';
                    return external_node_crypto_.verify(hash, message, key, signature);
                }
                catch {
                    // A key we cannot check with: fail closed rather than skip the check.
                    return false;
                }
            },
        },
    };
}
/** The statement of a DSSE bundle whose payload type is in-toto's, as a verification error when it is not one. */
function statementOf(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw new verify_artifact_SignatureVerificationError('the bundle holds a message signature, not a DSSE envelope', 'CONTENT');
    }
    const envelope = bundle.content.dsseEnvelope;
    try {
        return parseStatement(envelope.payloadType, envelope.payload);
    }
    catch (error) {
        if (error instanceof InTotoError) {
            throw new verify_artifact_SignatureVerificationError(error.message, error.code === 'PAYLOAD_TYPE' ? 'DSSE_PAYLOAD_TYPE' : 'DSSE_PAYLOAD');
        }
        throw error;
    }
}
/** For DSSE, the in-toto statement must name the artifact's sha256 among its subjects. */
function checkDsseSubject(statement, digest) {
    const hex = digest.toString('hex');
    // DigestSet values are lower-case hex (in-toto spec/v1/digest_set.md); an upper-case writer is read alike.
    if (!statement.subjects.some((s) => s.digest.sha256?.toLowerCase() === hex)) {
        throw new verify_artifact_SignatureVerificationError(`no subject of the in-toto statement has sha256:${hex} (tampered artifact or wrong bundle)`, 'ARTIFACT_DIGEST_MISMATCH');
    }
}

;// CONCATENATED MODULE: ./.build/core/sigstore/bundle-checks.js
/*
 * What is wrong with a bundle, in words, where @sigstore/verify would crash or answer with a
 * generic code. Two kinds:
 * - structural refusals made before verification ({@link structuralProblems}): a certificate chain
 *   that carries a root certificate (a bundle must not bring its own trust anchor:
 *   sigstore-conformance's bundle-with-root-cert_fail), and an inclusion proof without the
 *   checkpoint it is checked against (the library reads `checkpoint.envelope` unguarded, and a
 *   v0.1 bundle from before checkpoints then fails with "Cannot read properties of undefined");
 * - an explanation of a certificate failure ({@link explainCertificateFailure}): a log entry whose
 *   integrated time is outside the signing certificate's validity, or in the future. The verifier
 *   still decides; this only says why.
 */


/** The certificates a bundle carries, leaf first. */
function certificatesOf(bundle) {
    const material = bundle.verificationMaterial.content;
    switch (material.$case) {
        case 'certificate':
            return [material.certificate.rawBytes];
        case 'x509CertificateChain':
            return material.x509CertificateChain.certificates.map((c) => c.rawBytes);
        default:
            return [];
    }
}
function parse(raw) {
    try {
        return new external_node_crypto_.X509Certificate(Buffer.from(raw));
    }
    catch {
        return undefined;
    }
}
/** Self-signed: its subject is its issuer and its own key verifies its signature. */
function selfSigned(cert) {
    try {
        return cert.subject === cert.issuer && cert.verify(cert.publicKey);
    }
    catch {
        return false;
    }
}
/**
 * Problems that make a bundle unverifiable whatever the trust, each naming the part of the bundle;
 * empty when there are none. Every problem is listed, not only the first.
 */
function structuralProblems(bundle) {
    const problems = [];
    certificatesOf(bundle).forEach((raw, i) => {
        const cert = parse(raw);
        if (cert && selfSigned(cert)) {
            problems.push(`the certificate chain holds a self-signed root certificate (#${i + 1}, ${cert.subject.replace(/\n/g, ', ')}); ` +
                'a bundle must not carry its own trust anchor: the root comes from the trusted root only');
        }
    });
    bundle.verificationMaterial.tlogEntries.forEach((entry, i) => {
        if (entry.inclusionProof && !entry.inclusionProof.checkpoint?.envelope) {
            problems.push(`transparency log entry #${i + 1} has an inclusion proof without a checkpoint (as v0.1 bundles made before ` +
                'checkpoints were), so the proof cannot be tied to a signed log state');
        }
    });
    return problems;
}
const iso = (d) => d.toISOString().replace('.000Z', 'Z');
/**
 * Why a certificate failed to verify, when the bundle shows it: a transparency log entry's
 * integrated time in the future (`now`) or outside the leaf certificate's validity. Undefined
 * when none of these holds (the library's own words are then all there is).
 */
function explainCertificateFailure(bundle, now = new Date()) {
    const leaf = certificatesOf(bundle)[0];
    const cert = leaf && parse(leaf);
    if (!cert)
        return undefined;
    const from = cert.validFromDate;
    const to = cert.validToDate;
    for (const [i, entry] of bundle.verificationMaterial.tlogEntries.entries()) {
        const seconds = Number(entry.integratedTime);
        if (!Number.isFinite(seconds) || seconds <= 0)
            continue;
        const at = new Date(seconds * 1000);
        const where = `transparency log entry #${i + 1}'s integrated time ${iso(at)}`;
        if (at > now)
            return `${where} is in the future (now ${iso(now)})`;
        if (at < from || at > to) {
            return `${where} is outside the signing certificate's validity (${iso(from)} to ${iso(to)}): the signature was not logged while the certificate was valid`;
        }
    }
    return undefined;
}
/**
 * Refuses a bundle with {@link structuralProblems}, all of them in one message, before anything
 * is verified.
 */
function refuseMalformed(bundle) {
    const problems = structuralProblems(bundle);
    if (problems.length > 0) {
        throw new verify_artifact_SignatureVerificationError(`BUNDLE_STRUCTURE: the bundle cannot be verified: ${problems.join('; ')}`, 'BUNDLE_STRUCTURE');
    }
}
/** A verifier's CERTIFICATE_ERROR with {@link explainCertificateFailure}'s reason added, when there is one. */
function explained(error, bundle) {
    if (!(error instanceof verify_artifact_SignatureVerificationError) || error.code !== 'CERTIFICATE_ERROR')
        return error;
    const why = explainCertificateFailure(bundle);
    return why === undefined
        ? error
        : new verify_artifact_SignatureVerificationError(`${error.message}: ${why}`, 'CERTIFICATE_ERROR');
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(3917);
;// CONCATENATED MODULE: ./.build/core/sigstore/identity.js


/**
 * How much of an identity a message shows. Read from a certificate (a bundle is a file anyone
 * can write), so it is quoted; longer than the usual 120 characters, because two workflow
 * identities often differ only at their end (`@refs/tags/v1.2.3` against `@refs/heads/main`).
 */
const SHOWN = 400;
/**
 * Who signed a keyless bundle, and the exact comparison with who was expected.
 *
 * Why this exists: @sigstore/verify's policy runs `signerIdentity.match(policyIdentity)`, an
 * unanchored RegExp search. A plain identity then accepts any SAN that contains it
 * (`…@refs/heads/main` accepts `…@refs/heads/main-evil`), every `.` matches any character
 * (`v1.2.3` accepts `v1x2x3`), and a truncated identity accepts the whole one. It also decodes
 * the SAN and the issuer with Node's 'ascii' decoder, which drops the high bit of every byte, so
 * two different byte strings can read as the same text. So the library is given no identity
 * policy at all: it proves the chain, the timestamps, the logs and the signature, and this file
 * then reads the leaf certificate's SAN and issuer as raw bytes and compares them itself.
 */
const OID_SUBJECT_ALT_NAME = '2.5.29.17';
/** Fulcio's issuer extension, raw bytes (deprecated, still written by Fulcio). */
const OID_FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
/** Fulcio's issuer extension, a DER UTF8String. */
const OID_FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
/** GeneralName tags (RFC 5280 §4.2.1.6): rfc822Name [1], uniformResourceIdentifier [6]. */
const GENERAL_NAME_EMAIL = 1;
const GENERAL_NAME_URI = 6;
const identity_UNIVERSAL_UTF8_STRING = 12;
/** A certificate that does not name exactly one signer, or names another one than expected. */
class IdentityMismatchError extends errors/* BaseError */.Cf {
    constructor(message) {
        // Same code as @sigstore/verify's policy errors, so callers can treat both alike.
        super('UNTRUSTED_SIGNER_ERROR', message);
        this.name = 'IdentityMismatchError';
    }
}
const identity_strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function utf8(bytes, what) {
    try {
        return identity_strictUtf8.decode(bytes);
    }
    catch {
        // Not text we can compare or show faithfully: refuse rather than guess.
        throw new IdentityMismatchError(`the certificate's ${what} is not valid UTF-8`);
    }
}
function extensionsWithOid(cert, oid) {
    return cert.extensions.filter((ext) => ext.subs[0]?.toOID() === oid);
}
/** The extnValue OCTET STRING of the one extension with this OID; two of them is malformed. */
function singleExtensionValue(cert, oid, what) {
    const found = extensionsWithOid(cert, oid);
    if (found.length > 1)
        throw new IdentityMismatchError(`the certificate has ${found.length} ${what} extensions`);
    if (found.length === 0)
        return undefined;
    const ext = found[0];
    return ext.subs[ext.subs.length - 1];
}
/**
 * Reads the signer's identity from a Fulcio leaf certificate: its only subject alternative name
 * (a URI, as for GitHub Actions, or an e-mail address), and its OIDC issuer. Fails closed on
 * anything else: no SAN or several, another kind of name, no issuer, or the two issuer
 * extensions disagreeing.
 */
function readCertificateIdentity(cert) {
    const san = singleExtensionValue(cert, OID_SUBJECT_ALT_NAME, 'subject alternative name');
    const names = san?.subs[0]?.subs ?? [];
    // One certificate, one signer: Fulcio writes exactly one name. With several, "the SAN" would
    // be whichever a verifier happens to read first.
    if (names.length !== 1) {
        throw new IdentityMismatchError(`the certificate has ${names.length} subject alternative names; exactly one is required`);
    }
    const name = names[0];
    if (!name.tag.isContextSpecific(GENERAL_NAME_URI) && !name.tag.isContextSpecific(GENERAL_NAME_EMAIL)) {
        throw new IdentityMismatchError('the certificate names its signer neither by URI nor by e-mail address');
    }
    const sanBytes = Buffer.from(name.value);
    const v2 = singleExtensionValue(cert, OID_FULCIO_ISSUER_V2, 'OIDC issuer (v2)');
    const v1 = singleExtensionValue(cert, OID_FULCIO_ISSUER_V1, 'OIDC issuer (v1)');
    let issuerBytes;
    if (v2) {
        const inner = v2.subs[0];
        if (!inner || !inner.tag.isUniversal() || inner.tag.number !== identity_UNIVERSAL_UTF8_STRING) {
            throw new IdentityMismatchError("the certificate's OIDC issuer (v2) is not a UTF8String");
        }
        issuerBytes = Buffer.from(inner.value);
    }
    if (v1) {
        const legacy = Buffer.from(v1.value);
        // Both present and different: which one a verifier reads decides who signed. Refuse.
        if (issuerBytes && !issuerBytes.equals(legacy)) {
            throw new IdentityMismatchError("the certificate's two OIDC issuer extensions disagree");
        }
        issuerBytes ??= legacy;
    }
    if (!issuerBytes)
        throw new IdentityMismatchError('the certificate names no OIDC issuer');
    return {
        san: utf8(sanBytes, 'subject alternative name'),
        sanBytes,
        issuer: utf8(issuerBytes, 'OIDC issuer'),
        issuerBytes,
    };
}
/** {@link readCertificateIdentity} for a PEM or DER certificate (e.g. the one Fulcio just issued). */
function certificateIdentityOf(certificate) {
    return readCertificateIdentity(X509Certificate.parse(typeof certificate === 'string' ? certificate : Buffer.from(certificate)));
}
/**
 * The pattern matched against the whole value: `^(?:pattern)$`. The source compiled on its own,
 * so its parentheses are balanced and it cannot close the group early. `g` and `y` are dropped
 * (they make `test` stateful) and so is `m` (it would let `^`/`$` match at a line break inside
 * the value, i.e. against a part of it).
 */
function identity_wholeMatch(pattern) {
    const flags = pattern.flags.replace(/[gym]/g, '');
    return new RegExp(`^(?:${pattern.source})$`, flags);
}
function sameBytes(actual, expected) {
    // A string with a lone surrogate has no UTF-8 form; Buffer.from would turn it into U+FFFD.
    const bytes = Buffer.from(expected, 'utf8');
    return bytes.toString('utf8') === expected && actual.equals(bytes);
}
/**
 * Checks a certificate's identity against the policy: the SAN byte for byte equal to
 * `identity`, or matching `identityRegExp` as a whole; the issuer byte for byte equal.
 * Throws {@link IdentityMismatchError} naming what was found and what was expected.
 */
function checkIdentity(found, policy) {
    if ((policy.identity === undefined) === (policy.identityRegExp === undefined)) {
        // The inputs refuse both and neither: reaching here is a caller's bug.
        throw new errors/* InternalError */.Gd('give exactly one of an identity and an identity pattern');
    }
    if (policy.identity !== undefined) {
        if (!sameBytes(found.sanBytes, policy.identity)) {
            throw new IdentityMismatchError(`certificate identity is ${(0,errors/* quote */.hD)(found.san, SHOWN)}, expected exactly ${(0,errors/* quote */.hD)(policy.identity, SHOWN)}`);
        }
    }
    else {
        const whole = identity_wholeMatch(policy.identityRegExp);
        if (!whole.test(found.san)) {
            throw new IdentityMismatchError(`certificate identity ${(0,errors/* quote */.hD)(found.san, SHOWN)} does not match the whole pattern ${whole.source}`);
        }
    }
    if (!sameBytes(found.issuerBytes, policy.issuer)) {
        throw new IdentityMismatchError(`certificate OIDC issuer is ${(0,errors/* quote */.hD)(found.issuer, SHOWN)}, expected exactly ${(0,errors/* quote */.hD)(policy.issuer, SHOWN)}`);
    }
}

;// CONCATENATED MODULE: ./.build/core/sigstore/verify.js











/** Escapes every RegExp metacharacter, so the text matches only itself. */
function escapeRegExp(text) {
    return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
/**
 * A @sigstore/verify policy for an identity, for code that runs the stock Verifier. The library
 * searches with it as an unanchored RegExp, so the identity is escaped and anchored here. Our own
 * verifier does not use it: {@link verifyBundle} compares the certificate's bytes itself.
 */
function toPolicy(policy) {
    if ((policy.identity === undefined) === (policy.identityRegExp === undefined)) {
        throw new SignatureVerificationError('give exactly one of an identity and an identity pattern', 'POLICY');
    }
    return {
        subjectAlternativeName: policy.identity !== undefined
            ? new RegExp(`^${escapeRegExp(policy.identity)}$`)
            : wholeMatch(policy.identityRegExp),
        extensions: { issuer: policy.issuer },
    };
}
function verifierOptions(options) {
    const out = {};
    for (const key of ['ctlogThreshold', 'tlogThreshold', 'timestampThreshold']) {
        const value = options[key];
        if (value === undefined)
            continue;
        if (!Number.isInteger(value) || value < 0)
            throw new verify_artifact_SignatureVerificationError(`${key} must be a whole number >= 0, got ${value}`, 'INPUT');
        out[key] = value;
    }
    return out;
}
/** The leaf certificate's only SAN, compared whole and exactly with `san` (see {@link SanPolicy}). */
function checkSan(entity, policy) {
    if (entity.key.$case !== 'certificate') {
        throw new verify_artifact_SignatureVerificationError('UNTRUSTED_SIGNER_ERROR: the bundle is signed with a key, not with a certificate for the expected signer', 'UNTRUSTED_SIGNER_ERROR');
    }
    // Node renders every name of the extension, quoting and escaping any that is not plain text,
    // so one URI equal to `san` is the only way to read exactly `URI:<san>`.
    const names = new external_node_crypto_.X509Certificate(entity.key.certificate.root.toDER()).subjectAltName;
    if (names !== `URI:${policy.san}`) {
        throw new verify_artifact_SignatureVerificationError(`UNTRUSTED_SIGNER_ERROR: signed for ${(0,core_quote/* quote */.h)((names ?? '(no SAN)').replace(/^URI:/, ''))}, not for ${JSON.stringify(policy.san)}`, 'UNTRUSTED_SIGNER_ERROR');
    }
    return policy.san;
}
/**
 * The one place a signed entity is verified: @sigstore/verify proves the certificate chain (or
 * the key), the SCTs, the log entries, the timestamps and the signature, with no identity
 * policy (it would search with it as an unanchored RegExp); then the leaf certificate's SAN and
 * issuer are compared exactly with the policy ({@link checkIdentity}, {@link checkSan}).
 */
function verifyEntity(entity, trust, signer, options) {
    const keyless = entity.key.$case === 'certificate';
    if (keyless && !signer) {
        throw new verify_artifact_SignatureVerificationError('a keyless bundle needs an identity and issuer to verify against', 'POLICY');
    }
    if (!keyless && signer) {
        throw new verify_artifact_SignatureVerificationError('UNTRUSTED_SIGNER_ERROR: the bundle is signed with a key, not with a certificate for the expected identity', 'UNTRUSTED_SIGNER_ERROR');
    }
    const verifier = new dist/* Verifier */.BL(trust, verifierOptions(options));
    try {
        verifier.verify(entity);
    }
    catch (error) {
        if (error instanceof dist/* VerificationError */.mk || error instanceof dist/* PolicyError */.pn) {
            throw new verify_artifact_SignatureVerificationError(`${error.code}: ${error.message}`, error.code);
        }
        throw new verify_artifact_SignatureVerificationError((0,errors/* messageOf */.bD)(error), 'VERIFICATION');
    }
    if (entity.key.$case !== 'certificate')
        return {};
    const certificate = entity.key.certificate;
    if (signer && 'san' in signer)
        return { identity: checkSan(entity, signer), certificate };
    try {
        // The leaf the Verifier just proved (it builds the path from this very object).
        const found = readCertificateIdentity(entity.key.certificate);
        checkIdentity(found, signer);
        return { identity: found.san, issuer: found.issuer, certificate };
    }
    catch (error) {
        if (error instanceof IdentityMismatchError) {
            throw new verify_artifact_SignatureVerificationError(`${error.code}: ${error.message}`, error.code);
        }
        throw new verify_artifact_SignatureVerificationError(`UNTRUSTED_SIGNER_ERROR: ${(0,errors/* messageOf */.bD)(error)}`, 'UNTRUSTED_SIGNER_ERROR');
    }
}
/**
 * Verifies a Sigstore bundle (its JSON text, or parsed) against trust material and a
 * {@link SigstorePolicy}: the signer compared exactly, the evidence thresholds, the artifact
 * (message digest or DSSE subject) and the DSSE payload type. Throws
 * {@link SignatureVerificationError} or BundleFormatError with the reason; returns what was
 * proven. The trust is injected (a private instance's or GitHub's trusted root, or public-good's
 * through TUF).
 */
async function verifySigstoreBundle(input, trust, policy) {
    const bundle = typeof input === 'string' ? bundle_parseBundle(input) : input;
    refuseMalformed(bundle);
    const dsse = bundle.content.$case === 'dsseEnvelope' ? bundle.content.dsseEnvelope : undefined;
    if (policy.payloadType !== undefined) {
        if (!dsse) {
            throw new verify_artifact_SignatureVerificationError('the bundle holds a message signature, not a DSSE envelope', 'CONTENT');
        }
        if (dsse.payloadType !== policy.payloadType) {
            throw new verify_artifact_SignatureVerificationError(`the DSSE payload type is ${(0,core_quote/* quote */.h)(dsse.payloadType)}, not ${policy.payloadType}`, 'DSSE_PAYLOAD_TYPE');
        }
    }
    // A statement is read before the signature only to bind the artifact; it is returned only verified.
    const statement = dsse && (policy.artifact !== undefined || dsse.payloadType === IN_TOTO_PAYLOAD_TYPE)
        ? statementOf(bundle)
        : undefined;
    let digest;
    let message;
    if (policy.artifact) {
        const artifact = policy.artifact;
        digest = await artifactDigest(artifact);
        if (statement)
            checkDsseSubject(statement, digest);
        // Only a non-ECDSA key needs the message itself (see bindMessageSignature).
        const key = bundle.content.$case === 'messageSignature' ? presumedKey(bundle, trust) : undefined;
        if (key && key.asymmetricKeyType !== 'ec' && 'file' in artifact) {
            const size = (await external_node_fs_.promises.stat(artifact.file)).size;
            if (size > IN_MEMORY_LIMIT) {
                throw new verify_artifact_SignatureVerificationError(`a ${key.asymmetricKeyType} signature over a file larger than ${IN_MEMORY_LIMIT} bytes is not supported`, 'UNSUPPORTED');
            }
            message = await external_node_fs_.promises.readFile(artifact.file);
            if (!external_node_crypto_.createHash('sha256').update(message).digest().equals(digest)) {
                throw new verify_artifact_SignatureVerificationError('the artifact changed while it was being verified', 'ARTIFACT_CHANGED');
            }
        }
    }
    else if (bundle.content.$case === 'messageSignature') {
        // A message signature proves something only about the bytes it is over.
        throw new verify_artifact_SignatureVerificationError('a message signature is verified only against its artifact', 'INPUT');
    }
    const entity = (0,dist/* toSignedEntity */.DC)(bundle);
    let signer;
    try {
        signer = verifyEntity(digest ? bindMessageSignature(entity, bundle, digest, message) : entity, trust, policy.signer, policy.thresholds ?? {});
    }
    catch (error) {
        throw explained(error, bundle);
    }
    return {
        ...signer,
        mediaType: bundle.mediaType,
        content: dsse ? 'dsse' : 'message-signature',
        ...(digest ? { sha256: digest.toString('hex') } : {}),
        ...(dsse ? { payloadType: dsse.payloadType, payload: Buffer.from(dsse.payload) } : {}),
        ...(statement ? { statement } : {}),
    };
}
/**
 * Verifies a bundle (its JSON text) for an artifact; {@link verifySigstoreBundle} with the
 * artifact, an identity policy and thresholds. `policy` undefined is allowed only for
 * key-signed bundles (the key is the identity).
 */
async function verifyBundle(bundleText, artifact, trust, policy, options = {}) {
    const verified = await verifySigstoreBundle(bundleText, trust, {
        signer: policy,
        thresholds: options,
        artifact,
    });
    return {
        identity: verified.identity,
        issuer: verified.issuer,
        sha256: verified.sha256,
        mediaType: verified.mediaType,
        content: verified.content,
    };
}
/**
 * Verifies a DSSE bundle by itself, without an artifact: {@link verifySigstoreBundle} requiring
 * a DSSE envelope of any payload type. What the payload says is the caller's to check, on the
 * returned payload, the only bytes the signature covers.
 */
async function verifyDsseBundle(bundleText, trust, policy, options = {}) {
    const bundle = parseBundle(bundleText);
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw new SignatureVerificationError('the bundle holds a message signature, not a DSSE envelope', 'CONTENT');
    }
    const verified = await verifySigstoreBundle(bundle, trust, {
        signer: policy,
        thresholds: options,
        payloadType: bundle.content.dsseEnvelope.payloadType,
    });
    return {
        identity: verified.identity,
        issuer: verified.issuer,
        mediaType: verified.mediaType,
        payloadType: verified.payloadType,
        payload: verified.payload,
    };
}
/** Reads a bundle file and verifies it for a file; see {@link verifyBundle}. */
async function verifyBundleFile(bundlePath, artifact, trust, policy, options = {}) {
    let text;
    try {
        text = await fs.promises.readFile(bundlePath, 'utf8');
    }
    catch (error) {
        throw new SignatureVerificationError(`cannot read bundle ${bundlePath}: ${messageOf(error)}`, 'BUNDLE_MISSING');
    }
    return verifyBundle(text, artifact, trust, policy, options);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.build/core/provenance/predicate.js
/*
 * SLSA v1 build provenance as GitHub's own attestations carry it, built from the job's OIDC token.
 *
 * Sources of the format:
 * - the predicate builder of `@actions/attest` (actions/toolkit packages/attest/src/provenance.ts,
 *   `buildSLSAProvenancePredicate`, which actions/attest-build-provenance runs): predicate type
 *   `https://slsa.dev/provenance/v1`, build type `https://actions.github.io/buildtypes/workflow/v1`,
 *   `externalParameters.workflow` {ref, repository, path} split from the `workflow_ref` claim,
 *   `internalParameters.github` {event_name, repository_id, repository_owner_id,
 *   runner_environment}, one resolved dependency `git+${server}/${repository}@${ref}` with
 *   `digest.gitCommit` = `sha`, `runDetails.builder.id` = `${server}/${job_workflow_ref}` and
 *   `runDetails.metadata.invocationId` = `${server}/${repository}/actions/runs/${run_id}/attempts/${run_attempt}`;
 * - the SLSA provenance v1 spec (slsa.dev/spec/v1.0/provenance): `buildDefinition` {buildType,
 *   externalParameters, internalParameters, resolvedDependencies} and `runDetails` {builder.id,
 *   metadata.invocationId};
 * - the buildType's definition (github.com/actions/buildtypes, workflow/v1): the same fields;
 * - in-toto statement v1 (github.com/in-toto/attestation spec/v1/statement.md): `_type`,
 *   `subject` [{name, digest}], `predicateType`, `predicate`; actions/attest names a file's subject
 *   by its basename.
 *
 * Every value comes from the token's claims and never from environment variables: an earlier step
 * can rewrite `GITHUB_SHA` or `GITHUB_REF` through `GITHUB_ENV`, but not the token GitHub signed.
 * This module is pure: no I/O, no clock.
 */




/** The predicate type of SLSA provenance v1. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** GitHub's build type for a workflow run (what @actions/attest writes). */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
class ProvenanceError extends (/* unused pure expression or super */ null && (BaseError)) {
}
/** The claims the predicate is built from, in the order the contract names them. */
const PROVENANCE_CLAIMS = (/* unused pure expression or super */ null && ([
    'ref',
    'sha',
    'repository',
    'repository_id',
    'repository_owner_id',
    'event_name',
    'workflow_ref',
    'job_workflow_ref',
    'runner_environment',
    'run_id',
    'run_attempt',
]));
/**
 * Reads the provenance claims of a token. Every missing, empty or non-string claim is named in
 * one error (`MISSING_CLAIM`): GitHub writes every one as a string (ids too), and the predicate
 * carries each exactly as the token has it. A claim of the wrong form is `BAD_CLAIM`.
 */
function readProvenanceClaims(claims) {
    const out = {};
    const missing = [];
    for (const name of PROVENANCE_CLAIMS) {
        const value = claims[name];
        if (typeof value === 'string' && value !== '')
            out[name] = value;
        else
            missing.push(value === undefined ? name : `${name} (got ${quote(value)})`);
    }
    if (missing.length > 0) {
        throw new ProvenanceError('MISSING_CLAIM', `The OIDC token lacks the claim${missing.length === 1 ? '' : 's'} ${missing.join(', ')}, ` +
            'which the provenance is built from; a GitHub Actions token carries every one.');
    }
    const bad = [];
    if (!/^[0-9a-f]{40}$/.test(out.sha))
        bad.push(`sha is ${quote(out.sha)}, not a 40-hex commit`);
    // A control character or a space cannot be in a ref GitHub issues; in a URI it would change its meaning.
    for (const name of PROVENANCE_CLAIMS) {
        if (/[\s\p{Cc}]/u.test(out[name]))
            bad.push(`${name} is ${quote(out[name])}, which holds a space or a control character`);
    }
    if (!out.workflow_ref.startsWith(`${out.repository}/`) || !out.workflow_ref.includes('@')) {
        bad.push(`workflow_ref is ${quote(out.workflow_ref)}, not '${out.repository}/<path>@<ref>' (the token's repository)`);
    }
    if (!/^[^@]+@.+$/.test(out.job_workflow_ref)) {
        bad.push(`job_workflow_ref is ${quote(out.job_workflow_ref)}, not '<owner>/<repo>/<path>@<ref>'`);
    }
    if (bad.length > 0)
        throw new ProvenanceError('BAD_CLAIM', `The OIDC token's claims are not GitHub's: ${bad.join('; ')}.`);
    return out;
}
/**
 * Builds the predicate. `serverUrl` is `GITHUB_SERVER_URL` (the one value not in the token; the
 * certificate's SAN is built from it too, so a wrong one fails the verification right after).
 * The workflow's path and ref are split at the first `@` after the repository, so a tag that
 * holds `@` (`pkg@1.2.3`) stays whole, as @actions/attest splits it.
 */
function buildProvenancePredicate(claims, serverUrl) {
    const server = serverUrl.replace(/\/+$/, '');
    const rest = claims.workflow_ref.slice(claims.repository.length + 1);
    const at = rest.indexOf('@');
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: {
                    ref: rest.slice(at + 1),
                    repository: `${server}/${claims.repository}`,
                    path: rest.slice(0, at),
                },
            },
            internalParameters: {
                github: {
                    event_name: claims.event_name,
                    repository_id: claims.repository_id,
                    repository_owner_id: claims.repository_owner_id,
                    runner_environment: claims.runner_environment,
                },
            },
            resolvedDependencies: [
                { uri: `git+${server}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } },
            ],
        },
        runDetails: {
            builder: { id: `${server}/${claims.job_workflow_ref}` },
            metadata: {
                invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
            },
        },
    };
}
/**
 * The subjects of the files, in the order given, one per distinct (name, digest). Two files with
 * one basename and the same bytes are one subject; with different bytes a verifier could not
 * tell which one the name means, so it is refused.
 */
function fileSubjects(files) {
    const byName = new Map();
    const out = [];
    for (const file of files) {
        const seen = byName.get(file.name);
        if (seen === undefined) {
            byName.set(file.name, file.sha256);
            out.push({ name: file.name, digest: { sha256: file.sha256 } });
        }
        else if (seen !== file.sha256) {
            throw new ProvenanceError('DUPLICATE_SUBJECT', `Two files are named ${quote(file.name)} with different contents (sha256 ${seen} and ${file.sha256}); ` +
                'a subject is named by its basename, so narrow the files globs to one of them.');
        }
    }
    return out;
}
/** The subjects of files on disk: each hashed (streamed), named by its basename, as {@link fileSubjects}. */
async function hashFileSubjects(files) {
    const hashed = [];
    for (const file of files)
        hashed.push({ name: path.basename(file), sha256: (await hashFile(file, ['sha256'])).sha256 });
    return fileSubjects(hashed);
}
function provenanceStatement(subjects, predicate) {
    return { _type: IN_TOTO_STATEMENT_V1, subject: subjects, predicateType: SLSA_PROVENANCE_V1, predicate };
}
/**
 * The runner's variables that say the same as a claim, and the claim. Where one is set and
 * differs, the token wins (it is what GitHub signed); the caller warns, naming the variable.
 */
const ENV_OF_CLAIM = (/* unused pure expression or super */ null && ([
    ['GITHUB_SHA', 'sha'],
    ['GITHUB_REF', 'ref'],
    ['GITHUB_REPOSITORY', 'repository'],
]));
/** One warning per variable that disagrees with the token (an unset variable says nothing). */
function environmentDisagreements(claims, env) {
    const out = [];
    for (const [variable, claim] of ENV_OF_CLAIM) {
        const value = env[variable];
        if (value === undefined || value === '' || value === claims[claim])
            continue;
        out.push(`${variable} is ${quote(value)} but the OIDC token's ${claim} claim is ${quote(claims[claim])}: ` +
            "the provenance names the token's value (an earlier step may have changed the variable).");
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2019.js
var _2019 = __webpack_require__(878);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var ajv_formats_dist = __webpack_require__(2815);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.2.SNAPSHOT.schema.json
var bom_1_2_SNAPSHOT_schema = __webpack_require__(733);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.3.SNAPSHOT.schema.json
var bom_1_3_SNAPSHOT_schema = __webpack_require__(2806);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.4.SNAPSHOT.schema.json
var bom_1_4_SNAPSHOT_schema = __webpack_require__(3119);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.5.SNAPSHOT.schema.json
var bom_1_5_SNAPSHOT_schema = __webpack_require__(4072);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.6.SNAPSHOT.schema.json
var bom_1_6_SNAPSHOT_schema = __webpack_require__(4113);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.7.SNAPSHOT.schema.json
var bom_1_7_SNAPSHOT_schema = __webpack_require__(5674);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/spdx.SNAPSHOT.schema.json
var spdx_SNAPSHOT_schema = __webpack_require__(2094);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/jsf-0.82.SNAPSHOT.schema.json
var jsf_0_82_SNAPSHOT_schema = __webpack_require__(6115);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/cryptography-defs.SNAPSHOT.schema.json
var cryptography_defs_SNAPSHOT_schema = __webpack_require__(1480);
;// CONCATENATED MODULE: ./.build/core/sbom/schemas/spdx-2.2.json
const spdx_2_2_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://spdx.org/rdf/terms","title":"SPDX 2.2","type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"comment":{"type":"string"},"creationInfo":{"type":"object","properties":{"comment":{"type":"string"},"created":{"description":"Identify when the SPDX file was originally created. The date is to be specified according to combined date and time in UTC format as specified in ISO 8601 standard. This field is distinct from the fields in section 8, which involves the addition of information during a subsequent review.","type":"string"},"creators":{"description":"Identify who (or what, in the case of a tool) created the SPDX file. If the SPDX file was created by an individual, indicate the person\'s name. If the SPDX file was created on behalf of a company or organization, indicate the entity name. If the SPDX file was created using a software tool, indicate the name and version for that tool. If multiple participants or tools were involved, use multiple instances of this field. Person name or organization name may be designated as “anonymous” if appropriate.","minItems":1,"type":"array","items":{"description":"Identify who (or what, in the case of a tool) created the SPDX file. If the SPDX file was created by an individual, indicate the person\'s name. If the SPDX file was created on behalf of a company or organization, indicate the entity name. If the SPDX file was created using a software tool, indicate the name and version for that tool. If multiple participants or tools were involved, use multiple instances of this field. Person name or organization name may be designated as “anonymous” if appropriate.","type":"string"}},"licenseListVersion":{"description":"An optional field for creators of the SPDX file to provide the version of the SPDX License List used when the SPDX file was created.","type":"string"}},"required":["created","creators"],"additionalProperties":false,"description":"One instance is required for each SPDX file produced. It provides the necessary information for forward and backward compatibility for processing tools."},"dataLicense":{"description":"License expression for dataLicense.  Compliance with the SPDX specification includes populating the SPDX fields therein with data related to such fields (\\"SPDX-Metadata\\"). The SPDX specification contains numerous fields where an SPDX document creator may provide relevant explanatory text in SPDX-Metadata. Without opining on the lawfulness of \\"database rights\\" (in jurisdictions where applicable), such explanatory text is copyrightable subject matter in most Berne Convention countries. By using the SPDX specification, or any portion hereof, you hereby agree that any copyright rights (as determined by your jurisdiction) in any SPDX-Metadata, including without limitation explanatory text, shall be subject to the terms of the Creative Commons CC0 1.0 Universal license. For SPDX-Metadata not containing any copyright rights, you hereby agree and acknowledge that the SPDX-Metadata is provided to you \\"as-is\\" and without any representations or warranties of any kind concerning the SPDX-Metadata, express, implied, statutory or otherwise, including without limitation warranties of title, merchantability, fitness for a particular purpose, non-infringement, or the absence of latent or other defects, accuracy, or the presence or absence of errors, whether or not discoverable, all to the greatest extent permissible under applicable law.","type":"string"},"externalDocumentRefs":{"description":"Identify any external SPDX documents referenced within this SPDX document.","type":"array","items":{"type":"object","properties":{"checksum":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA256","SHA1","SHA384","MD2","MD4","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."},"externalDocumentId":{"description":"externalDocumentId is a string containing letters, numbers, ., - and/or + which uniquely identifies an external document within this document.","type":"string"},"spdxDocument":{"description":"SPDX ID for SpdxDocument.  A property containing an SPDX document.","type":"string"}},"required":["checksum","externalDocumentId","spdxDocument"],"additionalProperties":false,"description":"Information about an external SPDX document reference including the checksum. This allows for verification of the external references."}},"hasExtractedLicensingInfos":{"description":"Indicates that a particular ExtractedLicensingInfo was defined in the subject SpdxDocument.","type":"array","items":{"type":"object","properties":{"comment":{"type":"string"},"crossRefs":{"description":"Cross Reference Detail for a license SeeAlso URL","type":"array","items":{"type":"object","properties":{"isLive":{"description":"Indicate a URL is still a live accessible location on the public internet","type":"boolean"},"isValid":{"description":"True if the URL is a valid well formed URL","type":"boolean"},"isWayBackLink":{"description":"True if the License SeeAlso URL points to a Wayback archive","type":"boolean"},"match":{"description":"Status of a License List SeeAlso URL reference if it refers to a website that matches the license text.","type":"string"},"order":{"description":"The ordinal order of this element within a list","type":"integer"},"timestamp":{"description":"Timestamp","type":"string"},"url":{"description":"URL Reference","type":"string"}},"required":["url"],"additionalProperties":false,"description":"Cross reference details for the a URL reference"}},"extractedText":{"description":"Verbatim license or licensing notice text that was discovered.","type":"string"},"licenseId":{"description":"A human readable short form license identifier for a license. The license ID is either on the standard license list or the form \\"LicenseRef-\\"[idString] where [idString] is a unique string containing letters, numbers, \\".\\", \\"-\\" or \\"+\\".","type":"string"},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"seeAlsos":{"type":"array","items":{"type":"string"}}},"required":["extractedText","licenseId"],"additionalProperties":false,"description":"An ExtractedLicensingInfo represents a license or licensing notice that was found in a package, file or snippet. Any license text that is recognized as a license may be represented as a License rather than an ExtractedLicensingInfo."}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"revieweds":{"description":"Reviewed","type":"array","items":{"type":"object","properties":{"comment":{"type":"string"},"reviewDate":{"description":"The date and time at which the SpdxDocument was reviewed. This value must be in UTC and have \'Z\' as its timezone indicator.","type":"string"},"reviewer":{"description":"The name and, optionally, contact information of the person who performed the review. Values of this property must conform to the agent and tool syntax.","type":"string"}},"required":["reviewDate"],"additionalProperties":false}},"spdxVersion":{"description":"Provide a reference number that can be used to understand how to parse and interpret the rest of the file. It will enable both future changes to the specification and to support backward compatibility. The version number consists of a major and minor version indicator. The major field will be incremented when incompatible changes between versions are made (one or more sections are created, modified or deleted). The minor field will be incremented when backwards compatible changes are made.","type":"string"},"documentNamespace":{"type":"string","description":"The URI provides an unambiguous mechanism for other SPDX documents to reference SPDX elements within this SPDX document."},"documentDescribes":{"description":"Packages, files and/or Snippets described by this SPDX document","type":"array","items":{"type":"string","description":"SPDX ID for each Package, File, or Snippet."}},"packages":{"description":"Packages referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"checksums":{"description":"The checksum property provides a mechanism that can be used to verify that the contents of a File or Package have not changed.","type":"array","items":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA256","SHA1","SHA384","MD2","MD4","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."}},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the Package or File.","type":"string"},"description":{"description":"Provides a detailed description of the package.","type":"string"},"downloadLocation":{"description":"The URI at which this package is available for download. Private (i.e., not publicly reachable) URIs are acceptable as values of this property. The values http://spdx.org/rdf/terms#none and http://spdx.org/rdf/terms#noassertion may be used to specify that the package is not downloadable or that no attempt was made to determine its download location, respectively.","type":"string"},"externalRefs":{"description":"An External Reference allows a Package to reference an external source of additional information, metadata, enumerations, asset identifiers, or downloadable content believed to be relevant to the Package.","type":"array","items":{"type":"object","properties":{"comment":{"type":"string"},"referenceCategory":{"description":"Category for the external reference","type":"string","enum":["OTHER","PERSISTENT-ID","PERSISTENT_ID","SECURITY","PACKAGE-MANAGER","PACKAGE_MANAGER"]},"referenceLocator":{"description":"The unique string with no spaces necessary to access the package-specific information, metadata, or content within the target location. The format of the locator is subject to constraints defined by the <type>.","type":"string"},"referenceType":{"description":"Type of the external reference. These are definined in an appendix in the SPDX specification.","type":"string"}},"required":["referenceCategory","referenceLocator","referenceType"],"additionalProperties":false,"description":"An External Reference allows a Package to reference an external source of additional information, metadata, enumerations, asset identifiers, or downloadable content believed to be relevant to the Package."}},"filesAnalyzed":{"description":"Indicates whether the file content of this package has been available for or subjected to analysis when creating the SPDX document. If false indicates packages that represent metadata or URI references to a project, product, artifact, distribution or a component. If set to false, the package must not contain any files.","type":"boolean"},"hasFiles":{"description":"Indicates that a particular file belongs to a package.","type":"array","items":{"description":"SPDX ID for File.  Indicates that a particular file belongs to a package.","type":"string"}},"homepage":{"type":"string"},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"licenseConcluded":{"description":"License expression for licenseConcluded.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the package.","type":"string"},"licenseDeclared":{"description":"License expression for licenseDeclared.  The licensing that the creators of the software in the package, or the packager, have declared. Declarations by the original software creator should be preferred, if they exist.","type":"string"},"licenseInfoFromFiles":{"description":"The licensing information that was discovered directly within the package. There will be an instance of this property for each distinct value of alllicenseInfoInFile properties of all files contained in the package.","type":"array","items":{"description":"License expression for licenseInfoFromFiles.  The licensing information that was discovered directly within the package. There will be an instance of this property for each distinct value of alllicenseInfoInFile properties of all files contained in the package.","type":"string"}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"originator":{"description":"The name and, optionally, contact information of the person or organization that originally created the package. Values of this property must conform to the agent and tool syntax.","type":"string"},"packageFileName":{"description":"The base name of the package file name. For example, zlib-1.2.5.tar.gz.","type":"string"},"packageVerificationCode":{"type":"object","properties":{"packageVerificationCodeExcludedFiles":{"description":"A file that was excluded when calculating the package verification code. This is usually a file containing SPDX data regarding the package. If a package contains more than one SPDX file all SPDX files must be excluded from the package verification code. If this is not done it would be impossible to correctly calculate the verification codes in both files.","type":"array","items":{"description":"A file that was excluded when calculating the package verification code. This is usually a file containing SPDX data regarding the package. If a package contains more than one SPDX file all SPDX files must be excluded from the package verification code. If this is not done it would be impossible to correctly calculate the verification codes in both files.","type":"string"}},"packageVerificationCodeValue":{"description":"The actual package verification code as a hex encoded value.","type":"string"}},"required":["packageVerificationCodeValue"],"additionalProperties":false,"description":"A manifest based verification code (the algorithm is defined in section 4.7 of the full specification) of the SPDX Item. This allows consumers of this data and/or database to determine if an SPDX item they have in hand is identical to the SPDX item from which the data was produced. This algorithm works even if the SPDX document is included in the SPDX item."},"sourceInfo":{"description":"Allows the producer(s) of the SPDX document to describe how the package was acquired and/or changed from the original source.","type":"string"},"summary":{"description":"Provides a short description of the package.","type":"string"},"supplier":{"description":"The name and, optionally, contact information of the person or organization who was the immediate supplier of this package to the recipient. The supplier may be different than originator when the software has been repackaged. Values of this property must conform to the agent and tool syntax.","type":"string"},"versionInfo":{"description":"Provides an indication of the version of the package that is described by this SpdxDocument.","type":"string"}},"required":["SPDXID","copyrightText","downloadLocation","licenseConcluded","licenseDeclared","name"],"additionalProperties":false}},"files":{"description":"Files referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"artifactOfs":{"description":"Indicates the project in which the SpdxElement originated. Tools must preserve doap:homepage and doap:name properties and the URI (if one is known) of doap:Project resources that are values of this property. All other properties of doap:Projects are not directly supported by SPDX and may be dropped when translating to or from some SPDX formats.","type":"array","items":{"type":"object"}},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"checksums":{"description":"The checksum property provides a mechanism that can be used to verify that the contents of a File or Package have not changed.","minItems":1,"type":"array","items":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA256","SHA1","SHA384","MD2","MD4","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."}},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the Package or File.","type":"string"},"fileContributors":{"description":"This field provides a place for the SPDX file creator to record file contributors. Contributors could include names of copyright holders and/or authors who may not be copyright holders yet contributed to the file content.","type":"array","items":{"description":"This field provides a place for the SPDX file creator to record file contributors. Contributors could include names of copyright holders and/or authors who may not be copyright holders yet contributed to the file content.","type":"string"}},"fileDependencies":{"type":"array","items":{"description":"SPDX ID for File","type":"string"}},"fileName":{"description":"The name of the file relative to the root of the package.","type":"string"},"fileTypes":{"description":"The type of the file.","type":"array","items":{"description":"The type of the file.","type":"string","enum":["OTHER","DOCUMENTATION","IMAGE","VIDEO","ARCHIVE","SPDX","APPLICATION","SOURCE","BINARY","TEXT","AUDIO"]}},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"licenseConcluded":{"description":"License expression for licenseConcluded.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the package.","type":"string"},"licenseInfoInFiles":{"description":"Licensing information that was discovered directly in the subject file. This is also considered a declared license for the file.","minItems":1,"type":"array","items":{"description":"License expression for licenseInfoInFile.  Licensing information that was discovered directly in the subject file. This is also considered a declared license for the file.","type":"string"}},"noticeText":{"description":"This field provides a place for the SPDX file creator to record potential legal notices found in the file. This may or may not include copyright statements.","type":"string"}},"required":["SPDXID","checksums","copyrightText","fileName","licenseConcluded","licenseInfoInFiles"],"additionalProperties":false}},"snippets":{"description":"Snippets referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the Package or File.","type":"string"},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"licenseConcluded":{"description":"License expression for licenseConcluded.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the package.","type":"string"},"licenseInfoInSnippets":{"description":"Licensing information that was discovered directly in the subject snippet. This is also considered a declared license for the snippet.","type":"array","items":{"description":"License expression for licenseInfoInSnippet.  Licensing information that was discovered directly in the subject snippet. This is also considered a declared license for the snippet.","type":"string"}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"ranges":{"description":"This field defines the byte range in the original host file (in X.2) that the snippet information applies to","minItems":1,"type":"array","items":{"type":"object","properties":{"endPointer":{"type":"object","properties":{"reference":{"description":"SPDX ID for File","type":"string"},"offset":{"type":"integer","description":"Byte offset in the file"},"lineNumber":{"type":"integer","description":"line number offset in the file"}},"required":["reference"],"additionalProperties":false},"startPointer":{"type":"object","properties":{"reference":{"description":"SPDX ID for File","type":"string"},"offset":{"type":"integer","description":"Byte offset in the file"},"lineNumber":{"type":"integer","description":"line number offset in the file"}},"required":["reference"],"additionalProperties":false}},"required":["endPointer","startPointer"],"additionalProperties":false}},"snippetFromFile":{"description":"SPDX ID for File.  File containing the SPDX element (e.g. the file contaning a snippet).","type":"string"}},"required":["SPDXID","copyrightText","licenseConcluded","ranges","snippetFromFile"],"additionalProperties":false}},"relationships":{"description":"Relationships referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"spdxElementId":{"type":"string","description":"Id to which the SPDX element is related"},"comment":{"type":"string"},"relatedSpdxElement":{"description":"SPDX ID for SpdxElement.  A related SpdxElement.","type":"string"},"relationshipType":{"description":"Describes the type of relationship between two SPDX elements.","type":"string","enum":["VARIANT_OF","COPY_OF","PATCH_FOR","TEST_DEPENDENCY_OF","CONTAINED_BY","DATA_FILE_OF","OPTIONAL_COMPONENT_OF","ANCESTOR_OF","GENERATES","CONTAINS","OPTIONAL_DEPENDENCY_OF","FILE_ADDED","DEV_DEPENDENCY_OF","DEPENDENCY_OF","BUILD_DEPENDENCY_OF","DESCRIBES","PREREQUISITE_FOR","HAS_PREREQUISITE","PROVIDED_DEPENDENCY_OF","DYNAMIC_LINK","DESCRIBED_BY","METAFILE_OF","DEPENDENCY_MANIFEST_OF","PATCH_APPLIED","RUNTIME_DEPENDENCY_OF","TEST_OF","TEST_TOOL_OF","DEPENDS_ON","FILE_MODIFIED","DISTRIBUTION_ARTIFACT","AMENDS","DOCUMENTATION_OF","GENERATED_FROM","STATIC_LINK","OTHER","BUILD_TOOL_OF","TEST_CASE_OF","PACKAGE_OF","DESCENDANT_OF","FILE_DELETED","EXPANDED_FROM_ARCHIVE","DEV_TOOL_OF","EXAMPLE_OF"]}},"required":["spdxElementId","relatedSpdxElement","relationshipType"],"additionalProperties":false}}},"required":["SPDXID","creationInfo","dataLicense","name","spdxVersion","documentNamespace"],"additionalProperties":false}');
;// CONCATENATED MODULE: ./.build/core/sbom/schemas/spdx-2.3.json
const spdx_2_3_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2019-09/schema#","$id":"http://spdx.org/rdf/terms/2.3","title":"SPDX 2.3","type":"object","properties":{"$schema":{"type":"string","description":"Reference the SPDX 2.3 JSON schema."},"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"comment":{"type":"string"},"creationInfo":{"type":"object","properties":{"comment":{"type":"string"},"created":{"description":"Identify when the SPDX document was originally created. The date is to be specified according to combined date and time in UTC format as specified in ISO 8601 standard.","type":"string"},"creators":{"description":"Identify who (or what, in the case of a tool) created the SPDX document. If the SPDX document was created by an individual, indicate the person\'s name. If the SPDX document was created on behalf of a company or organization, indicate the entity name. If the SPDX document was created using a software tool, indicate the name and version for that tool. If multiple participants or tools were involved, use multiple instances of this field. Person name or organization name may be designated as “anonymous” if appropriate.","minItems":1,"type":"array","items":{"description":"Identify who (or what, in the case of a tool) created the SPDX document. If the SPDX document was created by an individual, indicate the person\'s name. If the SPDX document was created on behalf of a company or organization, indicate the entity name. If the SPDX document was created using a software tool, indicate the name and version for that tool. If multiple participants or tools were involved, use multiple instances of this field. Person name or organization name may be designated as “anonymous” if appropriate.","type":"string"}},"licenseListVersion":{"description":"An optional field for creators of the SPDX file to provide the version of the SPDX License List used when the SPDX file was created.","type":"string"}},"required":["created","creators"],"additionalProperties":false,"description":"One instance is required for each SPDX file produced. It provides the necessary information for forward and backward compatibility for processing tools."},"dataLicense":{"description":"License expression for dataLicense. See SPDX Annex D for the license expression syntax.  Compliance with the SPDX specification includes populating the SPDX fields therein with data related to such fields (\\"SPDX-Metadata\\"). The SPDX specification contains numerous fields where an SPDX document creator may provide relevant explanatory text in SPDX-Metadata. Without opining on the lawfulness of \\"database rights\\" (in jurisdictions where applicable), such explanatory text is copyrightable subject matter in most Berne Convention countries. By using the SPDX specification, or any portion hereof, you hereby agree that any copyright rights (as determined by your jurisdiction) in any SPDX-Metadata, including without limitation explanatory text, shall be subject to the terms of the Creative Commons CC0 1.0 Universal license. For SPDX-Metadata not containing any copyright rights, you hereby agree and acknowledge that the SPDX-Metadata is provided to you \\"as-is\\" and without any representations or warranties of any kind concerning the SPDX-Metadata, express, implied, statutory or otherwise, including without limitation warranties of title, merchantability, fitness for a particular purpose, non-infringement, or the absence of latent or other defects, accuracy, or the presence or absence of errors, whether or not discoverable, all to the greatest extent permissible under applicable law.","type":"string"},"externalDocumentRefs":{"description":"Identify any external SPDX documents referenced within this SPDX document.","type":"array","items":{"type":"object","properties":{"checksum":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA1","BLAKE3","SHA3-384","SHA256","SHA384","BLAKE2b-512","BLAKE2b-256","SHA3-512","MD2","ADLER32","MD4","SHA3-256","BLAKE2b-384","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."},"externalDocumentId":{"description":"externalDocumentId is a string containing letters, numbers, ., - and/or + which uniquely identifies an external document within this document.","type":"string"},"spdxDocument":{"description":"SPDX ID for SpdxDocument.  A property containing an SPDX document.","type":"string"}},"required":["checksum","externalDocumentId","spdxDocument"],"additionalProperties":false,"description":"Information about an external SPDX document reference including the checksum. This allows for verification of the external references."}},"hasExtractedLicensingInfos":{"description":"Indicates that a particular ExtractedLicensingInfo was defined in the subject SpdxDocument.","type":"array","items":{"type":"object","properties":{"comment":{"type":"string"},"crossRefs":{"description":"Cross Reference Detail for a license SeeAlso URL","type":"array","items":{"type":"object","properties":{"isLive":{"description":"Indicate a URL is still a live accessible location on the public internet","type":"boolean"},"isValid":{"description":"True if the URL is a valid well formed URL","type":"boolean"},"isWayBackLink":{"description":"True if the License SeeAlso URL points to a Wayback archive","type":"boolean"},"match":{"description":"Status of a License List SeeAlso URL reference if it refers to a website that matches the license text.","type":"string"},"order":{"description":"The ordinal order of this element within a list","type":"integer"},"timestamp":{"description":"Timestamp","type":"string"},"url":{"description":"URL Reference","type":"string"}},"required":["url"],"additionalProperties":false,"description":"Cross reference details for the a URL reference"}},"extractedText":{"description":"Provide a copy of the actual text of the license reference extracted from the package, file or snippet that is associated with the License Identifier to aid in future analysis.","type":"string"},"licenseId":{"description":"A human readable short form license identifier for a license. The license ID is either on the standard license list or the form \\"LicenseRef-[idString]\\" where [idString] is a unique string containing letters, numbers, \\".\\" or \\"-\\".  When used within a license expression, the license ID can optionally include a reference to an external document in the form \\"DocumentRef-[docrefIdString]:LicenseRef-[idString]\\" where docRefIdString is an ID for an external document reference.","type":"string"},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"seeAlsos":{"type":"array","items":{"type":"string"}}},"required":["extractedText","licenseId"],"additionalProperties":false,"description":"An ExtractedLicensingInfo represents a license or licensing notice that was found in a package, file or snippet. Any license text that is recognized as a license may be represented as a License rather than an ExtractedLicensingInfo."}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"revieweds":{"description":"Reviewed","deprecated":true,"type":"array","items":{"type":"object","properties":{"comment":{"type":"string"},"reviewDate":{"description":"The date and time at which the SpdxDocument was reviewed. This value must be in UTC and have \'Z\' as its timezone indicator.","type":"string"},"reviewer":{"description":"The name and, optionally, contact information of the person who performed the review. Values of this property must conform to the agent and tool syntax.  The reviewer property is deprecated in favor of Annotation with an annotationType review.","type":"string"}},"required":["reviewDate"],"additionalProperties":false,"description":"This class has been deprecated in favor of an Annotation with an Annotation type of review."}},"spdxVersion":{"description":"Provide a reference number that can be used to understand how to parse and interpret the rest of the file. It will enable both future changes to the specification and to support backward compatibility. The version number consists of a major and minor version indicator. The major field will be incremented when incompatible changes between versions are made (one or more sections are created, modified or deleted). The minor field will be incremented when backwards compatible changes are made.","type":"string"},"documentNamespace":{"type":"string","description":"The URI provides an unambiguous mechanism for other SPDX documents to reference SPDX elements within this SPDX document."},"documentDescribes":{"description":"DEPRECATED: use relationships instead of this field. Packages, files and/or Snippets described by this SPDX document","deprecated":true,"$comment":"This field has been deprecated as it is a duplicate of using the SPDXRef-DOCUMENT DESCRIBES relationship","type":"array","items":{"type":"string","description":"SPDX ID for each Package, File, or Snippet."}},"packages":{"description":"Packages referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"builtDate":{"description":"This field provides a place for recording the actual date the package was built.","type":"string"},"checksums":{"description":"The checksum property provides a mechanism that can be used to verify that the contents of a File or Package have not changed.","type":"array","items":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA1","BLAKE3","SHA3-384","SHA256","SHA384","BLAKE2b-512","BLAKE2b-256","SHA3-512","MD2","ADLER32","MD4","SHA3-256","BLAKE2b-384","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."}},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the package, file or snippet.\\n\\nIf the copyrightText field is not present, it implies an equivalent meaning to NOASSERTION.","type":"string"},"description":{"description":"Provides a detailed description of the package.","type":"string"},"downloadLocation":{"description":"The URI at which this package is available for download. Private (i.e., not publicly reachable) URIs are acceptable as values of this property. The values http://spdx.org/rdf/terms#none and http://spdx.org/rdf/terms#noassertion may be used to specify that the package is not downloadable or that no attempt was made to determine its download location, respectively.","type":"string"},"externalRefs":{"description":"An External Reference allows a Package to reference an external source of additional information, metadata, enumerations, asset identifiers, or downloadable content believed to be relevant to the Package.","type":"array","items":{"type":"object","properties":{"comment":{"type":"string"},"referenceCategory":{"description":"Category for the external reference","type":"string","enum":["OTHER","PERSISTENT-ID","PERSISTENT_ID","SECURITY","PACKAGE-MANAGER","PACKAGE_MANAGER"]},"referenceLocator":{"description":"The unique string with no spaces necessary to access the package-specific information, metadata, or content within the target location. The format of the locator is subject to constraints defined by the <type>.","type":"string"},"referenceType":{"description":"Type of the external reference. These are defined in an appendix in the SPDX specification.","type":"string"}},"required":["referenceCategory","referenceLocator","referenceType"],"additionalProperties":false,"description":"An External Reference allows a Package to reference an external source of additional information, metadata, enumerations, asset identifiers, or downloadable content believed to be relevant to the Package."}},"filesAnalyzed":{"description":"Indicates whether the file content of this package has been available for or subjected to analysis when creating the SPDX document. If false indicates packages that represent metadata or URI references to a project, product, artifact, distribution or a component. If set to false, the package must not contain any files.","type":"boolean"},"hasFiles":{"description":"DEPRECATED: use relationships instead of this field. Indicates that a particular file belongs to a package.","deprecated":true,"$comment":"This field has been deprecated as it is a duplicate of using CONTAINS relationships from a package to files","type":"array","items":{"description":"SPDX ID for File.  Indicates that a particular file belongs to a package.","type":"string"}},"homepage":{"type":"string"},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"licenseConcluded":{"description":"License expression for licenseConcluded. See SPDX Annex D for the license expression syntax.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the SPDX Item.\\n\\nIf the licenseConcluded field is not present for an SPDX Item, it implies an equivalent meaning to NOASSERTION.","type":"string"},"licenseDeclared":{"description":"License expression for licenseDeclared. See SPDX Annex D for the license expression syntax.  The licensing that the creators of the software in the package, or the packager, have declared. Declarations by the original software creator should be preferred, if they exist.","type":"string"},"licenseInfoFromFiles":{"description":"The licensing information that was discovered directly within the package. There will be an instance of this property for each distinct value of alllicenseInfoInFile properties of all files contained in the package.\\n\\nIf the licenseInfoFromFiles field is not present for a package and filesAnalyzed property for that same package is true or omitted, it implies an equivalent meaning to NOASSERTION.","type":"array","items":{"description":"License expression for licenseInfoFromFiles. See SPDX Annex D for the license expression syntax.  The licensing information that was discovered directly within the package. There will be an instance of this property for each distinct value of alllicenseInfoInFile properties of all files contained in the package.\\n\\nIf the licenseInfoFromFiles field is not present for a package and filesAnalyzed property for that same package is true or omitted, it implies an equivalent meaning to NOASSERTION.","type":"string"}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"originator":{"description":"The name and, optionally, contact information of the person or organization that originally created the package. Values of this property must conform to the agent and tool syntax.","type":"string"},"packageFileName":{"description":"The base name of the package file name. For example, zlib-1.2.5.tar.gz.","type":"string"},"packageVerificationCode":{"type":"object","properties":{"packageVerificationCodeExcludedFiles":{"description":"A file that was excluded when calculating the package verification code. This is usually a file containing SPDX data regarding the package. If a package contains more than one SPDX file all SPDX files must be excluded from the package verification code. If this is not done it would be impossible to correctly calculate the verification codes in both files.","type":"array","items":{"description":"A file that was excluded when calculating the package verification code. This is usually a file containing SPDX data regarding the package. If a package contains more than one SPDX file all SPDX files must be excluded from the package verification code. If this is not done it would be impossible to correctly calculate the verification codes in both files.","type":"string"}},"packageVerificationCodeValue":{"description":"The actual package verification code as a hex encoded value.","type":"string"}},"required":["packageVerificationCodeValue"],"additionalProperties":false,"description":"A manifest based verification code (the algorithm is defined in section 4.7 of the full specification) of the SPDX Item. This allows consumers of this data and/or database to determine if an SPDX item they have in hand is identical to the SPDX item from which the data was produced. This algorithm works even if the SPDX document is included in the SPDX item."},"primaryPackagePurpose":{"description":"This field provides information about the primary purpose of the identified package. Package Purpose is intrinsic to how the package is being used rather than the content of the package.","type":"string","enum":["OTHER","INSTALL","ARCHIVE","FIRMWARE","APPLICATION","FRAMEWORK","LIBRARY","CONTAINER","SOURCE","DEVICE","OPERATING_SYSTEM","FILE"]},"releaseDate":{"description":"This field provides a place for recording the date the package was released.","type":"string"},"sourceInfo":{"description":"Allows the producer(s) of the SPDX document to describe how the package was acquired and/or changed from the original source.","type":"string"},"summary":{"description":"Provides a short description of the package.","type":"string"},"supplier":{"description":"The name and, optionally, contact information of the person or organization who was the immediate supplier of this package to the recipient. The supplier may be different than originator when the software has been repackaged. Values of this property must conform to the agent and tool syntax.","type":"string"},"validUntilDate":{"description":"This field provides a place for recording the end of the support period for a package from the supplier.","type":"string"},"versionInfo":{"description":"Provides an indication of the version of the package that is described by this SpdxDocument.","type":"string"}},"required":["SPDXID","downloadLocation","name"],"additionalProperties":false}},"files":{"description":"Files referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"artifactOfs":{"description":"Indicates the project in which the SpdxElement originated. Tools must preserve doap:homepage and doap:name properties and the URI (if one is known) of doap:Project resources that are values of this property. All other properties of doap:Projects are not directly supported by SPDX and may be dropped when translating to or from some SPDX formats.","type":"array","items":{"type":"object"}},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"checksums":{"description":"The checksum property provides a mechanism that can be used to verify that the contents of a File or Package have not changed.","minItems":1,"type":"array","items":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA1","BLAKE3","SHA3-384","SHA256","SHA384","BLAKE2b-512","BLAKE2b-256","SHA3-512","MD2","ADLER32","MD4","SHA3-256","BLAKE2b-384","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."}},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the package, file or snippet.\\n\\nIf the copyrightText field is not present, it implies an equivalent meaning to NOASSERTION.","type":"string"},"fileContributors":{"description":"This field provides a place for the SPDX file creator to record file contributors. Contributors could include names of copyright holders and/or authors who may not be copyright holders yet contributed to the file content.","type":"array","items":{"description":"This field provides a place for the SPDX file creator to record file contributors. Contributors could include names of copyright holders and/or authors who may not be copyright holders yet contributed to the file content.","type":"string"}},"fileDependencies":{"description":"This field is deprecated since SPDX 2.0 in favor of using Section 7 which provides more granularity about relationships.","deprecated":true,"type":"array","items":{"description":"SPDX ID for File.  This field is deprecated since SPDX 2.0 in favor of using Section 7 which provides more granularity about relationships.","type":"string"}},"fileName":{"description":"The name of the file relative to the root of the package.","type":"string"},"fileTypes":{"description":"The type of the file.","type":"array","items":{"description":"The type of the file.","type":"string","enum":["OTHER","DOCUMENTATION","IMAGE","VIDEO","ARCHIVE","SPDX","APPLICATION","SOURCE","BINARY","TEXT","AUDIO"]}},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"licenseConcluded":{"description":"License expression for licenseConcluded. See SPDX Annex D for the license expression syntax.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the SPDX Item.\\n\\nIf the licenseConcluded field is not present for an SPDX Item, it implies an equivalent meaning to NOASSERTION.","type":"string"},"licenseInfoInFiles":{"description":"Licensing information that was discovered directly in the subject file. This is also considered a declared license for the file.\\n\\nIf the licenseInfoInFile field is not present for a file, it implies an equivalent meaning to NOASSERTION.","type":"array","items":{"description":"License expression for licenseInfoInFile. See SPDX Annex D for the license expression syntax.  Licensing information that was discovered directly in the subject file. This is also considered a declared license for the file.\\n\\nIf the licenseInfoInFile field is not present for a file, it implies an equivalent meaning to NOASSERTION.","type":"string"}},"noticeText":{"description":"This field provides a place for the SPDX file creator to record potential legal notices found in the file. This may or may not include copyright statements.","type":"string"}},"required":["SPDXID","checksums","fileName"],"additionalProperties":false}},"snippets":{"description":"Snippets referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the package, file or snippet.\\n\\nIf the copyrightText field is not present, it implies an equivalent meaning to NOASSERTION.","type":"string"},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"licenseConcluded":{"description":"License expression for licenseConcluded. See SPDX Annex D for the license expression syntax.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the SPDX Item.\\n\\nIf the licenseConcluded field is not present for an SPDX Item, it implies an equivalent meaning to NOASSERTION.","type":"string"},"licenseInfoInSnippets":{"description":"Licensing information that was discovered directly in the subject snippet. This is also considered a declared license for the snippet.\\n\\nIf the licenseInfoInSnippet field is not present for a snippet, it implies an equivalent meaning to NOASSERTION.","type":"array","items":{"description":"License expression for licenseInfoInSnippet. See SPDX Annex D for the license expression syntax.  Licensing information that was discovered directly in the subject snippet. This is also considered a declared license for the snippet.\\n\\nIf the licenseInfoInSnippet field is not present for a snippet, it implies an equivalent meaning to NOASSERTION.","type":"string"}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"ranges":{"description":"This field defines the byte range in the original host file (in X.2) that the snippet information applies to","minItems":1,"type":"array","items":{"type":"object","properties":{"endPointer":{"type":"object","properties":{"reference":{"description":"SPDX ID for File","type":"string"},"offset":{"type":"integer","description":"Byte offset in the file"},"lineNumber":{"type":"integer","description":"line number offset in the file"}},"required":["reference"],"additionalProperties":false},"startPointer":{"type":"object","properties":{"reference":{"description":"SPDX ID for File","type":"string"},"offset":{"type":"integer","description":"Byte offset in the file"},"lineNumber":{"type":"integer","description":"line number offset in the file"}},"required":["reference"],"additionalProperties":false}},"required":["endPointer","startPointer"],"additionalProperties":false}},"snippetFromFile":{"description":"SPDX ID for File.  File containing the SPDX element (e.g. the file contaning a snippet).","type":"string"}},"required":["SPDXID","name","ranges","snippetFromFile"],"additionalProperties":false}},"relationships":{"description":"Relationships referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"spdxElementId":{"type":"string","description":"Id to which the SPDX element is related"},"comment":{"type":"string"},"relatedSpdxElement":{"description":"SPDX ID for SpdxElement.  A related SpdxElement.","type":"string"},"relationshipType":{"description":"Describes the type of relationship between two SPDX elements.","type":"string","enum":["VARIANT_OF","COPY_OF","PATCH_FOR","TEST_DEPENDENCY_OF","CONTAINED_BY","DATA_FILE_OF","OPTIONAL_COMPONENT_OF","ANCESTOR_OF","GENERATES","CONTAINS","OPTIONAL_DEPENDENCY_OF","FILE_ADDED","REQUIREMENT_DESCRIPTION_FOR","DEV_DEPENDENCY_OF","DEPENDENCY_OF","BUILD_DEPENDENCY_OF","DESCRIBES","PREREQUISITE_FOR","HAS_PREREQUISITE","PROVIDED_DEPENDENCY_OF","DYNAMIC_LINK","DESCRIBED_BY","METAFILE_OF","DEPENDENCY_MANIFEST_OF","PATCH_APPLIED","RUNTIME_DEPENDENCY_OF","TEST_OF","TEST_TOOL_OF","DEPENDS_ON","SPECIFICATION_FOR","FILE_MODIFIED","DISTRIBUTION_ARTIFACT","AMENDS","DOCUMENTATION_OF","GENERATED_FROM","STATIC_LINK","OTHER","BUILD_TOOL_OF","TEST_CASE_OF","PACKAGE_OF","DESCENDANT_OF","FILE_DELETED","EXPANDED_FROM_ARCHIVE","DEV_TOOL_OF","EXAMPLE_OF"]}},"required":["spdxElementId","relatedSpdxElement","relationshipType"],"additionalProperties":false}}},"required":["SPDXID","creationInfo","dataLicense","name","spdxVersion","documentNamespace"],"additionalProperties":false}');
;// CONCATENATED MODULE: ./.build/core/sbom/schemas.js
/*
 * The official schemas an SBOM is validated against, compiled lazily (only the version a
 * document declares is compiled, so a run pays for one schema, not six).
 *
 * CycloneDX schemas come from @cyclonedx/cyclonedx-library's `res/schema/`. The package's
 * `exports` map does not expose that folder, so they are imported by relative path; ncc inlines
 * them into the bundle. SPDX schemas are vendored under ./schemas (see its README).
 */















// ajv and ajv-formats are CommonJS with a `default` property; under NodeNext the default
// import is the module object, so take `.default` when it is there.
const Ajv = (ajv["default"] ??
    ajv);
const Ajv2019 = (_2019["default"] ??
    _2019);
const addFormats = (ajv_formats_dist["default"] ??
    ajv_formats_dist);
const CYCLONEDX_VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'];
const SPDX_VERSIONS = ['SPDX-2.2', 'SPDX-2.3'];
const BOM = {
    '1.2': bom_1_2_SNAPSHOT_schema,
    '1.3': bom_1_3_SNAPSHOT_schema,
    '1.4': bom_1_4_SNAPSHOT_schema,
    '1.5': bom_1_5_SNAPSHOT_schema,
    '1.6': bom_1_6_SNAPSHOT_schema,
    '1.7': bom_1_7_SNAPSHOT_schema,
};
/** The bom schemas `$ref` their helpers as `<name>.SNAPSHOT.schema.json`, relative to their own `$id`. */
const CDX_BASE = 'http://cyclonedx.org/schema/';
const CDX_HELPERS = [
    ['spdx.SNAPSHOT.schema.json', spdx_SNAPSHOT_schema],
    ['jsf-0.82.SNAPSHOT.schema.json', jsf_0_82_SNAPSHOT_schema],
    ['cryptography-defs.SNAPSHOT.schema.json', cryptography_defs_SNAPSHOT_schema],
];
/*
 * Formats the CycloneDX schemas use that ajv-formats does not define. Both are checked
 * loosely (RFC 3987 references and internationalised addresses are broad): a malformed value
 * is one with whitespace or control characters, which no tool emits on purpose.
 */
function hasSpaceOrControl(value) {
    for (const ch of value) {
        const code = ch.codePointAt(0);
        if (code <= 0x20 || code === 0x7f || /\s/.test(ch))
            return true;
    }
    return false;
}
function addLooseFormats(ajv) {
    ajv.addFormat('iri-reference', (value) => !hasSpaceOrControl(value));
    ajv.addFormat('iri', (value) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && !hasSpaceOrControl(value));
    ajv.addFormat('idn-email', (value) => /^[^\s@]+@[^\s@]+$/.test(value));
}
function newAjv(Ctor) {
    // strict: false because the official schemas use keywords ajv's strict mode rejects
    // (`deprecated`, `meta:enum`, unknown formats in older drafts); allErrors so a report can
    // list several problems at once.
    const ajv = new Ctor({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    addLooseFormats(ajv);
    return ajv;
}
const cache = new Map();
/** The compiled validator of one CycloneDX specVersion. */
function cycloneDxValidator(version) {
    const key = `cdx-${version}`;
    let validate = cache.get(key);
    if (!validate) {
        const ajv = newAjv(Ajv);
        for (const [name, schema] of CDX_HELPERS)
            ajv.addSchema({ ...schema, $id: CDX_BASE + name });
        validate = ajv.compile(BOM[version]);
        cache.set(key, validate);
    }
    return validate;
}
/** The compiled validator of one SPDX version (2.2 is draft-07, 2.3 is draft 2019-09). */
function spdxValidator(version) {
    const key = `spdx-${version}`;
    let validate = cache.get(key);
    if (!validate) {
        validate =
            version === 'SPDX-2.2' ? newAjv(Ajv).compile(spdx_2_2_namespaceObject) : newAjv(Ajv2019).compile(spdx_2_3_namespaceObject);
        cache.set(key, validate);
    }
    return validate;
}
/** One schema error as `<JSON path>: <message>`, the path in JSON Pointer form (`/` = the document). */
function formatSchemaError(error) {
    // The path and a stray property name are the document's own keys: shown as they are when
    // plain and short, quoted and cut otherwise, never raw.
    const path = error.instancePath === '' ? '/' : error.instancePath;
    const where = /^[\x20-\x7e]{1,120}$/.test(path) ? path : (0,core_quote/* quote */.h)(path);
    const params = error.params;
    let extra = '';
    if (typeof params.additionalProperty === 'string')
        extra = ` (${(0,core_quote/* quote */.h)(params.additionalProperty)})`;
    else if (Array.isArray(params.allowedValues))
        extra = ` (${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`;
    return `${where}: ${error.message ?? error.keyword}${extra}`;
}

;// CONCATENATED MODULE: ./.build/core/sbom/sbom.js
/*
 * SBOM detection, validation and content checks for sbom-attach. Everything here is pure over
 * the document's text except `readSbomFile`, which refuses oversized files before reading them.
 */




/**
 * The largest SBOM accepted: 64 MiB. A parsed JSON document takes several times its size in
 * memory (the text, the object graph, the validator's walk), so a bound keeps the action inside
 * a runner's memory whatever it is handed. Real SBOMs of large container images stay well
 * below it; a bigger file is far more likely a wrong path than a real SBOM.
 */
const MAX_SBOM_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/** How many schema errors a failure quotes. */
const MAX_SCHEMA_ERRORS = 5;
const CONTENT_TYPES = {
    cyclonedx: 'application/vnd.cyclonedx+json',
    spdx: 'application/spdx+json',
};
/** An SBOM that cannot be accepted; `problems` lists each reason (schema errors one per line). */
class SbomError extends errors/* BaseError */.Cf {
    problems;
    constructor(message, problems = [message]) {
        super('INVALID_SBOM', message);
        this.problems = problems;
        this.name = 'SbomError';
    }
}
/**
 * Reads an SBOM, refusing it before reading a byte when it exceeds {@link MAX_SBOM_BYTES}.
 * sbom-attach reads it through the same open handle it uploads from, so the bytes validated
 * are the bytes attached.
 */
async function readSbom(source, limit = MAX_SBOM_BYTES) {
    if (source.size > limit) {
        throw new SbomError(`the file is ${formatBytes(source.size)}, over the ${formatBytes(limit)} limit for an SBOM; refusing to read it`);
    }
    if (source.size === 0)
        throw new SbomError('the file is empty');
    return (await source.read()).toString('utf8');
}
/** Reads an SBOM file by path (see {@link readSbom}). */
async function readSbomFile(file, limit = MAX_SBOM_BYTES) {
    const { size } = await fs.promises.stat(file);
    return readSbom({ size, read: () => fs.promises.readFile(file) }, limit);
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / (1024 * 1024)).toFixed(1)} MiB (${bytes} bytes)`;
    return `${bytes} bytes`;
}
function sbom_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Detects the format, validates the document against the official schema of its declared
 * version and extracts its components. Throws {@link SbomError} listing every reason it cannot
 * be accepted.
 */
function analyzeSbom(text) {
    let doc;
    try {
        doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (error) {
        const trimmed = text.trimStart();
        if (trimmed.startsWith('<')) {
            throw new SbomError('the file is XML, not JSON: only CycloneDX JSON and SPDX JSON are supported');
        }
        if (trimmed.startsWith('SPDXVersion:')) {
            throw new SbomError('the file is SPDX tag-value, not JSON: only CycloneDX JSON and SPDX JSON are supported');
        }
        // The parser's message quotes the text it stopped at: shown quoted and cut short.
        throw new SbomError(`the file is not valid JSON (${(0,core_quote/* quote */.h)(error.message)})`);
    }
    if (!sbom_isObject(doc))
        throw new SbomError('the file is JSON but not an object, so neither CycloneDX nor SPDX');
    if (doc.bomFormat === 'CycloneDX')
        return analyzeCycloneDx(doc);
    if (typeof doc.spdxVersion === 'string' || doc.SPDXID === 'SPDXRef-DOCUMENT')
        return analyzeSpdx(doc);
    const context = JSON.stringify(doc['@context'] ?? '');
    if (/spdx\.org\/rdf\/3/.test(context)) {
        throw new SbomError('the file is SPDX 3 (JSON-LD): only SPDX 2.2 and 2.3 JSON are supported');
    }
    throw new SbomError('the JSON is neither CycloneDX (no "bomFormat": "CycloneDX") nor SPDX (no "spdxVersion")');
}
function schemaFailure(label, errors) {
    const list = (errors ?? []);
    const shown = list.slice(0, MAX_SCHEMA_ERRORS).map(formatSchemaError);
    const more = list.length > shown.length ? ` (and ${list.length - shown.length} more)` : '';
    return new SbomError(`the document does not match the ${label} schema: ${shown.join('; ')}${more}`, [
        ...shown.map((s) => `${label} schema: ${s}`),
        ...(more ? [`${label} schema:${more}`] : []),
    ]);
}
function analyzeCycloneDx(doc) {
    const version = doc.specVersion;
    if (typeof version !== 'string' || !CYCLONEDX_VERSIONS.includes(version)) {
        throw new SbomError(`unsupported CycloneDX specVersion ${(0,core_quote/* quote */.h)(version)}: supported are ${CYCLONEDX_VERSIONS.join(', ')}`);
    }
    const validate = cycloneDxValidator(version);
    if (!validate(doc))
        throw schemaFailure(`CycloneDX ${version}`, validate.errors);
    // Nested components (a component's own `components`) count: they are shipped too. The
    // document's own subject (`metadata.component`) does not, even where a generator repeats it
    // in `components`: an SBOM that lists only what it describes documents no dependency.
    const metadata = sbom_isObject(doc.metadata) ? doc.metadata : {};
    const isSubject = subjectMatcher(sbom_isObject(metadata.component) ? metadata.component : undefined);
    const components = [];
    const walk = (list) => {
        if (!Array.isArray(list))
            return;
        for (const item of list) {
            if (!sbom_isObject(item))
                continue;
            if (isSubject(item)) {
                walk(item.components);
                continue;
            }
            const name = String(item.name ?? '');
            const group = typeof item.group === 'string' && item.group !== '' ? item.group : undefined;
            components.push({
                name,
                qualifiedName: group ? `${group}/${name}` : undefined,
                version: typeof item.version === 'string' ? item.version : undefined,
                purls: typeof item.purl === 'string' ? [item.purl] : [],
            });
            walk(item.components);
        }
    };
    walk(doc.components);
    return { format: 'cyclonedx', specVersion: version, components };
}
/**
 * Whether a CycloneDX component is the document's subject (`metadata.component`) repeated: the
 * same `bom-ref` when both carry one (the spec's identifier within a BOM), else the same purl,
 * else the same group, name and version. Without a subject nothing matches.
 */
function subjectMatcher(subject) {
    if (!subject)
        return () => false;
    const text = (value) => typeof value === 'string' && value !== '' ? value : undefined;
    const ref = text(subject['bom-ref']);
    const purl = text(subject.purl);
    const key = (c) => JSON.stringify([text(c.group) ?? '', text(c.name) ?? '', text(c.version) ?? '']);
    return (item) => {
        const itemRef = text(item['bom-ref']);
        if (ref !== undefined && itemRef !== undefined)
            return itemRef === ref;
        const itemPurl = text(item.purl);
        if (purl !== undefined && itemPurl !== undefined)
            return decodePurl(itemPurl) === decodePurl(purl);
        return key(item) === key(subject);
    };
}
function analyzeSpdx(doc) {
    const version = doc.spdxVersion;
    // The schema types spdxVersion as any string, so the version is checked here.
    if (typeof version !== 'string' || !SPDX_VERSIONS.includes(version)) {
        throw new SbomError(`unsupported spdxVersion ${(0,core_quote/* quote */.h)(version)}: supported are ${SPDX_VERSIONS.join(', ')}`);
    }
    const validate = spdxValidator(version);
    if (!validate(doc))
        throw schemaFailure(version, validate.errors);
    // The document's own subject (what it DESCRIBES) is not one of its components.
    const roots = new Set();
    for (const id of Array.isArray(doc.documentDescribes) ? doc.documentDescribes : [])
        roots.add(String(id));
    const documentId = String(doc.SPDXID);
    for (const rel of Array.isArray(doc.relationships) ? doc.relationships : []) {
        if (!sbom_isObject(rel))
            continue;
        if (rel.relationshipType === 'DESCRIBES' && rel.spdxElementId === documentId)
            roots.add(String(rel.relatedSpdxElement));
        if (rel.relationshipType === 'DESCRIBED_BY' && rel.relatedSpdxElement === documentId)
            roots.add(String(rel.spdxElementId));
    }
    const components = [];
    for (const pkg of Array.isArray(doc.packages) ? doc.packages : []) {
        if (!sbom_isObject(pkg) || roots.has(String(pkg.SPDXID)))
            continue;
        const refs = Array.isArray(pkg.externalRefs) ? pkg.externalRefs : [];
        components.push({
            name: String(pkg.name ?? ''),
            version: typeof pkg.versionInfo === 'string' ? pkg.versionInfo : undefined,
            purls: refs
                .filter((r) => sbom_isObject(r) && r.referenceType === 'purl')
                .map((r) => String(r.referenceLocator)),
        });
    }
    return { format: 'spdx', specVersion: version, components };
}
/** sbom-attach's default `min-components`: an SBOM documents at least one thing besides its subject. */
const DEFAULT_MIN_COMPONENTS = 1;
/**
 * Why `count` components are not enough for `minComponents`, or undefined when they are. An SBOM
 * with no component besides its subject is refused whatever the minimum.
 */
function componentShortfall(count, minComponents) {
    if (count === 0)
        return 'the SBOM lists no component besides its own subject: an empty SBOM documents nothing';
    if (count < minComponents) {
        return `${count} component${count === 1 ? '' : 's'}, fewer than min-components (${minComponents})`;
    }
    return undefined;
}
/**
 * sbom-attach's verdict on a document with its default inputs (what undraft counts as an SBOM):
 * the analysis, or an SbomError saying why it would be refused.
 */
function judgeSbom(text, minComponents = DEFAULT_MIN_COMPONENTS) {
    const analysis = analyzeSbom(text);
    const shortfall = componentShortfall(analysis.components.length, minComponents);
    if (shortfall)
        throw new SbomError(shortfall);
    return analysis;
}
/** A purl with its percent-encoding undone, for comparison (`%40scope` and `@scope` are one name). */
function decodePurl(purl) {
    try {
        return decodeURIComponent(purl.trim());
    }
    catch {
        return purl.trim();
    }
}
/** A purl without version, qualifiers and subpath: `pkg:type/namespace/name`. */
function purlBase(purl) {
    const decoded = decodePurl(purl).replace(/[?#].*$/, '');
    // The version separator is the last '@' after the final '/'; an '@' in a namespace (npm scope) stays.
    const slash = decoded.lastIndexOf('/');
    const at = decoded.indexOf('@', slash + 1);
    return at < 0 ? decoded : decoded.slice(0, at);
}
/**
 * Whether a `require-components` entry is present. An entry starting with `pkg:` is a purl: it
 * matches a component's purl exactly, or, when it has no version, any version of that package.
 * Any other entry is a name: it matches a component's name or its `group/name`.
 */
function hasComponent(components, entry) {
    const wanted = entry.trim();
    if (wanted.startsWith('pkg:')) {
        const decoded = decodePurl(wanted);
        const versionless = purlBase(wanted) === decoded.replace(/[?#].*$/, '');
        return components.some((c) => c.purls.some((p) => decodePurl(p) === decoded || (versionless && purlBase(p) === purlBase(wanted))));
    }
    return components.some((c) => c.name === wanted || c.qualifiedName === wanted);
}

;// CONCATENATED MODULE: ./.build/core/image/predicate-types.js
/*
 * The in-toto predicate types an image's evidence carries, one list for the writers
 * (attest-image.ts, attest-sbom.ts) and the reader (evidence-predicates.ts), so what we attach is
 * what we look for (the contract's "Container images"):
 * - a signature: `https://sigstore.dev/cosign/sign/v1` with predicate `{}`, the statement cosign v3
 *   signs for an image (cosign `pkg/types/predicate.go`, `signDigestBundle` in `cmd/cosign/cli/sign/sign.go`);
 * - an SBOM: `https://spdx.dev/Document/v<the document's own version>` (actions/attest-sbom; cosign
 *   `attest --type spdxjson` writes it without the version) and `https://cyclonedx.org/bom`
 *   (in-toto attestation `spec/predicates/spdx.md` and `cyclonedx.md`).
 */
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const CYCLONEDX_BOM_PREDICATE = 'https://cyclonedx.org/bom';
/** An SPDX document's predicate type, with or without its version. */
const SPDX_DOCUMENT_PREDICATE = /^https:\/\/spdx\.dev\/Document(?:\/v(\d+\.\d+))?$/;
/** The SPDX predicate type of a document of `spdxVersion` (`SPDX-2.3` → `…/Document/v2.3`). */
function spdxPredicateType(spdxVersion) {
    return `https://spdx.dev/Document/v${spdxVersion.replace(/^SPDX-/, '')}`;
}

;// CONCATENATED MODULE: ./.build/core/image/evidence-predicates.js
/*
 * What each kind of image evidence must say, once its bundle verified (exact signer, in-toto
 * statement about this digest): its predicate type names its kind, and its predicate is judged.
 *
 * Predicate types, from their writers:
 * - a signature: `https://sigstore.dev/cosign/sign/v1`, the statement cosign v3 signs for an
 *   image (the contract's "Container images"); its predicate is not read;
 * - an SBOM: `https://spdx.dev/Document` (cosign `attest --type spdxjson`), `…/Document/vX.Y`
 *   (actions/attest-sbom names the document's own SPDX version) and `https://cyclonedx.org/bom`
 *   (cosign `--type cyclonedx`, actions/attest-sbom); the predicate is the SBOM document itself;
 * - a provenance: `https://slsa.dev/provenance/v1` with GitHub's workflow build type, as
 *   core/provenance/predicate.ts writes it and GitHub's own attestations carry it.
 */






/** The kind a predicate type is evidence of, or undefined for any other predicate. */
function kindOf(predicateType) {
    if (predicateType === COSIGN_SIGN_PREDICATE)
        return 'signature';
    if (predicateType === SLSA_PROVENANCE_V1)
        return 'provenance';
    if (predicateType === CYCLONEDX_BOM_PREDICATE || SPDX_DOCUMENT_PREDICATE.test(predicateType))
        return 'sbom';
    return undefined;
}
const evidence_predicates_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Why the statement's predicate is not acceptable evidence of `kind`, or undefined when it is. */
function predicateProblem(kind, statement, demands) {
    if (kind === 'signature')
        return undefined;
    if (kind === 'sbom')
        return sbomProblem(statement, demands.sbomMinComponents);
    return provenanceProblem(statement.predicate, demands);
}
/** sbom-attach's judge on the predicate (its own subject not counted); the format must be the one the type names. */
function sbomProblem(statement, minComponents) {
    let analysis;
    try {
        analysis = judgeSbom(JSON.stringify(statement.predicate), minComponents);
    }
    catch (error) {
        return `the SBOM is refused: ${(0,errors/* messageOf */.bD)(error)}`;
    }
    const spdx = SPDX_DOCUMENT_PREDICATE.exec(statement.predicateType);
    const format = spdx ? 'spdx' : 'cyclonedx';
    if (analysis.format !== format)
        return `the predicate type ${(0,core_quote/* quote */.h)(statement.predicateType)} names ${format} but the predicate is ${analysis.format}`;
    if (spdx?.[1] !== undefined && analysis.specVersion !== `SPDX-${spdx[1]}`)
        return `the predicate type names SPDX ${spdx[1]} but the document is ${(0,core_quote/* quote */.h)(analysis.specVersion)}`;
    return undefined;
}
/**
 * A GitHub workflow's SLSA v1 provenance: the build type, the predicate's own workflow (its
 * repository, path and ref) being exactly the certificate's identity (the SAN of a GitHub
 * certificate is `<repository URL>/<path>@<ref>`), and, when a commit is demanded, every
 * resolved git dependency of that repository naming exactly that commit.
 */
function provenanceProblem(predicate, demands) {
    const definition = predicate.buildDefinition;
    if (!evidence_predicates_isObject(definition))
        return 'the provenance has no buildDefinition';
    if (definition.buildType !== GITHUB_WORKFLOW_BUILD_TYPE)
        return `the build type is ${(0,core_quote/* quote */.h)(definition.buildType)}, not ${GITHUB_WORKFLOW_BUILD_TYPE}`;
    const workflow = evidence_predicates_isObject(definition.externalParameters)
        ? definition.externalParameters.workflow
        : undefined;
    if (!evidence_predicates_isObject(workflow) ||
        typeof workflow.repository !== 'string' ||
        typeof workflow.path !== 'string' ||
        typeof workflow.ref !== 'string')
        return 'the provenance names no workflow (externalParameters.workflow repository, path and ref)';
    const named = `${workflow.repository}/${workflow.path}@${workflow.ref}`;
    if (named !== demands.identity)
        return `the provenance's workflow is ${(0,core_quote/* quote */.h)(named)}, not the certificate's ${(0,core_quote/* quote */.h)(demands.identity)}`;
    const deps = definition.resolvedDependencies;
    if (!Array.isArray(deps))
        return 'the provenance has no resolvedDependencies list';
    const commits = deps
        .filter(evidence_predicates_isObject)
        .filter((d) => evidence_predicates_isObject(d.digest) && d.digest.gitCommit !== undefined)
        .map((d) => ({ uri: d.uri, commit: d.digest.gitCommit }));
    for (const c of commits)
        if (typeof c.uri !== 'string' || !c.uri.startsWith(`git+${workflow.repository}@`))
            return `a resolved dependency ${(0,core_quote/* quote */.h)(c.uri)} is not of the workflow's repository ${(0,core_quote/* quote */.h)(workflow.repository)}`;
    if (demands.commit === undefined)
        return undefined;
    if (commits.length === 0)
        return `the provenance names no commit; ${demands.commit} was required`;
    const other = commits.find((c) => c.commit !== demands.commit);
    if (other)
        return `the provenance was built from the commit ${(0,core_quote/* quote */.h)(other.commit)}, not ${demands.commit}`;
    return undefined;
}

;// CONCATENATED MODULE: ./.build/core/image/evidence-candidates.js
/*
 * One candidate piece of evidence, judged: a Sigstore bundle referrer (or a bundle from GitHub's
 * attestations API), fetched by digest and checked link by link, each link whole:
 * - the referrer manifest is fetched by the digest the referrers list names (the client checks
 *   the body's sha256) and its `subject` must be exactly the image's digest: a referrer listed
 *   under this image but about another one is not this image's evidence;
 * - its one layer is the bundle, of a Sigstore bundle media type, fetched by digest with the
 *   size the manifest declares as the limit;
 * - the bundle verifies through the one verification path (exact SAN and issuer, an in-toto
 *   statement whose subject is this digest), then its predicate is judged by kind.
 *
 * Layouts read: the contract's "Container images" (cosign v3, actions/attest), and what
 * `@sigstore/oci` 0.7.2 (actions/attest's writer) attaches: its manifest's `artifactType` and
 * layer media type are the bundle's own media type, v0.3 (`…bundle.v0.3+json`) today, v0.2
 * (`…bundle+json;version=0.2`) from sigstore-js before v0.3 bundles (sigstore-js
 * `@sigstore/bundle` BUNDLE_V02_MEDIA_TYPE), so both are read.
 */











/** The media types of a Sigstore bundle read as evidence (see the top). */
const SIGSTORE_BUNDLE_TYPES = [
    SIGSTORE_BUNDLE_V03,
    'application/vnd.dev.sigstore.bundle+json;version=0.2',
];
const PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
/** The Sigstore bundle referrers among a referrers list, each a candidate. */
function registryCandidates(descriptors, foundBy) {
    return descriptors
        .filter((d) => d.artifactType !== undefined && SIGSTORE_BUNDLE_TYPES.includes(d.artifactType))
        .map((d) => {
        const annotated = d.annotations?.[PREDICATE_ANNOTATION];
        const hint = typeof annotated === 'string' ? kindOf(annotated) : undefined;
        return {
            label: `referrer ${d.digest} (${foundBy})`,
            foundBy,
            manifest: d,
            ...(typeof annotated === 'string' ? { annotated } : {}),
            ...(hint ? { hint } : {}),
        };
    });
}
/** Reasons a registry gives about one referrer: that referrer fails, the others are still judged. */
const REFERRER_FAULTS = ['NOT_FOUND', 'DIGEST_MISMATCH', 'BAD_ANSWER', 'TOO_LARGE'];
/** Fetches (for a referrer) and verifies one candidate; transport and auth failures throw. */
async function judgeCandidate(client, repository, digest, candidate, policy) {
    const kind = candidate.hint;
    let text;
    if (candidate.bundle !== undefined) {
        text = candidate.bundle;
    }
    else {
        try {
            const fetched = await fetchReferrerBundle(client, repository, digest, candidate);
            if (typeof fetched !== 'string')
                return { ...fetched, ...(kind ? { kind } : {}) };
            text = fetched;
        }
        catch (error) {
            if (error instanceof oci_errors/* OciError */.M && REFERRER_FAULTS.includes(error.code))
                return { reason: error.message, ...(kind ? { kind } : {}) };
            throw error;
        }
    }
    return judgeBundle(text, digest, candidate, policy);
}
/**
 * The referrer's bundle text, or why the referrer is not a bundle about this digest (its
 * `subject`, `artifactType`, annotation and one layer each checked). Also read by the CLI's
 * `verify-attestation oci://…` (core/attestation/image-bundles.ts).
 */
async function fetchReferrerBundle(client, repository, digest, candidate) {
    const named = candidate.manifest.digest;
    const manifest = await client.getManifest(repository, named);
    if (!manifest)
        return { reason: `the referrers list names the manifest ${named}, which is not in the registry` };
    if (manifest.mediaType !== media_types/* OCI_MANIFEST */.EG)
        return { reason: `the referrer is a ${(0,core_quote/* quote */.h)(manifest.mediaType)}, not an OCI image manifest` };
    const subject = manifest.json.subject?.digest;
    if (subject !== digest)
        return { reason: `the referrer's subject is ${(0,core_quote/* quote */.h)(subject)}, not ${digest}` };
    const artifactType = manifest.json.artifactType;
    if (typeof artifactType !== 'string' || !SIGSTORE_BUNDLE_TYPES.includes(artifactType))
        return { reason: `the referrer's artifactType is ${(0,core_quote/* quote */.h)(artifactType)}, not a Sigstore bundle` };
    const annotated = manifest.json.annotations?.[PREDICATE_ANNOTATION];
    if (candidate.annotated !== undefined && annotated !== candidate.annotated)
        return {
            reason: `the referrers list says the predicate type is ${(0,core_quote/* quote */.h)(candidate.annotated)}, the referrer itself ${(0,core_quote/* quote */.h)(annotated)}`,
        };
    if (typeof annotated === 'string')
        candidate.annotated = annotated;
    const layers = manifest.json.layers;
    if (!Array.isArray(layers) || layers.length !== 1)
        return {
            reason: `the referrer has ${Array.isArray(layers) ? layers.length : 'no'} layers, not one bundle`,
        };
    const layer = layers[0];
    if (!layer ||
        typeof layer.mediaType !== 'string' ||
        !SIGSTORE_BUNDLE_TYPES.includes(layer.mediaType) ||
        typeof layer.digest !== 'string' ||
        !media_types/* SHA256_DIGEST */.fu.test(layer.digest) ||
        typeof layer.size !== 'number' ||
        !Number.isInteger(layer.size) ||
        layer.size < 0)
        return {
            reason: "the referrer's layer is not a Sigstore bundle descriptor with a sha256 digest and size",
        };
    if (layer.size > MAX_BLOB_BYTES)
        return { reason: `the referrer's bundle is ${layer.size} bytes, over the ${MAX_BLOB_BYTES}-byte limit` };
    // The declared size is the limit: a registry that serves more is refused before it is hashed.
    const bytes = await client.getBlob(repository, layer.digest, Math.max(layer.size, 1));
    return bytes.toString('utf8');
}
/** Verifies a bundle's text for `digest` and judges its predicate. */
async function judgeBundle(text, digest, candidate, policy) {
    const hinted = candidate.annotated !== undefined ? kindOf(candidate.annotated) : candidate.hint;
    const withKind = (reason, kind = hinted) => ({
        reason,
        ...(kind ? { kind } : {}),
    });
    let verified;
    try {
        verified = await verifySigstoreBundle(text, policy.trust, {
            signer: { identity: policy.identity, issuer: policy.issuer },
            artifact: { sha256: Buffer.from(digest.slice('sha256:'.length), 'hex') },
            payloadType: IN_TOTO_PAYLOAD_TYPE,
        });
    }
    catch (error) {
        // Anyone who can push can attach a bundle: a broken or foreign one is this candidate's
        // failure, never the end of the search.
        return withKind(error instanceof errors/* BaseError */.Cf ? error.message : `unreadable bundle: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    const statement = verified.statement;
    if (!statement)
        return withKind('the bundle holds no in-toto statement');
    if (statement.subjects.length !== 1 || statement.subjectProblems.length > 0)
        return withKind(`the statement has ${statement.subjects.length} subjects${statement.subjectProblems.length ? ` (${statement.subjectProblems.join('; ')})` : ''}, not the one image`);
    const kind = kindOf(statement.predicateType);
    if (!kind)
        return withKind(`the predicate type ${(0,core_quote/* quote */.h)(statement.predicateType)} is not a signature, SBOM or provenance`);
    if (candidate.annotated !== undefined && candidate.annotated !== statement.predicateType)
        return withKind(`the referrer is annotated ${(0,core_quote/* quote */.h)(candidate.annotated)} but the signed statement is ${(0,core_quote/* quote */.h)(statement.predicateType)}`);
    // A provenance must be from the commit asked for twice over: its predicate says so (below),
    // and so does the certificate Fulcio issued from the run's token (Source Repository Digest,
    // 1.3.6.1.4.1.57264.1.13 = the token's `sha`; github-extensions.ts), which the predicate's
    // author cannot choose.
    if (kind === 'provenance' && policy.commit !== undefined) {
        let source;
        try {
            source = verified.certificate
                ? readGitHubExtensions(verified.certificate).sourceRepositoryDigest
                : undefined;
        }
        catch (error) {
            return withKind((0,errors/* messageOf */.bD)(error), kind);
        }
        if (source !== policy.commit)
            return withKind(`the certificate's source commit (1.3.6.1.4.1.57264.1.13) is ${(0,core_quote/* quote */.h)(source ?? 'absent')}, not ${policy.commit}`, kind);
    }
    const problem = predicateProblem(kind, statement, {
        identity: verified.identity,
        sbomMinComponents: policy.sbomMinComponents,
        ...(policy.commit !== undefined ? { commit: policy.commit } : {}),
    });
    if (problem)
        return withKind(problem, kind);
    return {
        evidence: {
            kind,
            'predicate-type': statement.predicateType,
            identity: verified.identity,
            issuer: verified.issuer,
            'bundle-digest': `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex')}`,
            'found-by': candidate.foundBy,
        },
    };
}

// EXTERNAL MODULE: ./.build/core/image/evidence-types.js
var evidence_types = __webpack_require__(5937);
;// CONCATENATED MODULE: ./.build/core/image/evidence.js







/** The predicate type of a cosign v3 signature of an image (defined beside the other predicate rules). */

/** Every problem of a policy, each naming the field and the accepted form. */
function evidencePolicyProblems(policy) {
    const problems = [];
    if (policy.require.length === 0)
        problems.push('require: name at least one of signature, sbom, provenance');
    for (const kind of policy.require)
        if (!evidence_types/* EVIDENCE_KINDS */.A.includes(kind))
            problems.push(`require: ${JSON.stringify(kind)} is none of signature, sbom, provenance`);
    if (!policy.identity)
        problems.push('certificate-identity: the exact SAN of the signing workflow is required');
    if (!policy.issuer)
        problems.push('certificate-oidc-issuer: the exact OIDC issuer is required');
    if (!Number.isInteger(policy.sbomMinComponents) || policy.sbomMinComponents < 0)
        problems.push(`sbom-min-components: ${policy.sbomMinComponents} is not a whole number >= 0`);
    if (policy.commit !== undefined && !/^[0-9a-f]{40}$/.test(policy.commit))
        problems.push(`commit: ${JSON.stringify(policy.commit)} is not a 40-character lower-case hex commit`);
    if (!['auto', 'true', 'false'].includes(policy.attestationsApi))
        problems.push(`attestations-api: ${JSON.stringify(policy.attestationsApi)} is none of auto, true, false`);
    if (policy.attestationsApi === 'true' && !policy.github)
        problems.push('attestations-api: true needs a GitHub client and repository');
    return problems;
}
/**
 * Finds and verifies every required kind for `digest`; one report row per required kind;
 * refusals are listed in `problems` (never thrown); transport and auth failures throw, and so
 * does a policy that is not whole (a ConfigurationError listing each problem). Writes nothing.
 */
async function verifyImageEvidence(client, repository, digest, policy, report) {
    const bad = evidencePolicyProblems(policy);
    if (!media_types/* SHA256_DIGEST */.fu.test(digest))
        bad.push(`digest: ${JSON.stringify(digest)} is not sha256:<64 lowercase hex>`);
    if (bad.length > 0)
        throw new errors/* ConfigurationError */.j1(bad);
    const wanted = new Set(policy.require);
    const referrers = await listReferrers(client, repository, digest);
    const foundBy = referrers.source === 'api' ? 'referrers' : 'tag-index';
    const candidates = registryCandidates(referrers.descriptors, foundBy);
    const reasons = new Map([...wanted].map((k) => [k, []]));
    const passed = new Map();
    const where = `${client.registry}/${repository}@${digest}`;
    const judgeAll = async (list) => {
        for (const candidate of list) {
            // A kind already proven needs no more requests; a bundle whose annotation names a kind
            // not required, or a predicate that is no evidence here (a vulnerability scan), is not
            // fetched at all. Only a bundle without the annotation must be read to know its kind.
            if (candidate.annotated !== undefined && !candidate.hint)
                continue;
            if (candidate.hint && (!wanted.has(candidate.hint) || passed.has(candidate.hint)))
                continue;
            const verdict = await judgeCandidate(client, repository, digest, candidate, policy);
            if ('evidence' in verdict) {
                if (wanted.has(verdict.evidence.kind) && !passed.has(verdict.evidence.kind))
                    passed.set(verdict.evidence.kind, verdict.evidence);
            }
            else {
                const kinds = verdict.kind ? [verdict.kind] : [...wanted];
                for (const k of kinds)
                    reasons.get(k)?.push(`${candidate.label}: ${verdict.reason}`);
            }
        }
    };
    await judgeAll(candidates);
    const useApi = policy.attestationsApi === 'true' ||
        (policy.attestationsApi === 'auto' && candidates.length === 0 && policy.github !== undefined);
    let apiNote = 'the attestations API was not asked';
    if (useApi && policy.github && [...wanted].some((k) => !passed.has(k))) {
        const listed = await listImageAttestations(policy.github.client, policy.github.repository, digest);
        apiNote = `the attestations API of ${policy.github.repository} holds ${listed.length}`;
        await judgeAll(listed);
    }
    const verified = [];
    const problems = [];
    for (const kind of policy.require) {
        const good = passed.get(kind);
        if (good) {
            verified.push(good);
            report.pass(kind, `${good['predicate-type']} signed by ${good.identity} (${good['found-by']}, bundle ${good['bundle-digest']})`);
            continue;
        }
        const why = reasons.get(kind) ?? [];
        const seen = `${candidates.length} Sigstore bundle referrer${candidates.length === 1 ? '' : 's'} (${referrers.source === 'none' ? 'no referrers API, no fallback tag index' : foundBy}); ${apiNote}`;
        const problem = why.length === 0
            ? `no ${kind} evidence for ${where}: ${seen}`
            : `no ${kind} evidence for ${where} verifies (${seen}): ${why.join('; ')}`;
        problems.push(problem);
        report.fail(kind, problem);
    }
    return { verified, problems };
}

// EXTERNAL MODULE: ./.build/core/image/subject.js + 2 modules
var image_subject = __webpack_require__(1127);
;// CONCATENATED MODULE: ./.build/core/oci/client.js
/*
 * An OCI distribution client (distribution-spec `spec.md`, "Pull", "Push", "Content Discovery")
 * over the project's one HTTP layer: every request goes through `exchange` (its retry policy,
 * the https-or-loopback rule, redirects checked hop by hop), authenticated by the registry's own
 * challenge (auth.ts). Bytes stay as the registry served them: a manifest is hashed as received
 * and written as given, never re-serialised, so tag and digest stay one. `Docker-Content-Digest`
 * is never trusted: a digest is always the sha256 of the bytes in hand.
 */





/** The client of one registry: manifests, blobs and tags. Its methods take the repository. */
class OciClient extends RegistryTransport {
    /** Where `what` was, for messages; refuses a repository or reference outside the grammar first. */
    where(repository, reference) {
        (0,oci_reference/* checkTarget */.e$)(repository, reference);
        return `${this.registry}/${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`;
    }
    /**
     * The manifest under a digest or a tag, with all four manifest types in `Accept`. By digest the
     * body's sha256 must be the digest asked for; by tag the digest is the body's sha256. Returns
     * undefined on 404.
     */
    async getManifest(repository, reference) {
        const where = this.where(repository, reference);
        const answer = await this.send({
            method: 'GET',
            path: `/v2/${repository}/manifests/${reference}`,
            repository,
            headers: { accept: media_types/* MANIFEST_TYPES */._P.join(', ') },
            what: `the manifest ${where}`,
        });
        if (answer.status === 404)
            return undefined;
        if (answer.status !== 200)
            throw unexpected(`the manifest ${where}`, answer);
        const digest = (0,media_types/* sha256Digest */.sI)(answer.body);
        if (reference.startsWith('sha256:') && digest !== reference)
            throw new oci_errors/* OciError */.M('DIGEST_MISMATCH', `the manifest ${where}: the registry served bytes whose sha256 is ${digest}, not the digest asked for`);
        let json;
        try {
            json = JSON.parse(answer.body.toString('utf8'));
        }
        catch {
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `the manifest ${where} is not JSON: ${(0,core_quote/* quote */.h)(answer.body.toString('utf8'))}`);
        }
        if (json === null || typeof json !== 'object' || Array.isArray(json))
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `the manifest ${where} is not a JSON object`);
        const body = json;
        const header = answer.headers.get('content-type')?.split(';')[0].trim();
        const mediaType = header && media_types/* MANIFEST_TYPES */._P.includes(header) ? header : body.mediaType;
        if (typeof mediaType !== 'string' || !media_types/* MANIFEST_TYPES */._P.includes(mediaType))
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `the manifest ${where} has the media type ${(0,core_quote/* quote */.h)(header ?? mediaType)}, none of ${media_types/* MANIFEST_TYPES */._P.join(', ')}`);
        // The body's own mediaType must agree with what it was served as: an index served as a
        // single manifest (or the reverse) would be read with the wrong rules.
        if (body.mediaType !== undefined && body.mediaType !== mediaType)
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `the manifest ${where} was served as ${(0,core_quote/* quote */.h)(mediaType)} but its mediaType is ${(0,core_quote/* quote */.h)(body.mediaType)}`);
        const etag = answer.headers.get('etag') ?? undefined;
        return { digest, mediaType, bytes: answer.body, json: body, ...(etag === undefined ? {} : { etag }) };
    }
    /** Like getManifest, but a missing manifest is a `NOT_FOUND` failure. */
    async requireManifest(repository, reference) {
        const manifest = await this.getManifest(repository, reference);
        if (!manifest)
            throw new oci_errors/* OciError */.M('NOT_FOUND', `the manifest ${this.where(repository, reference)} does not exist`);
        return manifest;
    }
    /**
     * Whether a manifest exists (HEAD). Only existence and size are returned: the digest a HEAD
     * announces (`Docker-Content-Digest`) cannot be checked without the bytes, so it is not used.
     */
    async hasManifest(repository, reference) {
        const where = this.where(repository, reference);
        const answer = await this.send({
            method: 'HEAD',
            path: `/v2/${repository}/manifests/${reference}`,
            repository,
            headers: { accept: media_types/* MANIFEST_TYPES */._P.join(', ') },
            what: `the manifest ${where}`,
        });
        if (answer.status === 404)
            return false;
        if (answer.status === 200)
            return true;
        throw unexpected(`the manifest ${where}`, answer);
    }
    /**
     * Writes `bytes` exactly under a tag or a digest and returns their sha256. Under a digest it
     * must be the bytes' own; a `Docker-Content-Digest` in the answer must name it too (a registry
     * that stored something else says so there). Returns the answer's `OCI-Subject` header, which a
     * registry with the referrers API sends for a manifest with a `subject` (distribution-spec,
     * "Pushing Manifests with Subject"). With `ifMatch` (the `ETag` of the manifest read) the
     * write is conditional: a registry that honours `If-Match` answers 412 when the tag moved since,
     * which is a `CONFLICT` (distribution 2.8 ignores the header and writes).
     */
    async putManifest(repository, reference, bytes, mediaType, options = {}) {
        const digest = (0,media_types/* sha256Digest */.sI)(bytes);
        const where = this.where(repository, reference);
        if (reference.startsWith('sha256:') && reference !== digest)
            throw new oci_errors/* OciError */.M('DIGEST_MISMATCH', `the manifest for ${where} hashes to ${digest}, not to the digest it is written under`);
        if (!media_types/* MANIFEST_TYPES */._P.includes(mediaType))
            throw new oci_errors/* OciError */.M('BAD_MANIFEST', `the manifest for ${where} has the media type ${(0,core_quote/* quote */.h)(mediaType)}, none of ${media_types/* MANIFEST_TYPES */._P.join(', ')}`);
        let declared;
        try {
            declared = JSON.parse(Buffer.from(bytes).toString('utf8'))
                ?.mediaType;
        }
        catch {
            throw new oci_errors/* OciError */.M('BAD_MANIFEST', `the manifest for ${where} is not JSON`);
        }
        if (declared !== undefined && declared !== mediaType)
            throw new oci_errors/* OciError */.M('BAD_MANIFEST', `the manifest for ${where} declares the mediaType ${(0,core_quote/* quote */.h)(declared)} but would be written as ${(0,core_quote/* quote */.h)(mediaType)}`);
        const answer = await this.send({
            method: 'PUT',
            path: `/v2/${repository}/manifests/${reference}`,
            repository,
            push: true,
            headers: { 'content-type': mediaType, ...(options.ifMatch ? { 'if-match': options.ifMatch } : {}) },
            body: Buffer.from(bytes),
            what: `writing the manifest ${where}`,
        });
        if (answer.status === 412)
            throw new oci_errors/* OciError */.M('CONFLICT', `writing the manifest ${where}: it changed since it was read (412)`);
        if (answer.status !== 201 && answer.status !== 200)
            throw unexpected(`writing the manifest ${where}`, answer);
        checkAnnounced(answer, digest, `writing the manifest ${where}`);
        return { digest, subject: answer.headers.get('oci-subject') ?? undefined };
    }
    /** Whether a blob exists (HEAD; existence only, as for manifests). */
    async hasBlob(repository, digest) {
        const where = this.where(repository, digest);
        const answer = await this.send({
            method: 'HEAD',
            path: `/v2/${repository}/blobs/${digest}`,
            repository,
            what: `the blob ${where}`,
        });
        if (answer.status === 404)
            return false;
        if (answer.status === 200)
            return true;
        throw unexpected(`the blob ${where}`, answer);
    }
    /** A blob's bytes, whose sha256 must be `digest`. */
    async getBlob(repository, digest, limit = MAX_BLOB_BYTES) {
        const where = this.where(repository, digest);
        const answer = await this.send({
            method: 'GET',
            path: `/v2/${repository}/blobs/${digest}`,
            repository,
            limit,
            what: `the blob ${where}`,
        });
        if (answer.status === 404)
            throw new oci_errors/* OciError */.M('NOT_FOUND', `the blob ${where} does not exist`);
        if (answer.status !== 200)
            throw unexpected(`the blob ${where}`, answer);
        const got = (0,media_types/* sha256Digest */.sI)(answer.body);
        if (got !== digest)
            throw new oci_errors/* OciError */.M('DIGEST_MISMATCH', `the blob ${where}: the registry served bytes whose sha256 is ${got}, not the digest asked for`);
        return answer.body;
    }
    /**
     * Puts a blob unless it is already there: a cross-repository mount from `mountFrom` when given
     * (201: mounted; 202: the registry opened an upload instead, which is used), otherwise a
     * monolithic upload (POST, then PUT `?digest=` with the bytes). Returns its digest and whether
     * bytes were sent.
     */
    async pushBlob(repository, bytes, options = {}) {
        const digest = (0,media_types/* sha256Digest */.sI)(bytes);
        const where = this.where(repository, digest);
        if (options.mountFrom !== undefined)
            (0,oci_reference/* checkTarget */.e$)(options.mountFrom);
        if (await this.hasBlob(repository, digest))
            return { digest, uploaded: false, mounted: false };
        const query = options.mountFrom ? `?mount=${digest}&from=${encodeURIComponent(options.mountFrom)}` : '';
        const opened = await this.send({
            method: 'POST',
            path: `/v2/${repository}/blobs/uploads/${query}`,
            repository,
            push: true,
            from: options.mountFrom,
            headers: { 'content-length': '0' },
            what: `opening the upload of ${where}`,
        });
        if (opened.status === 201) {
            checkAnnounced(opened, digest, `mounting ${where}`);
            return { digest, uploaded: false, mounted: true };
        }
        if (opened.status !== 202)
            throw unexpected(`opening the upload of ${where}`, opened);
        const location = opened.headers.get('location');
        if (!location)
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `opening the upload of ${where}: the registry sent no Location`);
        const target = new URL(location, `${this.baseUrl}/`);
        target.searchParams.set('digest', digest);
        const put = await this.send({
            method: 'PUT',
            path: target.href,
            repository,
            push: true,
            headers: { 'content-type': 'application/octet-stream' },
            body: Buffer.from(bytes),
            what: `uploading ${where}`,
        });
        // A PUT whose answer was lost and that was sent again finds its session closed (404): the
        // blob is there if the first one took effect.
        if (put.status === 404 && (await this.hasBlob(repository, digest)))
            return { digest, uploaded: true, mounted: false };
        if (put.status !== 201)
            throw unexpected(`uploading ${where}`, put);
        checkAnnounced(put, digest, `uploading ${where}`);
        return { digest, uploaded: true, mounted: false };
    }
    /**
     * Every tag of the repository, in the order served, asking `n=1000` a page and following `Link:
     * <…>; rel="next"` (distribution-spec, "Listing Tags"); a registry that ignores `n` and sends
     * no `Link` (distribution 2.8) is read whole in one request. A `Link` that leads back to a page
     * already read, or a page that adds nothing, is a failure: the list could not be finished.
     */
    async listTags(repository) {
        const tags = [];
        const seen = new Set();
        const visited = new Set();
        let next = `${this.baseUrl}/v2/${repository}/tags/list?n=${TAG_PAGE}`;
        (0,oci_reference/* checkTarget */.e$)(repository);
        const what = `the tags of ${this.registry}/${repository}`;
        while (next !== undefined) {
            if (visited.has(next))
                throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the pages lead back to ${(0,core_quote/* quote */.h)(next)}`);
            visited.add(next);
            const answer = await this.send({ method: 'GET', path: next, repository, what, limit: MAX_BLOB_BYTES });
            if (answer.status === 404)
                return [];
            if (answer.status !== 200)
                throw unexpected(what, answer);
            const page = transport_parseJson(answer.body, what);
            if (page.tags !== null &&
                page.tags !== undefined &&
                (!Array.isArray(page.tags) || page.tags.some((t) => typeof t !== 'string')))
                throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: "tags" is not a list of strings`);
            let added = 0;
            for (const tag of page.tags ?? []) {
                if (seen.has(tag))
                    continue;
                seen.add(tag);
                tags.push(tag);
                added++;
            }
            next = nextLink(answer.headers.get('link'), next, what);
            if (next !== undefined && added === 0)
                throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: a page with a next Link added no tag`);
            if (next !== undefined && new URL(next).origin !== new URL(this.baseUrl).origin)
                throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the next page ${(0,core_quote/* quote */.h)(next)} is on another host`);
        }
        return tags;
    }
}

;// CONCATENATED MODULE: ./.build/core/image/credentials.js
/*
 * The registry clients of one run that signs or attests images: one OciClient per registry (so
 * a token obtained once serves every image of that registry), with the credentials the contract
 * sets ("Container images": `registry-username` / `registry-password` when given; for `ghcr.io`
 * otherwise `github.actor` and `github-token`; anonymous elsewhere, through `registryCredentials`
 * of core/oci/auth.ts), and a registry's refusal turned into the known failure with its fix.
 */




/**
 * Makes the run's clients. `github` is the runner's actor (`GITHUB_ACTOR`) and the action's
 * `github-token`, the default credentials of `ghcr.io`. `baseUrls` points a registry's API
 * elsewhere (tests: a `ghcr.io` that is an emulator on loopback).
 */
function registryClients(given, github, options = {}) {
    const clients = new Map();
    const sources = new Map();
    const open = (registry) => {
        let client = clients.get(registry);
        if (client)
            return client;
        const credentials = registryCredentials(registry, given, github);
        const source = given.username !== undefined ? 'inputs' : credentials ? 'github-token' : 'anonymous';
        client = new OciClient({
            registry,
            credentials,
            credentialInputs: source === 'github-token' ? ['github-token'] : ['registry-username', 'registry-password'],
            http: options.http,
            baseUrl: options.baseUrls?.[registry],
        });
        clients.set(registry, client);
        sources.set(registry, source);
        return client;
    };
    return {
        client: open,
        source: (registry) => {
            open(registry);
            return sources.get(registry);
        },
    };
}
/**
 * A registry's refusal (the known failure `REGISTRY_AUTH`, raised by the OCI transport) of a
 * push to `ghcr.io` with the job's own token: GHCR refuses `GITHUB_TOKEN` without the
 * `packages: write` permission, so the fix names it (and the inputs that replace the token).
 * Anything else is returned as it was.
 */
function explainRegistryRefusal(error, registry, source) {
    if (!(error instanceof errors/* BaseError */.Cf) || error.code !== 'REGISTRY_AUTH')
        return error;
    if (registry === 'ghcr.io' && source === 'github-token')
        return new KnownFailure('PACKAGES_WRITE_PERMISSION', `${error.message}`, {
            cause: error,
            fix: "Add `permissions: packages: write` to the job (the default credentials of ghcr.io are github.actor and the job's github-token), or give `registry-username` and `registry-password` with a token that may write this package.",
        });
    if (source === 'anonymous')
        return new KnownFailure('REGISTRY_AUTH', `${error.message}`, {
            cause: error,
            fix: 'No credentials were sent to this registry: give `registry-username` and `registry-password` with a token that may read and write this repository.',
        });
    return error;
}

;// CONCATENATED MODULE: ./.build/core/promote/errors.js

/** A refusal of the promotion; the message names the image, the tags and the digests. */
class PromoteError extends errors/* BaseError */.Cf {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'PromoteError';
    }
}

// EXTERNAL MODULE: ./.build/core/promote/tags.js
var promote_tags = __webpack_require__(8826);
;// CONCATENATED MODULE: ./.build/core/promote/floating.js
/*
 * The floating tags (`latest`, major, minor): each ends on the highest stable version in its scope
 * whose evidence verifies, never on a prerelease, never on a version lower than one already
 * verified in its scope. A registry without compare-and-swap (distribution 2.8 ignores
 * `If-Match`) lets two promoters overwrite each other, so after writing, the written tags are
 * read back and the tag list is read again; when a tag was moved meanwhile, or a higher version
 * appeared, the targets are worked out again and written (at most MAX_ROUNDS rounds): promoters of
 * 1.2.3 and 1.3.0 running at once both end with `latest` on 1.3.0, whichever finishes first.
 * Where the registry honours `If-Match` (the ETag of the tag read), a write over a tag that moved
 * since is refused (412) and counts as "moved meanwhile".
 */




/** Write rounds allowed before a floating tag that keeps moving is a failure. */
const MAX_ROUNDS = 3;
/**
 * Moves the floating tags of `plan` given the tag list read before the version tag was settled
 * (`tags`, with the version tag in it) and whether this run `created` the version tag. Adds one
 * row per floating tag (and one per higher version whose evidence did not verify).
 */
async function settleFloatingTags(client, plan, verify, tags, created, report, tally = { writes: 0 }) {
    const { repository, version, tagPrefix, subject } = plan;
    const where = `${client.registry}/${repository}`;
    const outcomes = {};
    const kinds = new Map();
    for (const kind of plan.floating)
        kinds.set((0,promote_tags/* floatingTagName */.y9)(kind, tagPrefix, version), kind);
    if (version.prerelease.length > 0) {
        for (const name of kinds.keys()) {
            outcomes[name] = 'skipped-prerelease';
            report.pass(`floating ${name}`, `not moved: ${version.version} is a prerelease`);
        }
        return { outcomes, writes: 0, rounds: 0 };
    }
    const own = {
        version: version.version,
        tag: `${tagPrefix}${version.version}`,
        digest: subject.digest,
        bytes: subject.bytes,
        mediaType: subject.mediaType,
    };
    const candidates = new Map();
    const verdicts = new Map([[subject.digest, true]]);
    const ignored = new Set();
    /** A higher version's manifest, read once, and whether its evidence verifies (once per digest). */
    const candidate = async (v) => {
        const known = candidates.get(v.tag);
        if (known)
            return known;
        const manifest = await client.getManifest(repository, v.tag);
        let verified = false;
        if (manifest) {
            let verdict = verdicts.get(manifest.digest);
            if (verdict === undefined) {
                // Its rows go to a report of their own: the run's table is about the digest promoted.
                const result = await verify(manifest.digest, new action_report/* Report */.pl(`evidence of ${v.tag}`));
                verdict = result.problems.length === 0 && result.verified.length > 0;
                verdicts.set(manifest.digest, verdict);
                if (!verdict && !ignored.has(v.tag)) {
                    ignored.add(v.tag);
                    report.pass(`higher version ${v.tag}`, `${where}:${v.tag} (${manifest.digest}) is higher but its evidence does not verify ` +
                        `(${result.problems.join('; ') || 'nothing verified'}): no floating tag goes to it`);
                }
            }
            verified = verdict;
        }
        const judged = { manifest, verified };
        candidates.set(v.tag, judged);
        return judged;
    };
    /** The highest verified version in the scope of `kind`, or this version. */
    const targetOf = async (kind, versions) => {
        for (const v of (0,promote_tags/* higherInScope */.L0)(versions, kind, version)) {
            const { manifest, verified } = await candidate(v);
            if (manifest && verified)
                return {
                    version: v.semver.version,
                    tag: v.tag,
                    digest: manifest.digest,
                    bytes: manifest.bytes,
                    mediaType: manifest.mediaType,
                };
        }
        return own;
    };
    // The floating tags as they are now, read when first needed; a tag missing from the list is
    // not read. When this run has just created the version tag, no floating tag can already be on
    // its version, so a floating tag whose target is this version is written without being read
    // first (one request less each); the read-back after writing says where it ended.
    const current = new Map();
    const unread = new Set(kinds.keys());
    const before = new Map();
    const movedHere = new Set();
    let versions = (0,promote_tags/* stableVersions */.hh)(tags, tagPrefix);
    let writes = 0;
    let rounds = 0;
    const targets = new Map();
    for (;;) {
        targets.clear();
        for (const [name, kind] of kinds)
            targets.set(name, await targetOf(kind, versions));
        for (const [name, target] of targets) {
            if (!unread.has(name) || (created && !plan.dryRun && target === own))
                continue;
            unread.delete(name);
            const read = tags.includes(name) ? await client.getManifest(repository, name) : undefined;
            current.set(name, read);
            before.set(name, read?.digest);
        }
        const behind = [...targets].filter(([name, t]) => current.get(name)?.digest !== t.digest);
        if (behind.length === 0 || plan.dryRun)
            break;
        if (rounds === MAX_ROUNDS)
            throw new PromoteError('NOT_CONVERGED', `${behind.map(([name]) => `${where}:${name}`).join(', ')} kept moving under other writers for ` +
                `${MAX_ROUNDS} rounds of writes; run the promotion again once the other promotions finished`);
        rounds++;
        for (const [name, target] of behind) {
            writes++;
            tally.writes++;
            try {
                await client.putManifest(repository, name, target.bytes, target.mediaType, {
                    ifMatch: current.get(name)?.etag,
                });
                if (target.version === version.version)
                    movedHere.add(name);
            }
            catch (error) {
                // A registry that honours If-Match refused: the tag moved since it was read. The read
                // back below sees where it is now, and the next round decides again.
                if (!(error instanceof oci_errors/* OciError */.M && error.code === 'CONFLICT'))
                    throw error;
            }
        }
        // Read back what was written, and the list again: another promoter may have moved a tag or
        // added a higher version while these writes were made.
        for (const [name] of behind) {
            unread.delete(name);
            current.set(name, await client.getManifest(repository, name));
        }
        versions = (0,promote_tags/* stableVersions */.hh)(await client.listTags(repository), tagPrefix);
    }
    for (const [name, target] of targets) {
        const now = current.get(name)?.digest;
        const was = before.get(name);
        const from = !before.has(name)
            ? `not read first (${version.version} was just created, so no floating tag was on it)`
            : was === undefined
                ? 'a new tag'
                : `from ${was}`;
        let outcome;
        let detail;
        if (target.version !== version.version) {
            outcome = 'skipped-older';
            const state = now === target.digest ? 'stays on' : 'would move to';
            detail = `not moved to ${version.version}: ${target.tag} is higher in its scope and verified; ${name} ${state} ${target.tag} (${target.digest})`;
        }
        else if (now === target.digest && !movedHere.has(name)) {
            outcome = 'unchanged';
            detail = `already on ${target.tag} (${target.digest})`;
        }
        else {
            outcome = 'moved';
            detail = `${plan.dryRun ? 'would move' : 'moved'} to ${target.tag} (${target.digest}), ${from}`;
        }
        outcomes[name] = outcome;
        report.pass(`floating ${name}`, detail);
    }
    return { outcomes, writes, rounds };
}

;// CONCATENATED MODULE: ./.build/core/promote/promote.js


/**
 * Promotes `plan.subject`: verifies its evidence with `verify`, writes the version tag and moves
 * the floating tags (none of it in a dry run). Adds a row per step to `report`. A refusal throws
 * a PromoteError (UNVERIFIED and a version tag on another digest before anything is written).
 */
async function promoteImage(client, plan, verify, report, tally = { writes: 0 }) {
    const { repository, subject } = plan;
    const image = `${client.registry}/${repository}`;
    const evidence = await verify(subject.digest, report);
    // Fail closed: a verifier that found no problem but verified nothing has not said yes.
    const problems = evidence.problems.length > 0
        ? evidence.problems
        : evidence.verified.length === 0
            ? ['no evidence was verified']
            : [];
    if (problems.length > 0)
        throw new PromoteError('UNVERIFIED', `${image}@${subject.digest} is not promoted: ${problems.join('; ')}. Nothing was written.`);
    const versionTag = `${plan.tagPrefix}${plan.version.version}`;
    // The list says whether the version tag exists (and, below, what the floating tags choose
    // from); only a listed tag is read, so a promotion costs one GET less per absent tag.
    const tags = await client.listTags(repository);
    const existing = tags.includes(versionTag) ? await client.getManifest(repository, versionTag) : undefined;
    let writes = 0;
    let versionTagState;
    if (existing && existing.digest !== subject.digest) {
        throw new PromoteError('TAG_CONFLICT', `${image}:${versionTag} already names ${existing.digest}, not ${subject.digest}: a version tag is never moved. ` +
            'Nothing was written.', {
            fix: `Promote ${existing.digest} as ${versionTag}, or release this digest under a new version.`,
        });
    }
    if (existing) {
        versionTagState = 'unchanged';
        report.pass('version tag', `${versionTag} already names ${subject.digest}`);
    }
    else if (plan.dryRun) {
        versionTagState = 'created';
        report.pass('version tag', `would create ${versionTag} on ${subject.digest} (dry run)`);
    }
    else {
        writes++;
        tally.writes++;
        await client.putManifest(repository, versionTag, subject.bytes, subject.mediaType);
        const back = await client.getManifest(repository, versionTag);
        if (back?.digest !== subject.digest)
            throw new PromoteError('TAG_CONFLICT', `${image}:${versionTag} was written with ${subject.digest} but reads back as ` +
                `${back ? back.digest : 'missing'}: another writer changed it meanwhile. No floating tag was moved.`);
        versionTagState = 'created';
        report.pass('version tag', `created ${versionTag} on ${subject.digest}, read back`);
    }
    const listed = tags.includes(versionTag) ? tags : [...tags, versionTag];
    const floating = await settleFloatingTags(client, plan, verify, listed, !existing && !plan.dryRun, report);
    return {
        digest: subject.digest,
        versionTag,
        versionTagState,
        floating: floating.outcomes,
        verified: evidence.verified,
        writes: writes + floating.writes,
        rounds: floating.rounds,
    };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(4423);
;// CONCATENATED MODULE: ./.build/core/sigstore/trust.js







class TrustRootError extends errors/* BaseError */.Cf {
    constructor(message, options) {
        super('TRUST_ROOT', message, options);
        this.name = 'TrustRootError';
    }
}
/**
 * Drops every authority whose validity window has no `start`, or ends before it starts.
 * @sigstore/verify reads a missing start as "since the beginning of time", which would let a
 * key be trusted for signatures made before it existed; a window we cannot bound is not a
 * window we can check, so such a key is treated as invalid. Verification then fails closed if
 * no other authority vouches for the bundle.
 */
function sanitizeTrustedRoot(root) {
    const dropped = [];
    const valid = (what, validity) => {
        if (!validity?.start || Number.isNaN(validity.start.getTime())) {
            dropped.push(`${what}: validity has no start`);
            return false;
        }
        if (validity.end && validity.end < validity.start) {
            dropped.push(`${what}: validity ends before it starts`);
            return false;
        }
        return true;
    };
    return {
        root: {
            ...root,
            certificateAuthorities: root.certificateAuthorities.filter((ca, i) => valid(`certificate authority #${i + 1} (${ca.uri})`, ca.validFor)),
            timestampAuthorities: root.timestampAuthorities.filter((ca, i) => valid(`timestamp authority #${i + 1} (${ca.uri})`, ca.validFor)),
            tlogs: root.tlogs.filter((log, i) => valid(`transparency log #${i + 1} (${log.baseUrl})`, log.publicKey?.validFor)),
            ctlogs: root.ctlogs.filter((log, i) => valid(`certificate transparency log #${i + 1} (${log.baseUrl})`, log.publicKey?.validFor)),
        },
        dropped,
    };
}
/** Parses trusted_root.json text. Malformed JSON or a root without any log or CA is an error. */
function parseTrustedRoot(text, label) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new TrustRootError(`${label} is not valid JSON: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new TrustRootError(`${label} is not a trusted root (expected a JSON object).`);
    }
    const mediaType = json.mediaType;
    if (typeof mediaType !== 'string' ||
        !/^application\/vnd\.dev\.sigstore\.trustedroot(\+json;version=0\.1|\.v0\.2\+json)$/.test(mediaType)) {
        throw new TrustRootError(`${label} has an unknown trusted root media type ${(0,core_quote/* quote */.h)(mediaType ?? '(none)')}.`);
    }
    try {
        return protobuf_specs_dist.TrustedRoot.fromJSON(json);
    }
    catch (error) {
        throw new TrustRootError(`${label} is not a valid trusted root: ${(0,errors/* messageOf */.bD)(error)}`);
    }
}
/**
 * The trust to verify against: the given trusted_root.json, else the public-good instance's
 * root fetched and verified through TUF (the `@sigstore/tuf` client sigstore-js uses). When TUF
 * cannot be reached, this fails: there is no fallback to an unverified root.
 * `key` is the public key for bundles signed with a key (conformance `--key`); `fix` replaces
 * the way out the failure names (the CLI names its `--trusted-root` and `--offline`).
 */
async function loadTrust(trustedRootPath, options = {}) {
    let root;
    let source;
    if (trustedRootPath) {
        let text;
        try {
            text = external_node_fs_.readFileSync(trustedRootPath, 'utf8');
        }
        catch (error) {
            throw new TrustRootError(`cannot read trusted root ${trustedRootPath}: ${(0,errors/* messageOf */.bD)(error)}`);
        }
        root = parseTrustedRoot(text, `trusted root ${trustedRootPath}`);
        source = `trusted root ${trustedRootPath}`;
    }
    else {
        try {
            root = await (0,tuf_dist.getTrustedRoot)({
                mirrorURL: options.tuf?.mirrorURL,
                cachePath: options.tuf?.cachePath,
                timeout: options.tuf?.timeoutMs ?? 10_000,
                retry: { retries: 2, factor: 2, minTimeout: 500 },
            });
        }
        catch (error) {
            const why = (0,errors/* messageOf */.bD)(error);
            throw new TrustRootError(options.fix === undefined
                ? `cannot load the public-good Sigstore trusted root through TUF (${why}); check network access to the TUF repository, or pass a trusted_root.json for a private instance.`
                : `cannot load the public-good Sigstore trusted root through TUF (${why}); ${options.fix}`, { cause: error });
        }
        source = 'public-good Sigstore (TUF)';
    }
    return trustOf(root, source, options.key);
}
/**
 * Trust material from a trusted root already in hand (e.g. one shipped with the code, such as
 * GitHub's for release attestations, parsed with {@link parseTrustedRoot}): sanitised as
 * {@link loadTrust} does. `key` is the public key for key-signed bundles.
 */
function trustOf(root, source, key) {
    const { root: sane, dropped } = sanitizeTrustedRoot(root);
    const material = (0,dist/* toTrustMaterial */.jO)(sane, key
        ? () => ({ publicKey: key, validFor: () => true })
        : (hint) => {
            throw new TrustRootError(`bundle is signed with key '${hint}', but no public key was given`);
        });
    return { material, source, dropped };
}
/**
 * The trust an action verifies against, from its `trusted-root` input: the file given (one that
 * cannot be read or parsed is a configuration error naming the input), or public-good's root
 * through TUF (an unreachable repository is the known failure TUF_UNREACHABLE, with its fix).
 * Every action with a `trusted-root` input loads it here; each decides when.
 */
async function loadInputTrust(trustedRoot) {
    try {
        return await loadTrust(trustedRoot);
    }
    catch (error) {
        if (trustedRoot !== undefined)
            throw new errors/* ConfigurationError */.j1(`Input 'trusted-root': ${(0,errors/* messageOf */.bD)(error)}`, { cause: error });
        throw tufFailure(error) || error;
    }
}

;// CONCATENATED MODULE: ./.build/actions/promote-image/main.js











/**
 * Wires the registry client, the trusted root, the GitHub client (git-tag's commit, the
 * attestations API) and the evidence check, then runs core/promote's sequence, ending through
 * runChecks: resolve the subject once, check its platforms, verify its evidence, then write.
 */
async function main_run(inputs, env = process.env) {
    // The one client of the registry, with the contract's credentials (core/image/credentials.ts,
    // shared with the signing actions), so a refusal names the same fix everywhere.
    const clients = registryClients({ username: inputs.registryUsername, password: inputs.registryPassword }, { actor: env.GITHUB_ACTOR, token: inputs.token });
    await runChecks('promote-image', [
        async (report) => {
            try {
                return await promote(report);
            }
            catch (error) {
                throw explainRegistryRefusal(error, inputs.registry, clients.source(inputs.registry));
            }
        },
    ], { onReject: 'fail', verdictOutputs: false });
    async function promote(report) {
        (0,secrets/* registerSecret */.cl)(inputs.registryPassword);
        (0,secrets/* registerSecret */.cl)(inputs.token);
        const image = `${inputs.registry}/${inputs.repository}`;
        // A trusted root given as an input is read before anything is requested: unreadable, it
        // is the user's to fix.
        const given = inputs.trustedRoot !== undefined ? await loadInputTrust(inputs.trustedRoot) : undefined;
        const client = clients.client(inputs.registry);
        const github = inputs.token !== undefined && inputs.githubRepository !== undefined
            ? { client: createClient(inputs.token), repo: inputs.githubRepository }
            : undefined;
        // The commit the provenance must name: git-tag's, through the API. Never GITHUB_SHA: a
        // promotion started by hand runs on the default branch's head.
        let commit;
        if (inputs.require.includes('provenance')) {
            commit = await resolveTagCommit(github.client, github.repo, inputs.gitTag);
            const where = `${github.repo.owner}/${github.repo.repo}`;
            if (commit === undefined) {
                report.fail('git tag', `${inputs.gitTag} does not exist in ${where}`);
                throw new PromoteError('UNVERIFIED', `The git tag ${inputs.gitTag} does not exist in ${where}, so no provenance can be checked against its commit. Nothing was written.`, { fix: "Push the release tag first, or name it with 'git-tag'." });
            }
            report.pass('git tag', `${inputs.gitTag} is commit ${commit} in ${where}`);
        }
        const subject = await (0,image_subject/* resolveImageSubject */.kP)(client, inputs.repository, inputs.reference, inputs.platforms, report);
        // Without `trusted-root`, public-good's root comes through TUF once the subject is known
        // (a refusal before then asks nothing of the TUF repository).
        const trust = given ?? (await loadInputTrust(undefined));
        const policy = {
            require: inputs.require,
            identity: inputs.identity,
            issuer: inputs.issuer,
            trust: trust.material,
            sbomMinComponents: inputs.sbomMinComponents,
            attestationsApi: inputs.attestationsApi,
            ...(commit === undefined ? {} : { commit }),
            ...(github
                ? { github: { client: github.client, repository: `${github.repo.owner}/${github.repo.repo}` } }
                : {}),
        };
        const tally = { writes: 0 };
        let result;
        try {
            result = await promoteImage(client, {
                repository: inputs.repository,
                subject,
                version: inputs.version,
                tagPrefix: inputs.tagPrefix,
                floating: inputs.floating,
                dryRun: inputs.dryRun,
            }, (digest, rows) => verifyImageEvidence(client, inputs.repository, digest, policy, rows), report, tally);
        }
        catch (error) {
            // A failure after a write says what was written: `writes` is never 0 for a run that wrote.
            (0,action_outputs/* setOutputs */.n)({ digest: subject.digest, writes: tally.writes });
            throw error;
        }
        return {
            outputs: {
                digest: result.digest,
                'version-tag': result.versionTagState,
                floating: JSON.stringify(result.floating),
                verified: JSON.stringify(result.verified),
                writes: result.writes,
            },
            hardFailures: 0,
            summary: [
                `${image}@${result.digest} ${inputs.dryRun ? 'would be' : 'is'} ${result.versionTag}; ` +
                    `${result.writes} write(s), ${client.requests} registry request(s)` +
                    (inputs.dryRun ? ' (dry run: nothing written).' : '.'),
            ],
        };
    }
}


/***/ })

};
