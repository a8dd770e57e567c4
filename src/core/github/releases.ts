/*
 * The asset core shared by stage-release and sbom-attach: find (or create) the one draft
 * release for a tag, and attach files to it without ever replacing an asset.
 *
 * Every decision here fails closed. A release list that could not be read to the end, a
 * published release, two drafts, an asset whose bytes cannot be established: each stops the
 * run with a message, because a release pipeline that guesses is how wrong bytes get shipped.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import semver from 'semver';
import { hashFile } from '../digest.js';
import { ConfigurationError, messageOf } from '../errors.js';
import { explainHttpError, paginateAll, statusOf, type GitHubClient, type Repo } from './client.js';

/** GitHub refuses release assets of 2 GiB or more ("each file must be under 2 GiB"). */
export const MAX_ASSET_BYTES = 2 * 1024 * 1024 * 1024;

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
  immutable?: boolean;
}

export interface ReleaseAsset {
  id: number;
  name: string;
  label: string | null;
  state: string;
  size: number;
  digest?: string | null;
  content_type: string;
  browser_download_url: string;
  url: string;
}

/** A release-state problem (published release, two drafts): a failed check, not a crash. */
export class ReleaseStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReleaseStateError';
  }
}

function releaseLabel(r: Release): string {
  return `${r.draft ? 'draft' : 'published release'} ${r.id} (${r.html_url}, created ${r.created_at})`;
}

/**
 * Every release of the repository whose tag is `tag`, drafts included. The by-tag endpoint
 * cannot see drafts, so the whole list is paginated; an error on any page is an error (a
 * partial list could hide a second draft or a published release).
 */
export async function listReleasesForTag(client: GitHubClient, repo: Repo, tag: string): Promise<Release[]> {
  try {
    const all = await paginateAll<Release>(
      client,
      'GET /repos/{owner}/{repo}/releases',
      { ...repo },
      {
        what: `releases of ${repo.owner}/${repo.repo}`,
      },
    );
    return all.filter((r) => r.tag_name === tag).sort((a, b) => a.id - b.id);
  } catch (error) {
    throw explainHttpError(
      error,
      `Listing the releases of ${repo.owner}/${repo.repo} (needed to find drafts) did not finish`,
      'contents: write',
    );
  }
}

/**
 * The one draft for `tag`, or undefined when there is none. A published release for the tag
 * is an error (these actions never modify one), and so are two drafts (which one holds the
 * real assets is not knowable).
 */
export async function findDraft(client: GitHubClient, repo: Repo, tag: string): Promise<Release | undefined> {
  const releases = await listReleasesForTag(client, repo, tag);
  const published = releases.filter((r) => !r.draft);
  if (published.length > 0) {
    throw new ReleaseStateError(
      `tag ${tag} already has a ${published.map(releaseLabel).join(' and a ')}; a published release is never modified. ` +
        'Publish under a new tag instead.',
    );
  }
  if (releases.length > 1) {
    throw new ReleaseStateError(
      `tag ${tag} has ${releases.length} draft releases: ${releases.map(releaseLabel).join('; ')}. ` +
        'Delete the ones that should not be published and run again.',
    );
  }
  return releases[0];
}

/**
 * The commit a tag points to, peeling annotated tags (a tag object can point at another tag
 * object). Undefined when the tag does not exist.
 */
export async function resolveTagCommit(
  client: GitHubClient,
  repo: Repo,
  tag: string,
): Promise<string | undefined> {
  let object: { sha: string; type: string };
  try {
    const { data } = await client.rest.git.getRef({ ...repo, ref: `tags/${tag}` });
    object = data.object;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw explainHttpError(error, `Resolving tag ${tag}`, 'contents: read');
  }
  for (let depth = 0; object.type === 'tag'; depth++) {
    if (depth >= 10) throw new Error(`Tag ${tag} is nested more than 10 annotated tags deep.`);
    try {
      const { data } = await client.rest.git.getTag({ ...repo, tag_sha: object.sha });
      object = data.object;
    } catch (error) {
      throw explainHttpError(error, `Peeling annotated tag ${tag}`, 'contents: read');
    }
  }
  if (object.type !== 'commit') throw new Error(`Tag ${tag} points to a ${object.type}, not a commit.`);
  return object.sha;
}

