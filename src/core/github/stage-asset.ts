/*
 * The never-replace state machine shared by stage-release and sbom-attach: attach one local
 * file to the draft without ever replacing an asset, and prove afterwards that GitHub holds
 * exactly the local bytes.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { messageOf, quote } from '../errors.js';
import { explainHttpError, GitHubRequestError, statusOf, type GitHubClient, type Repo } from './client.js';
import { listAssets, remoteSha256, sha256OfDigest, type ReleaseAsset } from './assets.js';
import {
  FileChangedError,
  assertUnchanged,
  hashLocal,
  sendingBody,
  type LocalAsset,
  type SendingBody,
} from './local-asset.js';
import { ReleaseStateError, readRelease, type Release } from './releases.js';

export { closeLocalAssets, prepareLocalAssets, type LocalAsset } from './local-asset.js';

/**
 * The asset that holds `local`: the one named as requested, or the one named as this run
 * predicts GitHub renames it. Nothing else counts, and the label least of all: anyone who can
 * upload to the draft can label an unrelated asset with our name, and a label match would then
 * pass it off as "already staged" (or delete it as "broken") while the expected name is never
 * uploaded. A name is unique on a release, so a name match is the asset GitHub would refuse a
 * second upload for.
 */
function findAsset(
  assets: ReadonlyMap<string, ReleaseAsset>,
  local: Pick<LocalAsset, 'name' | 'requestedName'>,
): ReleaseAsset | undefined {
  return assets.get(local.requestedName) ?? assets.get(local.name);
}

/** A release's assets by name (a name is unique on a release), the map stageAsset keeps. */
export function assetsByName(assets: ReleaseAsset[]): Map<string, ReleaseAsset> {
  return new Map(assets.map((a) => [a.name, a]));
}

export type AssetAction = 'uploaded' | 'skipped' | 'repaired' | 'failed';

export interface AssetOutcome {
  local: LocalAsset;
  action: AssetAction;
  /** One line for the summary row: what happened and why. */
  detail: string;
  asset?: ReleaseAsset;
  /**
   * The local sha256: of the bytes this run sent, or (when an asset of the name was already
   * there) of the file as hashed through the same handle. Empty when it was never computed.
   */
  sha256: string;
  /** Requests that sent bytes (for the summary and tests). */
  uploads: number;
}

export interface StageOptions {
  /** Upload attempts for one file (each after re-reading the release's state). Default 3. */
  attempts?: number;
  /**
   * The draft's assets by name as this run knows them, shared by the files of one run and kept
   * up to date as uploads land and assets are deleted, so the draft is listed once per run, not
   * once per file. Without it the assets are listed here. Whenever what GitHub holds is in doubt
   * (an upload failed, a same-name asset is in flight) the list is read again, and the map with
   * it: the map only ever saves the first look.
   */
  assets?: Map<string, ReleaseAsset>;
  /** How long to wait for a concurrent run's in-flight upload of the same name. Default 30 s. */
  concurrentWaitMs?: number;
  /** Poll interval while waiting. Default 1 s. */
  pollMs?: number;
  log?: (line: string) => void;
}

function short(hex: string): string {
  return `sha256:${hex}`;
}

