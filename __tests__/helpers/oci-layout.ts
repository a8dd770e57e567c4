/*
 * Images for the OCI tests, made without docker: a multi-arch index of small manifests, each with
 * its config and one layer, written as an OCI image layout (image-spec `image-layout.md`:
 * `oci-layout`, `index.json`, `blobs/sha256/<hex>`), so the same files could be read by skopeo.
 * The JSON is written the way the tests want it (`canonical: false` adds spaces and reorders
 * keys): the client must keep bytes as they are, whatever their form.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

export interface Blob {
  digest: string;
  bytes: Buffer;
  mediaType: string;
}

export interface TestImage {
  index: Blob;
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

/** An index of one manifest per platform (default amd64 and arm64), `seed` making the bytes unique. */
export function testImage(
  seed: string,
  options: { platforms?: string[]; canonical?: boolean } = {},
): TestImage {
  const canonical = options.canonical ?? true;
  const manifests: Blob[] = [];
  const blobs: Blob[] = [];
  const entries: Record<string, unknown>[] = [];
  for (const platform of options.platforms ?? ['linux/amd64', 'linux/arm64']) {
    const [os, architecture] = platform.split('/');
    const layer = blob(`layer of ${seed} for ${platform}\n`, 'application/vnd.oci.image.layer.v1.tar');
    const config = blob(
      JSON.stringify({ architecture, os, rootfs: { type: 'layers', diff_ids: [layer.digest] }, config: {} }),
      'application/vnd.oci.image.config.v1+json',
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
  }
  const index = blob(
    json({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries }, canonical),
    OCI_INDEX,
  );
  return { index, manifests, blobs };
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
