/*
 * `sealed-release verify-image REGISTRY/NAME@sha256:… --certificate-identity I
 * [--certificate-oidc-issuer U] [--require signature,sbom,provenance] [--commit SHA]
 * [--platforms linux/amd64,linux/arm64] [--trusted-root T | --offline]`: promote-image's checks without
 * writing, for someone about to `docker pull` (the contract's "The CLI"). The same core code as
 * promote-image: resolveImageSubject (the digest's exact bytes, its platforms and their
 * manifests) and verifyImageEvidence (every required kind, exact identity and issuer, subject =
 * this digest). One line per check; exit 0 only when every check passed, 1 when one failed, 2
 * for a usage error. Only GET and HEAD requests are made.
 *
 * Registry credentials: REGISTRY_USERNAME and REGISTRY_PASSWORD (both or neither), else the
 * docker config (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`), else anonymous.
 */
import { BaseError, messageWithFix } from '../core/errors.js';
import { GITHUB_ACTIONS_ISSUER } from '../core/sigstore/inputs.js';
import { parseArgs } from './args.js';
import { InfoRequest, UsageError } from './errors.js';
import { TRUST_HELP } from './trust.js';
import type { EvidenceKind } from '../core/image/evidence.js';

interface IO {
  out(line: string): void;
  err(line: string): void;
}

const KINDS: readonly EvidenceKind[] = ['signature', 'sbom', 'provenance'];

/** A comma-separated flag value, items trimmed, empty items dropped. */
const list = (value: string | undefined): string[] =>
  value === undefined
    ? []
    : value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');

async function run(args: string[], io: IO): Promise<number> {
  // Asked for help or the version, the command only answers that, whatever else was given.
  if (args.includes('--help') || args.includes('-h')) throw new InfoRequest('help');
  if (args.includes('--version')) throw new InfoRequest('version');
  const { flags, positional } = parseArgs(args, [
    'certificate-identity',
    'certificate-oidc-issuer',
    'require',
    'commit',
    'platforms',
    'trusted-root',
  ]);
  // Every problem of the command line at once, before anything is loaded or requested.
  const [{ parseReference, REFERENCE_FORM }, { platformProblems }] = await Promise.all([
    import('../core/oci/reference.js'),
    import('../core/image/subject.js'),
  ]);
  const problems: string[] = [];
  let reference: { registry: string; repository: string; digest?: string } | undefined;
  try {
    reference = parseReference(positional, 'IMAGE');
    if (reference.digest === undefined) {
      problems.push(
        `IMAGE ${positional} names no digest: give REGISTRY/NAME@sha256:<64 hex> (a tag can move between this check and your pull)`,
      );
    }
  } catch (error) {
    problems.push(`IMAGE: ${(error as Error).message} (${REFERENCE_FORM})`);
  }
  const identity = flags.get('certificate-identity');
  if (!identity) problems.push('--certificate-identity is required: the exact SAN of the release workflow');
  const issuer = flags.get('certificate-oidc-issuer') ?? GITHUB_ACTIONS_ISSUER;
  const require = flags.has('require') ? list(flags.get('require')) : [...KINDS];
  if (require.length === 0) problems.push('--require names none of signature, sbom, provenance');
  for (const kind of require)
    if (!KINDS.includes(kind as EvidenceKind))
      problems.push(`--require: ${JSON.stringify(kind)} is none of signature, sbom, provenance`);
  if (new Set(require).size !== require.length) problems.push('--require names a kind twice');
  const commit = flags.get('commit');
  if (commit !== undefined && !/^[0-9a-f]{40}$/.test(commit))
    problems.push(`--commit ${JSON.stringify(commit)} is not a 40-character lower-case hex commit`);
  if (commit !== undefined && !require.includes('provenance'))
    problems.push('--commit is checked on the provenance: add provenance to --require');
  const platforms = list(flags.get('platforms'));
  if (flags.has('platforms') && platforms.length === 0) problems.push('--platforms names no platform');
  problems.push(...platformProblems(platforms, '--platforms'));
  const username = process.env.REGISTRY_USERNAME || undefined;
  const password = process.env.REGISTRY_PASSWORD || undefined;
  if ((username === undefined) !== (password === undefined))
    problems.push('REGISTRY_USERNAME and REGISTRY_PASSWORD go together: set both or neither');
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  try {
    return await verify(io, flags, {
      reference: reference!,
      identity: identity!,
      issuer,
      require,
      commit,
      platforms,
      username,
      password,
    });
  } catch (error) {
    // A registry that refused the credentials says which variables hold them.
    if (error instanceof BaseError && error.fix) {
      io.err(`error: ${messageWithFix(error)}`);
      return 1;
    }
    throw error;
  }
}

