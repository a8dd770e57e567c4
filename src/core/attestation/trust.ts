/*
 * Whom a release attestation must be signed by, and the trust to check it with: the trust
 * domain of the GitHub instance (which names the signer's SAN) and GitHub's Sigstore trusted
 * root (through its TUF repository, or a given trusted_root.json).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { getTrustedRoot } from '@sigstore/tuf';
import { toTrustMaterial } from '@sigstore/verify';
import { BaseError, messageOf } from '../errors.js';
import { explainHttpError, type GitHubClient } from '../github/client.js';
import { quote } from '../quote.js';
import { loadTrust, sanitizeTrustedRoot, TrustRootError, type LoadedTrust } from '../sigstore/trust.js';
import githubTufRoot from './github-tuf-root.json' with { type: 'json' };

/**
 * Why the release signer cannot be named:
 * - `TRUST_DOMAIN`: `GET /meta` gives no usable `domains.artifact_attestations.trust_domain`.
 */
export type AttestationTrustCode = 'TRUST_DOMAIN';

export class AttestationTrustError extends BaseError<AttestationTrustCode> {
  constructor(code: AttestationTrustCode, message: string) {
    super(code, message);
    this.name = 'AttestationTrustError';
  }
}

/** GitHub's TUF repository, whose `trusted_root.json` target holds its Sigstore instance's keys. */
export const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';

/** The SAN GitHub's release-attestation certificates carry for a trust domain. */
export function releaseSan(trustDomain: string): string {
  return `https://${trustDomain}.releases.github.com`;
}

/**
 * The trust domain of the GitHub instance: `dotcom` on github.com; elsewhere (GHE.com, GHES)
 * what `GET /meta` says in `domains.artifact_attestations.trust_domain`. A missing or odd value
 * is an error, never a guess: the SAN is built from it.
 */
export async function trustDomainOf(
  client: GitHubClient,
  serverUrl: string,
): Promise<{ domain: string; source: string }> {
  if (serverUrl.replace(/\/+$/, '').toLowerCase() === 'https://github.com') {
    return { domain: 'dotcom', source: 'github.com' };
  }
  let data: { domains?: { artifact_attestations?: { trust_domain?: unknown } } };
  try {
    ({ data } = (await client.request('GET /meta')) as unknown as { data: typeof data });
  } catch (error) {
    throw explainHttpError(error, `Reading the trust domain from ${serverUrl}'s GET /meta`, 'metadata: read');
  }
  const domain = data?.domains?.artifact_attestations?.trust_domain;
  if (typeof domain !== 'string' || !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(domain)) {
    throw new AttestationTrustError(
      'TRUST_DOMAIN',
      `GET /meta of ${serverUrl} gives no usable domains.artifact_attestations.trust_domain (${quote(domain)}); ` +
        'the release attestation signer cannot be named, so it cannot be checked.',
    );
  }
  return { domain, source: `GET /meta of ${serverUrl}` };
}

/**
 * The trust for release attestations: the given trusted_root.json, else GitHub's instance
 * through its TUF repository, starting from the TUF root the GitHub CLI embeds (pinned in
 * github-tuf-root.json; see README.md beside it). TUF verifies every update from that root
 * on, so a compromised mirror cannot substitute keys. No TUF, no verification: there is no
 * fallback to an unverified root. `trustedRootOption` names, in the failure, how the caller
 * gives a trusted root instead (undraft's input, the CLI's flag). Without `cacheDir` the TUF
 * cache is a temporary folder, removed before returning.
 */
export async function loadAttestationTrust(
  trustedRootPath: string | undefined,
  options: { cacheDir?: string; mirrorURL?: string; timeoutMs?: number; trustedRootOption?: string } = {},
): Promise<LoadedTrust> {
  if (trustedRootPath) return loadTrust(trustedRootPath);
  const temporary = options.cacheDir === undefined;
  const cacheDir = options.cacheDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'github-tuf-'));
  const mirrorURL = options.mirrorURL ?? GITHUB_TUF_MIRROR;
  let root;
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const rootPath = path.join(cacheDir, 'embedded-root.json');
    fs.writeFileSync(rootPath, JSON.stringify(githubTufRoot));
    root = await getTrustedRoot({
      mirrorURL,
      rootPath,
      cachePath: path.join(cacheDir, 'cache'),
      timeout: options.timeoutMs ?? 15_000,
      retry: { retries: 2, factor: 2, minTimeout: 500 },
    });
  } catch (error) {
    throw new TrustRootError(
      `cannot load GitHub's Sigstore trusted root through its TUF repository ${mirrorURL} (${messageOf(error)}); ` +
        `check network access to it, or give ${options.trustedRootOption ?? "'attestation-trusted-root'"} (a trusted_root.json for GHES, ghe.com, offline use or tests).`,
      { cause: error },
    );
  } finally {
    if (temporary) fs.rmSync(cacheDir, { recursive: true, force: true });
  }
  const { root: sane, dropped } = sanitizeTrustedRoot(root);
  const material = toTrustMaterial(sane, (hint: string) => {
    throw new TrustRootError(`a release attestation is never signed with a key (${quote(hint)})`);
  });
  return { material, source: `GitHub's Sigstore instance (TUF ${mirrorURL})`, dropped };
}
