export const id = 532;
export const ids = [532];
export const modules = {

/***/ 46532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attestSbom: () => (/* binding */ attestSbom)
});

// UNUSED EXPORTS: sbomPredicate

// EXTERNAL MODULE: ./.build/core/files.js + 1 modules
var core_files = __webpack_require__(59952);
// EXTERNAL MODULE: ./.build/core/intoto.js
var intoto = __webpack_require__(42141);
// EXTERNAL MODULE: ./.build/core/paths.js
var paths = __webpack_require__(22720);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/core/digest.js
var digest = __webpack_require__(34002);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
;// CONCATENATED MODULE: ./.build/core/provenance/predicate.js
/*
 * SLSA v1 build provenance as GitHub's own attestations carry it, built from the job's OIDC token.
 *
 * Sources of the format:
 * - the predicate builder of `@actions/attest` (actions/toolkit packages/attest/src/provenance.ts,
 *   `buildSLSAProvenancePredicate`, which actions/attest-build-provenance runs): predicate type
 *   `https://slsa.dev/provenance/v1`, build type `https://actions.github.io/buildtypes/workflow/v1`,
 *   `externalParameters.workflow` {ref, repository, path} split from the `workflow_ref` claim,
 *   `internalParameters.github` {event_name, repository_id, repository_owner_id,
 *   runner_environment}, one resolved dependency `git+${server}/${repository}@${ref}` with
 *   `digest.gitCommit` = `sha`, `runDetails.builder.id` = `${server}/${job_workflow_ref}` and
 *   `runDetails.metadata.invocationId` = `${server}/${repository}/actions/runs/${run_id}/attempts/${run_attempt}`;
 * - the SLSA provenance v1 spec (slsa.dev/spec/v1.0/provenance): `buildDefinition` {buildType,
 *   externalParameters, internalParameters, resolvedDependencies} and `runDetails` {builder.id,
 *   metadata.invocationId};
 * - the buildType's definition (github.com/actions/buildtypes, workflow/v1): the same fields;
 * - in-toto statement v1 (github.com/in-toto/attestation spec/v1/statement.md): `_type`,
 *   `subject` [{name, digest}], `predicateType`, `predicate`; actions/attest names a file's subject
 *   by its basename.
 *
 * Every value comes from the token's claims and never from environment variables: an earlier step
 * can rewrite `GITHUB_SHA` or `GITHUB_REF` through `GITHUB_ENV`, but not the token GitHub signed.
 * This module is pure: no I/O, no clock.
 */




/** The predicate type of SLSA provenance v1. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** GitHub's build type for a workflow run (what @actions/attest writes). */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
class ProvenanceError extends errors/* BaseError */.Cf {
}
/** The claims the predicate is built from, in the order the contract names them. */
const PROVENANCE_CLAIMS = (/* unused pure expression or super */ null && ([
    'ref',
    'sha',
    'repository',
    'repository_id',
    'repository_owner_id',
    'event_name',
    'workflow_ref',
    'job_workflow_ref',
    'runner_environment',
    'run_id',
    'run_attempt',
]));
/**
 * Reads the provenance claims of a token. Every missing, empty or non-string claim is named in
 * one error (`MISSING_CLAIM`): GitHub writes every one as a string (ids too), and the predicate
 * carries each exactly as the token has it. A claim of the wrong form is `BAD_CLAIM`.
 */
