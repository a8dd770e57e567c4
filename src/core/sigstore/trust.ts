import * as fs from 'node:fs';
import type { KeyObject } from 'node:crypto';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { getTrustedRoot } from '@sigstore/tuf';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { BaseError, ConfigurationError, messageOf } from '../errors.js';
import { tufFailure } from '../known-failures.js';
import { quote } from '../quote.js';

export class TrustRootError extends BaseError<'TRUST_ROOT'> {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TRUST_ROOT', message, options);
    this.name = 'TrustRootError';
  }
}

export interface LoadedTrust {
  material: TrustMaterial;
  /** Where the trust came from, for summaries. */
  source: string;
  /** Authorities dropped from the root and why (for the summary). */
  dropped: string[];
}

interface Validity {
  start?: Date;
  end?: Date;
}

/**
 * Drops every authority whose validity window has no `start`, or ends before it starts.
 * @sigstore/verify reads a missing start as "since the beginning of time", which would let a
 * key be trusted for signatures made before it existed; a window we cannot bound is not a
 * window we can check, so such a key is treated as invalid. Verification then fails closed if
 * no other authority vouches for the bundle.
 */
export function sanitizeTrustedRoot(root: TrustedRoot): { root: TrustedRoot; dropped: string[] } {
  const dropped: string[] = [];
  const valid = (what: string, validity: Validity | undefined): boolean => {
    if (!validity?.start || Number.isNaN(validity.start.getTime())) {
      dropped.push(`${what}: validity has no start`);
      return false;
    }
    if (validity.end && validity.end < validity.start) {
      dropped.push(`${what}: validity ends before it starts`);
      return false;
    }
    return true;
  };
  return {
    root: {
      ...root,
      certificateAuthorities: root.certificateAuthorities.filter((ca, i) =>
        valid(`certificate authority #${i + 1} (${ca.uri})`, ca.validFor),
      ),
      timestampAuthorities: root.timestampAuthorities.filter((ca, i) =>
        valid(`timestamp authority #${i + 1} (${ca.uri})`, ca.validFor),
      ),
      tlogs: root.tlogs.filter((log, i) =>
        valid(`transparency log #${i + 1} (${log.baseUrl})`, log.publicKey?.validFor),
      ),
      ctlogs: root.ctlogs.filter((log, i) =>
        valid(`certificate transparency log #${i + 1} (${log.baseUrl})`, log.publicKey?.validFor),
      ),
    },
    dropped,
  };
}

/** Parses trusted_root.json text. Malformed JSON or a root without any log or CA is an error. */
export function parseTrustedRoot(text: string, label: string): TrustedRoot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new TrustRootError(`${label} is not valid JSON: ${messageOf(error)}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new TrustRootError(`${label} is not a trusted root (expected a JSON object).`);
  }
  const mediaType = (json as { mediaType?: unknown }).mediaType;
  if (
    typeof mediaType !== 'string' ||
    !/^application\/vnd\.dev\.sigstore\.trustedroot(\+json;version=0\.1|\.v0\.2\+json)$/.test(mediaType)
  ) {
    throw new TrustRootError(
      `${label} has an unknown trusted root media type ${quote(mediaType ?? '(none)')}.`,
    );
  }
  try {
    return TrustedRoot.fromJSON(json);
  } catch (error) {
    throw new TrustRootError(`${label} is not a valid trusted root: ${messageOf(error)}`);
  }
}

/** Options for public-good trust through TUF. */
export interface TufOptions {
  mirrorURL?: string;
  cachePath?: string;
  timeoutMs?: number;
}

/**
 * The trust to verify against: the given trusted_root.json, else the public-good instance's
 * root fetched and verified through TUF (the `@sigstore/tuf` client sigstore-js uses). When TUF
 * cannot be reached, this fails: there is no fallback to an unverified root.
 * `key` is the public key for bundles signed with a key (conformance `--key`); `fix` replaces
 * the way out the failure names (the CLI names its `--trusted-root` and `--offline`).
 */
export async function loadTrust(
  trustedRootPath: string | undefined,
  options: { key?: KeyObject; tuf?: TufOptions; fix?: string } = {},
): Promise<LoadedTrust> {
  let root: TrustedRoot;
  let source: string;
  if (trustedRootPath) {
    let text: string;
    try {
      text = fs.readFileSync(trustedRootPath, 'utf8');
    } catch (error) {
      throw new TrustRootError(`cannot read trusted root ${trustedRootPath}: ${messageOf(error)}`);
    }
    root = parseTrustedRoot(text, `trusted root ${trustedRootPath}`);
    source = `trusted root ${trustedRootPath}`;
  } else {
    try {
      root = await getTrustedRoot({
        mirrorURL: options.tuf?.mirrorURL,
        cachePath: options.tuf?.cachePath,
        timeout: options.tuf?.timeoutMs ?? 10_000,
        retry: { retries: 2, factor: 2, minTimeout: 500 },
      });
    } catch (error) {
      const why = messageOf(error);
      throw new TrustRootError(
        options.fix === undefined
          ? `cannot load the public-good Sigstore trusted root through TUF (${why}); check network access to the TUF repository, or pass a trusted_root.json for a private instance.`
          : `cannot load the public-good Sigstore trusted root through TUF (${why}); ${options.fix}`,
        { cause: error },
      );
    }
    source = 'public-good Sigstore (TUF)';
  }
  return trustOf(root, source, options.key);
}

/**
 * Trust material from a trusted root already in hand (e.g. one shipped with the code, such as
 * GitHub's for release attestations, parsed with {@link parseTrustedRoot}): sanitised as
 * {@link loadTrust} does. `key` is the public key for key-signed bundles.
 */
export function trustOf(root: TrustedRoot, source: string, key?: KeyObject): LoadedTrust {
  const { root: sane, dropped } = sanitizeTrustedRoot(root);
  const material = toTrustMaterial(
    sane,
    key
      ? () => ({ publicKey: key, validFor: () => true })
      : (hint: string) => {
          throw new TrustRootError(`bundle is signed with key '${hint}', but no public key was given`);
        },
  );
  return { material, source, dropped };
}

/**
 * The trust an action verifies against, from its `trusted-root` input: the file given (one that
 * cannot be read or parsed is a configuration error naming the input), or public-good's root
 * through TUF (an unreachable repository is the known failure TUF_UNREACHABLE, with its fix).
 * Every action with a `trusted-root` input loads it here; each decides when.
 */
export async function loadInputTrust(trustedRoot: string | undefined): Promise<LoadedTrust> {
  try {
    return await loadTrust(trustedRoot);
  } catch (error) {
    if (trustedRoot !== undefined)
      throw new ConfigurationError(`Input 'trusted-root': ${messageOf(error)}`, { cause: error });
    throw tufFailure(error) || error;
  }
}
