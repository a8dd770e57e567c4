/*
 * Images made without docker, for the tests, the rehearsal's stand-in for
 * docker/build-push-action and the image benches: a multi-arch index of small manifests, each
 * with its config and one layer, written as an OCI image layout (image-spec `image-layout.md`:
 * `oci-layout`, `index.json`, `blobs/sha256/<hex>`) that skopeo reads, and pushed by digest
 * with the core OCI client. The JSON is written the way the caller wants it (`canonical: false`
 * adds spaces and reorders keys): the client must keep bytes as they are, whatever their form.
 *
 * With `attestations`, each platform also gets the attestation manifest buildx adds by default
 * (`provenance: mode=min`), as Docker's "Image attestation storage" page describes it: an
 * image manifest in the same index, platform `unknown/unknown`, annotations
 * `vnd.docker.reference.type: attestation-manifest` and `vnd.docker.reference.digest` (the
 * platform manifest it is about), its layers in-toto statements (`application/vnd.in-toto+json`,
 * annotation `in-toto.io/predicate-type`). Verifiers that count platforms must skip them.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { OciClient } from '../../core/oci/client.js';

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar';

export interface Blob {
  digest: string;
  bytes: Buffer;
  mediaType: string;
}

export interface TestImage {
  index: Blob;
  /** The platform manifests, then the attestation manifests (when made). */
  manifests: Blob[];
  /** Configs and layers. */
  blobs: Blob[];
}

export function blob(bytes: Buffer | string, mediaType: string): Blob {
  const data = Buffer.from(bytes);
  return { digest: `sha256:${createHash('sha256').update(data).digest('hex')}`, bytes: data, mediaType };
}

const descriptor = (b: Blob, extra: Record<string, unknown> = {}) => ({
  mediaType: b.mediaType,
  digest: b.digest,
  size: b.bytes.length,
  ...extra,
});

/** JSON as written: compact, or with spaces and a key order no canonicaliser would pick. */
function json(value: Record<string, unknown>, canonical: boolean): Buffer {
  if (canonical) return Buffer.from(JSON.stringify(value));
  const reordered = Object.fromEntries(Object.entries(value).reverse());
  return Buffer.from(`${JSON.stringify(reordered, null, 3)}\n`);
}

export interface ImageOptions {
  /** `os/architecture`, one manifest each (default linux/amd64 and linux/arm64). */
  platforms?: string[];
  canonical?: boolean;
  /** The layer of a platform (default: a line naming the seed and the platform). */
  layer?: (platform: string) => Buffer;
  /** Add buildx's attestation manifests (`unknown/unknown`), one per platform. */
  attestations?: boolean;
}

/** An index of one manifest per platform, `seed` making the bytes unique. */
export function testImage(seed: string, options: ImageOptions = {}): TestImage {
  const canonical = options.canonical ?? true;
  const manifests: Blob[] = [];
  const blobs: Blob[] = [];
  const entries: Record<string, unknown>[] = [];
  const attestations: { manifest: Blob; entry: Record<string, unknown> }[] = [];
  for (const platform of options.platforms ?? ['linux/amd64', 'linux/arm64']) {
    const [os, architecture] = platform.split('/');
    const layer = blob(options.layer?.(platform) ?? `layer of ${seed} for ${platform}\n`, OCI_LAYER);
    const config = blob(
      JSON.stringify({ architecture, os, rootfs: { type: 'layers', diff_ids: [layer.digest] }, config: {} }),
      OCI_CONFIG,
    );
    const manifest = blob(
      json(
        {
          schemaVersion: 2,
          mediaType: OCI_MANIFEST,
          config: descriptor(config),
          layers: [descriptor(layer)],
        },
        canonical,
      ),
      OCI_MANIFEST,
    );
    blobs.push(config, layer);
    manifests.push(manifest);
    entries.push(descriptor(manifest, { platform: { architecture, os } }));
    if (options.attestations) attestations.push(attestationManifest(seed, manifest, blobs, canonical));
  }
  for (const a of attestations) {
    manifests.push(a.manifest);
    entries.push(a.entry);
  }
  const index = blob(
    json({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries }, canonical),
    OCI_INDEX,
  );
  return { index, manifests, blobs };
}

