export const id = 499;
export const ids = [499];
export const modules = {

/***/ 69711:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ ImageSubjectError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);

/** A refusal of the image itself; `problems` holds every reason found, one a line in the message. */
class ImageSubjectError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
    problems;
    constructor(code, problems) {
        super(code, problems.length === 1 ? problems[0] : problems.map((p) => `- ${p}`).join('\n'));
        this.problems = problems;
        this.name = 'ImageSubjectError';
    }
}


/***/ }),

/***/ 71499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PLATFORM_FORM: () => (/* binding */ PLATFORM_FORM),
  normalizePlatform: () => (/* binding */ normalizePlatform),
  platformProblems: () => (/* binding */ platformProblems),
  resolveImageSubject: () => (/* binding */ resolveImageSubject)
});

// EXTERNAL MODULE: ./.build/core/quote.js
var quote = __webpack_require__(65688);
// EXTERNAL MODULE: ./.build/core/oci/errors.js
var errors = __webpack_require__(31935);
// EXTERNAL MODULE: ./.build/core/oci/media-types.js
var media_types = __webpack_require__(46802);
;// CONCATENATED MODULE: ./.build/core/oci/image-index.js



/**
 * The platforms an index lists, each child checked to be a manifest descriptor with a sha256
 * digest; a platform listed twice is refused (which one would `docker pull` take?). A single
 * manifest (not an index) has no platform list: `platforms` is empty and the manifest is the
 * image.
 */
function imagePlatforms(manifest) {
    const out = { platforms: new Map(), others: [] };
    if (!(0,media_types/* isIndexType */.$U)(manifest.mediaType))
        return out;
    const what = `the index ${manifest.digest}`;
    const children = manifest.json.manifests;
    if (!Array.isArray(children))
        throw new errors/* OciError */.M('BAD_ANSWER', `${what} has no "manifests" list`);
    children.forEach((child, i) => {
        const d = child;
        if (!d ||
            typeof d.mediaType !== 'string' ||
            !media_types/* MANIFEST_TYPES */._P.includes(d.mediaType) ||
            typeof d.digest !== 'string' ||
            !media_types/* SHA256_DIGEST */.fu.test(d.digest) ||
            typeof d.size !== 'number')
            throw new errors/* OciError */.M('BAD_ANSWER', `${what}: manifests[${i}] is not a manifest descriptor with a sha256 digest and size`);
        const p = d.platform;
        if (!p || typeof p.os !== 'string' || typeof p.architecture !== 'string' || p.os === 'unknown') {
            out.others.push(d);
            return;
        }
        const name = [
            p.os,
            p.architecture,
            ...(typeof p.variant === 'string' && p.variant ? [p.variant] : []),
        ].join('/');
        if (out.platforms.has(name))
            throw new errors/* OciError */.M('BAD_ANSWER', `${what} lists the platform ${(0,quote/* quote */.h)(name)} twice`);
        out.platforms.set(name, d);
    });
    return out;
}

// EXTERNAL MODULE: ./.build/core/image/errors.js
var image_errors = __webpack_require__(69711);
;// CONCATENATED MODULE: ./.build/core/image/subject.js




/** `os/architecture[/variant]`, each part as the image spec's platform fields allow. */
const PLATFORM = /^[a-z0-9_.-]+\/[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)?$/;
/** The accepted form of a platform, as messages name it. */
const PLATFORM_FORM = 'os/architecture[/variant], e.g. linux/amd64 or linux/arm/v7';
/**
 * A platform as containerd compares them (containerd/platforms `database.go`, `normalizeArch`):
 * `aarch64` is `arm64`, `x86_64` is `amd64`, and `arm64/v8` is plain `arm64`; buildx
 * writes either, so `linux/arm64` asked for is found under `linux/arm64/v8` too. Nothing else is
 * folded: the comparison is otherwise exact.
 */
function normalizePlatform(platform) {
    const [os, arch, variant] = platform.split('/');
    const a = arch === 'aarch64' ? 'arm64' : arch === 'x86_64' ? 'amd64' : arch;
    const v = a === 'arm64' && (variant === 'v8' || variant === '8' || variant === 'v8.0') ? undefined : variant;
    return [os, a, ...(v ? [v] : [])].join('/');
}
/** Every platform not of the accepted form, each named. */
function platformProblems(platforms, what = 'platforms') {
    return platforms
        .filter((p) => !PLATFORM.test(p))
        .map((p) => `${what}: ${(0,quote/* quote */.h)(p)} is not ${PLATFORM_FORM}`);
}
/**
 * Resolves `reference` (a digest or a tag) ONCE to the exact manifest bytes (sha256 checked by
 * the client), then checks `platforms`: an index holding a manifest for each platform, every
 * platform manifest it lists present in the registry (HEAD by digest), `unknown/unknown`
 * attestation entries ignored. Adds a `subject` row and, when platforms are asked for, a
 * `platforms` row; throws {@link ImageSubjectError} listing every problem found.
 */
async function resolveImageSubject(client, repository, reference, platforms, report) {
    const where = `${client.registry}/${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`;
    const bad = platformProblems(platforms);
    if (bad.length > 0) {
        report.fail('platforms', bad.join('; '));
        throw new image_errors/* ImageSubjectError */.O('BAD_PLATFORM', bad);
    }
    const manifest = await client.getManifest(repository, reference);
    if (!manifest) {
        const problem = `${where} does not exist in the registry`;
        report.fail('subject', problem);
        throw new image_errors/* ImageSubjectError */.O('SUBJECT_MISSING', [problem]);
    }
    const listed = imagePlatforms(manifest);
    const subject = {
        repository,
        digest: manifest.digest,
        mediaType: manifest.mediaType,
        size: manifest.bytes.length,
        bytes: manifest.bytes,
        platforms: [...listed.platforms.keys()],
    };
    report.pass('subject', `${client.registry}/${repository}@${manifest.digest} (${manifest.mediaType}, ${subject.size} bytes` +
        (reference === manifest.digest ? ')' : `, resolved once from the tag ${reference})`));
    if (platforms.length === 0)
        return subject;
    const problems = [];
    if (!(0,media_types/* isIndexType */.$U)(manifest.mediaType)) {
        problems.push(`${client.registry}/${repository}@${manifest.digest} is a single-platform manifest (${manifest.mediaType}), not an index holding ${platforms.join(', ')}`);
    }
    else {
        const byNormal = new Map([...listed.platforms].map(([name, d]) => [normalizePlatform(name), d]));
        const missing = platforms.filter((p) => !byNormal.has(normalizePlatform(p)));
        if (missing.length > 0)
            problems.push(`the index ${manifest.digest} has no manifest for ${missing.join(', ')} (it lists ${subject.platforms.join(', ') || 'no platform'})`);
        // Every platform the index lists, not only those asked for: a listed platform whose manifest
        // is gone is a broken image for whoever pulls it.
        for (const [name, child] of listed.platforms) {
            if (!(await client.hasManifest(repository, child.digest)))
                problems.push(`the ${name} manifest ${child.digest} that the index lists is not in the registry`);
        }
    }
    if (problems.length > 0) {
        report.fail('platforms', problems.join('; '));
        throw new image_errors/* ImageSubjectError */.O('PLATFORMS', problems);
    }
    report.pass('platforms', `${platforms.join(', ')} present; ${listed.platforms.size} platform manifest${listed.platforms.size === 1 ? '' : 's'} in the registry`);
    return subject;
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


/***/ })

};
