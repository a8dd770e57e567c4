export const id = 543;
export const ids = [543];
export const modules = {

/***/ 42141:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   Yj: () => (/* binding */ InTotoError),
/* harmony export */   tV: () => (/* binding */ IN_TOTO_STATEMENT_V1)
/* harmony export */ });
/* unused harmony exports IN_TOTO_STATEMENT_V01, readResourceDescriptor */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65688);
/*
 * in-toto statements, the one reader: the constants, the statement a DSSE envelope carries, and
 * its subjects as ResourceDescriptors. Every verifier that reads a statement (a DSSE bundle's
 * subject check, GitHub's release attestation, provenance and image attestations to come) reads
 * it here, so a statement means the same thing to all of them.
 *
 * Formats, from the in-toto Attestation Framework (github.com/in-toto/attestation):
 * - spec/v1/envelope.md: the DSSE payload type of a statement is `application/vnd.in-toto+json`;
 * - spec/v1/statement.md: `_type` `https://in-toto.io/Statement/v1`, `subject` (a non-empty list
 *   of ResourceDescriptors), `predicateType` (a URI) and `predicate` (an object); v0.1 statements
 *   (`https://in-toto.io/Statement/v0.1`, older SLSA provenance) have the same shape;
 * - spec/v1/resource_descriptor.md: `name`, `uri`, `digest` (a DigestSet: algorithm → lower-case
 *   hex), `content`, `downloadLocation`, `mediaType`, `annotations`, every field optional but at
 *   least one of `uri`, `digest` and `content` present; the predicate decides which it needs.
 */


/** The DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The statement type of in-toto v1. */
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The statement type of in-toto v0.1 (same fields; still written by older SLSA provenance). */
const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
class InTotoError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
    constructor(code, message) {
        super(code, message);
        this.name = 'InTotoError';
    }
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * Reads one subject. Fields of another type than the spec's are dropped (so a verifier asking
 * for a `uri` never gets a number), and a digest value that is not a string is dropped with it.
 * Returns the problems found, so a caller that must fail closed can say why.
 */
function readResourceDescriptor(raw) {
    const problems = [];
    const descriptor = { digest: {} };
    if (!isObject(raw))
        return { descriptor, problems: [`a subject is not an object (${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(raw)})`] };
    if (typeof raw.name === 'string')
        descriptor.name = raw.name;
    else if (raw.name !== undefined)
        problems.push(`a subject's name is not a string (${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(raw.name)})`);
    if (typeof raw.uri === 'string')
        descriptor.uri = raw.uri;
    else if (raw.uri !== undefined)
        problems.push(`a subject's uri is not a string (${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(raw.uri)})`);
    if (isObject(raw.digest)) {
        for (const [algorithm, value] of Object.entries(raw.digest)) {
            if (typeof value === 'string')
                descriptor.digest[algorithm] = value;
            else
                problems.push(`a subject's ${algorithm} digest is not a string (${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(value)})`);
        }
    }
    else if (raw.digest !== undefined) {
        problems.push(`a subject's digest is not an object (${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(raw.digest)})`);
    }
    return { descriptor, problems };
}
/**
 * Parses a DSSE payload as an in-toto statement (v1 or v0.1). Throws {@link InTotoError} for a
 * payload type other than in-toto's, text that is not JSON, or JSON that is not a statement.
 * Subjects are read with {@link readResourceDescriptor}; a malformed subject is kept (with what
 * could be read) for the caller's rules to judge, never dropped silently.
 */
function parseStatement(payloadType, payload) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new InTotoError('PAYLOAD_TYPE', `the DSSE payload type is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}`);
    }
    let json;
    try {
        json = JSON.parse(Buffer.from(payload).toString('utf8'));
    }
    catch {
        throw new InTotoError('NOT_JSON', 'the DSSE payload is not JSON');
    }
    if (!isObject(json))
        throw new InTotoError('NOT_STATEMENT', 'the in-toto statement is not a JSON object');
    const type = json._type;
    if (type !== IN_TOTO_STATEMENT_V1 && type !== IN_TOTO_STATEMENT_V01) {
        throw new InTotoError('NOT_STATEMENT', `the statement type is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(type)}, not ${IN_TOTO_STATEMENT_V1} (or ${IN_TOTO_STATEMENT_V01})`);
    }
    if (!Array.isArray(json.subject))
        throw new InTotoError('NOT_STATEMENT', 'the statement has no subject list');
    if (typeof json.predicateType !== 'string' || json.predicateType === '') {
        throw new InTotoError('NOT_STATEMENT', `the statement's predicate type is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(json.predicateType)}`);
    }
    if (json.predicate !== undefined && !isObject(json.predicate)) {
        throw new InTotoError('NOT_STATEMENT', `the statement's predicate is not an object (${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(json.predicate)})`);
    }
    const read = json.subject.map((s) => readResourceDescriptor(s));
    return {
        type,
        subjects: read.map((r) => r.descriptor),
        subjectProblems: read.flatMap((r) => r.problems),
        predicateType: json.predicateType,
        predicate: json.predicate ?? {},
    };
}


