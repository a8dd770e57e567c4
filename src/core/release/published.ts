/*
 * Re-running a whole successful release workflow reaches stage-release and sbom-attach after
 * undraft published the release. A published release is never changed, but refusing outright
 * makes every re-run fail. So: when the tag's release is published and holds every local file
 * byte for byte (same name, same sha256), that is success with nothing written; anything else
 * is still refused, naming the difference.
 */
import type { Report } from '../action/report.js';
import { messageWithFix, quote } from '../errors.js';
import type { GitHubClient, Repo } from '../github/client.js';
import { listAssets, remoteSha256 } from '../github/assets.js';
import { listReleasesForTag, ReleaseStateError, type Release } from '../github/releases.js';
import { hashLocal } from '../github/local-asset.js';
import type { AssetOutcome } from '../github/asset-upload.js';
import type { LocalAsset } from '../github/local-asset.js';

export interface PublishedComparison {
  release: Release;
  /** One per local file: `skipped` when identical, `failed` naming the difference. */
  outcomes: AssetOutcome[];
  /** The summary row about the release itself. */
  detail: string;
}

/**
 * The tag's published release compared with the local files, reading only (nothing is ever
 * written to a published release). Undefined when the tag has no published release, so the
 * draft rules apply. Two published releases for one tag is a release-state error. `releases`
 * is the tag's releases as this run already listed them (the list is read once per run);
 * without it the list is read here.
 */
export async function compareWithPublished(
  client: GitHubClient,
  repo: Repo,
  tag: string,
  locals: LocalAsset[],
  releases?: Release[],
): Promise<PublishedComparison | undefined> {
  const published = (releases ?? (await listReleasesForTag(client, repo, tag))).filter((r) => !r.draft);
  if (published.length === 0) return undefined;
  if (published.length > 1) {
    throw new ReleaseStateError(
      'AMBIGUOUS',
      `tag ${tag} has ${published.length} published releases; which one is the release is not knowable`,
    );
  }
  const [release] = published;
  const assets = await listAssets(client, repo, release.id);
  const outcomes: AssetOutcome[] = [];
  for (const local of locals) {
    // By name only, as on a draft (stage-asset.ts findAsset): a label proves nothing.
    const asset =
      assets.find((a) => a.name === local.requestedName) ?? assets.find((a) => a.name === local.name);
    let sha256 = '';
    const refuse = (detail: string): AssetOutcome => ({
      local,
      action: 'failed',
      detail,
      asset,
      sha256,
      uploads: 0,
    });
    if (!asset) {
      outcomes.push(
        refuse(`release ${tag} is published without '${local.name}'; a published release is never modified`),
      );
      continue;
    }
    if (asset.state !== 'uploaded') {
      outcomes.push(
        refuse(`asset '${asset.name}' of published release ${tag} is in state ${quote(asset.state)}`),
      );
      continue;
    }
    try {
      // Through the file's one open handle, as every other read of it.
      sha256 = await hashLocal(local);
      const remote = await remoteSha256(client, repo, asset);
      const via = remote.how === 'download' ? ' (no digest reported: downloaded and hashed)' : '';
      outcomes.push(
        remote.sha256 === sha256
          ? {
              local,
              action: 'skipped',
              detail: `already published, identical: sha256:${sha256}${via}`,
              asset,
              sha256,
              uploads: 0,
            }
          : refuse(
              `published asset '${asset.name}' has sha256:${remote.sha256}${via}, but '${local.display}' has sha256:${sha256}; a published release is never modified`,
            ),
      );
    } catch (error) {
      outcomes.push(refuse(messageWithFix(error)));
    }
  }
  const identical = outcomes.every((o) => o.action === 'skipped');
  return {
    release,
    outcomes,
    detail: identical
      ? `the published release ${release.id} for ${tag} (${release.html_url}) already holds every file, byte-identical; nothing was written`
      : `the published release ${release.id} for ${tag} (${release.html_url}) differs from the local files, and a published release is never modified`,
  };
}

/**
 * Adds the comparison to a report (a `published release` row, then a row per file) and to
 * the outcomes; returns the release's id and URL for the outputs.
 */
export function recordPublished(
  report: Report,
  comparison: PublishedComparison,
  outcomes: AssetOutcome[],
): { releaseId: string; releaseUrl: string } {
  const identical = comparison.outcomes.every((o) => o.action === 'skipped');
  report.add({ check: 'published release', ok: identical, detail: comparison.detail });
  for (const o of comparison.outcomes) {
    outcomes.push(o);
    report.add({
      check: `asset ${o.asset?.name ?? o.local.name}`,
      ok: o.action !== 'failed',
      detail: o.detail,
    });
  }
  return { releaseId: String(comparison.release.id), releaseUrl: comparison.release.html_url };
}