/**
 * Attaches one local file to the draft without ever replacing an asset:
 * - same name, same sha256 → skipped;
 * - same name, different sha256 → failed, naming both digests, the asset untouched;
 * - same name in a non-`uploaded` state (a broken earlier upload) → deleted and uploaded again;
 * - otherwise uploaded, streamed from the file's one open handle and hashed as it is sent, then
 *   re-read: state `uploaded` and digest equal to the digest of the bytes sent, or the asset
 *   this run uploaded is deleted at once and it is a failure naming both digests.
 * The local digest is computed before the upload only when an asset of the name is already
 * there (to compare); otherwise the one read that sends the file also hashes it.
 * An upload is not idempotent, so after any error the asset list is read again before the next
 * attempt (it may have landed, or a concurrent run may have uploaded the same name).
 * Whether the release is still a draft is not read before each upload (see
 * {@link confirmStillDraft}, which the caller runs once after the last); a retry re-reads it.
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
  const known = options.assets;
  /** Reads the release's assets (refreshing the shared map) and picks ours. */
  const reread = async (): Promise<ReleaseAsset | undefined> => {
    const listed = assetsByName(await listAssets(client, repo, release.id));
    if (known) {
      known.clear();
      for (const [name, asset] of listed) known.set(name, asset);
    }
    return findAsset(listed, local);
  };
  const forget = (asset: ReleaseAsset): void => {
    if (known?.get(asset.name)?.id === asset.id) known.delete(asset.name);
  };
  let uploads = 0;
  let repaired = false;
  let hashed: string | undefined;
  // Read through the same handle as any upload; computed once, only when there is something
  // to compare with.
  const localSha256 = async (): Promise<string> => (hashed ??= await hashLocal(local));

  const compare = async (existing: ReleaseAsset, why: string): Promise<AssetOutcome> => {
    const remote = await remoteSha256(client, repo, existing);
    const mine = await localSha256();
    const via = remote.how === 'download' ? ' (no digest reported: downloaded and hashed)' : '';
    if (remote.sha256 === mine) {
      return {
        local,
        action: 'skipped',
        detail: `${why}: identical asset '${existing.name}' already there, ${short(mine)}${via}`,
        asset: existing,
        sha256: mine,
        uploads,
      };
    }
    return {
      local,
      action: 'failed',
      detail:
        `asset '${existing.name}' already on the release has ${short(remote.sha256)}${via}, ` +
        `but '${local.display}' has ${short(mine)}; an asset is never replaced (delete it by hand if it is wrong)`,
      asset: existing,
      sha256: mine,
      uploads,
    };
  };

  /** Deletes a broken leftover; a 404 means someone else already removed it. */
  const removeBroken = async (asset: ReleaseAsset): Promise<void> => {
    log(
      `Asset '${asset.name}' is in state ${quote(asset.state)} (a broken upload): deleting it to upload again.`,
    );
    await deleteAsset(client, repo, asset, `Deleting broken asset '${asset.name}'`);
    forget(asset);
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
      found = await reread();
    }
    return found;
  };

  // The first look: the map the run keeps (listed once, or known empty for a draft this run
  // created), or a listing of its own.
  const existing = await settle(known ? findAsset(known, local) : await reread());
  if (existing) {
    if (existing.state === 'uploaded') return compare(existing, 'already staged');
    await removeBroken(existing);
  }

  let lastError = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let uploaded: ReleaseAsset | undefined;
    // A retry follows a failure, after which nothing about the release is assumed: re-read.
    if (attempt > 1) await assertStillDraft(client, repo, release);
    const body = sendingBody(local);
    try {
      uploads++;
      uploaded = await uploadStream(client, release, local, body);
    } catch (error) {
      const changed = body.failure();
      if (changed) {
        // The file ended early while it was sent: no retry can send one known version. A
        // leftover of this broken upload is removed so the next run starts clean.
        const left = await reread();
        if (left && left.state !== 'uploaded') await removeBroken(left);
        throw changed;
      }
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
      let found = await reread();
      // On a 422 a concurrent run is probably uploading this very name: give it time to finish.
      if (status === 422) found = await settle(found);
      if (found && found.state === 'uploaded') {
        // Landed although the request failed. Only when this run handed over every byte is it
        // known to be ours with a known digest; otherwise it is compared like any other asset.
        if (status === 422 || body.sent() === undefined) {
          return compare(found, 'uploaded meanwhile by a concurrent run');
        }
        uploaded = found;
      } else {
        if (found) await removeBroken(found);
        if (status === 422 && !found) {
          // GitHub refuses uploads to a published immutable release with a 422: say that rather
          // than a bare refusal when it is the reason.
          await assertStillDraft(client, repo, release);
          // A refusal that is not explained by an asset we can see (validation, or a name
          // GitHub derived differently from ours): retrying cannot help, and guessing could.
          throw new GitHubRequestError(
            'UPLOAD_FAILED',
            `GitHub refused the upload of '${local.requestedName}' (${lastError}) and no asset named ` +
              `'${local.name}' is on the release; not retrying`,
            error,
          );
        }
        continue;
      }
    }
    const sent = body.sent();
    if (sent === undefined) {
      // GitHub answered before the whole body was read: what it stored is not what was meant.
      await deleteAsset(client, repo, uploaded, `Deleting incomplete upload '${uploaded.name}'`);
      throw new GitHubRequestError(
        'UPLOAD_FAILED',
        `GitHub answered the upload of '${local.name}' before the whole file was sent; the asset was deleted`,
      );
    }
    try {
      await assertUnchanged(local);
    } catch (error) {
      // Written to while it was sent: the asset holds a mix of versions. It is this run's own
      // upload, so it is removed at once rather than left to fail every re-run.
      await deleteAsset(
        client,
        repo,
        uploaded,
        `Deleting asset '${uploaded.name}' uploaded from a changing file`,
      );
      const code = error instanceof FileChangedError ? error.code : 'WRITTEN';
      throw new FileChangedError(code, `${messageOf(error)} The asset this run uploaded was deleted.`);
    }
    const verified = await verifyUploaded(
      client,
      repo,
      local,
      uploaded,
      sent,
      repaired ? 'repaired' : 'uploaded',
      uploads,
    );
    if (verified) {
      // The map follows what is on the release now: the asset as verified (or as it stands
      // when its state is wrong), nothing when the wrong-digest check deleted it.
      if (verified.asset) known?.set(verified.asset.name, verified.asset);
      else forget(uploaded);
      return verified;
    }
    // Our asset vanished between upload and re-read: a concurrent run took it for a broken
    // upload and deleted it. What is there now decides.
    log(`Asset '${local.name}' (${uploaded.id}) is gone after its upload; re-reading the release.`);
    forget(uploaded);
    const now = await settle(await reread());
    if (now?.state === 'uploaded') return compare(now, 'uploaded meanwhile by a concurrent run');
    if (now) await removeBroken(now);
    lastError = `asset ${uploaded.id} disappeared after its upload`;
  }
  throw new GitHubRequestError(
    'UPLOAD_FAILED',
    `Uploading '${local.name}' failed ${attempts} times; last error: ${lastError}`,
  );
}

