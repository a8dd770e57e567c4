import { CI_INPUT_NAMES, type CiActionInputs, readCiInputs } from '../../core/ci/inputs.js';
import { GUARD_INPUT_NAMES, type GuardInputs, parseGuardInputs } from '../../core/guard/inputs.js';
import { GUARD_OUTPUT_NAMES } from '../../core/guard/outputs.js';
import { type InputReader, Inputs } from '../../core/inputs/index.js';

/** Every input declared in the root action.yml: the union of the guard's and the CI check's. */
export const INPUT_NAMES = [...GUARD_INPUT_NAMES, ...CI_INPUT_NAMES] as const;

/**
 * The outputs action.yml declares: runEntry writes every one on every ending (a test
 * checks both agree).
 */
export const OUTPUT_NAMES = [...GUARD_OUTPUT_NAMES, 'green', 'head-sha', 'report'] as const;

/** The preflight's inputs: one group per composed check. */
export interface PreflightInputs {
  guard: GuardInputs;
  /** require-ci-green's inputs; undefined when `workflows` is not given (the check is not requested). */
  ci?: CiActionInputs;
}

/**
 * Parses every input of both checks once, before anything is written, collecting the problems
 * of both into one configuration error: a bad CI input (a duration, a SHA) is refused even when
 * the guard would pass, and the other way round. The guard's parser reads `tag` (strictly, as
 * given); the CI parser does not read it again: the CI check takes the guard's tag. `env`
 * gives GITHUB_SHA and GITHUB_REPOSITORY. (Undeclared `INPUT_*` names are refused by the entry
 * point, `runEntry`, against INPUT_NAMES.)
 */
export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv, root: string): PreflightInputs {
  const inputs = new Inputs(read);
  const guard = inputs.attempt(() => parseGuardInputs(read, root));
  const ci = readCiInputs(inputs, env, { workflows: 'optional' });
  return inputs.finish({ guard: guard!, ci });
}

/**
 * The outputs of a refused configuration: `ok` false (with `reason`, filled in by runEntry),
 * and the CI outputs as when the check did not run.
 */
export const REFUSAL_OUTPUTS = { ok: false, green: '', 'head-sha': '', report: '[]' };
