/*
 * The upload of one file and the checks around it, for the never-replace state machine
 * (stage-asset.ts): the streamed POST, the post-upload digest check, the deletion of this run's
 * own bad upload, and the draft's re-read after the last upload. Apart from the state machine
 * because these are single requests with their own proofs, while the state machine decides which
 * of them to make.
 */
import { messageOf, quote } from '../errors.js';
import { explainHttpError, statusOf, type GitHubClient, type Repo } from './client.js';
import { assetsByName, listAssets, remoteSha256, sha256OfDigest, type ReleaseAsset } from './assets.js';
import type { LocalAsset, SendingBody } from './local-asset.js';
import { ReleaseStateError, readRelease, type Release } from './release-list.js';

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

export function short(hex: string): string {
  return `sha256:${hex}`;
}

/** Deletes an asset; a 404 means it is already gone, which is what was wanted. */
export async function deleteAsset(
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
export async function assertStillDraft(client: GitHubClient, repo: Repo, release: Release): Promise<void> {
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
export async function uploadStream(
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
