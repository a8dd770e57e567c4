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
import * as crypto from 'node:crypto';
import type { Bundle } from '@sigstore/bundle';
import { SignatureVerificationError } from './verify-artifact.js';

/** The certificates a bundle carries, leaf first. */
function certificatesOf(bundle: Bundle): Uint8Array[] {
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

function parse(raw: Uint8Array): crypto.X509Certificate | undefined {
  try {
    return new crypto.X509Certificate(Buffer.from(raw));
  } catch {
    return undefined;
  }
}

/** Self-signed: its subject is its issuer and its own key verifies its signature. */
function selfSigned(cert: crypto.X509Certificate): boolean {
  try {
    return cert.subject === cert.issuer && cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}

/**
 * Problems that make a bundle unverifiable whatever the trust, each naming the part of the bundle;
 * empty when there are none. Every problem is listed, not only the first.
 */
export function structuralProblems(bundle: Bundle): string[] {
  const problems: string[] = [];
  certificatesOf(bundle).forEach((raw, i) => {
    const cert = parse(raw);
    if (cert && selfSigned(cert)) {
      problems.push(
        `the certificate chain holds a self-signed root certificate (#${i + 1}, ${cert.subject.replace(/\n/g, ', ')}); ` +
          'a bundle must not carry its own trust anchor: the root comes from the trusted root only',
      );
    }
  });
  bundle.verificationMaterial.tlogEntries.forEach((entry, i) => {
    if (entry.inclusionProof && !entry.inclusionProof.checkpoint?.envelope) {
      problems.push(
        `transparency log entry #${i + 1} has an inclusion proof without a checkpoint (as v0.1 bundles made before ` +
          'checkpoints were), so the proof cannot be tied to a signed log state',
      );
    }
  });
  return problems;
}

const iso = (d: Date) => d.toISOString().replace('.000Z', 'Z');

/**
 * Why a certificate failed to verify, when the bundle shows it: a transparency log entry's
 * integrated time in the future (`now`) or outside the leaf certificate's validity. Undefined
 * when none of these holds (the library's own words are then all there is).
 */
export function explainCertificateFailure(bundle: Bundle, now: Date = new Date()): string | undefined {
  const leaf = certificatesOf(bundle)[0];
  const cert = leaf && parse(leaf);
  if (!cert) return undefined;
  const from = cert.validFromDate;
  const to = cert.validToDate;
  for (const [i, entry] of bundle.verificationMaterial.tlogEntries.entries()) {
    const seconds = Number(entry.integratedTime);
    if (!Number.isFinite(seconds) || seconds <= 0) continue;
    const at = new Date(seconds * 1000);
    const where = `transparency log entry #${i + 1}'s integrated time ${iso(at)}`;
    if (at > now) return `${where} is in the future (now ${iso(now)})`;
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
export function refuseMalformed(bundle: Bundle): void {
  const problems = structuralProblems(bundle);
  if (problems.length > 0) {
    throw new SignatureVerificationError(
      `BUNDLE_STRUCTURE: the bundle cannot be verified: ${problems.join('; ')}`,
      'BUNDLE_STRUCTURE',
    );
  }
}

/** A verifier's CERTIFICATE_ERROR with {@link explainCertificateFailure}'s reason added, when there is one. */
export function explained(error: unknown, bundle: Bundle): unknown {
  if (!(error instanceof SignatureVerificationError) || error.code !== 'CERTIFICATE_ERROR') return error;
  const why = explainCertificateFailure(bundle);
  return why === undefined
    ? error
    : new SignatureVerificationError(`${error.message}: ${why}`, 'CERTIFICATE_ERROR');
}
