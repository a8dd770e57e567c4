import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { ConfigurationError, messageOf } from './errors.js';
import { displayPath, resolveInWorkspace } from './paths.js';

/*
 * Version-file readers: each returns the version a manifest declares and the line it is on,
 * so a mismatch can be annotated where the fix goes. A file that cannot be read, parsed, or
 * does not positively declare a version is an error, never "no version, so fine".
 */

/** One `version-files` entry: `path` or `path:key.path`. */
export interface VersionFileSpec {
  /** The entry exactly as given. */
  raw: string;
  /** The path part, as given (relative to the workspace). */
  path: string;
  /** The explicit key path, when given. */
  keyPath?: string[];
}

/** What a version file declares. */
export interface DeclaredVersion {
  /** The file the version was read from, relative to the workspace (a Cargo workspace root, when followed). */
  file: string;
  /** 1-based line of the version, when it could be located in the text. */
  line?: number;
  /** The version the file means: for an exact pin `=1.2.3`, `1.2.3`. */
  version: string;
  /** Where in the file: `package.version`, `__version__`, … */
  key: string;
  /** The value as written, when it differs from `version` (a requirement). */
  written?: string;
  /** Set when the value is a requirement that is not an exact pin: never equal to a tag. */
  notExact?: string;
}

/** A problem with one version file: which file and, when known, which line. */
export class VersionFileError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'VersionFileError';
  }
}

const KEYED_EXTENSIONS = /\.(json|toml|ya?ml)$/;

/**
 * Parses one `version-files` entry. The key path follows the last `:` only when the part before
 * it is a .json/.toml/.yaml/.yml file, so paths are never split by accident.
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
  const known =
    keyPath !== undefined ||
    ['package.json', 'Cargo.toml', 'pyproject.toml', 'Chart.yaml'].includes(base) ||
    base.endsWith('.py');
  if (!known) {
    throw new ConfigurationError(
      KEYED_EXTENSIONS.test(base)
        ? `Input '${input}': '${raw}' needs a key path ('${file}:key.path'); only package.json, Cargo.toml, pyproject.toml and Chart.yaml are read without one.`
        : `Input '${input}': '${raw}' is not a version file this action reads (package.json, Cargo.toml, pyproject.toml, *.py, Chart.yaml, or any .json/.toml/.yaml/.yml with ':key.path').`,
    );
  }
  return { raw, path: file, keyPath };
}

/**
 * Locates `key.path` in JSON text: a small scanner that tracks the object/array nesting and
 * string escapes, so a nested key of the same name (`engines.version`) is never mistaken for
 * the one asked for. Returns the 1-based line of the key.
 */
export function locateJsonKey(text: string, keyPath: string[]): number | undefined {
  const stack: { array: boolean; key?: string }[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '{' || c === '[') stack.push({ array: c === '[' });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === '"') {
      const startLine = line;
      let value = '';
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\') value += text[++i] ?? '';
        else value += text[i];
        if (text[i] === '\n') line++;
      }
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j])) j++;
      const top = stack[stack.length - 1];
      if (text[j] === ':' && top && !top.array) {
        top.key = value;
        if (stack.length === keyPath.length && stack.every((e, k) => !e.array && e.key === keyPath[k]))
          return startLine;
      }
    }
  }
  return undefined;
}

function splitTomlKey(key: string): string[] {
  const parts: string[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/y;
  let match: RegExpExecArray | null;
  while (re.lastIndex < key.length && (match = re.exec(key))) parts.push(match[1] ?? match[2] ?? match[3]);
  return parts;
}

/**
 * Locates a dotted key in TOML text: tracks `[table]` headers and matches `key = …` lines
 * (dotted keys included); a key inside an inline table is found on the line that opens it.
 */
export function locateTomlKey(text: string, keyPath: string[]): number | undefined {
  const target = keyPath.join('\u0000');
  let table: string[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(line);
    if (header) {
      table = splitTomlKey(header[1]);
      continue;
    }
    const assign = /^\s*((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.\- ]+?)+)\s*=/.exec(line);
    if (!assign) continue;
    const full = [...table, ...splitTomlKey(assign[1])];
    const joined = full.join('\u0000');
    if (joined === target) return i + 1;
    if (target.startsWith(joined + '\u0000') && line.slice(assign[0].length).trim().startsWith('{'))
      return i + 1;
  }
  return undefined;
}

function readText(file: string, shown: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new VersionFileError(`${shown} cannot be read: ${messageOf(error)}.`, shown);
  }
}

function parseTomlFile(text: string, shown: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const line = /line (\d+)/.exec(messageOf(error))?.[1];
    throw new VersionFileError(
      `${shown} is not valid TOML: ${messageOf(error).split('\n')[0]}`,
      shown,
      line ? Number(line) : undefined,
    );
  }
}

