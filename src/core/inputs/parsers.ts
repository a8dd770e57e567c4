import { ConfigurationError } from '../errors.js';

/*
 * The shared value parsers. Each takes the input's name, so every error names the input, the
 * value it got and the form it accepts. They are pure: no environment, no @actions/core.
 */

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/** YAML 1.2 core schema booleans, nothing else (no `yes`, `on`, `1`). */
export function parseBoolean(name: string, raw: string): boolean {
  const value = raw.trim();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new ConfigurationError(
    `Input '${name}' must be a boolean (true | True | TRUE | false | False | FALSE), got '${raw}'.`,
  );
}

/** One item a line; blank lines and lines starting with `#` are ignored; items are trimmed. */
export function parseList(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * A list input whose single line holds commas is almost always `a, b, c` written for a
 * comma-separated list; the contract says one item a line, so say that rather than look for a
 * file named `a, b, c`.
 */
export function parseLineList(name: string, raw: string): string[] {
  const items = parseList(raw);
  if (items.length === 1 && /,\s*\S/.test(items[0]) && !/[{}]/.test(items[0])) {
    throw new ConfigurationError(
      `Input '${name}' takes one item a line, not a comma-separated list: got '${items[0]}'. Write each item on its own line (a YAML block scalar, '${name}: |').`,
    );
  }
  return items;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** The longest wait any input may ask for: a day. Longer is a typo (`1e9h`), never a plan. */
export const MAX_DURATION_MS = 24 * UNIT_MS.h;

/**
 * Durations such as `0`, `90s`, `20m`, `1h`, `1h30m`, `500ms`. A bare number is seconds.
 * Returns milliseconds; at most a day.
 */
export function parseDuration(name: string, raw: string): number {
  const value = raw.trim();
  const form = 'a duration such as 0, 90s, 20m, 1h or 1h30m (at most 24h)';
  let total: number;
  if (/^\d+$/.test(value)) {
    total = Number(value) * 1000;
  } else {
    const parts = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/.exec(value);
    if (!parts || value === '' || parts.slice(1).every((p) => p === undefined)) {
      throw new ConfigurationError(`Input '${name}' must be ${form}, got '${raw}'.`);
    }
    const [, h, m, s, ms] = parts;
    total =
      Number(h ?? 0) * UNIT_MS.h + Number(m ?? 0) * UNIT_MS.m + Number(s ?? 0) * UNIT_MS.s + Number(ms ?? 0);
  }
  if (!Number.isSafeInteger(total) || total > MAX_DURATION_MS) {
    throw new ConfigurationError(`Input '${name}' must be ${form}, got '${raw}', which is too long.`);
  }
  return total;
}

/** A value from a fixed set; the error lists the allowed values. */
export function parseEnum<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  const value = raw.trim();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(
    `Input '${name}' must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got '${raw}'.`,
  );
}

/** A non-negative whole number, at least `min`. */
export function parseInteger(name: string, raw: string, min = 0): number {
  const value = raw.trim();
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min) {
    throw new ConfigurationError(`Input '${name}' must be a whole number of at least ${min}, got '${raw}'.`);
  }
  return Number(value);
}

const HEX40 = /^[0-9a-f]{40}$/;

/** A full commit SHA: 40 hexadecimal characters, returned lowercased. Short SHAs are ambiguous. */
export function parseSha(name: string, raw: string): string {
  const value = raw.trim().toLowerCase();
  if (!HEX40.test(value)) {
    throw new ConfigurationError(
      `Input '${name}' must be a full 40-character hexadecimal commit SHA, got '${raw}'.`,
    );
  }
  return value;
}

/**
 * A git tag name. The one tag parser of every action: surrounding white space is trimmed (as
 * the runner's own inputs are), a `refs/tags/` prefix is dropped, and anything git's
 * check-ref-format would refuse is refused, as is anything outside printable ASCII. Lookalike
 * and invisible characters (a Cyrillic `v`, a zero-width space) make a tag that looks like the
 * release and is not, so they are never accepted here.
 */
export function parseTagName(name: string, raw: string): string {
  const value = raw.trim().replace(/^refs\/tags\//, '');
  const bad =
    value === '' ||
    !/^[\x21-\x7e]+$/.test(value) ||
    /[~^:?*[\\]/.test(value) ||
    value.includes('..') ||
    value.includes('@{') ||
    value === '@' ||
    value.startsWith('-') ||
    value.startsWith('/') ||
    value.endsWith('/') ||
    value.endsWith('.') ||
    value.endsWith('.lock') ||
    value.split('/').some((part) => part.startsWith('.') || part === '' || part.endsWith('.lock'));
  if (bad) {
    throw new ConfigurationError(
      `Input '${name}' must be a git tag name such as v1.2.3 (printable ASCII, no spaces, none of ~^:?*[\\, no '..'), got '${raw}'.`,
    );
  }
  return value;
}

/**
 * The release tag: the `tag` input when given, else the tag of `GITHUB_REF`. A run on a branch
 * with no `tag` input is a configuration error, never a release named after the branch.
 */
export function tagFromInputOrRef(name: string, given: string | undefined, ref: string): string {
  if (given !== undefined && given.trim() !== '') return parseTagName(name, given);
  if (!ref.startsWith('refs/tags/')) {
    throw new ConfigurationError(
      `Input '${name}' is not set and GITHUB_REF ('${ref}') is not a tag: give the tag to release, or run on a tag push.`,
    );
  }
  return parseTagName(name, ref);
}
