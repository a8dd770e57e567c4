import { readKeyed } from './keyed.js';
import { readText } from './shared.js';
import type { DeclaredVersion } from './types.js';

/** package.json: the top-level `version` (npm's own rule; a leading BOM is accepted as npm does). */
export function readPackageJson(file: string, shown: string): DeclaredVersion {
  return readKeyed(readText(file, shown), 'package.json', ['version'], shown, false);
}
