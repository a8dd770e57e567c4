/*
 * The media types and digests of the OCI image and distribution specifications (image-spec
 * `media-types.md`, `descriptor.md`; distribution-spec `spec.md`), and Docker's two manifest
 * types (distribution's `manifest/schema2` and `manifest/manifestlist` packages).
 */
import { createHash } from 'node:crypto';

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const OCI_EMPTY_CONFIG = 'application/vnd.oci.empty.v1+json';

/**
 * Every manifest type the client reads, sent whole in `Accept`: distribution 2.8 answers 404 for
 * an index asked for without its type (or with `*\/*`), as tried against it here.
 */
export const MANIFEST_TYPES: readonly string[] = [OCI_INDEX, OCI_MANIFEST, DOCKER_LIST, DOCKER_MANIFEST];

/** Whether a media type is an index (a list of manifests) rather than a single manifest. */
export function isIndexType(mediaType: string): boolean {
  return mediaType === OCI_INDEX || mediaType === DOCKER_LIST;
}

/** `sha256:<64 lowercase hex>`, the only digest the client accepts (image-spec `descriptor.md`, "Digests"). */
export const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;

/** `sha256:<hex>` of the bytes exactly as they are. */
export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** An OCI content descriptor (image-spec `descriptor.md`). */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
  platform?: { architecture: string; os: string; variant?: string; 'os.version'?: string };
}