export interface DraftSpec {
  tag: string;
  /** Release title; defaults to the tag. */
  name?: string;
  body?: string;
  /** Commit the release targets; must equal the tag's commit when the tag exists. */
  target?: string;
  /**
   * The prerelease flag of a draft this run creates. A function is called only when a draft is
   * created, so a tag that is not SemVer fails only when the flag is really needed.
   */
  prerelease: boolean | (() => boolean);
}

export interface DraftResult {
  release: Release;
  created: boolean;
  /** Set when this run created a draft, found a concurrent run's earlier one and removed its own. */
  yieldedTo?: number;
  target: string;
  prerelease: boolean;
}

/**
 * Finds the draft for the tag or creates it. Creation is race-safe: after creating, the list is
 * read again; when two runs each created a draft, every run keeps the lowest id (the earliest
 * created) and a run whose own draft is not that one deletes it (it holds no assets yet).
 * Release ids grow with creation order, so all runs agree on the survivor.
 */
export async function ensureDraft(client: GitHubClient, repo: Repo, spec: DraftSpec): Promise<DraftResult> {
  // An existing draft is used whatever the tag's state: a draft may exist before its tag does
  // (GitHub creates the tag when the release is published).
  const existing = await findDraft(client, repo, spec.tag);
  if (existing) {
    return {
      release: existing,
      created: false,
      target: existing.target_commitish,
      prerelease: existing.prerelease,
    };
  }

  const tagCommit = await resolveTagCommit(client, repo, spec.tag);
  if (spec.target && tagCommit && spec.target.toLowerCase() !== tagCommit.toLowerCase()) {
    throw new ConfigurationError(
      `Input 'target' is ${spec.target}, but tag ${spec.tag} already points to ${tagCommit}: ` +
        "GitHub would release the tag's commit. Drop the input or fix the tag.",
    );
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
  if (!mine && (await listReleasesForTag(client, repo, spec.tag)).length === 0) {
    // The failed request left nothing behind (the list says so): one more attempt is safe.
    mine = await create();
  }

  const after = await listReleasesForTag(client, repo, spec.tag);
  const published = after.filter((r) => !r.draft);
  if (published.length > 0) {
    // Someone published the tag while we created a draft: leave the published one alone and
    // remove our draft, then refuse.
    if (mine) await deleteRelease(client, repo, mine.id);
    throw new ReleaseStateError(
      `tag ${spec.tag} was published while this run created a draft (${published.map(releaseLabel).join(', ')}); ` +
        'the new draft was removed and nothing was uploaded.',
    );
  }
  if (!mine) {
    // Our create request failed without an answer; whatever draft is there now (ours that
    // landed, or a concurrent run's) is the one, the earliest if several.
    if (after.length === 0)
      throw new Error(`Creating the draft release for ${spec.tag} failed, and no draft exists.`);
    const first = after[0];
    return { release: first, created: false, target: first.target_commitish, prerelease: first.prerelease };
  }
  const created = mine;
  if (!after.some((r) => r.id === created.id)) {
    throw new ReleaseStateError(
      `the draft this run created (${mine.id}) is not in the release list; not knowing which draft is the real one, nothing is uploaded.`,
    );
  }
  const survivor = after[0];
  if (survivor.id === mine.id) return { release: mine, created: true, target, prerelease };
  await deleteRelease(client, repo, mine.id);
  return {
    release: survivor,
    created: false,
    yieldedTo: survivor.id,
    target,
    prerelease: survivor.prerelease,
  };
}

async function deleteRelease(client: GitHubClient, repo: Repo, id: number): Promise<void> {
  try {
    await client.rest.repos.deleteRelease({ ...repo, release_id: id });
  } catch (error) {
    if (statusOf(error) === 404) return;
    throw explainHttpError(error, `Deleting duplicate draft release ${id}`, 'contents: write');
  }
}

/** All assets of a release, paginated to the end. */
export async function listAssets(
  client: GitHubClient,
  repo: Repo,
  releaseId: number,
): Promise<ReleaseAsset[]> {
  try {
    return await paginateAll<ReleaseAsset>(
      client,
      'GET /repos/{owner}/{repo}/releases/{release_id}/assets',
      { ...repo, release_id: releaseId },
      { what: `assets of release ${releaseId}` },
    );
  } catch (error) {
    throw explainHttpError(error, `Listing the assets of release ${releaseId}`, 'contents: write');
  }
}

/**
 * The asset that holds `local`: the one named as GitHub is expected to name it, or the one
 * labelled with the requested name (set on upload whenever GitHub may rename the file, so a
 * re-run finds its asset even when the name prediction is wrong).
 */
async function findAsset(
  client: GitHubClient,
  repo: Repo,
  releaseId: number,
  local: Pick<LocalAsset, 'name' | 'requestedName'>,
): Promise<ReleaseAsset | undefined> {
  const assets = await listAssets(client, repo, releaseId);
  return (
    assets.find((a) => a.name === local.name) ??
    (local.requestedName !== local.name ? assets.find((a) => a.label === local.requestedName) : undefined)
  );
}

/** `sha256:<hex>` → `<hex>`; anything else (another algorithm, malformed) → undefined. */
export function sha256OfDigest(digest: string | null | undefined): string | undefined {
  if (!digest) return undefined;
  const match = /^sha256:([0-9a-f]{64})$/i.exec(digest.trim());
  return match ? match[1].toLowerCase() : undefined;
}

/**
 * The sha256 of an asset's bytes as GitHub serves them, downloaded as a stream and hashed as
 * it arrives (never held whole in memory). Used when GitHub reports no digest (assets uploaded
 * before digests existed).
 */
export async function downloadAssetSha256(
  client: GitHubClient,
  repo: Repo,
  assetId: number,
  expectedSize?: number,
): Promise<string> {
  let body: ReadableStream<Uint8Array> | null;
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      ...repo,
      asset_id: assetId,
      headers: { accept: 'application/octet-stream' },
      request: { parseSuccessResponseBody: false },
    });
    body = response.data as unknown as ReadableStream<Uint8Array> | null;
  } catch (error) {
    throw explainHttpError(error, `Downloading asset ${assetId} to hash it`, 'contents: read');
  }
  const hash = createHash('sha256');
  let received = 0;
  try {
    if (body) {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        received += chunk.length;
        hash.update(chunk);
      }
    }
  } catch (error) {
    throw new Error(
      `Downloading asset ${assetId} to hash it broke off after ${received} bytes: ${messageOf(error)}`,
      {
        cause: error,
      },
    );
  }
  // A short read would hash to a "different" asset: say what really happened instead.
  if (expectedSize !== undefined && received !== expectedSize) {
    throw new Error(
      `Downloading asset ${assetId} to hash it gave ${received} bytes, but GitHub lists it with ${expectedSize}; its digest is unknown`,
    );
  }
  return hash.digest('hex');
}

