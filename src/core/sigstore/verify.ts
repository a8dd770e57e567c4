import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import type { Bundle } from '@sigstore/bundle';
import {
  PolicyError,
  toSignedEntity,
  VerificationError,
  Verifier,
  type SignedEntity,
  type TrustMaterial,
  type VerificationPolicy,
  type VerifierOptions,
} from '@sigstore/verify';
import { sha256File } from '../digest.js';
import { BaseError, messageOf } from '../errors.js';
import { parseBundle } from './bundle.js';
import { verifyEcdsaDigest } from './ecdsa.js';
import {
  checkIdentity,
  IdentityMismatchError,
  readCertificateIdentity,
  wholeMatch,
  type IdentityPolicy,
} from './identity.js';

/** What was signed: a file on disk, or only its sha256 digest. */
export type ArtifactRef = { file: string } | { sha256: Buffer };

export interface VerifiedSignature {
  /** Certificate SAN, when keyless. */
  identity?: string;
  issuer?: string;
  /** The artifact's sha256 (hex). */
  sha256: string;
  mediaType: string;
  content: 'message-signature' | 'dsse';
}

/** A verification that said no, with the reason in words. */
export class SignatureVerificationError extends BaseError<string> {
  constructor(message: string, code: string) {
    // The code is @sigstore/verify's own (SIGNATURE_ERROR, UNTRUSTED_SIGNER_ERROR, …) or ours.
    super(code, message);
    this.name = 'SignatureVerificationError';
  }
}

const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** A sha256 digest given as `sha256:` + 64 hex characters, or undefined. */
export function parseSha256Digest(value: string): Buffer | undefined {
  const match = /^sha256:([0-9a-fA-F]{64})$/.exec(value);
  return match ? Buffer.from(match[1], 'hex') : undefined;
}

async function artifactDigest(artifact: ArtifactRef): Promise<Buffer> {
  if ('sha256' in artifact) {
    if (artifact.sha256.length !== 32)
      throw new SignatureVerificationError('sha256 digest must be 32 bytes', 'INPUT');
    return artifact.sha256;
  }
  // Streamed with bounded memory: artifacts can be gigabytes.
  return Buffer.from(await sha256File(artifact.file), 'hex');
}

/** Artifacts larger than this are verified only by digest (ECDSA keys); see bindMessageSignature. */
const IN_MEMORY_LIMIT = 512 * 1024 * 1024;

/**
 * The signing key of a bundle before verification, to know whether its signature can be
 * checked over the digest alone. Only used to choose how to check; the Verifier still decides
 * which key is trusted.
 */
function presumedKey(bundle: Bundle, trust: TrustMaterial): crypto.KeyObject | undefined {
  const content = bundle.verificationMaterial.content;
  try {
    switch (content.$case) {
      case 'publicKey':
        return trust.publicKey(content.publicKey.hint).publicKey;
      case 'certificate':
        return new crypto.X509Certificate(Buffer.from(content.certificate.rawBytes)).publicKey;
      case 'x509CertificateChain':
        return new crypto.X509Certificate(Buffer.from(content.x509CertificateChain.certificates[0].rawBytes))
          .publicKey;
    }
  } catch {
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
function bindMessageSignature(
  entity: SignedEntity,
  bundle: Bundle,
  digest: Buffer,
  message: Buffer | undefined,
): SignedEntity {
  if (bundle.content.$case !== 'messageSignature') return entity;
  const content = bundle.content.messageSignature;
  const algorithm = content.messageDigest?.algorithm;
  if (algorithm !== HashAlgorithm.SHA2_256) {
    throw new SignatureVerificationError(
      `bundle's message digest uses ${HashAlgorithm[algorithm ?? 0] ?? algorithm}; only SHA2_256 is supported`,
      'DIGEST_ALGORITHM',
    );
  }
  const bundleDigest = Buffer.from(content.messageDigest!.digest);
  if (bundleDigest.length !== digest.length || !crypto.timingSafeEqual(bundleDigest, digest)) {
    throw new SignatureVerificationError(
      `artifact digest sha256:${digest.toString('hex')} does not match the bundle's message digest ` +
        `sha256:${bundleDigest.toString('hex')} (tampered artifact or wrong bundle)`,
      'ARTIFACT_DIGEST_MISMATCH',
    );
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
          if (key.asymmetricKeyType === 'ec') return verifyEcdsaDigest(key, digest, signature);
          if (!message) return false;
          const hash =
            key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448' ? null : 'sha256';
          return crypto.verify(hash, message, key, signature);
        } catch {
          // A key we cannot check with: fail closed rather than skip the check.
          return false;
        }
      },
    },
  };
}

