import { runChecks } from '../../core/action/checks.js';
import { Report } from '../../core/action/report.js';
import { expandFiles } from '../../core/files.js';
import { contentTypeFor } from '../../core/github/assets.js';
import { createClient } from '../../core/github/client.js';
import { prereleaseFromTag } from '../../core/github/releases.js';
import { displayPath, workspaceRoot } from '../../core/paths.js';
import { readNotes } from '../../core/release/notes.js';
import {
  assetsJson,
  closeLocalAssets,
  countOutcomes,
  openForStaging,
  refuseWithSummary,
  stageOnDraft,
  type LocalAsset,
} from '../../core/release/pipeline.js';
import type { StageReleaseInputs } from './inputs.js';

/**
 * The local half: the files the globs match, the notes, and every file opened and size-checked
 * under its planned asset name. Throws a ConfigurationError before any request.
 */
export async function prepareStaging(
  inputs: StageReleaseInputs,
  root: string,
): Promise<{ body?: string; locals: LocalAsset[] }> {
  const files = await expandFiles('files', inputs.files, root);
  const body = readNotes(inputs.notesPath);
  const locals = await openForStaging(
    'files',
    files.map((file) => ({ file, display: displayPath(file, root) })),
    contentTypeFor,
    root,
  );
  return { body, locals };
}

/** Finds or creates the tag's draft release and attaches the files, never replacing an asset. */
export async function run(inputs: StageReleaseInputs): Promise<void> {
  const title = `stage-release ${inputs.tag}`;
  // Everything that can be checked locally is checked before the first request, so bad input
  // changes nothing on GitHub. A refusal here still gets its summary rows.
  const { body, locals } = await refuseWithSummary(new Report(title), () =>
    prepareStaging(inputs, workspaceRoot()),
  );
  try {
    await runChecks(
      title,
      [
        async (report) => {
          const { release, outcomes } = await stageOnDraft(
            report,
            createClient(inputs.token),
            inputs.repository,
            {
              tag: inputs.tag,
              name: inputs.name,
              body,
              target: inputs.target,
              checkTarget: true,
              prerelease:
                inputs.prerelease === 'auto' ? () => prereleaseFromTag(inputs.tag) : inputs.prerelease,
            },
            locals,
          );
          return {
            outputs: {
              'release-id': release ? String(release.id) : '',
              'release-url': release?.html_url ?? '',
              ...countOutcomes(outcomes),
              assets: assetsJson(outcomes),
            },
            hardFailures: 0,
          };
        },
      ],
      // stage-release's contract has no ok/reason: its outputs are the release and the files.
      { onReject: 'fail', verdictOutputs: false },
    );
  } finally {
    await closeLocalAssets(locals);
  }
}
