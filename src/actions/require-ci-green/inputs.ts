import { CI_INPUT_NAMES, type CiActionInputs, readCiInputs } from '../../core/ci/inputs.js';
import { type InputReader, Inputs } from '../../core/inputs/index.js';

/** Every input declared in require-ci-green/action.yml (a test holds the two together). */
export const INPUT_NAMES = [...CI_INPUT_NAMES, 'tag'] as const;

/**
 * The outputs require-ci-green/action.yml declares: runEntry writes every one on every ending (a test
 * checks both agree).
 */
export const OUTPUT_NAMES = ['green', 'head-sha', 'report'] as const;

export type RequireCiGreenInputs = CiActionInputs;

/**
 * Parses every require-ci-green input once, collecting every problem into one configuration
 * error. Pure: the inputs come from `read`; `env` gives GITHUB_SHA and GITHUB_REPOSITORY.
 * (Undeclared `INPUT_*` names are refused by the entry point, `runEntry`, against INPUT_NAMES.)
 *
 * The commit: the tag's when `tag` is given (then a `sha` must be that same commit), else `sha`,
 * else GITHUB_SHA, as the contract says.
 */
export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv = {}): RequireCiGreenInputs {
  const inputs = new Inputs(read);
  const tag = inputs.tag('tag');
  const parsed = readCiInputs(inputs, env, { workflows: 'required' })!;
  const ci = { ...parsed.ci, tag };
  if (tag === undefined && ci.sha === undefined) {
    if (parsed.githubSha !== undefined) Object.assign(ci, { sha: parsed.githubSha, shaSource: 'GITHUB_SHA' });
    else if (!env.GITHUB_SHA)
      inputs.problem(`Input 'sha' is required when neither 'tag' nor GITHUB_SHA is given.`);
  }
  return inputs.finish({ ...parsed, ci });
}
