export const id = 587;
export const ids = [587];
export const modules = {

/***/ 61439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ envNumber)
/* harmony export */ });
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

/***/ 16587:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BundleFormatError: () => (/* reexport */ bundle/* BundleFormatError */.KC),
  EMBEDDED_ROOT_SOURCE: () => (/* reexport */ EMBEDDED_ROOT_SOURCE),
  GITHUB_ACTIONS_ISSUER: () => (/* reexport */ inputs/* GITHUB_ACTIONS_ISSUER */.qQ),
  IdentityMismatchError: () => (/* reexport */ identity/* IdentityMismatchError */.V1),
  KNOWN_BUNDLE_MEDIA_TYPES: () => (/* reexport */ bundle/* KNOWN_BUNDLE_MEDIA_TYPES */.Os),
  OidcError: () => (/* reexport */ OidcError),
  OidcUnavailableError: () => (/* reexport */ OidcUnavailableError),
  PERMISSION_MESSAGE: () => (/* reexport */ PERMISSION_MESSAGE),
  PUBLIC_GOOD_FULCIO_URL: () => (/* reexport */ inputs/* PUBLIC_GOOD_FULCIO_URL */.Xw),
  PUBLIC_GOOD_REKOR_URL: () => (/* reexport */ inputs/* PUBLIC_GOOD_REKOR_URL */.Y4),
  PUBLIC_GOOD_TUF_URL: () => (/* reexport */ PUBLIC_GOOD_TUF_URL),
  ReusableFulcioSigner: () => (/* reexport */ ReusableFulcioSigner),
  SIGSTORE_TIMEOUT_MS: () => (/* reexport */ SIGSTORE_TIMEOUT_MS),
  SignatureVerificationError: () => (/* reexport */ verify/* SignatureVerificationError */._Q),
  SigningError: () => (/* reexport */ SigningError),
  SigningSession: () => (/* reexport */ SigningSession),
  TrustRootError: () => (/* reexport */ trust/* TrustRootError */.Tr),
  builderFromSigningConfig: () => (/* reexport */ builderFromSigningConfig),
  certificateIdentityOf: () => (/* reexport */ identity/* certificateIdentityOf */.NR),
  checkIdentity: () => (/* reexport */ identity/* checkIdentity */.Z0),
  decodeJwtClaims: () => (/* reexport */ decodeJwtClaims),
  describePolicy: () => (/* reexport */ describePolicy),
  embeddedPublicGoodRoot: () => (/* reexport */ embeddedPublicGoodRoot),
  escapeRegExp: () => (/* reexport */ verify/* escapeRegExp */.Nt),
  expectedIssuer: () => (/* reexport */ inputs/* expectedIssuer */.k2),
  filesAndBundleSuffix: () => (/* reexport */ inputs/* filesAndBundleSuffix */.Yf),
  githubSigned: () => (/* reexport */ githubSigned),
  loadEmbeddedTrust: () => (/* reexport */ loadEmbeddedTrust),
  loadInputTrust: () => (/* reexport */ trust/* loadInputTrust */.Lg),
  loadTrust: () => (/* reexport */ trust/* loadTrust */.Vc),
  parseBundle: () => (/* reexport */ bundle/* parseBundle */.QN),
  parseBundleSuffix: () => (/* reexport */ inputs/* parseBundleSuffix */.pu),
  parseIdentityRegExp: () => (/* reexport */ inputs/* parseIdentityRegExp */.hJ),
  parseServiceUrl: () => (/* reexport */ inputs/* parseServiceUrl */.iO),
  parseTrustedRoot: () => (/* reexport */ trust/* parseTrustedRoot */.t1),
  readCertificateIdentity: () => (/* reexport */ identity/* readCertificateIdentity */.sU),
  runnerIdentityProvider: () => (/* reexport */ runnerIdentityProvider),
  sanitizeTrustedRoot: () => (/* reexport */ trust/* sanitizeTrustedRoot */.ps),
  shellQuote: () => (/* reexport */ shellQuote),
  signingIdentityOfToken: () => (/* reexport */ signingIdentityOfToken),
  signingInputs: () => (/* reexport */ inputs/* signingInputs */.hY),
  sigstoreFetchOptions: () => (/* reexport */ sigstoreFetchOptions),
  staticIdentityProvider: () => (/* reexport */ staticIdentityProvider),
  toBundleV03: () => (/* reexport */ toBundleV03),
  toPolicy: () => (/* reexport */ verify/* toPolicy */.iJ),
  trustOf: () => (/* reexport */ trust/* trustOf */.An),
  verificationRows: () => (/* reexport */ verificationRows),
  verifyBundle: () => (/* reexport */ verify/* verifyBundle */.IF),
  verifyBundleFile: () => (/* reexport */ verify/* verifyBundleFile */.Qs),
  verifyDsseBundle: () => (/* reexport */ verify/* verifyDsseBundle */.XV),
  verifyFiles: () => (/* reexport */ verifyFiles),
  verifyInstructions: () => (/* reexport */ verifyInstructions),
  verifySigstoreBundle: () => (/* reexport */ verify/* verifySigstoreBundle */.Kh),
  wholeMatch: () => (/* reexport */ identity/* wholeMatch */.Tx)
});