/** The sha256 of an existing asset: its reported digest, else a download. */
async function remoteSha256(
  client: GitHubClient,
  repo: Repo,
  asset: ReleaseAsset,
): Promise<{ sha256: string; how: 'digest' | 'download' }> {
  const reported = sha256OfDigest(asset.digest);
  if (reported) return { sha256: reported, how: 'digest' };
  if (asset.digest) {
    throw new Error(`asset '${asset.name}' reports a digest GitHub does not document ('${asset.digest}')`);
  }
  return { sha256: await downloadAssetSha256(client, repo, asset.id, asset.size), how: 'download' };
}

export interface LocalAsset {
  /** Absolute path. */
  file: string;
  /** Path for messages (workspace-relative). */
  display: string;
  requestedName: string;
  /** The name GitHub is expected to store. */
  name: string;
  size: number;
  sha256: string;
  contentType: string;
}

export type AssetAction = 'uploaded' | 'skipped' | 'repaired' | 'failed';

export interface AssetOutcome {
  local: LocalAsset;
  action: AssetAction;
  /** One line for the summary row: what happened and why. */
  detail: string;
  asset?: ReleaseAsset;
  /** Requests that sent bytes (for the summary and tests). */
  uploads: number;
}

export interface StageOptions {
  /** Upload attempts for one file (each after re-reading the release's state). Default 3. */
  attempts?: number;
  /** How long to wait for a concurrent run's in-flight upload of the same name. Default 30 s. */
  concurrentWaitMs?: number;
  /** Poll interval while waiting. Default 1 s. */
  pollMs?: number;
  log?: (line: string) => void;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function short(hex: string): string {
  return `sha256:${hex}`;
}

/**
 * Attaches one local file to the draft without ever replacing an asset:
 * - same name, same sha256 → skipped;
 * - same name, different sha256 → failed, naming both digests, the asset untouched;
 * - same name in a non-`uploaded` state (a broken earlier upload) → deleted and uploaded again;
 * - otherwise uploaded, streamed from disk, then re-read: state `uploaded` and digest equal to
 *   the local sha256, or it is a failure.
 * An upload is not idempotent, so after any error the asset list is read again before the next
 * attempt (it may have landed, or a concurrent run may have uploaded the same name).
 */
export async function stageAsset(
  client: GitHubClient,
  repo: Repo,
  release: Release,
  local: LocalAsset,
  options: StageOptions = {},
): Promise<AssetOutcome> {
  const attempts = options.attempts ?? 3;
  const log = options.log ?? (() => undefined);
  let uploads = 0;
  let repaired = false;

  const compare = async (existing: ReleaseAsset, why: string): Promise<AssetOutcome> => {
    const remote = await remoteSha256(client, repo, existing);
    const via = remote.how === 'download' ? ' (no digest reported: downloaded and hashed)' : '';
    if (remote.sha256 === local.sha256) {
      return {
        local,
        action: 'skipped',
        detail: `${why}: identical asset '${existing.name}' already there, ${short(local.sha256)}${via}`,
        asset: existing,
        uploads,
      };
    }
    return {
      local,
      action: 'failed',
      detail:
        `asset '${existing.name}' already on the release has ${short(remote.sha256)}${via}, ` +
        `but '${local.display}' has ${short(local.sha256)}; an asset is never replaced (delete it by hand if it is wrong)`,
      asset: existing,
      uploads,
    };
  };

  /** Deletes a broken leftover; a 404 means someone else already removed it. */
  const removeBroken = async (asset: ReleaseAsset): Promise<void> => {
    log(`Asset '${asset.name}' is in state '${asset.state}' (a broken upload): deleting it to upload again.`);
    try {
      await client.rest.repos.deleteReleaseAsset({ ...repo, asset_id: asset.id });
    } catch (error) {
      if (statusOf(error) !== 404)
        throw explainHttpError(error, `Deleting broken asset '${asset.name}'`, 'contents: write');
    }
    repaired = true;
  };

  /**
   * Waits while the asset of our name is in a non-`uploaded` state: it may be a concurrent
   * run's upload in flight rather than a leftover. Returns what is there at the end.
   */
  const settle = async (found: ReleaseAsset | undefined): Promise<ReleaseAsset | undefined> => {
    const deadline = Date.now() + (options.concurrentWaitMs ?? 30_000);
    while (found && found.state !== 'uploaded' && Date.now() < deadline) {
      await sleep(options.pollMs ?? 1000);
      found = await findAsset(client, repo, release.id, local);
    }
    return found;
  };

  const existing = await settle(await findAsset(client, repo, release.id, local));
  if (existing) {
    if (existing.state === 'uploaded') return compare(existing, 'already staged');
    await removeBroken(existing);
  }

  let lastError = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let uploaded: ReleaseAsset | undefined;
    await assertStillDraft(client, repo, release);
    try {
      uploads++;
      uploaded = await uploadStream(client, release, local);
    } catch (error) {
      const status = statusOf(error);
      lastError = messageOf(error);
      if (status === 401 || status === 403 || status === 404) {
        throw explainHttpError(
          error,
          `Uploading '${local.name}' to release ${release.id}`,
          'contents: write',
        );
      }
      // Never retry blindly: find out what the failed request left behind.
      log(
        `Upload of '${local.name}' failed (${status ?? 'no status'}: ${lastError}); re-reading the release.`,
      );
      let found = await findAsset(client, repo, release.id, local);
      // On a 422 a concurrent run is probably uploading this very name: give it time to finish.
      if (status === 422) found = await settle(found);
      if (found && found.state === 'uploaded') {
        if (status === 422) return compare(found, 'uploaded meanwhile by a concurrent run');
        uploaded = found;
      } else {
        if (found) await removeBroken(found);
        if (status === 422 && !found) {
          // A refusal that is not explained by an asset we can see (validation, or a name
          // GitHub derived differently from ours): retrying cannot help, and guessing could.
          throw new Error(
            `GitHub refused the upload of '${local.requestedName}' (${lastError}) and no asset named '${local.name}' ` +
              `or labelled '${local.requestedName}' is on the release; not retrying`,
            { cause: error },
          );
        }
        continue;
      }
    }
    const verified = await verifyUploaded(
      client,
      repo,
      local,
      uploaded,
      repaired ? 'repaired' : 'uploaded',
      uploads,
    );
    if (verified) return verified;
    // Our asset vanished between upload and re-read: a concurrent run took it for a broken
    // upload and deleted it. What is there now decides.
    log(`Asset '${local.name}' (${uploaded.id}) is gone after its upload; re-reading the release.`);
    const now = await settle(await findAsset(client, repo, release.id, local));
    if (now?.state === 'uploaded') return compare(now, 'uploaded meanwhile by a concurrent run');
    if (now) await removeBroken(now);
    lastError = `asset ${uploaded.id} disappeared after its upload`;
  }
  throw new Error(`Uploading '${local.name}' failed ${attempts} times; last error: ${lastError}`);
}

