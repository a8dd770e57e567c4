import * as core from '@actions/core';
import { ChecksFailedError, ConfigurationError, messageOf } from '../../core/errors.js';
import { expandFiles } from '../../core/files.js';
import { planAssetNames } from '../../core/github/asset-names.js';
import { createClient, type Repo } from '../../core/github/client.js';
import { refuseWithSummary, stageOptionsFromEnv } from '../../core/release/staging.js';
import { ensureDraft, prereleaseFromTag } from '../../core/github/releases.js';
import { prepareLocalAssets, stageAsset } from '../../core/github/stage-asset.js';
import { setOutputs } from '../../core/action/outputs.js';
import { displayPath, workspaceRoot } from '../../core/paths.js';
import { Report, publishReport } from '../../core/action/report.js';
import { compareWithPublished, recordPublished } from '../../core/release/published.js';
import {
  CONTENT_TYPES,
  SbomError,
  analyzeSbom,
  hasComponent,
  readSbomFile,
  type SbomAnalysis,
} from '../../core/sbom/sbom.js';

export interface SbomAttachInputs {
  token: string;
  repository: Repo;
  tag: string;
  sbom: string[];
  minComponents: number;
  requireComponents: string[];
  assetName?: string;
}

const FORMAT_LABEL = { cyclonedx: 'CycloneDX', spdx: 'SPDX' } as const;

/**
 * Validates one SBOM and attaches it to the tag's draft release under the asset rules of
 * stage-release. Nothing is uploaded unless every SBOM check passed.
 */
export async function run(inputs: SbomAttachInputs): Promise<void> {
  const report = new Report('sbom-attach');
  const { file, display, planned } = await refuseWithSummary(report, async () => {
    const root = workspaceRoot();
    const files = await expandFiles('sbom', inputs.sbom, root);
    if (files.length !== 1) {
      throw new ConfigurationError(
        `Input 'sbom' must match exactly one file (one SBOM per step, so the outputs describe it), but it matches ${files.length}: ` +
          files.map((f) => displayPath(f, root)).join(', '),
      );
    }
    const display = displayPath(files[0], root);
    if (inputs.assetName !== undefined && /[/\\]/.test(inputs.assetName)) {
      throw new ConfigurationError(
        `Input 'asset-name' must be a file name without '/', got '${inputs.assetName}'.`,
      );
    }
    const [planned] = planAssetNames('sbom', [{ file: files[0], display, requestedName: inputs.assetName }]);
    return { file: files[0], display, planned };
  });

  let analysis: SbomAnalysis | undefined;
  try {
    analysis = analyzeSbom(await readSbomFile(file));
  } catch (error) {
    if (!(error instanceof SbomError)) throw error;
    for (const problem of error.problems) report.fail('sbom', `${display}: ${problem}`, { file: display });
  }

  let sha256 = '';
  const outputs: Record<string, string | number | boolean> = {
    format: analysis?.format ?? '',
    'spec-version': analysis?.specVersion ?? '',
    components: analysis?.components.length ?? 0,
    sha256: '',
    'asset-id': '',
    'asset-url': '',
    uploaded: false,
  };
  if (analysis) {
    report.pass(
      'format',
      `${FORMAT_LABEL[analysis.format]} ${analysis.specVersion} JSON, valid against the official schema`,
    );
    const count = analysis.components.length;
    if (count >= inputs.minComponents && count > 0) {
      report.pass(
        'components',
        `${count} component${count === 1 ? '' : 's'} (at least ${inputs.minComponents} required)`,
      );
    } else {
      report.fail(
        'components',
        count === 0
          ? 'the SBOM lists no component besides its own subject: an empty SBOM documents nothing'
          : `${count} component${count === 1 ? '' : 's'}, fewer than min-components (${inputs.minComponents})`,
      );
    }
    for (const entry of inputs.requireComponents) {
      if (hasComponent(analysis.components, entry)) report.pass(`requires ${entry}`, 'present');
      else
        report.fail(
          `requires ${entry}`,
          `not among the SBOM's ${count} components (matched by name, group/name or purl)`,
        );
    }
  }

  if (report.ok && analysis) {
    // Local checks passed: only now is GitHub contacted.
    const [local] = await prepareLocalAssets(
      'sbom',
      [planned].map((p) => ({ ...p, display })),
      () => CONTENT_TYPES[analysis.format],
    );
    sha256 = local.sha256;
    outputs.sha256 = sha256;
    if (local.name !== local.requestedName) {
      core.warning(`'${display}': GitHub renames '${local.requestedName}' to '${local.name}'.`);
    }
    try {
      const client = createClient(inputs.token);
      // A re-run after the release was published: an identical SBOM is success, nothing written.
      const published = await compareWithPublished(client, inputs.repository, inputs.tag, [local]);
      if (published) {
        const [outcome] = published.outcomes;
        recordPublished(report, published, []);
        if (outcome.asset && outcome.action !== 'failed') {
          outputs['asset-id'] = outcome.asset.id;
          outputs['asset-url'] = outcome.asset.browser_download_url;
        }
        outputs.uploaded = false;
      } else {
        const draft = await ensureDraft(client, inputs.repository, {
          tag: inputs.tag,
          prerelease: () => prereleaseFromTag(inputs.tag),
        });
        report.pass(
          'draft release',
          draft.created
            ? `created draft ${draft.release.id} for ${inputs.tag}`
            : `found draft ${draft.release.id} for ${inputs.tag}`,
        );
        const outcome = await stageAsset(
          client,
          inputs.repository,
          draft.release,
          local,
          stageOptionsFromEnv(core.info),
        );
        report.add({
          check: `asset ${outcome.asset?.name ?? local.name}`,
          ok: outcome.action !== 'failed',
          detail: outcome.detail,
        });
        if (outcome.asset && outcome.action !== 'failed') {
          outputs['asset-id'] = outcome.asset.id;
          outputs['asset-url'] = outcome.asset.browser_download_url;
        }
        outputs.uploaded = outcome.action === 'uploaded' || outcome.action === 'repaired';
      }
    } catch (error) {
      report.fail('release asset', messageOf(error));
    }
  }

  const summary = analysis
    ? [
        [
          '| format | version | components | sha256 |',
          '| --- | --- | --- | --- |',
          `| ${FORMAT_LABEL[analysis.format]} | ${analysis.specVersion} | ${analysis.components.length} | ${sha256 ? `\`${sha256}\`` : '(not computed)'} |`,
        ].join('\n'),
      ]
    : [];
  await publishReport(report, summary);
  setOutputs(outputs);
  if (!report.ok) throw new ChecksFailedError(report.failureMessage());
}
