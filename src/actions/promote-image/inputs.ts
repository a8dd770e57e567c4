import { parseRepository as parseGitHubRepository, type Repo } from '../../core/github/repository.js';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../core/image/evidence-types.js';
import { platformProblems } from '../../core/image/subject.js';
import { Inputs, type InputReader, parseTagName } from '../../core/inputs/index.js';
import { parseRepository as parseImage } from '../../core/oci/reference.js';
import { FLOATING_KINDS, type FloatingKind } from '../../core/promote/tags.js';
import { messageOf } from '../../core/errors.js';
import { parseSemVer, parseTag, type SemVer } from '../../core/semver.js';

/** The inputs promote-image/action.yml declares (a test keeps the two equal). */
export const INPUT_NAMES = [
  'image',
  'digest',
  'source-tag',
  'version',
  'tag-prefix',
  'certificate-identity',
  'certificate-oidc-issuer',
  'require',
  'attestations-api',
  'sbom-min-components',
  'platforms',
  'floating-tags',
  'git-tag',
  'trusted-root',
  'dry-run',
  'registry-username',
  'registry-password',
  'github-token',
  'repository',
] as const;

/** The outputs promote-image/action.yml declares: runEntry writes every one on every ending. */
export const OUTPUT_NAMES = ['digest', 'version-tag', 'floating', 'verified', 'writes'] as const;

/** The outputs of a refused configuration: nothing was verified or written. */
export const REFUSAL_OUTPUTS = { digest: '', 'version-tag': '', floating: '{}', verified: '[]', writes: 0 };

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export interface PromoteInputs {
  registry: string;
  repository: string;
  /** The digest, or the tag resolved once at the start. */
  reference: string;
  version: SemVer;
  tagPrefix: string;
  identity: string;
  issuer: string;
  require: EvidenceKind[];
  attestationsApi: 'auto' | 'true' | 'false';
  sbomMinComponents: number;
  platforms: string[];
  floating: FloatingKind[];
  gitTag: string;
  trustedRoot?: string;
  dryRun: boolean;
  registryUsername?: string;
  registryPassword?: string;
  token?: string;
  githubRepository?: Repo;
}

const SHA256 = /^sha256:[a-f0-9]{64}$/;
/** distribution's tag grammar (reference.go): a version tag is written under it. */
const OCI_TAG = /^[\w][\w.-]{0,127}$/;

/**
 * Parses every promote-image input at once (pure: `read` gives the raw values, `env` the runner's
 * GITHUB_REF for the defaults of `version` and `git-tag`); throws one ConfigurationError listing
 * every problem, each naming the input, the value and the accepted form.
 */