/** Deletes an asset; a 404 means it is already gone, which is what was wanted. */
async function deleteAsset(
  client: GitHubClient,
  repo: Repo,
  asset: ReleaseAsset,
  what: string,
): Promise<void> {
  try {
    await client.rest.repos.deleteReleaseAsset({ ...repo, asset_id: asset.id });
  } catch (error) {
    if (statusOf(error) !== 404) throw explainHttpError(error, what, 'contents: write');
  }
}

/**
 * Refuses to upload once the release has been published (by a person or a parallel job) since
 * this run found it: uploading then would change a published release. The window left between
 * this read and the upload is one request long.
 */
async function assertStillDraft(client: GitHubClient, repo: Repo, release: Release): Promise<void> {
  const current = await readRelease(client, repo, release.id);
  if (!current) {
    throw new ReleaseStateError(
      'DRAFT_GONE',
      `draft release ${release.id} for ${release.tag_name} no longer exists; nothing more is uploaded`,
    );
  }
  if (!current.draft) {
    throw new ReleaseStateError(
      'PUBLISHED',
      `release ${release.id} for ${release.tag_name} was published during this run; a published release is never modified, so nothing more is uploaded`,
    );
  }
}

/**
 * The check after the last upload of a run, which stands in for a re-read of the release before
 * every upload. Two things are proved with one request (the release object, which embeds its
 * assets):
 * - the release is still a draft. A published release is never modified; before the first
 *   upload the run had just read the list showing a draft, and GitHub itself refuses uploads to a
 *   published immutable release (422 "Cannot upload assets to an immutable release"), but a
 *   mutable one accepts them, so a release published in the middle of the run (by hand, or by a
 *   parallel job) is caught here: the step fails and names every asset this run finished
 *   uploading at or after the publication (by GitHub's timestamps, second-grained, so a tie
 *   counts as after). A read before each upload only narrowed that window to one request; it
 *   never closed it, and it cost a request per file;
 * - every asset this run uploaded and verified is still there, same id and digest: a concurrent
 *   run that waited out a long upload of the same name could have taken it for a broken one and
 *   deleted it (the post-upload check no longer re-reads each asset). When an asset is missing
 *   from the embedded list, the asset list is read in full before it is called gone.
 * Nothing is requested when this run uploaded nothing (a re-run that changes nothing). Returns
 * the problems, empty when there are none.
 */