/** For DSSE, the in-toto statement must name the artifact's sha256 among its subjects. */
function checkDsseSubject(bundle: Bundle, digest: Buffer): void {
  if (bundle.content.$case !== 'dsseEnvelope') return;
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new SignatureVerificationError(
      `DSSE payload type '${envelope.payloadType}' is not ${IN_TOTO_PAYLOAD_TYPE}`,
      'DSSE_PAYLOAD_TYPE',
    );
  }
  let statement: { subject?: { digest?: Record<string, string> }[] };
  try {
    statement = JSON.parse(Buffer.from(envelope.payload).toString('utf8'));
  } catch (error) {
    throw new SignatureVerificationError(`DSSE payload is not JSON: ${messageOf(error)}`, 'DSSE_PAYLOAD');
  }
  const hex = digest.toString('hex');
  const subjects = Array.isArray(statement?.subject) ? statement.subject : [];
  if (!subjects.some((s) => typeof s?.digest?.sha256 === 'string' && s.digest.sha256.toLowerCase() === hex)) {
    throw new SignatureVerificationError(
      `no subject of the in-toto statement has sha256:${hex} (tampered artifact or wrong bundle)`,
      'ARTIFACT_DIGEST_MISMATCH',
    );
  }
}

/** Escapes every RegExp metacharacter, so the text matches only itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/**
 * A @sigstore/verify policy for an identity, for code that runs the stock Verifier. The library
 * searches with it as an unanchored RegExp, so the identity is escaped and anchored here. Our own
 * verifier does not use it: {@link verifyBundle} compares the certificate's bytes itself.
 */
export function toPolicy(policy: IdentityPolicy): VerificationPolicy {
  if ((policy.identity === undefined) === (policy.identityRegExp === undefined)) {
    throw new Error('give exactly one of an identity and an identity pattern');
  }
  return {
    subjectAlternativeName:
      policy.identity !== undefined
        ? new RegExp(`^${escapeRegExp(policy.identity)}$`)
        : wholeMatch(policy.identityRegExp!),
    extensions: { issuer: policy.issuer },
  };
}

/**
 * How much evidence a bundle must carry. The defaults are the public-good instance's: one SCT
 * in the certificate, one transparency-log entry, one timestamp (the log's integrated time
 * counts). GitHub's release attestations carry no log entry: `{ tlogThreshold: 0,
 * timestampThreshold: 1 }`.
 */
export interface VerifyOptions {
  ctlogThreshold?: number;
  tlogThreshold?: number;
  timestampThreshold?: number;
}

function verifierOptions(options: VerifyOptions): VerifierOptions {
  const out: VerifierOptions = {};
  for (const key of ['ctlogThreshold', 'tlogThreshold', 'timestampThreshold'] as const) {
    const value = options[key];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`${key} must be a whole number >= 0, got ${value}`);
    out[key] = value;
  }
  return out;
}

/**
 * The one place a signed entity is verified: @sigstore/verify proves the certificate chain (or
 * the key), the SCTs, the log entries, the timestamps and the signature, with no identity
 * policy (it would search with it as an unanchored RegExp); then the leaf certificate's SAN and
 * issuer are compared exactly with the policy ({@link checkIdentity}). A policy with a
 * key-signed bundle, or a certificate without a policy, is refused.
 */
function verifyEntity(
  entity: SignedEntity,
  trust: TrustMaterial,
  policy: IdentityPolicy | undefined,
  options: VerifyOptions,
): { identity?: string; issuer?: string } {
  const keyless = entity.key.$case === 'certificate';
  if (keyless && !policy) {
    throw new SignatureVerificationError(
      'a keyless bundle needs an identity and issuer to verify against',
      'POLICY',
    );
  }
  if (!keyless && policy) {
    throw new SignatureVerificationError(
      'UNTRUSTED_SIGNER_ERROR: the bundle is signed with a key, not with a certificate for the expected identity',
      'UNTRUSTED_SIGNER_ERROR',
    );
  }
  const verifier = new Verifier(trust, verifierOptions(options));
  try {
    verifier.verify(entity);
  } catch (error) {
    if (error instanceof VerificationError || error instanceof PolicyError) {
      throw new SignatureVerificationError(`${error.code}: ${error.message}`, error.code);
    }
    throw new SignatureVerificationError(messageOf(error), 'VERIFICATION');
  }
  if (entity.key.$case !== 'certificate') return {};
  try {
    // The leaf the Verifier just proved (it builds the path from this very object).
    const found = readCertificateIdentity(entity.key.certificate);
    checkIdentity(found, policy!);
    return { identity: found.san, issuer: found.issuer };
  } catch (error) {
    if (error instanceof IdentityMismatchError) {
      throw new SignatureVerificationError(`${error.code}: ${error.message}`, error.code);
    }
    throw new SignatureVerificationError(
      `UNTRUSTED_SIGNER_ERROR: ${messageOf(error)}`,
      'UNTRUSTED_SIGNER_ERROR',
    );
  }
}

