export const id = 557;
export const ids = [557];
export const modules = {

/***/ 6557:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run),
  verdictDetail: () => (/* binding */ verdictDetail)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/core/action/workflow-commands.js + 20 modules
var workflow_commands = __webpack_require__(7072);
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

// EXTERNAL MODULE: ./.build/core/audit/levels.js
var levels = __webpack_require__(8385);
;// CONCATENATED MODULE: ./.build/core/audit/sarif.js
/*
 * SARIF 2.1.0 (OASIS "Static Analysis Results Interchange Format" 2.1.0) from audit findings,
 * for GitHub code scanning (`github/codeql-action/upload-sarif`). The shape is the subset code
 * scanning reads: `runs[0].tool.driver` with `name` and `rules` (`id`, `shortDescription`,
 * `help`), and `results` with `ruleId`, `ruleIndex`, `level`, `message.text` and a physical
 * location (a repository-relative `artifactLocation.uri` and `region.startLine/startColumn`).
 * A finding without a file (a repository setting) gets no location.
 */

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_TOOL_NAME = 'sealed-release audit-settings';
/** The SARIF log of `findings`, with every rule of `rules` (a finding of an unknown rule is refused). */
function toSarif(findings, rules, tool = {}) {
    const index = new Map(rules.map((rule, i) => [rule.id, i]));
    const unknown = findings.filter((f) => !index.has(f.check)).map((f) => f.check);
    if (unknown.length > 0)
        throw new errors/* InternalError */.Gd(`no SARIF rule for ${[...new Set(unknown)].join(', ')}`);
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: SARIF_TOOL_NAME,
                        ...(tool.version ? { version: tool.version } : {}),
                        ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
                        rules: rules.map((rule) => ({
                            id: rule.id,
                            name: rule.id,
                            shortDescription: { text: rule.help },
                            help: { text: rule.help },
                        })),
                    },
                },
                results: findings.map((f) => ({
                    ruleId: f.check,
                    ruleIndex: index.get(f.check),
                    level: f.level,
                    message: { text: `${f.detail.replace(/\.$/, '')}. Fix: ${f.fix}` },
                    ...(f.file
                        ? {
                            locations: [
                                {
                                    physicalLocation: {
                                        artifactLocation: { uri: f.file.split('\\').join('/').replace(/^\.\//, '') },
                                        region: { startLine: f.line ?? 1, startColumn: f.column ?? 1 },
                                    },
                                },
                            ],
                        }
                        : {}),
                })),
            },
        ],
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./.build/core/action/secrets.js + 1 modules
var secrets = __webpack_require__(4118);
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
    const sleep = options.sleep ?? external_node_timers_promises_.setTimeout;
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
function known_failures_permissionFailure(what, permission, answer, cause) {
    if (answer.status !== 403 || !answer.message.includes(NOT_ACCESSIBLE))
        return undefined;
    const code = WRITE_PERMISSIONS[permission];
    if (code === undefined)
        return undefined;
    const accepted = answer.accepted ? ` (GitHub accepts: ${quote(answer.accepted)})` : '';
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
function explainHttpError(error, what, permission) {
    const status = statusOf(error);
    const e = error;
    const known = permissionFailure(what, permission, { status, message: messageOf(error), accepted: e?.response?.headers?.['x-accepted-github-permissions'] }, error);
    if (known)
        return known;
    if (status === 403 || status === 404) {
        return new GitHubRequestError('NOT_PERMITTED', `${what}: GitHub answered ${status}. The token may lack the '${permission}' permission ` +
            `(add 'permissions: ${permission}' to the job), or the resource does not exist.`, error);
    }
    return new GitHubRequestError('REQUEST_FAILED', `${what}: ${messageOf(error)}`, error);
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
    const sleep = options.sleep ?? external_node_timers_promises_.setTimeout;
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

// EXTERNAL MODULE: ./.build/core/quote.js
var core_quote = __webpack_require__(5688);
;// CONCATENATED MODULE: ./.build/core/audit/settings/read.js

/**
 * GETs `route` (an Octokit route such as `GET /repos/{owner}/{repo}/immutable-releases`). A 404
 * is `absent` (the caller decides whether the token could have seen the setting), a 403 is
 * `hidden`; every other failure (5xx after the retries, the network) is thrown on, so the check
 * that asked fails with that reason rather than guessing.
 */
async function readSetting(github, route, params) {
    try {
        const response = await github.request(route, params);
        return { kind: 'ok', data: response.data };
    }
    catch (error) {
        const status = statusOf(error);
        const e = error;
        const accepted = e.response?.headers?.['x-accepted-github-permissions'];
        if (status === 404) {
            const body = e.response?.data?.message;
            return { kind: 'absent', status: 404, message: typeof body === 'string' ? body : 'Not Found' };
        }
        if (status === 403)
            return { kind: 'hidden', status, accepted, route };
        throw error;
    }
}
/** The fix of every `not-checked` row: which token can read the repository's settings. */
const ADMIN_FIX = "Give the audit a token that can read the repository's administration settings, as input " +
    "'github-token' (or GH_TOKEN for the CLI): a fine-grained personal access token with the " +
    "repository permission 'Administration: read' (and 'Metadata: read'), or a GitHub App " +
    "installation token with 'administration: read'. A workflow's GITHUB_TOKEN can never read these " +
    "settings, whatever its 'permissions:' block says. To accept the gap instead, set the check to 'warn' or 'off' in 'checks'.";
/**
 * The `not-checked` row of a setting the token could not read. It names the permission from the
 * answer's `X-Accepted-GitHub-Permissions` (GitHub's own word on what is needed; sets separated
 * by `;`), or says the header was missing and names the permission GitHub documents instead.
 */
function notChecked(check, what, answer, documented = 'administration=read') {
    const permission = answer.accepted
        ? `GitHub accepts: ${answer.accepted}`
        : `GitHub sent no X-Accepted-GitHub-Permissions header; the endpoint is documented to need ${documented}`;
    // The administration settings need another token; anything else a workflow's token can be granted.
    const needed = answer.accepted ?? documented;
    const fix = needed.includes('administration')
        ? ADMIN_FIX
        : `Grant the token ${needed.replace(/=/g, ': ')} (in a workflow, in the job's 'permissions:' block), or set the check to 'warn' or 'off' in 'checks'.`;
    return {
        check,
        result: 'not-checked',
        detail: `${what}: GitHub answered ${answer.status} to this token, so the setting could not be read (${permission}).`,
        fix,
    };
}
/** `owner` and `repo` parameters for a route. */
function repoParams(repo) {
    return { owner: repo.owner, repo: repo.repo };
}

;// CONCATENATED MODULE: ./.build/core/audit/settings/default-branch.js
/*
 * `default-branch`: the branch releases are cut from takes changes only through reviewed pull
 * requests that passed the `required-checks`, and cannot be force-pushed or deleted. Both ways
 * GitHub protects a branch count, together: the rules of active rulesets that apply to it
 * (GET /repos/{o}/{r}/rules/branches/{branch}, readable with metadata: read; `evaluate` rulesets
 * are not returned) and classic branch protection (GET …/branches/{branch}/protection, which
 * needs administration: read; 404 "Branch not protected" when there is none). When the rulesets
 * alone satisfy everything, the classic protection is not needed; otherwise a hidden classic
 * protection leaves the check `not-checked`.
 */




const CHECK = 'default-branch';
function fromRules(rules) {
    const p = { reviews: 0, checks: new Set(), noForcePush: false, noDeletion: false };
    for (const rule of rules) {
        if (rule.type === 'pull_request')
            p.reviews = Math.max(p.reviews, rule.parameters?.required_approving_review_count ?? 0);
        if (rule.type === 'required_status_checks')
            for (const c of rule.parameters?.required_status_checks ?? [])
                if (c.context)
                    p.checks.add(c.context);
        if (rule.type === 'non_fast_forward')
            p.noForcePush = true;
        if (rule.type === 'deletion')
            p.noDeletion = true;
    }
    return p;
}
function merge(a, c) {
    const checks = new Set(a.checks);
    for (const x of c.required_status_checks?.contexts ?? [])
        checks.add(x);
    for (const x of c.required_status_checks?.checks ?? [])
        if (x.context)
            checks.add(x.context);
    return {
        reviews: Math.max(a.reviews, c.required_pull_request_reviews?.required_approving_review_count ?? 0),
        checks,
        // Classic protection forbids force pushes and deletions unless they are allowed.
        noForcePush: a.noForcePush || c.allow_force_pushes?.enabled === false,
        noDeletion: a.noDeletion || c.allow_deletions?.enabled === false,
    };
}
/** What is missing, one phrase each; empty when the branch is protected as required. */
function gaps(p, required) {
    const out = [];
    if (p.reviews < 1)
        out.push('no pull request review is required');
    const missing = required.filter((c) => !p.checks.has(c));
    if (missing.length > 0)
        out.push(`the status check${missing.length === 1 ? '' : 's'} ${missing.map((m) => (0,core_quote/* quote */.h)(m)).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not required`);
    if (!p.noForcePush)
        out.push('force pushes are not blocked');
    if (!p.noDeletion)
        out.push('deletion is not restricted');
    return out;
}
async function checkDefaultBranch(ctx) {
    const { default_branch: branch } = await ctx.repository();
    const fix = `Protect '${branch}' with a branch ruleset (or classic branch protection): require a pull request with at least one approving review` +
        (ctx.requiredChecks.length
            ? `, require the status checks ${ctx.requiredChecks.map((c) => (0,core_quote/* quote */.h)(c)).join(', ')}`
            : '') +
        ', block force pushes and restrict deletions.';
    let rules;
    try {
        rules = await paginateAll(ctx.github, 'GET /repos/{owner}/{repo}/rules/branches/{branch}', { ...repoParams(ctx.repo), branch }, { what: 'the branch rules' });
    }
    catch (error) {
        const status = statusOf(error.cause) ?? statusOf(error);
        if (status === 403 || status === 404)
            return notChecked(CHECK, `The rules of '${branch}'`, { status }, 'metadata=read');
        throw error;
    }
    const byRulesets = fromRules(rules);
    const rulesetGaps = gaps(byRulesets, ctx.requiredChecks);
    const checks = ctx.requiredChecks.length
        ? `, requires ${ctx.requiredChecks.map((c) => (0,core_quote/* quote */.h)(c)).join(', ')}`
        : '';
    const passDetail = (source, p) => `'${branch}' (${source}): ${p.reviews} approving review${p.reviews === 1 ? '' : 's'}${checks}, no force push, no deletion.`;
    if (rulesetGaps.length === 0)
        return { check: CHECK, result: 'pass', detail: passDetail('rulesets', byRulesets), fix: '' };
    const classic = await readSetting(ctx.github, 'GET /repos/{owner}/{repo}/branches/{branch}/protection', { ...repoParams(ctx.repo), branch });
    if (classic.kind === 'hidden')
        return notChecked(CHECK, `'${branch}''s rulesets leave gaps (${rulesetGaps.join('; ')}) and its classic branch protection`, classic);
    if (classic.kind === 'absent') {
        if (!(await ctx.canReadAdministration()))
            return notChecked(CHECK, `'${branch}''s rulesets leave gaps (${rulesetGaps.join('; ')}) and its classic branch protection`, { status: 404, accepted: undefined });
        return {
            check: CHECK,
            result: 'fail',
            detail: `'${branch}' has no classic protection and its rulesets leave gaps: ${rulesetGaps.join('; ')}.`,
            fix,
        };
    }
    const both = merge(byRulesets, classic.data);
    const left = gaps(both, ctx.requiredChecks);
    if (left.length === 0)
        return {
            check: CHECK,
            result: 'pass',
            detail: passDetail('rulesets and classic protection', both),
            fix: '',
        };
    return {
        check: CHECK,
        result: 'fail',
        detail: `'${branch}' is not protected as a release branch must be: ${left.join('; ')}.`,
        fix,
    };
}

// EXTERNAL MODULE: ./.build/core/audit/workflow/filter-pattern.js
var filter_pattern = __webpack_require__(6007);
;// CONCATENATED MODULE: ./.build/core/audit/settings/patterns.js
/*
 * The settings checks' tag patterns, over the workflow lint's filter patterns
 * (workflow/filter-pattern.ts: one reading of GitHub's filter syntax for both halves of the
 * audit). Rulesets and deployment policies write `fnmatch` patterns instead (FNM_PATHNAME: `*`
 * stops at `/`, `**` crosses it, `?` is any one character), which agree with the filter syntax
 * only on literals, `*` and `**`; a pattern using anything else is never taken as covering or
 * covered here (the row then asks for a plainer pattern), so no syntax gap can pass an open tag.
 */

const SPECIAL = /[*?+[\]!\\]/;
/** fnmatch characters whose meaning differs from the filter syntax. */
const FNMATCH_ONLY = /[?+[\]!\\]/;
/** Whether every tag `tagPattern` (filter syntax) accepts is matched by the fnmatch pattern `rule`. */
function fnmatchCovers(rule, tagPattern) {
    return !FNMATCH_ONLY.test(rule) && (0,filter_pattern/* isNarrower */.Jo)(tagPattern, rule);
}
/** Whether every tag the fnmatch pattern `rule` matches is accepted by `tagPattern` (filter syntax). */
function fnmatchWithin(rule, tagPattern) {
    return !FNMATCH_ONLY.test(rule) && (0,filter_pattern/* isNarrower */.Jo)(rule, tagPattern);
}
/** The characters every name a pattern accepts begins with. */
function literalPrefix(pattern) {
    const at = pattern.search(SPECIAL);
    return at < 0 ? pattern : pattern.slice(0, at);
}
/**
 * Whether two patterns may accept a common name: conservative the other way (true when unsure),
 * for a ruleset's excludes, which must not take away any tag the release pattern accepts. Only
 * two literal prefixes that part (`nightly-*` and `v*`) prove the two apart.
 */
function patternsMayOverlap(a, b) {
    if (!SPECIAL.test(a) && !SPECIAL.test(b))
        return a === b;
    const la = literalPrefix(a);
    const lb = literalPrefix(b);
    return la.startsWith(lb) || lb.startsWith(la);
}

;// CONCATENATED MODULE: ./.build/core/audit/settings/environment.js
/*
 * `environment`: the release job's environment exists, needs a required reviewer who is not the
 * person who started the run (`prevent_self_review`), and deploys only from tags the release
 * pattern accepts (GET /repos/{o}/{r}/environments/{name}: `protection_rules` and
 * `deployment_branch_policy`; with custom policies, GET …/deployment-branch-policies lists them,
 * each a `branch` or `tag` fnmatch pattern). The wait timer is shown. Both endpoints are readable
 * with `actions: read`. Required reviewers depend on the plan: a private repository on GitHub
 * Free has none to offer, which the row says instead of a bare failure.
 */





const environment_CHECK = 'environment';
async function checkEnvironment(ctx) {
    const name = ctx.environment;
    if (name === undefined)
        return {
            check: environment_CHECK,
            result: 'fail',
            detail: 'No release environment is named, so nobody has to approve a release before it is published.',
            fix: "Give the release job an 'environment:' with required reviewers, and name it in the audit's 'environment' input (the CLI's --environment).",
        };
    const fix = `In Settings → Environments → ${name}: add required reviewers with 'Prevent self-review', and under 'Deployment branches and tags' choose ` +
        `'Selected branches and tags' with only the tag rule '${ctx.tagPattern}'.`;
    const env = await readSetting(ctx.github, 'GET /repos/{owner}/{repo}/environments/{environment_name}', {
        ...repoParams(ctx.repo),
        environment_name: name,
    });
    if (env.kind === 'hidden')
        return notChecked(environment_CHECK, `Environment ${(0,core_quote/* quote */.h)(name)}`, env, 'actions=read');
    if (env.kind === 'absent')
        return {
            check: environment_CHECK,
            result: 'fail',
            detail: `Environment ${(0,core_quote/* quote */.h)(name)} does not exist: GitHub creates it unprotected on the first job that names it.`,
            fix,
        };
    const rules = env.data.protection_rules ?? [];
    const problems = [];
    const reviewers = rules.find((r) => r.type === 'required_reviewers');
    if (!reviewers || (reviewers.reviewers ?? []).length === 0) {
        const { private: isPrivate } = await ctx.repository();
        problems.push('no required reviewers' +
            (isPrivate
                ? ' (a private repository has environment reviewers only on GitHub Pro, Team or Enterprise; on GitHub Free make the repository public or upgrade the plan)'
                : ''));
    }
    else if (reviewers.prevent_self_review !== true) {
        problems.push("required reviewers without 'prevent_self_review': whoever pushed the tag may approve their own release");
    }
    const wait = rules.find((r) => r.type === 'wait_timer')?.wait_timer ?? 0;
    const policy = env.data.deployment_branch_policy;
    let deploys = '';
    if (!policy) {
        problems.push('deployments are allowed from any branch or tag');
    }
    else if (policy.protected_branches) {
        problems.push('deployments are allowed from every protected branch, not only from release tags');
    }
    else if (policy.custom_branch_policies) {
        let policies;
        try {
            policies = await paginateAll(ctx.github, 'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies', { ...repoParams(ctx.repo), environment_name: name }, { what: 'the deployment branch policies' });
        }
        catch (error) {
            const status = statusOf(error.cause) ?? statusOf(error);
            if (status === 403 || status === 404)
                return notChecked(environment_CHECK, `The deployment policies of ${(0,core_quote/* quote */.h)(name)}`, { status }, 'actions=read');
            throw error;
        }
        const wide = policies.filter((p) => p.type !== 'tag' || !fnmatchWithin(p.name ?? '', ctx.tagPattern));
        if (policies.length === 0)
            problems.push('custom deployment policies are on but none is listed');
        for (const p of wide)
            problems.push(p.type === 'tag'
                ? `tag policy ${(0,core_quote/* quote */.h)(p.name)} is wider than '${ctx.tagPattern}'`
                : `${p.type ?? 'unknown'} policy ${(0,core_quote/* quote */.h)(p.name)} lets a branch deploy`);
        deploys = `deploys from tags ${policies.map((p) => (0,core_quote/* quote */.h)(p.name)).join(', ')}`;
    }
    else {
        problems.push('the deployment branch policy selects neither protected branches nor custom policies');
    }
    const timer = wait > 0 ? `wait timer ${wait} min` : 'no wait timer';
    if (problems.length > 0)
        return {
            check: environment_CHECK,
            result: 'fail',
            detail: `Environment ${(0,core_quote/* quote */.h)(name)}: ${problems.join('; ')} (${timer}).`,
            fix,
        };
    return {
        check: environment_CHECK,
        result: 'pass',
        detail: `Environment ${(0,core_quote/* quote */.h)(name)}: required reviewers with prevent_self_review; ${deploys}; ${timer}.`,
        fix: '',
    };
}

;// CONCATENATED MODULE: ./.build/core/audit/settings/immutable-releases.js
/*
 * `immutable-releases`: the repository setting that makes a published release's assets and tag
 * unchangeable (GET /repos/{o}/{r}/immutable-releases: 200 `{enabled, enforced_by_owner}`, 404
 * when it is off, per @octokit/openapi 23.0.2). Only a token that can read the administration
 * settings gets either answer; to any other a 404 proves nothing, so it is `not-checked`.
 */

const immutable_releases_CHECK = 'immutable-releases';
const FIX = "Turn on immutable releases: the repository's Settings → General → Releases → 'Enable release immutability' (or the organization's policy).";
async function checkImmutableReleases(ctx) {
    const answer = await readSetting(ctx.github, 'GET /repos/{owner}/{repo}/immutable-releases', repoParams(ctx.repo));
    if (answer.kind === 'hidden')
        return notChecked(immutable_releases_CHECK, 'Immutable releases', answer);
    if (answer.kind === 'absent') {
        if (!(await ctx.canReadAdministration()))
            return notChecked(immutable_releases_CHECK, 'Immutable releases', { status: 404, accepted: undefined });
        return {
            check: immutable_releases_CHECK,
            result: 'fail',
            detail: 'Immutable releases are off: a published release can still be edited, its assets replaced and its tag moved.',
            fix: FIX,
        };
    }
    if (answer.data.enabled === true) {
        const by = answer.data.enforced_by_owner === true ? ' (enforced by the owner)' : '';
        return { check: immutable_releases_CHECK, result: 'pass', detail: `Immutable releases are on${by}.`, fix: '' };
    }
    return {
        check: immutable_releases_CHECK,
        result: 'fail',
        detail: `Immutable releases are not reported as on (enabled: ${JSON.stringify(answer.data.enabled)}).`,
        fix: FIX,
    };
}

;// CONCATENATED MODULE: ./.build/core/audit/settings/sha-pinning.js
/*
 * `sha-pinning`: whether GitHub refuses to run an action not pinned to a full commit SHA
 * (GET /repos/{o}/{r}/actions/permissions: `sha_pinning_required`, in @octokit/openapi 23.0.2;
 * needs administration: read). A server that does not report the field (an older GHES) has not
 * shown the policy to be on: a failure.
 */

const sha_pinning_CHECK = 'sha-pinning';
async function checkShaPinning(ctx) {
    const answer = await readSetting(ctx.github, 'GET /repos/{owner}/{repo}/actions/permissions', repoParams(ctx.repo));
    if (answer.kind !== 'ok')
        return notChecked(sha_pinning_CHECK, "Actions' permissions", {
            status: answer.status,
            accepted: answer.kind === 'hidden' ? answer.accepted : undefined,
        });
    const allowed = typeof answer.data.allowed_actions === 'string'
        ? `; allowed actions: ${answer.data.allowed_actions}`
        : '';
    if (answer.data.sha_pinning_required === true)
        return {
            check: sha_pinning_CHECK,
            result: 'pass',
            detail: `Actions must be pinned to a full commit SHA${allowed}.`,
            fix: '',
        };
    const reported = answer.data.sha_pinning_required === undefined
        ? 'not reported by this server'
        : JSON.stringify(answer.data.sha_pinning_required);
    return {
        check: sha_pinning_CHECK,
        result: 'fail',
        detail: `Pinning actions to a full commit SHA is not required (sha_pinning_required: ${reported}${allowed}): a moved tag of a third-party action runs new code in the release job.`,
        fix: "Turn on Settings → Actions → General → 'Require actions to be pinned to a full-length commit SHA'.",
    };
}

;// CONCATENATED MODULE: ./.build/core/audit/settings/tag-ruleset.js
/*
 * `tag-ruleset`: an active ruleset whose `conditions.ref_name` covers every tag `tag-pattern`
 * accepts and that forbids deleting, force-moving and updating those tags
 * (GET /repos/{o}/{r}/rulesets?targets=tag&includes_parents=true, then each one with
 * GET /repos/{o}/{r}/rulesets/{id}: the list carries neither conditions nor rules). Rulesets
 * layer, so the rules of every covering active ruleset count together. An `evaluate` ruleset is
 * not enforced and does not count. A bypass actor with `bypass_mode: exempt` skips the rules
 * without a bypass entry in the audit log: a failure; other bypass actors are listed. GitHub shows
 * `bypass_actors` only to a token that can administer the ruleset, so where it is missing the
 * bypass cannot be judged and the check is `not-checked` (unless it already failed).
 */





const tag_ruleset_CHECK = 'tag-ruleset';
const REQUIRED_RULES = ['deletion', 'non_fast_forward', 'update'];
/** A ruleset's `ref_name` pattern as a tag pattern: `refs/tags/v*` → `v*`, `~ALL` → `**`; others select no tag. */
function tagPatternOf(refPattern) {
    if (refPattern === '~ALL')
        return '**';
    return refPattern.startsWith('refs/tags/') ? refPattern.slice('refs/tags/'.length) : undefined;
}
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
/** Why the ruleset does not cover the release tags, or undefined when it does. */
function coverageGap(ruleset, tagPattern) {
    const include = strings(ruleset.conditions?.ref_name?.include);
    const exclude = strings(ruleset.conditions?.ref_name?.exclude);
    const covering = include.map(tagPatternOf).some((p) => p !== undefined && fnmatchCovers(p, tagPattern));
    if (!covering)
        return `its include ${(0,core_quote/* quote */.h)(include)} does not cover every tag '${tagPattern}' accepts`;
    const taking = exclude.filter((e) => {
        const p = tagPatternOf(e);
        return p !== undefined && patternsMayOverlap(p, tagPattern);
    });
    if (taking.length > 0)
        return `its exclude ${(0,core_quote/* quote */.h)(taking)} may take release tags out`;
    return undefined;
}
async function checkTagRuleset(ctx) {
    const fix = `Add an active tag ruleset (Settings → Rules → Rulesets → New tag ruleset) targeting 'refs/tags/${ctx.tagPattern}' ` +
        "with 'Restrict deletions', 'Block force pushes' and 'Restrict updates' (and 'Restrict creations' so only release managers create tags), " +
        "and no bypass actor in 'exempt' mode.";
    let summaries;
    try {
        summaries = await paginateAll(ctx.github, 'GET /repos/{owner}/{repo}/rulesets', {
            ...repoParams(ctx.repo),
            targets: 'tag',
            includes_parents: true,
        }, { what: 'the repository rulesets' });
    }
    catch (error) {
        const status = statusOf(error.cause) ?? statusOf(error);
        if (status === 403 || status === 404)
            return notChecked(tag_ruleset_CHECK, 'Rulesets', { status }, 'metadata=read');
        throw error;
    }
    const rulesets = [];
    for (const s of summaries) {
        const answer = await readSetting(ctx.github, 'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', {
            ...repoParams(ctx.repo),
            ruleset_id: s.id,
            includes_parents: true,
        });
        if (answer.kind !== 'ok')
            return notChecked(tag_ruleset_CHECK, `Ruleset ${(0,core_quote/* quote */.h)(s.name ?? s.id)}`, { status: answer.status, accepted: answer.kind === 'hidden' ? answer.accepted : undefined }, 'metadata=read');
        rulesets.push(answer.data);
    }
    const notes = [];
    const covering = [];
    for (const r of rulesets) {
        const name = (0,core_quote/* quote */.h)(r.name ?? r.id);
        if (r.target !== 'tag')
            continue;
        if (r.enforcement !== 'active') {
            notes.push(`${name} is '${r.enforcement}', not enforced: it does not count`);
            continue;
        }
        const gap = coverageGap(r, ctx.tagPattern);
        if (gap)
            notes.push(`${name}: ${gap}`);
        else
            covering.push(r);
    }
    if (covering.length === 0) {
        // Rulesets depend on the plan: on GitHub Free only public repositories have them.
        const plan = (await ctx.repository()).private
            ? ' Rulesets on a private repository need GitHub Pro, Team or Enterprise; on GitHub Free make the repository public or change plan.'
            : '';
        return {
            check: tag_ruleset_CHECK,
            result: 'fail',
            detail: `No active tag ruleset covers '${ctx.tagPattern}'${notes.length ? ` (${notes.join('; ')})` : ''}.`,
            fix: fix + plan,
        };
    }
    const rules = new Set(covering.flatMap((r) => (r.rules ?? []).map((rule) => rule.type)));
    const missing = REQUIRED_RULES.filter((rule) => !rules.has(rule));
    const names = covering.map((r) => (0,core_quote/* quote */.h)(r.name ?? r.id)).join(', ');
    const creation = rules.has('creation')
        ? 'creation restricted'
        : 'creation not restricted (anyone who can push may create a release tag)';
    const exempt = [];
    const listed = [];
    let hidden = false;
    for (const r of covering) {
        if (!Array.isArray(r.bypass_actors)) {
            hidden = true;
            continue;
        }
        for (const a of r.bypass_actors) {
            const who = `${a.actor_type ?? 'actor'} ${a.actor_id ?? ''}`.trim();
            if (a.bypass_mode === 'exempt')
                exempt.push(who);
            else
                listed.push(`${who} (${a.bypass_mode ?? 'unknown mode'})`);
        }
    }
    const problems = [];
    if (missing.length > 0)
        problems.push(`the rule${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing, so a release tag can be ${missing.map((m) => ({ deletion: 'deleted', non_fast_forward: 'force-moved', update: 'moved' })[m]).join(' or ')}`);
    if (exempt.length > 0)
        problems.push(`bypass actor${exempt.length === 1 ? '' : 's'} ${exempt.join(', ')} in 'exempt' mode skip the rules without a bypass entry in the audit log`);
    const bypass = listed.length > 0 ? `; bypass actors: ${listed.join(', ')}` : '; no bypass actors';
    if (problems.length > 0)
        return {
            check: tag_ruleset_CHECK,
            result: 'fail',
            detail: `Tag ruleset ${names} covers '${ctx.tagPattern}' but ${problems.join('; and ')}.`,
            fix,
        };
    if (hidden)
        return {
            check: tag_ruleset_CHECK,
            result: 'not-checked',
            detail: `Tag ruleset ${names} covers '${ctx.tagPattern}' with deletion, non_fast_forward and update, but GitHub shows its bypass actors only to a token that can administer it (administration=read), so who may skip it is unknown.`,
            fix: ADMIN_FIX,
        };
    return {
        check: tag_ruleset_CHECK,
        result: 'pass',
        detail: `Tag ruleset ${names} covers '${ctx.tagPattern}': deletion, non_fast_forward and update; ${creation}${bypass}.`,
        fix: '',
    };
}

;// CONCATENATED MODULE: ./.build/core/audit/settings/workflow-permissions.js
/*
 * `workflow-permissions`: Actions' default GITHUB_TOKEN permissions for the repository
 * (GET /repos/{o}/{r}/actions/permissions/workflow: `default_workflow_permissions` is `read` or
 * `write`; needs administration: read). With `write`, every job that does not declare
 * `permissions:` may push tags and edit releases.
 */

const workflow_permissions_CHECK = 'workflow-permissions';
async function checkWorkflowPermissions(ctx) {
    const answer = await readSetting(ctx.github, 'GET /repos/{owner}/{repo}/actions/permissions/workflow', repoParams(ctx.repo));
    if (answer.kind !== 'ok')
        return notChecked(workflow_permissions_CHECK, "Actions' default workflow permissions", {
            status: answer.status,
            accepted: answer.kind === 'hidden' ? answer.accepted : undefined,
        });
    const level = answer.data.default_workflow_permissions;
    const approve = answer.data.can_approve_pull_request_reviews === true ? '; workflows may approve pull requests' : '';
    if (level === 'read')
        return {
            check: workflow_permissions_CHECK,
            result: 'pass',
            detail: `The default GITHUB_TOKEN permissions are read${approve}.`,
            fix: '',
        };
    return {
        check: workflow_permissions_CHECK,
        result: 'fail',
        detail: `The default GITHUB_TOKEN permissions are ${JSON.stringify(level)}, not "read": a job without a 'permissions:' block can write${approve}.`,
        fix: "Set Settings → Actions → General → Workflow permissions to 'Read repository contents and packages permissions', and grant writes per job with 'permissions:'.",
    };
}

// EXTERNAL MODULE: ./.build/core/audit/settings/types.js
var types = __webpack_require__(721);
;// CONCATENATED MODULE: ./.build/core/audit/settings/index.js
/*
 * The settings half of audit-settings: every settings check in the contract's order, one row
 * each. What several checks need is read once: the repository (default branch, visibility) and
 * whether the token can read the administration settings at all (probed with the default
 * workflow permissions endpoint, which every administration reader may GET), so that a 404 from an
 * administration endpoint is read as "off" only when the token could have seen "on".
 */









const CHECKS = {
    'immutable-releases': checkImmutableReleases,
    'tag-ruleset': checkTagRuleset,
    'default-branch': checkDefaultBranch,
    environment: checkEnvironment,
    'workflow-permissions': checkWorkflowPermissions,
    'sha-pinning': checkShaPinning,
};
function once(load) {
    let value;
    return () => (value ??= load());
}
/**
 * Runs the settings checks, one row each. A check that throws (a 5xx after the retries, the
 * network) becomes a failed row naming the reason: an unknown state is a failure.
 */
async function auditSettings(github, options) {
    const ctx = {
        github,
        repo: options.repo,
        tagPattern: options.tagPattern,
        requiredChecks: options.requiredChecks,
        environment: options.environment,
        canReadAdministration: once(async () => {
            const probe = await readSetting(github, 'GET /repos/{owner}/{repo}/actions/permissions/workflow', repoParams(options.repo));
            return probe.kind === 'ok';
        }),
        repository: once(async () => {
            const { data } = await github.request('GET /repos/{owner}/{repo}', repoParams(options.repo));
            return { default_branch: data.default_branch, private: data.private };
        }),
    };
    const rows = [];
    for (const name of options.checks) {
        try {
            rows.push(await CHECKS[name](ctx));
        }
        catch (error) {
            rows.push({
                check: name,
                result: 'fail',
                detail: `The setting could not be read: ${(0,errors/* messageOf */.bD)(error)}`,
                fix: 'Run the audit again; if it keeps failing, check that the repository exists and GitHub is reachable.',
            });
        }
    }
    return rows;
}

;// CONCATENATED MODULE: ./.build/core/audit/settings/rules.js
const SETTINGS_RULES = {
    'immutable-releases': "The repository's immutable releases setting is on: a published release's assets and tag cannot change.",
    'tag-ruleset': 'An active tag ruleset covers every tag `tag-pattern` accepts with `deletion`, `non_fast_forward` and `update`; no bypass actor is `exempt`.',
    'default-branch': 'The default branch requires a pull request with at least one review and the `required-checks`, and blocks force pushes and deletion (rulesets or classic protection).',
    environment: 'The release environment exists, has required reviewers with `prevent_self_review`, and deploys only from tags matching `tag-pattern`.',
    'workflow-permissions': "Actions' default GITHUB_TOKEN permissions are `read`.",
    'sha-pinning': 'Actions must be pinned to a full commit SHA (`sha_pinning_required`).',
};

;// CONCATENATED MODULE: ./.build/core/audit/workflow/rules.js
const WORKFLOW_RULES = {
    'unpinned-uses': 'Every `uses:` (actions and reusable workflows) is pinned to a full 40-hex commit SHA; local `./` actions and `docker://…@sha256:` images are excepted.',
    'excessive-permissions': "No write grant at the workflow's top level, and `write-all` nowhere.",
    'id-token': '`id-token: write` only on a job that runs a signing or attesting step.',
    'persist-credentials': '`actions/checkout` has `persist-credentials: false` in every job that holds a write grant.',
    'dangerous-triggers': 'No `workflow_dispatch`, `pull_request_target`, `workflow_run` or `schedule` on a workflow that publishes (undraft, stage-release, promote-image, or contents/packages write).',
    'tag-trigger': 'Every `on.push.tags` pattern is `tag-pattern` or narrower; no push without a tag filter, and no `create` trigger (which GitHub never filters).',
    'template-injection': 'No `${{ github.event.* }}`, `${{ inputs.* }}` or `${{ github.head_ref }}` expanded inside `run:`.',
    'step-order': 'A job running stage-release, undraft or promote-image runs after tag-semver-guard or the preflight; undraft comes after every stage-release, sbom-attach, sigstore-sign and byte-identity step of its job.',
};

;// CONCATENATED MODULE: ./.build/core/audit/audit.js
/*
 * audit-settings' sequence, shared by the action and the CLI's `audit`: the `checks` levels, the
 * settings checks (settings/), the workflow lint (workflow/), and one list of report rows from
 * which the outputs, the JSON report, the SARIF file, the summary and the annotations are all made.
 *
 * A row's `result` is what was found (`pass`, `fail`, `not-checked`: a setting the token could not
 * read, or `off`: turned off in `checks`); its `level` decides whether it fails the run. Only
 * `error` rows that failed or were not checked fail it: `not-checked` is never a pass.
 */








/** A workflow finding as a failed row of its check, at its file, line and column. */
function findingRow(f, level) {
    return {
        check: f.check,
        level,
        result: 'fail',
        detail: f.detail,
        fix: f.fix,
        file: f.file,
        line: f.line,
        column: f.column,
    };
}
/** Why the audit could not run at all: the workflow file could not be read. */
class AuditError extends errors/* BaseError */.Cf {
    constructor(message, options = {}) {
        super('WORKFLOW_UNREADABLE', message, options);
        this.name = 'AuditError';
    }
}
function countRows(rows) {
    return {
        passed: rows.filter((r) => r.result === 'pass').length,
        failed: rows.filter((r) => r.result === 'fail').length,
        notChecked: rows.filter((r) => r.result === 'not-checked').length,
    };
}
/** Whether the row fails the run: an `error` check that failed or could not be checked. */
function failsRun(row) {
    return row.level === 'error' && (row.result === 'fail' || row.result === 'not-checked');
}
/** The `report` output: `{"checks": [...]}` with the contract's fields, positions only where known. */
function reportJson(rows) {
    return JSON.stringify({ checks: rows });
}
/**
 * Runs the audit: settings checks through `github`, then the workflow lint, in the contract's
 * order; a check set to `off` gives one `off` row and asks nothing.
 */
async function runAudit(deps, options) {
    const level = (check) => options.levels.get(check) ?? 'error';
    const off = (check, detail = 'Turned off in checks.') => ({
        check,
        level: 'off',
        result: 'off',
        detail,
        fix: '',
    });
    const rows = [];
    const settingsToRun = types/* SETTINGS_CHECKS */.k.filter((c) => level(c) !== 'off');
    const settingsRows = await auditSettings(deps.github, {
        repo: options.repo,
        tagPattern: options.tagPattern,
        requiredChecks: options.requiredChecks,
        environment: options.environment,
        checks: settingsToRun,
    });
    for (const check of types/* SETTINGS_CHECKS */.k) {
        const row = settingsRows.find((r) => r.check === check);
        rows.push(row ? { ...row, level: level(check) } : off(check));
    }
    const workflow = options.workflow;
    if (!workflow) {
        // Not run, which the row says; the CLI audits settings alone when no --workflow is given.
        for (const check of levels/* WORKFLOW_CHECKS */.ei)
            rows.push({ ...off(check, 'Not run: no workflow file was given.'), level: level(check) });
        return rows;
    }
    // A file the lint cannot read as a workflow throws its WorkflowLintError (file, line, column
    // and fix): no finding is reported then, and never a pass.
    const findings = deps.lintWorkflow(workflow.text, workflow.file, { tagPattern: options.tagPattern });
    for (const check of levels/* WORKFLOW_CHECKS */.ei) {
        if (level(check) === 'off') {
            rows.push(off(check));
            continue;
        }
        const mine = findings.filter((f) => f.check === check);
        if (mine.length === 0) {
            rows.push({
                check,
                level: level(check),
                result: 'pass',
                detail: `No finding in ${workflow.file}.`,
                fix: '',
            });
            continue;
        }
        for (const f of mine)
            rows.push(findingRow(f, level(check)));
    }
    // A finding under a name the audit does not know would be dropped silently: never.
    const unknown = findings.filter((f) => !levels/* WORKFLOW_CHECKS */.ei.includes(f.check));
    for (const f of unknown)
        rows.push(findingRow(f, 'error'));
    return rows;
}
/**
 * The SARIF 2.1.0 log of the audit (sarif.ts): every row that failed or was not checked, as an
 * `error` or, for a check set to `warn`, a `warning`; settings rows carry no location. Every
 * check is a rule, so code scanning lists the ones that passed too.
 */
function auditSarif(rows, version) {
    const rules = [
        ...types/* SETTINGS_CHECKS */.k.map((id) => ({ id, help: SETTINGS_RULES[id] })),
        ...levels/* WORKFLOW_CHECKS */.ei.map((id) => ({ id, help: WORKFLOW_RULES[id] })),
    ];
    const findings = rows
        .filter((r) => (r.result === 'fail' || r.result === 'not-checked') && r.level !== 'off')
        .map((r) => ({
        check: r.check,
        level: r.level === 'warn' ? 'warning' : 'error',
        detail: r.result === 'not-checked' ? `Not checked: ${r.detail}` : r.detail,
        fix: r.fix,
        file: r.file,
        line: r.line,
        column: r.column,
    }));
    return toSarif(findings, rules, { version });
}
/**
 * Reads the workflow to lint. A missing file is the usual mistake (the step ran before the
 * checkout), so the error says so.
 */
async function readWorkflowFile(absolute, file) {
    try {
        return { text: await promises_.readFile(absolute, 'utf8'), file };
    }
    catch (error) {
        throw new AuditError(`The workflow ${file} could not be read: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            fix: "Check the repository out before this step (actions/checkout with 'persist-credentials: false'), or give the workflow's path in 'workflow' (the CLI's --workflow).",
        });
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./.build/core/audit/workflow/actions.js
/**
 * The sealed-release action a `uses:` names, or undefined: `./` is the root action (preflight),
 * `./<name>` a sub-action used from this repository (`$/` likewise: GitHub's self-repository
 * form), `<owner>/sealed-release[/<name>]@<ref>` the
 * published forms — the forms src/rehearsal/workflow/interpreter.ts runs. Whether the ref is a
 * commit is `unpinned-uses`' concern, not this one's: a tag still names the action.
 */
function sealedReleaseAction(uses) {
    if (uses === './' || uses === '$/')
        return 'preflight';
    const local = /^[.$]\/([a-z0-9-]+)$/.exec(uses);
    if (local)
        return local[1];
    const published = /^[A-Za-z0-9-]+\/sealed-release(?:\/([a-z0-9-]+))?@[^@/]+$/.exec(uses);
    if (!published)
        return undefined;
    return published[1] ?? 'preflight';
}
/** The sealed-release action a step runs, if any. */
function stepAction(step) {
    return step.uses ? sealedReleaseAction(step.uses.value) : undefined;
}
/** `owner/repo` of a `uses:` (lower case: GitHub's owner and repository names are case-insensitive). */
function actionRepository(uses) {
    return uses.split('@')[0].split('/').slice(0, 2).join('/').toLowerCase();
}
/** sealed-release's sub-actions that sign with the job's OIDC identity (their action.yml says `id-token: write`). */
const SEALED_SIGNERS = new Set(['sigstore-sign', 'attest-provenance', 'sbom-attach']);
/**
 * Third-party actions that sign or attest with the job's OIDC token:
 * - actions/attest-build-provenance, actions/attest, actions/attest-sbom: Sigstore attestations;
 * - sigstore/gh-action-sigstore-python: Sigstore signatures;
 * - sigstore/cosign-installer: installs cosign so that a later step signs (`cosign sign`);
 * - pypa/gh-action-pypi-publish: PEP 740 attestations (signed with the job's identity), on by
 *   default since v1.11;
 * - slsa-framework/slsa-github-generator: signed SLSA provenance;
 * - azure/artifact-signing-action (formerly azure/trusted-signing-action): Authenticode
 *   signing with Azure Artifact Signing, authenticated by the job's OIDC token through
 *   azure/login.
 */
const THIRD_PARTY_SIGNERS = new Set([
    'actions/attest-build-provenance',
    'actions/attest',
    'actions/attest-sbom',
    'sigstore/gh-action-sigstore-python',
    'sigstore/cosign-installer',
    'pypa/gh-action-pypi-publish',
    'slsa-framework/slsa-github-generator',
    'azure/artifact-signing-action',
    'azure/trusted-signing-action',
]);
/**
 * Commands in a `run:` script that sign or attest keylessly: `cosign sign|sign-blob|attest|
 * attest-blob`, `sigstore sign` (sigstore-python's CLI), `npm publish --provenance`. A regular
 * expression over the one script's value, never over the YAML.
 */
const SIGNING_COMMANDS = [
    /\bcosign\s+(sign|sign-blob|attest|attest-blob)\b/,
    /\bsigstore\s+sign\b/,
    /\bnpm\s+publish\b[^\n]*--provenance\b/,
];
/** Whether a step signs or attests (and so needs `id-token: write`). */
function signsOrAttests(step) {
    if (step.uses) {
        const action = sealedReleaseAction(step.uses.value);
        if (action !== undefined)
            return SEALED_SIGNERS.has(action);
        return THIRD_PARTY_SIGNERS.has(actionRepository(step.uses.value));
    }
    return step.run !== undefined && SIGNING_COMMANDS.some((command) => command.test(step.run?.value ?? ''));
}
/** Whether a step is `actions/checkout` (any ref). */
function isCheckout(step) {
    return step.uses !== undefined && actionRepository(step.uses.value) === 'actions/checkout';
}

;// CONCATENATED MODULE: ./.build/core/audit/workflow/permissions.js
/*
 * `excessive-permissions`, `id-token` and `persist-credentials`: what the job's GITHUB_TOKEN
 * holds. A job's grants are its own `permissions:` or, without one, the workflow's; without
 * either, the repository's default, which may be write (the `workflow-permissions` setting):
 * unknown, so counted as holding write (fail closed).
 */


/** The grants a job runs with, or undefined when it inherits the repository's default. */
function effectivePermissions(workflow, job) {
    return job.permissions ?? workflow.permissions;
}
/** Whether `permissions` grants `scope: write` (write-all grants every scope). */
function grantsWrite(permissions, scope) {
    if (permissions === undefined)
        return false;
    if (permissions.all === 'write-all')
        return true;
    return permissions.grants.some((g) => g.scope === scope && g.level === 'write');
}
/**
 * Whether the job's GITHUB_TOKEN can write anything; `undefined` (the repository default)
 * counts as yes. `id-token: write` is left out: it lets the job request an OIDC token, and gives
 * the GITHUB_TOKEN that checkout persists no power at all.
 */
function holdsWrite(permissions) {
    if (permissions === undefined)
        return true;
    if (permissions.all === 'write-all')
        return true;
    return permissions.grants.some((g) => g.level === 'write' && g.scope !== 'id-token');
}
/** No write grant at the workflow's top level (every job inherits it); `write-all` nowhere. */
function excessivePermissions(workflow) {
    const findings = [];
    const top = workflow.permissions;
    if (top?.all === 'write-all')
        findings.push({
            check: 'excessive-permissions',
            ...top.at,
            detail: 'the workflow grants `permissions: write-all` to every job',
            fix: 'Set `permissions: {}` at the top and grant each job only the scopes it uses.',
        });
    for (const grant of top?.grants ?? [])
        if (grant.level === 'write')
            findings.push({
                check: 'excessive-permissions',
                ...grant.at,
                detail: `the workflow grants \`${grant.scope}: write\` at the top level, to every job`,
                fix: `Move \`${grant.scope}: write\` to the job that needs it and set \`permissions: {}\` at the top.`,
            });
    for (const job of workflow.jobs)
        if (job.permissions?.all === 'write-all')
            findings.push({
                check: 'excessive-permissions',
                ...job.permissions.at,
                detail: `job ${job.shown} grants \`permissions: write-all\``,
                fix: `Grant job ${job.shown} only the scopes it uses.`,
            });
    return findings;
}
/** `id-token: write` only where a step signs or attests. */
function idToken(workflow) {
    const findings = [];
    const signs = (job) => job.uses === undefined && job.steps.some(signsOrAttests);
    const grantAt = (p) => p.all === 'write-all' ? p.at : (p.grants.find((g) => g.scope === 'id-token')?.at ?? p.at);
    for (const job of workflow.jobs) {
        if (!job.permissions || !grantsWrite(job.permissions, 'id-token') || signs(job))
            continue;
        findings.push({
            check: 'id-token',
            ...grantAt(job.permissions),
            detail: job.uses !== undefined
                ? `job ${job.shown} hands \`id-token: write\` to the reusable workflow ${(0,core_quote/* quote */.h)(job.uses.value)}, which cannot be read here to see that it signs`
                : `job ${job.shown} holds \`id-token: write\` but no step of it signs or attests`,
            fix: `Remove \`id-token: write\` from job ${job.shown}, or give it only to the job that signs.`,
        });
    }
    const top = workflow.permissions;
    if (top && grantsWrite(top, 'id-token')) {
        const heirs = workflow.jobs.filter((job) => job.permissions === undefined && !signs(job));
        if (heirs.length > 0)
            findings.push({
                check: 'id-token',
                ...grantAt(top),
                detail: `the workflow grants \`id-token: write\` to every job, and ${heirs.map((j) => j.shown).join(', ')} run${heirs.length === 1 ? 's' : ''} no step that signs or attests with it`,
                fix: 'Grant `id-token: write` only in the job that signs or attests.',
            });
    }
    return findings;
}
/**
 * `actions/checkout` keeps its token on disk unless `persist-credentials: false`: in the
 * checkout's .git/config, or under RUNNER_TEMP from v6 (zizmor's `artipacked` documents the
 * change); either way any later step, or an artifact that packs it, can take it.
 */
function persistCredentials(workflow) {
    const findings = [];
    for (const job of workflow.jobs) {
        const permissions = effectivePermissions(workflow, job);
        if (!holdsWrite(permissions))
            continue;
        const why = permissions === undefined
            ? "inherits the repository's default token permissions, which can be write"
            : 'holds a write grant';
        for (const step of job.steps) {
            if (!isCheckout(step) || !step.uses)
                continue;
            const persist = step.with.get('persist-credentials')?.value;
            if (persist === false || persist === 'false')
                continue;
            findings.push({
                check: 'persist-credentials',
                ...step.uses.at,
                detail: `${(0,core_quote/* quote */.h)(step.uses.value)} in job ${job.shown}, which ${why}, leaves the token on the runner's disk (.git/config, or RUNNER_TEMP from checkout v6) for every later step to read`,
                fix: 'Add `with: persist-credentials: false` to the checkout step.',
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./.build/core/audit/workflow/triggers.js
/*
 * `dangerous-triggers` and `tag-trigger`: what starts the release workflow.
 * - A workflow that publishes should start only from the release tag. `workflow_dispatch` lets
 *   anyone with write access publish from any ref; `pull_request_target` and `workflow_run` run
 *   with the base repository's token on events others cause; `schedule` publishes with nobody
 *   deciding. "Publishes" is the contract's: a job runs undraft, stage-release or
 *   promote-image, or holds `contents: write` / `packages: write`; a job that inherits the
 *   repository's default token (no `permissions:` anywhere) may hold both, so it counts too.
 * - Every `on.push.tags` pattern is `tag-pattern` or provably narrower (filter-pattern.ts).
 *   A push without `tags`/`branches` filters runs for every tag (GitHub: "If you define neither
 *   tags/tags-ignore or branches/branches-ignore, the workflow will run for events affecting
 *   either branches or tags"; path filters are not evaluated for tag pushes), and `tags-ignore`
 *   alone runs for every tag it does not name: neither is narrower than anything. `create`
 *   starts the workflow for every branch and tag created, whatever `tags:` it is given: GitHub
 *   applies no filter to it (GitHub Community discussion 26286, a GitHub staff answer: "The
 *   create event does not support branch filter and tag filter"), so it is reported too.
 */





const DANGEROUS = ['workflow_dispatch', 'pull_request_target', 'workflow_run', 'schedule'];
const PUBLISHING_ACTIONS = new Set(['undraft', 'stage-release', 'promote-image']);
/** Why the workflow publishes, or undefined when nothing in it can. */
function publishes(workflow) {
    for (const job of workflow.jobs) {
        const action = job.steps.map(stepAction).find((a) => a !== undefined && PUBLISHING_ACTIONS.has(a));
        if (action)
            return `job ${job.shown} runs ${action}`;
    }
    for (const job of workflow.jobs) {
        const permissions = effectivePermissions(workflow, job);
        if (permissions === undefined)
            return `job ${job.shown} inherits the repository's default token, which can hold contents: write`;
        for (const scope of ['contents', 'packages'])
            if (grantsWrite(permissions, scope))
                return `job ${job.shown} holds ${scope}: write`;
    }
    return undefined;
}
function dangerousTriggers(workflow) {
    const why = publishes(workflow);
    if (why === undefined)
        return [];
    return workflow.triggers
        .filter((t) => DANGEROUS.includes(t.event))
        .map((t) => ({
        check: 'dangerous-triggers',
        ...t.at,
        detail: `\`${t.event}\` starts a workflow that publishes (${why})`,
        fix: t.event === 'workflow_dispatch'
            ? 'Start the release from the tag push only (`on: push: tags`), or move the publishing job to a workflow that does.'
            : `Remove \`${t.event}\` from the publishing workflow; start the release from the tag push only.`,
    }));
}
/** The patterns of `tags:` (a list or one string), each where it is written. */
function patterns(workflow, node, at) {
    const items = (0,dist/* isSeq */.oP)(node) ? node.items.map((i) => workflow.resolve(i)) : [node];
    return items.map((item) => {
        if (!(0,dist/* isScalar */.jn)(item) || (typeof item.value !== 'string' && typeof item.value !== 'number'))
            return { value: '', at: at(item) };
        return { value: String(item.value), at: at(item) };
    });
}
function tagTrigger(workflow, tagPattern) {
    const findings = [];
    const at = (node) => {
        const range = node?.range;
        return range ? workflow.locate(range[0]) : { line: 1, column: 1 };
    };
    for (const trigger of workflow.triggers.filter((t) => t.event === 'create'))
        findings.push({
            check: 'tag-trigger',
            ...trigger.at,
            detail: '`create` starts the workflow for every tag and branch created: GitHub applies no `tags` filter to it',
            fix: `Start the release with \`push: tags: [${(0,core_quote/* quote */.h)(tagPattern)}]\` instead of \`create\`.`,
        });
    for (const trigger of workflow.triggers.filter((t) => t.event === 'push')) {
        const config = trigger.config;
        const filters = new Map();
        if ((0,dist/* isMap */.jh)(config))
            for (const pair of config.items) {
                const key = workflow.resolve(pair.key);
                if ((0,dist/* isScalar */.jn)(key))
                    filters.set(String(key.value), { key: at(key), value: workflow.resolve(pair.value) });
            }
        const tags = filters.get('tags');
        if (tags) {
            for (const pattern of patterns(workflow, tags.value, at)) {
                if (pattern.value.startsWith('!'))
                    continue; // a negation only takes tags away
                if ((0,filter_pattern/* isNarrower */.Jo)(pattern.value, tagPattern))
                    continue;
                findings.push({
                    check: 'tag-trigger',
                    ...pattern.at,
                    detail: `the tag pattern ${(0,core_quote/* quote */.h)(pattern.value)} is not ${(0,core_quote/* quote */.h)(tagPattern)} or provably narrower: it may start a release from a tag that is not a release tag`,
                    fix: `Write the release tags as ${(0,core_quote/* quote */.h)(tagPattern)} (or a narrower pattern), or set tag-pattern to the tags you release.`,
                });
            }
            continue;
        }
        const ignore = filters.get('tags-ignore');
        if (ignore) {
            findings.push({
                check: 'tag-trigger',
                ...ignore.key,
                detail: `\`push: tags-ignore\` starts the workflow for every tag it does not name, not only ${(0,core_quote/* quote */.h)(tagPattern)}`,
                fix: `Replace tags-ignore with \`tags: [${(0,core_quote/* quote */.h)(tagPattern)}]\`.`,
            });
            continue;
        }
        if (filters.has('branches') || filters.has('branches-ignore'))
            continue; // branches only: no tag starts it
        findings.push({
            check: 'tag-trigger',
            ...trigger.at,
            detail: '`push` without `tags` or `branches` filters starts the workflow for every tag pushed',
            fix: `Add \`tags: [${(0,core_quote/* quote */.h)(tagPattern)}]\` to the push trigger.`,
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./.build/core/audit/workflow/types.js
var workflow_types = __webpack_require__(1425);
;// CONCATENATED MODULE: ./.build/core/audit/workflow/model.js
/*
 * A workflow file read as YAML with positions: the `yaml` package's document (as
 * src/core/manifests/keyed.ts reads YAML), walked once into the few parts the checks need, each
 * with the 1-based line and column of its node. No regular expression ever reads the YAML text:
 * the parser decides what is a key, a value, a comment or a block scalar.
 * Shapes follow GitHub's "Workflow syntax for GitHub Actions" (`on` as a string, a list or a
 * mapping; `permissions` as `read-all`, `write-all` or a mapping of scope to level; `needs` as a
 * string or a list; a job either has `steps` or calls a reusable workflow with `uses`).
 */



/** Parses `text` as a workflow, or throws a {@link WorkflowLintError} naming the position. */
function readWorkflow(text, file) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    const locate = (offset) => {
        const { line, col } = counter.linePos(offset);
        return { line, column: col };
    };
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        throw new workflow_types/* WorkflowLintError */.v('WORKFLOW_SYNTAX', file, locate(first.pos[0]), `not valid YAML: ${first.message.split('\n')[0]}`);
    }
    const reader = new Reader(doc, file, locate, text);
    return reader.workflow();
}
class Reader {
    doc;
    file;
    locate;
    text;
    constructor(doc, file, locate, text) {
        this.doc = doc;
        this.file = file;
        this.locate = locate;
        this.text = text;
    }
    at(node) {
        const range = node?.range;
        return range ? this.locate(range[0]) : { line: 1, column: 1 };
    }
    resolve(node) {
        let current = node;
        for (let depth = 0; (0,dist/* isAlias */.Vj)(current) && depth < 16; depth++)
            current = current.resolve(this.doc) ?? null;
        return current ?? null;
    }
    fail(node, message) {
        throw new workflow_types/* WorkflowLintError */.v('WORKFLOW_SHAPE', this.file, this.at(node), message);
    }
    /** The pairs of a mapping node, keys read as strings. */
    pairs(node, what) {
        const map = this.resolve(node);
        if (!(0,dist/* isMap */.jh)(map))
            this.fail(node, `${what} is not a mapping`);
        return map.items.map((pair) => {
            const keyNode = this.resolve(pair.key);
            if (!(0,dist/* isScalar */.jn)(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number'))
                this.fail(pair.key, `a key of ${what} is not a string`);
            return { key: String(keyNode.value), keyNode, value: this.resolve(pair.value), pair };
        });
    }
    string(node, what) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
            this.fail(node, `${what} is not a string`);
        return { value: node.value, at: this.at(node) };
    }
    workflow() {
        const root = this.resolve(this.doc.contents);
        if (!(0,dist/* isMap */.jh)(root))
            this.fail(root, 'the workflow is not a mapping');
        let triggers;
        let permissions;
        let jobs;
        for (const { key, keyNode, value } of this.pairs(root, 'the workflow')) {
            if (key === 'on')
                triggers = this.triggers(value ?? keyNode);
            else if (key === 'permissions')
                permissions = this.permissions(value, keyNode, 'the workflow permissions');
            else if (key === 'jobs')
                jobs = this.jobs(value ?? keyNode);
        }
        if (triggers === undefined)
            this.fail(root, 'the workflow has no `on:`');
        if (jobs === undefined)
            this.fail(root, 'the workflow has no `jobs:`');
        return {
            file: this.file,
            triggers,
            permissions,
            jobs,
            locate: this.locate,
            resolve: (node) => this.resolve(node),
        };
    }
    triggers(node) {
        if ((0,dist/* isScalar */.jn)(node))
            return [{ event: this.string(node, '`on`').value, at: this.at(node), config: null }];
        if ((0,dist/* isSeq */.oP)(node))
            return node.items.map((item) => {
                const event = this.string(this.resolve(item), 'an event of `on`');
                return { event: event.value, at: event.at, config: null };
            });
        return this.pairs(node, '`on`').map(({ key, keyNode, value }) => ({
            event: key,
            at: this.at(keyNode),
            config: value,
        }));
    }
    permissions(node, keyNode, where) {
        if ((0,dist/* isScalar */.jn)(node) && (node.value === 'read-all' || node.value === 'write-all'))
            return { at: this.at(node), all: node.value, grants: [] };
        if (!(0,dist/* isMap */.jh)(node))
            this.fail(node ?? keyNode, `${where} is neither read-all, write-all nor a mapping of scope to level`);
        const grants = this.pairs(node, where).map(({ key, keyNode: k, value }) => {
            // GitHub's scopes are lower-case words joined by '-' (contents, id-token, pull-requests…):
            // anything else is not a scope, and so a scope in a message can never carry markup.
            if (!/^[a-z]+(-[a-z]+)*$/.test(key))
                this.fail(k, `${(0,core_quote/* quote */.h)(key)} in ${where} is not a permission scope`);
            const level = this.string(value, `${key} in ${where}`).value;
            if (!['read', 'write', 'none'].includes(level))
                this.fail(value, `${key} in ${where} is ${(0,core_quote/* quote */.h)(level)}, not read, write or none`);
            return { scope: key, level, at: this.at(k) };
        });
        return { at: this.at(node), all: undefined, grants };
    }
    jobs(node) {
        return this.pairs(node, '`jobs`').map(({ key, keyNode, value }) => {
            const job = {
                id: key,
                shown: (0,core_quote/* quote */.h)(key),
                at: this.at(keyNode),
                permissions: undefined,
                needs: [],
                steps: [],
                uses: undefined,
            };
            const name = `job ${job.shown}`;
            for (const field of this.pairs(value ?? keyNode, name)) {
                if (field.key === 'permissions')
                    job.permissions = this.permissions(field.value, field.keyNode, `the permissions of ${name}`);
                else if (field.key === 'needs')
                    job.needs = this.needs(field.value, name);
                else if (field.key === 'uses')
                    job.uses = this.string(field.value, `the uses of ${name}`);
                else if (field.key === 'steps')
                    job.steps = this.steps(field.value ?? field.keyNode, name);
            }
            return job;
        });
    }
    needs(node, job) {
        if ((0,dist/* isSeq */.oP)(node))
            return node.items.map((item) => this.string(this.resolve(item), `a need of ${job}`).value);
        return [this.string(node, `the needs of ${job}`).value];
    }
    steps(node, job) {
        if (!(0,dist/* isSeq */.oP)(node))
            this.fail(node, `the steps of ${job} are not a list`);
        return node.items.map((item, index) => {
            const stepNode = this.resolve(item);
            const step = { index, at: this.at(stepNode), uses: undefined, run: undefined, with: new Map() };
            const name = `step ${index + 1} of ${job}`;
            for (const { key, value } of this.pairs(stepNode, name)) {
                if (key === 'uses')
                    step.uses = this.string(value, `the uses of ${name}`);
                else if (key === 'run')
                    step.run = this.run(value, `the run of ${name}`);
                else if (key === 'with')
                    for (const input of this.pairs(value, `the with of ${name}`))
                        step.with.set(input.key, {
                            value: (0,dist/* isScalar */.jn)(input.value) ? input.value.value : input.value,
                            at: this.at(input.value ?? input.keyNode),
                        });
            }
            return step;
        });
    }
    run(node, what) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
            this.fail(node, `${what} is not a string`);
        const range = node.range ?? [0, 0, 0];
        return {
            value: node.value,
            at: this.at(node),
            source: this.text.slice(range[0], range[1]),
            offset: range[0],
        };
    }
}

;// CONCATENATED MODULE: ./.build/core/audit/workflow/step-order.js
/*
 * `step-order`: sealed-release's sub-actions in the order that makes their checks mean
 * something. A job that publishes (stage-release, undraft, promote-image) runs after the tag
 * was checked: a tag-semver-guard or preflight step earlier in the same job, or in a job it
 * needs, directly or through `needs:`. undraft, which publishes, comes after every step that
 * prepares or proves the draft in its job (stage-release, sbom-attach, sigstore-sign,
 * byte-identity): after undraft, a release is out.
 */

const PUBLISHERS = new Set(['stage-release', 'undraft', 'promote-image']);
const GUARDS = new Set(['tag-semver-guard', 'preflight']);
const BEFORE_UNDRAFT = new Set(['stage-release', 'sbom-attach', 'sigstore-sign', 'byte-identity']);
/** Every job `job` needs, directly or through `needs:` (an unknown name is skipped; cycles end). */
function ancestors(byId, job) {
    const seen = new Set();
    const pending = [...job.needs];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        if (seen.has(next) || next === job.id)
            continue;
        seen.add(next);
        pending.push(...(byId.get(next)?.needs ?? []));
    }
    return [...seen].flatMap((id) => byId.get(id) ?? []);
}
function stepOrder(workflow) {
    const findings = [];
    const byId = new Map(workflow.jobs.map((job) => [job.id, job]));
    for (const job of workflow.jobs) {
        const actions = job.steps.map(stepAction);
        const firstPublisher = actions.findIndex((a) => a !== undefined && PUBLISHERS.has(a));
        if (firstPublisher >= 0) {
            const guardedHere = actions.slice(0, firstPublisher).some((a) => a !== undefined && GUARDS.has(a));
            const guardedBefore = ancestors(byId, job).some((j) => j.steps.some((s) => GUARDS.has(stepAction(s) ?? '')));
            if (!guardedHere && !guardedBefore) {
                const step = job.steps[firstPublisher];
                findings.push({
                    check: 'step-order',
                    ...(step.uses?.at ?? step.at),
                    detail: `job ${job.shown} runs ${actions[firstPublisher]} with no tag-semver-guard or preflight before it, in the job or a job it needs`,
                    fix: `Run the preflight (or tag-semver-guard) first: earlier in job ${job.shown}, or in a job that ${job.shown} lists in \`needs:\`.`,
                });
            }
        }
        actions.forEach((action, index) => {
            if (action !== 'undraft')
                return;
            const late = job.steps.filter((s, i) => i > index && BEFORE_UNDRAFT.has(actions[i] ?? ''));
            if (late.length === 0)
                return;
            const step = job.steps[index];
            findings.push({
                check: 'step-order',
                ...(step.uses?.at ?? step.at),
                detail: `job ${job.shown} publishes with undraft before ${late.map((s) => `${stepAction(s)} (line ${s.at.line})`).join(', ')}`,
                fix: 'Move undraft after every stage-release, sbom-attach, sigstore-sign and byte-identity step of the job.',
            });
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./.build/core/audit/workflow/template-injection.js
/*
 * `template-injection`: `${{ }}` is expanded into the script's text before the shell reads it,
 * so a value someone else chose (an issue title, a branch name, a release's tag, a dispatch
 * input) becomes shell code. The contract names `github.event.*`, `inputs.*` and
 * `github.head_ref`; the fix is to pass the value through `env:` and quote the variable.
 * Expressions are found with a regular expression over the one `run:` value (never over the YAML),
 * and located in the scalar's own source text, so block scalars (`run: |`) get exact positions.
 */

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
/**
 * A context reference someone outside the workflow controls. Context names are
 * case-insensitive in expressions; a name preceded by `.` or a word character is a property of
 * something else (`steps.x.outputs.inputs`), and `github.event_name` is not `github.event`.
 */
const UNTRUSTED = /(?<![\w.-])(?:github\s*\.\s*event(?![\w-])|github\s*\[\s*'event'\s*\]|inputs\s*[.[]|github\s*\.\s*head_ref(?![\w-])|github\s*\[\s*'head_ref'\s*\])/i;
/** The untrusted references of a script, each with the expression that holds it. */
function untrustedExpressions(script) {
    const found = [];
    for (const match of script.matchAll(EXPRESSION))
        if (UNTRUSTED.test(match[1]))
            found.push({ expression: match[0], index: match.index });
    return found;
}
/**
 * Where the `nth` occurrence of `expression` is in the file: found in the scalar's source (a
 * block scalar keeps its lines verbatim after the indentation), else the scalar's own start
 * (a quoted scalar whose escapes changed the text).
 */
function locateIn(run, expression, nth, locate) {
    let index = -1;
    for (let i = 0; i <= nth; i++) {
        index = run.source.indexOf(expression, index + 1);
        if (index < 0)
            return run.at;
    }
    return locate(run.offset + index);
}
function templateInjection(workflow) {
    const findings = [];
    for (const job of workflow.jobs)
        for (const step of job.steps) {
            if (!step.run)
                continue;
            const seen = new Map();
            for (const { expression } of untrustedExpressions(step.run.value)) {
                const nth = seen.get(expression) ?? 0;
                seen.set(expression, nth + 1);
                findings.push({
                    check: 'template-injection',
                    ...locateIn(step.run, expression, nth, workflow.locate),
                    detail: `job ${job.shown} expands ${(0,core_quote/* quote */.h)(expression)} inside \`run:\`, where its value becomes shell code`,
                    fix: 'Pass the value through the step\'s `env:` (`VALUE: ${{ … }}`) and use "$VALUE" in the script.',
                });
            }
        }
    return findings;
}

;// CONCATENATED MODULE: ./.build/core/audit/workflow/uses.js
/*
 * `unpinned-uses`: every `uses:` (a step's action or a job's reusable workflow) pinned to a full
 * 40-hex commit; a tag or a branch can be moved to other code after review. Excepted: local
 * `./` actions and workflows (they come with the commit being run), the self-repository form
 * `$/…` (GitHub changelog 2026-07-30, "Reference same-repository actions with self-repository
 * syntax": the workflow's own repository at the exact commit that is running) and
 * `docker://…@sha256:<64 hex>` (a digest is as immutable as a commit).
 */

const COMMIT = /^[0-9a-f]{40}$/;
const DOCKER_DIGEST = /^docker:\/\/[^@\s]+@sha256:[0-9a-f]{64}$/;
/** Why a `uses:` value is not pinned, or undefined when it is. */
function unpinnedReason(uses) {
    if (uses.startsWith('./') || uses.startsWith('$/'))
        return undefined;
    if (uses.startsWith('docker://'))
        return DOCKER_DIGEST.test(uses) ? undefined : 'a container image by tag, not by `@sha256:` digest';
    const at = uses.lastIndexOf('@');
    if (at < 0)
        return 'no ref at all';
    const ref = uses.slice(at + 1);
    if (COMMIT.test(ref))
        return undefined;
    if (/^[0-9a-fA-F]{7,39}$/.test(ref))
        return `${(0,core_quote/* quote */.h)(ref)}, an abbreviated commit that GitHub may resolve as a branch or a tag`;
    return `${(0,core_quote/* quote */.h)(ref)}, a tag or branch that can be moved`;
}
function unpinnedUses(workflow) {
    const all = [];
    for (const job of workflow.jobs) {
        if (job.uses)
            all.push({ uses: job.uses, where: `job ${job.shown} calls` });
        for (const step of job.steps)
            if (step.uses)
                all.push({ uses: step.uses, where: `job ${job.shown} uses` });
    }
    return all.flatMap(({ uses, where }) => {
        const reason = unpinnedReason(uses.value);
        if (reason === undefined)
            return [];
        const docker = uses.value.startsWith('docker://');
        return [
            {
                check: 'unpinned-uses',
                ...uses.at,
                detail: `${where} ${(0,core_quote/* quote */.h)(uses.value)}, pinned to ${reason}`,
                fix: docker
                    ? 'Pin the image by digest: `docker://IMAGE@sha256:<digest>`.'
                    : 'Pin it to the full 40-hex commit SHA you reviewed, with the version in a comment (`owner/repo@<sha> # v1.2.3`).',
            },
        ];
    });
}

;// CONCATENATED MODULE: ./.build/core/audit/workflow/lint.js
/*
 * The release workflow, read as YAML with positions (issue 23): every workflow check of the
 * contract's "audit-settings" section, each finding with its file, line and column.
 */








/**
 * Every finding of the workflow checks in `text` (the file `file`, repository-relative, as
 * findings name it), in check order (WORKFLOW_CHECKS), then by position. Throws a
 * ConfigurationError for an unusable `tagPattern`, and a WorkflowLintError when the text is not
 * a workflow (with its position): never an empty list for a file it could not read.
 */
function lintWorkflow(text, file, options) {
    (0,filter_pattern/* requireTagPattern */.QG)(options.tagPattern);
    const workflow = readWorkflow(text, file);
    const found = [
        ...unpinnedUses(workflow),
        ...excessivePermissions(workflow),
        ...idToken(workflow),
        ...persistCredentials(workflow),
        ...dangerousTriggers(workflow),
        ...tagTrigger(workflow, options.tagPattern),
        ...templateInjection(workflow),
        ...stepOrder(workflow),
    ];
    const order = (check) => workflow_types/* WORKFLOW_CHECKS */.e.indexOf(check);
    return found
        .map((f) => ({ check: f.check, detail: f.detail, fix: f.fix, file, line: f.line, column: f.column }))
        .sort((a, b) => order(a.check) - order(b.check) || a.line - b.line || a.column - b.column);
}

;// CONCATENATED MODULE: ./.build/core/audit/workflow/index.js
/*
 * The workflow lint of audit-settings: `lintWorkflow(text, file, { tagPattern })` and the check
 * names. See RULES.md for how each check compares with zizmor's and Scorecard's.
 */





;// CONCATENATED MODULE: ./.build/actions/audit-settings/main.js






/** A row's words in the summary and the failure message: the result, the detail and the fix. */
function verdictDetail(row) {
    const result = row.result === 'not-checked'
        ? 'not checked'
        : row.result === 'off'
            ? 'off'
            : row.result === 'pass'
                ? ''
                : 'failed';
    const level = row.level === 'warn' && row.result !== 'pass' ? ' (warn only)' : '';
    const head = result ? `${result}${level}: ` : '';
    return `${head}${row.detail}${row.fix ? ` Fix: ${row.fix}` : ''}`;
}
/**
 * Wires the GitHub client and the workflow lint to core/audit's sequence, writes the SARIF file,
 * and ends through runChecks: one summary row per audit row (a workflow finding annotated at its
 * file, line and column), the outputs, and a failure listing every `error` check that failed or
 * could not be checked.
 */
async function main_run(inputs) {
    await runChecks('audit-settings', [
        async (report) => {
            const github = createClient(inputs.token);
            const workflow = await readWorkflowFile(inputs.workflow.absolute, inputs.workflow.relative);
            const rows = await runAudit({ github, lintWorkflow: lintWorkflow }, {
                repo: inputs.repository,
                tagPattern: inputs.tagPattern,
                requiredChecks: inputs.requiredChecks,
                environment: inputs.environment,
                levels: inputs.levels,
                workflow,
            });
            await promises_.mkdir(external_node_path_.dirname(inputs.sarifPath), { recursive: true });
            await promises_.writeFile(inputs.sarifPath, JSON.stringify(auditSarif(rows), null, 2) + '\n');
            for (const row of rows)
                report.add({
                    check: row.check,
                    ok: !failsRun(row),
                    detail: verdictDetail(row),
                    file: row.file,
                    line: row.line,
                    column: row.column,
                    warning: row.level === 'warn' && row.result === 'fail',
                });
            const counts = countRows(rows);
            return {
                outputs: {
                    passed: String(counts.passed),
                    failed: String(counts.failed),
                    'not-checked': String(counts.notChecked),
                    report: reportJson(rows),
                    'sarif-path': inputs.sarifPath,
                },
                hardFailures: 0,
                summary: [
                    `${counts.passed} passed, ${counts.failed} failed, ${counts.notChecked} not checked (a setting the token could not read is never a pass). SARIF: \`${inputs.sarifPath}\`.`,
                ],
            };
        },
    ], { onReject: 'fail', verdictOutputs: false });
}


/***/ })

};
