import * as path from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { VersionFileSpec } from './types.js';

/*
 * What a `version-files` entry may name, checked when the inputs are parsed: the kinds read
 * without a key path, and the parser of one entry. Apart from the readers (index.ts), so that
 * parsing the inputs loads no TOML, YAML or JSON parser: a refused configuration never needs one.
 */

/** A manifest kind read without a key path: which file names it covers and what it reads. */
export interface ManifestKind {
  /** The exact file name, or a pattern shown as written here (`*.py`). */
  name: ManifestName;
  /** Where the version is read from, for messages and hints. */
  reads: string;
  matches(base: string): boolean;
}

/** The kinds' names; index.ts has one reader for each (its type makes a missing one a compile error). */
export type ManifestName = 'package.json' | 'Cargo.toml' | 'pyproject.toml' | '*.py' | 'Chart.yaml';

// Kept alike on purpose (docs/ARCHITECTURE.md): one entry per kind, a table read by the dispatch and the messages.
/** Every kind read without a key path; messages list them from here, so they never drift. */
export const MANIFEST_KINDS: readonly ManifestKind[] = [
  {
    name: 'package.json',
    reads: 'version',
    matches: (b) => b === 'package.json',
  },
  {
    name: 'Cargo.toml',
    reads: 'package.version or workspace.package.version',
    matches: (b) => b === 'Cargo.toml',
  },
  {
    name: 'pyproject.toml',
    reads: 'project.version or tool.poetry.version',
    matches: (b) => b === 'pyproject.toml',
  },
  {
    name: '*.py',
    reads: '__version__ = "…"',
    matches: (b) => b.endsWith('.py') && b.length > 3,
  },
  {
    name: 'Chart.yaml',
    reads: 'version',
    matches: (b) => b === 'Chart.yaml',
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
