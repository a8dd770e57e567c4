import { ConfigurationError } from '../../core/errors.js';
import { Inputs, type InputReader } from '../../core/inputs/index.js';
import { parseReleaseInputs, type ReleaseInputs } from '../../core/release/inputs.js';

/** The inputs sbom-attach/action.yml declares (a test checks both agree). */
export const INPUT_NAMES = [
  'sbom',
  'tag',
  'min-components',
  'require-components',
  'asset-name',
  'github-token',
  'repository',
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
] as const;

export interface SbomAttachInputs extends ReleaseInputs {
  /** Globs, one a line; together they must match exactly one file. */
  sbom: string[];
  minComponents: number;
  /** Names, group/names or purls, one a line. */
  requireComponents: string[];
  assetName?: string;
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
  };
}

/**
 * Parses every sbom-attach input at once (pure: the reader and `env` are all it reads). Every
 * problem is reported together, each naming the input, the value and the accepted form.
 */
export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv = process.env): SbomAttachInputs {
  const inputs = new Inputs(read);
  return inputs.finish({
    sbom: inputs.list('sbom', { required: 'the SBOM file as globs' }),
    ...parseReleaseInputs(inputs, env),
    minComponents: inputs.integer('min-components', 1),
    requireComponents: inputs.list('require-components'),
    assetName: inputs.parse('asset-name', parseAssetName),
  });
}

/** A file name: the asset is one name on the release, never a path. */
function parseAssetName(raw: string): string {
  const name = raw.trim();
  if (/[/\\]/.test(name)) {
    throw new ConfigurationError(`Input 'asset-name' must be a file name without '/' or '\\', got '${raw}'.`);
  }
  return name;
}
