import { runChecks } from '../../core/action/checks.js';
import { setOutputs } from '../../core/action/outputs.js';
import { Report, publishReport } from '../../core/action/report.js';
import { ConfigurationError, messageOf } from '../../core/errors.js';
import {
  type GuardInputs,
  emptyGuardOutputs,
  guardCheck,
  guardContextFromEnv,
  type InputReader,
  parseGuardInputs,
} from '../../core/guard.js';

/** Runs the guard's checks over one report: one summary, all outputs, `ok` and `reason`. */
export async function run(inputs: GuardInputs, root: string): Promise<void> {
  await runChecks('tag-semver-guard', [guardCheck(inputs, guardContextFromEnv(root))], {
    onReject: inputs.onReject,
  });
}

/**
 * Parses every input, then runs. A configuration error still leaves a trace where the user
 * looks: a one-row summary saying what to fix, and the outputs (all set, `ok=false`, `reason`
 * = the message), so an `if: steps.guard.outputs.ok == 'true'` can never read an empty output
 * as anything but "not ok". Nothing else is written (no release notes). The error is then
 * rethrown so the boundary reports it as a configuration error and the step fails, whatever
 * `on-reject` says.
 */
export async function runFromInputs(read: InputReader, root: string): Promise<void> {
  let inputs: GuardInputs;
  try {
    inputs = parseGuardInputs(read, root);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      const report = new Report('tag-semver-guard');
      report.fail('configuration', messageOf(error));
      await publishReport(report);
      setOutputs({ ...emptyGuardOutputs(), ok: false, reason: `configuration: ${messageOf(error)}` });
    }
    throw error;
  }
  await run(inputs, root);
}
