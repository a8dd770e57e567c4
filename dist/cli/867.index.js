export const id = 867;
export const ids = [867,205];
export const modules = {

/***/ 12205:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AttestationListError: () => (/* binding */ AttestationListError),
/* harmony export */   listAttestations: () => (/* binding */ listAttestations)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91563);
/*
 * Listing the attestations GitHub holds for a subject digest, every page of them: the list is
 * `{"attestations": [...]}` without a `total_count`, paged by cursors in the `Link` header (GitHub
 * REST docs, "List attestations": `before`/`after`), which are followed until there is no `next`.
 * A page that cannot be read fails the listing: part of the list is never judged as the whole.
 * The repository's list (`GET /repos/{owner}/{repo}/attestations/{subject_digest}`) or, for
 * `--owner`, the organization's (`GET /orgs/{org}/attestations/{subject_digest}`).
 */


/** A listing of attestations that cannot be read whole (`INCOMPLETE_LISTING`). */
class AttestationListError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
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
            if (page === 1 && (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__.statusOf)(error) === 404)
                return [];
            throw (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__.explainHttpError)(error, `Listing ${options.what} (page ${page})`, 'attestations: read');
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


/***/ }),

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

/***/ 71867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyImage: () => (/* binding */ verifyImage)
});

// EXTERNAL MODULE: ./.build/core/image/errors.js
var errors = __webpack_require__(69711);
// EXTERNAL MODULE: ./.build/core/errors.js
var core_errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/oci/media-types.js
var media_types = __webpack_require__(46802);
// EXTERNAL MODULE: ./.build/core/oci/referrers.js
var oci_referrers = __webpack_require__(74010);
// EXTERNAL MODULE: ./.build/core/attestation/list.js
var list = __webpack_require__(12205);
// EXTERNAL MODULE: ./.build/core/github/client.js
var github_client = __webpack_require__(91563);
;// CONCATENATED MODULE: ./.build/core/image/attestations-api.js
/*
 * An image's bundles in GitHub's attestations API (`GET /repos/{o}/{r}/attestations/sha256:<hex>`),
 * read with the one listing of core/attestation/list.ts (every cursor page; a page that cannot be
 * read fails the listing; 404 while the digest has none), each entry a candidate to verify. An
 * entry without its bundle inline (only a `bundle_url`) is kept, and fails as unreadable.
 */


/** Every bundle GitHub holds for `digest` in `repository` (`owner/name`), each a candidate. */
async function listImageAttestations(client, repository, digest) {
    const repo = (0,github_client.parseRepository)('repository', repository);
    const listed = await (0,list.listAttestations)(client, { owner: repo.owner, repo: repo.repo }, digest, {
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

// EXTERNAL MODULE: ./.build/core/image/evidence-candidates.js + 1 modules
var evidence_candidates = __webpack_require__(72906);
;// CONCATENATED MODULE: ./.build/core/image/evidence-types.js
const EVIDENCE_KINDS = ['signature', 'sbom', 'provenance'];

// EXTERNAL MODULE: ./.build/core/image/evidence-predicates.js + 5 modules
var evidence_predicates = __webpack_require__(62577);
;// CONCATENATED MODULE: ./.build/core/image/evidence.js







/** The predicate type of a cosign v3 signature of an image (defined beside the other predicate rules). */

/** Every problem of a policy, each naming the field and the accepted form. */
function evidencePolicyProblems(policy) {
    const problems = [];
    if (policy.require.length === 0)
        problems.push('require: name at least one of signature, sbom, provenance');
    for (const kind of policy.require)
        if (!EVIDENCE_KINDS.includes(kind))
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
        throw new core_errors/* ConfigurationError */.j1(bad);
    const wanted = new Set(policy.require);
    const referrers = await (0,oci_referrers/* listReferrers */.xt)(client, repository, digest);
    const foundBy = referrers.source === 'api' ? 'referrers' : 'tag-index';
    const candidates = (0,evidence_candidates/* registryCandidates */.G6)(referrers.descriptors, foundBy);
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
            const verdict = await (0,evidence_candidates/* judgeCandidate */.bl)(client, repository, digest, candidate, policy);
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

// EXTERNAL MODULE: ./.build/core/image/subject.js + 1 modules
var image_subject = __webpack_require__(71499);
;// CONCATENATED MODULE: ./.build/core/image/verify-image.js



/** Verifies `reference` (a digest) as promote-image would before writing; rows go to `report`. Writes nothing. */
async function verifyImage(client, repository, reference, platforms, report, policy) {
    const problems = [];
    let subject;
    let digest = reference;
    try {
        subject = await (0,image_subject.resolveImageSubject)(client, repository, reference, platforms, report);
        digest = subject.digest;
    }
    catch (error) {
        if (!(error instanceof errors/* ImageSubjectError */.O))
            throw error;
        problems.push(...error.problems);
        // Nothing to find evidence for: no such digest, or no digest at all (a tag that is gone).
        if (error.code !== 'PLATFORMS' || !digest.startsWith('sha256:'))
            return { problems };
    }
    const evidence = await verifyImageEvidence(client, repository, digest, policy, report);
    problems.push(...evidence.problems);
    return { ...(subject ? { subject } : {}), evidence, problems };
}


/***/ })

};
