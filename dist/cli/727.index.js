export const id = 727;
export const ids = [727,359];
export const modules = {

/***/ 92288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   mh: () => (/* binding */ checkFetchUrl)
/* harmony export */ });
/* unused harmony export joinUrl */
/*
 * Which URLs the core fetches from: https, or plain http on loopback only (tests, a local
 * mirror or registry). Over plain http anyone on the path could serve other bytes, and where no
 * digest is published the download is the only evidence there is.
 */
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);
/** True for 127.0.0.0/8, ::1 and localhost: the only hosts where plain http is accepted. */
function isLoopbackHost(hostname) {
    return LOOPBACK_HOSTS.has(hostname) || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}
/**
 * A URL that may be fetched: https, or http on loopback only, with no credentials in it (they
 * would reach logs and every redirect's host). Returns the URL, or why it is refused.
 */
function checkFetchUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return 'is not a URL';
    }
    if (url.username || url.password)
        return 'carries credentials in the URL';
    if (url.protocol === 'https:')
        return url;
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname))
        return url;
    return `is not https (plain http is accepted on loopback only)`;
}
/** Joins a base URL (which may have a path, as mirrors do) and a path. */
function joinUrl(base, path) {
    return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}


/***/ }),

/***/ 31935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ OciError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);

/** A refusal or failure of the OCI client; the message names the registry, repository and reference. */
class OciError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'OciError';
    }
}


/***/ }),

/***/ 46802:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   _P: () => (/* binding */ MANIFEST_TYPES),
/* harmony export */   fu: () => (/* binding */ SHA256_DIGEST),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* unused harmony exports DOCKER_MANIFEST, DOCKER_LIST, OCI_EMPTY_CONFIG */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/*
 * The media types and digests of the OCI image and distribution specifications (image-spec
 * `media-types.md`, `descriptor.md`; distribution-spec `spec.md`), and Docker's two manifest
 * types (distribution's `manifest/schema2` and `manifest/manifestlist` packages).
 */

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const OCI_EMPTY_CONFIG = 'application/vnd.oci.empty.v1+json';
/**
 * Every manifest type the client reads, sent whole in `Accept`: distribution 2.8 answers 404 for
 * an index asked for without its type (or with `*\/*`), as tried against it here.
 */
const MANIFEST_TYPES = [OCI_INDEX, OCI_MANIFEST, DOCKER_LIST, DOCKER_MANIFEST];
/** Whether a media type is an index (a list of manifests) rather than a single manifest. */
function isIndexType(mediaType) {
    return mediaType === OCI_INDEX || mediaType === DOCKER_LIST;
}
/** `sha256:<64 lowercase hex>`, the only digest the client accepts (image-spec `descriptor.md`, "Digests"). */
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
/** `sha256:<hex>` of the bytes exactly as they are. */
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}


/***/ }),

/***/ 76359:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REFERENCE_FORM: () => (/* binding */ REFERENCE_FORM),
/* harmony export */   checkTarget: () => (/* binding */ checkTarget),
/* harmony export */   formatReference: () => (/* binding */ formatReference),
/* harmony export */   parseReference: () => (/* binding */ parseReference),
/* harmony export */   parseRepository: () => (/* binding */ parseRepository),
/* harmony export */   registryBaseUrl: () => (/* binding */ registryBaseUrl)
/* harmony export */ });
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65688);
/* harmony import */ var _http_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92288);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31935);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46802);
/*
 * Image references, read by the grammar of distribution's `reference` package (reference.go:
 * `reference := name [ ":" tag ] [ "@" digest ]`, its domain, path-component and tag rules) and
 * normalised as its normalize.go does for Docker Hub (`splitDockerDomain`): a first component
 * without `.` or `:` that is not `localhost` (and is lower case) is not a registry, so the image
 * is on `docker.io`; `index.docker.io` is `docker.io`; a one-component Docker Hub name is
 * `library/NAME`. The API of `docker.io` is served at `registry-1.docker.io`.
 */




const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[_.]|__|[-]*)[a-z0-9]+)*';
const PATH = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const TAG = /^[\w][\w.-]{0,127}$/;
/** reference.go's NameTotalLengthMax. */
const NAME_MAX = 255;
/** The accepted form, as messages name it. */
const REFERENCE_FORM = 'REGISTRY/NAME:TAG or REGISTRY/NAME@sha256:<64 hex>';
/**
 * Parses `text`, throwing `BAD_REFERENCE` with the accepted form. `what` names the value in the
 * message (an input's name). A digest other than sha256 is refused: it is the one the client checks.
 */
