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

export interface SbomAttachInputs extends ReleaseInputs {
  /** Globs, one a line; together they must match exactly one file. */
  sbom: string[];
  minComponents: number;
  /** Names, group/names or purls, one a line. */
  requireComponents: string[];
  assetName?: string;
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