function readProvenanceClaims(claims) {
    const out = {};
    const missing = [];
    for (const name of PROVENANCE_CLAIMS) {
        const value = claims[name];
        if (typeof value === 'string' && value !== '')
            out[name] = value;
        else
            missing.push(value === undefined ? name : `${name} (got ${quote(value)})`);
    }
    if (missing.length > 0) {
        throw new ProvenanceError('MISSING_CLAIM', `The OIDC token lacks the claim${missing.length === 1 ? '' : 's'} ${missing.join(', ')}, ` +
            'which the provenance is built from; a GitHub Actions token carries every one.');
    }
    const bad = [];
    if (!/^[0-9a-f]{40}$/.test(out.sha))
        bad.push(`sha is ${quote(out.sha)}, not a 40-hex commit`);
    // A control character or a space cannot be in a ref GitHub issues; in a URI it would change its meaning.
    for (const name of PROVENANCE_CLAIMS) {
        if (/[\s\p{Cc}]/u.test(out[name]))
            bad.push(`${name} is ${quote(out[name])}, which holds a space or a control character`);
    }
    if (!out.workflow_ref.startsWith(`${out.repository}/`) || !out.workflow_ref.includes('@')) {
        bad.push(`workflow_ref is ${quote(out.workflow_ref)}, not '${out.repository}/<path>@<ref>' (the token's repository)`);
    }
    if (!/^[^@]+@.+$/.test(out.job_workflow_ref)) {
        bad.push(`job_workflow_ref is ${quote(out.job_workflow_ref)}, not '<owner>/<repo>/<path>@<ref>'`);
    }
    if (bad.length > 0)
        throw new ProvenanceError('BAD_CLAIM', `The OIDC token's claims are not GitHub's: ${bad.join('; ')}.`);
    return out;
}
/**
 * Builds the predicate. `serverUrl` is `GITHUB_SERVER_URL` (the one value not in the token; the
 * certificate's SAN is built from it too, so a wrong one fails the verification right after).
 * The workflow's path and ref are split at the first `@` after the repository, so a tag that
 * holds `@` (`pkg@1.2.3`) stays whole, as @actions/attest splits it.
 */
function buildProvenancePredicate(claims, serverUrl) {
    const server = serverUrl.replace(/\/+$/, '');
    const rest = claims.workflow_ref.slice(claims.repository.length + 1);
    const at = rest.indexOf('@');
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: {
                    ref: rest.slice(at + 1),
                    repository: `${server}/${claims.repository}`,
                    path: rest.slice(0, at),
                },
            },
            internalParameters: {
                github: {
                    event_name: claims.event_name,
                    repository_id: claims.repository_id,
                    repository_owner_id: claims.repository_owner_id,
                    runner_environment: claims.runner_environment,
                },
            },
            resolvedDependencies: [
                { uri: `git+${server}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } },
            ],
        },
        runDetails: {
            builder: { id: `${server}/${claims.job_workflow_ref}` },
            metadata: {
                invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
            },
        },
    };
}
/**
 * The subjects of the files, in the order given, one per distinct (name, digest). Two files with
 * one basename and the same bytes are one subject; with different bytes a verifier could not
 * tell which one the name means, so it is refused.
 */
function fileSubjects(files) {
    const byName = new Map();
    const out = [];
    for (const file of files) {
        const seen = byName.get(file.name);
        if (seen === undefined) {
            byName.set(file.name, file.sha256);
            out.push({ name: file.name, digest: { sha256: file.sha256 } });
        }
        else if (seen !== file.sha256) {
            throw new ProvenanceError('DUPLICATE_SUBJECT', `Two files are named ${(0,errors/* quote */.hD)(file.name)} with different contents (sha256 ${seen} and ${file.sha256}); ` +
                'a subject is named by its basename, so narrow the files globs to one of them.');
        }
    }
    return out;
}
/** The subjects of files on disk: each hashed (streamed), named by its basename, as {@link fileSubjects}. */
async function hashFileSubjects(files) {
    const hashed = [];
    for (const file of files)
        hashed.push({ name: external_node_path_.basename(file), sha256: (await (0,digest/* hashFile */.DC)(file, ['sha256'])).sha256 });
    return fileSubjects(hashed);
}
function provenanceStatement(subjects, predicate) {
    return { _type: IN_TOTO_STATEMENT_V1, subject: subjects, predicateType: SLSA_PROVENANCE_V1, predicate };
}
/**
 * The runner's variables that say the same as a claim, and the claim. Where one is set and
 * differs, the token wins (it is what GitHub signed); the caller warns, naming the variable.
 */
const ENV_OF_CLAIM = (/* unused pure expression or super */ null && ([
    ['GITHUB_SHA', 'sha'],
    ['GITHUB_REF', 'ref'],
    ['GITHUB_REPOSITORY', 'repository'],
]));
/** One warning per variable that disagrees with the token (an unset variable says nothing). */
function environmentDisagreements(claims, env) {
    const out = [];
    for (const [variable, claim] of ENV_OF_CLAIM) {
        const value = env[variable];
        if (value === undefined || value === '' || value === claims[claim])
            continue;
        out.push(`${variable} is ${quote(value)} but the OIDC token's ${claim} claim is ${quote(claims[claim])}: ` +
            "the provenance names the token's value (an earlier step may have changed the variable).");
    }
    return out;
}

