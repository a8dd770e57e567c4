export const id = 527;
export const ids = [527];
export const modules = {

/***/ 88527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ./.build/core/action/workflow-commands.js + 17 modules
var workflow_commands = __webpack_require__(22019);
// EXTERNAL MODULE: ./.build/core/action/secrets.js + 1 modules
var secrets = __webpack_require__(44118);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/action/outputs.js
var action_outputs = __webpack_require__(67457);
// EXTERNAL MODULE: ./.build/core/action/report.js
var action_report = __webpack_require__(16081);
// EXTERNAL MODULE: ./.build/core/action/run.js
var run = __webpack_require__(28090);
// EXTERNAL MODULE: ./.build/core/action/run-state.js
var run_state = __webpack_require__(82402);
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

;// CONCATENATED MODULE: ./.build/core/env.js
/**
 * A whole number of milliseconds or seconds from a `SEALED_RELEASE_*` variable, by which the
 * loopback tests and the rehearsal shorten waits. Anything but plain digits (unset, empty,
 * negative, a fraction, a unit) is ignored and the caller keeps its default: these variables
 * only ever shorten a wait under test, so a typo must not change what a real run does.
 */
function env_envNumber(name, env = process.env) {
    const raw = env[name];
    return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(11758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
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
class known_failures_KnownFailure extends errors/* BaseError */.Cf {
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
    return new known_failures_KnownFailure(code, `${what}: GitHub answered 403 "${NOT_ACCESSIBLE}": ${KNOWN_FAILURES[code].means}${accepted}.`, { cause });
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
    return new known_failures_KnownFailure('REGISTRY_AUTH', `${what}: the registry answered ${status}: ` +
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
function known_failures_tufFailure(error) {
    const network = networkFailure(error);
    const status = causeChain(error)
        .map((link) => link ?? {})
        .map((link) => link.statusCode ?? link.status)
        .find((s) => typeof s === 'number');
    if (network === undefined && !(status !== undefined && status >= 500))
        return undefined;
    const why = network ? unreachableMessage(network.host, network.reason) : `HTTP ${status}`;
    return new known_failures_KnownFailure('TUF_UNREACHABLE', `cannot load the public-good Sigstore trusted root: its TUF repository could not be reached (${why})`, { cause: error });
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
class GitHubRequestError extends errors/* BaseError */.Cf {
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
        return new GitHubRequestError('NOT_PERMITTED', `${what}: GitHub answered ${status}. The token may lack the '${permission}' permission ` +
            `(add 'permissions: ${permission}' to the job), or the resource does not exist.`, error);
    }
    return new GitHubRequestError('REQUEST_FAILED', `${what}: ${(0,errors/* messageOf */.bD)(error)}`, error);
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
    const backoffMs = options.backoffMs ?? env_envNumber('SEALED_RELEASE_RETRY_MS') ?? retry_RETRY_POLICY.backoffMs;
    const unitMs = options.retryAfterUnitMs ?? 1000;
    const maxWaitMs = options.maxWaitMs ?? 5 * 60_000;
    const sleep = options.sleep ?? promises_.setTimeout;
    // SEALED_RELEASE_REQUEST_TIMEOUT_MS shortens the timeout for the loopback reliability matrix
    // (its `slow` fault); 0 is ignored, so a stray value can never turn the timeout off.
    const requestTimeoutMs = options.requestTimeoutMs || env_envNumber('SEALED_RELEASE_REQUEST_TIMEOUT_MS') || 120_000;
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

// EXTERNAL MODULE: ./.build/core/undraft/outputs.js
var outputs = __webpack_require__(27827);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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
        throw errors_explainHttpError(error, what, 'contents: read');
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const out = dest === undefined ? undefined : external_node_fs_.createWriteStream(dest, { flags: 'wx' });
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
        throw new GitHubRequestError('INCOMPLETE_DOWNLOAD', `${what} broke off after ${received} bytes: ${(0,errors/* messageOf */.bD)(error)}`, error);
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
    throw new GitHubRequestError('UNEXPECTED_ANSWER', `asset ${(0,errors/* quote */.hD)(asset.name)} reports a digest GitHub does not document (${(0,errors/* quote */.hD)(asset.digest)})`);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
            throw new GitHubRequestError('UNEXPECTED_ANSWER', `GitHub resolved tag ${tag} to ${(0,errors/* quote */.hD)(data.sha)}, which is not a commit SHA.`);
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
    throw new GitHubRequestError('UNEXPECTED_ANSWER', `Tag ${tag} exists (its ref names ${(0,errors/* quote */.hD)(object.type)} ${(0,errors/* quote */.hD)(object.sha)}) but GitHub resolves it to no commit.`);
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
var node_modules_semver = __webpack_require__(62088);
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
        if (errors_statusOf(error) === 404)
            return undefined;
        throw errors_explainHttpError(error, what, 'contents: write');
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
function paths_resolveInWorkspace(input, given, options = {}) {
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
    const rel = path.relative(root, absolute);
    return isInside(root, absolute) ? rel.split(path.sep).join('/') : absolute;
}

// EXTERNAL MODULE: ./.build/core/quote.js
var core_quote = __webpack_require__(65688);
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
        for (const hit of fs.globSync(pattern.slice(1), { cwd: root }))
            excluded.add(path.resolve(root, hit));
    }
    const found = new Set();
    const problems = [];
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        try {
            const hits = matchPattern(input, pattern, excluded, root);
            if (hits.length === 0) {
                problems.push(new ConfigurationError(`Input '${input}': pattern '${pattern}' matches no file.`, {
                    code: 'NO_MATCHING_FILE',
                }));
            }
            for (const hit of hits)
                found.add(hit);
        }
        catch (error) {
            problems.push(error instanceof ConfigurationError
                ? error
                : new ConfigurationError(messageOf(error), { cause: error }));
        }
    }
    return { files: [...found].sort(), problems };
}
/** Regular files inside `root` that `pattern` matches, less the excluded ones (absolute paths). */
function matchPattern(input, pattern, excluded, root) {
    if (path.isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
        resolveInWorkspace(input, pattern.replace(/[*?[{].*$/, '') || '.', { root, mustExist: false });
    }
    const out = [];
    for (const hit of fs.globSync(pattern, { cwd: root })) {
        const absolute = path.resolve(root, hit);
        if (excluded.has(absolute))
            continue;
        const real = resolveInWorkspace(input, absolute, { root });
        if (fs.statSync(real).isFile())
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

;// CONCATENATED MODULE: ./.build/core/undraft/assets.js
/*
 * What undraft knows about asset names: SHA256SUMS parsing (glob matching for `expected-assets`
 * is core/glob.ts's). Which assets are evidence is decided by their content, in evidence.ts, never here.
 */


/**
 * Parses SHA256SUMS text (`sha256sum` output: `<64 hex><space><space or *><name>`). A line
 * that is not of that form is an error naming the line, not a line to skip: a checksum file
 * that cannot be read whole cannot vouch for anything. A name written with a directory
 * (`dist/app.tgz`) stands for the asset with that base name, because release assets have no
 * directories; two lines for one base name are an error.
 */
function parseSha256Sums(text, label) {
    const lines = [];
    const seen = new Map();
    text.split(/\r?\n/).forEach((raw, index) => {
        if (raw.trim() === '')
            return;
        const match = /^\\?([0-9a-fA-F]{64}) [ *](.+)$/.exec(raw);
        if (!match) {
            throw new errors/* ConfigurationError */.j1(`Input 'sha256sums': ${label} line ${index + 1} is not '<64 hex digits>  <file name>': ${(0,core_quote/* quote */.h)(raw)}.`);
        }
        const name = match[2].replace(/^\.\//, '').split('/').pop();
        const earlier = seen.get(name);
        if (earlier !== undefined) {
            throw new errors/* ConfigurationError */.j1(`Input 'sha256sums': ${label} names ${(0,core_quote/* quote */.h)(name)} twice (lines ${earlier} and ${index + 1}).`);
        }
        seen.set(name, index + 1);
        lines.push({ sha256: match[1].toLowerCase(), name, line: index + 1 });
    });
    if (lines.length === 0)
        throw new errors/* ConfigurationError */.j1(`Input 'sha256sums': ${label} has no checksum line.`);
    return lines;
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
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

;// CONCATENATED MODULE: ./.build/core/sigstore/pool.js
/**
 * Runs `task` over `items` with at most `limit` in flight; results keep the items' order.
 * Every item runs even when some fail (a failure is a result, so all failures get reported).
 */
async function pool_mapBounded(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./.build/core/undraft/errors.js

/** An asset whose bytes or digest cannot be known; the check that needed them fails. */
class UndraftError extends errors/* BaseError */.Cf {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'UndraftError';
    }
}

;// CONCATENATED MODULE: ./.build/core/undraft/download.js


/**
 * Downloads a release asset to `dest`, streaming and hashing as the bytes arrive (never held
 * whole in memory), and returns its sha256. A download that is shorter or longer than the size
 * GitHub lists is an error: those bytes are not the asset, whatever they hash to.
 */
async function downloadAssetTo(client, repo, asset, dest) {
    const what = `Downloading asset '${asset.name}'`;
    const { sha256, received } = await streamAsset(client, repo, asset.id, what, dest);
    if (received !== asset.size) {
        throw new UndraftError('SHORT_DOWNLOAD', `${what} gave ${received} bytes, but GitHub lists it with ${asset.size}`);
    }
    return sha256;
}

;// CONCATENATED MODULE: ./.build/core/undraft/evidence.js
/*
 * Which release assets are evidence about other assets, decided by what each file is, never by
 * its name alone. A name only says which assets are worth reading: `sbom-tool-linux-x64`,
 * `b2sum` or `go-checksum` are payloads like any binary, which must be signed and summed.
 *
 * Evidence is exactly:
 * - a Sigstore bundle `<name><bundle-suffix>` whose content names the sha256 of the asset
 *   `<name>` of the same release (a message signature's digest, or a subject of the DSSE
 *   in-toto statement);
 * - a provenance bundle: a Sigstore bundle named `<anything><bundle-suffix>` where no asset
 *   `<anything>` is on the release (attest-provenance's `bundle-path`, uploaded by stage-release
 *   as e.g. `<project>-<version>.intoto.sigstore.json`), whose DSSE in-toto statement names at
 *   least one other asset of the release by its name and sha256 (attest-provenance names a file
 *   subject by its basename, as actions/attest does: the contract's "attest-provenance");
 * - an SBOM document that sbom-attach accepts with its default inputs (CycloneDX or SPDX JSON,
 *   valid against its official schema, at least one component besides its own subject);
 * - the `sha256sums` file given to undraft, byte for byte (its asset has the local file's sha256).
 *
 * What is read, and why no more: a bundle names its subject by digest, and GitHub reports each
 * asset's sha256, so only the bundle (a few kilobytes) is downloaded, never the artifact it
 * signs (an asset without a reported digest is hashed once, as the sha256sums check would).
 * The signature is not verified here: classifying only decides which files are statements
 * about others; `verify-signatures` checks who signed them. An SBOM is read only when it can be
 * JSON (its name ends in `.json` or GitHub lists a JSON content type: sbom-attach uploads
 * `application/vnd.cyclonedx+json` or `application/spdx+json`, `gh release upload` and the web
 * UI take the type from the extension) and within sbom-attach's size bound. A JSON SBOM
 * uploaded under another name and type is then a payload: it must be signed, which refuses
 * rather than lets anything through.
 */









/**
 * The largest asset read as a possible bundle: 4 MiB. A message-signature bundle is a few
 * kilobytes and a DSSE bundle with an SLSA provenance of many subjects stays far below this;
 * a larger file is not a bundle, and is not downloaded to find that out.
 */
const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;
/** The name of the asset a bundle-named asset would sign, or undefined. */
function bundleSubjectName(name, suffix) {
    return name.endsWith(suffix) && name.length > suffix.length ? name.slice(0, -suffix.length) : undefined;
}
/** Whether an asset may be a JSON document worth reading as an SBOM (its name or content type). */
function mayBeJson(asset) {
    return /\.json$/i.test(asset.name) || /json/i.test(asset.content_type ?? '');
}
/**
 * The sha256 digests a Sigstore bundle names as its subject: a message signature's digest, or
 * the sha256 of each subject of its DSSE in-toto statement. Throws BundleFormatError when the
 * text is no bundle, or a bundle that names no sha256 subject.
 */
function bundleSubjects(text) {
    const bundle = bundle_parseBundle(text);
    if (bundle.content.$case === 'messageSignature') {
        // protobuf-specs: the message digest "can be used to identify the artifact", which is all
        // this does; verifying the signature is verify-signatures' work.
        const digest = bundle.content.messageSignature.messageDigest;
        if (!digest || digest.algorithm !== dist.HashAlgorithm.SHA2_256 || digest.digest.length !== 32) {
            throw new BundleFormatError('the message signature names no sha256 digest');
        }
        return [digest.digest.toString('hex')];
    }
    const statement = dsseStatement(bundle.content.dsseEnvelope);
    const digests = statement.subjects
        .map((s) => s.digest.sha256)
        .filter((d) => typeof d === 'string' && /^[0-9a-fA-F]{64}$/.test(d))
        .map((d) => d.toLowerCase());
    if (digests.length === 0)
        throw new BundleFormatError('the in-toto statement has no sha256 subject');
    return digests;
}
/** The in-toto statement of a DSSE envelope; one that is not a statement is a malformed bundle. */
function dsseStatement(envelope) {
    try {
        return parseStatement(envelope.payloadType, envelope.payload);
    }
    catch (error) {
        if (error instanceof InTotoError)
            throw new BundleFormatError(error.message);
        throw error;
    }
}
/**
 * The subjects (name, sha256) of a bundle's DSSE in-toto statement, or undefined when the text
 * is a bundle of another kind. Throws BundleFormatError when the text is no bundle. Unverified:
 * it only decides what an asset is (see the file comment).
 */
function bundleNamedSubjects(text) {
    const bundle = bundle_parseBundle(text);
    if (bundle.content.$case !== 'dsseEnvelope')
        return undefined;
    const statement = dsseStatement(bundle.content.dsseEnvelope);
    return statement.subjects.flatMap((s) => typeof s.name === 'string' && typeof s.digest.sha256 === 'string'
        ? [{ name: s.name, sha256: s.digest.sha256 }]
        : []);
}
/** Where classifying left an asset it downloaded, in `dir` (verify-signatures reads it there). */
function downloadedPath(dir, asset) {
    return external_node_path_.join(dir, `${asset.id}.evidence`);
}
/** Downloads an asset into `ctx.dir` and returns its text. */
async function readText(ctx, asset) {
    const file = downloadedPath(ctx.dir, asset);
    const sha256 = await downloadAssetTo(ctx.client, ctx.repo, asset, file);
    ctx.digests.learn(asset, sha256);
    return external_node_fs_.readFileSync(file, 'utf8');
}
/** How many assets are read at once: a few downloads overlap, without a burst at GitHub. */
const READ_CONCURRENCY = 4;
/**
 * A bundle-named asset whose `<name>` is not on the release: a provenance bundle when its
 * statement names another asset of the release by name and sha256 (compared whole), else a payload.
 */
async function provenanceOrPayload(ctx, asset, subjectName, byName) {
    const notHere = `a bundle of '${subjectName}', which is not on the release`;
    if (asset.size > MAX_BUNDLE_BYTES)
        return { is: 'payload', because: notHere };
    let named;
    try {
        named = bundleNamedSubjects(await readText(ctx, asset));
    }
    catch (error) {
        if (error instanceof BundleFormatError)
            return { is: 'payload', because: `${notHere}, and not a Sigstore bundle: ${(0,core_quote/* quote */.h)(error.message)}` };
        return { is: 'unreadable', reason: (0,errors/* messageOf */.bD)(error) };
    }
    const subjects = [];
    try {
        for (const { name, sha256 } of named ?? []) {
            const other = byName.get(name);
            if (!other || other.id === asset.id || subjects.includes(name))
                continue;
            if ((await ctx.digests.of(other)).sha256 === sha256)
                subjects.push(name);
        }
    }
    catch (error) {
        return { is: 'unreadable', reason: (0,errors/* messageOf */.bD)(error) };
    }
    if (subjects.length > 0)
        return { is: 'evidence', evidence: { kind: 'provenance', subjects } };
    return {
        is: 'payload',
        because: named === undefined
            ? notHere
            : `${notHere}, and its statement names no asset of the release by name and sha256`,
    };
}
/** Reads one asset as far as needed to say what it is (see the file comment). */
async function classifyOne(ctx, asset, byName, options) {
    const subjectName = bundleSubjectName(asset.name, options.bundleSuffix);
    if (subjectName !== undefined) {
        const subject = byName.get(subjectName);
        if (!subject)
            return provenanceOrPayload(ctx, asset, subjectName, byName);
        if (asset.size > MAX_BUNDLE_BYTES)
            return { is: 'payload', because: `${asset.size} bytes, larger than any Sigstore bundle` };
        try {
            const named = bundleSubjects(await readText(ctx, asset));
            const { sha256 } = await ctx.digests.of(subject);
            if (named.includes(sha256))
                return { is: 'evidence', evidence: { kind: 'bundle', subject: subjectName } };
            const more = named.length > 1 ? ` (and ${named.length - 1} more)` : '';
            return {
                is: 'payload',
                because: `a bundle of sha256:${named[0]}${more}, not of '${subjectName}' (sha256:${sha256})`,
            };
        }
        catch (error) {
            if (error instanceof BundleFormatError)
                return { is: 'payload', because: `not a Sigstore bundle: ${(0,core_quote/* quote */.h)(error.message)}` };
            return { is: 'unreadable', reason: (0,errors/* messageOf */.bD)(error) };
        }
    }
    if (options.sums && asset.name === options.sums.name) {
        try {
            const { sha256 } = await ctx.digests.of(asset);
            if (sha256 === options.sums.sha256)
                return { is: 'evidence', evidence: { kind: 'sums' } };
            return {
                is: 'payload',
                because: `not the sha256sums file given: sha256:${sha256}, the file has sha256:${options.sums.sha256}`,
            };
        }
        catch (error) {
            return { is: 'unreadable', reason: (0,errors/* messageOf */.bD)(error) };
        }
    }
    if (options.sbom && mayBeJson(asset)) {
        if (asset.size > options.sbom.maxBytes)
            return { is: 'payload', because: `${asset.size} bytes, over sbom-attach's bound for an SBOM` };
        let text;
        try {
            text = await readText(ctx, asset);
        }
        catch (error) {
            return { is: 'unreadable', reason: (0,errors/* messageOf */.bD)(error) };
        }
        try {
            return { is: 'evidence', evidence: { kind: 'sbom', ...options.sbom.judge(text) } };
        }
        catch (error) {
            return { is: 'payload', because: `not an SBOM sbom-attach accepts: ${(0,core_quote/* quote */.h)((0,errors/* messageOf */.bD)(error))}` };
        }
    }
    return { is: 'payload' };
}
/**
 * Classifies every uploaded asset (see the file comment), a few at a time. A file that is not
 * what its name suggests is a payload, with the reason kept for the rows; a file that cannot be
 * read is listed as unreadable, and the caller fails the run rather than guess.
 */
async function classifyAssets(ctx, uploaded, options) {
    const byName = new Map(uploaded.map((a) => [a.name, a]));
    const verdicts = await pool_mapBounded(uploaded, READ_CONCURRENCY, (asset) => classifyOne(ctx, asset, byName, options));
    const result = { evidence: new Map(), payloadBecause: new Map(), unreadable: [] };
    verdicts.forEach((verdict, index) => {
        const { name } = uploaded[index];
        if (verdict.is === 'evidence')
            result.evidence.set(name, verdict.evidence);
        else if (verdict.is === 'unreadable')
            result.unreadable.push({ name, reason: verdict.reason });
        else if (verdict.because !== undefined)
            result.payloadBecause.set(name, verdict.because);
    });
    return result;
}

;// CONCATENATED MODULE: ./.build/core/undraft/latest.js
/*
 * Which release is "latest", decided from SemVer and never from dates. GitHub's own default
 * (`make_latest: true` for any stable release) makes a v1.4.9 back-port published after v2.0.0
 * the latest, pointing every "download latest" link at the old line; peers pass the flag
 * through blindly. undraft compares the tags' versions against every published release.
 */



/** A tag split into its prefix (`v`, `pkg@`, `nginx/`) and its SemVer version, or undefined. */
function splitTag(tag) {
    // The shortest prefix after which the rest is a whole SemVer version.
    for (let i = 0; i < tag.length; i++) {
        if (!/[0-9]/.test(tag[i]))
            continue;
        if (i > 0 && /[0-9]/.test(tag[i - 1]))
            continue;
        const parsed = node_modules_semver.parse(tag.slice(i));
        if (parsed && parsed.raw === tag.slice(i))
            return { prefix: tag.slice(0, i), version: parsed };
    }
    return undefined;
}
/** Whether a tag names a prerelease by SemVer; a tag that is not SemVer is a configuration error. */
function isPrereleaseTag(tag) {
    const split = splitTag(tag);
    if (!split) {
        throw new errors/* ConfigurationError */.j1(`Tag '${tag}' is not a SemVer version (with an optional prefix such as v), so 'prerelease: auto' and ` +
            "'make-latest: auto' cannot decide: set both inputs to true or false.");
    }
    return split.version.prerelease.length > 0;
}
/** Every release of the repository, drafts included, paginated to the end (a partial list fails). */
async function listAllReleases(client, repo) {
    try {
        return await paginateAll(client, 'GET /repos/{owner}/{repo}/releases', { ...repo }, {
            what: `releases of ${repo.owner}/${repo.repo}`,
        });
    }
    catch (error) {
        throw errors_explainHttpError(error, `Listing the releases of ${repo.owner}/${repo.repo}`, 'contents: write');
    }
}
/**
 * `make-latest: auto`: latest only when this release is stable and its version is at least the
 * highest stable version among the repository's published releases with the same tag prefix
 * (a monorepo's `tokio-` and `nginx/` lines do not compete). A release counts as stable when
 * GitHub does not flag it as a prerelease and its version has no prerelease part; releases
 * whose tags are not SemVer are left out, and said so.
 */
function decideLatest(tag, prerelease, published) {
    const own = splitTag(tag);
    if (!own) {
        throw new errors/* ConfigurationError */.j1(`Tag '${tag}' is not SemVer, so 'make-latest: auto' cannot compare it: set make-latest to true or false.`);
    }
    if (prerelease || own.version.prerelease.length > 0) {
        return { latest: false, reason: `${tag} is a prerelease: never latest` };
    }
    let highest;
    const ignored = [];
    for (const release of published) {
        if (release.draft || release.tag_name === tag)
            continue;
        const split = splitTag(release.tag_name);
        if (!split || split.prefix !== own.prefix) {
            ignored.push(release.tag_name);
            continue;
        }
        if (release.prerelease || split.version.prerelease.length > 0)
            continue;
        if (!highest || node_modules_semver.compare(split.version, highest.version) > 0) {
            highest = { tag: release.tag_name, version: split.version };
        }
    }
    const note = ignored.length > 0 ? ` (not compared: ${ignored.length} release(s) of other tag forms)` : '';
    if (!highest)
        return { latest: true, reason: `no other stable ${own.prefix}X.Y.Z release${note}` };
    // Build metadata does not order versions (SemVer §10): equal precedence counts as not lower.
    if (node_modules_semver.compare(own.version, highest.version) >= 0) {
        return { latest: true, reason: `${tag} ≥ highest published stable ${highest.tag}${note}` };
    }
    return {
        latest: false,
        reason: `${tag} < highest published stable ${highest.tag}: a back-port is not latest${note}`,
    };
}

;// CONCATENATED MODULE: ./.build/core/release/notes.js
/*
 * Release notes: the file a release body comes from. stage-release sets it on the draft it
 * creates; undraft sets it when it publishes. Both read it through `readJobText`.
 */




/** GitHub's limit on a release body, in characters. */
const MAX_BODY_CHARS = 125_000;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * A file the job itself wrote: inside the workspace, or inside RUNNER_TEMP, where
 * tag-semver-guard writes its `release-notes-path` (anything else is refused, and symbolic
 * links out of those directories too).
 */
function jobFile(input, given) {
    const runnerTemp = process.env.RUNNER_TEMP;
    let file;
    if (runnerTemp && external_node_path_.isAbsolute(given) && external_node_fs_.existsSync(runnerTemp)) {
        const tempRoot = external_node_fs_.realpathSync(runnerTemp);
        const rel = external_node_path_.relative(tempRoot, external_node_path_.resolve(given));
        const outside = rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || external_node_path_.isAbsolute(rel);
        if (rel !== '' && !outside)
            file = paths_resolveInWorkspace(input, given, { root: tempRoot });
    }
    file ??= paths_resolveInWorkspace(input, given);
    if (!external_node_fs_.statSync(file).isFile())
        throw new errors/* ConfigurationError */.j1(`Input '${input}': '${given}' is not a file.`);
    return file;
}
/**
 * The text of a job file, which must be UTF-8: a release body is text, and bytes that are not
 * UTF-8 would reach GitHub as replacement characters, notes nobody wrote.
 */
function readJobText(input, given) {
    const bytes = external_node_fs_.readFileSync(jobFile(input, given));
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': '${given}' is not UTF-8 text; a release body must be.`);
    }
}
/** The body from `notes-path` for a new draft, or undefined when the input is not set. */
function readNotes(notesPath) {
    if (notesPath === undefined)
        return undefined;
    const body = readJobText('notes-path', notesPath);
    if (body.length > MAX_BODY_CHARS) {
        throw new ConfigurationError(`Input 'notes-path': '${notesPath}' has ${body.length} characters; GitHub allows ${MAX_BODY_CHARS} in a release body.`);
    }
    return body;
}

;// CONCATENATED MODULE: ./.build/core/undraft/notes.js


/**
 * The release body: the notes file, then `append-notes` after a blank line. Without a notes
 * file the appended text goes after the draft's current body. Undefined when neither is given
 * (the draft's body is then left as it is). Over GitHub's limit is a configuration error, found
 * before anything is requested.
 */
function composeBody(notesPath, append) {
    if (notesPath === undefined && append === undefined)
        return undefined;
    const notes = notesPath === undefined ? undefined : readJobText('notes-path', notesPath);
    const check = (body) => {
        if (body.length > MAX_BODY_CHARS) {
            throw new errors/* ConfigurationError */.j1(`The release body from 'notes-path' and 'append-notes' has ${body.length} characters; GitHub allows ${MAX_BODY_CHARS}.`);
        }
        return body;
    };
    const join = (head, tail) => tail === undefined ? head : head === '' ? tail : `${head.replace(/\n+$/, '')}\n\n${tail}`;
    if (notes !== undefined) {
        const body = check(join(notes, append));
        return () => body;
    }
    return (current) => check(join(current ?? '', append));
}

;// CONCATENATED MODULE: ./.build/core/undraft/text.js
/* How undraft's rows and messages show names and digests. */
/** `sha256:<hex>`, as the summary shows a digest. */
function sha256Label(sha256) {
    return `sha256:${sha256}`;
}
/** Names for a row: quoted, at most `max`, then how many more. */
function nameList(names, max = 12) {
    const shown = names.slice(0, max).map((n) => `'${n}'`);
    return names.length > max ? `${shown.join(', ')} and ${names.length - max} more` : shown.join(', ');
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
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
    return readCertificateIdentity(core_dist.X509Certificate.parse(typeof certificate === 'string' ? certificate : Buffer.from(certificate)));
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

;// CONCATENATED MODULE: ./.build/core/sigstore/oidc.js



/** The claims of a JWT, without verifying it (Fulcio verifies it; we only read our own token). */
function decodeJwtClaims(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        throw new ConfigurationError('The identity token is not a JWT (expected three dot-separated parts).');
    try {
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (typeof claims === 'object' && claims !== null && !Array.isArray(claims))
            return claims;
    }
    catch (error) {
        throw new ConfigurationError(`The identity token's claims cannot be read: ${messageOf(error)}`);
    }
    throw new ConfigurationError("The identity token's claims cannot be read: they are not a JSON object.");
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
class OidcError extends (/* unused pure expression or super */ null && (BaseError)) {
}
/** A token given as is (the `identity-token` input, the CLI's `--identity-token`). */
function staticIdentityProvider(token) {
    return { getToken: async () => token };
}
const PERMISSION_MESSAGE = (/* unused pure expression or super */ null && ('No OIDC identity token is available: the runner sets ACTIONS_ID_TOKEN_REQUEST_URL and ' +
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN only for a job granted `permissions: id-token: write`, and they are not set.'));
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
                lastError = messageWithCauses(error);
                continue;
            }
            // The runner's endpoint answers 401/403 to a job without `id-token: write` (the request
            // token it handed out does not carry the scope): the known failure, with its fix.
            if (refused?.status === 401 || refused?.status === 403) {
                throw new KnownFailure('ID_TOKEN_PERMISSION', `The runner's OIDC endpoint refused the token request (HTTP ${refused.status}: ${quote(refused.text.trim())}).`);
            }
            if (refused !== undefined) {
                throw new OidcError('OIDC_REFUSED', `The runner's OIDC endpoint refused the token request (HTTP ${refused.status}: ${quote(refused.text.trim())}).`);
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

// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
;// CONCATENATED MODULE: ./.build/core/sigstore/sign.js








/**
 * Signing could not produce a bundle:
 * - `NO_CERTIFICATE`: Fulcio answered without a certificate;
 * - `UNSUPPORTED_BUNDLE`: a bundle of a media type this code cannot re-encode as v0.3;
 * - `UNKNOWN_SIGNING_CONFIG`: a signing_config.json of another media type than v0.2.
 */
class SigningError extends (/* unused pure expression or super */ null && (BaseError)) {
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
    pair = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
    publicKeyPem = this.pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    async sign(data) {
        return {
            signature: crypto.sign('sha256', data, this.pair.privateKey),
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
            throw new InternalError(`a SHA-256 digest is 32 bytes, got ${digest.length}`);
        const jwk = this.pair.privateKey.export({ format: 'jwk' });
        const d = jwk.d === undefined ? undefined : Buffer.from(jwk.d, 'base64url');
        if (jwk.crv !== 'P-256' || d?.length !== 32)
            throw new InternalError('the ephemeral key is not a P-256 private key');
        const secret = Uint8Array.from(d);
        d.fill(0);
        try {
            // prehash: false: `digest` already is SHA-256(artifact). DER: what bundles and Rekor carry.
            // extraEntropy: RFC 6979 nonces hedged with fresh randomness (like OpenSSL's random k).
            // Low-S (the library's default) is a valid ECDSA signature for every verifier.
            return Buffer.from(p256.sign(Uint8Array.from(digest), secret, { prehash: false, format: 'der', extraEntropy: true }));
        }
        finally {
            secret.fill(0);
        }
    }
}
/** Renew a certificate with less than this left: a signature must land inside its window. */
const CERTIFICATE_MARGIN_MS = (/* unused pure expression or super */ null && (2 * 60_000));
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
        this.fulcio = new FulcioSigner({
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
            return { pem, notAfter: new Date(new crypto.X509Certificate(pem).validTo).getTime() };
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
        new RekorWitness({
            rekorBaseURL: services.rekorURL,
            entryType: 'dsse',
            fetchOnConflict: true,
            ...sigstoreFetchOptions(services),
        }),
    ];
    if (services.tsaURL) {
        out.push(new TSAWitness({
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
    if (bundle.mediaType === BUNDLE_V03_MEDIA_TYPE)
        return bundle;
    const chain = material.x509CertificateChain?.certificates ?? [];
    if (bundle.mediaType !== BUNDLE_V02_MEDIA_TYPE || chain.length === 0) {
        throw new SigningError('UNSUPPORTED_BUNDLE', `cannot re-encode a ${quote(bundle.mediaType)} bundle as v0.3`);
    }
    const { x509CertificateChain: _chain, ...rest } = material;
    return {
        ...bundle,
        mediaType: BUNDLE_V03_MEDIA_TYPE,
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
        this.dsse = new DSSEBundleBuilder({ signer: this.signer, witnesses: this.witnesses });
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
        const bundle = toMessageSignatureBundle({
            digest: sha256,
            signature,
            certificate: new crypto.X509Certificate(certificate).raw,
            // The leaf certificate alone: a v0.3 bundle (see toBundleV03).
            certificateChain: false,
        });
        const material = await Promise.all(this.witnesses.map((w) => w.testify(bundle.content, certificate)));
        bundle.verificationMaterial.tlogEntries = material.flatMap((m) => m.tlogEntries ?? []);
        bundle.verificationMaterial.timestampVerificationData = {
            rfc3161Timestamps: material.flatMap((m) => m.rfc3161Timestamps ?? []),
        };
        return bundleToJSON(bundle);
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
        return this.signDigest(crypto.createHash('sha256').update(data).digest());
    }
    /** A DSSE bundle over a payload (an in-toto statement) of the given type. */
    async signDsse(payload, payloadType) {
        return toBundleV03(bundleToJSON(await this.dsse.create({ data: payload, type: payloadType })));
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
var tuf_dist = __webpack_require__(84423);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./.build/core/sigstore/trust.js







class trust_TrustRootError extends errors/* BaseError */.Cf {
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
function trust_parseTrustedRoot(text, label) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new trust_TrustRootError(`${label} is not valid JSON: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new trust_TrustRootError(`${label} is not a trusted root (expected a JSON object).`);
    }
    const mediaType = json.mediaType;
    if (typeof mediaType !== 'string' ||
        !/^application\/vnd\.dev\.sigstore\.trustedroot(\+json;version=0\.1|\.v0\.2\+json)$/.test(mediaType)) {
        throw new trust_TrustRootError(`${label} has an unknown trusted root media type ${(0,core_quote/* quote */.h)(mediaType ?? '(none)')}.`);
    }
    try {
        return dist.TrustedRoot.fromJSON(json);
    }
    catch (error) {
        throw new trust_TrustRootError(`${label} is not a valid trusted root: ${(0,errors/* messageOf */.bD)(error)}`);
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
            throw new trust_TrustRootError(`cannot read trusted root ${trustedRootPath}: ${(0,errors/* messageOf */.bD)(error)}`);
        }
        root = trust_parseTrustedRoot(text, `trusted root ${trustedRootPath}`);
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
            throw new trust_TrustRootError(options.fix === undefined
                ? `cannot load the public-good Sigstore trusted root through TUF (${why}); check network access to the TUF repository, or pass a trusted_root.json for a private instance.`
                : `cannot load the public-good Sigstore trusted root through TUF (${why}); ${options.fix}`, { cause: error });
        }
        source = 'public-good Sigstore (TUF)';
    }
    return trust_trustOf(root, source, options.key);
}
/**
 * Trust material from a trusted root already in hand (e.g. one shipped with the code, such as
 * GitHub's for release attestations, parsed with {@link parseTrustedRoot}): sanitised as
 * {@link loadTrust} does. `key` is the public key for key-signed bundles.
 */
function trust_trustOf(root, source, key) {
    const { root: sane, dropped } = sanitizeTrustedRoot(root);
    const material = (0,verify_dist/* toTrustMaterial */.jO)(sane, key
        ? () => ({ publicKey: key, validFor: () => true })
        : (hint) => {
            throw new trust_TrustRootError(`bundle is signed with key '${hint}', but no public key was given`);
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
            throw new ConfigurationError(`Input 'trusted-root': ${messageOf(error)}`, { cause: error });
        throw tufFailure(error) || error;
    }
}

// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var tuf_seeds = __webpack_require__(8032);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/package.json
var tuf_package = __webpack_require__(69446);
;// CONCATENATED MODULE: ./.build/core/sigstore/embedded-root.js
/*
 * The public-good Sigstore trusted root embedded in the code, for verification without network
 * (the CLI's `--offline`).
 *
 * Where it comes from: `@sigstore/tuf` ships `seeds.json`, the TUF seed it starts every client
 * from. Under the key of the public-good TUF repository, `targets["trusted_root.json"]` is the
 * base64 of the production trusted_root.json at the time that package was released (Rekor v1 and
 * v2 logs, the Fulcio CAs, the CT logs and the timestamp authority: TOOLCHAIN.md). It is read
 * from the package itself, which the bundler includes, so there is no copied file that could
 * drift from the dependency: updating `@sigstore/tuf` updates the embedded root, and nothing
 * else does. It is therefore frozen per release of sealed-release: keys Sigstore adds after that
 * release are unknown to `--offline` (TUF, online, knows them).
 *
 * GitHub's own Sigstore instance (private repositories' attestations, release attestations) is
 * not embedded: its trusted root is published only through its TUF repository
 * (tuf-repo.github.com), whose initial TUF root is pinned in core/attestation, and no package or
 * repository we can build from ships its `trusted_root.json` from an authoritative source. Its
 * keys rotate about twice a year, so a frozen copy would also go stale fast. A bundle from that
 * instance is recognised ({@link githubSigned}) and refused offline with a message naming the
 * option that gives a trusted root.
 */




/** The public-good TUF repository, the key of its seed in `@sigstore/tuf`'s seeds.json. */
const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev';
/** Where the embedded root comes from, for messages, summaries and `--help`. */
const EMBEDDED_ROOT_SOURCE = (/* unused pure expression or super */ null && (`public-good Sigstore (embedded: @sigstore/tuf ${tufPackage.version} seeds.json)`));
/**
 * The public-good trusted root as `@sigstore/tuf` ships it. A seed without it (a package that
 * changed its layout) is an error, never an empty trust.
 */
function embeddedPublicGoodRoot() {
    const seed = seeds[PUBLIC_GOOD_TUF_URL];
    const encoded = seed?.targets?.['trusted_root.json'];
    if (typeof encoded !== 'string') {
        throw new TrustRootError(`@sigstore/tuf ${tufPackage.version}'s seeds.json has no trusted_root.json for ${PUBLIC_GOOD_TUF_URL}; the embedded root is unavailable`);
    }
    return parseTrustedRoot(Buffer.from(encoded, 'base64').toString('utf8'), EMBEDDED_ROOT_SOURCE);
}
/**
 * Trust material from the embedded public-good root, sanitised as every root is
 * ({@link trustOf}); no network. `key` is the public key for key-signed bundles.
 */
function loadEmbeddedTrust(key) {
    return trustOf(embeddedPublicGoodRoot(), EMBEDDED_ROOT_SOURCE, key);
}
/**
 * GitHub's Sigstore instance names itself in its certificates' issuer: its Fulcio intermediate
 * is `O=GitHub, Inc., CN=Fulcio Intermediate l1` (the release attestation in cli/cli's
 * pkg/cmd/attestation/test/data/github_release_bundle.json). The public-good instance's is
 * `O=sigstore.dev`.
 */
const GITHUB_ORGANIZATION = 'GitHub, Inc.';
/**
 * Whether a bundle's leaf certificate was issued by GitHub's Sigstore instance (by the issuer's
 * organization), so an offline verification can say that its trusted root is not embedded
 * instead of a bare "certificate chain" failure. Only a hint for the message: the verifier
 * decides trust either way.
 */
function githubSigned(bundle) {
    const material = bundle.verificationMaterial.content;
    const raw = material.$case === 'certificate'
        ? material.certificate.rawBytes
        : material.$case === 'x509CertificateChain'
            ? material.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    if (raw === undefined)
        return false;
    try {
        // Node renders the issuer one attribute a line, escaping RFC 4514's special characters
        // (`O=GitHub\\, Inc.`); the escapes are undone before comparing.
        const issuer = new crypto.X509Certificate(Buffer.from(raw)).issuer;
        return issuer
            .split('\n')
            .map((line) => line.replace(/\\(.)/g, '$1'))
            .includes(`O=${GITHUB_ORGANIZATION}`);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(13260);
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
    if (algorithm !== dist.HashAlgorithm.SHA2_256) {
        throw new verify_artifact_SignatureVerificationError(`bundle's message digest uses ${dist.HashAlgorithm[algorithm ?? 0] ?? algorithm}; only SHA2_256 is supported`, 'DIGEST_ALGORITHM');
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
    const verifier = new verify_dist/* Verifier */.BL(trust, verifierOptions(options));
    try {
        verifier.verify(entity);
    }
    catch (error) {
        if (error instanceof verify_dist/* VerificationError */.mk || error instanceof verify_dist/* PolicyError */.pn) {
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
    const entity = (0,verify_dist/* toSignedEntity */.DC)(bundle);
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
async function verify_verifyBundleFile(bundlePath, artifact, trust, policy, options = {}) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(bundlePath, 'utf8');
    }
    catch (error) {
        throw new verify_artifact_SignatureVerificationError(`cannot read bundle ${bundlePath}: ${(0,errors/* messageOf */.bD)(error)}`, 'BUNDLE_MISSING');
    }
    return verifyBundle(text, artifact, trust, policy, options);
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

// EXTERNAL MODULE: ./.build/core/sigstore/inputs.js
var inputs = __webpack_require__(77758);
;// CONCATENATED MODULE: ./.build/core/sigstore/index.js
/** Sigstore signing and verification shared by sigstore-sign, sigstore-verify, undraft and the CLI. */











;// CONCATENATED MODULE: ./.build/core/undraft/verify-signatures.js
/*
 * verify-signatures: each bundle on the release, downloaded with the asset it names, verified
 * against the exact certificate identity and issuer (the code sigstore-verify runs). A
 * provenance bundle (evidence.ts: a statement about several assets, named for none) is verified
 * as a DSSE in-toto envelope against the same identity: its subjects are checked against the
 * assets by verify-provenance, when asked.
 */










/**
 * Downloads each bundle with its asset and verifies it against the exact identity. A bundle
 * already downloaded to classify it (`readBefore` gives its file) is not downloaded again.
 */
async function verifySignatures(deps, config, prepared, uploaded, digests, report, readBefore = () => undefined, provenance = new Set()) {
    if (!prepared.trust) {
        try {
            prepared.trust = await loadTrust(config.trustedRoot);
        }
        catch (error) {
            report.fail('signature trust', (0,errors/* messageOf */.bD)(error));
            return;
        }
    }
    const byName = new Map(uploaded.map((a) => [a.name, a]));
    const bundles = uploaded.filter((a) => bundleSubjectName(a.name, config.bundleSuffix) !== undefined);
    if (bundles.length === 0) {
        report.fail('signatures verified', `no ${config.bundleSuffix} bundle on the release to verify`);
        return;
    }
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(deps.tempDir, 'undraft-verify-'));
    try {
        for (const bundle of bundles) {
            const subjectName = bundleSubjectName(bundle.name, config.bundleSuffix);
            const check = `signature: ${subjectName}`;
            const subject = byName.get(subjectName);
            if (!subject && provenance.has(bundle.name)) {
                await verifyProvenanceBundle(deps, config, prepared.trust, bundle, dir, report, readBefore);
                continue;
            }
            if (!subject) {
                report.fail(check, `bundle '${bundle.name}' has no asset '${subjectName}' beside it`);
                continue;
            }
            try {
                const index = String(bundle.id);
                let bundleFile = readBefore(bundle);
                if (bundleFile === undefined) {
                    bundleFile = external_node_path_.join(dir, `${index}.bundle.json`);
                    await downloadAssetTo(deps.client, config.repository, bundle, bundleFile);
                }
                const subjectFile = external_node_path_.join(dir, `${index}.subject`);
                const sha256 = await downloadAssetTo(deps.client, config.repository, subject, subjectFile);
                const reported = sha256OfDigest(subject.digest);
                if (reported && reported !== sha256) {
                    report.fail(check, `GitHub reports ${sha256Label(reported)} for '${subjectName}' but serves bytes with ${sha256Label(sha256)}`);
                    continue;
                }
                digests.learn(subject, sha256);
                const result = await verify_verifyBundleFile(bundleFile, { file: subjectFile }, prepared.trust.material, {
                    identity: config.certificateIdentity,
                    issuer: config.certificateIssuer,
                });
                // The identity is compared whole and exactly here too, whatever the verifier's policy
                // matching does (@sigstore/verify matches a SAN as an unanchored pattern).
                if (result.identity !== config.certificateIdentity || result.issuer !== config.certificateIssuer) {
                    report.fail(check, `signed by ${(0,core_quote/* quote */.h)(String(result.identity))} (issuer ${(0,core_quote/* quote */.h)(String(result.issuer))}), not exactly '${config.certificateIdentity}' (issuer ${config.certificateIssuer})`);
                    continue;
                }
                report.pass(check, `${sha256Label(sha256)} signed by ${result.identity}`);
            }
            catch (error) {
                report.fail(check, (0,errors/* messageOf */.bD)(error));
            }
        }
    }
    finally {
        external_node_fs_.rmSync(dir, { recursive: true, force: true });
    }
}
/** A provenance bundle: its DSSE in-toto envelope verified against the exact identity. */
async function verifyProvenanceBundle(deps, config, trust, bundle, dir, report, readBefore) {
    const check = `signature: ${bundle.name}`;
    try {
        let file = readBefore(bundle);
        if (file === undefined) {
            file = external_node_path_.join(dir, `${bundle.id}.bundle.json`);
            await downloadAssetTo(deps.client, config.repository, bundle, file);
        }
        // The identity policy compares the SAN and the issuer byte for byte (sigstore/identity.ts).
        const result = await verifySigstoreBundle(external_node_fs_.readFileSync(file, 'utf8'), trust.material, {
            signer: { identity: config.certificateIdentity, issuer: config.certificateIssuer },
            payloadType: IN_TOTO_PAYLOAD_TYPE,
        });
        const subjects = result.statement?.subjects.length ?? 0;
        report.pass(check, `an in-toto statement of ${subjects} subject(s) signed by ${result.identity}`);
    }
    catch (error) {
        report.fail(check, (0,errors/* messageOf */.bD)(error));
    }
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
const github_extensions_UNIVERSAL_UTF8_STRING = 12;
const github_extensions_strictUtf8 = new TextDecoder('utf-8', { fatal: true });
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
        if (!value || !value.tag.isUniversal() || value.tag.number !== github_extensions_UNIVERSAL_UTF8_STRING) {
            throw new CertificateExtensionError(`the certificate's ${name} (${oid}) extension is not a UTF8String`);
        }
        try {
            out[name] = github_extensions_strictUtf8.decode(value.value);
        }
        catch {
            throw new CertificateExtensionError(`the certificate's ${name} (${oid}) extension is not valid UTF-8`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/core/attestation/provenance.js
/*
 * Judging one build attestation (SLSA provenance, or another in-toto predicate) for an artifact,
 * what `gh attestation verify` does, with every identity compared whole. Each check is its own
 * row, so a consumer sees which one said no:
 * - `signature`: the one verification path (verifySigstoreBundle): certificate chain, SCTs, log
 *   entries, timestamps and the DSSE signature, the OIDC issuer exactly;
 * - `subject`: the statement names the artifact's sha256;
 * - `predicate-type`: exactly the one asked for;
 * - `signer`: the SAN is `<server>/<signer-workflow>@<source-ref>` (each part compared whole),
 *   or, without `--signer-workflow`, a workflow of the repository (`--repo`) or of the owner
 *   (`--owner`), as gh's default;
 * - `source-repository`, `source-ref`, `source-digest`, `runner`: the certificate's GitHub
 *   extensions (Fulcio's OIDs, github-extensions.ts) against what was asked;
 * - `predicate-agrees`: SLSA provenance's own workflow, commit and builder equal the
 *   certificate's (the predicate is the signer's word; the certificate is Fulcio's, from the token).
 * Sources: gh's verification policy (cli/cli pkg/cmd/attestation/verify/policy.go: SAN regex
 * `^https://github.com/<owner>/<repo>/` by default, source repository URI and owner URI
 * extensions, `--deny-self-hosted-runners` requiring runner environment `github-hosted`) and
 * the predicate fields of core/provenance/predicate.ts.
 */




/**
 * The build types whose workflow and commit are read: GitHub's (actions/attest-build-provenance,
 * attest-provenance) and the earlier one that npm's provenance and GitHub's reusable attest
 * workflow write (the same externalParameters.workflow and resolvedDependencies: cli/cli's test
 * data sigstore-js-2.1.0-bundle.json and reusable-workflow-attestation.sigstore.json show it).
 */
const BUILD_TYPES = new Set([
    GITHUB_WORKFLOW_BUILD_TYPE,
    'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
]);


const shown = (value) => (value === undefined ? '(absent)' : (0,core_quote/* quote */.h)(value, 400));
/** Equal, whole and exactly, or a row saying what was found and what was expected. */
function same(check, what, found, expected) {
    return found === expected
        ? { check, ok: true, detail: `${what} is ${expected}` }
        : {
            check,
            ok: false,
            detail: `${what} is ${shown(found)}, expected exactly ${JSON.stringify(expected)}`,
        };
}
/** The signer row: the SAN against the signer workflow and source ref, or gh's default scope. */
function signerRow(san, expected) {
    const server = expected.serverUrl;
    if (expected.signerWorkflow !== undefined && expected.sourceRef !== undefined) {
        return same('signer', 'the certificate SAN', san, `${server}/${expected.signerWorkflow}@${expected.sourceRef}`);
    }
    if (expected.signerWorkflow !== undefined) {
        // The workflow part ends exactly at the '@' that starts the ref: compared whole, never as a prefix pattern.
        const head = `${server}/${expected.signerWorkflow}@`;
        return san.startsWith(head) && san.length > head.length
            ? { check: 'signer', ok: true, detail: `signed by ${san}` }
            : {
                check: 'signer',
                ok: false,
                detail: `the certificate SAN is ${shown(san)}, not the workflow ${expected.signerWorkflow} at some ref`,
            };
    }
    const scope = expected.repo === undefined ? `${expected.owner}/` : `${expected.owner}/${expected.repo}/`;
    return san.startsWith(`${server}/${scope}`) && san.includes('@')
        ? { check: 'signer', ok: true, detail: `signed by ${san}, a workflow of ${scope.slice(0, -1)}` }
        : {
            check: 'signer',
            ok: false,
            detail: `the certificate SAN is ${shown(san)}, not a workflow of ${scope.slice(0, -1)} (give --signer-workflow for a reusable workflow of another repository)`,
        };
}
/** The certificate's GitHub extensions against what was asked. */
function extensionRows(ext, expected) {
    const server = expected.serverUrl;
    const rows = [
        expected.repo === undefined
            ? same('source-repository', 'the source repository owner (1.3.6.1.4.1.57264.1.16)', ext.sourceRepositoryOwnerUri, `${server}/${expected.owner}`)
            : same('source-repository', 'the source repository (1.3.6.1.4.1.57264.1.12)', ext.sourceRepositoryUri, `${server}/${expected.owner}/${expected.repo}`),
    ];
    if (expected.sourceRef !== undefined)
        rows.push(same('source-ref', 'the source ref (1.3.6.1.4.1.57264.1.14)', ext.sourceRepositoryRef, expected.sourceRef));
    if (expected.sourceDigest !== undefined)
        rows.push(same('source-digest', 'the source commit (1.3.6.1.4.1.57264.1.13)', ext.sourceRepositoryDigest, expected.sourceDigest));
    const runner = ext.runnerEnvironment;
    rows.push(expected.denySelfHostedRunners
        ? same('runner', 'the runner environment (1.3.6.1.4.1.57264.1.11)', runner, 'github-hosted')
        : runner === undefined
            ? {
                check: 'runner',
                ok: false,
                detail: 'the certificate names no runner environment (1.3.6.1.4.1.57264.1.11)',
            }
            : { check: 'runner', ok: true, detail: `built on a ${runner} runner` });
    return rows;
}
const at = (value, ...path) => path.reduce((v, k) => (typeof v === 'object' && v !== null ? v[k] : undefined), value);
const provenance_text = (value) => (typeof value === 'string' ? value : undefined);
/**
 * SLSA provenance's workflow, commit and builder against the certificate: the predicate is what
 * the signer wrote, the extensions what Fulcio took from the token. Another predicate type has
 * nothing to compare (a row that says so, and passes).
 */
function predicateRow(predicateType, predicate, ext) {
    if (predicateType !== SLSA_PROVENANCE_V1) {
        return {
            check: 'predicate-agrees',
            ok: true,
            detail: `not SLSA provenance (${predicateType}): nothing to compare`,
        };
    }
    const buildType = provenance_text(at(predicate, 'buildDefinition', 'buildType'));
    if (buildType === undefined || !BUILD_TYPES.has(buildType)) {
        return {
            check: 'predicate-agrees',
            ok: false,
            detail: `the build type ${shown(buildType)} is not one this verifier reads (${[...BUILD_TYPES].join(', ')})`,
        };
    }
    const workflow = at(predicate, 'buildDefinition', 'externalParameters', 'workflow');
    const repository = provenance_text(at(workflow, 'repository'));
    const ref = provenance_text(at(workflow, 'ref'));
    const path = provenance_text(at(workflow, 'path'));
    const dependencies = at(predicate, 'buildDefinition', 'resolvedDependencies');
    const commits = Array.isArray(dependencies)
        ? dependencies.map((d) => provenance_text(at(d, 'digest', 'gitCommit'))).filter((c) => c !== undefined)
        : [];
    const pairs = [
        ['workflow.repository / source repository', repository, ext.sourceRepositoryUri],
        ['workflow.ref / source ref', ref, ext.sourceRepositoryRef],
        [
            'workflow repository/path@ref / build config',
            repository !== undefined && path !== undefined && ref !== undefined
                ? `${repository}/${path}@${ref}`
                : undefined,
            ext.buildConfigUri,
        ],
        [
            'resolvedDependencies gitCommit / source commit',
            commits.length === 1 ? commits[0] : undefined,
            ext.sourceRepositoryDigest,
        ],
    ];
    // GitHub's build type names the signing workflow as the builder; the older one (npm's
    // provenance, GitHub's reusable attest workflow) names the runner
    // (`https://github.com/actions/runner/github-hosted`), which no certificate extension holds.
    if (buildType === GITHUB_WORKFLOW_BUILD_TYPE)
        pairs.push([
            'builder.id / build signer',
            provenance_text(at(predicate, 'runDetails', 'builder', 'id')),
            ext.buildSignerUri,
        ]);
    const off = pairs
        .filter(([, p, c]) => p === undefined || c === undefined || p !== c)
        .map(([what, p, c]) => `${what}: the predicate says ${shown(p)}, the certificate ${shown(c)}`);
    if (commits.length > 1)
        off.push(`the predicate names ${commits.length} commits; exactly one is expected`);
    return off.length === 0
        ? {
            check: 'predicate-agrees',
            ok: true,
            detail: `the predicate's ${buildType === GITHUB_WORKFLOW_BUILD_TYPE ? 'workflow, commit and builder' : 'workflow and commit'} are the certificate's (${commits[0]})`,
        }
        : { check: 'predicate-agrees', ok: false, detail: off.join('; ') };
}
/**
 * Judges one bundle: its rows, in order. A signature that does not verify is the only row then
 * (nothing it says can be believed); otherwise every check is made and reported.
 */
async function judgeBuildAttestation(bundle, trust, expected, thresholds = {}) {
    let verified;
    try {
        verified = await verifySigstoreBundle(bundle, trust, {
            // Any SAN here: it is compared whole in its own row below, on the certificate just proven.
            signer: { identityRegExp: /[^]*/, issuer: expected.issuer },
            thresholds,
            payloadType: IN_TOTO_PAYLOAD_TYPE,
        });
    }
    catch (error) {
        return [{ check: 'signature', ok: false, detail: (0,errors/* messageOf */.bD)(error) }];
    }
    const rows = [
        {
            check: 'signature',
            ok: true,
            detail: `verified: certificate chain, transparency log and timestamps, issuer ${verified.issuer}`,
        },
    ];
    const statement = verified.statement;
    const hex = expected.sha256;
    rows.push(statement.subjects.some((s) => s.digest.sha256 === hex)
        ? { check: 'subject', ok: true, detail: `the statement names sha256:${hex}` }
        : { check: 'subject', ok: false, detail: `no subject of the statement has sha256:${hex}` });
    rows.push(same('predicate-type', 'the predicate type', statement.predicateType, expected.predicateType));
    rows.push(signerRow(verified.identity, expected));
    let ext;
    try {
        ext = readGitHubExtensions(verified.certificate);
    }
    catch (error) {
        rows.push({ check: 'source-repository', ok: false, detail: (0,errors/* messageOf */.bD)(error) });
        return rows;
    }
    rows.push(...extensionRows(ext, expected));
    rows.push(predicateRow(statement.predicateType, statement.predicate, ext));
    return rows;
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
function nextLink(link) {
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
        next = nextLink(response.headers?.link);
        if (next === undefined)
            return out;
        if (page >= MAX_PAGES) {
            throw new AttestationListError(`${options.what} go on past ${MAX_PAGES} pages`);
        }
    }
}

;// CONCATENATED MODULE: ./.build/core/undraft/provenance.js









const PROVENANCE_CHECK = 'provenance';
/**
 * A candidate from a bundle's text, or undefined when it is no SLSA v1 provenance (a message
 * signature, another predicate): only provenance can vouch for how an asset was built. Its
 * statement is read unverified only to pick the assets it is about; it is judged verified.
 */
function provenanceCandidate(label, text) {
    let bundle;
    try {
        bundle = bundle_parseBundle(text);
    }
    catch {
        return undefined;
    }
    if (bundle.content.$case !== 'dsseEnvelope')
        return undefined;
    const envelope = bundle.content.dsseEnvelope;
    try {
        const statement = parseStatement(envelope.payloadType, envelope.payload);
        if (statement.predicateType !== SLSA_PROVENANCE_V1)
            return undefined;
        return {
            label,
            bundle,
            subjects: statement.subjects.map((s) => ({ name: s.name, sha256: s.digest.sha256 })),
        };
    }
    catch {
        return undefined;
    }
}
/** The leaf certificate of a keyless bundle (DER), or undefined for a key-signed one. */
function leafCertificate(bundle) {
    const material = bundle.verificationMaterial.content;
    if (material.$case === 'x509CertificateChain')
        return material.x509CertificateChain.certificates[0]?.rawBytes;
    if (material.$case === 'certificate')
        return material.certificate.rawBytes;
    return undefined;
}
/** The judge's `subject` row for another asset of an already judged candidate (its statement verified). */
function subjectRow(candidate, hex) {
    return candidate.subjects.some((s) => s.sha256 === hex)
        ? { check: 'subject', ok: true, detail: `the statement names sha256:${hex}` }
        : { check: 'subject', ok: false, detail: `no subject of the statement has sha256:${hex}` };
}
/** Judges one candidate for one asset: every row, the gate's `signer` and `subject-name` included. */
async function judgeCandidate(candidate, asset, demands, cache = new Map()) {
    let once = cache.get(candidate);
    if (once === undefined) {
        once = judgeBuildAttestation(candidate.bundle, demands.trust.material, {
            sha256: asset.sha256,
            owner: demands.owner,
            repo: demands.repo,
            serverUrl: demands.serverUrl,
            issuer: demands.issuer,
            sourceDigest: demands.commit,
            predicateType: SLSA_PROVENANCE_V1,
            denySelfHostedRunners: false,
        }).then((rows) => ({ sha256: asset.sha256, rows }));
        cache.set(candidate, once);
    }
    const first = await once;
    const judged = first.sha256 === asset.sha256
        ? first.rows
        : first.rows.map((r) => (r.check === 'subject' ? subjectRow(candidate, asset.sha256) : r));
    if (!judged.every((r) => r.check !== 'signature' || r.ok))
        return judged;
    // The certificate was just proven (chain, logs, signature): its SAN is compared whole here.
    const raw = leafCertificate(candidate.bundle);
    let signer = {
        check: 'signer',
        ok: false,
        detail: 'the bundle is signed with a key, not a certificate for the expected signer',
    };
    if (raw !== undefined) {
        try {
            checkIdentity(certificateIdentityOf(raw), { identity: demands.identity, issuer: demands.issuer });
            signer = { check: 'signer', ok: true, detail: `signed by exactly ${demands.identity}` };
        }
        catch (error) {
            signer = { check: 'signer', ok: false, detail: (0,errors/* messageOf */.bD)(error) };
        }
    }
    // The judge's signer row (any workflow of the repository) is replaced by this exact one.
    const rows = judged.map((r) => (r.check === 'signer' ? signer : r));
    const named = candidate.subjects.some((s) => s.name === asset.name && s.sha256 === asset.sha256);
    rows.splice(rows.findIndex((r) => r.check === 'subject') + 1, 0, {
        check: 'subject-name',
        ok: named,
        detail: named
            ? `a subject is '${asset.name}' with sha256:${asset.sha256}`
            : `no subject is named '${asset.name}' with sha256:${asset.sha256} (${describeSubjects(candidate, asset.name)})`,
    });
    return rows;
}
/** What a candidate says about an asset's name, for a failing row. */
function describeSubjects(candidate, name) {
    const same = candidate.subjects.filter((s) => s.name === name);
    if (same.length === 0)
        return 'it names no subject so';
    return `it names '${name}' with ${same.map((s) => (s.sha256 ? `sha256:${(0,core_quote/* quote */.h)(s.sha256)}` : 'no sha256')).join(', ')}`;
}
/** Whether a candidate is about the asset at all (its name or its sha256 among the subjects). */
const mentions = (candidate, asset) => candidate.subjects.some((s) => s.name === asset.name || s.sha256 === asset.sha256);
/** The failed rows of a judged candidate, in one phrase. */
const failedRows = (rows) => rows
    .filter((r) => !r.ok)
    .map((r) => `${r.check}: ${r.detail}`)
    .join('; ');
/** Finds a verified provenance for one asset: the release's bundles first, then the attestations API. */
async function verdictFor(deps, demands, asset, onRelease, cache) {
    const why = [];
    for (const candidate of onRelease.filter((c) => mentions(c, asset))) {
        const rows = await judgeCandidate(candidate, asset, demands, cache);
        if (rows.every((r) => r.ok))
            return { ok: true, detail: candidate.label, viaApi: false };
        why.push(`${candidate.label}: ${failedRows(rows)}`);
    }
    let listed;
    try {
        listed = await listAttestations(deps.client, { owner: demands.owner, repo: demands.repo }, `sha256:${asset.sha256}`, {
            predicateType: SLSA_PROVENANCE_V1,
            what: `the provenance attestations of sha256:${asset.sha256}`,
        });
    }
    catch (error) {
        why.push(`attestations API: ${(0,errors/* messageOf */.bD)(error)}`);
        return { ok: false, detail: why.join('; '), viaApi: true };
    }
    let index = 0;
    for (const item of listed) {
        const label = `attestation ${++index} of ${listed.length} (attestations API)`;
        const unreadable = item?.unreadable;
        const candidate = typeof unreadable === 'string' ? undefined : provenanceCandidate(label, JSON.stringify(item));
        if (!candidate) {
            why.push(`${label}: ${typeof unreadable === 'string' ? unreadable : 'not a Sigstore bundle of SLSA v1 provenance'}`);
            continue;
        }
        const rows = await judgeCandidate(candidate, asset, demands);
        if (rows.every((r) => r.ok))
            return { ok: true, detail: label, viaApi: true };
        why.push(`${label}: ${failedRows(rows)}`);
    }
    if (why.length === 0)
        return {
            ok: false,
            detail: 'no provenance names it: none among the release assets, none in the attestations API',
            viaApi: true,
        };
    return { ok: false, detail: why.join('; '), viaApi: true };
}
/**
 * The gate (see the file comment): one `provenance` row, naming every payload asset that has no
 * verified provenance, each with why. `candidates` are the release's bundles already downloaded
 * (label, text); `commit` the tag's commit, undefined when it could not be resolved.
 */
async function verifyProvenance(deps, config, prepared, payloads, candidates, commit, digests, report) {
    if (commit === undefined) {
        report.fail(PROVENANCE_CHECK, "not checked: the tag's commit is unknown (see 'tag and commit')");
        return;
    }
    if (!prepared.trust) {
        try {
            prepared.trust = await loadTrust(config.trustedRoot);
        }
        catch (error) {
            report.fail(PROVENANCE_CHECK, `the trusted root could not be loaded: ${(0,errors/* messageOf */.bD)(error)}`);
            return;
        }
    }
    const demands = {
        owner: config.repository.owner,
        repo: config.repository.repo,
        serverUrl: deps.serverUrl.replace(/\/+$/, ''),
        identity: config.certificateIdentity,
        issuer: config.certificateIssuer,
        commit,
        trust: prepared.trust,
    };
    if (payloads.length === 0) {
        report.fail(PROVENANCE_CHECK, 'no payload asset on the release to vouch for');
        return;
    }
    const onRelease = candidates.flatMap((c) => provenanceCandidate(c.label, c.text) ?? []);
    const failures = [];
    const found = new Map();
    const cache = new Map();
    for (const asset of payloads) {
        let verdict;
        try {
            const { sha256 } = await digests.of(asset);
            verdict = await verdictFor(deps, demands, { name: asset.name, sha256 }, onRelease, cache);
        }
        catch (error) {
            verdict = { ok: false, detail: (0,errors/* messageOf */.bD)(error), viaApi: false };
        }
        if (verdict.ok) {
            const where = verdict.viaApi ? 'the attestations API' : verdict.detail;
            found.set(where, (found.get(where) ?? 0) + 1);
        }
        else
            failures.push(`${(0,core_quote/* quote */.h)(asset.name)} (${verdict.detail})`);
    }
    if (failures.length > 0) {
        report.fail(PROVENANCE_CHECK, `no verified SLSA v1 provenance signed by exactly ${config.certificateIdentity} for commit ${commit}: ${failures.join('; ')}`);
        return;
    }
    report.pass(PROVENANCE_CHECK, `each of the ${payloads.length} payload asset(s) is a subject (name and sha256) of SLSA v1 provenance signed by exactly ${config.certificateIdentity} for commit ${commit}: ` +
        [...found].map(([where, n]) => `${n} from ${where}`).join(', '));
}

;// CONCATENATED MODULE: ./.build/core/undraft/checks.js
/*
 * undraft's checks before publishing: the local preparation, the one release for the tag, the
 * tag and its commit, and every asset check. Each adds rows to the one report; nothing here
 * writes to GitHub.
 */
















/** Local preparation: files, notes, SemVer. Throws ConfigurationError for the user's mistakes. */
async function prepare(config) {
    const prepared = { body: composeBody(config.notesPath, config.appendNotes) };
    if (config.sha256sums !== undefined) {
        const file = paths_resolveInWorkspace('sha256sums', config.sha256sums);
        if (!external_node_fs_.statSync(file).isFile())
            throw new errors/* ConfigurationError */.j1(`Input 'sha256sums': '${config.sha256sums}' is not a file.`);
        const bytes = external_node_fs_.readFileSync(file);
        prepared.sums = {
            lines: parseSha256Sums(bytes.toString('utf8'), config.sha256sums),
            label: config.sha256sums,
            name: external_node_path_.basename(file),
            sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
        };
    }
    if (config.prerelease === 'auto')
        isPrereleaseTag(config.tag);
    if (config.makeLatest === 'auto')
        isPrereleaseTag(config.tag);
    return prepared;
}
/** The release the tag refers to, and whether it is still a draft; undefined after a failed row. */
async function findRelease(client, config, report) {
    const releases = await listReleasesForTag(client, config.repository, config.tag);
    const label = (r) => `${r.draft ? 'draft' : 'published release'} ${r.id} (${r.html_url})`;
    const drafts = releases.filter((r) => r.draft);
    const published = releases.filter((r) => !r.draft);
    if (published.length > 1 || (published.length === 1 && drafts.length > 0)) {
        report.fail('release', `tag ${config.tag} has ${releases.map(label).join(', ')}: which one is the release is not knowable; remove the stray ones by hand`);
        return undefined;
    }
    if (published.length === 1) {
        report.pass('release', `${label(published[0])} is already published: checking it, never changing it`);
        return published[0];
    }
    if (drafts.length === 0) {
        report.fail('release', `no draft release for tag ${config.tag} (the whole release list was read); run stage-release first`);
        return undefined;
    }
    if (drafts.length > 1) {
        report.fail('release', `tag ${config.tag} has ${drafts.length} drafts: ${drafts.map(label).join(', ')}; delete the ones that should not be published`);
        return undefined;
    }
    report.pass('release', `one ${label(drafts[0])} for ${config.tag}`);
    return drafts[0];
}
/** A full commit SHA, as GitHub accepts one for `target_commitish`. */
const FULL_SHA = /^[0-9a-f]{40}$/i;
/**
 * The tag and the commit: the tag must exist, the run's own commit (when it runs on the tag)
 * must be the tag's commit, and the release must not target another commit. A branch name
 * (what the web UI, `gh release create --draft` and release-drafter write, e.g. `main`) is
 * accepted: GitHub uses `target_commitish` only to create a missing tag ("Unused if the Git
 * tag already exists", REST docs for create/update a release), and the tag exists here; the
 * publish request then pins the release to the tag's commit. A full SHA of another commit is
 * refused: the draft was made for other bytes. Returns the tag's commit, lower case.
 */
async function checkTarget(deps, config, release, report) {
    const commit = await refs_resolveTagCommit(deps.client, config.repository, config.tag);
    if (!commit) {
        report.fail('tag and commit', `tag ${config.tag} does not exist in ${config.repository.owner}/${config.repository.repo}; push the tag before publishing (a release must never create its own tag)`);
        return undefined;
    }
    const tagCommit = commit.toLowerCase();
    const problems = [];
    if (release.tag_name !== config.tag)
        problems.push(`the release's tag is ${(0,core_quote/* quote */.h)(release.tag_name)}`);
    if (deps.runRef === `refs/tags/${config.tag}` && deps.runSha && deps.runSha.toLowerCase() !== tagCommit) {
        problems.push(`this workflow runs for commit ${deps.runSha}, but tag ${config.tag} now points to ${commit}: the tag moved after the run started`);
    }
    const target = release.target_commitish;
    if (FULL_SHA.test(target) && target.toLowerCase() !== tagCommit) {
        problems.push(`the release targets commit ${target}, not the tag's commit ${tagCommit}: it was drafted for another commit`);
    }
    if (problems.length > 0) {
        report.fail('tag and commit', problems.join('; '));
        return undefined;
    }
    report.pass('tag and commit', target.toLowerCase() === tagCommit
        ? `${config.tag} → ${tagCommit}; the release targets exactly that commit`
        : `${config.tag} → ${tagCommit}; the release targets ${(0,core_quote/* quote */.h)(target)}, which GitHub ignores once the tag exists: publishing pins it to ${tagCommit}`);
    return tagCommit;
}
/** sbom-attach's judge, loaded (with the schemas) only when an asset may be an SBOM. */
async function loadSbomJudge() {
    const sbom = await Promise.all(/* import() */[__webpack_require__.e(679), __webpack_require__.e(386)]).then(__webpack_require__.bind(__webpack_require__, 47386));
    return {
        maxBytes: sbom.MAX_SBOM_BYTES,
        judge: (text) => {
            const analysis = sbom.judgeSbom(text);
            return {
                format: analysis.format,
                specVersion: analysis.specVersion,
                components: analysis.components.length,
            };
        },
    };
}
/** Reads which assets are evidence (see evidence.ts) into `dir` and reports it as one row. */
async function classify(deps, config, prepared, uploaded, digests, report, dir) {
    const maybeSbom = uploaded.some((a) => bundleSubjectName(a.name, config.bundleSuffix) === undefined && mayBeJson(a));
    const classification = await classifyAssets({ client: deps.client, repo: config.repository, dir, digests }, uploaded, {
        bundleSuffix: config.bundleSuffix,
        sums: prepared.sums && { name: prepared.sums.name, sha256: prepared.sums.sha256 },
        sbom: maybeSbom ? await loadSbomJudge() : undefined,
    });
    const { evidence, unreadable } = classification;
    if (unreadable.length > 0) {
        report.fail('evidence', `could not read ${unreadable.map((u) => `'${u.name}' (${u.reason})`).join('; ')}: what they are is unknown`);
    }
    else {
        const kinds = [...evidence.values()];
        const count = (kind) => kinds.filter((e) => e.kind === kind).length;
        report.pass('evidence', `by content: ${count('bundle')} bundle(s) of other assets, ` +
            (count('provenance') > 0 ? `${count('provenance')} provenance bundle(s), ` : '') +
            `${count('sbom')} SBOM(s), ` +
            `${count('sums') > 0 ? 'the sha256sums file' : 'no sha256sums file'}; ` +
            `${uploaded.length - evidence.size} payload asset(s)`);
    }
    return classification;
}
/** Why a payload named like evidence is not evidence, for the rows that demand something of it. */
function because(classification, name) {
    const reason = classification.payloadBecause.get(name);
    return reason === undefined ? `'${name}'` : `'${name}' (${reason})`;
}
/**
 * Every asset check, against the release's current assets. Returns whether all passed. `commit`
 * is the tag's commit (undefined when it could not be resolved), which provenance must name.
 */
async function checkAssets(deps, config, prepared, assets, digests, report, commit) {
    const before = report.failures.length;
    const broken = assets.filter((a) => a.state !== 'uploaded');
    if (broken.length > 0) {
        report.fail('asset states', `not fully uploaded: ${broken.map((a) => `'${a.name}' (${a.state})`).join(', ')}; re-run stage-release to repair them`);
    }
    else {
        report.pass('asset states', `all ${assets.length} assets are 'uploaded'`);
    }
    const uploaded = assets.filter((a) => a.state === 'uploaded');
    // The bundles read to classify them stay here until verify-signatures has verified them.
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(deps.tempDir, 'undraft-evidence-'));
    try {
        await checkUploaded(deps, config, prepared, uploaded, broken, digests, report, dir, commit);
    }
    finally {
        external_node_fs_.rmSync(dir, { recursive: true, force: true });
    }
    return report.failures.length === before;
}
/** The checks of the uploaded assets (see {@link checkAssets}); `dir` holds what was downloaded. */
async function checkUploaded(deps, config, prepared, uploaded, broken, digests, report, dir, commit) {
    const classification = await classify(deps, config, prepared, uploaded, digests, report, dir);
    const { evidence } = classification;
    const isPayload = (name) => !evidence.has(name);
    const expected = new Set();
    for (const pattern of config.expectedAssets) {
        const re = globToRegExp(pattern);
        const hits = uploaded.filter((a) => re.test(a.name)).map((a) => a.name);
        hits.forEach((h) => expected.add(h));
        // A name is met by the asset of that name, whatever it is: the user named it. A glob is met
        // only by a payload, or by a bundle whose subject is on the release: a bundle alone (its
        // binary missing), an SBOM or the checksum file never stands in for what a glob promises.
        const meeting = isGlob(pattern)
            ? hits.filter((h) => evidence.has(h)
                ? evidence.get(h).kind === 'bundle'
                : bundleSubjectName(h, config.bundleSuffix) === undefined)
            : hits;
        if (meeting.length > 0) {
            report.pass(`expected: ${pattern}`, `matches ${nameList(meeting)}`);
            continue;
        }
        const notReady = broken.filter((a) => re.test(a.name)).map((a) => a.name);
        report.fail(`expected: ${pattern}`, hits.length > 0
            ? `no uploaded payload matches, only ${hits.map((h) => because(classification, h)).join(', ')}: ` +
                'a glob is met by the files it promises (or a bundle whose asset is there), never by a bundle alone, ' +
                'an SBOM or a checksum file; name those exactly'
            : `no uploaded asset matches${notReady.length > 0 ? ` (${nameList(notReady)} not fully uploaded)` : ''}`);
    }
    const signed = config.requireSignatures || config.verifySignatures;
    if (config.exact) {
        // The bundles of expected assets are expected too when signatures are required or verified.
        const unexpected = uploaded
            .map((a) => a.name)
            .filter((n) => {
            if (expected.has(n))
                return false;
            const found = evidence.get(n);
            if (found?.kind === 'provenance')
                return !(config.verifyProvenance && found.subjects.some((s) => expected.has(s)));
            return !(signed && found?.kind === 'bundle' && expected.has(found.subject));
        });
        if (unexpected.length > 0)
            report.fail('exact', `assets nobody expected: ${nameList(unexpected)}`);
        else
            report.pass('exact', `nothing beyond the ${expected.size} expected asset(s)${signed ? ' and their bundles' : ''}`);
    }
    const payloads = uploaded.filter((a) => isPayload(a.name));
    if (config.requireSignatures) {
        const unsigned = payloads.filter((a) => {
            const found = evidence.get(a.name + config.bundleSuffix);
            return !(found?.kind === 'bundle' && found.subject === a.name);
        });
        if (unsigned.length > 0) {
            const detail = unsigned.map((a) => {
                const bundle = a.name + config.bundleSuffix;
                const note = classification.payloadBecause.get(bundle);
                return note === undefined
                    ? because(classification, a.name)
                    : `'${a.name}' (its '${bundle}' is ${note})`;
            });
            report.fail('signatures present', `no ${config.bundleSuffix} bundle beside ${detail.join(', ')}`);
        }
        else
            report.pass('signatures present', `each of the ${payloads.length} payload asset(s) has its ${config.bundleSuffix} bundle (bundles of other assets, SBOMs and the sha256sums file, read by content, need none)`);
    }
    if (config.verifySignatures) {
        const readBefore = (asset) => {
            const file = downloadedPath(dir, asset);
            return external_node_fs_.existsSync(file) ? file : undefined;
        };
        const provenance = new Set([...evidence].filter(([, e]) => e.kind === 'provenance').map(([name]) => name));
        await verifySignatures(deps, config, prepared, uploaded, digests, report, readBefore, provenance);
    }
    if (config.verifyProvenance) {
        // Every bundle classifying read is a candidate, evidence or not: one whose statement names
        // an asset with other bytes is judged too, so its row says which subject differs.
        const candidates = uploaded.flatMap((a) => {
            const file = downloadedPath(dir, a);
            return bundleSubjectName(a.name, config.bundleSuffix) !== undefined && external_node_fs_.existsSync(file)
                ? [{ label: `release asset ${(0,core_quote/* quote */.h)(a.name)}`, text: external_node_fs_.readFileSync(file, 'utf8') }]
                : [];
        });
        await verifyProvenance(deps, config, prepared, payloads, candidates, commit, digests, report);
    }
    if (prepared.sums) {
        const problems = [];
        const byName = new Map(uploaded.map((a) => [a.name, a]));
        for (const line of prepared.sums.lines) {
            const asset = byName.get(line.name);
            if (!asset) {
                problems.push(`'${line.name}' (line ${line.line}) is not an uploaded asset`);
                continue;
            }
            try {
                const { sha256, how } = await digests.of(asset);
                if (sha256 !== line.sha256) {
                    problems.push(`'${line.name}' is ${sha256Label(sha256)}${how === 'download' ? ' (downloaded: no digest reported)' : ''} but line ${line.line} says ${sha256Label(line.sha256)}`);
                }
            }
            catch (error) {
                problems.push(`'${line.name}': ${(0,errors/* messageOf */.bD)(error)}`);
            }
        }
        const listed = new Set(prepared.sums.lines.map((l) => l.name));
        const missing = payloads.filter((a) => !listed.has(a.name)).map((a) => because(classification, a.name));
        if (missing.length > 0)
            problems.push(`no line for ${missing.join(', ')}`);
        if (problems.length > 0)
            report.fail('sha256sums', `${prepared.sums.label}: ${problems.join('; ')}`);
        else
            report.pass('sha256sums', `${prepared.sums.lines.length} line(s) of ${prepared.sums.label} equal the assets' sha256`);
    }
}

;// CONCATENATED MODULE: ./.build/core/undraft/digests.js

/** An asset's sha256, from its reported digest or by downloading it ({@link remoteSha256}); cached per asset. */
class Digests {
    client;
    repo;
    known = new Map();
    constructor(client, repo) {
        this.client = client;
        this.repo = repo;
    }
    of(asset) {
        let found = this.known.get(asset.id);
        if (!found) {
            // The one remote-digest path (github/assets.ts), cached per asset for undraft's checks.
            found = remoteSha256(this.client, this.repo, asset);
            this.known.set(asset.id, found);
        }
        return found;
    }
    /** Records a digest learnt by downloading the asset for another check. */
    learn(asset, sha256) {
        if (!this.known.has(asset.id))
            this.known.set(asset.id, Promise.resolve({ sha256, how: 'download' }));
    }
}

;// CONCATENATED MODULE: ./.build/core/undraft/publish.js
/*
 * Publishing the draft, and reading back what was published. The publish request is the only
 * write undraft makes; it is never retried blindly: when its answer is lost, the release as
 * GitHub holds it decides.
 */







/**
 * Publishes the draft (or finds it published meanwhile), pinned to the tag's commit: the
 * request carries `target_commitish: <commit>`, so a draft that named a branch is released as
 * exactly the commit the checks saw. Undefined after a failed row.
 */
async function publish(deps, config, body, draft, commit, report) {
    const { client } = deps;
    const repo = config.repository;
    const prerelease = config.prerelease === 'auto' ? isPrereleaseTag(config.tag) : config.prerelease === 'true';
    let makeLatest;
    if (config.makeLatest === 'auto') {
        const all = await listAllReleases(client, repo);
        const decision = decideLatest(config.tag, prerelease, all.filter((r) => !r.draft));
        makeLatest = decision.latest;
        report.pass('latest', `${decision.latest ? 'latest' : 'not latest'}: ${decision.reason}`);
    }
    else {
        makeLatest = config.makeLatest === 'true';
        report.pass('latest', `${makeLatest ? 'latest' : 'not latest'}: make-latest is ${config.makeLatest}`);
    }
    // A concurrent run may have published in the meantime: look once more right before writing.
    const current = await readRelease(client, repo, draft.id);
    if (!current) {
        report.fail('publish', `draft ${draft.id} disappeared before publishing; nothing was published`);
        return undefined;
    }
    if (!current.draft) {
        report.pass('publish', `published meanwhile by a concurrent run (${current.html_url}); not published again`);
        return { release: current, meanwhile: true, makeLatest };
    }
    const text = body?.(current.body ?? null);
    const request = {
        ...repo,
        release_id: draft.id,
        draft: false,
        prerelease,
        make_latest: (makeLatest ? 'true' : 'false'),
        target_commitish: commit,
        ...(text === undefined ? {} : { body: text }),
        // Publishing is not idempotent in effect: never retried blindly; the state is re-read instead.
        request: { retries: 0 },
    };
    try {
        const { data } = await client.rest.repos.updateRelease(request);
        const result = data;
        report.pass('publish', `published ${result.html_url} at ${commit} (prerelease: ${prerelease}, make_latest: ${makeLatest})`);
        return { release: result, meanwhile: false, makeLatest };
    }
    catch (error) {
        const status = errors_statusOf(error);
        // The answer was lost or refused: what GitHub holds now decides.
        const after = await readRelease(client, repo, draft.id);
        if (after && !after.draft) {
            report.pass('publish', `published ${after.html_url} (the publish request failed with ${status ?? (0,errors/* messageOf */.bD)(error)}, but the release is published)`);
            return { release: after, meanwhile: false, makeLatest };
        }
        report.fail('publish', errors_explainHttpError(error, `Publishing draft ${draft.id}`, 'contents: write').message +
            '; the release is still a draft');
        return undefined;
    }
}
/** One line per asset for comparing before and after publishing. */
function fingerprint(assets) {
    return new Map(assets.map((a) => [a.id, `${a.name}|${a.state}|${a.size}|${a.digest ?? 'null'}`]));
}
/**
 * Re-reads the release after publishing: published, the same tag at the same commit, the same
 * assets. Fills `published` and `immutable` in `outputs`; returns the release and its assets
 * as they are now, or undefined after a failed row.
 */
async function confirmPublished(client, config, releaseId, commit, assets, report, outputs) {
    const repo = config.repository;
    try {
        const now = await readRelease(client, repo, releaseId);
        const problems = [];
        let after = assets;
        if (!now)
            problems.push(`release ${releaseId} no longer exists`);
        else {
            if (now.draft)
                problems.push('it is still a draft');
            if (now.tag_name !== config.tag)
                problems.push(`its tag is now ${(0,core_quote/* quote */.h)(now.tag_name)}`);
            const tagCommit = await refs_resolveTagCommit(client, repo, config.tag);
            if (tagCommit?.toLowerCase() !== commit)
                problems.push(`tag ${config.tag} now points to ${tagCommit ?? 'nothing'}, not ${commit}`);
            after = await listAssets(client, repo, releaseId);
            const was = fingerprint(assets);
            const is = fingerprint(after);
            const changed = [...new Set([...was.keys(), ...is.keys()])].filter((id) => was.get(id) !== is.get(id));
            if (changed.length > 0) {
                problems.push(`its assets changed while publishing: ${changed.map((id) => (is.get(id) ?? was.get(id)).split('|')[0]).join(', ')}`);
            }
            outputs.published = !now.draft;
            outputs.immutable = now.immutable === true;
        }
        if (!now || problems.length > 0) {
            report.fail('published release', problems.join('; '));
            return undefined;
        }
        report.pass('published release', `re-read: published, tag ${config.tag} at ${commit}, ${after.length} asset(s) intact, immutable: ${now.immutable === true}`);
        return { release: now, assets: after };
    }
    catch (error) {
        report.fail('published release', (0,errors/* messageOf */.bD)(error));
        return undefined;
    }
}
async function latestReleaseId(client, repo) {
    try {
        const { data } = await client.rest.repos.getLatestRelease({ ...repo });
        return data.id;
    }
    catch (error) {
        if (errors_statusOf(error) === 404)
            return undefined;
        throw errors_explainHttpError(error, 'Reading the latest release', 'contents: read');
    }
}
/** Whether GitHub made the release latest as asked; sets `made-latest`. */
async function confirmLatest(client, repo, releaseId, wanted, report, outputs) {
    try {
        const latest = await latestReleaseId(client, repo);
        const isLatest = latest === releaseId;
        outputs['made-latest'] = wanted && isLatest;
        if (wanted !== isLatest) {
            report.fail('latest after publishing', `asked GitHub for make_latest=${wanted}, but the latest release is now ${latest ?? 'none'}`);
        }
    }
    catch (error) {
        report.fail('latest after publishing', (0,errors/* messageOf */.bD)(error));
    }
}

;// CONCATENATED MODULE: ./.build/core/attestation/github-tuf-root.json
const github_tuf_root_namespaceObject = /*#__PURE__*/JSON.parse('{"signatures":[{"keyid":"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","sig":"304402203c8f5f7443f7052923e82f9ca0b1bb61a33498444076a2f43e1285a47f6e562d022014de99a7e5413440896b6804944e3c49390cfe6e617211b8dc42a8e67675bc13"},{"keyid":"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","sig":"3044022009a20307f974af7e05cc9564eea497f45062e3b21272d1062713b3d22c868298022059d032ad973a28bdbd03959cf96b21398b6b6e2ca618c17ce6c13712246343a2"},{"keyid":"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","sig":"3045022100edd270d36d0c8468b9a1f2ef1c81a270c72ffd50c65bca0ed1ebd424df09f64b022002b27ffafd7bc5bdfc25281b5b9b597cf2d67d4eeb4af2ff45eb3e666b860c21"},{"keyid":"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","sig":"30460221008d7d95434e576d5876b2db30fd645505ca546618bbc7a8e4b39f64e6a36df9ad022100c00a5294e4ddd02d48d28918b87a06bdfdeccd0618ecdcec29bb2597a05fe474"},{"keyid":"5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800","sig":"30450220215fb3d19d94560a3a2a6067a71c92daf867d13700c9500c4c32d8009a48a634022100df9fb6cee786313bf6c363daac4de39b3dd531f211f81d2391c41bd2d0f91a80"},{"keyid":"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","sig":"304502204091ac5e61b6462d262ecc8442781dd09843bed39942a95a4884c8c6a2c212ef022100dcee86392748f48950d04d539ac1a6643ed1f0b4bd6856f8aeb5a135826c846f"},{"keyid":"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","sig":"30460221009188548601a43b501223caeefca4876ae892e18a85c885004b4c8aeeb05a4421022100abdcc72d94597f8297d6297897ff96f285168dbe6b3d57f846dbc7a2948d2935"},{"keyid":"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","sig":"3046022100b440561545d48759dc4140cda9f8af7c9405a101d6136dd0a26edd6562b7064f022100cafa917ed90350494e47d226b64a8ec63ef5ceebb8ba4d2dec2ce018e4ad402a"}],"signed":{"_type":"root","consistent_snapshot":true,"expires":"2024-06-23T08:29:18Z","keys":{"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENki7aZVips5SgRzCd/Om0CGzQKY/\\nnv84giqVDmdwb2ys82Z6soFLasvYYEEQcwqaC170n9gr93wHUgPc796uJA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@ashtom"},"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElD0o2sOZN9n3RKQ7PtMLAoXj+2Ai\\nn4PKT/pfnzDlNLrD3VTQwCc4sR4t+OLu4KQ+qk+kXkR9YuBsu3bdJZ1OWw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@nerdneha"},"5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC9RNAsuDCNO6T7qA7Y5F8orw2tIW\\nr7rUr4ffxvzTMrbkVtjR/trtE0q0+T0zQ8TWLyI6EYMwb947ej2ItfkOyA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@jacobdepriest"},"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBagkskNOpOTbetTX5CdnvMy+LiWn\\nonRrNrqAHL4WgiebH7Uig7GLhC3bkeA/qgb926/vr9qhOPG9Buj2HatrPw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@gregose"},"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7IEoVNwrprchXGhT5sAhSax7SOd3\\n8duuISghCzfmHdKJWSbV2wJRamRiUVRtmA83K/qm5cT20WXMCT5QeM/D3A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@trevrosen"},"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC2wJ3xscyXxBLybJ9FVjwkyQMe53\\nRHUz77AjMO8MzVaT8xw6ZvJqdNZiytYtigWULlINxw6frNsWJKb/f7lC8A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@kommendorkapten"},"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEDdORwcruW3gqAgaLjH/nNdGMB4kQ\\nAvA+wD6DyO4P/wR8ee2ce83NZHq1ZADKhve0rlYKaKy3CqyQ5SmlZ36Zhw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@krukow"},"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENynVdQnM9h7xU71G7PiJpQaDemub\\nkbjsjYwLlPJTQVuxQO8WeIpJf8MEh5rf01t2dDIuCsZ5gRx+QvDv0UzfsA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@mph4"},"eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENKNcNcX+d73lS1TRFb9Vnp8JvOoh\\nzYQ+in43iGenbG8RGo9L/6FJ2hoRbVU6xskvyuErcdPbCdI4GxrQ5i8hkw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-online-uri":"azurekms://production-tuf-root.vault.azure.net/keys/Online-Key/aaf375fd8ed24acb949a5cc173700b05"}},"roles":{"root":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a"],"threshold":3},"snapshot":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":21,"x-tuf-on-ci-signing-period":7},"targets":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a"],"threshold":3},"timestamp":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":7,"x-tuf-on-ci-signing-period":6}},"spec_version":"1.0.31","version":1,"x-tuf-on-ci-expiry-period":240,"x-tuf-on-ci-signing-period":60}}');
;// CONCATENATED MODULE: ./.build/core/attestation/trust.js
/*
 * Whom a release attestation must be signed by, and the trust to check it with: the trust
 * domain of the GitHub instance (which names the signer's SAN) and GitHub's Sigstore trusted
 * root (through its TUF repository, or a given trusted_root.json).
 */










class AttestationTrustError extends errors/* BaseError */.Cf {
    constructor(code, message) {
        super(code, message);
        this.name = 'AttestationTrustError';
    }
}
/** GitHub's TUF repository, whose `trusted_root.json` target holds its Sigstore instance's keys. */
const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';
/** The SAN GitHub's release-attestation certificates carry for a trust domain. */
function releaseSan(trustDomain) {
    return `https://${trustDomain}.releases.github.com`;
}
/**
 * The trust domain of the GitHub instance: `dotcom` on github.com; elsewhere (GHE.com, GHES)
 * what `GET /meta` says in `domains.artifact_attestations.trust_domain`. A missing or odd value
 * is an error, never a guess: the SAN is built from it.
 */
async function trustDomainOf(client, serverUrl) {
    if (serverUrl.replace(/\/+$/, '').toLowerCase() === 'https://github.com') {
        return { domain: 'dotcom', source: 'github.com' };
    }
    let data;
    try {
        ({ data } = (await client.request('GET /meta')));
    }
    catch (error) {
        throw errors_explainHttpError(error, `Reading the trust domain from ${serverUrl}'s GET /meta`, 'metadata: read');
    }
    const domain = data?.domains?.artifact_attestations?.trust_domain;
    if (typeof domain !== 'string' || !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(domain)) {
        throw new AttestationTrustError('TRUST_DOMAIN', `GET /meta of ${serverUrl} gives no usable domains.artifact_attestations.trust_domain (${(0,core_quote/* quote */.h)(domain)}); ` +
            'the release attestation signer cannot be named, so it cannot be checked.');
    }
    return { domain, source: `GET /meta of ${serverUrl}` };
}
/**
 * The trust for release attestations: the given trusted_root.json, else GitHub's instance
 * through its TUF repository, starting from the TUF root the GitHub CLI embeds (pinned in
 * github-tuf-root.json; see README.md beside it). TUF verifies every update from that root
 * on, so a compromised mirror cannot substitute keys. No TUF, no verification: there is no
 * fallback to an unverified root. `trustedRootOption` names, in the failure, how the caller
 * gives a trusted root instead (undraft's input, the CLI's flag). Without `cacheDir` the TUF
 * cache is a temporary folder, removed before returning.
 */
async function loadAttestationTrust(trustedRootPath, options = {}) {
    if (trustedRootPath)
        return loadTrust(trustedRootPath);
    const temporary = options.cacheDir === undefined;
    const cacheDir = options.cacheDir ?? external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'github-tuf-'));
    const mirrorURL = options.mirrorURL ?? GITHUB_TUF_MIRROR;
    let root;
    try {
        external_node_fs_.mkdirSync(cacheDir, { recursive: true });
        const rootPath = external_node_path_.join(cacheDir, 'embedded-root.json');
        external_node_fs_.writeFileSync(rootPath, JSON.stringify(github_tuf_root_namespaceObject));
        root = await (0,tuf_dist.getTrustedRoot)({
            mirrorURL,
            rootPath,
            cachePath: external_node_path_.join(cacheDir, 'cache'),
            timeout: options.timeoutMs ?? 15_000,
            retry: { retries: 2, factor: 2, minTimeout: 500 },
        });
    }
    catch (error) {
        throw new trust_TrustRootError(`cannot load GitHub's Sigstore trusted root through its TUF repository ${mirrorURL} (${(0,errors/* messageOf */.bD)(error)}); ` +
            `check network access to it, or give ${options.trustedRootOption ?? "'attestation-trusted-root'"} (a trusted_root.json for GHES, ghe.com, offline use or tests).`, { cause: error });
    }
    finally {
        if (temporary)
            external_node_fs_.rmSync(cacheDir, { recursive: true, force: true });
    }
    const { root: sane, dropped } = sanitizeTrustedRoot(root);
    const material = (0,verify_dist/* toTrustMaterial */.jO)(sane, (hint) => {
        throw new trust_TrustRootError(`a release attestation is never signed with a key (${(0,core_quote/* quote */.h)(hint)})`);
    });
    return { material, source: `GitHub's Sigstore instance (TUF ${mirrorURL})`, dropped };
}

;// CONCATENATED MODULE: ./.build/core/attestation/judge.js





/** The predicate type GitHub mints today. */
const RELEASE_PREDICATE_V02 = 'https://in-toto.io/attestation/release/v0.2';
/** The predicate type of releases published before v0.2. */
const RELEASE_PREDICATE_V01 = 'https://in-toto.io/attestation/release/v0.1';
/** The predicate type GitHub mints today (the v0.2 one). */
const RELEASE_PREDICATE_TYPE = (/* unused pure expression or super */ null && (RELEASE_PREDICATE_V02));
const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/**
 * Each predicate version's fields: the one naming the release, and the ids every attestation of
 * that version carries. A field of the other version is refused: it means the statement is not
 * the version it says.
 */
const PREDICATES = {
    [RELEASE_PREDICATE_V02]: {
        releaseIdField: 'databaseId',
        ids: ['databaseId', 'packageId', 'ownerId', 'repositoryId'],
        foreign: ['releaseId'],
    },
    [RELEASE_PREDICATE_V01]: {
        releaseIdField: 'releaseId',
        ids: ['releaseId', 'ownerId', 'repositoryId'],
        foreign: ['databaseId'],
    },
};
/** The purl forms GitHub may write for a tag (owner/repo as named or lower-cased, tag raw or encoded). */
function releasePurls(owner, repo, tag) {
    const out = new Set();
    for (const o of [owner, owner.toLowerCase()]) {
        for (const r of [repo, repo.toLowerCase()]) {
            for (const t of [tag, encodeURIComponent(tag)])
                out.add(`pkg:github/${o}/${r}@${t}`);
        }
    }
    return out;
}
/** The statement of a bundle, read without verifying (to know what it claims). */
function claimedStatement(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new InTotoError('NOT_STATEMENT', 'it holds a message signature, not a DSSE envelope');
    const envelope = bundle.content.dsseEnvelope;
    return parseStatement(envelope.payloadType, envelope.payload);
}
/**
 * The subjects: exactly one purl subject (`uri`), the assets by `name` with a sha256. A purl in
 * `name` is the shape GitHub never wrote, refused rather than read two ways.
 */
function readSubjects(statement, judgement) {
    const problems = judgement.problems;
    const purls = [];
    problems.push(...statement.subjectProblems);
    for (const s of statement.subjects) {
        if (s.uri !== undefined) {
            if (!s.uri.startsWith('pkg:'))
                problems.push(`a subject's uri ${(0,core_quote/* quote */.h)(s.uri)} is not a purl`);
            else
                purls.push({ uri: s.uri, sha1: s.digest.sha1 });
            continue;
        }
        if (s.name === undefined || s.name === '') {
            problems.push('a subject has neither a name nor a purl uri');
            continue;
        }
        if (s.name.startsWith('pkg:')) {
            problems.push(`subject ${(0,core_quote/* quote */.h)(s.name)} carries a purl as its name; GitHub names the tag by 'uri'`);
            continue;
        }
        const sha256 = s.digest.sha256;
        if (sha256 === undefined || !/^[0-9a-f]{64}$/.test(sha256)) {
            problems.push(`subject ${(0,core_quote/* quote */.h)(s.name)} has no sha256 digest`);
            continue;
        }
        if (judgement.subjects.has(s.name))
            problems.push(`subject ${(0,core_quote/* quote */.h)(s.name)} appears twice`);
        judgement.subjects.set(s.name, sha256);
    }
    return { purls };
}
/** The predicate's own fields, per version (see PREDICATES). */
function checkPredicate(statement, expected, problems, purl) {
    const fields = PREDICATES[statement.predicateType];
    const predicate = statement.predicate;
    const version = statement.predicateType.slice(statement.predicateType.lastIndexOf('/') + 1);
    for (const name of fields.foreign) {
        if (predicate[name] !== undefined)
            problems.push(`its ${version} predicate has '${name}', a field of another version`);
    }
    for (const name of fields.ids) {
        const value = predicate[name];
        if (typeof value !== 'string' || !/^[1-9][0-9]*$/.test(value))
            problems.push(`its ${version} predicate's ${name} is ${(0,core_quote/* quote */.h)(value)}, not a decimal id`);
    }
    if (fields.releaseIdField === 'databaseId' && predicate.packageId !== predicate.repositoryId) {
        problems.push(`its packageId ${(0,core_quote/* quote */.h)(predicate.packageId)} is not its repositoryId ${(0,core_quote/* quote */.h)(predicate.repositoryId)}`);
    }
    const releaseId = predicate[fields.releaseIdField];
    if (expected.releaseId !== undefined && releaseId !== String(expected.releaseId)) {
        problems.push(`it names release ${fields.releaseIdField} ${(0,core_quote/* quote */.h)(releaseId)}, not ${expected.releaseId}`);
    }
    // Owner and repository names are case-insensitive on GitHub; the attestation writes them as
    // GitHub spells them, which may differ in case from what the caller typed.
    const repository = `${expected.owner}/${expected.repo}`;
    if (typeof predicate.repository !== 'string' ||
        predicate.repository.toLowerCase() !== repository.toLowerCase()) {
        problems.push(`its predicate names repository ${(0,core_quote/* quote */.h)(predicate.repository)}, not ${repository}`);
    }
    if (purl !== undefined && predicate.purl !== purl) {
        problems.push(`its predicate purl ${(0,core_quote/* quote */.h)(predicate.purl)} differs from its subject ${(0,core_quote/* quote */.h)(purl)}`);
    }
}
/**
 * Verifies one release attestation bundle (its JSON) against the trust, the exact SAN and the
 * expected release. Never throws for a bad attestation: every problem is a line in the result.
 */
async function judgeAttestation(bundleJson, trust, san, expected) {
    const judgement = { signatureOk: false, aboutThisTag: false, subjects: new Map(), problems: [] };
    const problems = judgement.problems;
    let bundle;
    try {
        bundle = bundle_parseBundle(JSON.stringify(bundleJson));
    }
    catch (error) {
        problems.push(`not a Sigstore bundle: ${(0,errors/* messageOf */.bD)(error)}`);
        return judgement;
    }
    if (bundle.mediaType !== BUNDLE_V03)
        problems.push(`bundle media type is ${(0,core_quote/* quote */.h)(bundle.mediaType)}, not ${BUNDLE_V03}`);
    let statement;
    try {
        statement = claimedStatement(bundle);
    }
    catch (error) {
        problems.push(`the bundle is not an in-toto statement: ${(0,errors/* messageOf */.bD)(error)}`);
        return judgement;
    }
    // The signature first: nothing a statement says counts before it is known who signed it.
    // GitHub's instance logs nothing to a transparency log and has no CT log: one RFC 3161
    // timestamp from a trusted timestamp authority bounds the certificate's validity.
    try {
        const verified = await verifySigstoreBundle(bundle, trust, {
            signer: { san },
            thresholds: { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 },
            payloadType: IN_TOTO_PAYLOAD_TYPE,
        });
        judgement.san = verified.identity;
        judgement.signatureOk = true;
    }
    catch (error) {
        const signer = error instanceof verify_artifact_SignatureVerificationError && error.code === 'UNTRUSTED_SIGNER_ERROR';
        problems.push(signer
            ? `not signed by the release signer: ${(0,errors/* messageOf */.bD)(error)}`
            : `signature does not verify against the trusted root: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    if (statement.type !== intoto_IN_TOTO_STATEMENT_V1) {
        problems.push(`statement type is ${(0,core_quote/* quote */.h)(statement.type)}, not ${intoto_IN_TOTO_STATEMENT_V1}`);
    }
    judgement.predicateType = statement.predicateType;
    const tag = statement.predicate.tag;
    judgement.tag = typeof tag === 'string' ? tag : undefined;
    const { purls } = readSubjects(statement, judgement);
    const accepted = releasePurls(expected.owner, expected.repo, expected.tag);
    judgement.aboutThisTag = judgement.tag === expected.tag || purls.some((p) => accepted.has(p.uri));
    if (judgement.tag !== expected.tag) {
        problems.push(`it names tag ${(0,core_quote/* quote */.h)(tag ?? '(none)')}, not ${(0,core_quote/* quote */.h)(expected.tag)}`);
    }
    const wanted = `pkg:github/${expected.owner}/${expected.repo}@${expected.tag}`;
    if (purls.length !== 1) {
        problems.push(`it has ${purls.length} purl subjects; exactly one (${wanted}) is expected`);
    }
    else {
        const [p] = purls;
        if (!accepted.has(p.uri))
            problems.push(`its purl subject is ${(0,core_quote/* quote */.h)(p.uri)}, not ${wanted}`);
        if (p.sha1 !== expected.commit.toLowerCase()) {
            problems.push(`it binds the tag to commit ${(0,core_quote/* quote */.h)(p.sha1 ?? '(no sha1)')}, not to ${expected.commit}`);
        }
    }
    // hasOwn: a predicate type such as "constructor" must not find Object.prototype's members.
    if (!Object.hasOwn(PREDICATES, statement.predicateType)) {
        problems.push(`predicate type is ${(0,core_quote/* quote */.h)(statement.predicateType)}; a release attestation is ${RELEASE_PREDICATE_V02} or ${RELEASE_PREDICATE_V01}`);
    }
    else {
        checkPredicate(statement, expected, problems, purls.length === 1 ? purls[0].uri : undefined);
    }
    if (expected.assets) {
        for (const [name, sha256] of expected.assets) {
            const attested = judgement.subjects.get(name);
            if (attested === undefined)
                problems.push(`asset ${(0,core_quote/* quote */.h)(name)} is not a subject`);
            else if (attested !== sha256)
                problems.push(`asset ${(0,core_quote/* quote */.h)(name)} is attested as sha256:${attested}, but the release serves sha256:${sha256}`);
        }
        for (const name of judgement.subjects.keys()) {
            if (!expected.assets.has(name))
                problems.push(`subject ${(0,core_quote/* quote */.h)(name)} is not an asset of the release`);
        }
    }
    return judgement;
}

;// CONCATENATED MODULE: ./.build/core/attestation/wait.js
/*
 * Finding GitHub's release attestation: listing the ones GitHub holds for a commit, and waiting
 * (GitHub signs it shortly after the release is published) until one verifies for exactly this
 * release, one that verifies says something else about it, or the time is up.
 */


/**
 * The release attestations GitHub lists for a commit (an empty list while there are none), every
 * page of them (list.ts).
 */
async function listReleaseAttestations(client, repo, commit) {
    return listAttestations(client, repo, `sha1:${commit}`, {
        predicateType: 'release',
        what: `the release attestations of commit ${commit}`,
    });
}

/**
 * Polls for the release attestation until one verifies for exactly this release, one that
 * verifies says something else about this tag (a definite failure: no waiting can fix it), or
 * the deadline passes. Attestations for another tag of the same commit are not this release's,
 * so they are waited past; ones that do not verify are reported if nothing better comes.
 */
async function waitForReleaseAttestation(deps) {
    const now = deps.now ?? Date.now;
    const sleep = deps.sleep ?? ((ms) => (0,promises_.setTimeout)(ms));
    const deadline = now() + deps.timeoutMs;
    let polls = 0;
    let last;
    for (;;) {
        polls++;
        const bundles = await deps.list();
        const judged = await Promise.all(bundles.map(async (b) => ({ bundle: b, judgement: await deps.judge(b) })));
        last = judged.map((j) => j.judgement);
        const wrong = judged.filter((j) => j.judgement.signatureOk && j.judgement.aboutThisTag && j.judgement.problems.length > 0);
        if (wrong.length > 0) {
            return {
                ok: false,
                detail: `GitHub's attestation does not match: ${wrong[0].judgement.problems.join('; ')}`,
                polls,
                judgement: wrong[0].judgement,
            };
        }
        const good = judged.find((j) => j.judgement.problems.length === 0);
        if (good) {
            return { ok: true, bundle: good.bundle, judgement: good.judgement, detail: '', polls };
        }
        if (now() >= deadline)
            break;
        await sleep(Math.min(deps.pollMs, Math.max(deadline - now(), 0)));
    }
    if (last.length === 0) {
        return {
            ok: false,
            detail: `no release attestation appeared within ${Math.round(deps.timeoutMs / 1000)} s (${polls} polls)`,
            polls,
        };
    }
    const seen = last
        .map((j, i) => `#${i + 1}${j.tag ? ` (tag ${j.tag})` : ''}: ${j.problems.join('; ')}`)
        .join(' | ');
    return {
        ok: false,
        detail: `no attestation verifies for this release within ${Math.round(deps.timeoutMs / 1000)} s; found ${last.length}: ${seen}`,
        polls,
    };
}

;// CONCATENATED MODULE: ./.build/core/attestation/release-attestation.js
/*
 * GitHub's release attestation: the seal GitHub signs when an immutable release is published.
 * Verifying it closes the loop from "we uploaded these bytes" to "GitHub has sealed exactly
 * these bytes under this tag". This module is the one import for undraft and the CLI; the work
 * is split by concern:
 * - trust.ts: the signer's trust domain and SAN, and GitHub's Sigstore trusted root;
 * - judge.ts: one attestation against the expected release (the format, and where it comes from);
 * - wait.ts: listing a commit's attestations and waiting for the one of this release.
 */




;// CONCATENATED MODULE: ./.build/core/undraft/seal.js
/*
 * The seal: after publishing an immutable release, GitHub's own release attestation must name
 * exactly this tag, commit and these assets. A failure here cannot be undone (the release is
 * out), so every failing row says so.
 */





/** The seal: GitHub's release attestation, when asked for (or `auto` and immutable). */
async function seal(deps, config, release, commit, assets, report, outputs, log) {
    const check = 'release attestation';
    const out = `release ${config.tag} IS PUBLISHED (${release.html_url}) and cannot be unpublished`;
    if (config.verifyAttestation === 'false') {
        report.pass(check, 'not checked: verify-release-attestation is false');
        return;
    }
    if (release.immutable !== true) {
        if (config.verifyAttestation === 'auto') {
            report.pass(check, 'not checked: the release is not immutable, so GitHub signs no release attestation (auto)');
        }
        else {
            report.fail(check, `${out}, but it is not immutable, so GitHub signs no release attestation for it: enable immutable releases in the repository settings (verify-release-attestation: true)`);
        }
        return;
    }
    try {
        const trust = await loadAttestationTrust(config.attestationTrustedRoot, {
            cacheDir: external_node_path_.join(deps.tempDir, 'undraft-github-tuf'),
        });
        const domain = await trustDomainOf(deps.client, deps.serverUrl);
        const san = releaseSan(domain.domain);
        const expectedAssets = new Map();
        const digests = new Digests(deps.client, config.repository);
        for (const a of assets)
            expectedAssets.set(a.name, (await digests.of(a)).sha256);
        log(`Waiting up to ${Math.round(config.attestationTimeoutMs / 1000)} s for GitHub's release attestation of ${config.tag} (${commit}), signed for ${san}.`);
        const result = await waitForReleaseAttestation({
            list: () => listReleaseAttestations(deps.client, config.repository, commit),
            judge: (bundle) => judgeAttestation(bundle, trust.material, san, {
                owner: config.repository.owner,
                repo: config.repository.repo,
                tag: config.tag,
                commit,
                assets: expectedAssets,
                releaseId: release.id,
            }),
            timeoutMs: config.attestationTimeoutMs,
            pollMs: deps.pollMs ?? 5000,
        });
        if (!result.ok) {
            report.fail(check, `${out}; GitHub's seal does not vouch for it: ${result.detail}`);
            return;
        }
        const dir = external_node_path_.join(deps.tempDir, 'undraft');
        external_node_fs_.mkdirSync(dir, { recursive: true });
        const file = external_node_path_.join(dir, `${config.tag.replace(/[^A-Za-z0-9._-]/g, '_')}.release-attestation.sigstore.json`);
        external_node_fs_.writeFileSync(file, JSON.stringify(result.bundle) + '\n');
        outputs['attestation-verified'] = true;
        outputs['attestation-path'] = file;
        report.pass(check, `signed for ${san} (trust domain from ${domain.source}; trust: ${trust.source}): tag ${config.tag} → ${commit}, exactly the ${expectedAssets.size} asset(s) and their sha256`);
    }
    catch (error) {
        report.fail(check, `${out}; the release attestation could not be checked: ${(0,errors/* messageOf */.bD)(error)}`);
    }
}

;// CONCATENATED MODULE: ./.build/core/undraft/pipeline.js
/*
 * undraft: the sole publish point. It turns the tag's one draft into the release only when
 * everything promised is there, re-reads what it published, and then checks GitHub's own
 * seal (the release attestation). Every check is a row of one report; the first write to
 * GitHub happens only when every row before it passed.
 *
 * Re-runs converge: a release that is already published is checked exactly like a draft and
 * never touched; a publish whose answer was lost is found published on the re-read; two runs
 * at once both see one release, and the later one only checks it.
 *
 * The steps live beside this file: checks.ts (before publishing), publish.ts (the one write
 * and the re-read), seal.ts (the release attestation).
 */







/** undraft's outputs before anything is published, as a copy the run fills in. */
function notPublishedOutputs() {
    return { ...outputs/* NOT_PUBLISHED_OUTPUTS */.q };
}
/**
 * Runs undraft's checks, the publish and the seal into `report`. Never throws for a failed
 * check (that is a failed row); a configuration error becomes an `inputs` row and is rethrown.
 */
async function undraft(deps, config, report) {
    const outputs = notPublishedOutputs();
    const log = deps.log ?? (() => undefined);
    let prepared;
    try {
        prepared = await prepare(config);
    }
    catch (error) {
        report.fail('inputs', (0,errors/* messageOf */.bD)(error));
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        return { outputs };
    }
    const { client } = deps;
    const repo = config.repository;
    const digests = new Digests(client, repo);
    let release;
    let commit;
    let assets;
    try {
        release = await findRelease(client, config, report);
        if (!release)
            return { outputs };
        outputs['release-id'] = String(release.id);
        outputs['release-url'] = release.html_url;
        commit = await checkTarget(deps, config, release, report);
        assets = await listAssets(client, repo, release.id);
        const assetsOk = await checkAssets(deps, config, prepared, assets, digests, report, commit);
        if (!commit || !assetsOk) {
            if (release.draft)
                report.fail('publish', 'not published: the checks above failed; the draft was not changed');
            else
                outputs.published = true;
            outputs.immutable = release.immutable === true;
            return { outputs };
        }
    }
    catch (error) {
        report.fail('checks', (0,errors/* messageOf */.bD)(error));
        if (release?.draft)
            report.fail('publish', 'not published: the checks could not be completed; the draft was not changed');
        return { outputs };
    }
    let alreadyPublished = !release.draft;
    let wantedLatest;
    if (!alreadyPublished) {
        let result;
        try {
            result = await publish(deps, config, prepared.body, release, commit, report);
        }
        catch (error) {
            report.fail('publish', (0,errors/* messageOf */.bD)(error));
        }
        if (!result)
            return { outputs };
        alreadyPublished = result.meanwhile;
        wantedLatest = result.meanwhile ? undefined : result.makeLatest;
    }
    outputs['already-published'] = alreadyPublished;
    // Re-read: what is out there now is what counts.
    const now = await confirmPublished(client, config, release.id, commit, assets, report, outputs);
    if (!now)
        return { outputs };
    if (wantedLatest !== undefined)
        await confirmLatest(client, repo, release.id, wantedLatest, report, outputs);
    await seal(deps, config, now.release, commit, now.assets, report, outputs, log);
    return { outputs };
}

;// CONCATENATED MODULE: ./.build/actions/undraft/main.js








/** Poll interval for the attestation; `SEALED_RELEASE_POLL_MS` shortens it for loopback tests. */
const pollMs = () => env_envNumber('SEALED_RELEASE_POLL_MS');
/**
 * undraft: every check, then the publish, the re-read and the seal, in one report. The
 * summary, the failure message and the outputs come from that one report (runChecks).
 * The outputs are exactly those of undraft's action.yml (the contract's; no `ok`/`reason`:
 * `published` is the verdict a later step reads), each written on every ending: a run that
 * stops early, or on an error, reports them as nothing published.
 */
async function main_run(inputs) {
    let thrown;
    await runChecks(`undraft ${inputs.tag}`, [
        async (report) => {
            try {
                const { outputs } = await undraft({
                    client: createClient(inputs.token),
                    serverUrl: serverUrl(),
                    tempDir: process.env.RUNNER_TEMP || external_node_os_.tmpdir(),
                    runRef: process.env.GITHUB_REF,
                    runSha: process.env.GITHUB_SHA,
                    pollMs: pollMs(),
                    log: (line) => info(line),
                }, inputs, report);
                return { outputs, hardFailures: 0 };
            }
            catch (error) {
                // A configuration error has its row; the boundary reports it as the user's to fix.
                // Anything else is a bug: it gets a failed row too, so the run can never pass.
                thrown = error;
                if (!(error instanceof errors/* ConfigurationError */.j1))
                    report.fail('undraft', `stopped by an unexpected error: ${(0,errors/* messageOf */.bD)(error)}`);
                return { outputs: { ...outputs/* NOT_PUBLISHED_OUTPUTS */.q }, hardFailures: 1 };
            }
        },
    ], { onReject: 'fail', verdictOutputs: false }).catch((error) => {
        throw thrown ?? error;
    });
}


/***/ })

};
