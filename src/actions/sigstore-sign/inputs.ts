import { ConfigurationError } from '../../core/errors.js';
import { Inputs, type InputReader } from '../../core/inputs/index.js';
import { imageDigestList, registryInputs } from '../../core/image/attest-inputs.js';
import {
  parseBundleSuffix,
  parseServiceUrl,
  PUBLIC_GOOD_FULCIO_URL,
  PUBLIC_GOOD_REKOR_URL,
} from '../../core/sigstore/inputs.js';
import type { SignInputs } from './main.js';

/** The inputs sigstore-sign/action.yml declares (a test keeps the two equal). */
export const INPUT_NAMES = [
  'files',
  'bundle-suffix',
  'fulcio-url',
  'rekor-url',
  'tsa-url',
  'oidc-audience',
  'identity-token',
  'verify',
  'trusted-root',
  'images',
  'registry-username',
  'registry-password',
  'github-token',
] as const;

/**
 * The outputs sigstore-sign/action.yml declares: runEntry writes every one on every ending (a test
 * checks both agree).
 */
export const OUTPUT_NAMES = [
  'bundles',
  'identity',
  'issuer',
  'verify-instructions',
  'image-bundles',
] as const;

/** The outputs of a refused configuration: nothing was signed. */
export const REFUSAL_OUTPUTS = {
  bundles: '',
  identity: '',
  issuer: '',
  'verify-instructions': '',
  'image-bundles': '[]',
};

/**
 * Parses every sigstore-sign input at once (pure: `read` gives the raw values); throws one
 * ConfigurationError listing every problem, each naming the input, the value and the form.
 * The defaults are action.yml's, for a caller that does not go through the runner.
 */
/**
 * A given identity token must at least have a JWT's shape (three dot-separated base64url
 * parts), so a wrong value is a configuration error naming the input before anything is
 * requested. The value itself is never shown: it is a secret.
 */
function parseIdentityToken(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(value)) {
    throw new ConfigurationError(
      "Input 'identity-token' must be a JWT (three dot-separated base64url parts); the value is not shown because it is a secret.",
    );
  }
  return value;
}

export function parseInputs(read: InputReader): SignInputs {
  const inputs = new Inputs(read);
  const url = (name: string, fallback?: string) => {
    const raw = inputs.optional(name) ?? fallback;
    return raw === undefined ? undefined : inputs.attempt(() => parseServiceUrl(name, raw));
  };
  // `files`, `images`, or both: at least one (the contract's "Container images").
  const files = inputs.list('files');
  const images = imageDigestList(inputs, 'images');
  if (files.length === 0 && inputs.list('images').length === 0)
    inputs.problem(
      "Input 'files' is required unless 'images' is given: give globs of the files to sign, or image references by digest (REGISTRY/NAME@sha256:<hex>), one a line.",
    );
  const parsed: SignInputs = {
    files,
    bundleSuffix:
      inputs.attempt(() =>
        parseBundleSuffix('bundle-suffix', inputs.optional('bundle-suffix') ?? '.sigstore.json'),
      ) ?? '',
    images,
    registry: registryInputs(inputs),
    githubToken: inputs.optional('github-token'),
    fulcioURL: url('fulcio-url', PUBLIC_GOOD_FULCIO_URL) ?? '',
    rekorURL: url('rekor-url', PUBLIC_GOOD_REKOR_URL) ?? '',
    tsaURL: url('tsa-url'),
    oidcAudience: inputs.optional('oidc-audience') ?? 'sigstore',
    identityToken: inputs.attempt(() => parseIdentityToken(inputs.optional('identity-token'))),
    verify: inputs.boolean('verify', true),
    trustedRoot: inputs.optional('trusted-root'),
  };
  return inputs.finish(parsed);
}
