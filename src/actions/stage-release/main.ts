import { runChecks } from '../../core/action/checks.js';
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

/**
 * Finds or creates the tag's draft release and attaches the files, never replacing an asset.
 * One check, ended by `runChecks`: everything that can be checked locally (the globs, the
 * notes, every file opened and size-checked) is checked before the first request, so bad input
 * changes nothing on GitHub; a refusal there is a `configuration` row of the same summary.
 */
export async function run(inputs: StageReleaseInputs): Promise<void> {
  let locals: LocalAsset[] = [];
  try {
    await runChecks(
      `stage-release ${inputs.tag}`,
      [
        async (report) => {
          const prepared = await prepareStaging(inputs, workspaceRoot());
          locals = prepared.locals;
          const { release, outcomes } = await stageOnDraft(
            report,
            createClient(inputs.token),
            inputs.repository,
            {
              tag: inputs.tag,
              name: inputs.name,
              body: prepared.body,
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
