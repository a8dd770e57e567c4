export const id = 408;
export const ids = [408];
export const modules = {

/***/ 6408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITHUB_TUF_MIRROR: () => (/* binding */ GITHUB_TUF_MIRROR),
  IN_TOTO_STATEMENT_TYPE: () => (/* binding */ IN_TOTO_STATEMENT_TYPE),
  RELEASE_PREDICATE_TYPE: () => (/* binding */ RELEASE_PREDICATE_TYPE),
  judgeAttestation: () => (/* binding */ judgeAttestation),
  listReleaseAttestations: () => (/* binding */ listReleaseAttestations),
  loadAttestationTrust: () => (/* binding */ loadAttestationTrust),
  releasePurls: () => (/* binding */ releasePurls),
  releaseSan: () => (/* binding */ releaseSan),
  trustDomainOf: () => (/* binding */ trustDomainOf),
  waitForReleaseAttestation: () => (/* binding */ waitForReleaseAttestation)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var dist = __webpack_require__(4423);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/github/client.js + 2 modules
var github_client = __webpack_require__(5217);
// EXTERNAL MODULE: ./.build/core/sigstore/bundle.js
var sigstore_bundle = __webpack_require__(9151);
// EXTERNAL MODULE: ./.build/core/sigstore/trust.js
var trust = __webpack_require__(3133);
;// CONCATENATED MODULE: ./.build/core/attestation/github-tuf-root.json
const github_tuf_root_namespaceObject = /*#__PURE__*/JSON.parse('{"signatures":[{"keyid":"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","sig":"304402203c8f5f7443f7052923e82f9ca0b1bb61a33498444076a2f43e1285a47f6e562d022014de99a7e5413440896b6804944e3c49390cfe6e617211b8dc42a8e67675bc13"},{"keyid":"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","sig":"3044022009a20307f974af7e05cc9564eea497f45062e3b21272d1062713b3d22c868298022059d032ad973a28bdbd03959cf96b21398b6b6e2ca618c17ce6c13712246343a2"},{"keyid":"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","sig":"3045022100edd270d36d0c8468b9a1f2ef1c81a270c72ffd50c65bca0ed1ebd424df09f64b022002b27ffafd7bc5bdfc25281b5b9b597cf2d67d4eeb4af2ff45eb3e666b860c21"},{"keyid":"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","sig":"30460221008d7d95434e576d5876b2db30fd645505ca546618bbc7a8e4b39f64e6a36df9ad022100c00a5294e4ddd02d48d28918b87a06bdfdeccd0618ecdcec29bb2597a05fe474"},{"keyid":"5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800","sig":"30450220215fb3d19d94560a3a2a6067a71c92daf867d13700c9500c4c32d8009a48a634022100df9fb6cee786313bf6c363daac4de39b3dd531f211f81d2391c41bd2d0f91a80"},{"keyid":"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","sig":"304502204091ac5e61b6462d262ecc8442781dd09843bed39942a95a4884c8c6a2c212ef022100dcee86392748f48950d04d539ac1a6643ed1f0b4bd6856f8aeb5a135826c846f"},{"keyid":"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","sig":"30460221009188548601a43b501223caeefca4876ae892e18a85c885004b4c8aeeb05a4421022100abdcc72d94597f8297d6297897ff96f285168dbe6b3d57f846dbc7a2948d2935"},{"keyid":"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","sig":"3046022100b440561545d48759dc4140cda9f8af7c9405a101d6136dd0a26edd6562b7064f022100cafa917ed90350494e47d226b64a8ec63ef5ceebb8ba4d2dec2ce018e4ad402a"}],"signed":{"_type":"root","consistent_snapshot":true,"expires":"2024-06-23T08:29:18Z","keys":{"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENki7aZVips5SgRzCd/Om0CGzQKY/\\nnv84giqVDmdwb2ys82Z6soFLasvYYEEQcwqaC170n9gr93wHUgPc796uJA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@ashtom"},"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElD0o2sOZN9n3RKQ7PtMLAoXj+2Ai\\nn4PKT/pfnzDlNLrD3VTQwCc4sR4t+OLu4KQ+qk+kXkR9YuBsu3bdJZ1OWw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@nerdneha"},"5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC9RNAsuDCNO6T7qA7Y5F8orw2tIW\\nr7rUr4ffxvzTMrbkVtjR/trtE0q0+T0zQ8TWLyI6EYMwb947ej2ItfkOyA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@jacobdepriest"},"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBagkskNOpOTbetTX5CdnvMy+LiWn\\nonRrNrqAHL4WgiebH7Uig7GLhC3bkeA/qgb926/vr9qhOPG9Buj2HatrPw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@gregose"},"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7IEoVNwrprchXGhT5sAhSax7SOd3\\n8duuISghCzfmHdKJWSbV2wJRamRiUVRtmA83K/qm5cT20WXMCT5QeM/D3A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@trevrosen"},"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC2wJ3xscyXxBLybJ9FVjwkyQMe53\\nRHUz77AjMO8MzVaT8xw6ZvJqdNZiytYtigWULlINxw6frNsWJKb/f7lC8A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@kommendorkapten"},"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEDdORwcruW3gqAgaLjH/nNdGMB4kQ\\nAvA+wD6DyO4P/wR8ee2ce83NZHq1ZADKhve0rlYKaKy3CqyQ5SmlZ36Zhw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@krukow"},"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENynVdQnM9h7xU71G7PiJpQaDemub\\nkbjsjYwLlPJTQVuxQO8WeIpJf8MEh5rf01t2dDIuCsZ5gRx+QvDv0UzfsA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@mph4"},"eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENKNcNcX+d73lS1TRFb9Vnp8JvOoh\\nzYQ+in43iGenbG8RGo9L/6FJ2hoRbVU6xskvyuErcdPbCdI4GxrQ5i8hkw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-online-uri":"azurekms://production-tuf-root.vault.azure.net/keys/Online-Key/aaf375fd8ed24acb949a5cc173700b05"}},"roles":{"root":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a"],"threshold":3},"snapshot":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":21,"x-tuf-on-ci-signing-period":7},"targets":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a"],"threshold":3},"timestamp":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":7,"x-tuf-on-ci-signing-period":6}},"spec_version":"1.0.31","version":1,"x-tuf-on-ci-expiry-period":240,"x-tuf-on-ci-signing-period":60}}');
;// CONCATENATED MODULE: ./.build/core/attestation/release-attestation.js
/*
 * GitHub's release attestation: the seal GitHub signs when an immutable release is published.
 * It is a Sigstore bundle v0.3 holding a DSSE-signed in-toto statement (predicate type
 * https://in-toto.io/attestation/release/v0.1) whose subjects are the tag's purl with the
 * commit's sha1 and every asset with its sha256. It is signed by GitHub's own Sigstore instance
 * (leaf SAN `https://<trust domain>.releases.github.com`), carries RFC 3161 timestamps and no
 * transparency-log entry.
 *
 * Verifying it closes the loop from "we uploaded these bytes" to "GitHub has sealed exactly
 * these bytes under this tag". Every comparison is exact and whole: the SAN, the tag, the
 * commit, the set of asset names and each digest.
 */










const RELEASE_PREDICATE_TYPE = 'https://in-toto.io/attestation/release/v0.1';
const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
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
        throw new Error(`GET /meta of ${serverUrl} gives no usable domains.artifact_attestations.trust_domain (${JSON.stringify(domain)}); ` +
            'the release attestation signer cannot be named, so it cannot be checked.');
    }
    return { domain, source: `GET /meta of ${serverUrl}` };
}
/**
 * The trust for release attestations: the given trusted_root.json, else GitHub's instance
 * through its TUF repository, starting from the TUF root the GitHub CLI embeds (pinned in
 * github-tuf-root.json; see README.md beside it). TUF verifies every update from that root
 * on, so a compromised mirror cannot substitute keys. No TUF, no verification: there is no
 * fallback to an unverified root.
 */
