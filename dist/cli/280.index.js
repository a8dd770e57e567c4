export const id = 280;
export const ids = [280];
export const modules = {

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
