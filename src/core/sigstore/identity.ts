import { X509Certificate, type ASN1Obj } from '@sigstore/core';
import { BaseError, InternalError, quote } from '../errors.js';

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

/** Who must have signed: an exact identity or a pattern, and the OIDC issuer. */
export interface IdentityPolicy {
  /** The whole SAN, compared byte for byte. */
  identity?: string;
  /** Matched against the whole SAN, as if written `^(?:pattern)$` (see {@link wholeMatch}). */
  identityRegExp?: RegExp;
  /** The OIDC issuer, compared byte for byte. */
  issuer: string;
}

/** The identity a Fulcio certificate carries, as text (UTF-8) and as the certificate's bytes. */
export interface CertificateIdentity {
  san: string;
  sanBytes: Buffer;
  issuer: string;
  issuerBytes: Buffer;
}

/** A certificate that does not name exactly one signer, or names another one than expected. */
export class IdentityMismatchError extends BaseError<'UNTRUSTED_SIGNER_ERROR'> {
  constructor(message: string) {
    // Same code as @sigstore/verify's policy errors, so callers can treat both alike.
    super('UNTRUSTED_SIGNER_ERROR', message);
    this.name = 'IdentityMismatchError';
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function utf8(bytes: Buffer, what: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // Not text we can compare or show faithfully: refuse rather than guess.
    throw new IdentityMismatchError(`the certificate's ${what} is not valid UTF-8`);
  }
}

function extensionsWithOid(cert: X509Certificate, oid: string): ASN1Obj[] {
  return cert.extensions.filter((ext) => ext.subs[0]?.toOID() === oid);
}

/** The extnValue OCTET STRING of the one extension with this OID; two of them is malformed. */
function singleExtensionValue(cert: X509Certificate, oid: string, what: string): ASN1Obj | undefined {
  const found = extensionsWithOid(cert, oid);
  if (found.length > 1)
    throw new IdentityMismatchError(`the certificate has ${found.length} ${what} extensions`);
  if (found.length === 0) return undefined;
  const ext = found[0];
  return ext.subs[ext.subs.length - 1];
}

/**
 * Reads the signer's identity from a Fulcio leaf certificate: its only subject alternative name
 * (a URI, as for GitHub Actions, or an e-mail address), and its OIDC issuer. Fails closed on
 * anything else: no SAN or several, another kind of name, no issuer, or the two issuer
 * extensions disagreeing.
 */
export function readCertificateIdentity(cert: X509Certificate): CertificateIdentity {
  const san = singleExtensionValue(cert, OID_SUBJECT_ALT_NAME, 'subject alternative name');
  const names = san?.subs[0]?.subs ?? [];
  // One certificate, one signer: Fulcio writes exactly one name. With several, "the SAN" would
  // be whichever a verifier happens to read first.
  if (names.length !== 1) {
    throw new IdentityMismatchError(
      `the certificate has ${names.length} subject alternative names; exactly one is required`,
    );
  }
  const name = names[0];
  if (!name.tag.isContextSpecific(GENERAL_NAME_URI) && !name.tag.isContextSpecific(GENERAL_NAME_EMAIL)) {
    throw new IdentityMismatchError('the certificate names its signer neither by URI nor by e-mail address');
  }
  const sanBytes = Buffer.from(name.value);

  const v2 = singleExtensionValue(cert, OID_FULCIO_ISSUER_V2, 'OIDC issuer (v2)');
  const v1 = singleExtensionValue(cert, OID_FULCIO_ISSUER_V1, 'OIDC issuer (v1)');
  let issuerBytes: Buffer | undefined;
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
  if (!issuerBytes) throw new IdentityMismatchError('the certificate names no OIDC issuer');
  return {
    san: utf8(sanBytes, 'subject alternative name'),
    sanBytes,
    issuer: utf8(issuerBytes, 'OIDC issuer'),
    issuerBytes,
  };
}

/** {@link readCertificateIdentity} for a PEM or DER certificate (e.g. the one Fulcio just issued). */
export function certificateIdentityOf(certificate: string | Uint8Array): CertificateIdentity {
  return readCertificateIdentity(
    X509Certificate.parse(typeof certificate === 'string' ? certificate : Buffer.from(certificate)),
  );
}

/**
 * The pattern matched against the whole value: `^(?:pattern)$`. The source compiled on its own,
 * so its parentheses are balanced and it cannot close the group early. `g` and `y` are dropped
 * (they make `test` stateful) and so is `m` (it would let `^`/`$` match at a line break inside
 * the value, i.e. against a part of it).
 */
export function wholeMatch(pattern: RegExp): RegExp {
  const flags = pattern.flags.replace(/[gym]/g, '');
  return new RegExp(`^(?:${pattern.source})$`, flags);
}

function sameBytes(actual: Buffer, expected: string): boolean {
  // A string with a lone surrogate has no UTF-8 form; Buffer.from would turn it into U+FFFD.
  const bytes = Buffer.from(expected, 'utf8');
  return bytes.toString('utf8') === expected && actual.equals(bytes);
}

/**
 * Checks a certificate's identity against the policy: the SAN byte for byte equal to
 * `identity`, or matching `identityRegExp` as a whole; the issuer byte for byte equal.
 * Throws {@link IdentityMismatchError} naming what was found and what was expected.
 */
export function checkIdentity(found: CertificateIdentity, policy: IdentityPolicy): void {
  if ((policy.identity === undefined) === (policy.identityRegExp === undefined)) {
    // The inputs refuse both and neither: reaching here is a caller's bug.
    throw new InternalError('give exactly one of an identity and an identity pattern');
  }
  if (policy.identity !== undefined) {
    if (!sameBytes(found.sanBytes, policy.identity)) {
      throw new IdentityMismatchError(
        `certificate identity is ${quote(found.san, SHOWN)}, expected exactly ${quote(policy.identity, SHOWN)}`,
      );
    }
  } else {
    const whole = wholeMatch(policy.identityRegExp!);
    if (!whole.test(found.san)) {
      throw new IdentityMismatchError(
        `certificate identity ${quote(found.san, SHOWN)} does not match the whole pattern ${whole.source}`,
      );
    }
  }
  if (!sameBytes(found.issuerBytes, policy.issuer)) {
    throw new IdentityMismatchError(
      `certificate OIDC issuer is ${quote(found.issuer, SHOWN)}, expected exactly ${quote(policy.issuer, SHOWN)}`,
    );
  }
}
