import type { OutputValue } from '../action/outputs.js';

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
