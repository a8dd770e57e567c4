/*
 * Signing and attesting an image digest: the one sequence behind sigstore-sign `images`,
 * sbom-attach `image` and attest-provenance `images` (the contract's "Container images").
 *
 * 1. The subject: the manifest (or index) is fetched once, by digest; the client checks that the
 *    bytes hash to it (an unknown digest stops here: nothing is signed or written). Its media
 *    type and size make the referrer's `subject` descriptor.
 * 2. The statement: in-toto v1 with ONE subject `{name: "REGISTRY/NAME", digest: {sha256}}`,
 *    the name actions/attest gives an image (its README: "the fully-qualified image name …
 *    Do NOT include a tag"; src/attest.ts pushes with `subject.name` as the image name).
 * 3. Kept: a referrer already attached for this digest whose bundle verifies for the exact
 *    identity and issuer and carries exactly this statement is kept, and nothing is signed or
 *    written (a re-run changes nothing: a fresh signature would make a second referrer).
 * 4. Otherwise the statement is signed with the run's one SigningSession (`signDsse`, payload
 *    type `application/vnd.in-toto+json`), verified at once through `verifySigstoreBundle` (the
 *    exact SAN and issuer, the payload type, the digest among the subjects, and the payload the
 *    bytes built here), and attached with `attachBundle` in the layout cosign v3 and actions/attest
 *    write (core/oci/bundle-referrer.ts), without `org.opencontainers.image.created`: both
 *    writers add one (cosign pkg/oci/remote/write.go WriteAttestationNewBundleFormat,
 *    @sigstore/oci image.js), which would make every attach of the same bundle a new manifest.
 */
import type { SerializedBundle } from '@sigstore/bundle';
import { BaseError } from '../errors.js';
import { IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_V1 } from '../intoto.js';
import { attachBundle, SIGSTORE_BUNDLE_V03 } from '../oci/bundle-referrer.js';
import type { OciClient } from '../oci/client.js';
import { OciError } from '../oci/errors.js';
import { SHA256_DIGEST, sha256Digest } from '../oci/media-types.js';
import { formatReference } from '../oci/reference.js';
import { listReferrers } from '../oci/referrers.js';
import type { IdentityPolicy } from '../sigstore/identity.js';
import type { LoadedTrust } from '../sigstore/trust.js';
import { verifySigstoreBundle } from '../sigstore/verify.js';
import type { ImageDigestReference } from './attest-inputs.js';

/**
 * The predicate type of a cosign v3 image signature (cosign `pkg/types/predicate.go`
 * CosignSignPredicateType). cosign v3's `signDigestBundle` (cmd/cosign/cli/sign/sign.go) signs an
 * in-toto v1 statement of this type whose predicate is the empty object and whose one subject is
 * the digest (cosign writes no subject name; we add the image's, as actions/attest does).
 */
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';

/** The annotation of a bundle referrer that names its predicate type (read by cosign and `gh`). */
const PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType';

/**
 * Why an image could not be attested:
 * - `UNKNOWN_DIGEST`: the registry has no manifest under the digest (nothing was signed or written);
 * - `STATEMENT_MISMATCH`: the freshly signed bundle verifies but does not carry the statement built
 *   here (nothing was attached).
 */
export class ImageAttestationError extends BaseError<'UNKNOWN_DIGEST' | 'STATEMENT_MISMATCH'> {}

/** The statement's predicate: its type and body. */
export interface ImagePredicate {
  type: string;
  predicate: Record<string, unknown>;
}

export interface AttestImageClients {
  /** The registry's client (one per registry, with its credentials). */
  registry: OciClient;
  /** The run's one signing session's DSSE signer. */
  signDsse(payload: Buffer, payloadType: string): Promise<SerializedBundle>;
  trust(): Promise<LoadedTrust>;
}

/** What was attached (or kept) for one image. */
export interface ImageAttestation {
  /** `REGISTRY/NAME@sha256:…`. */
  image: string;
  /** The sha256 of the bundle's JSON bytes (the referrer's one layer). */
  bundleDigest: string;
  /** The referrer manifest's digest. */
  referrerDigest: string;
  /** How it is found: the registry's referrers API or the `sha256-<hex>` tag index. */
  via: 'api' | 'tag';
  /** `attached` now, or `kept`: an equal statement for the same signer was already there. */
  state: 'attached' | 'kept';
  /** The bundle, as attached (or as found). */
  bundle: SerializedBundle;
  /** The SAN the bundle verified for. */
  identity: string;
}

/** The in-toto v1 statement of an image: one subject, the image's name and digest. */
export function imageStatement(
  image: ImageDigestReference,
  predicate: ImagePredicate,
): Record<string, unknown> {
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [{ name: `${image.registry}/${image.repository}`, digest: { sha256: image.digest.slice(7) } }],
    predicateType: predicate.type,
    predicate: predicate.predicate,
  };
}

