/*
 * What a Fulcio certificate says about the GitHub Actions run it was issued to: the extensions
 * Fulcio fills from the OIDC token's claims.
 *
 * Source: Fulcio's docs/oid-info.md (sigstore/fulcio): under 1.3.6.1.4.1.57264.1, the extensions
 * .8 to .22 are "DER-encoded strings; the ASN.1 tag is UTF8String (0x0C) and the tag class is
 * universal" (.1 to .6 are the deprecated raw strings, not read here), and its table maps GitHub's
 * claims to them: Build Signer URI (.9) = server URL + `job_workflow_ref`, Build Signer Digest
 * (.10) = `job_workflow_sha`, Runner Environment (.11) = `runner_environment`, Source Repository
 * URI (.12) = server URL + `repository`, Source Repository Digest (.13) = `sha`, Source Repository
 * Ref (.14) = `ref`, Source Repository Owner URI (.16) = server URL + `repository_owner`, Build
 * Config URI (.18) = server URL + `workflow_ref`, Build Trigger (.20) = `event_name`, Run
 * Invocation URI (.21) = server URL + `repository`/actions/runs/`run_id`/attempts/`run_attempt`.
 *
 * Read as raw bytes and decoded as strict UTF-8, like the SAN (identity.ts): an extension given
 * twice, or that is not a UTF8String, makes the certificate unreadable rather than guessed at.
 */
import type { X509Certificate } from '@sigstore/core';
import { BaseError } from '../errors.js';

/** The extensions read, by name, with their OIDs. */
export const GITHUB_EXTENSION_OIDS = {
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  runInvocationUri: '1.3.6.1.4.1.57264.1.21',
} as const;

export type GitHubExtensionName = keyof typeof GITHUB_EXTENSION_OIDS;

/** The extensions a certificate carries (an absent one is undefined: the caller's check decides). */
export type GitHubExtensions = Partial<Record<GitHubExtensionName, string>>;

/** A certificate whose GitHub extensions cannot be read faithfully (`BAD_EXTENSION`). */
export class CertificateExtensionError extends BaseError<'BAD_EXTENSION'> {
  constructor(message: string) {
    super('BAD_EXTENSION', message);
    this.name = 'CertificateExtensionError';
  }
}

const UNIVERSAL_UTF8_STRING = 12;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads the GitHub extensions of a (verified) Fulcio leaf certificate. */
export function readGitHubExtensions(cert: X509Certificate): GitHubExtensions {
  const out: GitHubExtensions = {};
  for (const [name, oid] of Object.entries(GITHUB_EXTENSION_OIDS) as [GitHubExtensionName, string][]) {
    const found = cert.extensions.filter((ext) => ext.subs[0]?.toOID() === oid);
    if (found.length === 0) continue;
    if (found.length > 1) {
      throw new CertificateExtensionError(`the certificate has ${found.length} ${name} (${oid}) extensions`);
    }
    // extnValue is the last element (after the optional `critical`): an OCTET STRING holding the DER.
    const value = found[0].subs[found[0].subs.length - 1]?.subs[0];
    if (!value || !value.tag.isUniversal() || value.tag.number !== UNIVERSAL_UTF8_STRING) {
      throw new CertificateExtensionError(`the certificate's ${name} (${oid}) extension is not a UTF8String`);
    }
    try {
      out[name] = strictUtf8.decode(value.value);
    } catch {
      throw new CertificateExtensionError(`the certificate's ${name} (${oid}) extension is not valid UTF-8`);
    }
  }
  return out;
}