/***/ }),

/***/ 89151:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KC: () => (/* binding */ BundleFormatError),
/* harmony export */   Os: () => (/* binding */ KNOWN_BUNDLE_MEDIA_TYPES),
/* harmony export */   QN: () => (/* binding */ parseBundle)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65688);



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
    if (mediaType === undefined) {
        throw new BundleFormatError(`unknown bundle media type: the bundle has no mediaType field (known: ${KNOWN_BUNDLE_MEDIA_TYPES.join(', ')})`);
    }
    if (typeof mediaType !== 'string' || !KNOWN_BUNDLE_MEDIA_TYPES.includes(mediaType)) {
        throw new BundleFormatError(`unknown bundle media type ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(mediaType)} (known: ${KNOWN_BUNDLE_MEDIA_TYPES.join(', ')})`);
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

/***/ 52077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NR: () => (/* binding */ certificateIdentityOf),
/* harmony export */   Tx: () => (/* binding */ wholeMatch),
/* harmony export */   V1: () => (/* binding */ IdentityMismatchError),
/* harmony export */   Z0: () => (/* binding */ checkIdentity),
/* harmony export */   sU: () => (/* binding */ readCertificateIdentity)
/* harmony export */ });
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83917);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);


/**
 * How much of an identity a message shows. Read from a certificate (a bundle is a file anyone
 * can write), so it is quoted; longer than the usual 120 characters, because two workflow
 * identities often differ only at their end (`@refs/tags/v1.2.3` against `@refs/heads/main`).
 */
const SHOWN = 400;
/**
 * Who signed a keyless bundle, and the exact comparison with who was expected.
 *
 * Why this exists: @sigstore/verify's policy runs `signerIdentity.match(policyIdentity)`, an
 * unanchored RegExp search. A plain identity then accepts any SAN that contains it
 * (`…@refs/heads/main` accepts `…@refs/heads/main-evil`), every `.` matches any character
 * (`v1.2.3` accepts `v1x2x3`), and a truncated identity accepts the whole one. It also decodes
 * the SAN and the issuer with Node's 'ascii' decoder, which drops the high bit of every byte, so
 * two different byte strings can read as the same text. So the library is given no identity
 * policy at all: it proves the chain, the timestamps, the logs and the signature, and this file
 * then reads the leaf certificate's SAN and issuer as raw bytes and compares them itself.
 */
const OID_SUBJECT_ALT_NAME = '2.5.29.17';
/** Fulcio's issuer extension, raw bytes (deprecated, still written by Fulcio). */
const OID_FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
/** Fulcio's issuer extension, a DER UTF8String. */
const OID_FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
/** GeneralName tags (RFC 5280 §4.2.1.6): rfc822Name [1], uniformResourceIdentifier [6]. */
const GENERAL_NAME_EMAIL = 1;
const GENERAL_NAME_URI = 6;
const UNIVERSAL_UTF8_STRING = 12;
/** A certificate that does not name exactly one signer, or names another one than expected. */
class IdentityMismatchError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BaseError */ .Cf {
    constructor(message) {
        // Same code as @sigstore/verify's policy errors, so callers can treat both alike.
        super('UNTRUSTED_SIGNER_ERROR', message);
        this.name = 'IdentityMismatchError';
    }
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function utf8(bytes, what) {
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        // Not text we can compare or show faithfully: refuse rather than guess.
        throw new IdentityMismatchError(`the certificate's ${what} is not valid UTF-8`);
    }
}
function extensionsWithOid(cert, oid) {
    return cert.extensions.filter((ext) => ext.subs[0]?.toOID() === oid);
}
/** The extnValue OCTET STRING of the one extension with this OID; two of them is malformed. */
function singleExtensionValue(cert, oid, what) {
    const found = extensionsWithOid(cert, oid);
    if (found.length > 1)
        throw new IdentityMismatchError(`the certificate has ${found.length} ${what} extensions`);
    if (found.length === 0)
        return undefined;
    const ext = found[0];
    return ext.subs[ext.subs.length - 1];
}
/**
 * Reads the signer's identity from a Fulcio leaf certificate: its only subject alternative name
 * (a URI, as for GitHub Actions, or an e-mail address), and its OIDC issuer. Fails closed on
 * anything else: no SAN or several, another kind of name, no issuer, or the two issuer
 * extensions disagreeing.
 */
