export const id = 416;
export const ids = [416];
export const modules = {

/***/ 3416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
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

// EXTERNAL MODULE: ./.build/core/errors.js + 1 modules
var errors = __webpack_require__(2489);
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
    const network = networkFailure(error);
    const status = causeChain(error)
        .map((link) => link ?? {})
        .map((link) => link.statusCode ?? link.status)
        .find((s) => typeof s === 'number');
    if (network === undefined && !(status !== undefined && status >= 500))
        return undefined;
    const why = network ? unreachableMessage(network.host, network.reason) : `HTTP ${status}`;
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

// EXTERNAL MODULE: ./.build/core/ci/outputs.js
var outputs = __webpack_require__(347);
;// CONCATENATED MODULE: ./.build/core/ci/summary.js
/*
 * What the CI check says about runs: the detail of a workflow's row, the `report` output's
 * objects and the runs table of the job summary. Pure text from the check's decisions, so the
 * rows, the output and the table always describe the same run.
 */
/** Conclusions and what each says to do; anything not here is unknown and fails closed. */
const CONCLUSION_ADVICE = {
    failure: 'the run failed; fix it and push, or re-run it if the failure was flaky',
    cancelled: 'the run was cancelled, probably superseded by a newer push or a concurrency group; re-run it on this exact SHA',
    skipped: 'the run was skipped, so nothing was tested on this commit',
    neutral: 'the run ended neutral, which is not a pass',
    timed_out: 'the run timed out; re-run it on this exact SHA',
    action_required: 'the run is waiting for approval (action_required)',
    stale: 'the run went stale; re-run it on this exact SHA',
    startup_failure: 'the workflow failed to start (startup_failure); check the workflow file',
};
/** Why a completed run that is not a success fails, and what to do about it. */
function conclusionDetail(conclusion, sha) {
    const advice = conclusion ? CONCLUSION_ADVICE[conclusion] : undefined;
    if (!advice)
        return `completed with unknown conclusion '${String(conclusion)}', which is not a pass`;
    return `${conclusion}: ${advice}${/this exact SHA/.test(advice) ? ` (${sha})` : ''}`;
}
/**
 * "the API also returned 3 runs that do not count: 2 of another workflow file (e.g. …), 1 of a
 * fork …": one example per kind keeps the row short however many runs GitHub sent.
 */
function describeIgnored(ignored) {
    if (ignored.length === 0)
        return undefined;
    const byKind = new Map();
    for (const { kind, detail } of ignored) {
        const entry = byKind.get(kind);
        if (entry)
            entry.count++;
        else
            byKind.set(kind, { count: 1, example: detail });
    }
    const parts = [...byKind].map(([kind, { count, example }]) => `${count} of ${kind} (e.g. ${example})`);
    const one = ignored.length === 1;
    return `the API also returned ${ignored.length} run${one ? '' : 's'} that do${one ? 'es' : ''} not count: ${parts.join(', ')}`;
}
/** The web address of a run: GitHub's own html_url, else built from the server URL. */
function runUrl(run, web, repo) {
    return run.html_url ?? `${web}/${repo.owner}/${repo.repo}/actions/runs/${run.id}`;
}
/** The `report` output's object for a workflow (all null when no run counted). */
function outcomeOf(workflow, run, url) {
    return {
        workflow,
        'run-id': run?.id ?? null,
        'run-url': url,
        status: run?.status ?? null,
        conclusion: run?.conclusion ?? null,
        attempt: run?.run_attempt ?? null,
    };
}
/** The job summary's runs table, under a line naming the commit, branch and event checked. */
function runsTable(checked, outcomes) {
    return [
        `**Commit** \`${checked.sha}\` · **branch** \`${checked.branch}\` · **event** \`${checked.event}\``,
        '',
        '| workflow | run | attempt | status | conclusion |',
        '| --- | --- | --- | --- | --- |',
        ...outcomes.map(({ outcome: o, runNumber }) => {
            const run = o['run-url'] ? `[#${runNumber ?? o['run-id']}](${o['run-url']})` : '—';
            return `| ${o.workflow} | ${run} | ${o.attempt ?? '—'} | ${o.status ?? '—'} | ${o.conclusion ?? '—'} |`;
        }),
    ].join('\n');
}

;// CONCATENATED MODULE: ./.build/core/ci/runs.js
/*
 * Which workflow runs count for require-ci-green, and one workflow's verdict from its runs.
 * Apart from the check's orchestration (check.ts) because this is the part that decides: every
 * field of a run the API returned is compared again, exactly, so a run of another workflow,
 * fork, commit, event or branch can never pass the release.
 */



/**
 * The `path` values a run of `workflow` may carry. GitHub documents `path` as the workflow's
 * full path, and its own examples (and real answers) sometimes add the ref the file was read
 * from: `.github/workflows/ci.yml@main` or `…@refs/heads/main`. Only the branch being checked
 * is accepted as that ref; any other suffix (a pull request's merge ref, another branch, a
 * tag) is another run, so it does not count. Compared as whole strings, never as prefixes.
 */
function acceptedRunPaths(workflow, branch) {
    const file = `.github/workflows/${workflow}`;
    return [file, `${file}@${branch}`, `${file}@refs/heads/${branch}`];
}
/**
 * Why a run the API returned does not count, or undefined when it does. The API's filters are
 * the server's: each field is checked again so that a run of another workflow, a fork, another
 * commit, event or branch can never pass the release (a pull_request run on the same SHA, or a
 * fork's run reporting our branch name, must not). Each layer has its own message.
 */
function whyRunDoesNotCount(run, want) {
    if (!acceptedRunPaths(want.workflow, want.branch).includes(run.path))
        return { kind: 'another workflow file', detail: `path ${(0,errors/* quote */.hD)(run.path)}` };
    const headRepo = run.head_repository?.id;
    if (headRepo !== want.repoId)
        return {
            kind: 'a fork or another repository',
            detail: `head repository id ${headRepo ?? 'missing'}, not ${want.repoId}`,
        };
    if (run.head_sha !== want.sha)
        return { kind: 'another commit', detail: `head_sha ${(0,errors/* quote */.hD)(run.head_sha)}` };
    if (run.event !== want.event)
        return { kind: 'another event', detail: `event ${(0,errors/* quote */.hD)(run.event)}` };
    if (run.head_branch !== want.branch)
        return { kind: 'another branch', detail: `head_branch ${(0,errors/* quote */.hD)(run.head_branch)}` };
    return undefined;
}
/**
 * One workflow's verdict now: its newest counting run (latest attempt). One listing request
 * (a page per 100 runs); a 404 on its first page means the workflow file does not exist.
 */
async function decide(client, repo, want) {
    const { workflow } = want;
    let runs;
    try {
        runs = await paginateAll(client, 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            ...repo,
            workflow_id: workflow,
            head_sha: want.sha,
            event: want.event,
            branch: want.branch,
            exclude_pull_requests: true,
        }, { what: `Listing runs of ${workflow}` });
    }
    catch (error) {
        const status = errors_statusOf(error);
        if (status === 404 && error instanceof PaginationError && error.pages === 0)
            return { state: 'missing' };
        const message = status === 403 || status === 404
            ? errors_explainHttpError(error, `Listing runs of ${workflow}`, 'actions: read').message
            : (0,errors/* messageOf */.bD)(error);
        return { state: 'fail', detail: message };
    }
    const ignored = [];
    const matching = runs.filter((run) => {
        const why = whyRunDoesNotCount(run, want);
        if (why)
            ignored.push(why);
        return why === undefined;
    });
    const note = { ignored: describeIgnored(ignored) };
    if (matching.length === 0)
        return { state: 'pending', ...note };
    const newest = matching.reduce((a, b) => b.created_at > a.created_at || (b.created_at === a.created_at && b.run_number > a.run_number) ? b : a);
    if (newest.status !== 'completed')
        return { state: 'pending', run: newest, ...note };
    if (newest.conclusion === 'success')
        return { state: 'pass', run: newest, ...note };
    return { state: 'fail', run: newest, detail: conclusionDetail(newest.conclusion, want.sha), ...note };
}

