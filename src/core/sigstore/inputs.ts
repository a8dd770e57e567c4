import { ConfigurationError } from '../errors.js';
import type { Inputs } from '../inputs/index.js';

/*
 * The inputs' side of Sigstore, and the constants their defaults name. This module imports no
 * Sigstore library: an action's inputs parse before anything runs, and a refused configuration
 * must not load the signing and verifying code.
 */

/** The issuer of GitHub Actions OIDC tokens on github.com. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** The public-good Sigstore services, the default of sigstore-sign's URL inputs. */
export const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
export const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';

/** A bundle suffix such as `.sigstore.json`: a file-name ending, never a path. */
export function parseBundleSuffix(name: string, raw: string): string {
  const value = raw.trim();
  if (value === '' || /[\\/\0]/.test(value) || value === '.' || value === '..') {
    throw new ConfigurationError(
      `Input '${name}' must be a file-name suffix such as .sigstore.json, got '${raw}'.`,
    );
  }
  return value;
}

/**
 * The `files` and `bundle-suffix` inputs that sigstore-sign and sigstore-verify both take, read
 * the same way so a bundle one writes is the bundle the other looks for. Problems go to `inputs`.
 */
export function filesAndBundleSuffix(
  inputs: Inputs,
  verb: 'sign' | 'verify',
): { files: string[]; bundleSuffix: string } {
  return {
    files: inputs.list('files', { required: `globs of the files to ${verb}` }),
    bundleSuffix:
      inputs.attempt(() =>
        parseBundleSuffix('bundle-suffix', inputs.optional('bundle-suffix') ?? '.sigstore.json'),
      ) ?? '',
  };
}

/** An http(s) service URL without credentials; a trailing slash is dropped. */
export function parseServiceUrl(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigurationError(`Input '${name}' must be an http(s) URL, got '${raw}'.`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
    throw new ConfigurationError(`Input '${name}' must be an http(s) URL without credentials, got '${raw}'.`);
  }
  return url.toString().replace(/\/+$/, '');
}

/** The OIDC issuer of a GitHub server's Actions tokens: github.com's, or GHES's `/_services/token`. */
export function expectedIssuer(serverUrl: string): string {
  const base = serverUrl.replace(/\/+$/, '');
  return base === 'https://github.com'
    ? 'https://token.actions.githubusercontent.com'
    : `${base}/_services/token`;
}

/**
 * Compiles an identity pattern; a bad pattern is the user's mistake, named. The pattern is
 * matched against the whole SAN later (wholeMatch): compiling it alone first guarantees its
 * parentheses balance, so `^(?:pattern)$` cannot be broken out of.
 */
export function parseIdentityRegExp(name: string, raw: string): RegExp {
  try {
    return new RegExp(raw);
  } catch (error) {
    throw new ConfigurationError(
      `Input '${name}' is not a valid regular expression: '${raw}' (${(error as Error).message}); ` +
        'give a JavaScript pattern that the whole certificate identity must match.',
    );
  }
}

/** The signing inputs every keyless signer takes (sigstore-sign, attest-provenance, sbom-attach). */
export interface SigningInputs {
  fulcioURL: string;
  rekorURL: string;
  tsaURL?: string;
  oidcAudience: string;
  identityToken?: string;
  trustedRoot?: string;
}

/**
 * Reads `fulcio-url`, `rekor-url`, `tsa-url`, `oidc-audience`, `identity-token` and
 * `trusted-root` one way, with action.yml's defaults (public-good Fulcio and Rekor, no TSA,
 * audience `sigstore`). A given identity token must have a JWT's shape (three base64url parts);
 * the value is never shown, it is a secret. Problems go to `inputs`.
 */
export function signingInputs(inputs: Inputs): SigningInputs {
  const url = (name: string, fallback?: string) => {
    const raw = inputs.optional(name) ?? fallback;
    return raw === undefined ? undefined : inputs.attempt(() => parseServiceUrl(name, raw));
  };
  let identityToken = inputs.optional('identity-token');
  if (
    identityToken !== undefined &&
    !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(identityToken)
  ) {
    inputs.problem(
      "Input 'identity-token' must be a JWT (three dot-separated base64url parts); the value is not shown because it is a secret.",
    );
    identityToken = undefined;
  }
  return {
    fulcioURL: url('fulcio-url', PUBLIC_GOOD_FULCIO_URL) ?? '',
    rekorURL: url('rekor-url', PUBLIC_GOOD_REKOR_URL) ?? '',
    tsaURL: url('tsa-url'),
    oidcAudience: inputs.optional('oidc-audience') ?? 'sigstore',
    identityToken,
    trustedRoot: inputs.optional('trusted-root'),
  };
}
