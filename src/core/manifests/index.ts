import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { displayPath, resolveInWorkspace } from '../paths.js';
import { readCargoToml } from './cargo.js';
import { readChartYaml } from './chart-yaml.js';
import { readKeyed } from './keyed.js';
import { readPackageJson } from './package-json.js';
import { readPyproject } from './pyproject.js';
import { readPython } from './python.js';
import { readText } from './shared.js';
import { type DeclaredVersion, type VersionFileSpec, VersionFileError } from './types.js';

/*
 * The manifest kinds the guard reads, and the dispatch from a `version-files` entry to its
 * reader. Each reader returns the version a manifest declares and the line it is on, so a
 * mismatch can be annotated where the fix goes. A file that cannot be read, parsed, or does not
 * positively declare a version is an error, never "no version, so fine".
 */

export { interpretRequirement } from './keyed.js';
export { locateJsonKey, locateTomlKey } from './locate.js';
export { blankStringsAndComments } from './python.js';
export {
  type DeclaredVersion,
  type VersionFileErrorCode,
  type VersionFileSpec,
  VersionFileError,
} from './types.js';

/** A manifest kind read without a key path: which file names it covers and what it reads. */
interface ManifestKind {
  /** The exact file name, or a pattern shown as written here (`*.py`). */
  name: string;
  /** Where the version is read from, for messages and hints. */
  reads: string;
  matches(base: string): boolean;
  read(file: string, shown: string, root: string): DeclaredVersion;
}

// Kept alike on purpose (docs/ARCHITECTURE.md): one entry per kind, a table read by the dispatch and the messages.
/** Every kind read without a key path; messages list them from here, so they never drift. */
export const MANIFEST_KINDS: readonly ManifestKind[] = [
  {
    name: 'package.json',
    reads: 'version',
    matches: (b) => b === 'package.json',
    read: (f, s) => readPackageJson(f, s),
  },
  {
    name: 'Cargo.toml',
    reads: 'package.version or workspace.package.version',
    matches: (b) => b === 'Cargo.toml',
    read: (f, s, r) => readCargoToml(f, s, r),
  },
  {
    name: 'pyproject.toml',
    reads: 'project.version or tool.poetry.version',
    matches: (b) => b === 'pyproject.toml',
    read: (f, s) => readPyproject(f, s),
  },
  {
    name: '*.py',
    reads: '__version__ = "…"',
    matches: (b) => b.endsWith('.py') && b.length > 3,
    read: (f, s) => readPython(f, s),
  },
  {
    name: 'Chart.yaml',
    reads: 'version',
    matches: (b) => b === 'Chart.yaml',
    read: (f, s) => readChartYaml(f, s),
  },
];

const KEYED_EXTENSIONS = /\.(json|toml|ya?ml)$/;

/** The supported kinds as one sentence fragment: `package.json (version), …, or any …`. */
export function supportedKinds(): string {
  return `${MANIFEST_KINDS.map((k) => `${k.name} (${k.reads})`).join(', ')}, or any .json/.toml/.yaml/.yml file with ':key.path'`;
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/**
 * The manifest name the user probably meant: same name in another case (`chart.yaml`,
 * `cargo.toml`), or at most two edits away (`pakage.json`, `pyprojct.toml`, `Chart.yml`).
 */
export function nearMiss(base: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const kind of MANIFEST_KINDS) {
    if (kind.name.startsWith('*')) continue;
    const distance = editDistance(base.toLowerCase(), kind.name.toLowerCase());
    if (distance <= 2 && (best === undefined || distance < best.distance))
      best = { name: kind.name, distance };
  }
  return best?.name;
}

/**
 * Parses one `version-files` entry. The key path follows the last `:` only when the part before
 * it is a .json/.toml/.yaml/.yml file, so paths are never split by accident. A name that is not
 * a supported kind is refused with the list of kinds, and a near-miss (`pakage.json`,
 * `chart.yaml`) with the name it probably meant: read under the wrong name, the file would be
 * skipped by the tool that really uses it, so guessing would check the wrong thing.
 */
export function parseVersionFileSpec(input: string, raw: string): VersionFileSpec {
  const colon = raw.lastIndexOf(':');
  let file = raw;
  let keyPath: string[] | undefined;
  if (colon > 0 && KEYED_EXTENSIONS.test(raw.slice(0, colon))) {
    file = raw.slice(0, colon);
    const key = raw.slice(colon + 1);
    if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(key)) {
      throw new ConfigurationError(
        `Input '${input}': key path '${key}' in '${raw}' must be dot-separated keys (letters, digits, '_', '-'), e.g. 'dependencies.mylib.version'.`,
      );
    }
    keyPath = key.split('.');
  }
  if (file === '') throw new ConfigurationError(`Input '${input}': entry '${raw}' has no file path.`);
  const base = path.posix.basename(file.replace(/\\/g, '/'));
  if (keyPath !== undefined || MANIFEST_KINDS.some((k) => k.matches(base)))
    return { raw, path: file, keyPath };
  const meant = nearMiss(base);
  if (meant !== undefined) {
    const dir = file.slice(0, file.length - base.length);
    throw new ConfigurationError(
      `Input '${input}': '${raw}' is not a manifest name this action reads; did you mean '${dir}${meant}'? (Supported: ${supportedKinds()}.)`,
    );
  }
  throw new ConfigurationError(
    KEYED_EXTENSIONS.test(base)
      ? `Input '${input}': '${raw}' needs a key path ('${file}:key.path'); only ${MANIFEST_KINDS.filter((k) =>
          KEYED_EXTENSIONS.test(k.name),
        )
          .map((k) => k.name)
          .join(', ')} are read without one. (Supported: ${supportedKinds()}.)`
      : `Input '${input}': '${raw}' is not a version file this action reads. Supported: ${supportedKinds()}.`,
  );
}

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
  return kind.read(file, shown, root);
}