;// CONCATENATED MODULE: ./.build/core/ci/check.js






/**
 * The CI check could not reach a verdict because GitHub's answer lacked what it needs:
 * - `NO_REPOSITORY_ID`: the repository came without a numeric id (fork runs could not be told apart).
 */
class CiCheckError extends errors/* BaseError */.Cf {
}
/** "workflow file 'x.yml' not found in o/r" */
function missingWorkflow(repo, workflow) {
    return `workflow file '${workflow}' not found in ${repo.owner}/${repo.repo}`;
}
/** The tag's commit (annotated tags peeled); a tag that does not exist is the user's mistake. */
async function tagCommit(client, repo, tag, source) {
    const sha = await resolveTagCommit(client, repo, tag);
    if (sha === undefined) {
        const subject = source === "input 'tag'" ? `Input 'tag': tag '${tag}'` : `Tag '${tag}' (${source})`;
        throw new errors/* ConfigurationError */.j1(`${subject} does not exist in ${repo.owner}/${repo.repo} (or the token lacks 'contents: read').`);
    }
    return sha;
}
async function branchHead(client, repo, branch) {
    try {
        return (await client.rest.repos.getBranch({ ...repo, branch })).data.commit.sha;
    }
    catch (error) {
        if (errors_statusOf(error) === 404) {
            throw new errors/* ConfigurationError */.j1(`Input 'branch': branch '${branch}' does not exist in ${repo.owner}/${repo.repo} (or the token lacks 'contents: read').`);
        }
        throw errors_explainHttpError(error, `Reading branch '${branch}'`, 'contents: read');
    }
}
function check_short(sha) {
    return sha.slice(0, 12);
}
/**
 * Runs the check, adding its rows to `report`. A mistake only the API can reveal (a tag,
 * branch or workflow file that does not exist) throws a ConfigurationError; everything else the
 * API says becomes rows (the caller publishes them).
 */
