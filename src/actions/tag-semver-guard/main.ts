import { runChecks } from '../../core/action/checks.js';
import { type GuardInputs, guardCheck, guardContextFromEnv } from '../../core/guard.js';

/** Runs the guard's checks over one report: one summary, all outputs, `ok` and `reason`. */
export async function run(inputs: GuardInputs, root: string): Promise<void> {
  await runChecks('tag-semver-guard', [guardCheck(inputs, guardContextFromEnv(root))], {
    onReject: inputs.onReject,
  });
}
