export const id = 103;
export const ids = [103];
export const modules = {

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


/***/ }),

/***/ 96739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OciClient: () => (/* binding */ OciClient)
/* harmony export */ });
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65688);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31935);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46802);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76359);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53727);
/*
 * An OCI distribution client (distribution-spec `spec.md`, "Pull", "Push", "Content Discovery")
 * over the project's one HTTP layer: every request goes through `exchange` (its retry policy,
 * the https-or-loopback rule, redirects checked hop by hop), authenticated by the registry's own
 * challenge (auth.ts). Bytes stay as the registry served them: a manifest is hashed as received
 * and written as given, never re-serialised, so tag and digest stay one. `Docker-Content-Digest`
 * is never trusted: a digest is always the sha256 of the bytes in hand.
 */





/** The client of one registry: manifests, blobs and tags. Its methods take the repository. */
class OciClient extends _transport_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryTransport */ .F7 {
    /** Where `what` was, for messages; refuses a repository or reference outside the grammar first. */
    where(repository, reference) {
        (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__.checkTarget)(repository, reference);
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
            headers: { accept: _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_TYPES */ ._P.join(', ') },
            what: `the manifest ${where}`,
        });
        if (answer.status === 404)
            return undefined;
        if (answer.status !== 200)
            throw (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .unexpected */ .os)(`the manifest ${where}`, answer);
        const digest = (0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(answer.body);
        if (reference.startsWith('sha256:') && digest !== reference)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('DIGEST_MISMATCH', `the manifest ${where}: the registry served bytes whose sha256 is ${digest}, not the digest asked for`);
        let json;
        try {
            json = JSON.parse(answer.body.toString('utf8'));
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('BAD_ANSWER', `the manifest ${where} is not JSON: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(answer.body.toString('utf8'))}`);
        }
        if (json === null || typeof json !== 'object' || Array.isArray(json))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('BAD_ANSWER', `the manifest ${where} is not a JSON object`);
        const body = json;
        const header = answer.headers.get('content-type')?.split(';')[0].trim();
        const mediaType = header && _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_TYPES */ ._P.includes(header) ? header : body.mediaType;
        if (typeof mediaType !== 'string' || !_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_TYPES */ ._P.includes(mediaType))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('BAD_ANSWER', `the manifest ${where} has the media type ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(header ?? mediaType)}, none of ${_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_TYPES */ ._P.join(', ')}`);
        // The body's own mediaType must agree with what it was served as: an index served as a
        // single manifest (or the reverse) would be read with the wrong rules.
        if (body.mediaType !== undefined && body.mediaType !== mediaType)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('BAD_ANSWER', `the manifest ${where} was served as ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(mediaType)} but its mediaType is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(body.mediaType)}`);
        const etag = answer.headers.get('etag') ?? undefined;
        return { digest, mediaType, bytes: answer.body, json: body, ...(etag === undefined ? {} : { etag }) };
    }
    /** Like getManifest, but a missing manifest is a `NOT_FOUND` failure. */
    async requireManifest(repository, reference) {
        const manifest = await this.getManifest(repository, reference);
        if (!manifest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('NOT_FOUND', `the manifest ${this.where(repository, reference)} does not exist`);
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
            headers: { accept: _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_TYPES */ ._P.join(', ') },
            what: `the manifest ${where}`,
        });
        if (answer.status === 404)
            return false;
        if (answer.status === 200)
            return true;
        throw (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .unexpected */ .os)(`the manifest ${where}`, answer);
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
        const digest = (0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(bytes);
        const where = this.where(repository, reference);
        if (reference.startsWith('sha256:') && reference !== digest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('DIGEST_MISMATCH', `the manifest for ${where} hashes to ${digest}, not to the digest it is written under`);
        if (!_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_TYPES */ ._P.includes(mediaType))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('BAD_MANIFEST', `the manifest for ${where} has the media type ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(mediaType)}, none of ${_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_TYPES */ ._P.join(', ')}`);
        let declared;
        try {
            declared = JSON.parse(Buffer.from(bytes).toString('utf8'))
                ?.mediaType;
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('BAD_MANIFEST', `the manifest for ${where} is not JSON`);
        }
        if (declared !== undefined && declared !== mediaType)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('BAD_MANIFEST', `the manifest for ${where} declares the mediaType ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(declared)} but would be written as ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(mediaType)}`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('CONFLICT', `writing the manifest ${where}: it changed since it was read (412)`);
        if (answer.status !== 201 && answer.status !== 200)
            throw (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .unexpected */ .os)(`writing the manifest ${where}`, answer);
        (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .checkAnnounced */ .AV)(answer, digest, `writing the manifest ${where}`);
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
        throw (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .unexpected */ .os)(`the blob ${where}`, answer);
    }
    /** A blob's bytes, whose sha256 must be `digest`. */
    async getBlob(repository, digest, limit = _transport_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_BLOB_BYTES */ .TP) {
        const where = this.where(repository, digest);
        const answer = await this.send({
            method: 'GET',
            path: `/v2/${repository}/blobs/${digest}`,
            repository,
            limit,
            what: `the blob ${where}`,
        });
        if (answer.status === 404)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('NOT_FOUND', `the blob ${where} does not exist`);
        if (answer.status !== 200)
            throw (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .unexpected */ .os)(`the blob ${where}`, answer);
        const got = (0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(answer.body);
        if (got !== digest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('DIGEST_MISMATCH', `the blob ${where}: the registry served bytes whose sha256 is ${got}, not the digest asked for`);
        return answer.body;
    }
    /**
     * Puts a blob unless it is already there: a cross-repository mount from `mountFrom` when given
     * (201: mounted; 202: the registry opened an upload instead, which is used), otherwise a
     * monolithic upload (POST, then PUT `?digest=` with the bytes). Returns its digest and whether
     * bytes were sent.
     */
    async pushBlob(repository, bytes, options = {}) {
        const digest = (0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(bytes);
        const where = this.where(repository, digest);
        if (options.mountFrom !== undefined)
            (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__.checkTarget)(options.mountFrom);
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
            (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .checkAnnounced */ .AV)(opened, digest, `mounting ${where}`);
            return { digest, uploaded: false, mounted: true };
        }
        if (opened.status !== 202)
            throw (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .unexpected */ .os)(`opening the upload of ${where}`, opened);
        const location = opened.headers.get('location');
        if (!location)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('BAD_ANSWER', `opening the upload of ${where}: the registry sent no Location`);
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
            throw (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .unexpected */ .os)(`uploading ${where}`, put);
        (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .checkAnnounced */ .AV)(put, digest, `uploading ${where}`);
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
        let next = `${this.baseUrl}/v2/${repository}/tags/list?n=${_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG_PAGE */ .T4}`;
        (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__.checkTarget)(repository);
        const what = `the tags of ${this.registry}/${repository}`;
        while (next !== undefined) {
            if (visited.has(next))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('BAD_ANSWER', `${what}: the pages lead back to ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(next)}`);
            visited.add(next);
            const answer = await this.send({ method: 'GET', path: next, repository, what, limit: _transport_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_BLOB_BYTES */ .TP });
            if (answer.status === 404)
                return [];
            if (answer.status !== 200)
                throw (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .unexpected */ .os)(what, answer);
            const page = (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJson */ .qF)(answer.body, what);
            if (page.tags !== null &&
                page.tags !== undefined &&
                (!Array.isArray(page.tags) || page.tags.some((t) => typeof t !== 'string')))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('BAD_ANSWER', `${what}: "tags" is not a list of strings`);
            let added = 0;
            for (const tag of page.tags ?? []) {
                if (seen.has(tag))
                    continue;
                seen.add(tag);
                tags.push(tag);
                added++;
            }
            next = (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .nextLink */ .IX)(answer.headers.get('link'), next, what);
            if (next !== undefined && added === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('BAD_ANSWER', `${what}: a page with a next Link added no tag`);
            if (next !== undefined && new URL(next).origin !== new URL(this.baseUrl).origin)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciError */ .M('BAD_ANSWER', `${what}: the next page ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(next)} is on another host`);
        }
        return tags;
    }
}


/***/ })

};