function readCertificateIdentity(cert) {
    const san = singleExtensionValue(cert, OID_SUBJECT_ALT_NAME, 'subject alternative name');
    const names = san?.subs[0]?.subs ?? [];
    // One certificate, one signer: Fulcio writes exactly one name. With several, "the SAN" would
    // be whichever a verifier happens to read first.
    if (names.length !== 1) {
        throw new IdentityMismatchError(`the certificate has ${names.length} subject alternative names; exactly one is required`);
    }
    const name = names[0];
    if (!name.tag.isContextSpecific(GENERAL_NAME_URI) && !name.tag.isContextSpecific(GENERAL_NAME_EMAIL)) {
        throw new IdentityMismatchError('the certificate names its signer neither by URI nor by e-mail address');
    }
    const sanBytes = Buffer.from(name.value);
    const v2 = singleExtensionValue(cert, OID_FULCIO_ISSUER_V2, 'OIDC issuer (v2)');
    const v1 = singleExtensionValue(cert, OID_FULCIO_ISSUER_V1, 'OIDC issuer (v1)');
    let issuerBytes;
    if (v2) {
        const inner = v2.subs[0];
        if (!inner || !inner.tag.isUniversal() || inner.tag.number !== UNIVERSAL_UTF8_STRING) {
            throw new IdentityMismatchError("the certificate's OIDC issuer (v2) is not a UTF8String");
        }
        issuerBytes = Buffer.from(inner.value);
    }
    if (v1) {
        const legacy = Buffer.from(v1.value);
        // Both present and different: which one a verifier reads decides who signed. Refuse.
        if (issuerBytes && !issuerBytes.equals(legacy)) {
            throw new IdentityMismatchError("the certificate's two OIDC issuer extensions disagree");
        }
        issuerBytes ??= legacy;
    }
    if (!issuerBytes)
        throw new IdentityMismatchError('the certificate names no OIDC issuer');
    return {
        san: utf8(sanBytes, 'subject alternative name'),
        sanBytes,
        issuer: utf8(issuerBytes, 'OIDC issuer'),
        issuerBytes,
    };
}
/** {@link readCertificateIdentity} for a PEM or DER certificate (e.g. the one Fulcio just issued). */
function certificateIdentityOf(certificate) {
    return readCertificateIdentity(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate.parse(typeof certificate === 'string' ? certificate : Buffer.from(certificate)));
}
/**
 * The pattern matched against the whole value: `^(?:pattern)$`. The source compiled on its own,
 * so its parentheses are balanced and it cannot close the group early. `g` and `y` are dropped
 * (they make `test` stateful) and so is `m` (it would let `^`/`$` match at a line break inside
 * the value, i.e. against a part of it).
 */
function wholeMatch(pattern) {
    const flags = pattern.flags.replace(/[gym]/g, '');
    return new RegExp(`^(?:${pattern.source})$`, flags);
}
function sameBytes(actual, expected) {
    // A string with a lone surrogate has no UTF-8 form; Buffer.from would turn it into U+FFFD.
    const bytes = Buffer.from(expected, 'utf8');
    return bytes.toString('utf8') === expected && actual.equals(bytes);
}
/**
 * Checks a certificate's identity against the policy: the SAN byte for byte equal to
 * `identity`, or matching `identityRegExp` as a whole; the issuer byte for byte equal.
 * Throws {@link IdentityMismatchError} naming what was found and what was expected.
 */
function checkIdentity(found, policy) {
    if ((policy.identity === undefined) === (policy.identityRegExp === undefined)) {
        // The inputs refuse both and neither: reaching here is a caller's bug.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InternalError */ .Gd('give exactly one of an identity and an identity pattern');
    }
    if (policy.identity !== undefined) {
        if (!sameBytes(found.sanBytes, policy.identity)) {
            throw new IdentityMismatchError(`certificate identity is ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(found.san, SHOWN)}, expected exactly ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(policy.identity, SHOWN)}`);
        }
    }
    else {
        const whole = wholeMatch(policy.identityRegExp);
        if (!whole.test(found.san)) {
            throw new IdentityMismatchError(`certificate identity ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(found.san, SHOWN)} does not match the whole pattern ${whole.source}`);
        }
    }
    if (!sameBytes(found.issuerBytes, policy.issuer)) {
        throw new IdentityMismatchError(`certificate OIDC issuer is ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(found.issuer, SHOWN)}, expected exactly ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(policy.issuer, SHOWN)}`);
    }
}


/***/ }),

/***/ 38543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _Q: () => (/* reexport */ SignatureVerificationError),
  Nt: () => (/* binding */ escapeRegExp),
  iJ: () => (/* binding */ toPolicy),
  IF: () => (/* binding */ verifyBundle),
  Qs: () => (/* binding */ verifyBundleFile),
  XV: () => (/* binding */ verifyDsseBundle),
  Kh: () => (/* binding */ verifySigstoreBundle)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/quote.js
