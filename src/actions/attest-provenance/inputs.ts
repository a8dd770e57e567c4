import * as path from 'node:path';
import { parseRepository, type Repo } from '../../core/github/repository.js';
import { Inputs, type InputReader } from '../../core/inputs/index.js';
import {
  imageDigestList,
  registryInputs,
  type ImageDigestReference,
  type RegistryInputs,
} from '../../core/image/attest-inputs.js';
import { signingInputs, type SigningInputs } from '../../core/sigstore/inputs.js';

/** The inputs attest-provenance/action.yml declares (a test keeps the two equal). */
export const INPUT_NAMES = [
  'files',
  'images',
  'attestations-api',
  'bundle-path',
  'fulcio-url',
  'rekor-url',
  'tsa-url',
  'oidc-audience',
  'identity-token',
  'trusted-root',
  'github-token',
  'repository',
  'registry-username',
  'registry-password',
] as const;

/**
 * The outputs attest-provenance/action.yml declares: runEntry writes every one on every ending
 * (a test checks both agree).
 */
export const OUTPUT_NAMES = ['bundle-path', 'attestation-ids', 'attestation-urls', 'subjects'] as const;

/** The outputs of a refused configuration: nothing was attested. */
export const REFUSAL_OUTPUTS = {
  'bundle-path': '',
  'attestation-ids': '',
  'attestation-urls': '',
  subjects: '[]',
};

export interface ProvenanceInputs extends SigningInputs {
  files: string[];
  /** Images by digest: one statement each, attached as a referrer. */
  images: ImageDigestReference[];
  registry: RegistryInputs;
  attestationsApi: boolean;
  /** Absolute. */
  bundlePath: string;
  /** Needed only with attestations-api (the default). */
  token?: string;
  repository?: Repo;
}

/**
 * Parses every attest-provenance input at once (pure: `read` gives the raw values, `env` the
 * runner's RUNNER_TEMP and GITHUB_WORKSPACE for the defaults); throws one ConfigurationError
 * listing every problem, each naming the input, the value and the accepted form.
 */
export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv = {}): ProvenanceInputs {
  const inputs = new Inputs(read);
  const files = inputs.list('files');
  const images = imageDigestList(inputs, 'images');
  if (files.length === 0 && inputs.list('images').length === 0)
    inputs.problem(
      "Input 'files' is required unless 'images' is given: give globs of the built files, or image references by digest (REGISTRY/NAME@sha256:<hex>), one a line.",
    );
  const attestationsApi = inputs.boolean('attestations-api', true);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const given = inputs.optional('bundle-path');
  let bundlePath = '';
  if (given !== undefined) {
    if (given.includes('\0') || given.endsWith('/') || given.endsWith(path.sep)) {
      inputs.problem(
        `Input 'bundle-path' must be a file path such as provenance.sigstore.json, got '${given}'.`,
      );
    } else {
      bundlePath = path.resolve(workspace, given);
    }
  } else if (env.RUNNER_TEMP) {
    bundlePath = path.join(env.RUNNER_TEMP, 'provenance.sigstore.json');
  } else if (files.length > 0) {
    inputs.problem(
      "Input 'bundle-path' is required when RUNNER_TEMP is not set: give a file path for the bundle.",
    );
  }
  const token = inputs.optional('github-token');
  const repositoryRaw = inputs.optional('repository');
  if (attestationsApi) {
    if (token === undefined)
      inputs.problem(
        "Input 'github-token' is required with attestations-api: give a token (default ${{ github.token }}).",
      );
    if (repositoryRaw === undefined)
      inputs.problem(
        "Input 'repository' is required with attestations-api: give 'owner/name' (default ${{ github.repository }}).",
      );
  }
  const repository =
    repositoryRaw === undefined
      ? undefined
      : inputs.attempt(() => parseRepository('repository', repositoryRaw));
  const parsed: ProvenanceInputs = {
    files,
    images,
    registry: registryInputs(inputs),
    attestationsApi,
    bundlePath,
    ...signingInputs(inputs),
    token,
    repository,
  };
  return inputs.finish(parsed);
}
