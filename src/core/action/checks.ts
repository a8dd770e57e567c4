import * as commands from './workflow-commands.js';
import { ChecksFailedError } from '../errors.js';
import { setOutputs, type OutputValue } from './outputs.js';
import { Report, publishReport } from './report.js';
import { failureRows } from './run.js';
import { declaredOutputs } from './run-state.js';

/** What one check contributed: its outputs, summary sections, and whether a failure may be skipped. */
export interface CheckOutcome {
  outputs: Record<string, OutputValue>;
  /**
   * Failed rows that `on-reject: skip` must not turn into a success: problems with the
   * configuration (a named file missing or unreadable), as opposed to "this is not a release".
   */
  hardFailures: number;
  /** Extra markdown for the job summary, after the table. */
  summary?: string[];
}

/** A check adds its rows to the shared report and returns its outcome. */
export type Check = (report: Report) => Promise<CheckOutcome>;

export type OnReject = 'fail' | 'skip';
export const ON_REJECT_VALUES: readonly OnReject[] = ['fail', 'skip'];

/** Why the run is not ok: every failed row, one a line; empty when ok. */
export function reasonOf(report: Report): string {
  if (report.ok) return '';
  if (report.rows.length === 0) return 'no check was run';
  return report.failures.map((r) => `${r.check}: ${r.detail}`).join('\n');
}

/**
 * Runs checks over one report, then writes one job summary (with annotations), sets the merged
 * outputs plus `ok` and `reason`, and fails unless every row passed. With `on-reject: skip` a
 * rejection exits 0 with `ok=false` so later jobs can skip on `if:`; a hard failure still fails,
 * because a broken configuration must not look like "not a release".
 *
 * A check that throws stops the checks after it; its error becomes rows of the same report (a
 * hard failure), the summary and outputs are written as for any failure, and the error itself
 * is thrown on, so the step fails with its own words ("Configuration error: …", a known
 * failure and its fix, "Internal error: …"). Outputs no check set are filled in by the entry
 * (`runEntry`) from the action's declared outputs.
 */
export async function runChecks(
  title: string,
  checks: Check[],
  options: {
    onReject: OnReject;
    /**
     * Add `ok` and `reason` to the outputs. Under `runEntry` each is added when the action
     * declares it (require-ci-green declares neither: `green` is its verdict), and `false` here
     * leaves both out; outside an entry (in-process tests) both are added unless `false`.
     */
    verdictOutputs?: boolean;
  },
): Promise<Report> {
  const report = new Report(title);
  const outputs: Record<string, OutputValue> = {};
  const summary: string[] = [];
  let hard = 0;
  let thrown: { error: unknown } | undefined;
  for (const check of checks) {
    try {
      const outcome = await check(report);
      Object.assign(outputs, outcome.outputs);
      summary.push(...(outcome.summary ?? []));
      hard += outcome.hardFailures;
    } catch (error) {
      thrown = { error };
      for (const row of failureRows(error)) report.add(row);
      hard++;
      break;
    }
  }
  await publishReport(report, summary);
  const verdict: Record<string, OutputValue> = { ok: report.ok, reason: reasonOf(report) };
  const declared = declaredOutputs();
  for (const name of Object.keys(verdict))
    if (options.verdictOutputs === false || (declared && !declared.includes(name))) delete verdict[name];
  setOutputs({ ...outputs, ...verdict });
  if (thrown) throw thrown.error;
  if (report.ok) return report;
  if (options.onReject === 'skip' && hard === 0) {
    commands.warning(`${report.failureMessage()}\non-reject is 'skip': exiting successfully with ok=false.`);
    return report;
  }
  const note =
    options.onReject === 'skip'
      ? `\n(on-reject: skip does not apply: ${hard} of these ${hard === 1 ? 'is a configuration problem' : 'are configuration problems'}.)`
      : '';
  throw new ChecksFailedError(report.failureMessage() + note);
}