// EXTERNAL MODULE: ./.build/core/sigstore/bundle.js
var bundle = __webpack_require__(89151);
// EXTERNAL MODULE: ./.build/core/sigstore/identity.js
var identity = __webpack_require__(52077);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./.build/core/sigstore/instructions.js

/** Quotes a value for a POSIX shell. */
function shellQuote(value) {
    return /^[A-Za-z0-9_./:@=+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
/**
 * Markdown for release notes: the exact commands a downstream user runs to verify each file
 * (by its release asset name) with sigstore-python and with cosign.
 */
function verifyInstructions(options) {
    const names = options.files.map((f) => external_node_path_.basename(f));
    const sigstore = names.map((n) => `sigstore verify identity --bundle ${shellQuote(n + options.bundleSuffix)} ` +
        `--cert-identity ${shellQuote(options.identity)} --cert-oidc-issuer ${shellQuote(options.issuer)} ${shellQuote(n)}`);
    const cosign = names.map((n) => `cosign verify-blob --bundle ${shellQuote(n + options.bundleSuffix)} ` +
        `--certificate-identity ${shellQuote(options.identity)} --certificate-oidc-issuer ${shellQuote(options.issuer)} ${shellQuote(n)}`);
    const lines = [
        `### Verifying the signatures${options.tag ? ` of ${options.tag}` : ''}`,
        '',
        `Every file of this release is signed with Sigstore by the release workflow \`${options.identity}\` ` +
            `(OIDC issuer \`${options.issuer}\`); its bundle is the file of the same name with \`${options.bundleSuffix}\` appended. ` +
            'Download the files and their bundles, then run either:',
        '',
        'With [sigstore-python](https://github.com/sigstore/sigstore-python):',
        '',
        '```sh',
        ...sigstore,
        '```',
        '',
        'With [cosign](https://github.com/sigstore/cosign):',
        '',
        '```sh',
        ...cosign,
        '```',
    ];
    if (options.privateInstance) {
        lines.push('', "These bundles were made with a private Sigstore instance: pass that instance's trusted root to the verifier.");
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./.build/core/env.js
var core_env = __webpack_require__(61439);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/known-failures.js
var known_failures = __webpack_require__(57971);
;// CONCATENATED MODULE: ./.build/core/sigstore/oidc.js



/** The claims of a JWT, without verifying it (Fulcio verifies it; we only read our own token). */
function decodeJwtClaims(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        throw new errors/* ConfigurationError */.j1('The identity token is not a JWT (expected three dot-separated parts).');
    try {
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (typeof claims === 'object' && claims !== null && !Array.isArray(claims))
            return claims;
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`The identity token's claims cannot be read: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    throw new errors/* ConfigurationError */.j1("The identity token's claims cannot be read: they are not a JSON object.");
}
/**
 * The runner's OIDC endpoint kept failing (resets, timeouts, 5xx/429) through every retry. Coded
 * `UNREACHABLE`, so the step fails as a service that could not be reached, with this message
 * (which says how many attempts and the last reason), not as an internal error.
 */
class OidcUnavailableError extends errors/* BaseError */.Cf {
    constructor(message) {
        super('UNREACHABLE', message);
    }
}
/**
 * The runner's OIDC endpoint answered, but not with a token:
 * - `OIDC_REFUSED`: an HTTP error other than 401/403 (those are the missing permission);
 * - `OIDC_BAD_ANSWER`: a 2xx whose body is not JSON, or holds no token.
 */
class OidcError extends errors/* BaseError */.Cf {
}
/** A token given as is (the `identity-token` input, the CLI's `--identity-token`). */
function staticIdentityProvider(token) {
    return { getToken: async () => token };
}
const PERMISSION_MESSAGE = 'No OIDC identity token is available: the runner sets ACTIONS_ID_TOKEN_REQUEST_URL and ' +
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN only for a job granted `permissions: id-token: write`, and they are not set.';
/**
 * The runner's OIDC endpoint. The token is requested once and shared by every signature of the
 * run (concurrent callers wait for the same request); it is requested again only when it is
 * about to expire. The GET is idempotent, so 5xx/429 answers are retried with backoff.
 */
function runnerIdentityProvider(audience, env = process.env, options = {}) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !requestToken)
        throw new known_failures/* KnownFailure */.A8('ID_TOKEN_PERMISSION', PERMISSION_MESSAGE);
    let cached;
    const fetchToken = async () => {
        const url = new URL(requestUrl);
        url.searchParams.set('audience', audience);
        const retries = options.retries ?? 3;
        // The variables only shorten waits under test; read from the runner's env like the URL.
        const backoffMs = options.backoffMs ?? (0,core_env/* envNumber */.d)('SEALED_RELEASE_RETRY_MS', env) ?? 1000;
        const timeoutMs = options.timeoutMs ?? (0,core_env/* envNumber */.d)('SEALED_RELEASE_REQUEST_TIMEOUT_MS', env) ?? 30_000;
        let lastError = '';
        for (let attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0)
                await new Promise((r) => setTimeout(r, backoffMs * 2 ** (attempt - 1)));
            let text;
            let refused;
            try {
                // One deadline for the headers and the body: an endpoint that answers the headers and
                // then stalls must not hold the step past the timeout either.
                const response = await fetch(url, {
                    headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
                    signal: AbortSignal.timeout(timeoutMs),
                });
                if (response.status >= 500 || response.status === 429) {
                    lastError = `HTTP ${response.status}`;
                    await response.body?.cancel();
                    continue;
                }
                text = await response.text();
                if (!response.ok)
                    refused = { status: response.status, text };
            }
            catch (error) {
                // A reset or a timeout, before or during the answer: the GET is safe to repeat.
                lastError = (0,errors/* messageWithCauses */.OM)(error);
                continue;
            }
            // The runner's endpoint answers 401/403 to a job without `id-token: write` (the request
            // token it handed out does not carry the scope): the known failure, with its fix.
            if (refused?.status === 401 || refused?.status === 403) {
                throw new known_failures/* KnownFailure */.A8('ID_TOKEN_PERMISSION', `The runner's OIDC endpoint refused the token request (HTTP ${refused.status}: ${(0,errors/* quote */.hD)(refused.text.trim())}).`);
            }
            if (refused !== undefined) {
                throw new OidcError('OIDC_REFUSED', `The runner's OIDC endpoint refused the token request (HTTP ${refused.status}: ${(0,errors/* quote */.hD)(refused.text.trim())}).`);
            }
            let body;
            try {
                body = JSON.parse(text);
            }
            catch {
                throw new OidcError('OIDC_BAD_ANSWER', 
                // Not quoted: a 2xx body could hold a token in some other form.
                `The runner's OIDC endpoint answered with something other than JSON (${text.length} characters).`);
            }
            if (typeof body?.value !== 'string' || body.value === '') {
                throw new OidcError('OIDC_BAD_ANSWER', "The runner's OIDC endpoint answered without a token.");
            }
            options.onToken?.(body.value);
            const exp = decodeJwtClaims(body.value).exp;
            return { token: body.value, exp: typeof exp === 'number' ? exp * 1000 : Date.now() + 60_000 };
        }
        throw new OidcUnavailableError(`The runner's OIDC endpoint did not answer after ${retries + 1} attempt(s) (${lastError}).`);
    };
    return {
        async getToken() {
            if (cached) {
                const current = await cached.catch(() => undefined);
                // A token with under a minute left could expire between here and Fulcio.
                if (current && current.exp - Date.now() > 60_000)
                    return current.token;
            }
            cached = fetchToken();
            return (await cached).token;
        },
    };
}
/**
 * The identity Fulcio certifies for a GitHub Actions token: the SAN is the server URL + the
 * token's `job_workflow_ref` claim (the workflow file that runs the job: in a reusable workflow,
 * the reusable one, not the caller that GITHUB_WORKFLOW_REF names), and the issuer is the
 * token's `iss`. This is what a signature made with the token must verify for, exactly.
 */
function signingIdentityOfToken(claims, serverUrl) {
    const ref = claims.job_workflow_ref;
    // Control characters or spaces in it would make a SAN no workflow ref can be: not a token
    // from GitHub Actions, or a forged one; Fulcio would refuse it too.
    if (typeof ref !== 'string' || !/^[^\s\p{Cc}]+@[^\s\p{Cc}]+$/u.test(ref)) {
        throw new errors/* ConfigurationError */.j1(`The identity token has no usable job_workflow_ref claim (got ${(0,errors/* quote */.hD)(ref ?? null)}); ` +
            'sigstore-sign signs with a GitHub Actions OIDC token, whose job_workflow_ref Fulcio writes as the identity.');
    }
    if (typeof claims.iss !== 'string' || claims.iss === '') {
        throw new errors/* ConfigurationError */.j1('The identity token has no issuer (iss) claim.');
    }
    return {
        identity: `${serverUrl.replace(/\/+$/, '')}/${ref}`,
        issuer: claims.iss,
        jobWorkflowRef: ref,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(13260);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./.build/core/digest.js
var digest = __webpack_require__(34002);
;// CONCATENATED MODULE: ./.build/core/sigstore/sign.js








/**
 * Signing could not produce a bundle:
 * - `NO_CERTIFICATE`: Fulcio answered without a certificate;
 * - `UNSUPPORTED_BUNDLE`: a bundle of a media type this code cannot re-encode as v0.3;
 * - `UNKNOWN_SIGNING_CONFIG`: a signing_config.json of another media type than v0.2.
 */
class SigningError extends errors/* BaseError */.Cf {
}
/** Default per-request timeout for Fulcio, Rekor and the TSA. */
const SIGSTORE_TIMEOUT_MS = 30_000;
/**
 * The timeout and retry options handed to sigstore-js for every Fulcio, Rekor and TSA request.
 * sigstore-js (fetchWithRetry) retries a request on any network error (reset, timeout) and on
 * 408, 429 and 5xx, with exponential backoff from `minTimeout` (it ignores Retry-After); its
 * `timeout` bounds the wait for the answer's headers and then for its body, so a service that
 * never answers costs `timeout` per attempt, never a hang. Retrying these POSTs is safe: Fulcio
 * issues a fresh certificate for the same key, the TSA a fresh timestamp, and Rekor answers a
 * duplicate entry with 409, which `fetchOnConflict` turns into a read of the existing entry.
 * The environment variables only shorten waits under test (see core/env.ts); users get the
 * defaults.
 */
function sigstoreFetchOptions(services = {}, env = process.env) {
    return {
        timeout: services.timeoutMs ?? (0,core_env/* envNumber */.d)('SEALED_RELEASE_REQUEST_TIMEOUT_MS', env) ?? SIGSTORE_TIMEOUT_MS,
        retry: {
            retries: services.retries ?? 3,
            minTimeout: services.backoffMs ?? (0,core_env/* envNumber */.d)('SEALED_RELEASE_RETRY_MS', env) ?? 1000,
            factor: 2,
        },
    };
}
/** An in-memory P-256 key that never leaves this process. */
class EphemeralKey {
    pair = external_node_crypto_.generateKeyPairSync('ec', { namedCurve: 'P-256' });
    publicKeyPem = this.pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    async sign(data) {
        return {
            signature: external_node_crypto_.sign('sha256', data, this.pair.privateKey),
            key: { $case: 'publicKey', publicKey: this.publicKeyPem },
        };
    }
    /**
     * ECDSA-P256 over a SHA-256 digest computed elsewhere (streaming, so a file of any size is
     * never held in memory). ECDSA-P256-SHA256 signs SHA-256(message), so this is the signature
     * `sign(message)` would give, and verifiers that hash the artifact themselves accept it.
     * Node's crypto cannot sign a prehashed digest, so @noble/curves (audited) does the curve
     * arithmetic; the only thing done here is handing it the private scalar, exported from the
     * KeyObject as JWK `d` on each call (and wiped after) rather than kept in a second copy.
     */
    signDigest(digest) {
        if (digest.length !== 32)
            throw new errors/* InternalError */.Gd(`a SHA-256 digest is 32 bytes, got ${digest.length}`);
        const jwk = this.pair.privateKey.export({ format: 'jwk' });
        const d = jwk.d === undefined ? undefined : Buffer.from(jwk.d, 'base64url');
        if (jwk.crv !== 'P-256' || d?.length !== 32)
            throw new errors/* InternalError */.Gd('the ephemeral key is not a P-256 private key');
        const secret = Uint8Array.from(d);
        d.fill(0);
        try {
            // prehash: false: `digest` already is SHA-256(artifact). DER: what bundles and Rekor carry.
            // extraEntropy: RFC 6979 nonces hedged with fresh randomness (like OpenSSL's random k).
            // Low-S (the library's default) is a valid ECDSA signature for every verifier.
            return Buffer.from(nist/* p256 */.s9.sign(Uint8Array.from(digest), secret, { prehash: false, format: 'der', extraEntropy: true }));
        }
        finally {
            secret.fill(0);
        }
    }
}
/** Renew a certificate with less than this left: a signature must land inside its window. */
const CERTIFICATE_MARGIN_MS = 2 * 60_000;
/**
 * A Fulcio signer that reuses one certificate for many signatures. sigstore-js's FulcioSigner
 * asks Fulcio for a fresh certificate on every signature; its `keyHolder` option lets the key
 * outlive one call, and this class keeps the certificate with it, so signing N files costs one
 * certificate (renewed only when it nears expiry). Concurrent first calls share one request.
 */
class ReusableFulcioSigner {
    key = new EphemeralKey();
    fulcio;
    certificate;
    /** How many certificates were requested (for tests and the summary). */
    certificatesIssued = 0;
    /** Every certificate Fulcio issued to this signer (PEM), so callers can read its identity. */
    certificates = [];
    constructor(services, identity) {
        this.fulcio = new dist/* FulcioSigner */.$o({
            fulcioBaseURL: services.fulcioURL,
            identityProvider: identity,
            keyHolder: this.key,
            ...sigstoreFetchOptions(services),
        });
    }
    async currentCertificate() {
        if (this.certificate) {
            const current = await this.certificate.catch(() => undefined);
            if (current && current.notAfter - Date.now() > CERTIFICATE_MARGIN_MS)
                return current.pem;
        }
        this.certificate = (async () => {
            const signed = await this.fulcio.sign(Buffer.alloc(0));
            if (signed.key.$case !== 'x509Certificate')
                throw new SigningError('NO_CERTIFICATE', 'Fulcio returned no certificate');
            this.certificatesIssued += 1;
            const pem = signed.key.certificate;
            this.certificates.push(pem);
            return { pem, notAfter: new Date(new external_node_crypto_.X509Certificate(pem).validTo).getTime() };
        })();
        return (await this.certificate).pem;
    }
    async sign(data) {
        const certificate = await this.currentCertificate();
        const { signature } = await this.key.sign(data);
        return { signature, key: { $case: 'x509Certificate', certificate } };
    }
    /** Like {@link sign}, over the SHA-256 digest of the data instead of the data. */
    async signDigest(sha256) {
        const certificate = await this.currentCertificate();
        return { signature: this.key.signDigest(sha256), certificate };
    }
}
/** The Rekor (and optional TSA) witnesses for a set of services. */
function witnesses(services) {
    const out = [
        new dist/* RekorWitness */.fU({
            rekorBaseURL: services.rekorURL,
            entryType: 'dsse',
            fetchOnConflict: true,
            ...sigstoreFetchOptions(services),
        }),
    ];
    if (services.tsaURL) {
        out.push(new dist/* TSAWitness */.gs({
            tsaBaseURL: services.tsaURL,
            ...sigstoreFetchOptions(services),
        }));
    }
    return out;
}
/**
 * sigstore-js writes message-signature bundles as v0.2 (a one-certificate "chain"); the same
 * data in the current v0.3 envelope carries the leaf certificate alone. Only the envelope
 * changes: every signed byte stays the same.
 */
function toBundleV03(bundle) {
    const material = bundle.verificationMaterial;
    if (bundle.mediaType === bundle_dist.BUNDLE_V03_MEDIA_TYPE)
        return bundle;
    const chain = material.x509CertificateChain?.certificates ?? [];
    if (bundle.mediaType !== bundle_dist.BUNDLE_V02_MEDIA_TYPE || chain.length === 0) {
        throw new SigningError('UNSUPPORTED_BUNDLE', `cannot re-encode a ${(0,errors/* quote */.hD)(bundle.mediaType)} bundle as v0.3`);
    }
    const { x509CertificateChain: _chain, ...rest } = material;
    return {
        ...bundle,
        mediaType: bundle_dist.BUNDLE_V03_MEDIA_TYPE,
        verificationMaterial: { ...rest, certificate: chain[0] },
    };
}
/** Signs many artifacts with one identity, one key and (while valid) one certificate. */
class SigningSession {
    signer;
    witnesses;
    dsse;
    constructor(services, identity) {
        this.signer = new ReusableFulcioSigner(services, identity);
        this.witnesses = witnesses(services);
        this.dsse = new dist/* DSSEBundleBuilder */.VV({ signer: this.signer, witnesses: this.witnesses });
    }
    /**
     * A message-signature bundle for an artifact known by its SHA-256 digest. sigstore-js's
     * MessageSignatureBundleBuilder takes the artifact's bytes, but everything after the
     * signature needs only the digest: the bundle holds `messageDigest` and the signature, the
     * Rekor hashedrekord entry carries the digest, signature and certificate, and the TSA
     * timestamps the signature. So the same steps run here from the digest: sign it, assemble
     * the bundle with @sigstore/bundle's builder, and ask the same witnesses (all at once, their
     * entries merged) as the library's builder does.
     */
    async signDigest(sha256) {
        const { signature, certificate } = await this.signer.signDigest(sha256);
        const bundle = (0,bundle_dist.toMessageSignatureBundle)({
            digest: sha256,
            signature,
            certificate: new external_node_crypto_.X509Certificate(certificate).raw,
            // The leaf certificate alone: a v0.3 bundle (see toBundleV03).
            certificateChain: false,
        });
        const material = await Promise.all(this.witnesses.map((w) => w.testify(bundle.content, certificate)));
        bundle.verificationMaterial.tlogEntries = material.flatMap((m) => m.tlogEntries ?? []);
        bundle.verificationMaterial.timestampVerificationData = {
            rfc3161Timestamps: material.flatMap((m) => m.rfc3161Timestamps ?? []),
        };
        return (0,bundle_dist.bundleToJSON)(bundle);
    }
    /**
     * A message-signature bundle for a file, hashed streaming (one small reused buffer): memory does not
     * follow the file's size. Returns the digest it signed, so the caller can report it.
     */
    async signFile(file) {
        const { sha256, size } = await (0,digest/* hashFile */.DC)(file, ['sha256']);
        return { bundle: await this.signDigest(Buffer.from(sha256, 'hex')), sha256, size };
    }
    /** A message-signature bundle over bytes already in memory. */
    async signMessage(data) {
        return this.signDigest(external_node_crypto_.createHash('sha256').update(data).digest());
    }
    /** A DSSE bundle over a payload (an in-toto statement) of the given type. */
    async signDsse(payload, payloadType) {
        return toBundleV03((0,bundle_dist.bundleToJSON)(await this.dsse.create({ data: payload, type: payloadType })));
    }
}
/** Reads the services a sigstore signing_config.json names, through sigstore-js's own selection. */
function builderFromSigningConfig(configText, identity, bundleType = 'messageSignature') {
    const json = JSON.parse(configText);
    if (json.mediaType !== 'application/vnd.dev.sigstore.signingconfig.v0.2+json') {
        throw new SigningError('UNKNOWN_SIGNING_CONFIG', `unknown signing config media type ${(0,errors/* quote */.hD)(json.mediaType)}; expected "application/vnd.dev.sigstore.signingconfig.v0.2+json"`);
    }
    return (0,dist/* bundleBuilderFromSigningConfig */.zL)({
        signingConfig: protobuf_specs_dist.SigningConfig.fromJSON(json),
        identityProvider: identity,
        bundleType,
        fetchOptions: sigstoreFetchOptions(),
    });
}

// EXTERNAL MODULE: ./.build/core/sigstore/trust.js
var trust = __webpack_require__(93133);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(8032);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/package.json
var tuf_package = __webpack_require__(69446);
;// CONCATENATED MODULE: ./.build/core/sigstore/embedded-root.js
/*
 * The public-good Sigstore trusted root embedded in the code, for verification without network
 * (the CLI's `--offline`).
 *
 * Where it comes from: `@sigstore/tuf` ships `seeds.json`, the TUF seed it starts every client
 * from. Under the key of the public-good TUF repository, `targets["trusted_root.json"]` is the
 * base64 of the production trusted_root.json at the time that package was released (Rekor v1 and
 * v2 logs, the Fulcio CAs, the CT logs and the timestamp authority: TOOLCHAIN.md). It is read
 * from the package itself, which the bundler includes, so there is no copied file that could
 * drift from the dependency: updating `@sigstore/tuf` updates the embedded root, and nothing
 * else does. It is therefore frozen per release of sealed-release: keys Sigstore adds after that
 * release are unknown to `--offline` (TUF, online, knows them).
 *
 * GitHub's own Sigstore instance (private repositories' attestations, release attestations) is
 * not embedded: its trusted root is published only through its TUF repository
 * (tuf-repo.github.com), whose initial TUF root is pinned in core/attestation, and no package or
 * repository we can build from ships its `trusted_root.json` from an authoritative source. Its
 * keys rotate about twice a year, so a frozen copy would also go stale fast. A bundle from that
 * instance is recognised ({@link githubSigned}) and refused offline with a message naming the
 * option that gives a trusted root.
 */




/** The public-good TUF repository, the key of its seed in `@sigstore/tuf`'s seeds.json. */
const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev';
/** Where the embedded root comes from, for messages, summaries and `--help`. */
const EMBEDDED_ROOT_SOURCE = `public-good Sigstore (embedded: @sigstore/tuf ${tuf_package.version} seeds.json)`;
/**
 * The public-good trusted root as `@sigstore/tuf` ships it. A seed without it (a package that
 * changed its layout) is an error, never an empty trust.
 */
function embeddedPublicGoodRoot() {
    const seed = seeds[PUBLIC_GOOD_TUF_URL];
    const encoded = seed?.targets?.['trusted_root.json'];
    if (typeof encoded !== 'string') {
        throw new trust/* TrustRootError */.Tr(`@sigstore/tuf ${tuf_package.version}'s seeds.json has no trusted_root.json for ${PUBLIC_GOOD_TUF_URL}; the embedded root is unavailable`);
    }
    return (0,trust/* parseTrustedRoot */.t1)(Buffer.from(encoded, 'base64').toString('utf8'), EMBEDDED_ROOT_SOURCE);
}
/**
 * Trust material from the embedded public-good root, sanitised as every root is
 * ({@link trustOf}); no network. `key` is the public key for key-signed bundles.
 */
function loadEmbeddedTrust(key) {
    return (0,trust/* trustOf */.An)(embeddedPublicGoodRoot(), EMBEDDED_ROOT_SOURCE, key);
}
/**
 * GitHub's Sigstore instance names itself in its certificates' issuer: its Fulcio intermediate
 * is `O=GitHub, Inc., CN=Fulcio Intermediate l1` (the release attestation in cli/cli's
 * pkg/cmd/attestation/test/data/github_release_bundle.json). The public-good instance's is
 * `O=sigstore.dev`.
 */
const GITHUB_ORGANIZATION = 'GitHub, Inc.';
/**
 * Whether a bundle's leaf certificate was issued by GitHub's Sigstore instance (by the issuer's
 * organization), so an offline verification can say that its trusted root is not embedded
 * instead of a bare "certificate chain" failure. Only a hint for the message: the verifier
 * decides trust either way.
 */
function githubSigned(bundle) {
    const material = bundle.verificationMaterial.content;
    const raw = material.$case === 'certificate'
        ? material.certificate.rawBytes
        : material.$case === 'x509CertificateChain'
            ? material.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    if (raw === undefined)
        return false;
    try {
        // Node renders the issuer one attribute a line, escaping RFC 4514's special characters
        // (`O=GitHub\\, Inc.`); the escapes are undone before comparing.
        const issuer = new external_node_crypto_.X509Certificate(Buffer.from(raw)).issuer;
        return issuer
            .split('\n')
            .map((line) => line.replace(/\\(.)/g, '$1'))
            .includes(`O=${GITHUB_ORGANIZATION}`);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./.build/core/sigstore/verify.js + 3 modules
var verify = __webpack_require__(38543);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./.build/core/sigstore/pool.js
/**
 * Runs `task` over `items` with at most `limit` in flight; results keep the items' order.
 * Every item runs even when some fail (a failure is a result, so all failures get reported).
 */
async function mapBounded(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./.build/core/sigstore/verify-files.js





/** How an identity policy reads in a summary: the exact SAN, or the whole-value pattern. */
function describePolicy(policy) {
    const who = policy.identity !== undefined
        ? `exactly ${policy.identity}`
        : `matching the whole pattern /${(0,identity/* wholeMatch */.Tx)(policy.identityRegExp).source}/`;
    return `${who} (issuer exactly ${policy.issuer})`;
}
/**
 * Verifies `<file><suffix>` for every file against one identity policy. Every file gets a
 * result, so a failure report lists all of them. This is the verifier `sigstore-verify` runs
 * and `undraft` reuses.
 */
async function verifyFiles(files, suffix, trust, policy, concurrency = 4, options = {}) {
    return mapBounded(files, concurrency, async (file) => {
        const bundle = file.path + suffix;
        if (!external_node_fs_.existsSync(bundle)) {
            return { file: file.display, bundle: bundle, ok: false, detail: `no bundle ${file.display}${suffix}` };
        }
        try {
            const result = await (0,verify/* verifyBundleFile */.Qs)(bundle, { file: file.path }, trust, policy, options);
            return {
                file: file.display,
                bundle,
                ok: true,
                detail: `signed by ${result.identity} (issuer ${result.issuer}), sha256:${result.sha256}, ${result.content}, ${result.mediaType}`,
                result,
            };
        }
        catch (error) {
            return { file: file.display, bundle, ok: false, detail: (0,errors/* messageOf */.bD)(error) };
        }
    });
}
/** Summary rows for file verifications. */
function verificationRows(results, check = 'signature') {
    return results.map((r) => ({ check: `${check}: ${r.file}`, ok: r.ok, detail: r.detail }));
}

// EXTERNAL MODULE: ./.build/core/sigstore/inputs.js
var inputs = __webpack_require__(77758);
;// CONCATENATED MODULE: ./.build/core/sigstore/index.js
/** Sigstore signing and verification shared by sigstore-sign, sigstore-verify, undraft and the CLI. */












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
