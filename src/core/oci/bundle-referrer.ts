/*
 * A Sigstore bundle attached to an image as an OCI referrer, in the layout cosign v3 and
 * actions/attest (through @sigstore/oci) write and `cosign verify` / `gh attestation verify` read
 * (the contract's "Container images"; the same shape is seen in the fallback indexes of real
 * images on GHCR): an image manifest whose `artifactType` is the bundle's media type, whose
 * config is the empty descriptor (`application/vnd.oci.empty.v1+json`, `{}`), whose one layer is
 * the bundle, whose `subject` is the image, with the annotations `dev.sigstore.bundle.content`
 * and `dev.sigstore.bundle.predicateType` (and `org.opencontainers.image.created` when a time is
 * given). The annotations are copied into the fallback index's descriptor, so a reader can pick
 * the predicate it wants without fetching every referrer.
 */
import type { OciClient } from './client.js';
import { OciError } from './errors.js';
import {
  type Descriptor,
  OCI_EMPTY_CONFIG,
  OCI_MANIFEST,
  SHA256_DIGEST,
  sha256Digest,
} from './media-types.js';
import { type Attached, attachReferrer } from './referrers.js';

/** The media type of a v0.3 Sigstore bundle, and the referrer's `artifactType`. */
export const SIGSTORE_BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** The empty JSON blob of the image spec's "Guidance for an Empty Descriptor". */
export const EMPTY_JSON = Buffer.from('{}');

/** What a bundle referrer holds. */
export interface BundleReferrerInput {
  /** The image the bundle is about (its index or manifest descriptor). */
  subject: Pick<Descriptor, 'mediaType' | 'digest' | 'size'>;
  /** The bundle's JSON bytes, as signed. */
  bundle: Uint8Array;
  /** `dsse-envelope` for an attestation (also the cosign v3 signature), `message-signature` otherwise. */
  content: 'dsse-envelope' | 'message-signature';
  /** The in-toto predicate type (`https://sigstore.dev/cosign/sign/v1`, `https://slsa.dev/provenance/v1`…). */
  predicateType: string;
  /** The bundle's media type (default v0.3). */
  bundleMediaType?: string;
  /**
   * `org.opencontainers.image.created` (RFC 3339). Omitted when not given: the same bundle then
   * always makes the same manifest, so attaching it again writes nothing new.
   */
  created?: string;
}

/** The referrer manifest's exact bytes. */
export function bundleReferrer(input: BundleReferrerInput): { bytes: Buffer; mediaType: string } {
  if (!SHA256_DIGEST.test(input.subject.digest))
    throw new OciError(
      'BAD_REFERENCE',
      `the bundle's subject ${input.subject.digest} is not a sha256 digest`,
    );
  const type = input.bundleMediaType ?? SIGSTORE_BUNDLE_V03;
  const annotations: Record<string, string> = {
    'dev.sigstore.bundle.content': input.content,
    'dev.sigstore.bundle.predicateType': input.predicateType,
  };
  if (input.created !== undefined) annotations['org.opencontainers.image.created'] = input.created;
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: type,
    config: { mediaType: OCI_EMPTY_CONFIG, digest: sha256Digest(EMPTY_JSON), size: EMPTY_JSON.length },
    layers: [{ mediaType: type, digest: sha256Digest(input.bundle), size: input.bundle.length }],
    subject: { mediaType: input.subject.mediaType, digest: input.subject.digest, size: input.subject.size },
    annotations,
  };
  return { bytes: Buffer.from(JSON.stringify(manifest)), mediaType: OCI_MANIFEST };
}

/**
 * Pushes the bundle and the empty config as blobs, then attaches the referrer manifest (through
 * the referrers API, or the fallback tag index, re-read until it holds it).
 */
export async function attachBundle(
  client: OciClient,
  repository: string,
  input: BundleReferrerInput,
  options: { tries?: number; settleMs?: number } = {},
): Promise<Attached> {
  await client.pushBlob(repository, EMPTY_JSON);
  await client.pushBlob(repository, input.bundle);
  return attachReferrer(client, repository, input.subject.digest, bundleReferrer(input), options);
}