export async function confirmStillDraft(
  client: GitHubClient,
  repo: Repo,
  release: Release,
  outcomes: AssetOutcome[],
): Promise<string[]> {
  if (!outcomes.some((o) => o.uploads > 0)) return [];
  const ours = outcomes.filter(
    (o): o is AssetOutcome & { asset: ReleaseAsset } =>
      (o.action === 'uploaded' || o.action === 'repaired') && o.asset !== undefined,
  );
  const current = await readRelease(
    client,
    repo,
    release.id,
    `Re-reading release ${release.id} after the uploads`,
  );
  if (!current) {
    return [
      `draft release ${release.id} for ${release.tag_name} was deleted during this run, with whatever this run uploaded to it; run again`,
    ];
  }
  const names = (list: { asset: ReleaseAsset }[]): string =>
    list.length === 0 ? 'none' : list.map((o) => `'${o.asset.name}'`).join(', ');
  if (!current.draft) {
    const at = current.published_at ? Date.parse(current.published_at) : Number.NaN;
    // Unknown publication time: every upload of the run may have come after it.
    const after = ours.filter(
      (o) => Number.isNaN(at) || !(Date.parse(o.asset.updated_at ?? o.asset.created_at ?? '') < at),
    );
    return [
      `release ${release.id} for ${release.tag_name} was published during this run` +
        (current.published_at ? ` (at ${current.published_at})` : '') +
        `; a published release is never modified, yet this run finished uploading ${names(after)} at or after that ` +
        `(all it uploaded: ${names(ours)}). Check the published release by hand: it was not published by undraft's checks.`,
    ];
  }
  const same = (a: ReleaseAsset | undefined, b: ReleaseAsset): boolean =>
    // A digest GitHub fills in later is no difference; one that changes is.
    a !== undefined && a.id === b.id && a.state === 'uploaded' && (!b.digest || a.digest === b.digest);
  let present = assetsByName(current.assets ?? []);
  if (ours.some((o) => !same(present.get(o.asset.name), o.asset))) {
    // The embedded list is GitHub's summary of the release; a miss there is read again in full.
    present = assetsByName(await listAssets(client, repo, release.id));
  }
  return ours
    .filter((o) => !same(present.get(o.asset.name), o.asset))
    .map(
      (o) =>
        `asset '${o.asset.name}' (${o.asset.id}) that this run uploaded and verified is no longer on draft ${release.id} as it was ` +
        '(a concurrent run may have taken it for a broken upload); run again',
    );
}

/**
 * The post-upload check. The asset this run uploaded must be in state `uploaded` and its digest
 * must equal the sha256 of the bytes this run sent. GitHub's answer to the upload is the asset
 * object itself, digest included, so when that answer says `uploaded` with a sha256 digest it is
 * compared as it is, without another request: it is GitHub's own account of what it stored, the
 * same field a re-read would return. Only an answer without a digest or in another state is read
 * again (a missing digest is then filled in by downloading the asset). A digest that differs
 * means GitHub holds other bytes than were sent: the asset is this run's own, so it is deleted at
 * once (a re-run then starts clean instead of failing on it forever), and the outcome fails
 * naming both digests. Undefined when the asset no longer exists (found by the re-read; that it
 * is still there after the last upload is checked once for all files by
 * {@link confirmStillDraft}).
 */
