/*
 * Inputs for in-process tests of the parsers: a reader over a plain object, the environment the
 * runner would give for the same `with:` map, and the problems a ConfigurationError collected.
 */
import { ConfigurationError } from '../../src/core/errors.js';
import { inputVariable, objectInputReader, type InputReader } from '../../src/core/inputs/index.js';

/** A reader over `with:` values, as parsers take it (unset inputs read as undefined). */
export function reader(values: Record<string, string | undefined> = {}): InputReader {
  return objectInputReader(values);
}

/** The `INPUT_*` variables the runner sets for these `with:` values. */
export function inputEnv(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [inputVariable(name), value]));
}

/**
 * The problems of the ConfigurationError `fn` throws, in order; none when `fn` returns. Any
 * other error is rethrown (an internal failure is not a refusal of input).
 */
export function problemsOrNone(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

/** As `problemsOrNone`, but `fn` must refuse: returning normally fails the test. */
export function problemsOf(fn: () => unknown): string[] {
  const problems = problemsOrNone(fn);
  if (problems.length === 0) throw new Error('expected a ConfigurationError, got none');
  return problems;
}
