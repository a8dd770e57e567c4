import { createHash } from 'node:crypto';
import { runChecks, type CheckOutcome } from '../../core/action/checks.js';
import { setOutputs } from '../../core/action/outputs.js';
import type { Report } from '../../core/action/report.js';
import { ConfigurationError, messageOf } from '../../core/errors.js';
import { expandFiles } from '../../core/files.js';
import { createClient, serverUrl } from '../../core/github/client.js';
import { readLocal } from '../../core/github/local-asset.js';
import { prereleaseFromTag } from '../../core/github/releases.js';
import { displayPath, workspaceRoot } from '../../core/paths.js';
import {
  closeLocalAssets,
  openForStaging,
  stageOnDraft,
  type LocalAsset,
} from '../../core/release/pipeline.js';
import {
  CONTENT_TYPES,
  SbomError,
  analyzeSbom,
  componentShortfall,
  hasComponent,
  readSbom,
  type SbomAnalysis,
} from '../../core/sbom/sbom.js';
import { notAttachedOutputs, type SbomAttachInputs } from './inputs.js';

const FORMAT_LABEL = { cyclonedx: 'CycloneDX', spdx: 'SPDX' } as const;

/**
 * Validates one SBOM and attaches it to the tag's draft release under the asset rules of
 * stage-release. Nothing is uploaded unless every SBOM check passed, and the bytes validated
 * are the bytes attached: both are read through one open handle.
 */
export async function run(inputs: SbomAttachInputs): Promise<void> {
  let opened: LocalAsset | undefined;
  let thrown: unknown;
  try {
    // One ending, as stage-release's: the local half runs inside the check, so a refused file is
    // a `configuration` row of this summary (runChecks), and nothing is requested.
    // sbom-attach's contract has no ok/reason: its outputs describe the SBOM and the asset.
    await runChecks(
      'sbom-attach',
      [
        async (report) => {
          try {
            opened = await openSbom(inputs, workspaceRoot());
          } catch (error) {
            // Every declared output on every ending: a refused file reports nothing attached.
            setOutputs(notAttachedOutputs());
            throw error;
          }
          try {
            return await attach(report, inputs, opened);
          } catch (error) {
            // A bug: a failed row (the run can never pass) and the outputs of nothing attached.
            thrown = error;
            report.fail('sbom-attach', `stopped by an unexpected error: ${messageOf(error)}`);
            return { outputs: notAttachedOutputs(), hardFailures: 1 };
          }
        },
      ],
      { onReject: 'fail', verdictOutputs: false },
    ).catch((error: unknown) => {
      throw thrown ?? error;
    });
  } finally {
    if (opened) await closeLocalAssets([opened]);
  }
}

