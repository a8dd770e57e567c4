import * as core from '@actions/core';
import { ConfigurationError } from './errors.js';

/*
 * Input parsing. The pure `parse*` functions take the input's name so every error names the
 * input and what was expected; the `get*` wrappers read from the runner's environment.
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

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Durations such as `0`, `90s`, `20m`, `1h`, `1h30m`, `500ms`. A bare number is seconds.
 * Returns milliseconds.
 */
export function parseDuration(name: string, raw: string): number {
  const value = raw.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const parts = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/.exec(value);
  if (!parts || value === '' || parts.slice(1).every((p) => p === undefined)) {
    throw new ConfigurationError(
      `Input '${name}' must be a duration such as 0, 90s, 20m, 1h or 1h30m, got '${raw}'.`,
    );
  }
  const [, h, m, s, ms] = parts;
  const total =
    Number(h ?? 0) * UNIT_MS.h + Number(m ?? 0) * UNIT_MS.m + Number(s ?? 0) * UNIT_MS.s + Number(ms ?? 0);
  if (!Number.isSafeInteger(total)) {
    throw new ConfigurationError(`Input '${name}' is too large a duration: '${raw}'.`);
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

/** A non-negative integer. */
export function parseInteger(name: string, raw: string, min = 0): number {
  const value = raw.trim();
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min) {
    throw new ConfigurationError(`Input '${name}' must be a whole number of at least ${min}, got '${raw}'.`);
  }
  return Number(value);
}

/** A raw input's value, untrimmed; undefined when the input is not set at all. */
export type InputReader = (name: string) => string | undefined;

/**
 * Reads raw inputs from the runner's `INPUT_*` variables, named as @actions/core names them.
 * Parsers take a reader instead of calling @actions/core so one action can parse another's
 * inputs (the root preflight reads tag-semver-guard's and require-ci-green's) with the same code.
 */
export const envInputReader: InputReader = (name) =>
  process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];

/** A required input: absent or blank is a configuration error. */
export function getRequiredInput(name: string): string {
  const value = core.getInput(name);
  if (value === '') throw new ConfigurationError(`Input '${name}' is required.`);
  return value;
}

/** An optional input, trimmed; `undefined` when absent or blank. */
export function getOptionalInput(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

export function getBooleanInput(name: string, fallback: boolean): boolean {
  const value = getOptionalInput(name);
  return value === undefined ? fallback : parseBoolean(name, value);
}

export function getListInput(name: string): string[] {
  return parseList(core.getInput(name, { trimWhitespace: false }));
}

export function getRequiredListInput(name: string): string[] {
  const list = getListInput(name);
  if (list.length === 0) throw new ConfigurationError(`Input '${name}' is required: give one item a line.`);
  return list;
}

export function getDurationInput(name: string, fallback: string): number {
  return parseDuration(name, getOptionalInput(name) ?? fallback);
}