// EXTERNAL MODULE: ./.build/core/sigstore/verify.js + 5 modules
var verify = __webpack_require__(81256);
// EXTERNAL MODULE: ./.build/core/action/secrets.js + 1 modules
var secrets = __webpack_require__(44118);
// EXTERNAL MODULE: ./.build/core/sigstore/inputs.js
var inputs = __webpack_require__(77758);
// EXTERNAL MODULE: ./.build/core/env.js
var core_env = __webpack_require__(61439);
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
        throw new SigningError('UNKNOWN_SIGNING_CONFIG', `unknown signing config media type ${quote(json.mediaType)}; expected "application/vnd.dev.sigstore.signingconfig.v0.2+json"`);
    }
    return bundleBuilderFromSigningConfig({
        signingConfig: SigningConfig.fromJSON(json),
        identityProvider: identity,
        bundleType,
        fetchOptions: sigstoreFetchOptions(),
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(84423);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./.build/core/quote.js
var core_quote = __webpack_require__(65688);
;// CONCATENATED MODULE: ./.build/core/sigstore/trust.js







class TrustRootError extends errors/* BaseError */.Cf {
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
        throw new TrustRootError(`${label} is not valid JSON: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new TrustRootError(`${label} is not a trusted root (expected a JSON object).`);
    }
    const mediaType = json.mediaType;
    if (typeof mediaType !== 'string' ||
        !/^application\/vnd\.dev\.sigstore\.trustedroot(\+json;version=0\.1|\.v0\.2\+json)$/.test(mediaType)) {
        throw new TrustRootError(`${label} has an unknown trusted root media type ${(0,core_quote/* quote */.h)(mediaType ?? '(none)')}.`);
    }
    try {
        return protobuf_specs_dist.TrustedRoot.fromJSON(json);
    }
    catch (error) {
        throw new TrustRootError(`${label} is not a valid trusted root: ${(0,errors/* messageOf */.bD)(error)}`);
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
            text = external_node_fs_.readFileSync(trustedRootPath, 'utf8');
        }
        catch (error) {
            throw new TrustRootError(`cannot read trusted root ${trustedRootPath}: ${(0,errors/* messageOf */.bD)(error)}`);
        }
        root = parseTrustedRoot(text, `trusted root ${trustedRootPath}`);
        source = `trusted root ${trustedRootPath}`;
    }
    else {
        try {
            root = await (0,tuf_dist.getTrustedRoot)({
                mirrorURL: options.tuf?.mirrorURL,
                cachePath: options.tuf?.cachePath,
                timeout: options.tuf?.timeoutMs ?? 10_000,
                retry: { retries: 2, factor: 2, minTimeout: 500 },
            });
        }
        catch (error) {
            const why = (0,errors/* messageOf */.bD)(error);
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
    const material = (0,verify_dist/* toTrustMaterial */.jO)(sane, key
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
            throw new errors/* ConfigurationError */.j1(`Input 'trusted-root': ${(0,errors/* messageOf */.bD)(error)}`, { cause: error });
        throw (0,known_failures/* tufFailure */.Am)(error) || error;
    }
}

// EXTERNAL MODULE: ./.build/core/image/attest-image.js + 2 modules
var attest_image = __webpack_require__(61707);
// EXTERNAL MODULE: ./.build/core/image/attest-images.js + 1 modules
var attest_images = __webpack_require__(49940);
// EXTERNAL MODULE: ./.build/core/image/credentials.js + 1 modules
var credentials = __webpack_require__(9960);
// EXTERNAL MODULE: ./.build/core/image/predicate-types.js
var predicate_types = __webpack_require__(36371);
;// CONCATENATED MODULE: ./.build/core/image/attest-sbom.js















/** The SBOM's in-toto predicate: its type by format (and SPDX version), the document as body. */
function sbomPredicate(analysis, text) {
    const document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    const type = analysis.format === 'spdx' ? (0,predicate_types/* spdxPredicateType */.TW)(analysis.specVersion) : predicate_types/* CYCLONEDX_BOM_PREDICATE */.zh;
    return { type, predicate: document };
}
/**
 * Signs the SBOM's attestations (the files' one statement, stored; the image's, attached), rows
 * in `report`. The signer is the job: its OIDC token (from the runner, or `identity-token`) must
 * come from the server's issuer, and each bundle must verify for exactly
 * `${server}/${job_workflow_ref}` before it is stored or attached.
 */
async function attestSbom(options, report) {
    const { signing, env } = options;
    // The files first: a glob that matches nothing fails before anything is requested.
    let subjects = [];
    if (options.subjects && options.subjects.length > 0) {
        const root = options.root ?? process.cwd();
        const files = await (0,core_files/* expandFiles */.C)('attest-subjects', options.subjects, root);
        subjects = await hashFileSubjects(files);
        report.pass('attest subjects', subjects.map((s) => `\`${s.name}\` sha256:${s.digest.sha256}`).join(', ') +
            ` (${files.map((f) => (0,paths/* displayPath */.Gt)(f, root)).join(', ')})`);
    }
    (0,secrets/* registerSecret */.cl)(signing.identityToken);
    (0,secrets/* registerSecret */.cl)(options.registry.password);
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const issuer = (0,inputs/* expectedIssuer */.k2)(server);
    let trust;
    const getTrust = () => (trust ??= loadInputTrust(signing.trustedRoot));
    // The trusted root is read before anything is signed: a bad one must not cost a signature.
    await getTrust();
    const source = signing.identityToken
        ? staticIdentityProvider(signing.identityToken)
        : runnerIdentityProvider(signing.oidcAudience, env, { onToken: secrets/* registerSecret */.cl });
    const token = await source.getToken();
    const claims = decodeJwtClaims(token);
    if (claims.iss !== issuer)
        throw new errors/* ConfigurationError */.j1(`The identity token's issuer is ${(0,errors/* quote */.hD)(claims.iss)}, expected ${(0,errors/* quote */.hD)(issuer)}.`);
    const { identity } = signingIdentityOfToken(claims, server);
    const session = new SigningSession({ fulcioURL: signing.fulcioURL, rekorURL: signing.rekorURL, tsaURL: signing.tsaURL }, { getToken: async () => token });
    const predicate = sbomPredicate(options.analysis, options.text);
    const attestations = [];
    if (subjects.length > 0) {
        // One statement for the files, as actions/attest-sbom makes it, verified before it is stored:
        // the exact identity and issuer, the payload type, and the bytes signed are the statement.
        const payload = Buffer.from(JSON.stringify({
            _type: intoto/* IN_TOTO_STATEMENT_V1 */.tV,
            subject: subjects,
            predicateType: predicate.type,
            predicate: predicate.predicate,
        }));
        const bundle = await session.signDsse(payload, intoto/* IN_TOTO_PAYLOAD_TYPE */.T4);
        const verified = await (0,verify/* verifySigstoreBundle */.Kh)(JSON.stringify(bundle), (await getTrust()).material, {
            signer: { identity, issuer },
            payloadType: intoto/* IN_TOTO_PAYLOAD_TYPE */.T4,
            artifact: { sha256: Buffer.from(subjects[0].digest.sha256, 'hex') },
        });
        if (!verified.payload?.equals(payload))
            throw new attest_image/* ImageAttestationError */.Y('STATEMENT_MISMATCH', 'the SBOM attestation verifies but does not carry the statement built for the files');
        report.pass('attest subjects: verify', `verifies for exactly ${verified.identity} (issuer ${verified.issuer})`);
        if (!options.store)
            throw new errors/* InternalError */.Gd('attest-subjects given without the attestations API');
        const stored = await options.store(bundle);
        attestations.push(stored);
        report.pass('attest subjects: attestations API', `stored as attestation ${stored.id}: ${stored.url}`);
    }
    const images = options.image
        ? await (0,attest_images/* attestImages */.yJ)([options.image], () => predicate, { identity, issuer }, {
            registries: (0,credentials/* registryClients */.K)(options.registry, {
                actor: env.GITHUB_ACTOR,
                token: options.githubToken,
            }),
            signDsse: (payload, type) => session.signDsse(payload, type),
            trust: getTrust,
        }, report, { check: 'attest image' })
        : [];
    return { images, attestations, subjects };
}


/***/ })

};