/** Checks the SBOM, then (only when every check passed) stages it on the draft. */
async function attach(report: Report, inputs: SbomAttachInputs, opened: LocalAsset): Promise<CheckOutcome> {
  const outputs = notAttachedOutputs();
  // The bytes validated are hashed for the `sha256` output; the upload re-reads the same
  // handle and fails if the file changed since it was opened.
  let validated = '';
  let text = '';
  const analysis = await checkSbom(report, inputs, opened.display, async () => {
    text = await readSbom({
      size: opened.size,
      read: async () => {
        const bytes = await readLocal(opened);
        validated = createHash('sha256').update(bytes).digest('hex');
        return bytes;
      },
    });
    return text;
  });
  if (analysis) {
    outputs.sha256 = validated;
    outputs.format = analysis.format;
    outputs['spec-version'] = analysis.specVersion;
    outputs.components = analysis.components.length;
  }
  if (report.ok && analysis && (inputs.image || inputs.attestSubjects.length > 0)) {
    // The SBOM as validated, attested to the image and to the files it describes (before the
    // release: a failure here leaves the draft untouched). Their rows are this report's.
    const { attestSbom } = await import('../../core/image/attest-sbom.js');
    const { imageBundlesOutput } = await import('../../core/image/attest-images.js');
    const { storeAttestation } = await import('../../core/provenance/store.js');
    const server = serverUrl();
    const github = inputs.attestSubjects.length > 0 ? createClient(inputs.token) : undefined;
    const done = await attestSbom(
      {
        image: inputs.image,
        subjects: inputs.attestSubjects,
        root: workspaceRoot(),
        store: github && ((bundle) => storeAttestation(github, inputs.repository, bundle, server)),
        analysis,
        text,
        signing: inputs.signing,
        registry: inputs.registry,
        githubToken: inputs.token || undefined,
        env: process.env,
      },
      report,
    );
    outputs['image-bundles'] = JSON.stringify(imageBundlesOutput(done.images));
    outputs['attestation-ids'] = done.attestations.map((a) => a.id).join('\n');
    outputs['attestation-urls'] = done.attestations.map((a) => a.url).join('\n');
  }
  if (report.ok && analysis && inputs.release) {
    // Local checks passed: only now is GitHub contacted.
    const local = { ...opened, contentType: CONTENT_TYPES[analysis.format] };
    const { outcomes } = await stageOnDraft(
      report,
      createClient(inputs.token),
      inputs.repository,
      { tag: inputs.tag, prerelease: () => prereleaseFromTag(inputs.tag) },
      [local],
    );
    const [outcome] = outcomes;
    if (outcome) {
      if (outcome.asset && outcome.action !== 'failed') {
        outputs['asset-id'] = outcome.asset.id;
        outputs['asset-url'] = outcome.asset.browser_download_url;
      }
      outputs.uploaded = outcome.action === 'uploaded' || outcome.action === 'repaired';
    }
  }
  const sha256 = String(outputs.sha256);
  const summary = analysis
    ? [
        [
          '| format | version | components | sha256 |',
          '| --- | --- | --- | --- |',
          `| ${FORMAT_LABEL[analysis.format]} | ${analysis.specVersion} | ${analysis.components.length} | ${sha256 ? `\`${sha256}\`` : '(not computed)'} |`,
        ].join('\n'),
      ]
    : [];
  return { outputs, hardFailures: 0, summary };
}

/**
 * The local half: the one file the globs match, opened and size-checked under its asset name.
 * Throws a ConfigurationError before any request.
 */
export async function openSbom(inputs: SbomAttachInputs, root: string): Promise<LocalAsset> {
  const files = await expandFiles('sbom', inputs.sbom, root);
  if (files.length !== 1) {
    throw new ConfigurationError(
      `Input 'sbom' must match exactly one file (one SBOM per step, so the outputs describe it), but it matches ${files.length}: ` +
        files.map((f) => displayPath(f, root)).join(', '),
    );
  }
  // The content type depends on the format, known only once the SBOM is read.
  const file = { file: files[0], display: displayPath(files[0], root), requestedName: inputs.assetName };
  const [opened] = await openForStaging('sbom', [file], () => 'application/json', root);
  return opened;
}

/** The SBOM checks: format and schema, component count, required components; one row each. */
export async function checkSbom(
  report: Report,
  inputs: SbomAttachInputs,
  display: string,
  read: () => Promise<string>,
): Promise<SbomAnalysis | undefined> {
  let analysis: SbomAnalysis;
  try {
    analysis = analyzeSbom(await read());
  } catch (error) {
    if (!(error instanceof SbomError)) throw error;
    for (const problem of error.problems) report.fail('sbom', `${display}: ${problem}`, { file: display });
    return undefined;
  }
  report.pass(
    'format',
    `${FORMAT_LABEL[analysis.format]} ${analysis.specVersion} JSON, valid against the official schema`,
  );
  const count = analysis.components.length;
  const shortfall = componentShortfall(count, inputs.minComponents);
  if (shortfall === undefined) {
    report.pass(
      'components',
      `${count} component${count === 1 ? '' : 's'} besides its subject (at least ${inputs.minComponents} required)`,
    );
  } else report.fail('components', shortfall);
  for (const entry of inputs.requireComponents) {
    if (hasComponent(analysis.components, entry)) report.pass(`requires ${entry}`, 'present');
    else
      report.fail(
        `requires ${entry}`,
        `not among the SBOM's ${count} components (matched by name, group/name or purl)`,
      );
  }
  return analysis;
}
