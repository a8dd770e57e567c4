import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { messageOf } from '../errors.js';
import { locateJsonKey, locateTomlKey } from './locate.js';
import { getPath, parseTomlFile, requireString } from './shared.js';
import { type DeclaredVersion, VersionFileError } from './types.js';

/*
 * A key in a .json, .toml, .yaml or .yml file: either a manifest's own version field
 * (package.json `version`, Chart.yaml `version`) or an explicit `path:key.path`.
 */

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

function readJson(text: string, keyPath: string[], shown: string): { value: unknown; line?: number } {
  // npm reads a package.json that starts with a UTF-8 byte-order mark (it strips it), and
  // editors on Windows write one; JSON.parse refuses it. The mark is not content, so it is
  // dropped before parsing, and the line numbers are unchanged.
  const body = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new VersionFileError('syntax', `${shown} is not valid JSON: ${messageOf(error)}`, shown);
  }
  return { value: getPath(data, keyPath), line: locateJsonKey(body, keyPath) };
}

function readYaml(text: string, keyPath: string[], shown: string): { value: unknown; line?: number } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    throw new VersionFileError(
      'syntax',
      `${shown} is not valid YAML: ${first.message.split('\n')[0]}`,
      shown,
      counter.linePos(first.pos[0]).line,
    );
  }
  if (!isMap(doc.contents)) throw new VersionFileError('syntax', `${shown} is not a YAML mapping.`, shown, 1);
  const node = doc.getIn(keyPath, true);
  if (node !== undefined && isScalar(node))
    return { value: node.value, line: node.range ? counter.linePos(node.range[0]).line : undefined };
  return { value: node === undefined ? undefined : getPath(doc.toJS(), keyPath) };
}

/**
 * Reads `keyPath` from a .json/.toml/.yaml/.yml text. `requirement` is true for an explicit
 * key, whose value may be a dependency requirement; a manifest's own version field is taken
 * exactly as written.
 */
export function readKeyed(
  text: string,
  base: string,
  keyPath: string[],
  shown: string,
  requirement: boolean,
): DeclaredVersion {
  const key = keyPath.join('.');
  let found: { value: unknown; line?: number };
  if (/\.json$/.test(base)) found = readJson(text, keyPath, shown);
  else if (/\.toml$/.test(base))
    found = { value: getPath(parseTomlFile(text, shown), keyPath), line: locateTomlKey(text, keyPath) };
  else found = readYaml(text, keyPath, shown);
  const written = requireString(found.value, key, shown, found.line);
  const meaning = requirement
    ? interpretRequirement(written, isCargoDependencyKey(base, keyPath))
    : { version: written };
  return {
    file: shown,
    line: found.line,
    key,
    version: meaning.version,
    written: meaning.version === written ? undefined : written,
    notExact: meaning.notExact,
  };
}
