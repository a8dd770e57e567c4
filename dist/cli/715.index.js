export const id = 715;
export const ids = [715,205,280];
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

/***/ 58715:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AttestationTrustError: () => (/* reexport */ trust.AttestationTrustError),
  GITHUB_TUF_MIRROR: () => (/* reexport */ trust.GITHUB_TUF_MIRROR),
  RELEASE_PREDICATE_TYPE: () => (/* reexport */ RELEASE_PREDICATE_TYPE),
  RELEASE_PREDICATE_V01: () => (/* reexport */ RELEASE_PREDICATE_V01),
  RELEASE_PREDICATE_V02: () => (/* reexport */ RELEASE_PREDICATE_V02),
  judgeAttestation: () => (/* reexport */ judgeAttestation),
  listReleaseAttestations: () => (/* reexport */ listReleaseAttestations),
  loadAttestationTrust: () => (/* reexport */ trust.loadAttestationTrust),
  releasePurls: () => (/* reexport */ releasePurls),
  releaseSan: () => (/* reexport */ trust.releaseSan),
  trustDomainOf: () => (/* reexport */ trust.trustDomainOf),
  waitForReleaseAttestation: () => (/* reexport */ waitForReleaseAttestation)
});

// EXTERNAL MODULE: ./.build/core/attestation/trust.js + 1 modules
var trust = __webpack_require__(9280);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/quote.js
var quote = __webpack_require__(65688);
// EXTERNAL MODULE: ./.build/core/intoto.js
var intoto = __webpack_require__(42141);
// EXTERNAL MODULE: ./.build/core/sigstore/bundle.js
var sigstore_bundle = __webpack_require__(89151);
// EXTERNAL MODULE: ./.build/core/sigstore/verify.js + 3 modules
var verify = __webpack_require__(38543);
;// CONCATENATED MODULE: ./.build/core/attestation/judge.js