function parseReference(text, what = 'image reference') {
    const refuse = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OciError */ .M('BAD_REFERENCE', `${what} ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(text)} ${why}; expected ${REFERENCE_FORM}`);
    };
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SHA256_DIGEST */ .fu.test(digest))
            refuse('has a digest that is not sha256:<64 lowercase hex>');
    }
    let tag;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            refuse('has a tag outside [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}');
    }
    const { registry, repository } = splitDomain(rest, refuse);
    if (`${registry}/${repository}`.length > NAME_MAX)
        refuse(`has a name longer than ${NAME_MAX} characters`);
    const reference = { registry, repository };
    if (tag !== undefined)
        reference.tag = tag;
    if (digest !== undefined)
        reference.digest = digest;
    return reference;
}
/** Parses a reference that must name a repository only (no tag, no digest). */
function parseRepository(text, what = 'image') {
    const reference = parseReference(text, what);
    if (reference.tag !== undefined || reference.digest !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OciError */ .M('BAD_REFERENCE', `${what} ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(text)} names a tag or digest; expected REGISTRY/NAME`);
    return reference;
}
function splitDomain(name, refuse) {
    const i = name.indexOf('/');
    const first = i === -1 ? '' : name.slice(0, i);
    let registry;
    let repository;
    if (i === -1 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
        registry = 'docker.io';
        repository = name;
    }
    else {
        registry = first;
        repository = name.slice(i + 1);
        if (!DOMAIN.test(registry))
            refuse('has a registry that is not a host name or address with an optional port');
    }
    if (registry === 'index.docker.io')
        registry = 'docker.io';
    if (registry === 'docker.io' && !repository.includes('/'))
        repository = `library/${repository}`;
    if (!PATH.test(repository))
        refuse('has a name that is not lower-case components of [a-z0-9] joined by . _ __ or -, separated by /');
    return { registry, repository };
}
/**
 * Refuses a repository or a tag-or-digest outside the grammar before it becomes part of a URL
 * path (`../`, `?`, `#` and spaces would send the request elsewhere on the registry).
 */
function checkTarget(repository, reference) {
    if (!PATH.test(repository) || repository.length > NAME_MAX)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OciError */ .M('BAD_REFERENCE', `the repository ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(repository)} is not lower-case components of [a-z0-9] joined by . _ __ or -, separated by /`);
    if (reference !== undefined && !TAG.test(reference) && !_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SHA256_DIGEST */ .fu.test(reference))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OciError */ .M('BAD_REFERENCE', `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(reference)} is neither a tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}) nor sha256:<64 lowercase hex>`);
}
/** The reference as text: `registry/repository[:tag][@digest]`. */
function formatReference(reference) {
    const tag = reference.tag === undefined ? '' : `:${reference.tag}`;
    const digest = reference.digest === undefined ? '' : `@${reference.digest}`;
    return `${reference.registry}/${reference.repository}${tag}${digest}`;
}
/**
 * The base URL of a registry's API: `https://`, or plain `http://` for a loopback registry (the
 * contract's one exception: tests, a local registry). Docker Hub's API is `registry-1.docker.io`.
 */
function registryBaseUrl(registry) {
    const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
    const hostname = new URL(`http://${host}`).hostname;
    return `${(0,_http_url_js__WEBPACK_IMPORTED_MODULE_0__/* .isLoopbackHost */ .cW)(hostname) ? 'http' : 'https'}://${host}`;
}


/***/ }),

/***/ 53727:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TP: () => (/* binding */ MAX_BLOB_BYTES),
  F7: () => (/* binding */ RegistryTransport),
  T4: () => (/* binding */ TAG_PAGE),
  AV: () => (/* binding */ checkAnnounced),
  IX: () => (/* binding */ nextLink),
  qF: () => (/* binding */ parseJson),
  os: () => (/* binding */ unexpected)
});

// UNUSED EXPORTS: MAX_MANIFEST_BYTES