var quote = __webpack_require__(65688);
// EXTERNAL MODULE: ./.build/core/intoto.js
var intoto = __webpack_require__(42141);
// EXTERNAL MODULE: ./.build/core/sigstore/bundle.js
var sigstore_bundle = __webpack_require__(89151);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./.build/core/digest.js
var digest = __webpack_require__(34002);
// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(13260);
;// CONCATENATED MODULE: ./.build/core/sigstore/ecdsa.js


/**
 * A public key this verifier cannot use:
 * - `UNSUPPORTED_KEY`: not an EC key, or on a curve other than P-256 and P-384;
 * - `MALFORMED_KEY`: coordinates of the wrong length for its curve.
 */
class KeyError extends errors/* BaseError */.Cf {
}
/**
 * The curves we accept, keyed by the OpenSSL name Node reports in `asymmetricKeyDetails`, with
 * the JWK name it must agree with and the byte length of one coordinate.
 */
const CURVES = {
    prime256v1: { jwk: 'P-256', curve: nist/* p256 */.s9, coordinateBytes: 32 },
    secp384r1: { jwk: 'P-384', curve: nist/* p384 */.sL, coordinateBytes: 48 },
};
/**
 * The key as an uncompressed SEC 1 point (0x04 || X || Y), checked against the curve we verify
 * with. JWK is the export every Node 24 has (the newer raw export is not on older 24.x runners),
 * and Node pads each coordinate to the field size, which we check rather than assume.
 */
function publicPoint(key) {
    if (key.asymmetricKeyType !== 'ec')
        throw new KeyError('UNSUPPORTED_KEY', `unsupported key type ${String(key.asymmetricKeyType)}`);
    const named = key.asymmetricKeyDetails?.namedCurve;
    const entry = named === undefined ? undefined : CURVES[named];
    if (!entry)
        throw new KeyError('UNSUPPORTED_KEY', `unsupported curve ${named ?? '(explicit parameters)'}`);
    const jwk = key.export({ format: 'jwk' });
    if (jwk.crv !== entry.jwk || !jwk.x || !jwk.y)
        throw new KeyError('UNSUPPORTED_KEY', `unsupported curve ${String(jwk.crv)}`);
    const x = Buffer.from(jwk.x, 'base64url');
    const y = Buffer.from(jwk.y, 'base64url');
    if (x.length !== entry.coordinateBytes || y.length !== entry.coordinateBytes) {
        throw new KeyError('MALFORMED_KEY', `malformed ${entry.jwk} public key`);
    }
    return { curve: entry.curve, point: Uint8Array.from(Buffer.concat([Buffer.of(0x04), x, y])) };
}
/**
 * Verifies a DER-encoded ECDSA signature over `digest` (already hashed) with a P-256 or P-384
 * public key. Returns false for anything malformed (signature not strict DER, r or s out of
 * range, key not on the curve, wrong digest); throws for a key that is not a P-256/P-384 public
 * key, so the caller cannot mistake "cannot check" for "checked".
 *
 * High-S signatures are accepted: ECDSA as specified, OpenSSL (Node), Go's crypto/ecdsa
 * (sigstore-go, cosign) and sigstore-js all accept them, and a signer is not required to
 * normalise S. Rejecting them would refuse genuine signatures; malleability of S does not let
 * anyone sign a different digest.
 */
