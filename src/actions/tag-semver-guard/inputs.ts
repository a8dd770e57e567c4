import { GUARD_INPUT_NAMES, type GuardInputs, parseGuardInputs } from '../../core/guard/inputs.js';
import { GUARD_OUTPUT_NAMES } from '../../core/guard/outputs.js';
import type { InputReader } from '../../core/inputs/index.js';

/** The inputs tag-semver-guard/action.yml declares (a test checks the two agree). */
export const INPUT_NAMES: readonly string[] = GUARD_INPUT_NAMES;

/**
 * The outputs tag-semver-guard/action.yml declares: runEntry writes every one on every ending (a test
 * checks both agree).
 */
export const OUTPUT_NAMES = GUARD_OUTPUT_NAMES;

/** What the guard runs on: its parsed inputs and the workspace they were checked against. */
export interface TagSemverGuardInputs {
  guard: GuardInputs;
  /** The workspace root (real path): version files and the changelog must stay inside it. */
  root: string;
}

/**
 * Parses every input once, collecting every problem into one ConfigurationError. Pure apart
 * from looking at the workspace (a path must not escape it); `root` is handed in.
 */
export function parseInputs(read: InputReader, root: string): TagSemverGuardInputs {
  return { guard: parseGuardInputs(read, root), root };
}