export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv = {}): PromoteInputs {
  const inputs = new Inputs(read);
  let registry = '';
  let repository = '';
  const image = inputs.required('image', 'the image as REGISTRY/NAME, without tag or digest');
  if (image !== '') {
    try {
      const parsed = parseImage(image, "Input 'image'");
      registry = parsed.registry;
      repository = parsed.repository;
    } catch (error) {
      inputs.problem(messageOf(error));
    }
  }

  const digest = inputs.optional('digest');
  const sourceTag = inputs.optional('source-tag');
  if (digest !== undefined && !SHA256.test(digest))
    inputs.problem(`Input 'digest' must be sha256:<64 lowercase hex>, got '${digest}'.`);
  if (sourceTag !== undefined && !OCI_TAG.test(sourceTag))
    inputs.problem(
      `Input 'source-tag' must be an image tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}), got '${sourceTag}'.`,
    );
  if (digest !== undefined && sourceTag !== undefined)
    inputs.problem(
      "Inputs 'digest' and 'source-tag' are exclusive: give the digest to promote, or a tag to resolve once.",
    );
  if (digest === undefined && sourceTag === undefined)
    inputs.problem(
      "Input 'digest' is required unless 'source-tag' is given: give sha256:<64 hex> of the index to promote.",
    );

  const tagPrefix = inputs.optional('tag-prefix') ?? '';
  const prefixOk = /^(?:[\w][\w.-]*)?$/.test(tagPrefix);
  if (!prefixOk)
    inputs.problem(
      `Input 'tag-prefix' must start with a letter, digit or '_' and hold only letters, digits, '_', '.' and '-' (it begins image tags), got '${tagPrefix}'.`,
    );
  const ref = env.GITHUB_REF ?? '';
  const refTag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
  const version = parseVersion(inputs, inputs.optional('version'), refTag, tagPrefix, ref);
  if (version && prefixOk && !OCI_TAG.test(`${tagPrefix}${version.version}`))
    inputs.problem(
      `Inputs 'tag-prefix' and 'version' make the tag '${tagPrefix}${version.version}', longer than an image tag may be (128 characters).`,
    );

  const identity = inputs.required(
    'certificate-identity',
    'the exact SAN of the release workflow, e.g. https://github.com/OWNER/REPO/.github/workflows/release.yml@refs/tags/v1.2.3',
  );
  const issuer = inputs.optional('certificate-oidc-issuer') ?? GITHUB_ISSUER;
  if (!/^https:\/\/\S+$/.test(issuer))
    inputs.problem(`Input 'certificate-oidc-issuer' must be an https:// URL, got '${issuer}'.`);

  const requireRaw = inputs.list('require');
  const require: EvidenceKind[] = [];
  for (const kind of requireRaw.length > 0 ? requireRaw : [...EVIDENCE_KINDS]) {
    if (!(EVIDENCE_KINDS as readonly string[]).includes(kind))
      inputs.problem(`Input 'require' accepts ${EVIDENCE_KINDS.join(', ')} (one a line), got '${kind}'.`);
    else if (!require.includes(kind as EvidenceKind)) require.push(kind as EvidenceKind);
  }
  const attestationsApi = inputs.enum('attestations-api', ['auto', 'true', 'false'] as const, 'auto');
  const sbomMinComponents = inputs.integer('sbom-min-components', 1, 0);
  const platforms = inputs.list('platforms');
  for (const problem of platformProblems(platforms, "Input 'platforms'")) inputs.problem(`${problem}.`);

  const floatingRaw = inputs.list('floating-tags');
  const floating: FloatingKind[] = [];
  if (!(floatingRaw.length === 1 && floatingRaw[0] === 'none')) {
    for (const kind of floatingRaw.length > 0 ? floatingRaw : ['latest']) {
      if (!(FLOATING_KINDS as readonly string[]).includes(kind))
        inputs.problem(
          `Input 'floating-tags' accepts ${FLOATING_KINDS.join(', ')} (one a line), or 'none' alone, got '${kind}'.`,
        );
      else if (!floating.includes(kind as FloatingKind)) floating.push(kind as FloatingKind);
    }
  }

  let gitTag = '';
  const gitTagRaw = inputs.optional('git-tag');
  if (gitTagRaw !== undefined) gitTag = inputs.attempt(() => parseTagName('git-tag', gitTagRaw)) ?? '';
  else if (refTag !== undefined) gitTag = refTag;
  else if (version) gitTag = `${tagPrefix}${version.version}`;

  const token = inputs.optional('github-token');
  const repositoryRaw = inputs.optional('repository');
  const needsGitHub = require.includes('provenance') || attestationsApi === 'true';
  if (needsGitHub && token === undefined)
    inputs.problem(
      "Input 'github-token' is required to resolve git-tag's commit for the provenance (and for attestations-api): give a token (default ${{ github.token }}).",
    );
  if (needsGitHub && repositoryRaw === undefined)
    inputs.problem(
      "Input 'repository' is required with provenance or attestations-api: give 'owner/name' (default ${{ github.repository }}).",
    );
  const githubRepository =
    repositoryRaw === undefined
      ? undefined
      : inputs.attempt(() => parseGitHubRepository('repository', repositoryRaw));

  const username = inputs.optional('registry-username');
  const password = inputs.raw('registry-password') || undefined;
  if ((username === undefined) !== (password === undefined))
    inputs.problem(
      "Inputs 'registry-username' and 'registry-password' go together: give both, or neither (then ghcr.io uses github.actor and github-token, other registries anonymous access).",
    );

  return inputs.finish({
    registry,
    repository,
    reference: digest ?? sourceTag ?? '',
    version: version!,
    tagPrefix,
    identity,
    issuer,
    require,
    attestationsApi,
    sbomMinComponents,
    platforms,
    floating,
    gitTag,
    trustedRoot: inputs.optional('trusted-root'),
    dryRun: inputs.boolean('dry-run', false),
    registryUsername: username,
    registryPassword: password,
    token,
    githubRepository,
  });
}

/**
 * `version`, or the tag of GITHUB_REF without `tag-prefix`: strict SemVer 2.0.0, and no build
 * metadata, because an image tag cannot hold `+` (distribution's tag grammar).
 */
function parseVersion(
  inputs: Inputs,
  given: string | undefined,
  refTag: string | undefined,
  prefix: string,
  ref: string,
): SemVer | undefined {
  let result;
  let what: string;
  if (given !== undefined) {
    result = parseSemVer(given);
    what = `Input 'version' ('${given}')`;
  } else if (refTag !== undefined) {
    result = parseTag(refTag, prefix);
    what = `Input 'version' is not set and the tag of GITHUB_REF ('${refTag}', tag-prefix '${prefix}')`;
  } else {
    inputs.problem(
      `Input 'version' is not set and GITHUB_REF ('${ref}') is not a tag: give the version (strict SemVer such as 1.2.3), or run on a tag push.`,
    );
    return undefined;
  }
  if (!result.ok) {
    const hint =
      given === undefined
        ? " Give 'version' (e.g. 1.2.3 for the git tag v1.2.3: image tags need not carry the git tag's prefix)."
        : '';
    inputs.problem(
      `${what} is not strict SemVer such as 1.2.3 or 1.2.3-rc.1: ${result.reasons.join(' ')}${hint}`,
    );
    return undefined;
  }
  if (result.value.build.length > 0) {
    inputs.problem(
      `${what} has build metadata ('+${result.value.build.join('.')}'), which an image tag cannot hold: give the version without it.`,
    );
    return undefined;
  }
  return result.value;
}
