/*
 * Several images attested in one step, each a row of the report: what sigstore-sign `images`,
 * sbom-attach `image` and attest-provenance `images` run after their own checks. Images are
 * done one after another (they share the run's one certificate and one client per registry); a
 * failed image is its row and does not stop the others, so one summary names every failure.
 */
import type { Report } from '../action/report.js';
import { messageWithFix } from '../errors.js';
import type { IdentityPolicy } from '../sigstore/identity.js';
import type { LoadedTrust } from '../sigstore/trust.js';
import type { SerializedBundle } from '@sigstore/bundle';
import type { ImageDigestReference } from './attest-inputs.js';
import {
  attestImage,
  COSIGN_SIGN_PREDICATE,
  type ImageAttestation,
  type ImagePredicate,
} from './attest-image.js';
import { explainRegistryRefusal, type RegistryClients } from './credentials.js';
import { formatReference } from '../oci/reference.js';
import { shellQuote } from '../sigstore/instructions.js';

/** An image signature: cosign v3's predicate type with its empty predicate (see attest-image.ts). */
export const COSIGN_SIGN: ImagePredicate = { type: COSIGN_SIGN_PREDICATE, predicate: {} };

/** The `image-bundles` output's entries (sigstore-sign). */
export interface ImageBundleOutput {
  image: string;
  'bundle-digest': string;
  'referrer-digest': string;
}

/** The output form of the attached (or kept) images, in input order. */
export function imageBundlesOutput(done: ImageAttestation[]): ImageBundleOutput[] {
  return done.map((a) => ({
    image: a.image,
    'bundle-digest': a.bundleDigest,
    'referrer-digest': a.referrerDigest,
  }));
}

export interface AttestImagesClients {
  registries: RegistryClients;
  signDsse(payload: Buffer, payloadType: string): Promise<SerializedBundle>;
  trust(): Promise<LoadedTrust>;
}

/**
 * Attests every image with its predicate (`predicateFor`), adding a row `<check>: <image>` each;
 * returns the images attached or kept (the failed ones are only rows).
 */
export async function attestImages(
  images: readonly ImageDigestReference[],
  predicateFor: (image: ImageDigestReference) => ImagePredicate,
  signer: IdentityPolicy & { identity: string },
  clients: AttestImagesClients,
  report: Report,
  options: { check?: string; settleMs?: number } = {},
): Promise<ImageAttestation[]> {
  const check = options.check ?? 'image';
  const done: ImageAttestation[] = [];
  for (const image of images) {
    const name = formatReference(image);
    try {
      const attestation = await attestImage(
        image,
        predicateFor(image),
        signer,
        {
          registry: clients.registries.client(image.registry),
          signDsse: clients.signDsse,
          trust: clients.trust,
        },
        { settleMs: options.settleMs },
      );
      done.push(attestation);
      report.pass(
        `${check}: ${name}`,
        `${attestation.state === 'kept' ? 'already attached and verifies; kept unchanged' : 'signed, verified and attached'}: ` +
          `referrer ${attestation.referrerDigest} (found by ${attestation.via === 'api' ? 'the referrers API' : `the tag index`}), ` +
          `bundle ${attestation.bundleDigest}, for exactly ${attestation.identity}`,
      );
    } catch (error) {
      const explained = explainRegistryRefusal(
        error,
        image.registry,
        clients.registries.source(image.registry),
      );
      report.fail(`${check}: ${name}`, messageWithFix(explained));
    }
  }
  return done;
}

/**
 * Markdown for release notes: the `cosign verify` command (cosign v3 reads the bundle referrer
 * and checks the `https://sigstore.dev/cosign/sign/v1` statement) for each signed image.
 */
export function imageVerifyInstructions(options: {
  images: readonly string[];
  identity: string;
  issuer: string;
  privateInstance?: boolean;
}): string {
  const lines = [
    '### Verifying the image signatures',
    '',
    `Every image below is signed with Sigstore by the release workflow \`${options.identity}\` ` +
      `(OIDC issuer \`${options.issuer}\`); the signature is attached to the image as an OCI referrer. ` +
      'With [cosign](https://github.com/sigstore/cosign) v3:',
    '',
    '```sh',
    ...options.images.map(
      (image) =>
        `cosign verify --certificate-identity ${shellQuote(options.identity)} ` +
        `--certificate-oidc-issuer ${shellQuote(options.issuer)} ${shellQuote(image)}`,
    ),
    '```',
  ];
  if (options.privateInstance)
    lines.push(
      '',
      "These signatures were made with a private Sigstore instance: pass that instance's trusted root to the verifier.",
    );
  return lines.join('\n') + '\n';
}
