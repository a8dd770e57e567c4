import { type Check, runChecks } from '../../core/checks.js';
import { type GuardInputs, guardCheck, guardContextFromEnv } from '../../core/guard.js';

/** The preflight's inputs: one group per composed check. */
export interface PreflightInputs {
  guard: GuardInputs;
}

/**
 * The checks the preflight runs, in order, over one report. It is a plain list so further
 * checks (require-ci-green when `workflows` is given) are added here without changing how
 * the summary, outputs and failure are produced.
 */
export function preflightChecks(inputs: PreflightInputs, root: string): Check[] {
  return [guardCheck(inputs.guard, guardContextFromEnv(root))];
}

/** Everything in one step and one summary; `ok` is true only when every check passed. */
export async function run(inputs: PreflightInputs, root: string): Promise<void> {
  await runChecks('preflight', preflightChecks(inputs, root), { onReject: inputs.guard.onReject });
}
