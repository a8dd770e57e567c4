/*
 * bundle-checks.ts: the structural refusals made before verification, and the explanation of a
 * certificate failure, on real public-good bundles from sigstore-conformance (the copy in
 * __tests__/fixtures/sigstore-conformance/), verified against the embedded public-good root.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { explainCertificateFailure, structuralProblems } from '../../../src/core/sigstore/bundle-checks.js';
import { loadEmbeddedTrust } from '../../../src/core/sigstore/embedded-root.js';
import { verifySigstoreBundle } from '../../../src/core/sigstore/verify.js';
import { root } from '../../helpers/sigstore.js';

const suite = path.join(root, '__tests__/fixtures/sigstore-conformance/bundle-verify');
const IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';
const json = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(suite, name, 'bundle.sigstore.json'), 'utf8')) as {
    verificationMaterial: {
      x509CertificateChain: { certificates: { rawBytes: string }[] };
      tlogEntries: { inclusionProof?: { checkpoint?: unknown } }[];
    };
  };
const artifact = { file: path.join(suite, 'a.txt') };
const policy = { signer: { identity: IDENTITY, issuer: ISSUER }, artifact };

describe('structuralProblems', () => {
  it('finds none in a good v0.1 bundle, which verifies offline', async () => {
    const good = json('happy-path-v0.1');
    expect(structuralProblems(bundleFromJSON(good))).toEqual([]);
    await expect(
      verifySigstoreBundle(JSON.stringify(good), loadEmbeddedTrust().material, policy),
    ).resolves.toMatchObject({
      identity: IDENTITY,
    });
  });

  it('refuses the same bundle once its chain carries the root certificate', async () => {
    const good = json('happy-path-v0.1');
    const rootCert = json('bundle-with-root-cert_fail').verificationMaterial.x509CertificateChain
      .certificates[1];
    good.verificationMaterial.x509CertificateChain.certificates.push(rootCert);
    await expect(
      verifySigstoreBundle(JSON.stringify(good), loadEmbeddedTrust().material, policy),
    ).rejects.toMatchObject({
      code: 'BUNDLE_STRUCTURE',
      message: expect.stringContaining(
        'the certificate chain holds a self-signed root certificate (#2, O=sigstore.dev, CN=sigstore)',
      ),
    });
  });

  it('refuses an inclusion proof whose checkpoint was removed, naming the entry', async () => {
    const good = json('happy-path-v0.1');
    delete good.verificationMaterial.tlogEntries[0].inclusionProof!.checkpoint;
    await expect(
      verifySigstoreBundle(JSON.stringify(good), loadEmbeddedTrust().material, policy),
    ).rejects.toMatchObject({
      code: 'BUNDLE_STRUCTURE',
      message: expect.stringContaining(
        'transparency log entry #1 has an inclusion proof without a checkpoint',
      ),
    });
  });
});

describe('explainCertificateFailure', () => {
  const late = bundleFromJSON(json('integrated-time-in-future_fail'));

  it('names an integrated time outside the certificate, and one in the future', () => {
    expect(explainCertificateFailure(late, new Date('2026-12-01T00:00:00Z'))).toContain(
      "integrated time 2026-05-07T15:34:11Z is outside the signing certificate's validity",
    );
    expect(explainCertificateFailure(late, new Date('2026-01-01T00:00:00Z'))).toBe(
      "transparency log entry #1's integrated time 2026-05-07T15:34:11Z is in the future (now 2026-01-01T00:00:00Z)",
    );
  });

  it('says nothing of a bundle logged while its certificate was valid', () => {
    expect(explainCertificateFailure(bundleFromJSON(json('happy-path-v0.3')))).toBeUndefined();
  });
});