export async function verifyUploaded(
  client: GitHubClient,
  repo: Repo,
  local: LocalAsset,
  uploaded: ReleaseAsset,
  sent: string,
  action: 'uploaded' | 'repaired',
  uploads: number,
): Promise<AssetOutcome | undefined> {
  let asset = uploaded;
  if (uploaded.state !== 'uploaded' || sha256OfDigest(uploaded.digest) === undefined) {
    try {
      const { data } = await client.rest.repos.getReleaseAsset({ ...repo, asset_id: uploaded.id });
      asset = data as unknown as ReleaseAsset;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw explainHttpError(error, `Re-reading uploaded asset '${uploaded.name}'`, 'contents: write');
    }
  }
  const renamed =
    asset.name !== local.requestedName
      ? ` (GitHub named it '${asset.name}', asked for '${local.requestedName}')`
      : '';
  if (asset.state !== 'uploaded') {
    return {
      local,
      action: 'failed',
      detail: `after upload, asset '${asset.name}' is in state ${quote(asset.state)}, not "uploaded"`,
      asset,
      sha256: sent,
      uploads,
    };
  }
  const remote = await remoteSha256(client, repo, asset);
  if (remote.sha256 !== sent) {
    let removal = 'the asset this run uploaded was deleted; run again';
    try {
      await deleteAsset(client, repo, asset, `Deleting asset '${asset.name}' with a wrong digest`);
    } catch (error) {
      removal = `deleting the asset this run uploaded failed too (${messageOf(error)}): delete it by hand`;
    }
    return {
      local,
      action: 'failed',
      detail:
        `post-upload digest check: GitHub reports ${short(remote.sha256)} for '${asset.name}', ` +
        `but this run sent ${short(sent)}; ${removal}`,
      sha256: sent,
      uploads,
    };
  }
  const verb = action === 'repaired' ? 'replaced a broken upload and verified' : 'uploaded and verified';
  const via = remote.how === 'download' ? ' (by download: no digest reported)' : '';
  return { local, action, detail: `${verb}, ${short(sent)}${via}${renamed}`, asset, sha256: sent, uploads };
}

/**
 * POSTs the file to the release's upload URL as a stream with its exact Content-Length (the
 * file is never read whole into memory: the body is a pull stream over a fixed ring of buffers,
 * see sendingBody, which @octokit/request hands to fetch as it is, with `duplex: 'half'`; and
 * redirects are refused so fetch does not tee the body). Retries are switched off for this
 * request: a retry would resend a consumed stream, and the caller re-reads the state instead.
 * The body is ended when the request is over, so nothing is read or counted as sent after it.
 */
async function uploadStream(
  client: GitHubClient,
  release: Release,
  local: LocalAsset,
  body: SendingBody,
): Promise<ReleaseAsset> {
  const base = release.upload_url.replace(/\{[^}]*\}$/, '');
  // When GitHub may rename the file, the original name goes in the label, so the release page
  // shows it. A label is only for people: findAsset never identifies an asset by it.
  const label = local.name !== local.requestedName ? `&label=${encodeURIComponent(local.requestedName)}` : '';
  const url = `${base}?name=${encodeURIComponent(local.requestedName)}${label}`;
  try {
    const { data } = await client.request({
      method: 'POST',
      url,
      data: body.stream,
      headers: { 'content-type': local.contentType, 'content-length': local.size },
      // redirect 'error' is what keeps memory bounded: with any other mode undici's fetch clones
      // the request (fetch spec, HTTP-network-or-cache fetch), which tees the body stream, and
      // the unread branch buffers the whole file (measured: RSS grew with the file's size).
      // An upload endpoint never redirects, so refusing redirects costs nothing.
      request: { retries: 0, redirect: 'error' } as Record<string, unknown>,
    });
    return data as unknown as ReleaseAsset;
  } finally {
    body.stop();
  }
}
