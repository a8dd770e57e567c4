import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import type { Bundle } from '@sigstore/bundle';
import type { X509Certificate } from '@sigstore/core';
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
import { messageOf } from '../errors.js';
import { quote } from '../quote.js';
import { IN_TOTO_PAYLOAD_TYPE, type Statement } from '../intoto.js';
import { parseBundle } from './bundle.js';
import { explained, refuseMalformed } from './bundle-checks.js';
import {
  checkIdentity,
  IdentityMismatchError,
  readCertificateIdentity,
  wholeMatch,
  type IdentityPolicy,
} from './identity.js';
import {
  artifactDigest,
  bindMessageSignature,
  checkDsseSubject,
  IN_MEMORY_LIMIT,
  presumedKey,
  SignatureVerificationError,
  statementOf,
  type ArtifactRef,
} from './verify-artifact.js';

export {
  SignatureVerificationError,
  type ArtifactRef,
  type SignatureVerificationCode,
} from './verify-artifact.js';

export interface VerifiedSignature {
  /** Certificate SAN, when keyless. */
  identity?: string;
  issuer?: string;
  /** The artifact's sha256 (hex). */
  sha256: string;
  mediaType: string;
  content: 'message-signature' | 'dsse';
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
    throw new SignatureVerificationError('give exactly one of an identity and an identity pattern', 'POLICY');
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
      throw new SignatureVerificationError(`${key} must be a whole number >= 0, got ${value}`, 'INPUT');
    out[key] = value;
  }
  return out;
}

/**
 * A signer named only by its certificate's SAN, compared whole and exactly, for certificates
 * that carry no OIDC issuer: GitHub's release-attestation signer (`https://<trust domain>.releases.github.com`;
 * the GitHub CLI's release verifier, cli/cli pkg/cmd/release/shared/attestation.go, matches that
 * SAN anchored and any issuer, and the real certificate in cli/cli's
 * pkg/cmd/attestation/test/data/github_release_bundle.json has no issuer extension).
 */
export interface SanPolicy {
  san: string;
}

/**
 * Everything one verification requires. Every caller (sigstore-verify and undraft's files, the
 * CLI, GitHub's release attestation, and the provenance and image attestations to come) states
 * its demands here and runs {@link verifySigstoreBundle}; no other code builds a Verifier.
 */
export interface SigstorePolicy {
  /**
   * Who must have signed: an {@link IdentityPolicy} (exact SAN or whole-anchored pattern, exact
   * OIDC issuer: a Fulcio certificate), a {@link SanPolicy} (a certificate naming no issuer), or
   * undefined for a bundle signed with a key of the trust material (the key is the identity). A
   * keyless bundle without a policy, or a key-signed one with a policy, is refused.
   */
  signer?: IdentityPolicy | SanPolicy;
  /** Evidence thresholds; @sigstore/verify's defaults (one SCT, one log entry, one timestamp) otherwise. */
  thresholds?: VerifyOptions;
  /**
   * What was signed: a message signature must be over its digest, and a DSSE statement must
   * name its sha256 among its subjects.
   */
  artifact?: ArtifactRef;
  /**
   * The DSSE payload type required (e.g. {@link IN_TOTO_PAYLOAD_TYPE}); a message signature is
   * then refused. An in-toto payload is parsed and returned as `statement`.
   */
  payloadType?: string;
}

/** Who signed, as the verifier proved it. */
interface Signer {
  identity?: string;
  issuer?: string;
  certificate?: X509Certificate;
}

/** What a verification proved. */
export interface VerifiedBundle {
  /** The certificate's SAN, when keyless. */
  identity?: string;
  /** The certificate's OIDC issuer, when it names one. */
  issuer?: string;
  /** The leaf certificate the verifier proved, when keyless (its extensions: github-extensions.ts). */
  certificate?: X509Certificate;
  mediaType: string;
  content: 'message-signature' | 'dsse';
  /** The artifact's sha256 (hex), when an artifact was given. */
  sha256?: string;
  /** For DSSE: the payload type and the payload, the only bytes the signature covers. */
  payloadType?: string;
  payload?: Buffer;
  /** For an in-toto DSSE payload: the statement (its predicate is the caller's to judge). */
  statement?: Statement;
}

/** The leaf certificate's only SAN, compared whole and exactly with `san` (see {@link SanPolicy}). */
function checkSan(entity: SignedEntity, policy: SanPolicy): string {
  if (entity.key.$case !== 'certificate') {
    throw new SignatureVerificationError(
      'UNTRUSTED_SIGNER_ERROR: the bundle is signed with a key, not with a certificate for the expected signer',
      'UNTRUSTED_SIGNER_ERROR',
    );
  }
  // Node renders every name of the extension, quoting and escaping any that is not plain text,
  // so one URI equal to `san` is the only way to read exactly `URI:<san>`.
  const names = new crypto.X509Certificate(entity.key.certificate.root.toDER()).subjectAltName;
  if (names !== `URI:${policy.san}`) {
    throw new SignatureVerificationError(
      `UNTRUSTED_SIGNER_ERROR: signed for ${quote((names ?? '(no SAN)').replace(/^URI:/, ''))}, not for ${JSON.stringify(policy.san)}`,
      'UNTRUSTED_SIGNER_ERROR',
    );
  }
  return policy.san;
}

