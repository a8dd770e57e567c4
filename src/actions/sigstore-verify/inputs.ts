import { Inputs, type InputReader } from '../../core/inputs/index.js';
import {
  GITHUB_ACTIONS_ISSUER,
  filesAndBundleSuffix,
  parseIdentityRegExp,
} from '../../core/sigstore/inputs.js';
import type { VerifyInputs } from './main.js';

/** The inputs sigstore-verify/action.yml declares (a test keeps the two equal). */
export const INPUT_NAMES = [
  'files',
  'bundle-suffix',
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'trusted-root',
] as const;

/**
 * The outputs sigstore-verify/action.yml declares: runEntry writes every one on every ending (a test
 * checks both agree).
 */
export const OUTPUT_NAMES = ['verified'] as const;

/**
 * Parses every sigstore-verify input at once (pure); throws one ConfigurationError listing
 * every problem. The identity is kept as given: it is compared with the whole SAN byte for
 * byte, and a pattern is matched against the whole SAN (core/sigstore/identity.ts).
 */
export function parseInputs(read: InputReader): VerifyInputs {
  const inputs = new Inputs(read);
  const identity = inputs.optional('certificate-identity');
  const pattern = inputs.optional('certificate-identity-regexp');
  if ((identity === undefined) === (pattern === undefined)) {
    inputs.problem(
      "Give exactly one of the inputs 'certificate-identity' (the whole SAN) and 'certificate-identity-regexp' " +
        `(a pattern the whole SAN must match); got ${identity === undefined ? 'neither' : 'both'}.`,
    );
  }
  const parsed: VerifyInputs = {
    ...filesAndBundleSuffix(inputs, 'verify'),
    policy: {
      identity,
      identityRegExp:
        pattern === undefined
          ? undefined
          : inputs.attempt(() => parseIdentityRegExp('certificate-identity-regexp', pattern)),
      issuer: inputs.optional('certificate-oidc-issuer') ?? GITHUB_ACTIONS_ISSUER,
    },
    trustedRoot: inputs.optional('trusted-root'),
  };
  return inputs.finish(parsed);
}
