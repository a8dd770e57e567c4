import type { OutputValue } from '../action/outputs.js';

/**
 * The outputs of the guard, as tag-semver-guard/action.yml declares them; the preflight declares
 * these and the CI check's (a test keeps each list equal to its action.yml).
 */
export const GUARD_OUTPUT_NAMES = [
  'ok',
  'tag',
  'version',
  'major',
  'minor',
  'patch',
  'prerelease',
  'build',
  'is-prerelease',
  'release-notes',
  'release-notes-path',
  'reason',
] as const;

/** Every output of the guard, empty before anything is known (outputs are always all set). */
export function emptyGuardOutputs(): Record<string, OutputValue> {
  return {
    tag: '',
    version: '',
    major: '',
    minor: '',
    patch: '',
    prerelease: '',
    build: '',
    'is-prerelease': false,
    'release-notes': '',
    'release-notes-path': '',
  };
}