async function loadAttestationTrust(trustedRootPath, options = {}) {
    if (trustedRootPath)
        return (0,trust/* loadTrust */.Vc)(trustedRootPath);
    const cacheDir = options.cacheDir ?? external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'github-tuf-'));
    external_node_fs_.mkdirSync(cacheDir, { recursive: true });
    const rootPath = external_node_path_.join(cacheDir, 'embedded-root.json');
    external_node_fs_.writeFileSync(rootPath, JSON.stringify(github_tuf_root_namespaceObject));
    const mirrorURL = options.mirrorURL ?? GITHUB_TUF_MIRROR;
    let root;
    try {
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
            "check network access to it, or give 'attestation-trusted-root' (a trusted_root.json for GHES, ghe.com or tests).", { cause: error });
    }
    const { root: sane, dropped } = (0,trust/* sanitizeTrustedRoot */.ps)(root);
    const material = (0,verify_dist/* toTrustMaterial */.jO)(sane, (hint) => {
        throw new trust/* TrustRootError */.Tr(`a release attestation is never signed with a key ('${hint}')`);
    });
    return { material, source: `GitHub's Sigstore instance (TUF ${mirrorURL})`, dropped };
}
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
function readStatement(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new Error('it holds a message signature, not a DSSE envelope');
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new Error(`its DSSE payload type is '${envelope.payloadType}', not ${IN_TOTO_PAYLOAD_TYPE}`);
    }
    const statement = JSON.parse(Buffer.from(envelope.payload).toString('utf8'));
    if (typeof statement !== 'object' || statement === null)
        throw new Error('its statement is not a JSON object');
    return statement;
}
/**
 * Verifies one release attestation bundle (its JSON) against the trust, the exact SAN and the
 * expected release. Never throws for a bad attestation: every problem is a line in the result.
 */
