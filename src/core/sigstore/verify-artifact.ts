/*
 * Binding a bundle to what it signs: the artifact's digest, a message signature checked over
 * that digest (or the file's bytes for keys that sign the message), and a DSSE statement's
 * subjects. Used by the one verification path in verify.ts; kept apart so that file holds the
 * policy and the verifier, and this one the artifact.
 */
import * as crypto from 'node:crypto';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import type { Bundle } from '@sigstore/bundle';
import type { PolicyError, SignedEntity, TrustMaterial, VerificationError } from '@sigstore/verify';
import { sha256File } from '../digest.js';
import { BaseError } from '../errors.js';
import { InTotoError, parseStatement, type Statement } from '../intoto.js';
import { verifyEcdsaDigest } from './ecdsa.js';

/** What was signed: a file on disk, or only its sha256 digest. */
export type ArtifactRef = { file: string } | { sha256: Buffer };

/**
 * Why a verification said no: @sigstore/verify's own codes (SIGNATURE_ERROR, CERTIFICATE_ERROR,
 * TIMESTAMP_ERROR, TLOG_*, UNTRUSTED_SIGNER_ERROR, …) or ours:
 * - `INPUT`: a digest that is not 32 bytes, or thresholds that are not whole numbers >= 0;
 * - `POLICY`: no signer policy for a keyless bundle, or a policy naming neither or both of an
 *   identity and a pattern;
 * - `CONTENT`: a message signature where a DSSE envelope is required, or the reverse;
 * - `DSSE_PAYLOAD_TYPE`, `DSSE_PAYLOAD`: the envelope's payload type is not the one required, or
 *   its payload is not an in-toto statement;
 * - `DIGEST_ALGORITHM`, `ARTIFACT_DIGEST_MISMATCH`: the bundle is not over the artifact;
 * - `UNSUPPORTED`, `ARTIFACT_CHANGED`: a large non-ECDSA signature, a file that changed meanwhile;
 * - `BUNDLE_MISSING`: the bundle file cannot be read; `VERIFICATION`: anything else the library threw;
 * - `BUNDLE_STRUCTURE`: a bundle that cannot be verified whatever the trust (bundle-checks.ts).
 */
export type SignatureVerificationCode =
  | VerificationError['code']
  | PolicyError['code']
  | 'INPUT'
  | 'POLICY'
  | 'CONTENT'
  | 'DSSE_PAYLOAD_TYPE'
  | 'DSSE_PAYLOAD'
  | 'DIGEST_ALGORITHM'
  | 'ARTIFACT_DIGEST_MISMATCH'
  | 'UNSUPPORTED'
  | 'ARTIFACT_CHANGED'
  | 'BUNDLE_MISSING'
  | 'BUNDLE_STRUCTURE'
  | 'VERIFICATION';

/** A verification that said no, with the reason in words. */
export class SignatureVerificationError extends BaseError<SignatureVerificationCode> {
  constructor(message: string, code: SignatureVerificationCode) {
    super(code, message);
    this.name = 'SignatureVerificationError';
  }
}

export async function artifactDigest(artifact: ArtifactRef): Promise<Buffer> {
  if ('sha256' in artifact) {
    if (artifact.sha256.length !== 32)
      throw new SignatureVerificationError('sha256 digest must be 32 bytes', 'INPUT');
    return artifact.sha256;
  }
  // Streamed with bounded memory: artifacts can be gigabytes.
  return Buffer.from(await sha256File(artifact.file), 'hex');
}

/** Artifacts larger than this are verified only by digest (ECDSA keys); see bindMessageSignature. */
export const IN_MEMORY_LIMIT = 512 * 1024 * 1024;

/**
 * The signing key of a bundle before verification, to know whether its signature can be
 * checked over the digest alone. Only used to choose how to check; the Verifier still decides
 * which key is trusted.
 */
export function presumedKey(bundle: Bundle, trust: TrustMaterial): crypto.KeyObject | undefined {
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
export function bindMessageSignature(
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

/** The statement of a DSSE bundle whose payload type is in-toto's, as a verification error when it is not one. */
export function statementOf(bundle: Bundle): Statement {
  if (bundle.content.$case !== 'dsseEnvelope') {
    throw new SignatureVerificationError(
      'the bundle holds a message signature, not a DSSE envelope',
      'CONTENT',
    );
  }
  const envelope = bundle.content.dsseEnvelope;
  try {
    return parseStatement(envelope.payloadType, envelope.payload);
  } catch (error) {
    if (error instanceof InTotoError) {
      throw new SignatureVerificationError(
        error.message,
        error.code === 'PAYLOAD_TYPE' ? 'DSSE_PAYLOAD_TYPE' : 'DSSE_PAYLOAD',
      );
    }
    throw error;
  }
}

/** For DSSE, the in-toto statement must name the artifact's sha256 among its subjects. */
export function checkDsseSubject(statement: Statement, digest: Buffer): void {
  const hex = digest.toString('hex');
  // DigestSet values are lower-case hex (in-toto spec/v1/digest_set.md); an upper-case writer is read alike.
  if (!statement.subjects.some((s) => s.digest.sha256?.toLowerCase() === hex)) {
    throw new SignatureVerificationError(
      `no subject of the in-toto statement has sha256:${hex} (tampered artifact or wrong bundle)`,
      'ARTIFACT_DIGEST_MISMATCH',
    );
  }
}