function getPath(value: unknown, keyPath: string[]): unknown {
  let current = value;
  for (const key of keyPath) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function requireString(value: unknown, key: string, shown: string, line: number | undefined): string {
  if (value === undefined) throw new VersionFileError(`${shown} has no '${key}'.`, shown, line);
  if (typeof value !== 'string')
    throw new VersionFileError(
      `${shown}: '${key}' is ${Array.isArray(value) ? 'a list' : typeof value}, not a version string.`,
      shown,
      line,
    );
  return value;
}

/** Cargo dependency tables, where a bare `1.2.3` means `^1.2.3`. */
function isCargoDependencyKey(base: string, keyPath: string[]): boolean {
  if (base !== 'Cargo.toml') return false;
  const deps = /^(dev-|build-)?dependencies$/;
  return keyPath.some((k) => deps.test(k));
}

/**
 * What an explicit key's value means as a version. `=1.2.3` is an exact pin and counts as
 * 1.2.3. A bare `1.2.3` counts too, except in Cargo dependency tables where Cargo reads it as
 * `^1.2.3`. Anything else (`^`, `~`, ranges, wildcards) is a requirement that admits other
 * versions, so it can never be "in lockstep" with the tag.
 */
export function interpretRequirement(
  value: string,
  cargoDependency: boolean,
): { version: string; notExact?: string } {
  const pin = /^=\s*([0-9A-Za-z.+-]+)$/.exec(value);
  if (pin) return { version: pin[1] };
  if (/^[0-9][0-9A-Za-z.+-]*$/.test(value)) {
    if (cargoDependency)
      return {
        version: value,
        notExact: `'${value}' is a caret requirement in Cargo (^${value}), not an exact pin '=${value}'`,
      };
    return { version: value };
  }
  return { version: value, notExact: `'${value}' is a version requirement, not an exact pin '=…'` };
}

function readKeyed(
  text: string,
  base: string,
  keyPath: string[],
  shown: string,
  requirement: boolean,
): DeclaredVersion {
  const key = keyPath.join('.');
  let value: unknown;
  let line: number | undefined;
  if (/\.json$/.test(base)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new VersionFileError(`${shown} is not valid JSON: ${messageOf(error)}`, shown);
    }
    value = getPath(data, keyPath);
    line = locateJsonKey(text, keyPath);
  } else if (/\.toml$/.test(base)) {
    value = getPath(parseTomlFile(text, shown), keyPath);
    line = locateTomlKey(text, keyPath);
  } else {
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const first = doc.errors[0];
      throw new VersionFileError(
        `${shown} is not valid YAML: ${first.message.split('\n')[0]}`,
        shown,
        counter.linePos(first.pos[0]).line,
      );
    }
    if (!isMap(doc.contents)) throw new VersionFileError(`${shown} is not a YAML mapping.`, shown, 1);
    const node = doc.getIn(keyPath, true);
    if (node !== undefined && isScalar(node)) {
      value = node.value;
      if (node.range) line = counter.linePos(node.range[0]).line;
    } else {
      value = node === undefined ? undefined : getPath(doc.toJS(), keyPath);
    }
  }
  const written = requireString(value, key, shown, line);
  // A manifest's own version field is taken exactly as written; an explicit key may hold a
  // dependency requirement, which only counts when it pins one version.
  const meaning = requirement
    ? interpretRequirement(written, isCargoDependencyKey(base, keyPath))
    : { version: written };
  return {
    file: shown,
    line,
    key,
    version: meaning.version,
    written: meaning.version === written ? undefined : written,
    notExact: meaning.notExact,
  };
}

function readCargo(file: string, shown: string, root: string): DeclaredVersion {
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
        `${shown}: 'package.version' is neither a string nor 'version.workspace = true'.`,
        shown,
        locateTomlKey(text, ['package', 'version']),
      );
    throw new VersionFileError(`${shown} has no 'package.version'.`, shown, locateTomlKey(text, ['package']));
  }
  const wsVersion = getPath(data, ['workspace', 'package', 'version']);
  if (wsVersion !== undefined) {
    const line = locateTomlKey(text, ['workspace', 'package', 'version']);
    return {
      file: shown,
      line,
      key: 'workspace.package.version',
      version: requireString(wsVersion, 'workspace.package.version', shown, line),
    };
  }
  throw new VersionFileError(
    `${shown} has neither 'package.version' nor 'workspace.package.version'.`,
    shown,
  );
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
    const value = getPath(data, ['workspace', 'package', 'version']);
    const line = locateTomlKey(text, ['workspace', 'package', 'version']);
    if (value === undefined)
      throw new VersionFileError(
        `${shown} inherits its version from the workspace, but the workspace root ${rootShown} has no 'workspace.package.version'.`,
        rootShown,
      );
    return {
      file: rootShown,
      line,
      key: `workspace.package.version (inherited by ${shown})`,
      version: requireString(value, 'workspace.package.version', rootShown, line),
    };
  }
  throw new VersionFileError(
    `${shown} has 'version.workspace = true' but no workspace root (a Cargo.toml with [workspace]) was found in the workspace.`,
    shown,
  );
}