async function checkCiGreen(inputs, deps, report) {
    const { client } = deps;
    const repo = inputs.repository;
    const now = deps.now ?? Date.now;
    const sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const log = deps.log ?? (() => { });
    const web = (deps.serverUrl ?? serverUrl()).replace(/\/+$/, '');
    const workflows = [...new Set(inputs.workflows)];
    if (workflows.length === 0)
        throw new errors/* ConfigurationError */.j1(`Input 'workflows' is required: give one file a line.`);
    const timeoutMs = inputs.noWait !== undefined ? 0 : inputs.timeoutMs;
    const deadline = now() + timeoutMs;
    // The report may already hold other checks' rows (the preflight shares one); green is ours only.
    const firstRow = report.rows.length;
    // 1. The commit. With a tag, the tag is the truth and any other commit named for the release
    // (input 'sha', or GITHUB_SHA) must be exactly its commit: CI rows for one commit beside a
    // tag on another would vouch for code that is not being released.
    const shaSource = inputs.shaSource ?? "input 'sha'";
    let sha;
    if (inputs.tag !== undefined) {
        const tag = inputs.tag;
        sha = await tagCommit(client, repo, tag, inputs.tagSource ?? "input 'tag'");
        if (inputs.sha === undefined)
            report.pass('commit', `tag ${tag} → ${sha}`);
        else if (inputs.sha === sha)
            report.pass('commit', `tag ${tag} → ${sha} (= ${shaSource})`);
        else {
            report.fail('commit', `tag ${tag} is at ${sha}, but the commit being released (${shaSource}) is ${inputs.sha}: ` +
                `the tag and the commit must be one; release the tag's own commit, or move the tag`);
            // Which commit is released is not settled, so no run is looked at: nothing here is green.
            return {
                green: false,
                sha: inputs.sha,
                headSha: '',
                branch: inputs.branch ?? '',
                outcomes: workflows.map((workflow) => outcomeOf(workflow, undefined, null)),
                runsMarkdown: `**Commit** not settled: tag \`${tag}\` is at \`${sha}\`, the commit given is \`${inputs.sha}\`; no run was checked.`,
            };
        }
    }
    else if (inputs.sha !== undefined) {
        sha = inputs.sha;
        report.pass('commit', `${sha} (${shaSource})`);
    }
    else {
        throw new errors/* ConfigurationError */.j1(`Input 'sha' is required when neither 'tag' nor GITHUB_SHA is given.`);
    }
    // 2. The repository: its own id (a run from a fork carries another one) and, unless given,
    // its default branch. From the event payload when it describes this very repository (the
    // name compared exactly; any difference, even of case, asks the API), else one request.
    let repoId;
    let branch = inputs.branch;
    const fromEvent = deps.eventRepository;
    if (fromEvent && fromEvent.fullName === `${repo.owner}/${repo.repo}`) {
        repoId = fromEvent.id;
        branch ||= fromEvent.defaultBranch;
    }
    else {
        try {
            const { data } = await client.rest.repos.get({ ...repo });
            repoId = data.id;
            branch ||= data.default_branch;
        }
        catch (error) {
            throw errors_explainHttpError(error, `Reading repository ${repo.owner}/${repo.repo}`, 'contents: read');
        }
    }
    if (!Number.isSafeInteger(repoId))
        throw new CiCheckError('NO_REPOSITORY_ID', `GitHub gave no id for ${repo.owner}/${repo.repo}.`);
    // 3. The head at the start.
    let headSha = '';
    let headOk = true;
    if (inputs.requireHead) {
        headSha = await branchHead(client, repo, branch);
        headOk = headSha === sha;
        if (headOk)
            report.pass('branch head (start)', `${branch} is at ${check_short(sha)}`);
        else {
            report.fail('branch head (start)', `${branch} is at ${check_short(headSha)}, not ${check_short(sha)}: release the branch head, or set require-head: false`);
        }
    }
    // 4. Poll until every workflow is decided or the deadline passes. Waiting is pointless when
    // the commit is not the head: that verdict cannot change. The runs listing answers 404 for a
    // workflow file that does not exist, so the first poll also checks the names (no separate
    // request per workflow); every unknown file is named at once.
    const want = { sha, event: inputs.event, branch, repoId };
    const decisions = new Map();
    for (let poll = 1;; poll++) {
        const unknown = [];
        for (const workflow of workflows) {
            const previous = decisions.get(workflow);
            if (previous && previous.state !== 'pending')
                continue;
            const decision = await decide(client, repo, { ...want, workflow });
            if (decision.state === 'missing' && poll === 1)
                unknown.push(workflow);
            decisions.set(workflow, decision.state === 'missing'
                ? {
                    state: 'fail',
                    detail: `${missingWorkflow(repo, workflow)} any more (it was there at the first poll)`,
                }
                : decision);
        }
        if (unknown.length > 0) {
            throw new errors/* ConfigurationError */.j1(`Input 'workflows': ${unknown.map((w) => missingWorkflow(repo, w)).join('; ')} ` +
                `(GitHub answered 404: check the file name under .github/workflows/, or grant the job 'actions: read').`);
        }
        for (const [workflow, decision] of decisions) {
            if (decision.state !== 'pass' && decision.ignored)
                log(`${workflow}: ${decision.ignored}`);
        }
        const pending = workflows.filter((w) => decisions.get(w).state === 'pending');
        const remaining = deadline - now();
        if (pending.length === 0 || remaining <= 0 || !headOk)
            break;
        log(`Poll ${poll}: waiting for ${pending.join(', ')} (${Math.ceil(remaining / 1000)} s left)`);
        await sleep(Math.min(inputs.pollIntervalMs, remaining));
    }
    // 5. Rows and outcomes.
    const table = [];
    for (const workflow of workflows) {
        const decision = decisions.get(workflow);
        const run = decision.run;
        const url = run ? runUrl(run, web, repo) : null;
        table.push({ outcome: outcomeOf(workflow, run, url), runNumber: run?.run_number });
        const link = run ? `run #${run.run_number} attempt ${run.run_attempt ?? 1} (${url})` : '';
        const ignored = decision.ignored ? `; ${decision.ignored}` : '';
        const check = `workflow ${workflow}`;
        if (decision.state === 'pass')
            report.pass(check, `completed/success: ${link}`);
        else if (decision.state === 'fail')
            report.fail(check, run ? `${decision.detail}: ${link}` : decision.detail);
        else if (run && inputs.noWait !== undefined)
            report.fail(check, `still ${run.status}, not waited for (${inputs.noWait}): ${link}`);
        else if (run) {
            report.fail(check, `still ${run.status} when the wait ended (timeout ${Math.round(timeoutMs / 1000)} s): ${link}; ` +
                `raise 'timeout' or run the release after CI finishes`);
        }
        else if (inputs.noWait !== undefined) {
            report.fail(check, `no run for ${check_short(sha)} (event ${inputs.event}, branch ${branch}) exists yet, not waited for (${inputs.noWait})${ignored}`);
        }
        else {
            report.fail(check, `no run for ${check_short(sha)} (event ${inputs.event}, branch ${branch}) ` +
                (timeoutMs > 0
                    ? `appeared within ${Math.round(timeoutMs / 1000)} s`
                    : `exists (timeout 0: no waiting)`) +
                `${ignored}; push the commit to ${branch} so CI runs on it, or raise 'timeout'`);
        }
    }
    // 6. The head again at the end: a push during the wait means another commit is the release.
    if (inputs.requireHead && headOk) {
        const endHead = await branchHead(client, repo, branch);
        if (endHead === sha)
            report.pass('branch head (end)', `${branch} is still at ${check_short(sha)}`);
        else {
            report.fail('branch head (end)', `${branch} moved to ${check_short(endHead)} during the check; ${check_short(sha)} is no longer the head`);
        }
        headSha = endHead;
    }
    else if (!inputs.requireHead) {
        // Not a verdict, but the output still reports where the branch is.
        headSha = await branchHead(client, repo, branch);
    }
    const own = report.rows.slice(firstRow);
    const green = own.length > 0 && own.every((row) => row.ok);
    return {
        green,
        sha,
        headSha: headSha || sha,
        branch,
        outcomes: table.map((t) => t.outcome),
        runsMarkdown: runsTable({ sha, branch, event: inputs.event }, table),
    };
}
/**
 * require-ci-green as a {@link Check} for `runChecks`, alone (the require-ci-green action) or
 * after the guard over a shared report (the preflight). Errors become rows, so the summary is
 * still written; its outputs are `green` (this check's rows only), `head-sha` and `report`, and
 * the runs table goes in the summary.
 */
