import * as fs from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { messageOf } from '../errors.js';
import { locateTomlKey } from './locate.js';
import { type DeclaredVersion, VersionFileError } from './types.js';

/* Helpers every manifest reader uses: reading, TOML parsing, walking a parsed document. */

/** The file's text; a failure to read it is a `VersionFileError` naming the file. */
export function readText(file: string, shown: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new VersionFileError('unreadable', `${shown} cannot be read: ${messageOf(error)}.`, shown);
  }
}

/** Parses TOML, reporting the parser's line when it gives one. */
export function parseTomlFile(text: string, shown: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const line = /line (\d+)/.exec(messageOf(error))?.[1];
    throw new VersionFileError(
      'syntax',
      `${shown} is not valid TOML: ${messageOf(error).split('\n')[0]}`,
      shown,
      line ? Number(line) : undefined,
    );
  }
}

/** The value at `keyPath`, own properties only (never `__proto__` or inherited keys). */
export function getPath(value: unknown, keyPath: string[]): unknown {
  let current = value;
  for (const key of keyPath) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** `value` when it is a plain object (a table/mapping), else undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The value as a string, or a `no-version` / `not-a-string` error naming the key. */
export function requireString(value: unknown, key: string, shown: string, line: number | undefined): string {
  if (value === undefined) throw new VersionFileError('no-version', `${shown} has no '${key}'.`, shown, line);
  if (typeof value !== 'string')
    throw new VersionFileError(
      'not-a-string',
      `${shown}: '${key}' is ${Array.isArray(value) ? 'a list' : typeof value}, not a version string.`,
      shown,
      line,
    );
  return value;
}

/**
 * The version declared at `keyPath` of a parsed TOML manifest, with its line; undefined when
 * the key is absent, so the caller falls back to the next place its kind allows. A value that is
 * there but is not a string is refused (requireString), never skipped.
 */
export function tomlVersionAt(
  data: Record<string, unknown>,
  text: string,
  keyPath: string[],
  shown: string,
): DeclaredVersion | undefined {
  const value = getPath(data, keyPath);
  if (value === undefined) return undefined;
  const line = locateTomlKey(text, keyPath);
  const key = keyPath.join('.');
  return { file: shown, line, key, version: requireString(value, key, shown, line) };
}

/**
 * The last place a kind allows for its version, when the first (`first`, already looked at by
 * the caller) was absent: the version at `fallback`, or a `no-version` error naming both.
 */
export function fallbackTomlVersion(
  data: Record<string, unknown>,
  text: string,
  first: string,
  fallback: string[],
  shown: string,
): DeclaredVersion {
  const found = tomlVersionAt(data, text, fallback, shown);
  if (found) return found;
  throw new VersionFileError(
    'no-version',
    `${shown} has neither '${first}' nor '${fallback.join('.')}'.`,
    shown,
  );
}
