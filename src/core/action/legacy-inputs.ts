import * as core from '@actions/core';
import { ConfigurationError } from '../errors.js';
import { parseBoolean, parseDuration, parseList } from '../inputs/parsers.js';

/*
 * The old one-at-a-time readers over @actions/core. They stop at the first bad input; each
 * action is moving to its own `inputs.ts` (`INPUT_NAMES` + `parseInputs(read)` over the
 * collecting `Inputs` of core/inputs), and this file goes when the last one has moved.
 */

/** A required input: absent or blank is a configuration error. */
export function getRequiredInput(name: string): string {
  const value = core.getInput(name);
  if (value === '') throw new ConfigurationError(`Input '${name}' is required.`, { code: 'MISSING_INPUT' });
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
  if (list.length === 0)
    throw new ConfigurationError(`Input '${name}' is required: give one item a line.`, {
      code: 'MISSING_INPUT',
    });
  return list;
}

export function getDurationInput(name: string, fallback: string): number {
  return parseDuration(name, getOptionalInput(name) ?? fallback);
}
