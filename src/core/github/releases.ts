/*
 * Releases: find (or create) the one draft release for a tag. Drafts are invisible to the
 * by-tag endpoint, so the whole release list is paginated, and every decision fails closed: a
 * list that could not be read to the end, a published release, two drafts, each stops the run
 * with a message, because a release pipeline that guesses is how wrong bytes get shipped.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigurationError } from '../errors.js';
import { explainHttpError, statusOf, type GitHubClient, type Repo } from './client.js';
import { resolveCommitish, resolveTagCommit } from './refs.js';
import {
  forTag,
  paginateReleases,
  readReleaseListing,
  releaseLabel,
  ReleaseStateError,
  type Release,
  type ReleaseListing,
} from './release-list.js';

// The reading half is re-exported: most importers of releases name this module.
export {
  listReleasesForTag,
  prereleaseFromTag,
  readRelease,
  readReleaseListing,
  ReleaseStateError,
  type Release,
  type ReleaseListing,
  type ReleaseStateCode,
} from './release-list.js';

/**
 * The tag's releases created since `before` was read, with whatever of the known ones shares
 * their pages. GitHub lists releases newest first, so a release created after that listing
 * (this run's draft, or a concurrent run's made seconds ago) is on a page before any release the
 * listing saw: pages are read until one holds a known release, or the list ends. In the usual
 * case that is page 1, whatever the size of the repository; when more than a page of releases
 * appeared meanwhile, the next pages are read too, so nothing new is skipped. Only the new
 * releases matter here: one that was there before was in `before` already, and the caller
 * created a draft only because `before` held none for the tag.
 */
async function rereadNewest(client: GitHubClient, repo: Repo, before: ReleaseListing): Promise<Release[]> {
  const newest = await paginateReleases(
    client,
    repo,
    `Re-reading the releases of ${repo.owner}/${repo.repo} (needed to find concurrent drafts)`,
    (page) => page.some((r) => before.seen.has(r.id)),
  );
  return forTag(newest, before.tag);
}

/** How long to wait for a concurrent run to delete its duplicate draft, and how often to look. */
export interface DraftWait {
  /** Default 30 s. */
  concurrentWaitMs?: number;
  /** Default 1 s. */
  pollMs?: number;
  log?: (line: string) => void;
}

/**
 * The one draft for the listing's tag, or undefined when there is none. A published release
 * for the tag is an error (these actions never modify one), and so are two drafts (which one
 * holds the real assets is not knowable). Two drafts can also be a race in flight: runs that
 * each created a draft keep the earliest and delete their own within two requests (see
 * {@link ensureDraft}), so the list is read again for up to `concurrentWaitMs` before two
 * drafts are an error. Returns the listing that decided.
 */
async function settleDraft(
  client: GitHubClient,
  repo: Repo,
  listing: ReleaseListing,
  wait: DraftWait,
): Promise<{ draft: Release | undefined; listing: ReleaseListing }> {
  const deadline = Date.now() + (wait.concurrentWaitMs ?? 30_000);
  for (;;) {
    const { tag, releases } = listing;
    const published = releases.filter((r) => !r.draft);
    if (published.length > 0) {
      throw new ReleaseStateError(
        'PUBLISHED',
        `tag ${tag} already has a ${published.map(releaseLabel).join(' and a ')}; a published release is never modified. ` +
          'Publish under a new tag instead.',
      );
    }
    if (releases.length <= 1) return { draft: releases[0], listing };
    if (Date.now() >= deadline) {
      throw new ReleaseStateError(
        'AMBIGUOUS',
        `tag ${tag} has ${releases.length} draft releases: ${releases.map(releaseLabel).join('; ')}. ` +
          'Delete the ones that should not be published and run again.',
      );
    }
    wait.log?.(
      `Tag ${tag} has ${releases.length} drafts (${releases.map((r) => r.id).join(', ')}): waiting for a concurrent run to remove its duplicate.`,
    );
    await sleep(wait.pollMs ?? 1000);
    listing = await readReleaseListing(client, repo, tag);
  }
}

/**
 * The one draft for `tag`, or undefined when there is none: a published release for the tag
 * and two drafts (after waiting for a race to settle) are errors. Reads the release list unless
 * a listing this run already read is given.
 */
export async function findDraft(
  client: GitHubClient,
  repo: Repo,
  tag: string,
  options: DraftWait & { listing?: ReleaseListing } = {},
): Promise<Release | undefined> {
  const listing = options.listing ?? (await readReleaseListing(client, repo, tag));
  return (await settleDraft(client, repo, listing, options)).draft;
}

