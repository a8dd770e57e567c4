import { ConfigurationError } from '../errors.js';
import {
  parseBoolean,
  parseDuration,
  parseEnum,
  parseInteger,
  parseLineList,
  parseSha,
  parseTagName,
} from './parsers.js';

/** A raw input's value, untrimmed; undefined when the input is not set at all. */
export type InputReader = (name: string) => string | undefined;

/** The runner's variable for an input: `INPUT_` + the name upper-cased, spaces as `_`. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Reads raw inputs from the runner's `INPUT_*` variables, named as @actions/core names them.
 * Parsers take a reader instead of calling @actions/core, so one action can parse another's
 * inputs (the root preflight reads tag-semver-guard's and require-ci-green's) with the same
 * code, and tests hand them a plain object.
 */
export const envInputReader: InputReader = (name) => process.env[inputVariable(name)];

/** A reader over a plain object, for tests and for composing actions in-process. */
export function objectInputReader(values: Record<string, string | undefined>): InputReader {
  return (name) => values[name];
}

/** `version_files` and `Version-Files` are both near misses of `version-files`. */
function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_ ]/g, '');
}

/**
 * Every `INPUT_*` variable in `env` that names no declared input. The runner passes a
 * misspelled `with:` key (`version_files`) on as `INPUT_VERSION_FILES` and only warns, so
 * without this a typo silently drops a check. Each problem suggests the declared name it
 * resembles.
 */
export function undeclaredInputs(env: NodeJS.ProcessEnv, declared: readonly string[]): string[] {
  const known = new Map(declared.map((name) => [inputVariable(name), name]));
  const problems: string[] = [];
  for (const variable of Object.keys(env).sort()) {
    if (!variable.startsWith('INPUT_') || known.has(variable)) continue;
    const given = variable.slice('INPUT_'.length).toLowerCase();
    const near = declared.find((name) => normalise(name) === normalise(given));
    problems.push(
      `Input '${given}' is not an input of this action` +
        (near
          ? `: did you mean '${near}'?`
          : `; its inputs are ${declared.map((d) => `'${d}'`).join(', ')}.`),
    );
  }
  return problems;
}

/**
 * The one input layer. Each accessor parses one input and, instead of throwing at the first
 * mistake, records the problem and returns a placeholder, so that `finish()` can report every
 * configuration error at once, each naming the input, the value and the accepted form. Nothing
 * is requested or written before `finish()` has passed.
 */
export class Inputs {
  private readonly problems: string[] = [];
  /** Inputs whose value was refused, so a later rule on the same input does not pile on. */
  private readonly refused = new Set<string>();

  constructor(
    private readonly read: InputReader,
    declared?: readonly string[],
    env: NodeJS.ProcessEnv = {},
  ) {
    if (declared) this.problems.push(...undeclaredInputs(env, declared));
  }

  /** Inputs from the runner's environment, refusing undeclared `INPUT_*` variables. */
  static fromEnv(declared: readonly string[], env: NodeJS.ProcessEnv = process.env): Inputs {
    return new Inputs((name) => env[inputVariable(name)], declared, env);
  }

  /** The value trimmed, or undefined when unset or blank. */
  optional(name: string): string | undefined {
    const value = this.read(name)?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  /** The raw value, untrimmed ('' when unset): for multi-line values. */
  raw(name: string): string {
    return this.read(name) ?? '';
  }

  /** A required value: absent or blank is a problem (and '' is returned). */
  required(name: string, form: string): string {
    const value = this.optional(name);
    if (value === undefined) this.problem(`Input '${name}' is required: give ${form}.`);
    return value ?? '';
  }

  boolean(name: string, fallback: boolean): boolean {
    return this.parse(name, (raw) => parseBoolean(name, raw)) ?? fallback;
  }

  /** One item a line; `required` makes an empty list a problem. */
  list(name: string, options: { required?: string } = {}): string[] {
    const items = this.attemptFor(name, () => parseLineList(name, this.raw(name))) ?? [];
    if (options.required && items.length === 0 && !this.refused.has(name)) {
      this.problem(`Input '${name}' is required: give ${options.required}, one a line.`);
    }
    return items;
  }

  /** Milliseconds. */
  duration(name: string, fallback: string): number {
    return this.parse(name, (raw) => parseDuration(name, raw)) ?? parseDuration(name, fallback);
  }

  enum<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    return this.parse(name, (raw) => parseEnum(name, raw, allowed)) ?? fallback;
  }

  integer(name: string, fallback: number, min = 0): number {
    return this.parse(name, (raw) => parseInteger(name, raw, min)) ?? fallback;
  }

  sha(name: string): string | undefined {
    return this.parse(name, (raw) => parseSha(name, raw));
  }

  tag(name: string): string | undefined {
    return this.parse(name, (raw) => parseTagName(name, raw));
  }

  /** Parses a set input with `fn`; an unset or blank input gives undefined. */
  parse<T>(name: string, fn: (raw: string) => T): T | undefined {
    const raw = this.read(name);
    if (raw === undefined || raw.trim() === '') return undefined;
    return this.attemptFor(name, () => fn(raw));
  }

  /** {@link attempt}, remembering that `name` was refused. */
  private attemptFor<T>(name: string, fn: () => T): T | undefined {
    const before = this.problems.length;
    const value = this.attempt(fn);
    if (this.problems.length > before) this.refused.add(name);
    return value;
  }

  /** Runs a check; a ConfigurationError becomes a recorded problem (anything else is a bug). */
  attempt<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      this.problems.push(...error.problems);
      return undefined;
    }
  }

  /** Records a problem found by the action's own cross-input rules. */
  problem(message: string): void {
    this.problems.push(message);
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  /** Throws one ConfigurationError listing every recorded problem; returns `value` otherwise. */
  finish<T>(value: T): T {
    if (this.problems.length > 0) throw new ConfigurationError(this.problems);
    return value;
  }
}