/**
 * Refuses to upload once the release has been published (by a person or a parallel job) since
 * this run found it: uploading then would change a published release. The window left between
 * this read and the upload is one request long.
 */
async function assertStillDraft(client: GitHubClient, repo: Repo, release: Release): Promise<void> {
  let current: Release;
  try {
    const { data } = await client.rest.repos.getRelease({ ...repo, release_id: release.id });
    current = data as unknown as Release;
  } catch (error) {
    if (statusOf(error) === 404) {
      throw new ReleaseStateError(
        `draft release ${release.id} for ${release.tag_name} no longer exists; nothing more is uploaded`,
      );
    }
    throw explainHttpError(error, `Re-reading release ${release.id}`, 'contents: write');
  }
  if (!current.draft) {
    throw new ReleaseStateError(
      `release ${release.id} for ${release.tag_name} was published during this run; a published release is never modified, so nothing more is uploaded`,
    );
  }
}

/**
 * Re-reads an uploaded asset: it must be in state `uploaded` and its digest must equal the
 * local sha256 (a missing digest is filled in by downloading the asset). Undefined when the
 * asset no longer exists.
 */
async function verifyUploaded(
  client: GitHubClient,
  repo: Repo,
  local: LocalAsset,
  uploaded: ReleaseAsset,
  action: 'uploaded' | 'repaired',
  uploads: number,
): Promise<AssetOutcome | undefined> {
  let asset: ReleaseAsset;
  try {
    const { data } = await client.rest.repos.getReleaseAsset({ ...repo, asset_id: uploaded.id });
    asset = data as unknown as ReleaseAsset;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw explainHttpError(error, `Re-reading uploaded asset '${uploaded.name}'`, 'contents: write');
  }
  const renamed =
    asset.name !== local.requestedName
      ? ` (GitHub named it '${asset.name}', asked for '${local.requestedName}')`
      : '';
  if (asset.state !== 'uploaded') {
    return {
      local,
      action: 'failed',
      detail: `after upload, asset '${asset.name}' is in state '${asset.state}', not 'uploaded'`,
      asset,
      uploads,
    };
  }
  const remote = await remoteSha256(client, repo, asset);
  if (remote.sha256 !== local.sha256) {
    return {
      local,
      action: 'failed',
      detail: `after upload, GitHub reports ${short(remote.sha256)} for '${asset.name}' but the local file has ${short(local.sha256)}`,
      asset,
      uploads,
    };
  }
  const verb = action === 'repaired' ? 'replaced a broken upload and verified' : 'uploaded and verified';
  const via = remote.how === 'download' ? ' (by download: no digest reported)' : '';
  return { local, action, detail: `${verb}, ${short(local.sha256)}${via}${renamed}`, asset, uploads };
}

