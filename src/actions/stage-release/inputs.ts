import { ConfigurationError } from '../../core/errors.js';
import { Inputs, parseBoolean, type InputReader } from '../../core/inputs/index.js';
import { parseReleaseInputs, type ReleaseInputs } from '../../core/release/inputs.js';

/** The inputs stage-release/action.yml declares (a test checks both agree). */
export const INPUT_NAMES = [
  'tag',
  'files',
  'notes-path',
  'name',
  'target',
  'prerelease',
  'github-token',
  'repository',
] as const;

/**
 * The outputs stage-release/action.yml declares: runEntry writes every one on every ending (a test
 * checks both agree).
 */
export const OUTPUT_NAMES = ['release-id', 'release-url', 'uploaded', 'skipped', 'assets'] as const;

export interface StageReleaseInputs extends ReleaseInputs {
  /** Globs, one a line. */
  files: string[];
  notesPath?: string;
  name?: string;
  /** A full commit SHA, lower-cased. */
  target?: string;
  prerelease: boolean | 'auto';
}

/**
 * Parses every stage-release input at once (pure: the reader and `env` are all it reads). Every
 * problem is reported together, each naming the input, the value and the accepted form.
 */
export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv = process.env): StageReleaseInputs {
  const inputs = new Inputs(read);
  return inputs.finish({
    ...parseReleaseInputs(inputs, env),
    files: inputs.list('files', { required: 'the files to attach as globs' }),
    notesPath: inputs.optional('notes-path'),
    name: inputs.optional('name'),
    target: inputs.sha('target'),
    prerelease: inputs.parse('prerelease', parsePrerelease) ?? 'auto',
  });
}

/** `auto` (decided from the tag's SemVer) or a YAML 1.2 boolean. */
function parsePrerelease(raw: string): boolean | 'auto' {
  if (raw.trim() === 'auto') return 'auto';
  try {
    return parseBoolean('prerelease', raw);
  } catch {
    throw new ConfigurationError(
      `Input 'prerelease' must be auto, true or false (YAML 1.2 booleans: true | True | TRUE | false | False | FALSE), got '${raw}'.`,
    );
  }
}
