/*
 * Releases as GitHub lists them: the release object, the whole list read to find a tag's
 * releases (drafts are invisible to the by-tag endpoint), one release re-read, and the error a
 * release's state raises. Apart from the draft's lifecycle (releases.ts) because every action
 * that only reads releases (undraft, byte-identity's release source) needs this part alone.
 */
import semver from 'semver';
import { BaseError, ConfigurationError } from '../errors.js';
import { explainHttpError, paginateAll, statusOf, type GitHubClient, type Repo } from './client.js';
import type { ReleaseAsset } from './assets.js';

export interface Release {
  id: number;
  tag_name: string;
  draft: boolean;
  prerelease: boolean;
  name: string | null;
  html_url: string;
  upload_url: string;
  target_commitish: string;
  created_at: string;
  published_at?: string | null;
  immutable?: boolean;
  /** The release's assets as GitHub embeds them in a release object. */
  assets?: ReleaseAsset[];
}

/**
 * Why the release's state stops the run:
 * - `PUBLISHED`: the tag's release is published (before or during the run): never modified;
 * - `AMBIGUOUS`: two drafts (or two published releases) for one tag, or this run's own draft
 *   missing from the list: which one is the release is not knowable;
 * - `DRAFT_GONE`: the draft was deleted during the run;
 * - `WRONG_TARGET`: the draft targets another commit than `target` (the tag does not exist yet);
 * - `NOT_CREATED`: the request creating the draft failed and no draft exists.
 */
export type ReleaseStateCode = 'PUBLISHED' | 'AMBIGUOUS' | 'DRAFT_GONE' | 'WRONG_TARGET' | 'NOT_CREATED';

/** A release-state problem (published release, two drafts…): a failed check, not a crash. */
export class ReleaseStateError extends BaseError<ReleaseStateCode> {
  constructor(code: ReleaseStateCode, message: string) {
    super(code, message);
    this.name = 'ReleaseStateError';
  }
}

export function releaseLabel(r: Release): string {
  return `${r.draft ? 'draft' : 'published release'} ${r.id} (${r.html_url}, created ${r.created_at})`;
}

/**
 * The release list as one run read it: the tag's releases (drafts included, oldest id first) and
 * the id of every release seen, so a later re-read can tell what is new since.
 */
export interface ReleaseListing {
  tag: string;
  releases: Release[];
  seen: Set<number>;
}

/**
 * The repository's releases, newest first as GitHub lists them, page by page until `until`
 * says stop or the list ends; any page that fails fails the whole read, explained as `doing`
 * "did not finish". The one read of the release list (a whole listing, or a re-read of the
 * newest pages).
 */
export async function paginateReleases(
  client: GitHubClient,
  repo: Repo,
  doing: string,
  until?: (page: Release[]) => boolean,
): Promise<Release[]> {
  try {
    return await paginateAll<Release>(
      client,
      'GET /repos/{owner}/{repo}/releases',
      { ...repo },
      { what: `releases of ${repo.owner}/${repo.repo}`, until },
    );
  } catch (error) {
    throw explainHttpError(error, `${doing} did not finish`, 'contents: write');
  }
}

/**
 * Reads the whole release list once. The by-tag endpoint cannot see drafts, so every page is
 * read; an error on any page is an error (a partial list could hide a second draft or a
 * published release). One listing serves the published check and the draft lookup of a run.
 */
export async function readReleaseListing(
  client: GitHubClient,
  repo: Repo,
  tag: string,
): Promise<ReleaseListing> {
  const all = await paginateReleases(
    client,
    repo,
    `Listing the releases of ${repo.owner}/${repo.repo} (needed to find drafts)`,
  );
  return { tag, releases: forTag(all, tag), seen: new Set(all.map((r) => r.id)) };
}

export function forTag(all: Release[], tag: string): Release[] {
  return all.filter((r) => r.tag_name === tag).sort((a, b) => a.id - b.id);
}

/**
 * Every release of the repository whose tag is `tag`, drafts included, the whole list read
 * (see {@link readReleaseListing}).
 */
export async function listReleasesForTag(client: GitHubClient, repo: Repo, tag: string): Promise<Release[]> {
  return (await readReleaseListing(client, repo, tag)).releases;
}

/**
 * Whether a tag names a prerelease, from its SemVer version (`v1.2.3-rc.1` → true). A tag that
 * is not SemVer cannot answer, so that is a configuration error rather than a guess.
 */
export function prereleaseFromTag(tag: string): boolean {
  const version = semver.parse(tag.replace(/^[^0-9]*/, ''));
  if (!version) {
    throw new ConfigurationError(
      `Tag '${tag}' is not SemVer, so 'prerelease: auto' cannot tell whether it is a prerelease: set input 'prerelease' to true or false.`,
    );
  }
  return version.prerelease.length > 0;
}

/**
 * The release as GitHub holds it now, or undefined when it no longer exists (404). Any other
 * failure is an error naming `what` and the permission it needs.
 */
export async function readRelease(
  client: GitHubClient,
  repo: Repo,
  id: number,
  what = `Re-reading release ${id}`,
): Promise<Release | undefined> {
  try {
    const { data } = await client.rest.repos.getRelease({ ...repo, release_id: id });
    return data as unknown as Release;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw explainHttpError(error, what, 'contents: write');
  }
}