/**
 * POSTs the file to the release's upload URL as a stream with its exact Content-Length (the
 * file is never read whole into memory; @octokit/request passes the stream to fetch with
 * `duplex: 'half'`, and redirects are refused so fetch does not tee the body). Retries are switched off for this request: a retry would resend a
 * consumed stream, and the caller re-reads the state instead.
 */
async function uploadStream(
  client: GitHubClient,
  release: Release,
  local: LocalAsset,
): Promise<ReleaseAsset> {
  const base = release.upload_url.replace(/\{[^}]*\}$/, '');
  // When GitHub may rename the file, the original name goes in the label: the release page
  // shows it, and a re-run recognises the asset by it.
  const label = local.name !== local.requestedName ? `&label=${encodeURIComponent(local.requestedName)}` : '';
  const url = `${base}?name=${encodeURIComponent(local.requestedName)}${label}`;
  const stream = fs.createReadStream(local.file, { highWaterMark: 1024 * 1024 });
  try {
    const { data } = await client.request({
      method: 'POST',
      url,
      data: stream,
      headers: { 'content-type': local.contentType, 'content-length': local.size },
      // redirect 'error' is what keeps memory bounded: with any other mode undici's fetch clones
      // the request (fetch spec, HTTP-network-or-cache fetch), which tees the body stream, and
      // the unread branch buffers the whole file (measured: RSS grew with the file's size).
      // An upload endpoint never redirects, so refusing redirects costs nothing.
      request: { retries: 0, redirect: 'error' } as Record<string, unknown>,
    });
    return data as unknown as ReleaseAsset;
  } finally {
    stream.destroy();
  }
}

