import { parseRepository } from '../../core/github/repository.js';
import { Inputs, tagFromInputOrRef, type InputReader } from '../../core/inputs/index.js';
import { GITHUB_ACTIONS_ISSUER, parseBundleSuffix } from '../../core/sigstore/inputs.js';
import { NOT_PUBLISHED_OUTPUTS } from '../../core/undraft/outputs.js';
import type { TriState, UndraftConfig } from '../../core/undraft/types.js';

/** Every input undraft's action.yml declares (a test keeps the two equal). */
export const INPUT_NAMES = [
  'tag',
  'expected-assets',
  'exact',
  'require-signatures',
  'bundle-suffix',
  'verify-signatures',
  'verify-provenance',
  'certificate-identity',
  'certificate-oidc-issuer',
  'trusted-root',
  'sha256sums',
  'notes-path',
  'append-notes',
  'make-latest',
  'prerelease',
  'verify-release-attestation',
  'attestation-timeout',
  'attestation-trusted-root',
  'github-token',
  'repository',
] as const;

/**
 * The outputs undraft/action.yml declares: runEntry writes every one on every ending (a test
 * checks both agree).
 */
export const OUTPUT_NAMES = [
  'release-id',
  'release-url',
  'published',
  'made-latest',
  'already-published',
  'immutable',
  'attestation-verified',
  'attestation-path',
] as const;

/** The outputs of a refused configuration: nothing published (the core's light outputs module). */
export const REFUSAL_OUTPUTS = NOT_PUBLISHED_OUTPUTS;

const TRI: readonly TriState[] = ['auto', 'true', 'false'];

/** undraft's inputs, checked: the core's configuration plus the token. */
export type UndraftInputs = UndraftConfig & { token: string };

/**
 * Reads and checks every undraft input at once (pure: the reader supplies raw values, `env`
 * GITHUB_REF for the default tag). One ConfigurationError lists every problem; nothing is
 * requested before it passes. runEntry adds the inputs action.yml does not declare (a
 * misspelled `with:` key, which the runner passes on with only a warning) to the same list.
 */
export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv = {}): UndraftInputs {
  // Undeclared INPUT_* variables are refused by runEntry, with the other problems of this parse.
  const inputs = new Inputs(read);
  const tri = (name: string): TriState =>
    inputs.parse(name, (raw) => {
      // The YAML 1.2 core spellings of the booleans (True, FALSE…) mean true/false here too.
      const value = raw.trim();
      const normalised = /^(true|True|TRUE|false|False|FALSE)$/.test(value) ? value.toLowerCase() : value;
      if (!(TRI as readonly string[]).includes(normalised)) {
        inputs.problem(`Input '${name}' must be one of 'auto', 'true', 'false', got '${raw}'.`);
        return undefined;
      }
      return normalised as TriState;
    }) ?? 'auto';

  const token = inputs.required('github-token', 'a token (default ${{ github.token }})');
  const repository = inputs.attempt(() => parseRepository('repository', inputs.optional('repository') ?? ''));
  const tag = inputs.attempt(() => tagFromInputOrRef('tag', inputs.optional('tag'), env.GITHUB_REF ?? ''));
  const expectedAssets = inputs.list('expected-assets', {
    required: 'the asset names or globs that must be on the release',
  });
  for (const pattern of expectedAssets) {
    if (pattern.includes('/')) {
      inputs.problem(
        `Input 'expected-assets': '${pattern}' contains '/', but release asset names never do; give the asset name (e.g. app.tar.gz or *.tar.gz).`,
      );
    }
  }
  const exact = inputs.boolean('exact', false);
  const requireSignatures = inputs.boolean('require-signatures', true);
  const verifySignatures = inputs.boolean('verify-signatures', false);
  const verifyProvenance = inputs.boolean('verify-provenance', false);
  const bundleSuffix =
    inputs.parse('bundle-suffix', (raw) => parseBundleSuffix('bundle-suffix', raw)) ?? '.sigstore.json';
  // The contract's default: the running workflow's identity, the SAN Fulcio writes for it
  // (`${GITHUB_SERVER_URL}/${GITHUB_WORKFLOW_REF}`; the runner sets both, and a step cannot
  // overwrite a GITHUB_* default variable). A reusable workflow signs as itself: give its SAN.
  const workflowIdentity = env.GITHUB_WORKFLOW_REF
    ? `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${env.GITHUB_WORKFLOW_REF}`
    : undefined;
  const certificateIdentity = inputs.optional('certificate-identity') ?? workflowIdentity;
  if ((verifySignatures || verifyProvenance) && certificateIdentity === undefined) {
    const which = [
      verifySignatures && "'verify-signatures: true'",
      verifyProvenance && "'verify-provenance: true'",
    ]
      .filter(Boolean)
      .join(' and ');
    inputs.problem(
      `Input 'certificate-identity' is required with ${which} outside a workflow run (GITHUB_WORKFLOW_REF is not set): give the exact SAN the bundles must carry ` +
        '(e.g. https://github.com/OWNER/REPO/.github/workflows/release.yml@refs/tags/v1.2.3).',
    );
  }
  const appendNotes = inputs.raw('append-notes');
  return inputs.finish({
    token,
    repository: repository!,
    tag: tag!,
    expectedAssets,
    exact,
    requireSignatures,
    bundleSuffix,
    verifySignatures,
    verifyProvenance,
    certificateIdentity,
    certificateIssuer: inputs.optional('certificate-oidc-issuer') ?? GITHUB_ACTIONS_ISSUER,
    trustedRoot: inputs.optional('trusted-root'),
    sha256sums: inputs.optional('sha256sums'),
    notesPath: inputs.optional('notes-path'),
    // Only an empty value means none; the text itself is kept as given.
    appendNotes: appendNotes.trim() === '' ? undefined : appendNotes,
    makeLatest: tri('make-latest'),
    prerelease: tri('prerelease'),
    verifyAttestation: tri('verify-release-attestation'),
    attestationTimeoutMs: inputs.duration('attestation-timeout', '2m'),
    attestationTrustedRoot: inputs.optional('attestation-trusted-root'),
  });
}
