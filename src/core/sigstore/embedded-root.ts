/*
 * The public-good Sigstore trusted root embedded in the code, for verification without network
 * (the CLI's `--offline`).
 *
 * Where it comes from: `@sigstore/tuf` ships `seeds.json`, the TUF seed it starts every client
 * from. Under the key of the public-good TUF repository, `targets["trusted_root.json"]` is the
 * base64 of the production trusted_root.json at the time that package was released (Rekor v1 and
 * v2 logs, the Fulcio CAs, the CT logs and the timestamp authority: TOOLCHAIN.md). It is read
 * from the package itself, which the bundler includes, so there is no copied file that could
 * drift from the dependency: updating `@sigstore/tuf` updates the embedded root, and nothing
 * else does. It is therefore frozen per release of sealed-release: keys Sigstore adds after that
 * release are unknown to `--offline` (TUF, online, knows them).
 *
 * GitHub's own Sigstore instance (private repositories' attestations, release attestations) is
 * not embedded: its trusted root is published only through its TUF repository
 * (tuf-repo.github.com), whose initial TUF root is pinned in core/attestation, and no package or
 * repository we can build from ships its `trusted_root.json` from an authoritative source. Its
 * keys rotate about twice a year, so a frozen copy would also go stale fast. A bundle from that
 * instance is recognised ({@link githubSigned}) and refused offline with a message naming the
 * option that gives a trusted root.
 */
import * as crypto from 'node:crypto';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { Bundle } from '@sigstore/bundle';
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import tufPackage from '@sigstore/tuf/package.json' with { type: 'json' };
import type { KeyObject } from 'node:crypto';
import { parseTrustedRoot, trustOf, TrustRootError, type LoadedTrust } from './trust.js';

/** The public-good TUF repository, the key of its seed in `@sigstore/tuf`'s seeds.json. */
export const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev';

/** Where the embedded root comes from, for messages, summaries and `--help`. */
export const EMBEDDED_ROOT_SOURCE = `public-good Sigstore (embedded: @sigstore/tuf ${tufPackage.version} seeds.json)`;

/**
 * The public-good trusted root as `@sigstore/tuf` ships it. A seed without it (a package that
 * changed its layout) is an error, never an empty trust.
 */
export function embeddedPublicGoodRoot(): TrustedRoot {
  const seed = (seeds as Record<string, { targets?: Record<string, string> } | undefined>)[
    PUBLIC_GOOD_TUF_URL
  ];
  const encoded = seed?.targets?.['trusted_root.json'];
  if (typeof encoded !== 'string') {
    throw new TrustRootError(
      `@sigstore/tuf ${tufPackage.version}'s seeds.json has no trusted_root.json for ${PUBLIC_GOOD_TUF_URL}; the embedded root is unavailable`,
    );
  }
  return parseTrustedRoot(Buffer.from(encoded, 'base64').toString('utf8'), EMBEDDED_ROOT_SOURCE);
}

/**
 * Trust material from the embedded public-good root, sanitised as every root is
 * ({@link trustOf}); no network. `key` is the public key for key-signed bundles.
 */
export function loadEmbeddedTrust(key?: KeyObject): LoadedTrust {
  return trustOf(embeddedPublicGoodRoot(), EMBEDDED_ROOT_SOURCE, key);
}

/**
 * GitHub's Sigstore instance names itself in its certificates' issuer: its Fulcio intermediate
 * is `O=GitHub, Inc., CN=Fulcio Intermediate l1` (the release attestation in cli/cli's
 * pkg/cmd/attestation/test/data/github_release_bundle.json). The public-good instance's is
 * `O=sigstore.dev`.
 */
const GITHUB_ORGANIZATION = 'GitHub, Inc.';

/**
 * Whether a bundle's leaf certificate was issued by GitHub's Sigstore instance (by the issuer's
 * organization), so an offline verification can say that its trusted root is not embedded
 * instead of a bare "certificate chain" failure. Only a hint for the message: the verifier
 * decides trust either way.
 */
export function githubSigned(bundle: Bundle): boolean {
  const material = bundle.verificationMaterial.content;
  const raw =
    material.$case === 'certificate'
      ? material.certificate.rawBytes
      : material.$case === 'x509CertificateChain'
        ? material.x509CertificateChain.certificates[0]?.rawBytes
        : undefined;
  if (raw === undefined) return false;
  try {
    // Node renders the issuer one attribute a line, escaping RFC 4514's special characters
    // (`O=GitHub\\, Inc.`); the escapes are undone before comparing.
    const issuer = new crypto.X509Certificate(Buffer.from(raw)).issuer;
    return issuer
      .split('\n')
      .map((line) => line.replace(/\\(.)/g, '$1'))
      .includes(`O=${GITHUB_ORGANIZATION}`);
  } catch {
    return false;
  }
}