/**
 * Stats, size-checks and hashes the files to attach. Every oversized file is named in one
 * error before any file is hashed; each file is hashed once, streaming (src/core/digest.ts).
 */
export async function prepareLocalAssets(
  input: string,
  planned: { file: string; display: string; requestedName: string; name: string }[],
  contentTypeOf: (name: string) => string,
): Promise<LocalAsset[]> {
  const sizes = await Promise.all(planned.map(async (p) => (await fs.promises.stat(p.file)).size));
  const tooBig = planned.filter((_, i) => sizes[i] >= MAX_ASSET_BYTES);
  if (tooBig.length > 0) {
    throw new ConfigurationError(
      `Input '${input}': ${tooBig.map((p) => `'${p.display}' (${sizes[planned.indexOf(p)]} bytes)`).join(', ')} ` +
        `${tooBig.length === 1 ? 'is' : 'are'} too large: GitHub refuses release assets of 2 GiB (${MAX_ASSET_BYTES} bytes) or more. ` +
        'Nothing was uploaded.',
    );
  }
  const out: LocalAsset[] = [];
  for (const [i, p] of planned.entries()) {
    const { sha256, size } = await hashFile(p.file, ['sha256']);
    if (size !== sizes[i]) throw new Error(`'${p.display}' changed size while it was being read.`);
    out.push({ ...p, size, sha256, contentType: contentTypeOf(p.requestedName) });
  }
  return out;
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

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.zip': 'application/zip',
  '.gz': 'application/gzip',
  '.tgz': 'application/gzip',
  '.xz': 'application/x-xz',
  '.bz2': 'application/x-bzip2',
  '.zst': 'application/zstd',
  '.tar': 'application/x-tar',
  '.whl': 'application/zip',
  '.jar': 'application/java-archive',
  '.deb': 'application/vnd.debian.binary-package',
  '.rpm': 'application/x-rpm',
  '.pem': 'application/x-pem-file',
  '.sig': 'application/pgp-signature',
  '.asc': 'application/pgp-signature',
};

/** A content type from the file extension; `application/octet-stream` when unknown. */
export function contentTypeFor(name: string): string {
  if (/\.sigstore(\.json)?$/.test(name)) return 'application/vnd.dev.sigstore.bundle.v0.3+json';
  if (/\.intoto\.jsonl$/.test(name)) return 'application/vnd.in-toto+json';
  if (/^SHA\d+SUMS/.test(name)) return 'text/plain';
  const ext = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}