/**
 * Signs (or keeps) one statement about `image` and attaches its bundle as a referrer. `signer` is
 * the identity the run's certificate names (exact SAN and issuer): a bundle is attached only
 * after it verified for it.
 */
export async function attestImage(
  image: ImageDigestReference,
  predicate: ImagePredicate,
  signer: IdentityPolicy & { identity: string },
  clients: AttestImageClients,
  options: { settleMs?: number } = {},
): Promise<ImageAttestation> {
  const name = formatReference(image);
  const { registry } = clients;
  const subject = await registry.getManifest(image.repository, image.digest);
  if (!subject)
    throw new ImageAttestationError(
      'UNKNOWN_DIGEST',
      `${name}: the registry has no manifest under this digest; nothing was signed or written (push the image first, and give the digest it reported)`,
    );
  const descriptor = { mediaType: subject.mediaType, digest: subject.digest, size: subject.bytes.length };
  const payload = Buffer.from(JSON.stringify(imageStatement(image, predicate)));
  const sha256 = Buffer.from(image.digest.slice(7), 'hex');
  const trust = await clients.trust();
  const verify = async (text: string) => {
    const verified = await verifySigstoreBundle(text, trust.material, {
      signer,
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      artifact: { sha256 },
    });
    // The signed bytes are exactly the statement built here: its one subject (name and digest),
    // predicate type and predicate, compared as bytes, not as a library's "match".
    if (!verified.payload?.equals(payload))
      throw new ImageAttestationError(
        'STATEMENT_MISMATCH',
        `${name}: the bundle verifies but does not carry the statement built for this image`,
      );
    return verified.identity!;
  };

  const kept = await findKept(registry, image, predicate.type, verify);
  if (kept) return { image: name, ...kept, state: 'kept' };

  const bundle = await clients.signDsse(payload, IN_TOTO_PAYLOAD_TYPE);
  const text = JSON.stringify(bundle);
  const identity = await verify(text);
  const bytes = Buffer.from(text);
  const attached = await attachBundle(
    registry,
    image.repository,
    { subject: descriptor, bundle: bytes, content: 'dsse-envelope', predicateType: predicate.type },
    { settleMs: options.settleMs },
  );
  return {
    image: name,
    bundleDigest: sha256Digest(bytes),
    referrerDigest: attached.digest,
    via: attached.via,
    state: 'attached',
    bundle,
    identity,
  };
}

/**
 * A referrer of `image` already holding a bundle of this predicate type that verifies for the
 * signer and carries exactly the statement: the first one found, or undefined. Referrers that are
 * not ours (another signer, another statement, unreadable) are left alone: they are not this
 * run's to judge, and another referrer never stands in for ours.
 */
async function findKept(
  registry: OciClient,
  image: ImageDigestReference,
  predicateType: string,
  verify: (text: string) => Promise<string>,
): Promise<Omit<ImageAttestation, 'image' | 'state'> | undefined> {
  const found = await listReferrers(registry, image.repository, image.digest, SIGSTORE_BUNDLE_V03);
  if (found.source === 'none') return undefined;
  for (const descriptor of found.descriptors) {
    if (descriptor.annotations?.[PREDICATE_ANNOTATION] !== predicateType) continue;
    // Registry reads fail the run (a registry that refuses us or lies is not "someone else's
    // referrer"); only a referrer that is gone meanwhile is passed over.
    const manifest = await registry.getManifest(image.repository, descriptor.digest);
    if (!manifest) continue;
    const layers = manifest.json.layers as { mediaType?: unknown; digest?: unknown }[] | undefined;
    const subject = (manifest.json.subject as { digest?: unknown } | undefined)?.digest;
    if (subject !== image.digest || !Array.isArray(layers) || layers.length !== 1) continue;
    const layer = layers[0];
    if (
      layer.mediaType !== SIGSTORE_BUNDLE_V03 ||
      typeof layer.digest !== 'string' ||
      !SHA256_DIGEST.test(layer.digest)
    )
      continue;
    let bytes: Buffer;
    try {
      bytes = await registry.getBlob(image.repository, layer.digest);
    } catch (error) {
      if (error instanceof OciError && error.code === 'NOT_FOUND') continue;
      throw error;
    }
    const text = bytes.toString('utf8');
    let identity: string;
    try {
      identity = await verify(text);
    } catch {
      // Another signer's, another statement, or not a bundle: not ours, left alone.
      continue;
    }
    return {
      bundleDigest: layer.digest,
      referrerDigest: descriptor.digest,
      via: found.source,
      bundle: JSON.parse(text) as SerializedBundle,
      identity,
    };
  }
  return undefined;
}
