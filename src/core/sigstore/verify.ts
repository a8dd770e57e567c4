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
} from '@sigstore/verify';
import { sha256File } from '../digest.js';
import { messageOf } from '../errors.js';
import { parseBundle } from './bundle.js';
import { verifyEcdsaDigest } from './ecdsa.js';

/** The issuer of GitHub Actions OIDC tokens on github.com. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** Who must have signed: an exact identity or a pattern, and the OIDC issuer. */
export interface IdentityPolicy {
  identity?: string;
  identityRegExp?: RegExp;
  issuer: string;
}

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
export class SignatureVerificationError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
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

/**
 * For a message signature, binds the entity to the artifact by its digest: the bundle's
 * message digest must be the artifact's, and the signature is verified over that digest. This
 * replaces the library's check, which needs the whole artifact in memory.
 */
function bindMessageSignature(entity: SignedEntity, bundle: Bundle, digest: Buffer): SignedEntity {
  if (bundle.content.$case !== 'messageSignature') return entity;
  const message = bundle.content.messageSignature;
  const algorithm = message.messageDigest?.algorithm;
  if (algorithm !== HashAlgorithm.SHA2_256) {
    throw new SignatureVerificationError(
      `bundle's message digest uses ${HashAlgorithm[algorithm ?? 0] ?? algorithm}; only SHA2_256 is supported`,
      'DIGEST_ALGORITHM',
    );
  }
  if (
    !crypto.timingSafeEqual(Buffer.from(message.messageDigest!.digest), digest) ||
    message.messageDigest!.digest.length !== 32
  ) {
    throw new SignatureVerificationError(
      `artifact digest sha256:${digest.toString('hex')} does not match the bundle's message digest ` +
        `sha256:${Buffer.from(message.messageDigest!.digest).toString('hex')} (tampered artifact or wrong bundle)`,
      'ARTIFACT_DIGEST_MISMATCH',
    );
  }
  const signature = Buffer.from(message.signature);
  return {
    ...entity,
    signature: {
      ...entity.signature,
      signature: entity.signature.signature,
      compareSignature: (s) => entity.signature.compareSignature(s),
      compareDigest: (d) => entity.signature.compareDigest(d),
      compareSignedDigest: (d) => entity.signature.compareSignedDigest(d),
      verifySignature: (key) => {
        try {
          return verifyEcdsaDigest(key, digest, signature);
        } catch {
          // Not an ECDSA key: fail closed rather than skip the check.
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

/** The verifier's policy for an identity. */
export function toPolicy(policy: IdentityPolicy): VerificationPolicy {
  if ((policy.identity === undefined) === (policy.identityRegExp === undefined)) {
    throw new Error('give exactly one of an identity and an identity pattern');
  }
  return {
    subjectAlternativeName: policy.identity ?? policy.identityRegExp,
    extensions: { issuer: policy.issuer },
  };
}

/**
 * Verifies a bundle (its JSON text) for an artifact against trust material and, for keyless
 * bundles, an identity policy. Throws {@link SignatureVerificationError} or BundleFormatError
 * with the reason; returns what was proven. `policy` undefined is allowed only for key-signed
 * bundles (the key is the identity).
 */
export async function verifyBundle(
  bundleText: string,
  artifact: ArtifactRef,
  trust: TrustMaterial,
  policy: IdentityPolicy | undefined,
): Promise<VerifiedSignature> {
  const bundle = parseBundle(bundleText);
  const digest = await artifactDigest(artifact);
  const keyless = bundle.verificationMaterial.content.$case !== 'publicKey';
  if (keyless && !policy) {
    throw new SignatureVerificationError(
      'a keyless bundle needs an identity and issuer to verify against',
      'POLICY',
    );
  }
  checkDsseSubject(bundle, digest);
  const entity = bindMessageSignature(toSignedEntity(bundle), bundle, digest);
  const verifier = new Verifier(trust);
  let signer;
  try {
    signer = verifier.verify(entity, keyless ? toPolicy(policy!) : undefined);
  } catch (error) {
    if (error instanceof VerificationError || error instanceof PolicyError) {
      throw new SignatureVerificationError(`${error.code}: ${error.message}`, error.code);
    }
    throw new SignatureVerificationError(messageOf(error), 'VERIFICATION');
  }
  return {
    identity: signer.identity?.subjectAlternativeName,
    issuer: signer.identity?.extensions?.issuer,
    sha256: digest.toString('hex'),
    mediaType: bundle.mediaType,
    content: bundle.content.$case === 'dsseEnvelope' ? 'dsse' : 'message-signature',
  };
}

/** Reads a bundle file and verifies it for a file; see {@link verifyBundle}. */
export async function verifyBundleFile(
  bundlePath: string,
  artifact: ArtifactRef,
  trust: TrustMaterial,
  policy: IdentityPolicy | undefined,
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
  return verifyBundle(text, artifact, trust, policy);
}