// EXTERNAL MODULE: ./.build/core/known-failures.js
var known_failures = __webpack_require__(57971);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/quote.js
var quote = __webpack_require__(65688);
// EXTERNAL MODULE: ./.build/core/http/retry.js
var retry = __webpack_require__(60767);
// EXTERNAL MODULE: ./.build/core/http/url.js
var http_url = __webpack_require__(92288);
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
        throw new HttpError('BAD_URL', `${what}: the URL ${(0,quote/* quote */.h)(String(url))} ${start}`);
    const idempotent = (0,retry/* isIdempotent */.ky)(method);
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
            if ((0,retry/* retryableStatus */.Fd)(response.status)) {
                await response.body?.cancel();
                throw new retry/* TransientFailure */.$r(`HTTP ${response.status}`, (0,retry/* retryAfterMs */.Vs)(response));
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
                if (!(error instanceof retry/* TransientFailure */.$r))
                    throw error;
                throw new HttpError('NOT_RETRIED', `${what} failed (${error.message}); a ${method} is not sent again without re-reading what the first one did`, { cause: error });
            }
        };
    return (0,retry/* withRetries */.LH)(options.http ?? {}, guarded, {
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
        return new retry/* TransientFailure */.$r((0,errors/* messageOf */.bD)(signal.reason), undefined, { cause: error });
    const certificate = certificateFailure(error);
    if (certificate) {
        return new HttpError('TLS_CERTIFICATE', `${what} failed: the server's TLS certificate was refused (${certificate}); not tried again, as another try meets the same certificate. Behind a proxy with its own certificate authority, give the runner its certificate with NODE_EXTRA_CA_CERTS.`, { cause: error });
    }
    return new retry/* TransientFailure */.$r((0,errors/* messageWithCauses */.OM)(error), undefined, { cause: error });
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
var oci_errors = __webpack_require__(31935);
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
        throw new oci_errors/* OciError */.M('BAD_CHALLENGE', `${this.registry} answered 401 with ${wwwAuthenticate === null ? 'no WWW-Authenticate header' : `the challenge ${(0,quote/* quote */.h)(wwwAuthenticate)}`}; expected Bearer realm="…" or Basic`);
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
            throw new oci_errors/* OciError */.M('BAD_CHALLENGE', `${this.registry} sent a Bearer realm that is not a URL: ${(0,quote/* quote */.h)(realm)}`);
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
                throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the token server answered ${response.status} ${(0,quote/* quote */.h)(text)}`);
            let body;
            try {
                body = JSON.parse(text);
            }
            catch {
                throw new oci_errors/* OciError */.M('BAD_CHALLENGE', `${what}: the answer is not JSON: ${(0,quote/* quote */.h)(text)}`);
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
        throw new ConfigurationError(`registry-username and registry-password go together: ${username === undefined ? 'registry-password' : 'registry-username'} is set and ${username === undefined ? 'registry-username' : 'registry-password'} is not`);
    if (username !== undefined && password !== undefined)
        return { username, password };
    if (registry === 'ghcr.io' && github.actor && github.token)
        return { username: github.actor, password: github.token };
    return undefined;
}

// EXTERNAL MODULE: ./.build/core/oci/reference.js
var reference = __webpack_require__(76359);
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
        this.baseUrl = (options.baseUrl ?? (0,reference.registryBaseUrl)(options.registry)).replace(/\/+$/, '');
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
        return (0,known_failures/* registryAuthFailure */.Kr)(`${request.what} (${this.registry}/${request.repository})`, status, this.credentialInputs, cause);
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
        throw new oci_errors/* OciError */.M('DIGEST_MISMATCH', `${what}: the registry answered with the digest ${(0,quote/* quote */.h)(announced)}, not ${digest} (the sha256 of the bytes sent)`);
}
function unexpected(what, answer) {
    return new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the registry answered ${answer.status} ${(0,quote/* quote */.h)(answer.body.toString('utf8'))}`);
}
/** A JSON object from a body, or `BAD_ANSWER` naming what it was. */
function parseJson(body, what) {
    let value;
    try {
        value = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the answer is not JSON: ${(0,quote/* quote */.h)(body.toString('utf8'))}`);
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
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the next Link ${(0,quote/* quote */.h)(match[1])} is not a URL`);
        }
    }
    return undefined;
}


/***/ })

};
