/*
 * What a step is, by its `uses:` (and, for signing, its `run:`): one of sealed-release's own
 * sub-actions, `actions/checkout`, or a step that signs or attests.
 */
import type { Step } from './model.js';

/**
 * The sealed-release action a `uses:` names, or undefined: `./` is the root action (preflight),
 * `./<name>` a sub-action used from this repository (`$/` likewise: GitHub's self-repository
 * form), `<owner>/sealed-release[/<name>]@<ref>` the
 * published forms — the forms src/rehearsal/workflow/interpreter.ts runs. Whether the ref is a
 * commit is `unpinned-uses`' concern, not this one's: a tag still names the action.
 */
export function sealedReleaseAction(uses: string): string | undefined {
  if (uses === './' || uses === '$/') return 'preflight';
  const local = /^[.$]\/([a-z0-9-]+)$/.exec(uses);
  if (local) return local[1];
  const published = /^[A-Za-z0-9-]+\/sealed-release(?:\/([a-z0-9-]+))?@[^@/]+$/.exec(uses);
  if (!published) return undefined;
  return published[1] ?? 'preflight';
}

/** The sealed-release action a step runs, if any. */
export function stepAction(step: Step): string | undefined {
  return step.uses ? sealedReleaseAction(step.uses.value) : undefined;
}

/** `owner/repo` of a `uses:` (lower case: GitHub's owner and repository names are case-insensitive). */
export function actionRepository(uses: string): string {
  return uses.split('@')[0].split('/').slice(0, 2).join('/').toLowerCase();
}

/** sealed-release's sub-actions that sign with the job's OIDC identity (their action.yml says `id-token: write`). */
const SEALED_SIGNERS = new Set(['sigstore-sign', 'attest-provenance', 'sbom-attach']);

/**
 * Third-party actions that sign or attest with the job's OIDC token:
 * - actions/attest-build-provenance, actions/attest, actions/attest-sbom: Sigstore attestations;
 * - sigstore/gh-action-sigstore-python: Sigstore signatures;
 * - sigstore/cosign-installer: installs cosign so that a later step signs (`cosign sign`);
 * - pypa/gh-action-pypi-publish: PEP 740 attestations (signed with the job's identity), on by
 *   default since v1.11;
 * - slsa-framework/slsa-github-generator: signed SLSA provenance;
 * - azure/artifact-signing-action (formerly azure/trusted-signing-action): Authenticode
 *   signing with Azure Artifact Signing, authenticated by the job's OIDC token through
 *   azure/login.
 */
const THIRD_PARTY_SIGNERS = new Set([
  'actions/attest-build-provenance',
  'actions/attest',
  'actions/attest-sbom',
  'sigstore/gh-action-sigstore-python',
  'sigstore/cosign-installer',
  'pypa/gh-action-pypi-publish',
  'slsa-framework/slsa-github-generator',
  'azure/artifact-signing-action',
  'azure/trusted-signing-action',
]);

/**
 * Commands in a `run:` script that sign or attest keylessly: `cosign sign|sign-blob|attest|
 * attest-blob`, `sigstore sign` (sigstore-python's CLI), `npm publish --provenance`. A regular
 * expression over the one script's value, never over the YAML.
 */
const SIGNING_COMMANDS = [
  /\bcosign\s+(sign|sign-blob|attest|attest-blob)\b/,
  /\bsigstore\s+sign\b/,
  /\bnpm\s+publish\b[^\n]*--provenance\b/,
];

/** Whether a step signs or attests (and so needs `id-token: write`). */
export function signsOrAttests(step: Step): boolean {
  if (step.uses) {
    const action = sealedReleaseAction(step.uses.value);
    if (action !== undefined) return SEALED_SIGNERS.has(action);
    return THIRD_PARTY_SIGNERS.has(actionRepository(step.uses.value));
  }
  return step.run !== undefined && SIGNING_COMMANDS.some((command) => command.test(step.run?.value ?? ''));
}

/** Whether a step is `actions/checkout` (any ref). */
export function isCheckout(step: Step): boolean {
  return step.uses !== undefined && actionRepository(step.uses.value) === 'actions/checkout';
}