/** The predicate type GitHub mints today. */
const RELEASE_PREDICATE_V02 = 'https://in-toto.io/attestation/release/v0.2';
/** The predicate type of releases published before v0.2. */
const RELEASE_PREDICATE_V01 = 'https://in-toto.io/attestation/release/v0.1';
/** The predicate type GitHub mints today (the v0.2 one). */
const RELEASE_PREDICATE_TYPE = RELEASE_PREDICATE_V02;
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
        throw new intoto/* InTotoError */.Yj('NOT_STATEMENT', 'it holds a message signature, not a DSSE envelope');
    const envelope = bundle.content.dsseEnvelope;
    return (0,intoto/* parseStatement */.By)(envelope.payloadType, envelope.payload);
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
                problems.push(`a subject's uri ${(0,quote/* quote */.h)(s.uri)} is not a purl`);
            else
                purls.push({ uri: s.uri, sha1: s.digest.sha1 });
            continue;
        }
        if (s.name === undefined || s.name === '') {
            problems.push('a subject has neither a name nor a purl uri');
            continue;
        }
        if (s.name.startsWith('pkg:')) {
            problems.push(`subject ${(0,quote/* quote */.h)(s.name)} carries a purl as its name; GitHub names the tag by 'uri'`);
            continue;
        }
        const sha256 = s.digest.sha256;
        if (sha256 === undefined || !/^[0-9a-f]{64}$/.test(sha256)) {
            problems.push(`subject ${(0,quote/* quote */.h)(s.name)} has no sha256 digest`);
            continue;
        }
        if (judgement.subjects.has(s.name))
            problems.push(`subject ${(0,quote/* quote */.h)(s.name)} appears twice`);
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
            problems.push(`its ${version} predicate's ${name} is ${(0,quote/* quote */.h)(value)}, not a decimal id`);
    }
    if (fields.releaseIdField === 'databaseId' && predicate.packageId !== predicate.repositoryId) {
        problems.push(`its packageId ${(0,quote/* quote */.h)(predicate.packageId)} is not its repositoryId ${(0,quote/* quote */.h)(predicate.repositoryId)}`);
    }
    const releaseId = predicate[fields.releaseIdField];
    if (expected.releaseId !== undefined && releaseId !== String(expected.releaseId)) {
        problems.push(`it names release ${fields.releaseIdField} ${(0,quote/* quote */.h)(releaseId)}, not ${expected.releaseId}`);
    }
    // Owner and repository names are case-insensitive on GitHub; the attestation writes them as
    // GitHub spells them, which may differ in case from what the caller typed.
    const repository = `${expected.owner}/${expected.repo}`;
    if (typeof predicate.repository !== 'string' ||
        predicate.repository.toLowerCase() !== repository.toLowerCase()) {
        problems.push(`its predicate names repository ${(0,quote/* quote */.h)(predicate.repository)}, not ${repository}`);
    }
    if (purl !== undefined && predicate.purl !== purl) {
        problems.push(`its predicate purl ${(0,quote/* quote */.h)(predicate.purl)} differs from its subject ${(0,quote/* quote */.h)(purl)}`);
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
        bundle = (0,sigstore_bundle/* parseBundle */.QN)(JSON.stringify(bundleJson));
    }
    catch (error) {
        problems.push(`not a Sigstore bundle: ${(0,errors/* messageOf */.bD)(error)}`);
        return judgement;
    }
    if (bundle.mediaType !== BUNDLE_V03)
        problems.push(`bundle media type is ${(0,quote/* quote */.h)(bundle.mediaType)}, not ${BUNDLE_V03}`);
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
        const verified = await (0,verify/* verifySigstoreBundle */.Kh)(bundle, trust, {
            signer: { san },
            thresholds: { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 },
            payloadType: intoto/* IN_TOTO_PAYLOAD_TYPE */.T4,
        });
        judgement.san = verified.identity;
        judgement.signatureOk = true;
    }
    catch (error) {
        const signer = error instanceof verify/* SignatureVerificationError */._Q && error.code === 'UNTRUSTED_SIGNER_ERROR';
        problems.push(signer
            ? `not signed by the release signer: ${(0,errors/* messageOf */.bD)(error)}`
            : `signature does not verify against the trusted root: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    if (statement.type !== intoto/* IN_TOTO_STATEMENT_V1 */.tV) {
        problems.push(`statement type is ${(0,quote/* quote */.h)(statement.type)}, not ${intoto/* IN_TOTO_STATEMENT_V1 */.tV}`);
    }
    judgement.predicateType = statement.predicateType;
    const tag = statement.predicate.tag;
    judgement.tag = typeof tag === 'string' ? tag : undefined;
    const { purls } = readSubjects(statement, judgement);
    const accepted = releasePurls(expected.owner, expected.repo, expected.tag);
    judgement.aboutThisTag = judgement.tag === expected.tag || purls.some((p) => accepted.has(p.uri));
    if (judgement.tag !== expected.tag) {
        problems.push(`it names tag ${(0,quote/* quote */.h)(tag ?? '(none)')}, not ${(0,quote/* quote */.h)(expected.tag)}`);
    }
    const wanted = `pkg:github/${expected.owner}/${expected.repo}@${expected.tag}`;
    if (purls.length !== 1) {
        problems.push(`it has ${purls.length} purl subjects; exactly one (${wanted}) is expected`);
    }
    else {
        const [p] = purls;
        if (!accepted.has(p.uri))
            problems.push(`its purl subject is ${(0,quote/* quote */.h)(p.uri)}, not ${wanted}`);
        if (p.sha1 !== expected.commit.toLowerCase()) {
            problems.push(`it binds the tag to commit ${(0,quote/* quote */.h)(p.sha1 ?? '(no sha1)')}, not to ${expected.commit}`);
        }
    }
    // hasOwn: a predicate type such as "constructor" must not find Object.prototype's members.
    if (!Object.hasOwn(PREDICATES, statement.predicateType)) {
        problems.push(`predicate type is ${(0,quote/* quote */.h)(statement.predicateType)}; a release attestation is ${RELEASE_PREDICATE_V02} or ${RELEASE_PREDICATE_V01}`);
    }
    else {
        checkPredicate(statement, expected, problems, purls.length === 1 ? purls[0].uri : undefined);
    }
    if (expected.assets) {
        for (const [name, sha256] of expected.assets) {
            const attested = judgement.subjects.get(name);
            if (attested === undefined)
                problems.push(`asset ${(0,quote/* quote */.h)(name)} is not a subject`);
            else if (attested !== sha256)
                problems.push(`asset ${(0,quote/* quote */.h)(name)} is attested as sha256:${attested}, but the release serves sha256:${sha256}`);
        }
        for (const name of judgement.subjects.keys()) {
            if (!expected.assets.has(name))
                problems.push(`subject ${(0,quote/* quote */.h)(name)} is not an asset of the release`);
        }
    }
    return judgement;
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./.build/core/attestation/list.js
var list = __webpack_require__(12205);
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
    return (0,list.listAttestations)(client, repo, `sha1:${commit}`, {
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





/***/ }),

/***/ 9280:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AttestationTrustError: () => (/* binding */ AttestationTrustError),
  GITHUB_TUF_MIRROR: () => (/* binding */ GITHUB_TUF_MIRROR),
  loadAttestationTrust: () => (/* binding */ loadAttestationTrust),
  releaseSan: () => (/* binding */ releaseSan),
  trustDomainOf: () => (/* binding */ trustDomainOf)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var dist = __webpack_require__(84423);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/github/client.js
var github_client = __webpack_require__(91563);
// EXTERNAL MODULE: ./.build/core/quote.js
var quote = __webpack_require__(65688);
// EXTERNAL MODULE: ./.build/core/sigstore/trust.js
var trust = __webpack_require__(93133);
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
        throw (0,github_client.explainHttpError)(error, `Reading the trust domain from ${serverUrl}'s GET /meta`, 'metadata: read');
    }
    const domain = data?.domains?.artifact_attestations?.trust_domain;
    if (typeof domain !== 'string' || !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(domain)) {
        throw new AttestationTrustError('TRUST_DOMAIN', `GET /meta of ${serverUrl} gives no usable domains.artifact_attestations.trust_domain (${(0,quote/* quote */.h)(domain)}); ` +
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
        return (0,trust/* loadTrust */.Vc)(trustedRootPath);
    const temporary = options.cacheDir === undefined;
    const cacheDir = options.cacheDir ?? external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'github-tuf-'));
    const mirrorURL = options.mirrorURL ?? GITHUB_TUF_MIRROR;
    let root;
    try {
        external_node_fs_.mkdirSync(cacheDir, { recursive: true });
        const rootPath = external_node_path_.join(cacheDir, 'embedded-root.json');
        external_node_fs_.writeFileSync(rootPath, JSON.stringify(github_tuf_root_namespaceObject));
        root = await (0,dist.getTrustedRoot)({
            mirrorURL,
            rootPath,
            cachePath: external_node_path_.join(cacheDir, 'cache'),
            timeout: options.timeoutMs ?? 15_000,
            retry: { retries: 2, factor: 2, minTimeout: 500 },
        });
    }
    catch (error) {
        throw new trust/* TrustRootError */.Tr(`cannot load GitHub's Sigstore trusted root through its TUF repository ${mirrorURL} (${(0,errors/* messageOf */.bD)(error)}); ` +
            `check network access to it, or give ${options.trustedRootOption ?? "'attestation-trusted-root'"} (a trusted_root.json for GHES, ghe.com, offline use or tests).`, { cause: error });
    }
    finally {
        if (temporary)
            external_node_fs_.rmSync(cacheDir, { recursive: true, force: true });
    }
    const { root: sane, dropped } = (0,trust/* sanitizeTrustedRoot */.ps)(root);
    const material = (0,verify_dist/* toTrustMaterial */.jO)(sane, (hint) => {
        throw new trust/* TrustRootError */.Tr(`a release attestation is never signed with a key (${(0,quote/* quote */.h)(hint)})`);
    });
    return { material, source: `GitHub's Sigstore instance (TUF ${mirrorURL})`, dropped };
}


