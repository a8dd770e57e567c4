/*
 * Evidence written by another tool: `@sigstore/oci` 0.7.2's `attachArtifactToImage`, the writer
 * actions/attest uses (with `mediaType: bundle.mediaType` and the annotations
 * `dev.sigstore.bundle.content` / `dev.sigstore.bundle.predicateType`, as its attest code passes
 * them), on the real registry with token auth (it fails when given credentials for a registry
 * without auth; TOOLCHAIN.md). verifyImageEvidence must find its bundles through the fallback tag
 * index and verify them, with and without the predicate annotation (cosign's own fallback write
 * drops the annotations, so a reader that needs them would miss evidence).
 */
import { attachArtifactToImage } from '@sigstore/oci';
import { verifyImageEvidence } from '../../../src/core/image/evidence.js';
import { OciClient } from '../../../src/core/oci/client.js';
import { startSigstore } from '../../../src/emulator/sigstore/index.js';
import { startOciRegistry } from '../../helpers/oci-registry.js';
import { useServer } from '../../helpers/servers.js';
import {
  COMMIT,
  emulatorTrust,
  newReport,
  policy,
  provenance,
  pushImage,
  session,
  SIGN,
  signStatement,
  SLSA,
  SPDX,
  spdx,
} from './fixture.js';

const credentials = { username: 'releaser', password: 'secret-pass' };
const registry = useServer('registry', () =>
  startOciRegistry({ users: { releaser: credentials.password }, grants: { releaser: ['*'] } }),
);
const sigstore = useServer('sigstore', () => startSigstore());

/** The same signed content in a v0.2 bundle: only the envelope of the certificate changes. */
function toV02(v03: Buffer): Buffer {
  const bundle = JSON.parse(v03.toString()) as {
    mediaType: string;
    verificationMaterial: { certificate?: unknown; x509CertificateChain?: unknown };
  };
  bundle.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
  bundle.verificationMaterial.x509CertificateChain = {
    certificates: [bundle.verificationMaterial.certificate],
  };
  delete bundle.verificationMaterial.certificate;
  return Buffer.from(JSON.stringify(bundle));
}

describe('bundles attached by @sigstore/oci', () => {
  it('are found through the tag index and verified, annotated or not', async () => {
    const client = new OciClient({ registry: registry.host, credentials });
    const image = await pushImage(client, 'team/attested', 'sigstore-oci');
    const digest = image.index.digest;
    const signer = session(sigstore);
    const attach = async (bundle: Buffer, predicateType: string | undefined) =>
      attachArtifactToImage({
        credentials,
        imageName: `${registry.host}/team/attested`,
        imageDigest: digest,
        artifact: bundle,
        mediaType: (JSON.parse(bundle.toString()) as { mediaType: string }).mediaType,
        ...(predicateType
          ? {
              annotations: {
                'dev.sigstore.bundle.content': 'dsse-envelope',
                'dev.sigstore.bundle.predicateType': predicateType,
              },
            }
          : {}),
      });
    await attach(await signStatement(signer, digest, SIGN), SIGN);
    await attach(await signStatement(signer, digest, SPDX, spdx(2)), SPDX);
    // No annotation: the reader fetches the referrer and reads the statement to know its kind.
    // And a v0.2 bundle (sigstore-js wrote them before v0.3: the leaf in a one-certificate
    // `x509CertificateChain`), so the artifactType is `…bundle+json;version=0.2`.
    await attach(toV02(await signStatement(signer, digest, SLSA, provenance())), undefined);

    const report = newReport();
    const result = await verifyImageEvidence(
      client,
      'team/attested',
      digest,
      policy(sigstore, emulatorTrust(sigstore), { commit: COMMIT }),
      report,
    );
    expect(result.problems).toEqual([]);
    expect(result.verified.map((v) => [v.kind, v['found-by']])).toEqual([
      ['signature', 'tag-index'],
      ['sbom', 'tag-index'],
      ['provenance', 'tag-index'],
    ]);
    expect(report.ok).toBe(true);
    const index = await client.requireManifest('team/attested', `sha256-${digest.slice(7)}`);
    expect((index.json.manifests as { artifactType: string }[]).map((m) => m.artifactType)).toContain(
      'application/vnd.dev.sigstore.bundle+json;version=0.2',
    );
  });
});