function judgeAttestation(bundleJson, trust, san, expected) {
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
        problems.push(`bundle media type is '${bundle.mediaType}', not ${BUNDLE_V03}`);
    let statement;
    try {
        statement = readStatement(bundle);
    }
    catch (error) {
        problems.push(`the bundle is not an in-toto statement: ${(0,errors/* messageOf */.bD)(error)}`);
        return judgement;
    }
    // The signature first: nothing a statement says counts before it is known who signed it.
    try {
        // GitHub's instance logs nothing to a transparency log and has no CT log: one RFC 3161
        // timestamp from a trusted timestamp authority is what bounds the certificate's validity.
        const verifier = new verify_dist/* Verifier */.BL(trust, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 });
        const signer = verifier.verify((0,verify_dist/* toSignedEntity */.DC)(bundle));
        judgement.san = signer.identity?.subjectAlternativeName;
        // @sigstore/verify matches a policy SAN as an unanchored RegExp, so the SAN is compared
        // here, whole and exactly, instead.
        if (judgement.san !== san) {
            problems.push(`signed for '${judgement.san ?? '(no SAN)'}', not for the release signer '${san}'`);
        }
        else {
            judgement.signatureOk = true;
        }
    }
    catch (error) {
        const code = error instanceof verify_dist/* VerificationError */.mk || error instanceof verify_dist/* PolicyError */.pn ? `${error.code}: ` : '';
        problems.push(`signature does not verify against the trusted root: ${code}${(0,errors/* messageOf */.bD)(error)}`);
    }
    if (statement._type !== IN_TOTO_STATEMENT_TYPE) {
        problems.push(`statement type is '${String(statement._type)}', not ${IN_TOTO_STATEMENT_TYPE}`);
    }
    if (statement.predicateType !== RELEASE_PREDICATE_TYPE) {
        problems.push(`predicate type is '${String(statement.predicateType)}', not ${RELEASE_PREDICATE_TYPE}`);
    }
    const predicate = statement.predicate ?? {};
    judgement.tag = typeof predicate.tag === 'string' ? predicate.tag : undefined;
    const purls = releasePurls(expected.owner, expected.repo, expected.tag);
    const subjects = Array.isArray(statement.subject) ? statement.subject : [];
    const purlSubjects = [];
    for (const raw of subjects) {
        const s = raw;
        const name = typeof s?.name === 'string' ? s.name : '';
        const digest = (typeof s?.digest === 'object' && s.digest !== null ? s.digest : {});
        if (name.startsWith('pkg:')) {
            purlSubjects.push({ name, digest });
            continue;
        }
        if (name === '') {
            problems.push('a subject has no name');
            continue;
        }
        const sha256 = typeof digest.sha256 === 'string' ? digest.sha256 : '';
        if (!/^[0-9a-f]{64}$/.test(sha256)) {
            problems.push(`subject '${name}' has no sha256 digest`);
            continue;
        }
        if (judgement.subjects.has(name))
            problems.push(`subject '${name}' appears twice`);
        judgement.subjects.set(name, sha256);
    }
    judgement.aboutThisTag = judgement.tag === expected.tag || purlSubjects.some((p) => purls.has(p.name));
    if (judgement.tag !== expected.tag) {
        problems.push(`it names tag '${judgement.tag ?? '(none)'}', not '${expected.tag}'`);
    }
    if (purlSubjects.length !== 1) {
        problems.push(`it has ${purlSubjects.length} purl subjects; exactly one (pkg:github/${expected.owner}/${expected.repo}@${expected.tag}) is expected`);
    }
    else {
        const [p] = purlSubjects;
        if (!purls.has(p.name))
            problems.push(`its purl subject is '${p.name}', not pkg:github/${expected.owner}/${expected.repo}@${expected.tag}`);
        const sha1 = typeof p.digest.sha1 === 'string' ? p.digest.sha1 : undefined;
        if (sha1 !== expected.commit.toLowerCase()) {
            problems.push(`it binds the tag to commit ${sha1 ?? '(no sha1)'}, not to ${expected.commit}`);
        }
        if (typeof predicate.purl === 'string' && predicate.purl !== p.name) {
            problems.push(`its predicate purl '${predicate.purl}' differs from its subject '${p.name}'`);
        }
    }
    if (expected.releaseId !== undefined &&
        predicate.releaseId !== undefined &&
        String(predicate.releaseId) !== String(expected.releaseId)) {
        problems.push(`it names release id ${String(predicate.releaseId)}, not ${expected.releaseId}`);
    }
    if (expected.assets) {
        for (const [name, sha256] of expected.assets) {
            const attested = judgement.subjects.get(name);
            if (attested === undefined)
                problems.push(`asset '${name}' is not a subject`);
            else if (attested !== sha256)
                problems.push(`asset '${name}' is attested as sha256:${attested}, but the release serves sha256:${sha256}`);
        }
        for (const name of judgement.subjects.keys()) {
            if (!expected.assets.has(name))
                problems.push(`subject '${name}' is not an asset of the release`);
        }
    }
    return judgement;
}
// Kept alike on purpose (docs/ARCHITECTURE.md): one request to its own endpoint with its own error wording, like listAssets.
/** The release attestations GitHub lists for a commit (an empty list while there are none). */
async function listReleaseAttestations(client, repo, commit) {
    try {
        const { data } = (await client.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
            ...repo,
            subject_digest: `sha1:${commit}`,
            predicate_type: 'release',
            per_page: 100,
        }));
        const list = Array.isArray(data?.attestations) ? data.attestations : [];
        return list.map((a) => a.bundle ?? { unreadable: a.bundle_url ? 'only a bundle_url was given' : 'no bundle' });
    }
    catch (error) {
        // GitHub answers 404 while a commit has no attestation yet.
        if ((0,github_client.statusOf)(error) === 404)
            return [];
        throw (0,github_client.explainHttpError)(error, `Listing the release attestations of commit ${commit}`, 'attestations: read');
    }
}
/**
 * Polls for the release attestation until one verifies for exactly this release, one that
 * verifies says something else about this tag (a definite failure: no waiting can fix it), or
 * the deadline passes. Attestations for another tag of the same commit are not this release's,
 * so they are waited past; ones that do not verify are reported if nothing better comes.
 */
