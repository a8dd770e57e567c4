export const id = 880;
export const ids = [880];
export const modules = {

/***/ 6880:
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
;// CONCATENATED MODULE: ./.build/core/action/log.js


/*
 * Log lines for actions and the core they compose, so that only core/action speaks the runner's
 * protocol (workflow-commands.ts). Every line is redacted: a message built from an error can carry a secret.
 */
/** A plain log line. */
function info(message) {
    commands.info(redact(message));
}
/** A `::warning::` annotation: something the user should know, which does not fail the run. */
function warning(message) {
    workflow_commands/* warning */.$e((0,secrets/* redact */.E$)(message));
}

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
function explainHttpError(error, what, permission) {
    const status = statusOf(error);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.build/core/paths.js



/** The workspace root: `GITHUB_WORKSPACE`, else the current directory. */
function workspaceRoot() {
    return external_node_fs_.realpathSync(process.env.GITHUB_WORKSPACE || process.cwd());
}
function isInside(root, candidate) {
    const rel = external_node_path_.relative(root, candidate);
    // Only a whole `..` segment leaves the root: a file named `..notes.md` is inside it.
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + external_node_path_.sep) && !external_node_path_.isAbsolute(rel));
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
        throw new errors/* ConfigurationError */.j1(`Input '${input}': path '${given}' contains a NUL byte.`, {
            code: 'OUTSIDE_WORKSPACE',
        });
    const resolved = external_node_path_.resolve(root, given);
    if (!isInside(root, resolved)) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': path '${given}' is outside the workspace (${root}).`, {
            code: 'OUTSIDE_WORKSPACE',
        });
    }
    let real;
    try {
        real = external_node_fs_.realpathSync(resolved);
    }
    catch {
        if (options.mustExist === false)
            return resolved;
        // Coded, so callers that treat a missing file their own way (a version file) need not
        // recognise it by these words.
        throw new errors/* ConfigurationError */.j1(`Input '${input}': file '${given}' does not exist.`, {
            code: 'FILE_NOT_FOUND',
        });
    }
    if (!isInside(root, real)) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': path '${given}' leads outside the workspace through a symbolic link (to ${real}).`, { code: 'OUTSIDE_WORKSPACE' });
    }
    return real;
}
/** A path relative to the workspace, with forward slashes, for messages and annotations. */
function displayPath(absolute, root = workspaceRoot()) {
    const rel = external_node_path_.relative(root, absolute);
    return isInside(root, absolute) ? rel.split(external_node_path_.sep).join('/') : absolute;
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

;// CONCATENATED MODULE: ./.build/core/glob.js
/*
 * Globbing, in one place: the file patterns of the inputs (`files`, `sbom`: one a line, `!`
 * excludes, expanded inside the workspace with Node's own fs.glob) and the globs over asset
 * names (undraft's `expected-assets`). Every action that takes file patterns and every check
 * that matches names against globs goes through here, so a pattern means the same everywhere.
 */




/**
 * The files the patterns select (`!pattern` lines exclude), absolute, sorted and de-duplicated,
 * with every problem: each include pattern that matches no regular file, and each that reaches
 * outside the workspace (checked on the pattern's literal prefix as well as on every match, so
 * a symbolic link out is caught too). Each pattern is checked on its own so that all of them
 * are reported at once. A caller decides what zero includes mean.
 */
function selectFiles(input, patterns, root) {
    const excluded = new Set();
    for (const pattern of patterns.filter((p) => p.startsWith('!'))) {
        for (const hit of external_node_fs_.globSync(pattern.slice(1), { cwd: root }))
            excluded.add(external_node_path_.resolve(root, hit));
    }
    const found = new Set();
    const problems = [];
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        try {
            const hits = matchPattern(input, pattern, excluded, root);
            if (hits.length === 0) {
                problems.push(new errors/* ConfigurationError */.j1(`Input '${input}': pattern '${pattern}' matches no file.`, {
                    code: 'NO_MATCHING_FILE',
                }));
            }
            for (const hit of hits)
                found.add(hit);
        }
        catch (error) {
            problems.push(error instanceof errors/* ConfigurationError */.j1
                ? error
                : new errors/* ConfigurationError */.j1((0,errors/* messageOf */.bD)(error), { cause: error }));
        }
    }
    return { files: [...found].sort(), problems };
}
/** Regular files inside `root` that `pattern` matches, less the excluded ones (absolute paths). */
function matchPattern(input, pattern, excluded, root) {
    if (external_node_path_.isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
        resolveInWorkspace(input, pattern.replace(/[*?[{].*$/, '') || '.', { root, mustExist: false });
    }
    const out = [];
    for (const hit of external_node_fs_.globSync(pattern, { cwd: root })) {
        const absolute = external_node_path_.resolve(root, hit);
        if (excluded.has(absolute))
            continue;
        const real = resolveInWorkspace(input, absolute, { root });
        if (external_node_fs_.statSync(real).isFile())
            out.push(absolute);
    }
    return out;
}
/**
 * A glob over one asset name as a whole-name RegExp: `*` any run of characters, `?` one,
 * `[abc]`/`[a-z]`/`[!a]` a class; everything else literal. Anchored at both ends, so `app.tgz`
 * never matches `app.tgz.sig`. (An asset name has no folders, so `*` crosses everything.)
 */
function globToRegExp(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            out += '.*';
        else if (c === '?')
            out += '.';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0) {
                out += '\\[';
                continue;
            }
            let body = pattern.slice(i + 1, end);
            const negated = body.startsWith('!') || body.startsWith('^');
            if (negated)
                body = body.slice(1);
            out += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
            i = end;
        }
        else
            out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    return new RegExp(`^(?:${out})$`, 's');
}
/**
 * Whether a name pattern is a glob (it has `*`, `?` or a `[..]` class, as {@link globToRegExp}
 * reads them) rather than one exact name.
 */