function readPyproject(file: string, shown: string): DeclaredVersion {
  const text = readText(file, shown);
  const data = parseTomlFile(text, shown);
  const project = asRecord(data.project);
  if (project && project.version !== undefined) {
    const line = locateTomlKey(text, ['project', 'version']);
    return {
      file: shown,
      line,
      key: 'project.version',
      version: requireString(project.version, 'project.version', shown, line),
    };
  }
  if (project && Array.isArray(project.dynamic) && project.dynamic.includes('version')) {
    throw new VersionFileError(
      `${shown} declares its version as dynamic (project.dynamic), so it holds no version to check. ${dynamicHint(data)}`,
      shown,
      locateTomlKey(text, ['project', 'dynamic']),
    );
  }
  const poetry = getPath(data, ['tool', 'poetry', 'version']);
  if (poetry !== undefined) {
    const line = locateTomlKey(text, ['tool', 'poetry', 'version']);
    return {
      file: shown,
      line,
      key: 'tool.poetry.version',
      version: requireString(poetry, 'tool.poetry.version', shown, line),
    };
  }
  throw new VersionFileError(`${shown} has neither 'project.version' nor 'tool.poetry.version'.`, shown);
}

/** Where a dynamic version really lives, from the build backend's configuration. */
function dynamicHint(data: Record<string, unknown>): string {
  const hatch = getPath(data, ['tool', 'hatch', 'version', 'path']);
  if (typeof hatch === 'string')
    return `Point version-files at '${hatch}' (tool.hatch.version.path) instead.`;
  const attr = getPath(data, ['tool', 'setuptools', 'dynamic', 'version', 'attr']);
  if (typeof attr === 'string') {
    const module = attr.split('.').slice(0, -1).join('/');
    return `Point version-files at the module of '${attr}' (tool.setuptools.dynamic.version), e.g. '${module}/__init__.py' or 'src/${module}/__init__.py', instead.`;
  }
  return `Point version-files at the file the build backend reads the version from (e.g. 'src/<package>/__init__.py' with __version__ = "…"), instead.`;
}

function readPython(file: string, shown: string): DeclaredVersion {
  const text = readText(file, shown);
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (!/^__version__\b/.test(line)) continue;
    const match =
      /^__version__\s*(?::\s*(?:str|Final|Final\[str\])\s*)?=\s*(["'])([^"'\\]*)\1\s*(#.*)?$/.exec(line);
    if (!match)
      throw new VersionFileError(
        `${shown}: '__version__' on line ${i + 1} is not a plain string literal (__version__ = "1.2.3"), so its value cannot be read without running the code.`,
        shown,
        i + 1,
      );
    return { file: shown, line: i + 1, key: '__version__', version: match[2] };
  }
  throw new VersionFileError(`${shown} has no top-level '__version__ = "…"' line.`, shown);
}

/**
 * Reads the version a file declares. `root` is the workspace; the path has been checked not
 * to escape it (`resolveInWorkspace`), and is checked again here for files found on the way
 * (Cargo workspace roots).
 */
export function readDeclaredVersion(spec: VersionFileSpec, root: string): DeclaredVersion {
  let file: string;
  try {
    file = resolveInWorkspace('version-files', spec.path, { root });
  } catch (error) {
    if (error instanceof ConfigurationError && /does not exist/.test(error.message))
      throw new VersionFileError(`${spec.path} does not exist in the workspace.`, spec.path);
    throw error;
  }
  const shown = displayPath(file, root);
  if (!fs.statSync(file).isFile()) throw new VersionFileError(`${shown} is not a regular file.`, shown);
  // The format follows the name the user gave (a symlink's target may be named otherwise).
  const base = path.basename(spec.path);
  if (spec.keyPath) return readKeyed(readText(file, shown), base, spec.keyPath, shown, true);
  if (base === 'package.json') return readKeyed(readText(file, shown), base, ['version'], shown, false);
  if (base === 'Chart.yaml') return readKeyed(readText(file, shown), base, ['version'], shown, false);
  if (base === 'Cargo.toml') return readCargo(file, shown, root);
  if (base === 'pyproject.toml') return readPyproject(file, shown);
  if (base.endsWith('.py')) return readPython(file, shown);
  throw new VersionFileError(`${shown} is not a version file this action reads.`, shown);
}
