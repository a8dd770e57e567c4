/*
 * The trust every verify command checks against, from its `--trusted-root T` and `--offline`
 * flags (parsed by args.ts for every command that declares `--trusted-root`):
 * - `--trusted-root T`: that trusted_root.json, and nothing from the network;
 * - `--offline`: the public-good root embedded in this release of sealed-release (as
 *   `@sigstore/tuf` ships it; core/sigstore/embedded-root.ts), and nothing from the network.
 *   GitHub's trusted root is not embedded (no authoritative source ships it), so a bundle that
 *   GitHub's Sigstore instance signed is refused offline with a message naming `--trusted-root`;
 * - neither: public-good Sigstore through TUF; when that cannot be reached, the failure names
 *   both flags.
 */
import type { KeyObject } from 'node:crypto';
import type { Bundle } from '@sigstore/bundle';
import type { LoadedTrust } from '../core/sigstore/index.js';
import { readJsonFile } from './args.js';
import { CliError } from './errors.js';

/** The `--help` lines of every verify command about its trust flags. */
export const TRUST_HELP = [
  "--trusted-root T: verify against that trusted_root.json (a private instance, GitHub's, tests).",
  '--offline: no network; verify against the public-good Sigstore trusted root embedded in the',
  'CLI, as @sigstore/tuf ships it. The embedded root is frozen per release of sealed-release:',
  "keys Sigstore adds later are unknown to it until you update. GitHub's trusted root is not",
  "embedded: for bundles GitHub's Sigstore signed (private repositories, release attestations),",
  'give --trusted-root (for example the output of `gh attestation trusted-root`).',
  'Without either, public-good trust is fetched and verified through TUF.',
];

/** What the TUF failure names as the way out. */
export const OFFLINE_FIX =
  'check network access to the TUF repository, or give --trusted-root T (a trusted_root.json), or ' +
  '--offline to verify against the public-good root embedded in this release of sealed-release';

/**
 * The trust for one verify command's flags (see the file's comment). `bundle`, when given, is the
 * bundle about to be verified: offline, a GitHub-signed one is refused here with the way out,
 * instead of failing its certificate chain against a root that cannot hold it. `githubOnly`: the
 * command verifies only GitHub-signed bundles (release attestations), so `--offline` without
 * `--trusted-root` is refused whatever the bundle.
 */
export async function loadCliTrust(
  flags: Map<string, string>,
  options: { key?: KeyObject; bundle?: Bundle; githubOnly?: string } = {},
): Promise<LoadedTrust> {
  const { githubSigned, loadEmbeddedTrust, loadTrust } = await import('../core/sigstore/index.js');
  const trustedRoot = flags.get('trusted-root');
  if (trustedRoot !== undefined) {
    // Not JSON is named with the file, before anything else is read.
    readJsonFile('trusted root', trustedRoot);
    return loadTrust(trustedRoot, { key: options.key });
  }
  if (flags.has('offline')) {
    if (options.githubOnly !== undefined || (options.bundle && githubSigned(options.bundle))) {
      throw new CliError(
        'NO_EMBEDDED_ROOT',
        `${options.githubOnly ?? 'the bundle'} is signed by GitHub's Sigstore instance, whose trusted root is not ` +
          "embedded in sealed-release (only the public-good one is); give --trusted-root T with GitHub's " +
          'trusted_root.json (for example the output of `gh attestation trusted-root`)',
      );
    }
    return loadEmbeddedTrust(options.key);
  }
  return loadTrust(undefined, { key: options.key, fix: OFFLINE_FIX });
}
