/*
 * The image inputs of the actions that sign and attest images (sigstore-sign `images`,
 * sbom-attach `image`, attest-provenance `images`) and their registry credentials
 * (`registry-username`, `registry-password`), read one way (the contract's "Container images").
 * Light on purpose: an action's inputs parse before anything runs, so this imports no client.
 */
import { ConfigurationError } from '../errors.js';
import type { Inputs } from '../inputs/index.js';
import { quote } from '../quote.js';
import { OciError } from '../oci/errors.js';
import { formatReference, parseReference, type ImageReference } from '../oci/reference.js';

/** The one form an image to sign or attest is given in: a digest, never a tag. */
export const IMAGE_DIGEST_FORM = 'REGISTRY/NAME@sha256:<64 lowercase hex>';

/** An image to sign or attest: its registry, repository and digest (never a tag). */
export interface ImageDigestReference extends ImageReference {
  digest: string;
}

/**
 * One reference by digest. A tag (alone, or beside the digest) is refused: a tag can move between
 * the signature and the pull, and sealed-release signs only what a digest pins.
 */
export function parseImageDigest(name: string, raw: string): ImageDigestReference {
  let reference: ImageReference;
  try {
    reference = parseReference(raw.trim(), `Input '${name}':`);
  } catch (error) {
    // parseReference names both of its forms; only the digest one is accepted here.
    if (error instanceof OciError)
      throw new ConfigurationError(
        `${error.message}; an image to sign or attest is given as ${IMAGE_DIGEST_FORM}.`,
        {
          cause: error,
        },
      );
    throw error;
  }
  if (reference.digest === undefined)
    throw new ConfigurationError(
      `Input '${name}': ${quote(raw.trim())} names a tag, not a digest; expected ${IMAGE_DIGEST_FORM} (a tag can move: sign and attest the digest it points to).`,
    );
  if (reference.tag !== undefined)
    throw new ConfigurationError(
      `Input '${name}': ${quote(raw.trim())} names a tag beside its digest; expected ${IMAGE_DIGEST_FORM} (the digest alone says what is signed).`,
    );
  return { registry: reference.registry, repository: reference.repository, digest: reference.digest };
}

/** Reads a list input of image references by digest (each bad one is its own problem; duplicates are one). */
export function imageDigestList(inputs: Inputs, name: string): ImageDigestReference[] {
  const seen = new Set<string>();
  const out: ImageDigestReference[] = [];
  for (const line of inputs.list(name)) {
    const reference = inputs.attempt(() => parseImageDigest(name, line));
    if (!reference) continue;
    const key = formatReference(reference);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(reference);
  }
  return out;
}

/** What the registry inputs said (both or neither). */
export interface RegistryInputs {
  username?: string;
  password?: string;
}

/**
 * `registry-username` and `registry-password`: both or neither (one alone is a problem naming
 * the other). Neither: the defaults of `registryCredentials` (core/oci/auth.ts) apply at run time.
 */
export function registryInputs(inputs: Inputs): RegistryInputs {
  const username = inputs.optional('registry-username');
  const password = inputs.optional('registry-password');
  if ((username === undefined) !== (password === undefined)) {
    inputs.problem(
      `Inputs 'registry-username' and 'registry-password' go together: ${username === undefined ? "'registry-password' is set and 'registry-username' is not" : "'registry-username' is set and 'registry-password' is not"}; give both, or neither for the defaults (github.actor and github-token for ghcr.io, anonymous elsewhere).`,
    );
    return {};
  }
  return username === undefined ? {} : { username, password };
}