function isGlob(pattern) {
    return /[*?]|\[.+\]/.test(pattern);
}

;// CONCATENATED MODULE: ./.build/core/files.js



/**
 * Expands glob patterns (one a line, `!pattern` excludes) to regular files inside the
 * workspace, sorted and de-duplicated (core/glob.ts's {@link selectFiles}). A pattern that matches no file is an error: a release
 * that silently ships fewer files than the workflow named is the failure this project exists
 * to prevent.
 */
async function expandFiles(input, patterns, root = workspaceRoot()) {
    if (!patterns.some((p) => !p.startsWith('!')))
        throw new errors/* ConfigurationError */.j1(`Input '${input}' names no file pattern.`, { code: 'MISSING_INPUT' });
    const { files, problems } = selectFiles(input, patterns, root);
    // One problem keeps its own code; several are reported together, every one at once.
    if (problems.length === 1)
        throw problems[0];
    if (problems.length > 1)
        throw new errors/* ConfigurationError */.j1(problems.flatMap((p) => p.problems), { code: problems.every((p) => p.code === 'NO_MATCHING_FILE') ? 'NO_MATCHING_FILE' : 'INVALID_INPUT' });
    return files;
}

// EXTERNAL MODULE: ./.build/core/quote.js
var core_quote = __webpack_require__(5688);
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
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
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
    if (type !== IN_TOTO_STATEMENT_V1 && type !== IN_TOTO_STATEMENT_V01) {
        throw new InTotoError('NOT_STATEMENT', `the statement type is ${(0,core_quote/* quote */.h)(type)}, not ${IN_TOTO_STATEMENT_V1} (or ${IN_TOTO_STATEMENT_V01})`);
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

;// CONCATENATED MODULE: ./.build/core/sigstore/oidc.js



/** The claims of a JWT, without verifying it (Fulcio verifies it; we only read our own token). */
function decodeJwtClaims(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        throw new errors/* ConfigurationError */.j1('The identity token is not a JWT (expected three dot-separated parts).');
    try {
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (typeof claims === 'object' && claims !== null && !Array.isArray(claims))
            return claims;
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`The identity token's claims cannot be read: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    throw new errors/* ConfigurationError */.j1("The identity token's claims cannot be read: they are not a JSON object.");
}
/**
 * The runner's OIDC endpoint kept failing (resets, timeouts, 5xx/429) through every retry. Coded
 * `UNREACHABLE`, so the step fails as a service that could not be reached, with this message
 * (which says how many attempts and the last reason), not as an internal error.
 */
class OidcUnavailableError extends errors/* BaseError */.Cf {
    constructor(message) {
        super('UNREACHABLE', message);
    }
}
/**
 * The runner's OIDC endpoint answered, but not with a token:
 * - `OIDC_REFUSED`: an HTTP error other than 401/403 (those are the missing permission);
 * - `OIDC_BAD_ANSWER`: a 2xx whose body is not JSON, or holds no token.
 */
class OidcError extends errors/* BaseError */.Cf {
}
/** A token given as is (the `identity-token` input, the CLI's `--identity-token`). */
function staticIdentityProvider(token) {
    return { getToken: async () => token };
}
const PERMISSION_MESSAGE = 'No OIDC identity token is available: the runner sets ACTIONS_ID_TOKEN_REQUEST_URL and ' +
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN only for a job granted `permissions: id-token: write`, and they are not set.';
/**
 * The runner's OIDC endpoint. The token is requested once and shared by every signature of the
 * run (concurrent callers wait for the same request); it is requested again only when it is
 * about to expire. The GET is idempotent, so 5xx/429 answers are retried with backoff.
 */
function runnerIdentityProvider(audience, env = process.env, options = {}) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !requestToken)
        throw new KnownFailure('ID_TOKEN_PERMISSION', PERMISSION_MESSAGE);
    let cached;
    const fetchToken = async () => {
        const url = new URL(requestUrl);
        url.searchParams.set('audience', audience);
        const retries = options.retries ?? 3;
        // The variables only shorten waits under test; read from the runner's env like the URL.
        const backoffMs = options.backoffMs ?? envNumber('SEALED_RELEASE_RETRY_MS', env) ?? 1000;
        const timeoutMs = options.timeoutMs ?? envNumber('SEALED_RELEASE_REQUEST_TIMEOUT_MS', env) ?? 30_000;
        let lastError = '';
        for (let attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0)
                await new Promise((r) => setTimeout(r, backoffMs * 2 ** (attempt - 1)));
            let text;
            let refused;
            try {
                // One deadline for the headers and the body: an endpoint that answers the headers and
                // then stalls must not hold the step past the timeout either.
                const response = await fetch(url, {
                    headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
                    signal: AbortSignal.timeout(timeoutMs),
                });
                if (response.status >= 500 || response.status === 429) {
                    lastError = `HTTP ${response.status}`;
                    await response.body?.cancel();
                    continue;
                }
                text = await response.text();
                if (!response.ok)
                    refused = { status: response.status, text };
            }
            catch (error) {
                // A reset or a timeout, before or during the answer: the GET is safe to repeat.
                lastError = (0,errors/* messageWithCauses */.OM)(error);
                continue;
            }
            // The runner's endpoint answers 401/403 to a job without `id-token: write` (the request
            // token it handed out does not carry the scope): the known failure, with its fix.
            if (refused?.status === 401 || refused?.status === 403) {
                throw new KnownFailure('ID_TOKEN_PERMISSION', `The runner's OIDC endpoint refused the token request (HTTP ${refused.status}: ${(0,errors/* quote */.hD)(refused.text.trim())}).`);
            }
            if (refused !== undefined) {
                throw new OidcError('OIDC_REFUSED', `The runner's OIDC endpoint refused the token request (HTTP ${refused.status}: ${(0,errors/* quote */.hD)(refused.text.trim())}).`);
            }
            let body;
            try {
                body = JSON.parse(text);
            }
            catch {
                throw new OidcError('OIDC_BAD_ANSWER', 
                // Not quoted: a 2xx body could hold a token in some other form.
                `The runner's OIDC endpoint answered with something other than JSON (${text.length} characters).`);
            }
            if (typeof body?.value !== 'string' || body.value === '') {
                throw new OidcError('OIDC_BAD_ANSWER', "The runner's OIDC endpoint answered without a token.");
            }
            options.onToken?.(body.value);
            const exp = decodeJwtClaims(body.value).exp;
            return { token: body.value, exp: typeof exp === 'number' ? exp * 1000 : Date.now() + 60_000 };
        }
        throw new OidcUnavailableError(`The runner's OIDC endpoint did not answer after ${retries + 1} attempt(s) (${lastError}).`);
    };
    return {
        async getToken() {
            if (cached) {
                const current = await cached.catch(() => undefined);
                // A token with under a minute left could expire between here and Fulcio.
                if (current && current.exp - Date.now() > 60_000)
                    return current.token;
            }
            cached = fetchToken();
            return (await cached).token;
        },
    };
}
/**
 * The identity Fulcio certifies for a GitHub Actions token: the SAN is the server URL + the
 * token's `job_workflow_ref` claim (the workflow file that runs the job: in a reusable workflow,
 * the reusable one, not the caller that GITHUB_WORKFLOW_REF names), and the issuer is the
 * token's `iss`. This is what a signature made with the token must verify for, exactly.
 */
