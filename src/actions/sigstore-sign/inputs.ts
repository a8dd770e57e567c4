import { Inputs, type InputReader } from '../../core/inputs/index.js';
import { imageDigestList, registryInputs } from '../../core/image/attest-inputs.js';
import { parseBundleSuffix, signingInputs } from '../../core/sigstore/inputs.js';
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
export function parseInputs(read: InputReader): SignInputs {
  const inputs = new Inputs(read);
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
    ...signingInputs(inputs),
    verify: inputs.boolean('verify', true),
  };
  return inputs.finish(parsed);
}
