/*
 * The platforms of an index: by os/architecture[/variant], BuildKit's attestation entries set
 * apart, a platform listed twice or a child that is not a manifest descriptor refused.
 */
import type { Manifest } from '../../../src/core/oci/client.js';
import { imagePlatforms } from '../../../src/core/oci/image-index.js';
import { OCI_INDEX, OCI_MANIFEST } from '../../../src/core/oci/media-types.js';
import { testImage } from '../../helpers/oci-layout.js';

const digest = (c: string) => `sha256:${c.repeat(64)}`;
const index = (manifests: unknown[]): Manifest => {
  const json = { schemaVersion: 2, mediaType: OCI_INDEX, manifests };
  return { digest: digest('f'), mediaType: OCI_INDEX, bytes: Buffer.from(JSON.stringify(json)), json };
};

describe('imagePlatforms', () => {
  it('lists the platforms of the test image', () => {
    const image = testImage('platforms');
    const json = JSON.parse(image.index.bytes.toString()) as Record<string, unknown>;
    const found = imagePlatforms({
      digest: image.index.digest,
      mediaType: OCI_INDEX,
      bytes: image.index.bytes,
      json,
    });
    expect([...found.platforms.keys()]).toEqual(['linux/amd64', 'linux/arm64']);
    expect(found.platforms.get('linux/arm64')?.digest).toBe(image.manifests[1].digest);
  });

  it('sets BuildKit attestation entries apart and keeps variants', () => {
    const found = imagePlatforms(
      index([
        {
          mediaType: OCI_MANIFEST,
          digest: digest('a'),
          size: 1,
          platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
        },
        {
          mediaType: OCI_MANIFEST,
          digest: digest('b'),
          size: 1,
          platform: { os: 'unknown', architecture: 'unknown' },
          annotations: {
            'vnd.docker.reference.type': 'attestation-manifest',
            'vnd.docker.reference.digest': digest('a'),
          },
        },
      ]),
    );
    expect([...found.platforms.keys()]).toEqual(['linux/arm64/v8']);
    expect(found.others.map((d) => d.digest)).toEqual([digest('b')]);
  });

  it('refuses a platform listed twice and a child that is not a manifest descriptor', () => {
    const amd64 = { os: 'linux', architecture: 'amd64' };
    expect(() =>
      imagePlatforms(
        index([
          { mediaType: OCI_MANIFEST, digest: digest('a'), size: 1, platform: amd64 },
          { mediaType: OCI_MANIFEST, digest: digest('b'), size: 1, platform: amd64 },
        ]),
      ),
    ).toThrow('lists the platform "linux/amd64" twice');
    expect(() => imagePlatforms(index([{ mediaType: 'text/plain', digest: digest('a'), size: 1 }]))).toThrow(
      'manifests[0] is not a manifest descriptor',
    );
    expect(() =>
      imagePlatforms(index([{ mediaType: OCI_MANIFEST, digest: 'sha256:short', size: 1 }])),
    ).toThrow('manifests[0] is not a manifest descriptor');
  });

  it('gives a single manifest no platform list', () => {
    const image = testImage('single');
    const m = image.manifests[0];
    expect(
      imagePlatforms({
        digest: m.digest,
        mediaType: OCI_MANIFEST,
        bytes: m.bytes,
        json: JSON.parse(m.bytes.toString()),
      }),
    ).toEqual({ platforms: new Map(), others: [] });
  });
});