function signingIdentityOfToken(claims, serverUrl) {
    const ref = claims.job_workflow_ref;
    // Control characters or spaces in it would make a SAN no workflow ref can be: not a token
    // from GitHub Actions, or a forged one; Fulcio would refuse it too.
    if (typeof ref !== 'string' || !/^[^\s\p{Cc}]+@[^\s\p{Cc}]+$/u.test(ref)) {
        throw new ConfigurationError(`The identity token has no usable job_workflow_ref claim (got ${quote(ref ?? null)}); ` +
            'sigstore-sign signs with a GitHub Actions OIDC token, whose job_workflow_ref Fulcio writes as the identity.');
    }
    if (typeof claims.iss !== 'string' || claims.iss === '') {
        throw new ConfigurationError('The identity token has no issuer (iss) claim.');
    }
    return {
        identity: `${serverUrl.replace(/\/+$/, '')}/${ref}`,
        issuer: claims.iss,
        jobWorkflowRef: ref,
    };
}

// EXTERNAL MODULE: ./.build/core/sigstore/inputs.js
var inputs = __webpack_require__(7758);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var dist = __webpack_require__(4187);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(1040);
;// CONCATENATED MODULE: ./.build/core/sigstore/bundle.js



/** The bundle media types this verifier knows. Anything else is refused, not guessed at. */
const KNOWN_BUNDLE_MEDIA_TYPES = [
    bundle_dist.BUNDLE_V01_MEDIA_TYPE,
    bundle_dist.BUNDLE_V02_MEDIA_TYPE,
    bundle_dist.BUNDLE_V03_LEGACY_MEDIA_TYPE,
    bundle_dist.BUNDLE_V03_MEDIA_TYPE,
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
        return (0,bundle_dist.bundleFromJSON)(json);
    }
    catch (error) {
        if (error instanceof bundle_dist.ValidationError) {
            throw new BundleFormatError(`bundle is malformed: ${error.message} (${(error.fields ?? []).join(', ')})`);
        }
        throw new BundleFormatError(`bundle is malformed: ${(0,errors/* messageOf */.bD)(error)}`);
    }
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
const UNIVERSAL_UTF8_STRING = 12;
/** A certificate that does not name exactly one signer, or names another one than expected. */
class IdentityMismatchError extends errors/* BaseError */.Cf {
    constructor(message) {
        // Same code as @sigstore/verify's policy errors, so callers can treat both alike.
        super('UNTRUSTED_SIGNER_ERROR', message);
        this.name = 'IdentityMismatchError';
    }
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function utf8(bytes, what) {
    try {
        return strictUtf8.decode(bytes);
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
        if (!inner || !inner.tag.isUniversal() || inner.tag.number !== UNIVERSAL_UTF8_STRING) {
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

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
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
    if (signer && 'san' in signer)
        return { identity: checkSan(entity, signer) };
    try {
        // The leaf the Verifier just proved (it builds the path from this very object).
        const found = readCertificateIdentity(entity.key.certificate);
        checkIdentity(found, signer);
        return { identity: found.san, issuer: found.issuer };
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
    const signer = verifyEntity(digest ? bindMessageSignature(entity, bundle, digest, message) : entity, trust, policy.signer, policy.thresholds ?? {});
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
async function verify_verifyBundleFile(bundlePath, artifact, trust, policy, options = {}) {
    let text;
    try {
        text = await fs.promises.readFile(bundlePath, 'utf8');
    }
    catch (error) {
        throw new SignatureVerificationError(`cannot read bundle ${bundlePath}: ${messageOf(error)}`, 'BUNDLE_MISSING');
    }
    return verifyBundle(text, artifact, trust, policy, options);
}

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
class ProvenanceError extends errors/* BaseError */.Cf {
}
/** The claims the predicate is built from, in the order the contract names them. */
const PROVENANCE_CLAIMS = [
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
];
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
            missing.push(value === undefined ? name : `${name} (got ${(0,errors/* quote */.hD)(value)})`);
    }
    if (missing.length > 0) {
        throw new ProvenanceError('MISSING_CLAIM', `The OIDC token lacks the claim${missing.length === 1 ? '' : 's'} ${missing.join(', ')}, ` +
            'which the provenance is built from; a GitHub Actions token carries every one.');
    }
    const bad = [];
    if (!/^[0-9a-f]{40}$/.test(out.sha))
        bad.push(`sha is ${(0,errors/* quote */.hD)(out.sha)}, not a 40-hex commit`);
    // A control character or a space cannot be in a ref GitHub issues; in a URI it would change its meaning.
    for (const name of PROVENANCE_CLAIMS) {
        if (/[\s\p{Cc}]/u.test(out[name]))
            bad.push(`${name} is ${(0,errors/* quote */.hD)(out[name])}, which holds a space or a control character`);
    }
    if (!out.workflow_ref.startsWith(`${out.repository}/`) || !out.workflow_ref.includes('@')) {
        bad.push(`workflow_ref is ${(0,errors/* quote */.hD)(out.workflow_ref)}, not '${out.repository}/<path>@<ref>' (the token's repository)`);
    }
    if (!/^[^@]+@.+$/.test(out.job_workflow_ref)) {
        bad.push(`job_workflow_ref is ${(0,errors/* quote */.hD)(out.job_workflow_ref)}, not '<owner>/<repo>/<path>@<ref>'`);
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
            throw new ProvenanceError('DUPLICATE_SUBJECT', `Two files are named ${(0,errors/* quote */.hD)(file.name)} with different contents (sha256 ${seen} and ${file.sha256}); ` +
                'a subject is named by its basename, so narrow the files globs to one of them.');
        }
    }
    return out;
}
function provenanceStatement(subjects, predicate) {
    return { _type: IN_TOTO_STATEMENT_V1, subject: subjects, predicateType: SLSA_PROVENANCE_V1, predicate };
}
/**
 * The runner's variables that say the same as a claim, and the claim. Where one is set and
 * differs, the token wins (it is what GitHub signed); the caller warns, naming the variable.
 */
const ENV_OF_CLAIM = [
    ['GITHUB_SHA', 'sha'],
    ['GITHUB_REF', 'ref'],
    ['GITHUB_REPOSITORY', 'repository'],
];
/** One warning per variable that disagrees with the token (an unset variable says nothing). */
function environmentDisagreements(claims, env) {
    const out = [];
    for (const [variable, claim] of ENV_OF_CLAIM) {
        const value = env[variable];
        if (value === undefined || value === '' || value === claims[claim])
            continue;
        out.push(`${variable} is ${(0,errors/* quote */.hD)(value)} but the OIDC token's ${claim} claim is ${(0,errors/* quote */.hD)(claims[claim])}: ` +
            "the provenance names the token's value (an earlier step may have changed the variable).");
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/core/provenance/attest.js
/*
 * attest-provenance's sequence for files, with its clients passed in: find and hash the files,
 * read the provenance claims from the job's one OIDC token, build one in-toto statement, sign it
 * as a DSSE envelope with the run's one certificate, verify the bundle through the one
 * verification path, write it to `bundle-path`, then store it with the attestations API. Each
 * step is a row of the report; a step that fails stops the ones after it (nothing unverified is
 * written or stored).
 */












/** Writes `text` to `file` whole or not at all (a temp file renamed over it). */
function writeWhole(file, text) {
    external_node_fs_.mkdirSync(external_node_path_.dirname(file), { recursive: true });
    const temp = `${file}.${external_node_crypto_.randomBytes(6).toString('hex')}.tmp`;
    try {
        external_node_fs_.writeFileSync(temp, text, { flag: 'wx' });
        external_node_fs_.renameSync(temp, file);
    }
    finally {
        external_node_fs_.rmSync(temp, { force: true });
    }
}
/** Runs the sequence, adding its rows to `report`; throws on the first step that fails. */
async function attestFiles(options, clients, report) {
    // Checked before anything is signed: a bundle that cannot be written would waste a signature.
    if (external_node_fs_.existsSync(options.bundlePath) && !external_node_fs_.statSync(options.bundlePath).isFile()) {
        throw new errors/* ConfigurationError */.j1(`Input 'bundle-path' names ${(0,errors/* quote */.hD)(options.bundlePath)}, which is not a file: give the path of a file to write.`);
    }
    // The files: the bundle itself is never its own subject (a broad glob may match it on a re-run).
    const matched = await expandFiles('files', options.files, options.root);
    const files = matched.filter((f) => external_node_path_.resolve(f) !== external_node_path_.resolve(options.bundlePath));
    const hashed = [];
    for (const file of files)
        hashed.push({ name: external_node_path_.basename(file), sha256: (await hashFile(file, ['sha256'])).sha256 });
    const subjects = fileSubjects(hashed);
    report.pass('subjects', subjects.map((s) => `\`${s.name}\` sha256:${s.digest.sha256}`).join(', ') +
        ` (${files.length} file(s): ${files.map((f) => displayPath(f, options.root)).join(', ')})`);
    // The claims, from the token the certificate will be issued for, never from the environment.
    const token = await clients.identity.getToken();
    const raw = decodeJwtClaims(token);
    const issuer = (0,inputs/* expectedIssuer */.k2)(options.serverUrl);
    if (raw.iss !== issuer) {
        throw new ProvenanceError('BAD_CLAIM', `The OIDC token's issuer is ${(0,errors/* quote */.hD)(raw.iss ?? null)}, expected ${(0,errors/* quote */.hD)(issuer)} (from GITHUB_SERVER_URL).`);
    }
    const claims = readProvenanceClaims(raw);
    // An attestation is found by the repository that built the subject (`gh attestation verify
    // --repo` checks the certificate's source repository): stored in another one, it would only
    // ever fail to verify there. Refused before anything is signed.
    if (options.storeIn !== undefined && options.storeIn.toLowerCase() !== claims.repository.toLowerCase()) {
        throw new errors/* ConfigurationError */.j1(`Input 'repository' is '${options.storeIn}', but the OIDC token's repository is ${(0,errors/* quote */.hD)(claims.repository)}: ` +
            'an attestation is stored in the repository whose workflow built the files (leave repository at its default).');
    }
    const predicate = buildProvenancePredicate(claims, options.serverUrl);
    const identity = predicate.runDetails.builder.id;
    report.pass('claims', `builder ${identity}, commit ${claims.sha} (${claims.ref}), event ${claims.event_name}, ` +
        `run ${claims.run_id} attempt ${claims.run_attempt}, runner ${claims.runner_environment}: from the OIDC token`);
    for (const disagreement of environmentDisagreements(claims, options.env)) {
        clients.warn(disagreement);
        report.pass('environment', disagreement);
    }
    // One statement, signed once.
    const payload = Buffer.from(JSON.stringify(provenanceStatement(subjects, predicate)));
    const bundle = await clients.signDsse(payload, IN_TOTO_PAYLOAD_TYPE);
    report.pass('sign', `DSSE envelope (${IN_TOTO_PAYLOAD_TYPE}) over ${subjects.length} subject(s)`);
    // Verified right after, through the one verification path: exact SAN and issuer, the payload
    // type, and the signed bytes are exactly the statement built here (so every subject and every
    // predicate field are what the token said).
    const trust = await clients.trust();
    const verified = await verifySigstoreBundle(JSON.stringify(bundle), trust.material, {
        signer: { identity, issuer },
        payloadType: IN_TOTO_PAYLOAD_TYPE,
    });
    const statement = verified.statement;
    const signedSubjects = statement?.subjects.map((s) => `${s.name}\u0000${JSON.stringify(s.digest)}`);
    const builtSubjects = subjects.map((s) => `${s.name}\u0000${JSON.stringify(s.digest)}`);
    if (!verified.payload?.equals(payload) ||
        statement?.predicateType !== SLSA_PROVENANCE_V1 ||
        JSON.stringify(signedSubjects) !== JSON.stringify(builtSubjects)) {
        throw new ProvenanceError('STATEMENT_MISMATCH', 'the verified bundle does not carry the statement that was signed (its subjects or predicate differ)');
    }
    report.pass('verify', `verifies for exactly ${verified.identity} (issuer ${verified.issuer}); subjects equal the files`);
    writeWhole(options.bundlePath, JSON.stringify(bundle, null, 2) + '\n');
    report.pass('bundle', `written to ${options.bundlePath}`);
    const attestations = [];
    if (clients.store) {
        const stored = await clients.store(bundle);
        attestations.push(stored);
        report.pass('attestations API', `stored as attestation ${stored.id}: ${stored.url}`);
    }
    else {
        report.pass('attestations API', 'not stored: attestations-api is false');
    }
    return { subjects, bundlePath: options.bundlePath, attestations, identity };
}

;// CONCATENATED MODULE: ./.build/core/provenance/store.js


/** `NO_ID`: GitHub answered the POST without an attestation id (not what its API documents). */
class AttestationStoreError extends errors/* BaseError */.Cf {
}
/**
 * Stores one bundle. A 403 "Resource not accessible by integration" is the known failure
 * `ATTESTATIONS_WRITE_PERMISSION` with its fix (through explainHttpError); any other 403/404
 * names the `attestations: write` permission too. The POST is not retried on an unknown outcome:
 * a second attestation of the same statement would be harmless but is not what was asked.
 */
async function storeAttestation(client, repo, bundle, serverUrl) {
    let data;
    try {
        ({ data } = await client.request('POST /repos/{owner}/{repo}/attestations', {
            owner: repo.owner,
            repo: repo.repo,
            bundle: bundle,
        }));
    }
    catch (error) {
        throw explainHttpError(error, `storing the attestation in ${repo.owner}/${repo.repo}`, 'attestations: write');
    }
    const id = data?.id;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
        throw new AttestationStoreError('NO_ID', `GitHub stored the attestation but answered no id (got ${(0,errors/* quote */.hD)(id ?? null)}).`);
    }
    return {
        id: String(id),
        url: `${serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/attestations/${id}`,
    };
}

;// CONCATENATED MODULE: ./.build/core/sigstore/instructions.js

/** Quotes a value for a POSIX shell. */
function shellQuote(value) {
    return /^[A-Za-z0-9_./:@=+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
/**
 * Markdown for release notes: the exact commands a downstream user runs to verify each file
 * (by its release asset name) with sigstore-python and with cosign.
 */
function verifyInstructions(options) {
    const names = options.files.map((f) => path.basename(f));
    const sigstore = names.map((n) => `sigstore verify identity --bundle ${shellQuote(n + options.bundleSuffix)} ` +
        `--cert-identity ${shellQuote(options.identity)} --cert-oidc-issuer ${shellQuote(options.issuer)} ${shellQuote(n)}`);
    const cosign = names.map((n) => `cosign verify-blob --bundle ${shellQuote(n + options.bundleSuffix)} ` +
        `--certificate-identity ${shellQuote(options.identity)} --certificate-oidc-issuer ${shellQuote(options.issuer)} ${shellQuote(n)}`);
    const lines = [
        `### Verifying the signatures${options.tag ? ` of ${options.tag}` : ''}`,
        '',
        `Every file of this release is signed with Sigstore by the release workflow \`${options.identity}\` ` +
            `(OIDC issuer \`${options.issuer}\`); its bundle is the file of the same name with \`${options.bundleSuffix}\` appended. ` +
            'Download the files and their bundles, then run either:',
        '',
        'With [sigstore-python](https://github.com/sigstore/sigstore-python):',
        '',
        '```sh',
        ...sigstore,
        '```',
        '',
        'With [cosign](https://github.com/sigstore/cosign):',
        '',
        '```sh',
        ...cosign,
        '```',
    ];
    if (options.privateInstance) {
        lines.push('', "These bundles were made with a private Sigstore instance: pass that instance's trusted root to the verifier.");
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(5179);
;// CONCATENATED MODULE: ./.build/core/sigstore/sign.js








/**
 * Signing could not produce a bundle:
 * - `NO_CERTIFICATE`: Fulcio answered without a certificate;
 * - `UNSUPPORTED_BUNDLE`: a bundle of a media type this code cannot re-encode as v0.3;
 * - `UNKNOWN_SIGNING_CONFIG`: a signing_config.json of another media type than v0.2.
 */
class SigningError extends errors/* BaseError */.Cf {
}
/** Default per-request timeout for Fulcio, Rekor and the TSA. */
const SIGSTORE_TIMEOUT_MS = 30_000;
/**
 * The timeout and retry options handed to sigstore-js for every Fulcio, Rekor and TSA request.
 * sigstore-js (fetchWithRetry) retries a request on any network error (reset, timeout) and on
 * 408, 429 and 5xx, with exponential backoff from `minTimeout` (it ignores Retry-After); its
 * `timeout` bounds the wait for the answer's headers and then for its body, so a service that
 * never answers costs `timeout` per attempt, never a hang. Retrying these POSTs is safe: Fulcio
 * issues a fresh certificate for the same key, the TSA a fresh timestamp, and Rekor answers a
 * duplicate entry with 409, which `fetchOnConflict` turns into a read of the existing entry.
 * The environment variables only shorten waits under test (see core/env.ts); users get the
 * defaults.
 */
function sigstoreFetchOptions(services = {}, env = process.env) {
    return {
        timeout: services.timeoutMs ?? envNumber('SEALED_RELEASE_REQUEST_TIMEOUT_MS', env) ?? SIGSTORE_TIMEOUT_MS,
        retry: {
            retries: services.retries ?? 3,
            minTimeout: services.backoffMs ?? envNumber('SEALED_RELEASE_RETRY_MS', env) ?? 1000,
            factor: 2,
        },
    };
}
/** An in-memory P-256 key that never leaves this process. */
class EphemeralKey {
    pair = external_node_crypto_.generateKeyPairSync('ec', { namedCurve: 'P-256' });
    publicKeyPem = this.pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    async sign(data) {
        return {
            signature: external_node_crypto_.sign('sha256', data, this.pair.privateKey),
            key: { $case: 'publicKey', publicKey: this.publicKeyPem },
        };
    }
    /**
     * ECDSA-P256 over a SHA-256 digest computed elsewhere (streaming, so a file of any size is
     * never held in memory). ECDSA-P256-SHA256 signs SHA-256(message), so this is the signature
     * `sign(message)` would give, and verifiers that hash the artifact themselves accept it.
     * Node's crypto cannot sign a prehashed digest, so @noble/curves (audited) does the curve
     * arithmetic; the only thing done here is handing it the private scalar, exported from the
     * KeyObject as JWK `d` on each call (and wiped after) rather than kept in a second copy.
     */
    signDigest(digest) {
        if (digest.length !== 32)
            throw new errors/* InternalError */.Gd(`a SHA-256 digest is 32 bytes, got ${digest.length}`);
        const jwk = this.pair.privateKey.export({ format: 'jwk' });
        const d = jwk.d === undefined ? undefined : Buffer.from(jwk.d, 'base64url');
        if (jwk.crv !== 'P-256' || d?.length !== 32)
            throw new errors/* InternalError */.Gd('the ephemeral key is not a P-256 private key');
        const secret = Uint8Array.from(d);
        d.fill(0);
        try {
            // prehash: false: `digest` already is SHA-256(artifact). DER: what bundles and Rekor carry.
            // extraEntropy: RFC 6979 nonces hedged with fresh randomness (like OpenSSL's random k).
            // Low-S (the library's default) is a valid ECDSA signature for every verifier.
            return Buffer.from(nist/* p256 */.s9.sign(Uint8Array.from(digest), secret, { prehash: false, format: 'der', extraEntropy: true }));
        }
        finally {
            secret.fill(0);
        }
    }
}
/** Renew a certificate with less than this left: a signature must land inside its window. */
const CERTIFICATE_MARGIN_MS = 2 * 60_000;
/**
 * A Fulcio signer that reuses one certificate for many signatures. sigstore-js's FulcioSigner
 * asks Fulcio for a fresh certificate on every signature; its `keyHolder` option lets the key
 * outlive one call, and this class keeps the certificate with it, so signing N files costs one
 * certificate (renewed only when it nears expiry). Concurrent first calls share one request.
 */
class ReusableFulcioSigner {
    key = new EphemeralKey();
    fulcio;
    certificate;
    /** How many certificates were requested (for tests and the summary). */
    certificatesIssued = 0;
    /** Every certificate Fulcio issued to this signer (PEM), so callers can read its identity. */
    certificates = [];
    constructor(services, identity) {
        this.fulcio = new sign_dist/* FulcioSigner */.$o({
            fulcioBaseURL: services.fulcioURL,
            identityProvider: identity,
            keyHolder: this.key,
            ...sigstoreFetchOptions(services),
        });
    }
    async currentCertificate() {
        if (this.certificate) {
            const current = await this.certificate.catch(() => undefined);
            if (current && current.notAfter - Date.now() > CERTIFICATE_MARGIN_MS)
                return current.pem;
        }
        this.certificate = (async () => {
            const signed = await this.fulcio.sign(Buffer.alloc(0));
            if (signed.key.$case !== 'x509Certificate')
                throw new SigningError('NO_CERTIFICATE', 'Fulcio returned no certificate');
            this.certificatesIssued += 1;
            const pem = signed.key.certificate;
            this.certificates.push(pem);
            return { pem, notAfter: new Date(new external_node_crypto_.X509Certificate(pem).validTo).getTime() };
        })();
        return (await this.certificate).pem;
    }
    async sign(data) {
        const certificate = await this.currentCertificate();
        const { signature } = await this.key.sign(data);
        return { signature, key: { $case: 'x509Certificate', certificate } };
    }
    /** Like {@link sign}, over the SHA-256 digest of the data instead of the data. */
    async signDigest(sha256) {
        const certificate = await this.currentCertificate();
        return { signature: this.key.signDigest(sha256), certificate };
    }
}
/** The Rekor (and optional TSA) witnesses for a set of services. */
function witnesses(services) {
    const out = [
        new sign_dist/* RekorWitness */.fU({
            rekorBaseURL: services.rekorURL,
            entryType: 'dsse',
            fetchOnConflict: true,
            ...sigstoreFetchOptions(services),
        }),
    ];
    if (services.tsaURL) {
        out.push(new sign_dist/* TSAWitness */.gs({
            tsaBaseURL: services.tsaURL,
            ...sigstoreFetchOptions(services),
        }));
    }
    return out;
}
/**
 * sigstore-js writes message-signature bundles as v0.2 (a one-certificate "chain"); the same
 * data in the current v0.3 envelope carries the leaf certificate alone. Only the envelope
 * changes: every signed byte stays the same.
 */
function toBundleV03(bundle) {
    const material = bundle.verificationMaterial;
    if (bundle.mediaType === bundle_dist.BUNDLE_V03_MEDIA_TYPE)
        return bundle;
    const chain = material.x509CertificateChain?.certificates ?? [];
    if (bundle.mediaType !== bundle_dist.BUNDLE_V02_MEDIA_TYPE || chain.length === 0) {
        throw new SigningError('UNSUPPORTED_BUNDLE', `cannot re-encode a ${(0,errors/* quote */.hD)(bundle.mediaType)} bundle as v0.3`);
    }
    const { x509CertificateChain: _chain, ...rest } = material;
    return {
        ...bundle,
        mediaType: bundle_dist.BUNDLE_V03_MEDIA_TYPE,
        verificationMaterial: { ...rest, certificate: chain[0] },
    };
}
/** Signs many artifacts with one identity, one key and (while valid) one certificate. */
class SigningSession {
    signer;
    witnesses;
    dsse;
    constructor(services, identity) {
        this.signer = new ReusableFulcioSigner(services, identity);
        this.witnesses = witnesses(services);
        this.dsse = new sign_dist/* DSSEBundleBuilder */.VV({ signer: this.signer, witnesses: this.witnesses });
    }
    /**
     * A message-signature bundle for an artifact known by its SHA-256 digest. sigstore-js's
     * MessageSignatureBundleBuilder takes the artifact's bytes, but everything after the
     * signature needs only the digest: the bundle holds `messageDigest` and the signature, the
     * Rekor hashedrekord entry carries the digest, signature and certificate, and the TSA
     * timestamps the signature. So the same steps run here from the digest: sign it, assemble
     * the bundle with @sigstore/bundle's builder, and ask the same witnesses (all at once, their
     * entries merged) as the library's builder does.
     */
    async signDigest(sha256) {
        const { signature, certificate } = await this.signer.signDigest(sha256);
        const bundle = (0,bundle_dist.toMessageSignatureBundle)({
            digest: sha256,
            signature,
            certificate: new external_node_crypto_.X509Certificate(certificate).raw,
            // The leaf certificate alone: a v0.3 bundle (see toBundleV03).
            certificateChain: false,
        });
        const material = await Promise.all(this.witnesses.map((w) => w.testify(bundle.content, certificate)));
        bundle.verificationMaterial.tlogEntries = material.flatMap((m) => m.tlogEntries ?? []);
        bundle.verificationMaterial.timestampVerificationData = {
            rfc3161Timestamps: material.flatMap((m) => m.rfc3161Timestamps ?? []),
        };
        return (0,bundle_dist.bundleToJSON)(bundle);
    }
    /**
     * A message-signature bundle for a file, hashed streaming (one small reused buffer): memory does not
     * follow the file's size. Returns the digest it signed, so the caller can report it.
     */
    async signFile(file) {
        const { sha256, size } = await hashFile(file, ['sha256']);
        return { bundle: await this.signDigest(Buffer.from(sha256, 'hex')), sha256, size };
    }
    /** A message-signature bundle over bytes already in memory. */
    async signMessage(data) {
        return this.signDigest(external_node_crypto_.createHash('sha256').update(data).digest());
    }
    /** A DSSE bundle over a payload (an in-toto statement) of the given type. */
    async signDsse(payload, payloadType) {
        return toBundleV03((0,bundle_dist.bundleToJSON)(await this.dsse.create({ data: payload, type: payloadType })));
    }
}
/** Reads the services a sigstore signing_config.json names, through sigstore-js's own selection. */
function builderFromSigningConfig(configText, identity, bundleType = 'messageSignature') {
    const json = JSON.parse(configText);
    if (json.mediaType !== 'application/vnd.dev.sigstore.signingconfig.v0.2+json') {
        throw new SigningError('UNKNOWN_SIGNING_CONFIG', `unknown signing config media type ${quote(json.mediaType)}; expected "application/vnd.dev.sigstore.signingconfig.v0.2+json"`);
    }
    return bundleBuilderFromSigningConfig({
        signingConfig: SigningConfig.fromJSON(json),
        identityProvider: identity,
        bundleType,
        fetchOptions: sigstoreFetchOptions(),
    });
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
 * `key` is the public key for bundles signed with a key (conformance `--key`).
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
            throw new TrustRootError(`cannot load the public-good Sigstore trusted root through TUF (${(0,errors/* messageOf */.bD)(error)}); ` +
                'check network access to the TUF repository, or pass a trusted_root.json for a private instance.', { cause: error });
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

;// CONCATENATED MODULE: ./.build/core/sigstore/verify-files.js





/** How an identity policy reads in a summary: the exact SAN, or the whole-value pattern. */
function describePolicy(policy) {
    const who = policy.identity !== undefined
        ? `exactly ${policy.identity}`
        : `matching the whole pattern /${wholeMatch(policy.identityRegExp).source}/`;
    return `${who} (issuer exactly ${policy.issuer})`;
}
/**
 * Verifies `<file><suffix>` for every file against one identity policy. Every file gets a
 * result, so a failure report lists all of them. This is the verifier `sigstore-verify` runs
 * and `undraft` reuses.
 */
async function verifyFiles(files, suffix, trust, policy, concurrency = 4, options = {}) {
    return mapBounded(files, concurrency, async (file) => {
        const bundle = file.path + suffix;
        if (!fs.existsSync(bundle)) {
            return { file: file.display, bundle: bundle, ok: false, detail: `no bundle ${file.display}${suffix}` };
        }
        try {
            const result = await verifyBundleFile(bundle, { file: file.path }, trust, policy, options);
            return {
                file: file.display,
                bundle,
                ok: true,
                detail: `signed by ${result.identity} (issuer ${result.issuer}), sha256:${result.sha256}, ${result.content}, ${result.mediaType}`,
                result,
            };
        }
        catch (error) {
            return { file: file.display, bundle, ok: false, detail: messageOf(error) };
        }
    });
}
/** Summary rows for file verifications. */
function verificationRows(results, check = 'signature') {
    return results.map((r) => ({ check: `${check}: ${r.file}`, ok: r.ok, detail: r.detail }));
}

;// CONCATENATED MODULE: ./.build/core/sigstore/index.js
/** Sigstore signing and verification shared by sigstore-sign, sigstore-verify, undraft and the CLI. */










;// CONCATENATED MODULE: ./.build/actions/attest-provenance/main.js










/**
 * Wires the clients (the OIDC token source, one signing session, the trusted root, the GitHub
 * client) and runs core/provenance's sequence, ending through runChecks.
 */
async function main_run(inputs, env = process.env) {
    await runChecks('attest-provenance', [
        async (report) => {
            (0,secrets/* registerSecret */.cl)(inputs.identityToken);
            const server = serverUrl();
            // A trusted root given as an input is read before anything is requested or signed.
            let trust;
            const getTrust = () => (trust ??= loadTrust(inputs.trustedRoot).catch((error) => {
                throw (inputs.trustedRoot === undefined && tufFailure(error)) || error;
            }));
            if (inputs.trustedRoot !== undefined) {
                try {
                    await getTrust();
                }
                catch (error) {
                    throw new errors/* ConfigurationError */.j1(`Input 'trusted-root': ${(0,errors/* messageOf */.bD)(error)}`, { cause: error });
                }
            }
            // The token source is checked lazily by the provider: no `id-token: write` is the known
            // failure with its fix, raised when the token is first needed (after the files are found).
            let provider;
            const identity = {
                getToken: () => {
                    provider ??= inputs.identityToken
                        ? staticIdentityProvider(inputs.identityToken)
                        : runnerIdentityProvider(inputs.oidcAudience, env, { onToken: secrets/* registerSecret */.cl });
                    return provider.getToken();
                },
            };
            const session = new SigningSession({ fulcioURL: inputs.fulcioURL, rekorURL: inputs.rekorURL, tsaURL: inputs.tsaURL }, identity);
            const github = inputs.attestationsApi ? createClient(inputs.token) : undefined;
            const result = await attestFiles({
                files: inputs.files,
                bundlePath: inputs.bundlePath,
                root: workspaceRoot(),
                serverUrl: server,
                env,
                storeIn: inputs.repository && `${inputs.repository.owner}/${inputs.repository.repo}`,
            }, {
                identity,
                signDsse: (payload, type) => session.signDsse(payload, type),
                trust: getTrust,
                store: github
                    ? (bundle) => storeAttestation(github, inputs.repository, bundle, server)
                    : undefined,
                warn: warning,
            }, report);
            return {
                outputs: {
                    'bundle-path': result.bundlePath,
                    'attestation-ids': result.attestations.map((a) => a.id).join('\n'),
                    'attestation-urls': result.attestations.map((a) => a.url).join('\n'),
                    subjects: JSON.stringify(result.subjects),
                },
                hardFailures: 0,
                summary: [
                    `${result.subjects.length} subject(s), one statement, ${session.signer.certificatesIssued} Fulcio certificate(s); ` +
                        `builder \`${result.identity}\`.`,
                ],
            };
        },
    ], { onReject: 'fail', verdictOutputs: false });
}


/***/ })

};