function verifyEcdsaDigest(key, digest, signature) {
    const { curve, point } = publicPoint(key);
    try {
        // prehash: false — `digest` already is the hash; the library truncates it to the order's bit
        // length exactly as FIPS 186 says. format 'der' — what Sigstore bundles carry.
        return curve.verify(Uint8Array.from(signature), Uint8Array.from(digest), point, {
            prehash: false,
            lowS: false,
            format: 'der',
        });
    }
    catch {
        // The library throws (rather than returns false) for some malformed inputs, e.g. a
        // signature it cannot even size-check: malformed is a failed verification, never a pass.
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/core/sigstore/verify-artifact.js
/*
 * Binding a bundle to what it signs: the artifact's digest, a message signature checked over
 * that digest (or the file's bytes for keys that sign the message), and a DSSE statement's
 * subjects. Used by the one verification path in verify.ts; kept apart so that file holds the
 * policy and the verifier, and this one the artifact.
 */






/** A verification that said no, with the reason in words. */
class SignatureVerificationError extends errors/* BaseError */.Cf {
    constructor(message, code) {
        super(code, message);
        this.name = 'SignatureVerificationError';
    }
}
async function artifactDigest(artifact) {
    if ('sha256' in artifact) {
        if (artifact.sha256.length !== 32)
            throw new SignatureVerificationError('sha256 digest must be 32 bytes', 'INPUT');
        return artifact.sha256;
    }
    // Streamed with bounded memory: artifacts can be gigabytes.
    return Buffer.from(await (0,digest/* sha256File */.Q3)(artifact.file), 'hex');
}
/** Artifacts larger than this are verified only by digest (ECDSA keys); see bindMessageSignature. */
const IN_MEMORY_LIMIT = 512 * 1024 * 1024;
/**
 * The signing key of a bundle before verification, to know whether its signature can be
 * checked over the digest alone. Only used to choose how to check; the Verifier still decides
 * which key is trusted.
 */
function presumedKey(bundle, trust) {
    const content = bundle.verificationMaterial.content;
    try {
        switch (content.$case) {
            case 'publicKey':
                return trust.publicKey(content.publicKey.hint).publicKey;
            case 'certificate':
                return new external_node_crypto_.X509Certificate(Buffer.from(content.certificate.rawBytes)).publicKey;
            case 'x509CertificateChain':
                return new external_node_crypto_.X509Certificate(Buffer.from(content.x509CertificateChain.certificates[0].rawBytes))
                    .publicKey;
        }
    }
    catch {
        return undefined;
    }
}
/**
 * For a message signature, binds the entity to the artifact by its digest: the bundle's
 * message digest must be the artifact's, and the signature is verified over that digest (ECDSA,
 * the keys Fulcio certifies), which needs no second read of a large file. Other key types
 * (Ed25519, RSA given with --key) sign the message itself: the file's bytes are then checked
 * with Node's crypto, so such a bundle cannot be verified from a digest alone.
 */
function bindMessageSignature(entity, bundle, digest, message) {
    if (bundle.content.$case !== 'messageSignature')
        return entity;
    const content = bundle.content.messageSignature;
    const algorithm = content.messageDigest?.algorithm;
    if (algorithm !== protobuf_specs_dist.HashAlgorithm.SHA2_256) {
        throw new SignatureVerificationError(`bundle's message digest uses ${protobuf_specs_dist.HashAlgorithm[algorithm ?? 0] ?? algorithm}; only SHA2_256 is supported`, 'DIGEST_ALGORITHM');
    }
    const bundleDigest = Buffer.from(content.messageDigest.digest);
    if (bundleDigest.length !== digest.length || !external_node_crypto_.timingSafeEqual(bundleDigest, digest)) {
        throw new SignatureVerificationError(`artifact digest sha256:${digest.toString('hex')} does not match the bundle's message digest ` +
            `sha256:${bundleDigest.toString('hex')} (tampered artifact or wrong bundle)`, 'ARTIFACT_DIGEST_MISMATCH');
    }
    const signature = Buffer.from(content.signature);
    const original = entity.signature;
    return {
        ...entity,
        signature: {
            signature: original.signature,
            compareSignature: (s) => original.compareSignature(s),
            compareDigest: (d) => original.compareDigest(d),
            compareSignedDigest: (d) => original.compareSignedDigest(d),
            verifySignature: (key) => {
                try {
                    if (key.asymmetricKeyType === 'ec')
                        return verifyEcdsaDigest(key, digest, signature);
                    if (!message)
                        return false;
                    const hash = key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448' ? null : 'sha256';
                    return external_node_crypto_.verify(hash, message, key, signature);
                }
                catch {
                    // A key we cannot check with: fail closed rather than skip the check.
                    return false;
                }
            },
        },
    };
}
/** The statement of a DSSE bundle whose payload type is in-toto's, as a verification error when it is not one. */
function statementOf(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw new SignatureVerificationError('the bundle holds a message signature, not a DSSE envelope', 'CONTENT');
    }
    const envelope = bundle.content.dsseEnvelope;
    try {
        return (0,intoto/* parseStatement */.By)(envelope.payloadType, envelope.payload);
    }
    catch (error) {
        if (error instanceof intoto/* InTotoError */.Yj) {
            throw new SignatureVerificationError(error.message, error.code === 'PAYLOAD_TYPE' ? 'DSSE_PAYLOAD_TYPE' : 'DSSE_PAYLOAD');
        }
        throw error;
    }
}
/** For DSSE, the in-toto statement must name the artifact's sha256 among its subjects. */
function checkDsseSubject(statement, digest) {
    const hex = digest.toString('hex');
    // DigestSet values are lower-case hex (in-toto spec/v1/digest_set.md); an upper-case writer is read alike.
    if (!statement.subjects.some((s) => s.digest.sha256?.toLowerCase() === hex)) {
        throw new SignatureVerificationError(`no subject of the in-toto statement has sha256:${hex} (tampered artifact or wrong bundle)`, 'ARTIFACT_DIGEST_MISMATCH');
    }
}

;// CONCATENATED MODULE: ./.build/core/sigstore/bundle-checks.js
/*
 * What is wrong with a bundle, in words, where @sigstore/verify would crash or answer with a
 * generic code. Two kinds:
 * - structural refusals made before verification ({@link structuralProblems}): a certificate chain
 *   that carries a root certificate (a bundle must not bring its own trust anchor:
 *   sigstore-conformance's bundle-with-root-cert_fail), and an inclusion proof without the
 *   checkpoint it is checked against (the library reads `checkpoint.envelope` unguarded, and a
 *   v0.1 bundle from before checkpoints then fails with "Cannot read properties of undefined");
 * - an explanation of a certificate failure ({@link explainCertificateFailure}): a log entry whose
 *   integrated time is outside the signing certificate's validity, or in the future. The verifier
 *   still decides; this only says why.
 */


/** The certificates a bundle carries, leaf first. */
function certificatesOf(bundle) {
    const material = bundle.verificationMaterial.content;
    switch (material.$case) {
        case 'certificate':
            return [material.certificate.rawBytes];
        case 'x509CertificateChain':
            return material.x509CertificateChain.certificates.map((c) => c.rawBytes);
        default:
            return [];
    }
}
function parse(raw) {
    try {
        return new external_node_crypto_.X509Certificate(Buffer.from(raw));
    }
    catch {
        return undefined;
    }
}
/** Self-signed: its subject is its issuer and its own key verifies its signature. */
function selfSigned(cert) {
    try {
        return cert.subject === cert.issuer && cert.verify(cert.publicKey);
    }
    catch {
        return false;
    }
}
/**
 * Problems that make a bundle unverifiable whatever the trust, each naming the part of the bundle;
 * empty when there are none. Every problem is listed, not only the first.
 */
function structuralProblems(bundle) {
    const problems = [];
    certificatesOf(bundle).forEach((raw, i) => {
        const cert = parse(raw);
        if (cert && selfSigned(cert)) {
            problems.push(`the certificate chain holds a self-signed root certificate (#${i + 1}, ${cert.subject.replace(/\n/g, ', ')}); ` +
                'a bundle must not carry its own trust anchor: the root comes from the trusted root only');
        }
    });
    bundle.verificationMaterial.tlogEntries.forEach((entry, i) => {
        if (entry.inclusionProof && !entry.inclusionProof.checkpoint?.envelope) {
            problems.push(`transparency log entry #${i + 1} has an inclusion proof without a checkpoint (as v0.1 bundles made before ` +
                'checkpoints were), so the proof cannot be tied to a signed log state');
        }
    });
    return problems;
}
const iso = (d) => d.toISOString().replace('.000Z', 'Z');
/**
 * Why a certificate failed to verify, when the bundle shows it: a transparency log entry's
 * integrated time in the future (`now`) or outside the leaf certificate's validity. Undefined
 * when none of these holds (the library's own words are then all there is).
 */
function explainCertificateFailure(bundle, now = new Date()) {
    const leaf = certificatesOf(bundle)[0];
    const cert = leaf && parse(leaf);
    if (!cert)
        return undefined;
    const from = cert.validFromDate;
    const to = cert.validToDate;
    for (const [i, entry] of bundle.verificationMaterial.tlogEntries.entries()) {
        const seconds = Number(entry.integratedTime);
        if (!Number.isFinite(seconds) || seconds <= 0)
            continue;
        const at = new Date(seconds * 1000);
        const where = `transparency log entry #${i + 1}'s integrated time ${iso(at)}`;
        if (at > now)
            return `${where} is in the future (now ${iso(now)})`;
        if (at < from || at > to) {
            return `${where} is outside the signing certificate's validity (${iso(from)} to ${iso(to)}): the signature was not logged while the certificate was valid`;
        }
    }
    return undefined;
}
/**
 * Refuses a bundle with {@link structuralProblems}, all of them in one message, before anything
 * is verified.
 */
function refuseMalformed(bundle) {
    const problems = structuralProblems(bundle);
    if (problems.length > 0) {
        throw new SignatureVerificationError(`BUNDLE_STRUCTURE: the bundle cannot be verified: ${problems.join('; ')}`, 'BUNDLE_STRUCTURE');
    }
}
/** A verifier's CERTIFICATE_ERROR with {@link explainCertificateFailure}'s reason added, when there is one. */
function explained(error, bundle) {
    if (!(error instanceof SignatureVerificationError) || error.code !== 'CERTIFICATE_ERROR')
        return error;
    const why = explainCertificateFailure(bundle);
    return why === undefined
        ? error
        : new SignatureVerificationError(`${error.message}: ${why}`, 'CERTIFICATE_ERROR');
}

// EXTERNAL MODULE: ./.build/core/sigstore/identity.js
var identity = __webpack_require__(52077);
;// CONCATENATED MODULE: ./.build/core/sigstore/verify.js











/** Escapes every RegExp metacharacter, so the text matches only itself. */
function escapeRegExp(text) {
    return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
/**
 * A @sigstore/verify policy for an identity, for code that runs the stock Verifier. The library
 * searches with it as an unanchored RegExp, so the identity is escaped and anchored here. Our own
 * verifier does not use it: {@link verifyBundle} compares the certificate's bytes itself.
 */
function toPolicy(policy) {
    if ((policy.identity === undefined) === (policy.identityRegExp === undefined)) {
        throw new SignatureVerificationError('give exactly one of an identity and an identity pattern', 'POLICY');
    }
    return {
        subjectAlternativeName: policy.identity !== undefined
            ? new RegExp(`^${escapeRegExp(policy.identity)}$`)
            : (0,identity/* wholeMatch */.Tx)(policy.identityRegExp),
        extensions: { issuer: policy.issuer },
    };
}
function verifierOptions(options) {
    const out = {};
    for (const key of ['ctlogThreshold', 'tlogThreshold', 'timestampThreshold']) {
        const value = options[key];
        if (value === undefined)
            continue;
        if (!Number.isInteger(value) || value < 0)
            throw new SignatureVerificationError(`${key} must be a whole number >= 0, got ${value}`, 'INPUT');
        out[key] = value;
    }
    return out;
}
/** The leaf certificate's only SAN, compared whole and exactly with `san` (see {@link SanPolicy}). */
function checkSan(entity, policy) {
    if (entity.key.$case !== 'certificate') {
        throw new SignatureVerificationError('UNTRUSTED_SIGNER_ERROR: the bundle is signed with a key, not with a certificate for the expected signer', 'UNTRUSTED_SIGNER_ERROR');
    }
    // Node renders every name of the extension, quoting and escaping any that is not plain text,
    // so one URI equal to `san` is the only way to read exactly `URI:<san>`.
    const names = new external_node_crypto_.X509Certificate(entity.key.certificate.root.toDER()).subjectAltName;
    if (names !== `URI:${policy.san}`) {
        throw new SignatureVerificationError(`UNTRUSTED_SIGNER_ERROR: signed for ${(0,quote/* quote */.h)((names ?? '(no SAN)').replace(/^URI:/, ''))}, not for ${JSON.stringify(policy.san)}`, 'UNTRUSTED_SIGNER_ERROR');
    }
    return policy.san;
}
/**
 * The one place a signed entity is verified: @sigstore/verify proves the certificate chain (or
 * the key), the SCTs, the log entries, the timestamps and the signature, with no identity
 * policy (it would search with it as an unanchored RegExp); then the leaf certificate's SAN and
 * issuer are compared exactly with the policy ({@link checkIdentity}, {@link checkSan}).
 */
function verifyEntity(entity, trust, signer, options) {
    const keyless = entity.key.$case === 'certificate';
    if (keyless && !signer) {
        throw new SignatureVerificationError('a keyless bundle needs an identity and issuer to verify against', 'POLICY');
    }
    if (!keyless && signer) {
        throw new SignatureVerificationError('UNTRUSTED_SIGNER_ERROR: the bundle is signed with a key, not with a certificate for the expected identity', 'UNTRUSTED_SIGNER_ERROR');
    }
    const verifier = new dist/* Verifier */.BL(trust, verifierOptions(options));
    try {
        verifier.verify(entity);
    }
    catch (error) {
        if (error instanceof dist/* VerificationError */.mk || error instanceof dist/* PolicyError */.pn) {
            throw new SignatureVerificationError(`${error.code}: ${error.message}`, error.code);
        }
        throw new SignatureVerificationError((0,errors/* messageOf */.bD)(error), 'VERIFICATION');
    }
    if (entity.key.$case !== 'certificate')
        return {};
    const certificate = entity.key.certificate;
    if (signer && 'san' in signer)
        return { identity: checkSan(entity, signer), certificate };
    try {
        // The leaf the Verifier just proved (it builds the path from this very object).
        const found = (0,identity/* readCertificateIdentity */.sU)(entity.key.certificate);
        (0,identity/* checkIdentity */.Z0)(found, signer);
        return { identity: found.san, issuer: found.issuer, certificate };
    }
    catch (error) {
        if (error instanceof identity/* IdentityMismatchError */.V1) {
            throw new SignatureVerificationError(`${error.code}: ${error.message}`, error.code);
        }
        throw new SignatureVerificationError(`UNTRUSTED_SIGNER_ERROR: ${(0,errors/* messageOf */.bD)(error)}`, 'UNTRUSTED_SIGNER_ERROR');
    }
}
/**
 * Verifies a Sigstore bundle (its JSON text, or parsed) against trust material and a
 * {@link SigstorePolicy}: the signer compared exactly, the evidence thresholds, the artifact
 * (message digest or DSSE subject) and the DSSE payload type. Throws
 * {@link SignatureVerificationError} or BundleFormatError with the reason; returns what was
 * proven. The trust is injected (a private instance's or GitHub's trusted root, or public-good's
 * through TUF).
 */
async function verifySigstoreBundle(input, trust, policy) {
    const bundle = typeof input === 'string' ? (0,sigstore_bundle/* parseBundle */.QN)(input) : input;
    refuseMalformed(bundle);
    const dsse = bundle.content.$case === 'dsseEnvelope' ? bundle.content.dsseEnvelope : undefined;
    if (policy.payloadType !== undefined) {
        if (!dsse) {
            throw new SignatureVerificationError('the bundle holds a message signature, not a DSSE envelope', 'CONTENT');
        }
        if (dsse.payloadType !== policy.payloadType) {
            throw new SignatureVerificationError(`the DSSE payload type is ${(0,quote/* quote */.h)(dsse.payloadType)}, not ${policy.payloadType}`, 'DSSE_PAYLOAD_TYPE');
        }
    }
    // A statement is read before the signature only to bind the artifact; it is returned only verified.
    const statement = dsse && (policy.artifact !== undefined || dsse.payloadType === intoto/* IN_TOTO_PAYLOAD_TYPE */.T4)
        ? statementOf(bundle)
        : undefined;
    let digest;
    let message;
    if (policy.artifact) {
        const artifact = policy.artifact;
        digest = await artifactDigest(artifact);
        if (statement)
            checkDsseSubject(statement, digest);
        // Only a non-ECDSA key needs the message itself (see bindMessageSignature).
        const key = bundle.content.$case === 'messageSignature' ? presumedKey(bundle, trust) : undefined;
        if (key && key.asymmetricKeyType !== 'ec' && 'file' in artifact) {
            const size = (await external_node_fs_.promises.stat(artifact.file)).size;
            if (size > IN_MEMORY_LIMIT) {
                throw new SignatureVerificationError(`a ${key.asymmetricKeyType} signature over a file larger than ${IN_MEMORY_LIMIT} bytes is not supported`, 'UNSUPPORTED');
            }
            message = await external_node_fs_.promises.readFile(artifact.file);
            if (!external_node_crypto_.createHash('sha256').update(message).digest().equals(digest)) {
                throw new SignatureVerificationError('the artifact changed while it was being verified', 'ARTIFACT_CHANGED');
            }
        }
    }
    else if (bundle.content.$case === 'messageSignature') {
        // A message signature proves something only about the bytes it is over.
        throw new SignatureVerificationError('a message signature is verified only against its artifact', 'INPUT');
    }
    const entity = (0,dist/* toSignedEntity */.DC)(bundle);
    let signer;
    try {
        signer = verifyEntity(digest ? bindMessageSignature(entity, bundle, digest, message) : entity, trust, policy.signer, policy.thresholds ?? {});
    }
    catch (error) {
        throw explained(error, bundle);
    }
    return {
        ...signer,
        mediaType: bundle.mediaType,
        content: dsse ? 'dsse' : 'message-signature',
        ...(digest ? { sha256: digest.toString('hex') } : {}),
        ...(dsse ? { payloadType: dsse.payloadType, payload: Buffer.from(dsse.payload) } : {}),
        ...(statement ? { statement } : {}),
    };
}
/**
 * Verifies a bundle (its JSON text) for an artifact; {@link verifySigstoreBundle} with the
 * artifact, an identity policy and thresholds. `policy` undefined is allowed only for
 * key-signed bundles (the key is the identity).
 */
async function verifyBundle(bundleText, artifact, trust, policy, options = {}) {
    const verified = await verifySigstoreBundle(bundleText, trust, {
        signer: policy,
        thresholds: options,
        artifact,
    });
    return {
        identity: verified.identity,
        issuer: verified.issuer,
        sha256: verified.sha256,
        mediaType: verified.mediaType,
        content: verified.content,
    };
}
/**
 * Verifies a DSSE bundle by itself, without an artifact: {@link verifySigstoreBundle} requiring
 * a DSSE envelope of any payload type. What the payload says is the caller's to check, on the
 * returned payload, the only bytes the signature covers.
 */
async function verifyDsseBundle(bundleText, trust, policy, options = {}) {
    const bundle = (0,sigstore_bundle/* parseBundle */.QN)(bundleText);
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw new SignatureVerificationError('the bundle holds a message signature, not a DSSE envelope', 'CONTENT');
    }
    const verified = await verifySigstoreBundle(bundle, trust, {
        signer: policy,
        thresholds: options,
        payloadType: bundle.content.dsseEnvelope.payloadType,
    });
    return {
        identity: verified.identity,
        issuer: verified.issuer,
        mediaType: verified.mediaType,
        payloadType: verified.payloadType,
        payload: verified.payload,
    };
}
/** Reads a bundle file and verifies it for a file; see {@link verifyBundle}. */
async function verifyBundleFile(bundlePath, artifact, trust, policy, options = {}) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(bundlePath, 'utf8');
    }
    catch (error) {
        throw new SignatureVerificationError(`cannot read bundle ${bundlePath}: ${(0,errors/* messageOf */.bD)(error)}`, 'BUNDLE_MISSING');
    }
    return verifyBundle(text, artifact, trust, policy, options);
}


/***/ })

};
