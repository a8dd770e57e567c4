/*
 * Sigstore bundles attached as referrers on the real registry (no referrers API: the fallback
 * tag index), in the layout cosign v3 and actions/attest write: found by artifactType and
 * predicate annotation, the bundle read back byte for byte, and attaching again writes nothing.
 */
import { OciClient } from '../../../src/core/oci/client.js';
import { OCI_INDEX, sha256Digest } from '../../../src/core/oci/media-types.js';
import { attachBundle, bundleReferrer, SIGSTORE_BUNDLE_V03 } from '../../../src/core/oci/bundle-referrer.js';
import { listReferrers } from '../../../src/core/oci/referrers.js';
import { testImage } from '../../helpers/oci-layout.js';
import { startOciRegistry } from '../../helpers/oci-registry.js';
import { useServer } from '../../helpers/servers.js';

const registry = useServer('registry', () => startOciRegistry());

describe('bundle referrers', () => {
  it('writes the layout cosign v3 and actions/attest use', () => {
    const subject = { mediaType: OCI_INDEX, digest: `sha256:${'a'.repeat(64)}`, size: 10 };
    const { bytes } = bundleReferrer({
      subject,
      bundle: Buffer.from('{"bundle":1}'),
      content: 'dsse-envelope',
      predicateType: 'https://slsa.dev/provenance/v1',
    });
    expect(JSON.parse(bytes.toString())).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: SIGSTORE_BUNDLE_V03,
      config: {
        mediaType: 'application/vnd.oci.empty.v1+json',
        digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
        size: 2,
      },
      layers: [
        { mediaType: SIGSTORE_BUNDLE_V03, digest: sha256Digest(Buffer.from('{"bundle":1}')), size: 12 },
      ],
      subject,
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1',
      },
    });
  });

  it('attaches two bundles to an image, finds each by its predicate, and reads each back', async () => {
    const client = new OciClient({ registry: registry.host });
    const image = testImage('bundles');
    for (const b of image.blobs) await client.pushBlob('team/app', b.bytes);
    for (const m of image.manifests) await client.putManifest('team/app', m.digest, m.bytes, m.mediaType);
    await client.putManifest('team/app', '1.0.0', image.index.bytes, OCI_INDEX);
    const subject = { mediaType: OCI_INDEX, digest: image.index.digest, size: image.index.bytes.length };
    const signature = Buffer.from('{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","sig":1}');
    const sbom = Buffer.from('{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","sbom":1}');
    const a = await attachBundle(
      client,
      'team/app',
      {
        subject,
        bundle: signature,
        content: 'dsse-envelope',
        predicateType: 'https://sigstore.dev/cosign/sign/v1',
      },
      { settleMs: 1 },
    );
    await attachBundle(
      client,
      'team/app',
      { subject, bundle: sbom, content: 'dsse-envelope', predicateType: 'https://spdx.dev/Document/v2.3' },
      { settleMs: 1 },
    );
    const found = await listReferrers(client, 'team/app', image.index.digest, SIGSTORE_BUNDLE_V03);
    expect(found.source).toBe('tag');
    const signed = found.descriptors.filter(
      (d) => d.annotations?.['dev.sigstore.bundle.predicateType'] === 'https://sigstore.dev/cosign/sign/v1',
    );
    expect(signed.map((d) => d.digest)).toEqual([a.digest]);
    const manifest = await client.requireManifest('team/app', a.digest);
    const layer = (manifest.json.layers as { digest: string }[])[0];
    expect((await client.getBlob('team/app', layer.digest)).equals(signature)).toBe(true);

    // Attaching the same bundle again: the same manifest digest, no index write.
    const again = await attachBundle(
      client,
      'team/app',
      {
        subject,
        bundle: signature,
        content: 'dsse-envelope',
        predicateType: 'https://sigstore.dev/cosign/sign/v1',
      },
      { settleMs: 1 },
    );
    expect(again).toEqual({ digest: a.digest, via: 'tag', indexWrites: 0 });
    expect((await listReferrers(client, 'team/app', image.index.digest)).descriptors).toHaveLength(2);
  });
});