export interface DraftSpec {
  tag: string;
  /** Release title; defaults to the tag. */
  name?: string;
  body?: string;
  /** Commit the release targets (a full SHA); must equal the tag's commit when the tag exists. */
  target?: string;
  /**
   * Hold every run to the commit the files were built from (stage-release's `target` rule): when
   * the tag exists, a `target` that differs from its commit is refused whether or not a draft
   * exists; while it does not, the draft used must target `target` (which is then required).
   * Off for actions that take no `target` (sbom-attach), which only check it on creation.
   */
  checkTarget?: boolean;
  /**
   * The prerelease flag of a draft this run creates. A function is called only when a draft is
   * created, so a tag that is not SemVer fails only when the flag is really needed.
   */
  prerelease: boolean | (() => boolean);
}

export interface DraftResult {
  release: Release;
  /**
   * This run created the draft (and kept it): it held no asset when created, so its assets need
   * not be listed (a concurrent run's upload of the same name is refused by GitHub with a 422).
   */
  created: boolean;
  /** Set when this run created a draft, found a concurrent run's earlier one and removed its own. */
  yieldedTo?: number;
  target: string;
  prerelease: boolean;
}

/**
 * Finds the draft for the tag or creates it. Creation is race-safe: after creating, the newest
 * releases are read again; when two runs each created a draft, every run keeps the lowest id
 * (the earliest created) and a run whose own draft is not that one deletes it (it holds no
 * assets yet). Release ids grow with creation order, so all runs agree on the survivor. The
 * release list is read once for the whole run: pass the listing the published check used.
 */
export async function ensureDraft(
  client: GitHubClient,
  repo: Repo,
  spec: DraftSpec,
  options: DraftWait & { listing?: ReleaseListing } = {},
): Promise<DraftResult> {
  // An existing draft is used whatever the tag's state: a draft may exist before its tag does
  // (GitHub creates the tag when the release is published).
  const settled = await settleDraft(
    client,
    repo,
    options.listing ?? (await readReleaseListing(client, repo, spec.tag)),
    options,
  );
  const existing = settled.draft;
  const before = settled.listing;
  if (existing && !spec.checkTarget) {
    return {
      release: existing,
      created: false,
      target: existing.target_commitish,
      prerelease: existing.prerelease,
    };
  }

  // The tag's commit is read on every run, not only when creating: with an existing draft the
  // same inputs must be refused as on the run that would have created it, or a later run could
  // attach bytes built from another commit to the tag's release.
  const tagCommit = await tagCommitHoldingTarget(client, repo, spec.tag, spec.target);
  /** A draft this run did not create, while the tag is missing, must target `target`. */
  const checkDraft = async (draft: Release): Promise<void> => {
    if (spec.checkTarget && !tagCommit) await assertDraftTarget(client, repo, draft, spec.target);
  };
  if (existing) {
    await checkDraft(existing);
    return {
      release: existing,
      created: false,
      target: tagCommit ?? existing.target_commitish,
      prerelease: existing.prerelease,
    };
  }
  const target = tagCommit ?? spec.target;
  if (!target) {
    throw new ConfigurationError(
      `Tag ${spec.tag} does not exist in ${repo.owner}/${repo.repo} and input 'target' is not set: ` +
        'push the tag first, or give the commit to release as target.',
    );
  }

  const prerelease = typeof spec.prerelease === 'function' ? spec.prerelease() : spec.prerelease;
  const create = async (): Promise<Release | undefined> => {
    try {
      const { data } = await client.rest.repos.createRelease({
        ...repo,
        tag_name: spec.tag,
        target_commitish: target,
        name: spec.name ?? spec.tag,
        body: spec.body ?? '',
        draft: true,
        prerelease,
        // Creating is not idempotent: no automatic retry; the list is read before any retry.
        request: { retries: 0 } as Record<string, unknown>,
      });
      return data as unknown as Release;
    } catch (error) {
      const status = statusOf(error);
      if (status !== undefined && status < 500) {
        throw explainHttpError(error, `Creating the draft release for ${spec.tag}`, 'contents: write');
      }
      // A 5xx or a broken connection: the draft may or may not exist now.
      return undefined;
    }
  };
  let mine = await create();
  if (!mine && (await rereadNewest(client, repo, before)).length === 0) {
    // The failed request left nothing behind (the list says so): one more attempt is safe.
    mine = await create();
  }

  // The race re-read. Only what is new since the first listing can be a concurrent run's draft
  // (that listing held none for the tag, or this run would not have created one), and GitHub
  // lists newest first, so this is one page in the usual case (rereadNewest says why).
  const after = await rereadNewest(client, repo, before);
  const published = after.filter((r) => !r.draft);
  if (published.length > 0) {
    // Someone published the tag while we created a draft: leave the published one alone and
    // remove our draft, then refuse.
    if (mine) await deleteRelease(client, repo, mine.id);
    throw new ReleaseStateError(
      'PUBLISHED',
      `tag ${spec.tag} was published while this run created a draft (${published.map(releaseLabel).join(', ')}); ` +
        'the new draft was removed and nothing was uploaded.',
    );
  }
  if (!mine) {
    // Our create request failed without an answer; whatever draft is there now (ours that
    // landed, or a concurrent run's) is the one, the earliest if several.
    if (after.length === 0)
      throw new ReleaseStateError(
        'NOT_CREATED',
        `Creating the draft release for ${spec.tag} failed, and no draft exists.`,
      );
    const first = after[0];
    await checkDraft(first);
    return { release: first, created: false, target, prerelease: first.prerelease };
  }
  const created = mine;
  if (!after.some((r) => r.id === created.id)) {
    throw new ReleaseStateError(
      'AMBIGUOUS',
      `the draft this run created (${mine.id}) is not in the release list; not knowing which draft is the real one, nothing is uploaded.`,
    );
  }
  const survivor = after[0];
  if (survivor.id === mine.id) return { release: mine, created: true, target, prerelease };
  await deleteRelease(client, repo, mine.id);
  await checkDraft(survivor);
  return {
    release: survivor,
    created: false,
    yieldedTo: survivor.id,
    target,
    prerelease: survivor.prerelease,
  };
}

