/*
 * The never-replace state machine shared by stage-release and sbom-attach: attach one local
 * file to the draft without ever replacing an asset, and prove afterwards that GitHub holds
 * exactly the local bytes.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { BaseError, messageOf, quote } from '../errors.js';
import { explainHttpError, GitHubRequestError, statusOf, type GitHubClient, type Repo } from './client.js';
import { assetsByName, listAssets, remoteSha256, type ReleaseAsset } from './assets.js';
import { sameAssetName } from './asset-names.js';
import { FileChangedError, assertUnchanged, hashLocal, sendingBody, type LocalAsset } from './local-asset.js';
import type { Release } from './release-list.js';
import {
  assertStillDraft,
  deleteAsset,
  short,
  uploadStream,
  verifyUploaded,
  type AssetOutcome,
} from './asset-upload.js';

/**
 * An asset already on the release holds the name this run would upload under, written with other
 * capitals (`App.tar.gz` there, `app.tar.gz` here). GitHub keeps one asset per name regardless
 * of case ({@link sameAssetName}), so the upload could only be refused or land on that asset:
 * it is refused here, before any byte is sent, naming the asset that is there.
 */
export class AssetNameConflictError extends BaseError<'CASE_ONLY'> {
  constructor(message: string) {
    super('CASE_ONLY', message);
    this.name = 'AssetNameConflictError';
  }
}

/** The conflict with `clash`, an asset whose name is `local`'s but for case. */
function caseConflict(clash: ReleaseAsset, local: Pick<LocalAsset, 'requestedName'>): AssetNameConflictError {
  return new AssetNameConflictError(
    `asset ${quote(clash.name)} (${clash.id}) is already on the release, and ${quote(local.requestedName)} differs from it ` +
      'only in case: GitHub keeps one asset per name regardless of case, so it is not uploaded beside it. ' +
      'Rename the file, or delete the asset by hand if it is the wrong one.',
  );
}

/**
 * The asset whose name is `local`'s but for case, when none has its exact name (an exact name is
 * {@link findAsset}'s, and the never-replace rules decide about it).
 */
function caseOnlyMatch(
  assets: ReadonlyMap<string, ReleaseAsset>,
  local: Pick<LocalAsset, 'name' | 'requestedName'>,
): ReleaseAsset | undefined {
  if (findAsset(assets, local)) return undefined;
  for (const asset of assets.values()) {
    if (sameAssetName(asset.name, local.name) || sameAssetName(asset.name, local.requestedName)) return asset;
  }
  return undefined;
}

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
  /** Reads the release's assets, refreshing the shared map. */
  let lastListing: ReadonlyMap<string, ReleaseAsset> = known ?? new Map();
  const relist = async (): Promise<Map<string, ReleaseAsset>> => {
    const listed = assetsByName(await listAssets(client, repo, release.id));
    lastListing = listed;
    if (known) {
      known.clear();
      for (const [name, asset] of listed) known.set(name, asset);
    }
    return listed;
  };
  /** Reads the release's assets (refreshing the shared map) and picks ours. */
  const reread = async (): Promise<ReleaseAsset | undefined> => findAsset(await relist(), local);
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
  const first = known ?? (await relist());
  const clash = caseOnlyMatch(first, local);
  if (clash) throw caseConflict(clash, local);
  const existing = await settle(findAsset(first, local));
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
          // A concurrent run may have uploaded the name with other capitals meanwhile.
          const late = caseOnlyMatch(lastListing, local);
          if (late) throw caseConflict(late, local);
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
