/*
 * The staging pipeline shared by stage-release and sbom-attach: plan the asset names, open the
 * local files (local half: nothing is requested), then find or create the draft and stage each
 * file on it under the never-replace rules (remote half), one summary row per step.
 */
import { envNumber } from '../env.js';
import { messageWithFix } from '../errors.js';
import { info, warning } from '../action/log.js';
import type { Report } from '../action/report.js';
import { planAssetNames } from '../github/asset-names.js';
import type { GitHubClient, Repo } from '../github/client.js';
import type { ReleaseAsset } from '../github/assets.js';
import { listAssets } from '../github/assets.js';
import {
  ensureDraft,
  readReleaseListing,
  tagCommitHoldingTarget,
  type DraftResult,
  type DraftSpec,
  type Release,
} from '../github/releases.js';
import { compareWithPublished, recordPublished } from './published.js';
import { assetsByName } from '../github/assets.js';
import { confirmStillDraft, type AssetOutcome } from '../github/asset-upload.js';
import { prepareLocalAssets, type LocalAsset } from '../github/local-asset.js';
import { stageAsset, type StageOptions } from '../github/stage-asset.js';

export { closeLocalAssets, type LocalAsset } from '../github/local-asset.js';

/** A file to attach: where it is, how messages name it, and its asset name when not its base name. */
export interface StagingFile {
  file: string;
  display: string;
  requestedName?: string;
}

/**
 * The local half: assigns asset names (refusing two files that would share one) and opens and
 * size-checks every file. Throws a ConfigurationError before anything is requested. The caller
 * closes the returned handles ({@link closeLocalAssets}) when staging is over.
 */
export async function openForStaging(
  input: string,
  files: StagingFile[],
  contentTypeOf: (name: string) => string,
  root: string,
): Promise<LocalAsset[]> {
  const byFile = new Map(files.map((f) => [f.file, f.display]));
  const planned = planAssetNames(input, files).map((p) => ({ ...p, display: byFile.get(p.file) ?? p.file }));
  return prepareLocalAssets(input, planned, contentTypeOf, root);
}

export interface StagingResult {
  /** The draft used; undefined when finding or creating it failed (its row says why). */
  release?: Release;
  outcomes: AssetOutcome[];
}

/**
 * The remote half. A tag whose release is already published (a re-run of a whole workflow after
 * undraft) is compared with the local files, reading only: every file there byte-identical is
 * success with nothing written, anything else is refused naming the difference. Otherwise the
 * draft is found or created and each local file staged on it. Rows: `published release` or
 * `draft release`, then one `asset <name>` per file, then `draft release after the uploads` when
 * something was uploaded. Nothing here throws for a release-state problem, a denied request or a
 * failed asset: each becomes a failed row, so the summary is always written and lists every
 * problem.
 *
 * Requests, for A new files: the release list (its pages, read once for the published check and
 * the draft lookup), the tag's commit, then either the draft's assets (one listing for all files)
 * or, for a draft this run creates, the creation and one re-read of the newest releases (a new
 * draft has no assets to list); then one upload per file, verified from GitHub's answer, and one
 * read of the release after the last upload.
 */
export async function stageOnDraft(
  report: Report,
  client: GitHubClient,
  repo: Repo,
  spec: DraftSpec,
  locals: LocalAsset[],
): Promise<StagingResult> {
  let draft: DraftResult;
  const options = stageOptionsFromEnv(info);
  let assets: Map<string, ReleaseAsset>;
  try {
    const listing = await readReleaseListing(client, repo, spec.tag);
    const published = await compareWithPublished(client, repo, spec.tag, locals, listing.releases);
    if (published) {
      // Published means the tag exists: its commit is the truth here too, on every run.
      if (spec.checkTarget) await tagCommitHoldingTarget(client, repo, spec.tag, spec.target);
      const outcomes: AssetOutcome[] = [];
      recordPublished(report, published, outcomes);
      return { release: published.release, outcomes };
    }
    draft = await ensureDraft(client, repo, spec, { ...options, listing });
    // A draft this run created and kept holds nothing yet; any other is listed once, and the map
    // is kept up to date as this run's uploads land.
    assets = draft.created ? new Map() : assetsByName(await listAssets(client, repo, draft.release.id));
  } catch (error) {
    // A published release, two drafts, a target that is not the release's commit, a missing
    // tag or a denied request: the failed row of the summary.
    report.fail('draft release', messageWithFix(error));
    return { outcomes: [] };
  }
  report.pass('draft release', describeDraft(spec.tag, draft));
  const outcomes: AssetOutcome[] = [];
  for (const local of locals) {
    if (local.name !== local.requestedName) {
      warning(`'${local.display}': GitHub renames '${local.requestedName}' to '${local.name}'.`);
    }
    let outcome: AssetOutcome;
    try {
      outcome = await stageAsset(client, repo, draft.release, local, { ...options, assets });
    } catch (error) {
      outcome = { local, action: 'failed', detail: messageWithFix(error), sha256: '', uploads: 0 };
    }
    outcomes.push(outcome);
    const renamed =
      outcome.asset && outcome.asset.name !== local.requestedName
        ? ` [renamed from '${local.requestedName}']`
        : '';
    report.add({
      check: `asset ${outcome.asset?.name ?? local.name}`,
      ok: outcome.action !== 'failed',
      detail: outcome.detail + renamed,
    });
  }
  try {
    const problems = await confirmStillDraft(client, repo, draft.release, outcomes);
    for (const problem of problems) report.fail('draft release after the uploads', problem);
  } catch (error) {
    report.fail('draft release after the uploads', messageWithFix(error));
  }
  return { release: draft.release, outcomes };
}

function describeDraft(tag: string, draft: DraftResult): string {
  if (draft.created) {
    return `created draft ${draft.release.id} for ${tag} at ${draft.target} (prerelease: ${draft.prerelease})`;
  }
  if (draft.yieldedTo) {
    return `a concurrent run created draft ${draft.yieldedTo} first; using it (this run's duplicate was deleted)`;
  }
  return `found draft ${draft.release.id} for ${tag}; left its title, notes and flags as they are`;
}

/** The outcomes' counts for the outputs: repaired broken uploads count as uploaded. */
export function countOutcomes(outcomes: AssetOutcome[]): { uploaded: number; skipped: number } {
  return {
    uploaded: outcomes.filter((o) => o.action === 'uploaded' || o.action === 'repaired').length,
    skipped: outcomes.filter((o) => o.action === 'skipped').length,
  };
}

/**
 * Waiting and retry settings for the asset core. The defaults suit GitHub; the
 * `SEALED_RELEASE_POLL_MS` / `SEALED_RELEASE_CONCURRENT_WAIT_MS` variables shorten them for the
 * loopback tests and the rehearsal.
 */
export function stageOptionsFromEnv(log: (line: string) => void): StageOptions {
  return {
    pollMs: envNumber('SEALED_RELEASE_POLL_MS'),
    concurrentWaitMs: envNumber('SEALED_RELEASE_CONCURRENT_WAIT_MS'),
    log,
  };
}

/** The `assets` output: one object per local file, in input order. */
export function assetsJson(outcomes: AssetOutcome[]): string {
  return JSON.stringify(
    outcomes.map((o) => ({
      file: o.local.display,
      'requested-name': o.local.requestedName,
      name: o.asset?.name ?? o.local.name,
      result: o.action,
      id: o.asset?.id ?? null,
      url: o.asset?.browser_download_url ?? null,
      size: o.local.size,
      sha256: o.sha256,
      'content-type': o.local.contentType,
      detail: o.detail,
    })),
  );
}
