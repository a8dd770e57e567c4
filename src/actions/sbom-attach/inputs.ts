import { ConfigurationError } from '../../core/errors.js';
import { Inputs, type InputReader } from '../../core/inputs/index.js';
import { parseRepository } from '../../core/github/repository.js';
import {
  imageDigestList,
  registryInputs,
  type ImageDigestReference,
  type RegistryInputs,
} from '../../core/image/attest-inputs.js';
import { parseReleaseInputs, type ReleaseInputs } from '../../core/release/inputs.js';
import { signingInputs, type SigningInputs } from '../../core/sigstore/inputs.js';

/** The inputs sbom-attach/action.yml declares (a test checks both agree). */
export const INPUT_NAMES = [
  'sbom',
  'tag',
  'min-components',
  'require-components',
  'asset-name',
  'github-token',
  'repository',
  'image',
  'attest-subjects',
  'registry-username',
  'registry-password',
  'fulcio-url',
  'rekor-url',
  'tsa-url',
  'oidc-audience',
  'identity-token',
  'trusted-root',
] as const;

/**
 * The outputs sbom-attach/action.yml declares: runEntry writes every one on every ending (a test
 * checks both agree).
 */
export const OUTPUT_NAMES = [
  'format',
  'spec-version',
  'components',
  'sha256',
  'asset-id',
  'asset-url',
  'uploaded',
  'image-bundles',
  'attestation-ids',
  'attestation-urls',
] as const;

export interface SbomAttachInputs extends ReleaseInputs {
  /** Globs, one a line; together they must match exactly one file. */
  sbom: string[];
  minComponents: number;
  /** Names, group/names or purls, one a line. */
  requireComponents: string[];
  assetName?: string;
  /** The image the SBOM is attested to (by digest), when given. */
  image?: ImageDigestReference;
  /** Globs of the files the SBOM describes: attested to their sha256 and stored (attestations API). */
  attestSubjects: string[];
  registry: RegistryInputs;
  signing: SigningInputs;
  /**
   * Whether the SBOM also goes to the draft release: always without `image`; with `image`, only
   * when `tag` is given (the release is then optional).
   */
  release: boolean;
}

/**
 * sbom-attach's outputs before anything is checked: where a run starts and also what a refused
 * configuration reports, so the two can never disagree. Declared here, beside the inputs, so
 * that the entry can hand them to a refusal without loading main.ts.
 */
export function notAttachedOutputs(): Record<string, string | number | boolean> {
  return {
    format: '',
    'spec-version': '',
    components: 0,
    sha256: '',
    'asset-id': '',
    'asset-url': '',
    uploaded: false,
    'image-bundles': '[]',
    'attestation-ids': '',
    'attestation-urls': '',
  };
}

/**
 * Parses every sbom-attach input at once (pure: the reader and `env` are all it reads). Every
 * problem is reported together, each naming the input, the value and the accepted form.
 */
export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv = process.env): SbomAttachInputs {
  const inputs = new Inputs(read);
  const sbom = inputs.list('sbom', { required: 'the SBOM file as globs' });
  const images = imageDigestList(inputs, 'image');
  if (images.length > 1)
    inputs.problem(
      `Input 'image' takes one image by digest (the SBOM describes one image), got ${images.length}.`,
    );
  const image = images[0];
  // Without an image or files to attest to, the SBOM goes to the tag's draft release, as before;
  // with either, the release is optional: only a given `tag` sends the SBOM there too.
  const attestSubjects = inputs.list('attest-subjects');
  const release =
    (image === undefined && attestSubjects.length === 0) || inputs.optional('tag') !== undefined;
  const releaseInputs: ReleaseInputs = release
    ? parseReleaseInputs(inputs, env)
    : { token: inputs.optional('github-token') ?? '', ...optionalRepository(inputs), tag: '' };
  if (attestSubjects.length > 0 && !release) {
    // The attestations API needs the token and the repository even without a release.
    if (releaseInputs.token === '')
      inputs.problem(
        "Input 'github-token' is required with attest-subjects: give a token with attestations: write.",
      );
    if (releaseInputs.repository.owner === '' && inputs.optional('repository') === undefined)
      inputs.problem("Input 'repository' is required with attest-subjects: give 'owner/name'.");
  }
  const signing = signingInputs(inputs);
  return inputs.finish({
    sbom,
    ...releaseInputs,
    minComponents: inputs.integer('min-components', 1),
    requireComponents: inputs.list('require-components'),
    assetName: inputs.parse('asset-name', parseAssetName),
    image,
    attestSubjects,
    registry: registryInputs(inputs),
    signing,
    release,
  });
}

/** The repository when given (without a release it only matters for nothing but messages). */
function optionalRepository(inputs: Inputs): { repository: ReleaseInputs['repository'] } {
  const raw = inputs.optional('repository');
  const parsed = raw === undefined ? undefined : inputs.attempt(() => parseRepository('repository', raw));
  return { repository: parsed ?? { owner: '', repo: '' } };
}

/** A file name: the asset is one name on the release, never a path. */
function parseAssetName(raw: string): string {
  const name = raw.trim();
  if (/[/\\]/.test(name)) {
    throw new ConfigurationError(`Input 'asset-name' must be a file name without '/' or '\\', got '${raw}'.`);
  }
  return name;
}
