/*
 * undraft: the sole publish point. It turns the tag's one draft into the release only when
 * everything promised is there, re-reads what it published, and then checks GitHub's own
 * seal (the release attestation). Every check is a row of one report; the first write to
 * GitHub happens only when every row before it passed.
 *
 * Re-runs converge: a release that is already published is checked exactly like a draft and
 * never touched; a publish whose answer was lost is found published on the re-read; two runs
 * at once both see one release, and the later one only checks it.
 *
 * The steps live beside this file: checks.ts (before publishing), publish.ts (the one write
 * and the re-read), seal.ts (the release attestation).
 */
import { ConfigurationError, messageOf } from '../errors.js';
import { listAssets, type ReleaseAsset } from '../github/assets.js';
import type { Release } from '../github/releases.js';
import type { OutputValue } from '../action/outputs.js';
import type { Report } from '../action/report.js';
import { checkAssets, checkTarget, findRelease, prepare, type Prepared } from './checks.js';
import { Digests } from './digests.js';
import { NOT_PUBLISHED_OUTPUTS } from './outputs.js';
import { confirmLatest, confirmPublished, publish, type PublishResult } from './publish.js';
import { seal } from './seal.js';
import type { UndraftConfig, UndraftDeps } from './types.js';

export type { TriState, UndraftConfig, UndraftDeps } from './types.js';

/** undraft's outputs before anything is published, as a copy the run fills in. */
export function notPublishedOutputs(): Record<string, OutputValue> {
  return { ...NOT_PUBLISHED_OUTPUTS };
}

export interface UndraftOutcome {
  outputs: Record<string, OutputValue>;
}

/**
 * Runs undraft's checks, the publish and the seal into `report`. Never throws for a failed
 * check (that is a failed row); a configuration error becomes an `inputs` row and is rethrown.
 */
export async function undraft(
  deps: UndraftDeps,
  config: UndraftConfig,
  report: Report,
): Promise<UndraftOutcome> {
  const outputs = notPublishedOutputs();
  const log = deps.log ?? (() => undefined);
  let prepared: Prepared;
  try {
    prepared = await prepare(config);
  } catch (error) {
    report.fail('inputs', messageOf(error));
    if (error instanceof ConfigurationError) throw error;
    return { outputs };
  }
  const { client } = deps;
  const repo = config.repository;
  const digests = new Digests(client, repo);
  let release: Release | undefined;
  let commit: string | undefined;
  let assets: ReleaseAsset[];
  try {
    release = await findRelease(client, config, report);
    if (!release) return { outputs };
    outputs['release-id'] = String(release.id);
    outputs['release-url'] = release.html_url;
    commit = await checkTarget(deps, config, release, report);
    assets = await listAssets(client, repo, release.id);
    const assetsOk = await checkAssets(deps, config, prepared, assets, digests, report, commit);
    if (!commit || !assetsOk) {
      if (release.draft)
        report.fail('publish', 'not published: the checks above failed; the draft was not changed');
      else outputs.published = true;
      outputs.immutable = release.immutable === true;
      return { outputs };
    }
  } catch (error) {
    report.fail('checks', messageOf(error));
    if (release?.draft)
      report.fail('publish', 'not published: the checks could not be completed; the draft was not changed');
    return { outputs };
  }

  let alreadyPublished = !release.draft;
  let wantedLatest: boolean | undefined;
  if (!alreadyPublished) {
    let result: PublishResult | undefined;
    try {
      result = await publish(deps, config, prepared.body, release, commit, report);
    } catch (error) {
      report.fail('publish', messageOf(error));
    }
    if (!result) return { outputs };
    alreadyPublished = result.meanwhile;
    wantedLatest = result.meanwhile ? undefined : result.makeLatest;
  }
  outputs['already-published'] = alreadyPublished;

  // Re-read: what is out there now is what counts.
  const now = await confirmPublished(client, config, release.id, commit, assets, report, outputs);
  if (!now) return { outputs };
  if (wantedLatest !== undefined)
    await confirmLatest(client, repo, release.id, wantedLatest, report, outputs);
  await seal(deps, config, now.release, commit, now.assets, report, outputs, log);
  return { outputs };
}