/**
 * The tag's commit (annotated tags peeled), or undefined when the tag does not exist. When it
 * exists it is the truth: a `target` that differs from it is refused, whatever release state
 * the caller found (draft, none, or published).
 */
export async function tagCommitHoldingTarget(
  client: GitHubClient,
  repo: Repo,
  tag: string,
  target: string | undefined,
): Promise<string | undefined> {
  const tagCommit = await resolveTagCommit(client, repo, tag);
  if (target && tagCommit && target.toLowerCase() !== tagCommit.toLowerCase()) {
    throw new ConfigurationError(
      `Input 'target' is ${target}, but tag ${tag} already points to ${tagCommit}: ` +
        "GitHub would release the tag's commit. Drop the input or fix the tag.",
    );
  }
  return tagCommit;
}

/**
 * While the tag does not exist, the draft's `target_commitish` decides which commit GitHub tags
 * on publishing. It may be a branch name or a SHA: it is resolved to a commit and compared with
 * `target` as whole SHAs. Without `target` there is nothing to hold the draft to, so that is
 * refused as on creation.
 */
async function assertDraftTarget(
  client: GitHubClient,
  repo: Repo,
  draft: Release,
  target: string | undefined,
): Promise<void> {
  const commitish = draft.target_commitish;
  if (!target) {
    throw new ConfigurationError(
      `Tag ${draft.tag_name} does not exist in ${repo.owner}/${repo.repo} and input 'target' is not set, so draft ` +
        `${draft.id} (target_commitish '${commitish}') cannot be checked against the commit these files were built from: ` +
        'push the tag first, or give the commit to release as target.',
    );
  }
  const resolved = await resolveCommitish(client, repo, commitish);
  if (resolved === undefined) {
    throw new ReleaseStateError(
      'WRONG_TARGET',
      `draft ${draft.id} for ${draft.tag_name} targets '${commitish}', which resolves to no commit of ${repo.owner}/${repo.repo}; ` +
        `it cannot be shown to be ${target}, so nothing is uploaded`,
    );
  }
  if (resolved !== target.toLowerCase()) {
    throw new ReleaseStateError(
      'WRONG_TARGET',
      `draft ${draft.id} for ${draft.tag_name} targets '${commitish}'` +
        (resolved === commitish.toLowerCase() ? '' : ` (commit ${resolved})`) +
        `, but input 'target' is ${target}: these files would be released from another commit. ` +
        "Fix the draft's target or the input, and run again.",
    );
  }
}

async function deleteRelease(client: GitHubClient, repo: Repo, id: number): Promise<void> {
  try {
    await client.rest.repos.deleteRelease({ ...repo, release_id: id });
  } catch (error) {
    if (statusOf(error) === 404) return;
    throw explainHttpError(error, `Deleting duplicate draft release ${id}`, 'contents: write');
  }
}