/**
 * Verifies a bundle (its JSON text) for an artifact against trust material and, for keyless
 * bundles, an identity policy compared exactly. Throws {@link SignatureVerificationError} or
 * BundleFormatError with the reason; returns what was proven. `policy` undefined is allowed
 * only for key-signed bundles (the key is the identity). `trust` is injected (a private
 * instance's or GitHub's trusted root, or public-good's through TUF), and so are the
 * evidence thresholds.
 */
export async function verifyBundle(
  bundleText: string,
  artifact: ArtifactRef,
  trust: TrustMaterial,
  policy: IdentityPolicy | undefined,
  options: VerifyOptions = {},
): Promise<VerifiedSignature> {
  const bundle = parseBundle(bundleText);
  const digest = await artifactDigest(artifact);
  checkDsseSubject(bundle, digest);
  // Only a non-ECDSA key needs the message itself (see bindMessageSignature).
  let message: Buffer | undefined;
  const key = bundle.content.$case === 'messageSignature' ? presumedKey(bundle, trust) : undefined;
  if (key && key.asymmetricKeyType !== 'ec' && 'file' in artifact) {
    const size = (await fs.promises.stat(artifact.file)).size;
    if (size > IN_MEMORY_LIMIT) {
      throw new SignatureVerificationError(
        `a ${key.asymmetricKeyType} signature over a file larger than ${IN_MEMORY_LIMIT} bytes is not supported`,
        'UNSUPPORTED',
      );
    }
    message = await fs.promises.readFile(artifact.file);
    if (!crypto.createHash('sha256').update(message).digest().equals(digest)) {
      throw new SignatureVerificationError(
        'the artifact changed while it was being verified',
        'ARTIFACT_CHANGED',
      );
    }
  }
  const entity = bindMessageSignature(toSignedEntity(bundle), bundle, digest, message);
  const signer = verifyEntity(entity, trust, policy, options);
  return {
    ...signer,
    sha256: digest.toString('hex'),
    mediaType: bundle.mediaType,
    content: bundle.content.$case === 'dsseEnvelope' ? 'dsse' : 'message-signature',
  };
}

/** A verified DSSE envelope: who signed it and the payload they signed. */
export interface VerifiedEnvelope {
  identity?: string;
  issuer?: string;
  mediaType: string;
  payloadType: string;
  /** The signed payload bytes (for in-toto, the statement): the caller checks what it says. */
  payload: Buffer;
}

// Kept alike on purpose (docs/ARCHITECTURE.md): the same parameters as verifyBundle, a second entry point for DSSE envelopes.
/**
 * Verifies a DSSE bundle by itself, without an artifact: the envelope's signature, its
 * evidence (with `options`' thresholds) and the exact signer identity. What the statement
 * names (subjects, predicate) is the caller's to check, on the returned payload, the only
 * bytes the signature covers.
 */
export async function verifyDsseBundle(
  bundleText: string,
  trust: TrustMaterial,
  policy: IdentityPolicy | undefined,
  options: VerifyOptions = {},
): Promise<VerifiedEnvelope> {
  const bundle = parseBundle(bundleText);
  if (bundle.content.$case !== 'dsseEnvelope') {
    throw new SignatureVerificationError(
      'the bundle holds a message signature, not a DSSE envelope',
      'CONTENT',
    );
  }
  const envelope = bundle.content.dsseEnvelope;
  const signer = verifyEntity(toSignedEntity(bundle), trust, policy, options);
  return {
    ...signer,
    mediaType: bundle.mediaType,
    payloadType: envelope.payloadType,
    payload: Buffer.from(envelope.payload),
  };
}

/** Reads a bundle file and verifies it for a file; see {@link verifyBundle}. */
export async function verifyBundleFile(
  bundlePath: string,
  artifact: ArtifactRef,
  trust: TrustMaterial,
  policy: IdentityPolicy | undefined,
  options: VerifyOptions = {},
): Promise<VerifiedSignature> {
  let text: string;
  try {
    text = await fs.promises.readFile(bundlePath, 'utf8');
  } catch (error) {
    throw new SignatureVerificationError(
      `cannot read bundle ${bundlePath}: ${messageOf(error)}`,
      'BUNDLE_MISSING',
    );
  }
  return verifyBundle(text, artifact, trust, policy, options);
}
