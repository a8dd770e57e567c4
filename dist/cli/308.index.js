export const id = 308;
export const ids = [308];
export const modules = {

/***/ 5400:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   imageAttestationBundles: () => (/* binding */ imageAttestationBundles)
/* harmony export */ });
/* harmony import */ var _image_evidence_candidates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72906);
/* harmony import */ var _oci_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31935);
/* harmony import */ var _oci_referrers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74010);
/*
 * The attestation bundles attached to an image digest as OCI referrers, for `verify-attestation
 * oci://REGISTRY/NAME@sha256:…`: what `gh attestation verify oci://…` reads from the registry
 * (the contract's "Container images": referrers found through the referrers API, or the
 * `sha256-<hex>` tag index where a registry has none). Found and fetched with the image core's
 * own code (listReferrers, registryCandidates, fetchReferrerBundle: the referrer's `subject` must
 * be this digest, its one layer a Sigstore bundle within the declared size), never a second copy.
 *
 * A referrer whose annotation names another predicate type (a cosign signature, an SBOM, when
 * provenance is asked for) is not fetched: the annotation is the registry's unverified word, but
 * skipping on it can only leave a digest without a passing attestation, never make one pass. A
 * referrer that cannot be read is kept as `{unreadable: why}`, so it is judged (and fails) in
 * its own place, as an unreadable entry of the attestations API is.
 */



/**
 * Every Sigstore bundle referrer of `digest` in `repository` whose predicate type annotation is
 * `predicateType` or absent, fetched by digest. Transport and auth failures throw; a referrer
 * that is gone, lies about its digest or is not a bundle about this digest is `unreadable`.
 */
async function imageAttestationBundles(client, repository, digest, predicateType) {
    const referrers = await (0,_oci_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .listReferrers */ .xt)(client, repository, digest);
    const foundBy = referrers.source === 'api' ? 'referrers' : 'tag-index';
    const via = referrers.source === 'api'
        ? "the registry's referrers API"
        : referrers.source === 'tag'
            ? `the registry's ${digest.replace(':', '-')} tag index`
            : 'the registry (no referrers API, no tag index)';
    const candidates = (0,_image_evidence_candidates_js__WEBPACK_IMPORTED_MODULE_0__/* .registryCandidates */ .G6)(referrers.descriptors, foundBy);
    const wanted = candidates.filter((c) => c.annotated === undefined || c.annotated === predicateType);
    const bundles = [];
    for (const candidate of wanted) {
        let fetched;
        try {
            fetched = await (0,_image_evidence_candidates_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchReferrerBundle */ .g3)(client, repository, digest, candidate);
        }
        catch (error) {
            if (!(error instanceof _oci_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OciError */ .M && _image_evidence_candidates_js__WEBPACK_IMPORTED_MODULE_0__/* .REFERRER_FAULTS */ .G1.includes(error.code)))
                throw error;
            fetched = { reason: error.message };
        }
        if (typeof fetched !== 'string') {
            bundles.push({ unreadable: `${candidate.label}: ${fetched.reason}` });
            continue;
        }
        try {
            bundles.push(JSON.parse(fetched));
        }
        catch {
            bundles.push({ unreadable: `${candidate.label}: the bundle is not JSON` });
        }
    }
    return { bundles, via, skipped: candidates.length - wanted.length };
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
