import { type CiActionInputs, parseCiInputs } from '../../core/ci-inputs.js';
import { envInputReader } from '../../core/inputs/index.js';

export type RequireCiGreenInputs = CiActionInputs;

/**
 * Reads every require-ci-green input once (errors name the input). The parsing itself lives in
 * `core/ci-inputs.ts`, shared with the root preflight action, which takes the same inputs.
 */
export function readCiInputs(): RequireCiGreenInputs {
  return parseCiInputs(envInputReader);
}
