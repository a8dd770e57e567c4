/*
 * The Sigstore emulator's certificates carry the GitHub extensions Fulcio fills from the token's
 * claims (Fulcio's docs/oid-info.md: .9 to .21 under 1.3.6.1.4.1.57264.1, each a DER UTF8String),
 * so verify-attestation checks real extensions; core's reader (github-extensions.ts) reads them.
 */
import { X509Certificate } from '@sigstore/core';
import { readGitHubExtensions, GITHUB_EXTENSION_OIDS } from '../../src/core/sigstore/github-extensions.js';
import { SigningSession, staticIdentityProvider } from '../../src/core/sigstore/index.js';
import { startSigstore } from '../../src/emulator/sigstore/index.js';
import { useServer } from '../helpers/servers.js';

const sigstore = useServer('sigstore', startSigstore);

async function certificateFor(claims: Record<string, unknown> = {}): Promise<X509Certificate> {
  const session = new SigningSession(
    { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
    staticIdentityProvider(sigstore.issueToken(claims)),
  );
  const bundle = await session.signDsse(Buffer.from('{}'), 'application/vnd.in-toto+json');
  const raw = (bundle.verificationMaterial as { certificate: { rawBytes: string } }).certificate.rawBytes;
  return X509Certificate.parse(Buffer.from(raw, 'base64'));
}

describe('Sigstore emulator: GitHub extensions in the certificates', () => {
  it("fills each from the token's claims, as Fulcio maps them", async () => {
    const sha = 'fedcba9876543210fedcba9876543210fedcba98';
    const cert = await certificateFor({
      sha,
      ref: 'refs/tags/v9.9.9',
      runner_environment: 'self-hosted',
      job_workflow_ref: 'octo-org/shared/.github/workflows/build.yml@refs/heads/main',
      run_id: '77',
      run_attempt: '2',
    });
    expect(readGitHubExtensions(cert)).toEqual({
      buildSignerUri: 'https://github.com/octo-org/shared/.github/workflows/build.yml@refs/heads/main',
      buildSignerDigest: '0123456789abcdef0123456789abcdef01234567',
      runnerEnvironment: 'self-hosted',
      sourceRepositoryUri: 'https://github.com/octo-org/octo-repo',
      sourceRepositoryDigest: sha,
      sourceRepositoryRef: 'refs/tags/v9.9.9',
      sourceRepositoryOwnerUri: 'https://github.com/octo-org',
      buildConfigUri: 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3',
      buildTrigger: 'push',
      runInvocationUri: 'https://github.com/octo-org/octo-repo/actions/runs/77/attempts/2',
    });
  });

  it('encodes each as a DER UTF8String (tag 0x0C) inside the extension value', async () => {
    const cert = await certificateFor();
    for (const oid of Object.values(GITHUB_EXTENSION_OIDS)) {
      const ext = cert.extensions.find((e) => e.subs[0]?.toOID() === oid);
      expect({ oid, tag: ext?.subs[ext.subs.length - 1].subs[0]?.tag.number }).toEqual({ oid, tag: 12 });
    }
  });

  it('refuses an extension that is not a UTF8String, rather than guessing its text', async () => {
    const der = Buffer.from((await certificateFor()).root.toDER());
    // The runner environment's OID (1.3.6.1.4.1.57264.1.11), then OCTET STRING { UTF8String }.
    const oid = Buffer.from('060a2b0601040183bf30010b', 'hex');
    const at = der.indexOf(oid) + oid.length;
    expect(der[at]).toBe(0x04);
    expect(der[at + 2]).toBe(0x0c);
    der[at + 2] = 0x13; // PrintableString
    expect(() => readGitHubExtensions(X509Certificate.parse(der))).toThrow(
      "the certificate's runnerEnvironment (1.3.6.1.4.1.57264.1.11) extension is not a UTF8String",
    );
  });
});