/**
 * The one place a signed entity is verified: @sigstore/verify proves the certificate chain (or
 * the key), the SCTs, the log entries, the timestamps and the signature, with no identity
 * policy (it would search with it as an unanchored RegExp); then the leaf certificate's SAN and
 * issuer are compared exactly with the policy ({@link checkIdentity}, {@link checkSan}).
 */
function verifyEntity(
  entity: SignedEntity,
  trust: TrustMaterial,
  signer: IdentityPolicy | SanPolicy | undefined,
  options: VerifyOptions,
): Signer {
  const keyless = entity.key.$case === 'certificate';
  if (keyless && !signer) {
    throw new SignatureVerificationError(
      'a keyless bundle needs an identity and issuer to verify against',
      'POLICY',
    );
  }
  if (!keyless && signer) {
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
  const certificate = entity.key.certificate;
  if (signer && 'san' in signer) return { identity: checkSan(entity, signer), certificate };
  try {
    // The leaf the Verifier just proved (it builds the path from this very object).
    const found = readCertificateIdentity(entity.key.certificate);
    checkIdentity(found, signer!);
    return { identity: found.san, issuer: found.issuer, certificate };
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
 * Verifies a Sigstore bundle (its JSON text, or parsed) against trust material and a
 * {@link SigstorePolicy}: the signer compared exactly, the evidence thresholds, the artifact
 * (message digest or DSSE subject) and the DSSE payload type. Throws
 * {@link SignatureVerificationError} or BundleFormatError with the reason; returns what was
 * proven. The trust is injected (a private instance's or GitHub's trusted root, or public-good's
 * through TUF).
 */
export async function verifySigstoreBundle(
  input: string | Bundle,
  trust: TrustMaterial,
  policy: SigstorePolicy,
): Promise<VerifiedBundle> {
  const bundle = typeof input === 'string' ? parseBundle(input) : input;
  refuseMalformed(bundle);
  const dsse = bundle.content.$case === 'dsseEnvelope' ? bundle.content.dsseEnvelope : undefined;
  if (policy.payloadType !== undefined) {
    if (!dsse) {
      throw new SignatureVerificationError(
        'the bundle holds a message signature, not a DSSE envelope',
        'CONTENT',
      );
    }
    if (dsse.payloadType !== policy.payloadType) {
      throw new SignatureVerificationError(
        `the DSSE payload type is ${quote(dsse.payloadType)}, not ${policy.payloadType}`,
        'DSSE_PAYLOAD_TYPE',
      );
    }
  }
  // A statement is read before the signature only to bind the artifact; it is returned only verified.
  const statement =
    dsse && (policy.artifact !== undefined || dsse.payloadType === IN_TOTO_PAYLOAD_TYPE)
      ? statementOf(bundle)
      : undefined;
  let digest: Buffer | undefined;
  let message: Buffer | undefined;
  if (policy.artifact) {
    const artifact = policy.artifact;
    digest = await artifactDigest(artifact);
    if (statement) checkDsseSubject(statement, digest);
    // Only a non-ECDSA key needs the message itself (see bindMessageSignature).
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
  } else if (bundle.content.$case === 'messageSignature') {
    // A message signature proves something only about the bytes it is over.
    throw new SignatureVerificationError(
      'a message signature is verified only against its artifact',
      'INPUT',
    );
  }
  const entity = toSignedEntity(bundle);
  let signer: Signer;
  try {
    signer = verifyEntity(
      digest ? bindMessageSignature(entity, bundle, digest, message) : entity,
      trust,
      policy.signer,
      policy.thresholds ?? {},
    );
  } catch (error) {
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
export async function verifyBundle(
  bundleText: string,
  artifact: ArtifactRef,
  trust: TrustMaterial,
  policy: IdentityPolicy | undefined,
  options: VerifyOptions = {},
): Promise<VerifiedSignature> {
  const verified = await verifySigstoreBundle(bundleText, trust, {
    signer: policy,
    thresholds: options,
    artifact,
  });
  return {
    identity: verified.identity,
    issuer: verified.issuer,
    sha256: verified.sha256!,
    mediaType: verified.mediaType,
    content: verified.content,
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

/**
 * Verifies a DSSE bundle by itself, without an artifact: {@link verifySigstoreBundle} requiring
 * a DSSE envelope of any payload type. What the payload says is the caller's to check, on the
 * returned payload, the only bytes the signature covers.
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
  const verified = await verifySigstoreBundle(bundle, trust, {
    signer: policy,
    thresholds: options,
    payloadType: bundle.content.dsseEnvelope.payloadType,
  });
  return {
    identity: verified.identity,
    issuer: verified.issuer,
    mediaType: verified.mediaType,
    payloadType: verified.payloadType!,
    payload: verified.payload!,
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
