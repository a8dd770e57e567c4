export const id = 359;
export const ids = [359];
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


/***/ })

};
