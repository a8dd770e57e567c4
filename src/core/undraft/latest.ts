/*
 * Which release is "latest", decided from SemVer and never from dates. GitHub's own default
 * (`make_latest: true` for any stable release) makes a v1.4.9 back-port published after v2.0.0
 * the latest, pointing every "download latest" link at the old line; peers pass the flag
 * through blindly. undraft compares the tags' versions against every published release.
 */
import semver from 'semver';
import { ConfigurationError } from '../errors.js';
import { explainHttpError, paginateAll, type GitHubClient, type Repo } from '../github/client.js';
import type { Release } from '../github/releases.js';

/** A tag split into its prefix (`v`, `pkg@`, `nginx/`) and its SemVer version, or undefined. */
export function splitTag(tag: string): { prefix: string; version: semver.SemVer } | undefined {
  // The shortest prefix after which the rest is a whole SemVer version.
  for (let i = 0; i < tag.length; i++) {
    if (!/[0-9]/.test(tag[i])) continue;
    if (i > 0 && /[0-9]/.test(tag[i - 1])) continue;
    const parsed = semver.parse(tag.slice(i));
    if (parsed && parsed.raw === tag.slice(i)) return { prefix: tag.slice(0, i), version: parsed };
  }
  return undefined;
}

/** Whether a tag names a prerelease by SemVer; a tag that is not SemVer is a configuration error. */
export function isPrereleaseTag(tag: string): boolean {
  const split = splitTag(tag);
  if (!split) {
    throw new ConfigurationError(
      `Tag '${tag}' is not a SemVer version (with an optional prefix such as v), so 'prerelease: auto' and ` +
        "'make-latest: auto' cannot decide: set both inputs to true or false.",
    );
  }
  return split.version.prerelease.length > 0;
}

/** Every release of the repository, drafts included, paginated to the end (a partial list fails). */
export async function listAllReleases(client: GitHubClient, repo: Repo): Promise<Release[]> {
  try {
    return await paginateAll<Release>(
      client,
      'GET /repos/{owner}/{repo}/releases',
      { ...repo },
      {
        what: `releases of ${repo.owner}/${repo.repo}`,
      },
    );
  } catch (error) {
    throw explainHttpError(error, `Listing the releases of ${repo.owner}/${repo.repo}`, 'contents: write');
  }
}

export interface LatestDecision {
  latest: boolean;
  /** Why, in one line for the summary. */
  reason: string;
}

/**
 * `make-latest: auto`: latest only when this release is stable and its version is at least the
 * highest stable version among the repository's published releases with the same tag prefix
 * (a monorepo's `tokio-` and `nginx/` lines do not compete). A release counts as stable when
 * GitHub does not flag it as a prerelease and its version has no prerelease part; releases
 * whose tags are not SemVer are left out, and said so.
 */
export function decideLatest(tag: string, prerelease: boolean, published: Release[]): LatestDecision {
  const own = splitTag(tag);
  if (!own) {
    throw new ConfigurationError(
      `Tag '${tag}' is not SemVer, so 'make-latest: auto' cannot compare it: set make-latest to true or false.`,
    );
  }
  if (prerelease || own.version.prerelease.length > 0) {
    return { latest: false, reason: `${tag} is a prerelease: never latest` };
  }
  let highest: { tag: string; version: semver.SemVer } | undefined;
  const ignored: string[] = [];
  for (const release of published) {
    if (release.draft || release.tag_name === tag) continue;
    const split = splitTag(release.tag_name);
    if (!split || split.prefix !== own.prefix) {
      ignored.push(release.tag_name);
      continue;
    }
    if (release.prerelease || split.version.prerelease.length > 0) continue;
    if (!highest || semver.compare(split.version, highest.version) > 0) {
      highest = { tag: release.tag_name, version: split.version };
    }
  }
  const note = ignored.length > 0 ? ` (not compared: ${ignored.length} release(s) of other tag forms)` : '';
  if (!highest) return { latest: true, reason: `no other stable ${own.prefix}X.Y.Z release${note}` };
  // Build metadata does not order versions (SemVer §10): equal precedence counts as not lower.
  if (semver.compare(own.version, highest.version) >= 0) {
    return { latest: true, reason: `${tag} ≥ highest published stable ${highest.tag}${note}` };
  }
  return {
    latest: false,
    reason: `${tag} < highest published stable ${highest.tag}: a back-port is not latest${note}`,
  };
}