/***/ }),

/***/ 93133:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ trustOf),
/* harmony export */   Lg: () => (/* binding */ loadInputTrust),
/* harmony export */   Tr: () => (/* binding */ TrustRootError),
/* harmony export */   Vc: () => (/* binding */ loadTrust),
/* harmony export */   ps: () => (/* binding */ sanitizeTrustedRoot),
/* harmony export */   t1: () => (/* binding */ parseTrustedRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_tuf__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84423);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8005);
/* harmony import */ var _known_failures_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57971);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65688);







class TrustRootError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BaseError */ .Cf {
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
        throw new TrustRootError(`${label} is not valid JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new TrustRootError(`${label} is not a trusted root (expected a JSON object).`);
    }
    const mediaType = json.mediaType;
    if (typeof mediaType !== 'string' ||
        !/^application\/vnd\.dev\.sigstore\.trustedroot(\+json;version=0\.1|\.v0\.2\+json)$/.test(mediaType)) {
        throw new TrustRootError(`${label} has an unknown trusted root media type ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quote */ .h)(mediaType ?? '(none)')}.`);
    }
    try {
        return _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(json);
    }
    catch (error) {
        throw new TrustRootError(`${label} is not a valid trusted root: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`);
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
            text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(trustedRootPath, 'utf8');
        }
        catch (error) {
            throw new TrustRootError(`cannot read trusted root ${trustedRootPath}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`);
        }
        root = parseTrustedRoot(text, `trusted root ${trustedRootPath}`);
        source = `trusted root ${trustedRootPath}`;
    }
    else {
        try {
            root = await (0,_sigstore_tuf__WEBPACK_IMPORTED_MODULE_2__.getTrustedRoot)({
                mirrorURL: options.tuf?.mirrorURL,
                cachePath: options.tuf?.cachePath,
                timeout: options.tuf?.timeoutMs ?? 10_000,
                retry: { retries: 2, factor: 2, minTimeout: 500 },
            });
        }
        catch (error) {
            const why = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error);
            throw new TrustRootError(options.fix === undefined
                ? `cannot load the public-good Sigstore trusted root through TUF (${why}); check network access to the TUF repository, or pass a trusted_root.json for a private instance.`
                : `cannot load the public-good Sigstore trusted root through TUF (${why}); ${options.fix}`, { cause: error });
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
    const material = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .toTrustMaterial */ .jO)(sane, key
        ? () => ({ publicKey: key, validFor: () => true })
        : (hint) => {
            throw new TrustRootError(`bundle is signed with key '${hint}', but no public key was given`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Input 'trusted-root': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`, { cause: error });
        throw (0,_known_failures_js__WEBPACK_IMPORTED_MODULE_5__/* .tufFailure */ .Am)(error) || error;
    }
}


/***/ })

};
