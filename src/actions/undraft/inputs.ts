import { ConfigurationError, messageOf } from '../../core/errors.js';
import { parseRepository } from '../../core/github/client.js';
import { tagFromInputOrRef } from '../../core/github/release-inputs.js';
import { parseBoolean, parseDuration, parseEnum, parseList, type InputReader } from '../../core/inputs.js';
import { GITHUB_ACTIONS_ISSUER, parseBundleSuffix } from '../../core/sigstore/index.js';
import type { TriState, UndraftConfig } from '../../core/undraft/pipeline.js';

/** Every input undraft's action.yml declares (a test keeps the two equal). */
export const INPUT_NAMES = [
  'tag',
  'expected-assets',
  'exact',
  'require-signatures',
  'bundle-suffix',
  'verify-signatures',
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

const TRI: readonly TriState[] = ['auto', 'true', 'false'];

/** undraft's inputs, checked: the core's configuration plus the token. */
export type UndraftInputs = UndraftConfig & { token: string };

/** The runner's variable for an input name (`expected-assets` → `INPUT_EXPECTED-ASSETS`). */
function envName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Reads and checks every undraft input at once. Pure: the reader supplies raw values, and
 * `presentVariables` (the `INPUT_*` names in the environment) lets it refuse inputs that
 * action.yml does not declare — the runner passes a misspelled `with:` key on with only a
 * warning, and a silently dropped `exact` or `sha256sums` would publish what it should refuse.
 * Every problem is collected and reported in one ConfigurationError; nothing is requested first.
 */
export function parseInputs(read: InputReader, presentVariables: readonly string[] = []): UndraftInputs {
  const errors: string[] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      errors.push(messageOf(error));
      return undefined;
    }
  };
  const optional = (name: string): string | undefined => {
    const value = read(name)?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const bool = (name: string, fallback: boolean): boolean =>
    attempt(() => {
      const raw = optional(name);
      return raw === undefined ? fallback : parseBoolean(name, raw);
    }) ?? fallback;
  const tri = (name: string): TriState => {
    const raw = optional(name) ?? 'auto';
    // The YAML 1.2 core spellings of the booleans (True, FALSE…) mean the same as true/false.
    const normalised = /^(true|True|TRUE|false|False|FALSE)$/.test(raw) ? raw.toLowerCase() : raw;
    return attempt(() => parseEnum(name, normalised, TRI)) ?? 'auto';
  };

  const declared = new Set(INPUT_NAMES.map(envName));
  const unknown = presentVariables.filter((v) => v.startsWith('INPUT_') && !declared.has(v));
  for (const variable of unknown.sort()) {
    errors.push(
      `Input '${variable.slice('INPUT_'.length).toLowerCase()}' (${variable}) is not an input of undraft; ` +
        `its inputs are: ${INPUT_NAMES.join(', ')}. A misspelled input would silently drop a check.`,
    );
  }

  const token = optional('github-token');
  if (!token) errors.push(`Input 'github-token' is required (default \${{ github.token }}).`);
  const repository = attempt(() => parseRepository('repository', optional('repository') ?? ''));
  const tag = attempt(() => tagFromInputOrRef(optional('tag')));
  const expectedAssets = parseList(read('expected-assets') ?? '');
  if (expectedAssets.length === 0) {
    errors.push(
      "Input 'expected-assets' is required: give the asset names or globs that must be on the release, one a line.",
    );
  }
  for (const pattern of expectedAssets) {
    if (pattern.includes('/')) {
      errors.push(
        `Input 'expected-assets': '${pattern}' contains '/', but release asset names never do; give the asset name (e.g. app.tar.gz or *.tar.gz).`,
      );
    }
  }
  const exact = bool('exact', false);
  const requireSignatures = bool('require-signatures', true);
  const verifySignatures = bool('verify-signatures', false);
  const bundleSuffix =
    attempt(() => parseBundleSuffix('bundle-suffix', optional('bundle-suffix') ?? '.sigstore.json')) ??
    '.sigstore.json';
  const certificateIdentity = optional('certificate-identity');
  if (verifySignatures && certificateIdentity === undefined) {
    errors.push(
      "Input 'certificate-identity' is required with 'verify-signatures: true': give the exact SAN the bundles must carry " +
        '(e.g. https://github.com/OWNER/REPO/.github/workflows/release.yml@refs/tags/v1.2.3).',
    );
  }
  const certificateIssuer = optional('certificate-oidc-issuer') ?? GITHUB_ACTIONS_ISSUER;
  const makeLatest = tri('make-latest');
  const prerelease = tri('prerelease');
  const verifyAttestation = tri('verify-release-attestation');
  const attestationTimeoutMs =
    attempt(() => parseDuration('attestation-timeout', optional('attestation-timeout') ?? '2m')) ?? 0;

  if (errors.length > 0) {
    throw new ConfigurationError(
      errors.length === 1 ? errors[0] : `${errors.length} inputs are wrong:\n- ${errors.join('\n- ')}`,
    );
  }
  return {
    token: token!,
    repository: repository!,
    tag: tag!,
    expectedAssets,
    exact,
    requireSignatures,
    bundleSuffix,
    verifySignatures,
    certificateIdentity,
    certificateIssuer,
    trustedRoot: optional('trusted-root'),
    sha256sums: optional('sha256sums'),
    notesPath: optional('notes-path'),
    // Trailing whitespace of the appended text is kept as given; only an empty value means none.
    appendNotes: (read('append-notes') ?? '').trim() === '' ? undefined : read('append-notes'),
    makeLatest,
    prerelease,
    verifyAttestation,
    attestationTimeoutMs,
    attestationTrustedRoot: optional('attestation-trusted-root'),
  };
}