/** buildx's attestation manifest for one platform manifest (see the header). */
function attestationManifest(
  seed: string,
  subject: Blob,
  blobs: Blob[],
  canonical: boolean,
): { manifest: Blob; entry: Record<string, unknown> } {
  const predicateType = 'https://slsa.dev/provenance/v0.2';
  const statement = blob(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v0.1',
      predicateType,
      subject: [{ name: `pkg:docker/${seed}`, digest: { sha256: subject.digest.slice(7) } }],
      predicate: { buildType: 'https://mobyproject.org/buildkit@v1' },
    }),
    'application/vnd.in-toto+json',
  );
  const config = blob(
    JSON.stringify({ architecture: 'unknown', os: 'unknown', rootfs: { type: 'layers', diff_ids: [] } }),
    OCI_CONFIG,
  );
  blobs.push(config, statement);
  const manifest = blob(
    json(
      {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: descriptor(config),
        layers: [descriptor(statement, { annotations: { 'in-toto.io/predicate-type': predicateType } })],
      },
      canonical,
    ),
    OCI_MANIFEST,
  );
  const entry = descriptor(manifest, {
    annotations: {
      'vnd.docker.reference.digest': subject.digest,
      'vnd.docker.reference.type': 'attestation-manifest',
    },
    platform: { architecture: 'unknown', os: 'unknown' },
  });
  return { manifest, entry };
}

/** Writes the image as an OCI layout in `dir` (tagged `tag`), as buildx or skopeo would leave it. */
export function writeLayout(dir: string, image: TestImage, tag = 'latest'): void {
  fs.mkdirSync(path.join(dir, 'blobs/sha256'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  for (const b of [image.index, ...image.manifests, ...image.blobs])
    fs.writeFileSync(path.join(dir, 'blobs/sha256', b.digest.slice('sha256:'.length)), b.bytes);
  const top = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [descriptor(image.index, { annotations: { 'org.opencontainers.image.ref.name': tag } })],
  };
  fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify(top));
}

/** Reads a layout back: the image its `index.json` names first, every blob by digest. */
export function readLayout(dir: string): TestImage {
  const read = (digest: string, mediaType: string): Blob =>
    blob(fs.readFileSync(path.join(dir, 'blobs/sha256', digest.slice(7))), mediaType);
  const top = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as {
    manifests: { digest: string; mediaType: string }[];
  };
  const index = read(top.manifests[0].digest, top.manifests[0].mediaType);
  const manifests: Blob[] = [];
  const blobs: Blob[] = [];
  for (const m of (
    JSON.parse(index.bytes.toString()) as { manifests: { digest: string; mediaType: string }[] }
  ).manifests) {
    const manifest = read(m.digest, m.mediaType);
    manifests.push(manifest);
    const body = JSON.parse(manifest.bytes.toString()) as {
      config: { digest: string; mediaType: string };
      layers: { digest: string; mediaType: string }[];
    };
    for (const d of [body.config, ...body.layers]) blobs.push(read(d.digest, d.mediaType));
  }
  return { index, manifests, blobs };
}

/**
 * Pushes the image BY DIGEST (no tag): every blob, every manifest under its digest, then the
 * index under its digest, as `docker buildx build --output type=image,push-by-digest=true` does.
 * Returns the index digest.
 */
export async function pushImage(client: OciClient, repository: string, image: TestImage): Promise<string> {
  for (const b of image.blobs) await client.pushBlob(repository, b.bytes);
  for (const m of image.manifests) await client.putManifest(repository, m.digest, m.bytes, m.mediaType);
  const { digest } = await client.putManifest(repository, image.index.digest, image.index.bytes, OCI_INDEX);
  return digest;
}