function ciCheck(inputs, deps, options = {}) {
    return async (report) => {
        const before = report.failures.length;
        try {
            const result = await checkCiGreen({ ...inputs, noWait: options.noWait }, deps, report);
            return {
                outputs: { green: result.green, 'head-sha': result.headSha, report: JSON.stringify(result.outcomes) },
                hardFailures: options.soft ? 0 : report.failures.length - before,
                summary: [`**CI runs** (require-ci-green)\n\n${result.runsMarkdown}`],
            };
        }
        catch (error) {
            const configuration = error instanceof errors/* ConfigurationError */.j1;
            report.fail(configuration ? 'CI configuration' : 'CI check', (0,errors/* messageWithFix */.vW)(error));
            return { outputs: { ...outputs/* CI_ERROR_OUTPUTS */.H }, hardFailures: configuration || !options.soft ? 1 : 0 };
        }
    };
}

;// CONCATENATED MODULE: ./.build/actions/require-ci-green/main.js





/**
 * require-ci-green: the commit is the tag's and the branch head, and every named workflow is
 * green on it. It ends as every action does, through `runChecks`: one summary (a refusal the
 * API revealed, such as an unknown workflow file, included), the outputs, then the verdict. Its
 * outputs are the contract's `green`, `head-sha` and `report`; it declares no `ok`/`reason`.
 */
async function main_run(inputs) {
    const client = createClient(inputs.token);
    await runChecks('require-ci-green', [ciCheck(inputs.ci, { client, log: (line) => info(line), eventRepository: eventRepository() })], {
        onReject: 'fail',
        verdictOutputs: false,
    });
}


/***/ })

};
