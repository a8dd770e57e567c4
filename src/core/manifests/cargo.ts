import * as path from 'node:path';
import { displayPath, resolveInWorkspace } from '../paths.js';
import { locateTomlKey } from './locate.js';
import { asRecord, fallbackTomlVersion, parseTomlFile, readText, tomlVersionAt } from './shared.js';
import { type DeclaredVersion, VersionFileError } from './types.js';

/**
 * Cargo.toml: `package.version`; `version.workspace = true` follows the workspace root; a
 * virtual manifest gives `workspace.package.version`.
 */
export function readCargoToml(file: string, shown: string, root: string): DeclaredVersion {
  const text = readText(file, shown);
  const data = parseTomlFile(text, shown);
  const pkg = asRecord(data.package);
  if (pkg) {
    const version = pkg.version;
    if (typeof version === 'string')
      return {
        file: shown,
        line: locateTomlKey(text, ['package', 'version']),
        key: 'package.version',
        version,
      };
    const inherited = asRecord(version);
    if (inherited && inherited.workspace === true)
      return readCargoWorkspaceRoot(file, shown, root, pkg.workspace);
    if (version !== undefined)
      throw new VersionFileError(
        'not-a-string',
        `${shown}: 'package.version' is neither a string nor 'version.workspace = true'.`,
        shown,
        locateTomlKey(text, ['package', 'version']),
      );
    throw new VersionFileError(
      'no-version',
      `${shown} has no 'package.version'.`,
      shown,
      locateTomlKey(text, ['package']),
    );
  }
  return fallbackTomlVersion(data, text, 'package.version', ['workspace', 'package', 'version'], shown);
}

/**
 * Follows `version.workspace = true` to the workspace root, as Cargo does: the manifest named
 * by `package.workspace`, else the nearest Cargo.toml above with a `[workspace]` table. The
 * search never leaves the repository workspace.
 */
function readCargoWorkspaceRoot(
  member: string,
  shown: string,
  root: string,
  explicit: unknown,
): DeclaredVersion {
  let candidates: string[];
  if (typeof explicit === 'string') {
    const dir = path.resolve(path.dirname(member), explicit);
    candidates = [dir.endsWith('Cargo.toml') ? dir : path.join(dir, 'Cargo.toml')];
  } else {
    candidates = [];
    let dir = path.dirname(member);
    for (;;) {
      candidates.push(path.join(dir, 'Cargo.toml'));
      const rel = path.relative(root, dir);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) break;
      dir = path.dirname(dir);
    }
  }
  for (const candidate of candidates) {
    let real: string;
    try {
      real = resolveInWorkspace('version-files', path.relative(root, candidate), { root });
    } catch {
      continue;
    }
    const rootShown = displayPath(real, root);
    const text = readText(real, rootShown);
    const data = parseTomlFile(text, rootShown);
    if (!asRecord(data.workspace)) continue;
    const found = tomlVersionAt(data, text, ['workspace', 'package', 'version'], rootShown);
    if (!found)
      throw new VersionFileError(
        'no-version',
        `${shown} inherits its version from the workspace, but the workspace root ${rootShown} has no 'workspace.package.version'.`,
        rootShown,
      );
    return { ...found, key: `workspace.package.version (inherited by ${shown})` };
  }
  throw new VersionFileError(
    'no-version',
    `${shown} has 'version.workspace = true' but no workspace root (a Cargo.toml with [workspace]) was found in the workspace.`,
    shown,
  );
}
