import * as fs from 'node:fs';
import * as path from 'node:path';
import { displayPath, resolveInWorkspace } from '../paths.js';
import { readCargoToml } from './cargo.js';
import { readChartYaml } from './chart-yaml.js';
import { readKeyed } from './keyed.js';
import { readPackageJson } from './package-json.js';
import { readPyproject } from './pyproject.js';
import { readPython } from './python.js';
import { readText } from './shared.js';
import { MANIFEST_KINDS, type ManifestName } from './spec.js';
import { type DeclaredVersion, type VersionFileSpec, VersionFileError } from './types.js';

/*
 * The manifest kinds the guard reads, and the dispatch from a `version-files` entry to its
 * reader. Each reader returns the version a manifest declares and the line it is on, so a
 * mismatch can be annotated where the fix goes. A file that cannot be read, parsed, or does not
 * positively declare a version is an error, never "no version, so fine".
 */

export { interpretRequirement } from './keyed.js';
export { MANIFEST_KINDS, nearMiss, parseVersionFileSpec, supportedKinds } from './spec.js';
export { locateJsonKey, locateTomlKey } from './locate.js';
export { blankStringsAndComments } from './python.js';
export {
  type DeclaredVersion,
  type VersionFileErrorCode,
  type VersionFileSpec,
  VersionFileError,
} from './types.js';

/** The reader of each kind in MANIFEST_KINDS (spec.ts), by its name. */
const READERS: Record<ManifestName, (file: string, shown: string, root: string) => DeclaredVersion> = {
  'package.json': (f, s) => readPackageJson(f, s),
  'Cargo.toml': (f, s, r) => readCargoToml(f, s, r),
  'pyproject.toml': (f, s) => readPyproject(f, s),
  '*.py': (f, s) => readPython(f, s),
  'Chart.yaml': (f, s) => readChartYaml(f, s),
};

/**
 * Resolves the entry's path in the workspace. A path that names nothing is a typed `missing`
 * error, decided on the file system (not on the wording of another error): first every escape
 * is refused without requiring existence, then, once the file is known to exist, it is
 * resolved again with the symbolic-link check on its real path.
 */
function locate(spec: VersionFileSpec, root: string): string {
  const candidate = resolveInWorkspace('version-files', spec.path, { root, mustExist: false });
  // existsSync follows symbolic links: a dangling link is missing too.
  if (!fs.existsSync(candidate))
    throw new VersionFileError('missing', `${spec.path} does not exist in the workspace.`, spec.path);
  return resolveInWorkspace('version-files', spec.path, { root });
}

/**
 * Reads the version a file declares. `root` is the workspace; the path is checked not to
 * escape it (`resolveInWorkspace`), and so are files found on the way (Cargo workspace roots).
 */
export function readDeclaredVersion(spec: VersionFileSpec, root: string): DeclaredVersion {
  const file = locate(spec, root);
  const shown = displayPath(file, root);
  if (!fs.statSync(file).isFile())
    throw new VersionFileError('not-a-file', `${shown} is not a regular file.`, shown);
  // The format follows the name the user gave (a symlink's target may be named otherwise).
  const base = path.basename(spec.path);
  if (spec.keyPath) return readKeyed(readText(file, shown), base, spec.keyPath, shown, true);
  const kind = MANIFEST_KINDS.find((k) => k.matches(base));
  if (kind === undefined)
    throw new VersionFileError('unsupported', `${shown} is not a version file this action reads.`, shown);
  return READERS[kind.name](file, shown, root);
}