async function waitForReleaseAttestation(deps) {
    const now = deps.now ?? Date.now;
    const sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const deadline = now() + deps.timeoutMs;
    let polls = 0;
    let last;
    for (;;) {
        polls++;
        const bundles = await deps.list();
        const judged = bundles.map((b) => ({ bundle: b, judgement: deps.judge(b) }));
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


/***/ }),

/***/ 9151:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KC: () => (/* binding */ BundleFormatError),
/* harmony export */   Os: () => (/* binding */ KNOWN_BUNDLE_MEDIA_TYPES),
/* harmony export */   QN: () => (/* binding */ parseBundle)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1040);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);



/** The bundle media types this verifier knows. Anything else is refused, not guessed at. */
const KNOWN_BUNDLE_MEDIA_TYPES = [
    _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.BUNDLE_V01_MEDIA_TYPE,
    _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.BUNDLE_V02_MEDIA_TYPE,
    _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.BUNDLE_V03_LEGACY_MEDIA_TYPE,
    _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.BUNDLE_V03_MEDIA_TYPE,
];
class BundleFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BaseError */ .Cf {
    constructor(message) {
        super('BUNDLE_FORMAT', message);
        this.name = 'BundleFormatError';
    }
}
/**
 * Parses a Sigstore bundle: valid JSON, a known media type, and the fields that version
 * requires (v0.1 an inclusion promise, v0.2+ an inclusion proof, v0.3 a single certificate).
 */
function parseBundle(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new BundleFormatError(`bundle is not valid JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new BundleFormatError('bundle is not a JSON object');
    }
    const mediaType = json.mediaType;
    if (typeof mediaType !== 'string' || !KNOWN_BUNDLE_MEDIA_TYPES.includes(mediaType)) {
        throw new BundleFormatError(`unknown bundle media type '${String(mediaType)}' (known: ${KNOWN_BUNDLE_MEDIA_TYPES.join(', ')})`);
    }
    try {
        return (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleFromJSON)(json);
    }
    catch (error) {
        if (error instanceof _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.ValidationError) {
            throw new BundleFormatError(`bundle is malformed: ${error.message} (${(error.fields ?? []).join(', ')})`);
        }
        throw new BundleFormatError(`bundle is malformed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`);
    }
}


/***/ }),

/***/ 3133:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ trustOf),
/* harmony export */   Tr: () => (/* binding */ TrustRootError),
/* harmony export */   Vc: () => (/* binding */ loadTrust),
/* harmony export */   ps: () => (/* binding */ sanitizeTrustedRoot),
/* harmony export */   t1: () => (/* binding */ parseTrustedRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9654);
/* harmony import */ var _sigstore_tuf__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4423);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8005);





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
        throw new TrustRootError(`${label} has an unknown trusted root media type '${String(mediaType)}'.`);
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
 * `key` is the public key for bundles signed with a key (conformance `--key`).
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
            throw new TrustRootError(`cannot load the public-good Sigstore trusted root through TUF (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}); ` +
                'check network access to the TUF repository, or pass a trusted_root.json for a private instance.', { cause: error });
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


/***/ })

};
