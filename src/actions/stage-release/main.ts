import * as core from '@actions/core';
import { ChecksFailedError, messageOf } from '../../core/errors.js';
import { expandFiles } from '../../core/files.js';
import { planAssetNames } from '../../core/github/asset-names.js';
import { createClient, type Repo } from '../../core/github/client.js';
import { contentTypeFor } from '../../core/github/assets.js';
import { ensureDraft, prereleaseFromTag } from '../../core/github/releases.js';
import { prepareLocalAssets, stageAsset, type AssetOutcome } from '../../core/github/stage-asset.js';
import { setOutputs } from '../../core/action/outputs.js';
import { displayPath, workspaceRoot } from '../../core/paths.js';
import { readNotes } from '../../core/release/notes.js';
import { compareWithPublished, recordPublished } from '../../core/release/published.js';
import { Report, publishReport } from '../../core/action/report.js';
import { assetsJson, refuseWithSummary, stageOptionsFromEnv } from '../../core/release/staging.js';

export interface StageReleaseInputs {
  token: string;
  repository: Repo;
  tag: string;
  files: string[];
  notesPath?: string;
  name?: string;
  target?: string;
  prerelease: boolean | 'auto';
}

/** Finds or creates the tag's draft release and attaches the files, never replacing an asset. */
export async function run(inputs: StageReleaseInputs): Promise<void> {
  const report = new Report(`stage-release ${inputs.tag}`);
  // Everything that can be checked locally is checked before the first request, so bad input
  // changes nothing on GitHub. A refusal here still gets its summary row.
  const { body, prerelease, locals } = await refuseWithSummary(report, async () => {
    const root = workspaceRoot();
    const files = await expandFiles('files', inputs.files, root);
    const planned = planAssetNames(
      'files',
      files.map((file) => ({ file, display: displayPath(file, root) })),
    );
    return {
      body: readNotes(inputs.notesPath),
      prerelease: inputs.prerelease === 'auto' ? () => prereleaseFromTag(inputs.tag) : inputs.prerelease,
      locals: await prepareLocalAssets(
        'files',
        planned.map((p) => ({ ...p, display: displayPath(p.file, root) })),
        contentTypeFor,
      ),
    };
  });

  const client = createClient(inputs.token);
  const outcomes: AssetOutcome[] = [];
  let releaseId = '';
  let releaseUrl = '';
  try {
    // A re-run after the release was published: identical files are success, nothing written.
    const published = await compareWithPublished(client, inputs.repository, inputs.tag, locals);
    if (published) {
      ({ releaseId, releaseUrl } = recordPublished(report, published, outcomes));
    } else {
      const draft = await ensureDraft(client, inputs.repository, {
        tag: inputs.tag,
        name: inputs.name,
        body,
        target: inputs.target,
        prerelease,
      });
      releaseId = String(draft.release.id);
      releaseUrl = draft.release.html_url;
      report.pass(
        'draft release',
        draft.created
          ? `created draft ${draft.release.id} for ${inputs.tag} at ${draft.target} (prerelease: ${draft.prerelease})`
          : draft.yieldedTo
            ? `a concurrent run created draft ${draft.yieldedTo} first; using it (this run's duplicate was deleted)`
            : `found draft ${draft.release.id} for ${inputs.tag}; left its title, notes and flags as they are`,
      );
      for (const local of locals) {
        if (local.name !== local.requestedName) {
          core.warning(`'${local.display}': GitHub renames '${local.requestedName}' to '${local.name}'.`);
        }
        try {
          const outcome = await stageAsset(
            client,
            inputs.repository,
            draft.release,
            local,
            stageOptionsFromEnv(core.info),
          );
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
        } catch (error) {
          outcomes.push({ local, action: 'failed', detail: messageOf(error), uploads: 0 });
          report.fail(`asset ${local.name}`, messageOf(error));
        }
      }
    }
  } catch (error) {
    // A release-state refusal (published release, two drafts), a missing tag or a denied
    // request: each becomes the failed row of the summary, so the summary is always written.
    report.fail('draft release', messageOf(error));
  }

  const uploaded = outcomes.filter((o) => o.action === 'uploaded' || o.action === 'repaired').length;
  const skipped = outcomes.filter((o) => o.action === 'skipped').length;
  await publishReport(report);
  setOutputs({
    'release-id': releaseId,
    'release-url': releaseUrl,
    uploaded,
    skipped,
    assets: assetsJson(outcomes),
  });
  if (!report.ok) throw new ChecksFailedError(report.failureMessage());
}
