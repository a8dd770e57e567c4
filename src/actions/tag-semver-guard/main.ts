import { runChecks } from '../../core/action/checks.js';
import { guardCheck, guardContextFromEnv } from '../../core/guard/check.js';
import type { TagSemverGuardInputs } from './inputs.js';

/** Runs the guard's checks over one report: one summary, all outputs, `ok` and `reason`. */
export async function run({ guard, root }: TagSemverGuardInputs): Promise<void> {
  await runChecks('tag-semver-guard', [guardCheck(guard, guardContextFromEnv(root))], {
    onReject: guard.onReject,
  });
}