interface Checked {
  reference: { registry: string; repository: string; digest?: string };
  identity: string;
  issuer: string;
  require: string[];
  commit: string | undefined;
  platforms: string[];
  username: string | undefined;
  password: string | undefined;
}

/** The checks, once the command line is whole. */
async function verify(io: IO, flags: Map<string, string>, checked: Checked): Promise<number> {
  const { reference, identity, issuer, require, commit, platforms, username, password } = checked;

  const { registry, repository, digest } = reference! as {
    registry: string;
    repository: string;
    digest: string;
  };
  const [{ dockerConfigCredentials, dockerConfigPath }, { OciClient }, { loadCliTrust }, image, { Report }] =
    await Promise.all([
      import('../core/image/docker-config.js'),
      import('../core/oci/client.js'),
      import('./trust.js'),
      import('../core/image/verify-image.js'),
      import('../core/action/report.js'),
    ]);
  const credentials =
    username !== undefined && password !== undefined
      ? { username, password }
      : dockerConfigCredentials(registry, dockerConfigPath());
  const trust = await loadCliTrust(flags);
  for (const d of trust.dropped) io.err(`warning: trusted root: ignored ${d}`);
  const client = new OciClient({
    registry,
    ...(credentials ? { credentials } : {}),
    credentialInputs: ['REGISTRY_USERNAME', 'REGISTRY_PASSWORD'],
  });
  const report = new Report('verify-image');
  await image.verifyImage(client, repository, digest, platforms, report, {
    require: require as EvidenceKind[],
    identity,
    issuer,
    trust: trust.material,
    sbomMinComponents: 1,
    ...(commit !== undefined ? { commit } : {}),
    attestationsApi: 'false',
  });
  for (const row of report.rows) io.out(`${row.ok ? 'PASS' : 'FAIL'} ${row.check}: ${row.detail}`);
  if (report.ok) {
    io.out(`OK: ${registry}/${repository}@${digest} passed ${report.rows.length} checks`);
    return 0;
  }
  io.err(
    `error: ${report.failures.length} of ${report.rows.length} checks failed for ${registry}/${repository}@${digest}`,
  );
  return 1;
}

/** The `verify-image` command (see the file's comment). */
export const verifyImageCommand = {
  summary:
    "Verify an image's digest, platforms, signature, SBOM and provenance, as promote-image does, writing nothing.",
  usage: [
    'sealed-release verify-image REGISTRY/NAME@sha256:<hex> --certificate-identity I [--certificate-oidc-issuer U] [--require signature,sbom,provenance] [--commit SHA] [--platforms linux/amd64,linux/arm64] [--trusted-root T | --offline]',
  ],
  details: [
    "--certificate-identity is the release workflow's whole certificate SAN, compared byte for byte",
    '(https://github.com/OWNER/REPO/.github/workflows/FILE.yml@refs/tags/TAG); the issuer defaults to',
    "GitHub Actions'. --require defaults to all three kinds; --commit (40 hex) is the commit the",
    "provenance must name; --platforms: the digest must be an index holding each, every platform's",
    'manifest present. Evidence is read from the registry (the referrers API, or the sha256-<hex> tag',
    'index cosign and actions/attest write). Credentials: REGISTRY_USERNAME and REGISTRY_PASSWORD, else',
    'the docker config ($DOCKER_CONFIG/config.json or ~/.docker/config.json), else anonymous.',
    'One line per check; exit 0 only when all pass, 1 when one fails, 2 for a usage error.',
    '--offline concerns the trust only: the registry is still read.',
    ...TRUST_HELP,
  ],
  run,
};
