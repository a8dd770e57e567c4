/*
 * The never-replace state machine shared by stage-release and sbom-attach: attach one local
 * file to the draft without ever replacing an asset, and prove afterwards that GitHub holds
 * exactly the local bytes.
 */
import * as fs from 'node:fs';
import { hashFile } from '../digest.js';
import { ConfigurationError, messageOf } from '../errors.js';
import { explainHttpError, statusOf, type GitHubClient, type Repo } from './client.js';
import { MAX_ASSET_BYTES, listAssets, remoteSha256, type ReleaseAsset } from './assets.js';
import { ReleaseStateError, type Release } from './releases.js';

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
