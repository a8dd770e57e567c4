/*
 * The platforms of an image: the manifests an index lists, by `os/architecture[/variant]`
 * (image-spec `image-index.md`, the `platform` property). BuildKit adds attestation manifests to
 * the index under the platform `unknown/unknown` (with the annotation
 * `vnd.docker.reference.type: attestation-manifest`); they are not platforms of the image, and
 * the contract's `platforms` check ignores them.
 */
import type { Manifest } from './client.js';
import { quote } from '../quote.js';
import { OciError } from './errors.js';
import { type Descriptor, isIndexType, MANIFEST_TYPES, SHA256_DIGEST } from './media-types.js';

/** An image's manifests by platform, and the entries that are not images (attestations). */
export interface ImagePlatforms {
  /** `linux/amd64`, `linux/arm64/v8` → the manifest's descriptor. */
  platforms: Map<string, Descriptor>;
  /** `unknown/unknown` entries and entries without a platform. */
  others: Descriptor[];
}

/**
 * The platforms an index lists, each child checked to be a manifest descriptor with a sha256
 * digest; a platform listed twice is refused (which one would `docker pull` take?). A single
 * manifest (not an index) has no platform list: `platforms` is empty and the manifest is the
 * image.
 */
export function imagePlatforms(manifest: Manifest): ImagePlatforms {
  const out: ImagePlatforms = { platforms: new Map(), others: [] };
  if (!isIndexType(manifest.mediaType)) return out;
  const what = `the index ${manifest.digest}`;
  const children = manifest.json.manifests;
  if (!Array.isArray(children)) throw new OciError('BAD_ANSWER', `${what} has no "manifests" list`);
  children.forEach((child: unknown, i) => {
    const d = child as Partial<Descriptor> | null;
    if (
      !d ||
      typeof d.mediaType !== 'string' ||
      !MANIFEST_TYPES.includes(d.mediaType) ||
      typeof d.digest !== 'string' ||
      !SHA256_DIGEST.test(d.digest) ||
      typeof d.size !== 'number'
    )
      throw new OciError(
        'BAD_ANSWER',
        `${what}: manifests[${i}] is not a manifest descriptor with a sha256 digest and size`,
      );
    const p = d.platform;
    if (!p || typeof p.os !== 'string' || typeof p.architecture !== 'string' || p.os === 'unknown') {
      out.others.push(d as Descriptor);
      return;
    }
    const name = [
      p.os,
      p.architecture,
      ...(typeof p.variant === 'string' && p.variant ? [p.variant] : []),
    ].join('/');
    if (out.platforms.has(name))
      throw new OciError('BAD_ANSWER', `${what} lists the platform ${quote(name)} twice`);
    out.platforms.set(name, d as Descriptor);
  });
  return out;
}
