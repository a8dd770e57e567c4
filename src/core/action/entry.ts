import { BaseError, ConfigurationError, InternalError, messageOf } from '../errors.js';
import { inputVariable, undeclaredInputs, type InputReader } from '../inputs/reader.js';
import { setOutputs, type OutputValue } from './outputs.js';
import { Report, publishReport } from './report.js';
import { failureMessage, failureRows, reportFailure } from './run.js';
import { beginRun, outputsWritten, summaryWritten } from './run-state.js';
import { getInput } from './workflow-commands.js';

/**
 * What an entry point is: its name, the inputs and outputs its action.yml declares, a pure
 * parser and the run. Every `src/actions/<name>/index.ts` is one call:
 *
 *   await runEntry({ name, inputNames: INPUT_NAMES, outputNames: OUTPUT_NAMES, parse: parseInputs,
 *     run: async (inputs) => (await import('./main.js')).run(inputs), refusalOutputs });
 *
 * `main.ts` is imported when `run` is called, after the inputs passed: a refused configuration
 * then compiles only the entry, its inputs and this folder, never the clients (cold start).
 */
export interface EntrySpec<I> {
  /** The action's name, the title of the summary the entry writes itself. */
  name: string;
  /** The inputs its action.yml declares (`INPUT_NAMES` of its inputs.ts; a test checks both agree). */
  inputNames: readonly string[];
  /**
   * The outputs its action.yml declares (`OUTPUT_NAMES` of its inputs.ts; a test checks both
   * agree). Every one is written on every ending: what the run did not set gets its value from
   * `refusalOutputs`, else ''.
   */
  outputNames: readonly string[];
  /** `parseInputs(read, env)`: pure; throws one ConfigurationError listing every problem. */
  parse: (read: InputReader, env: NodeJS.ProcessEnv) => I;
  /**
   * The action itself; it ends through `runChecks`. It imports its code (`main.ts`) when
   * called, so that a refusal never loads it.
   */
  run: (inputs: I) => Promise<void>;
  /**
   * Definite values for the declared outputs a run did not set (a refused configuration, a
   * failure, an error): `ok: false` where the action has `ok`, `false` for a verdict such as
   * `verified`, '' (the default) elsewhere. `reason`, where declared and not set, is the
   * failure's message.
   */
  refusalOutputs?: Record<string, OutputValue>;
}

const NOTHING_CHANGED = 'Nothing was requested or changed. Fix the inputs above and run again.';

/**
 * The one way an action ends, in one place, whatever happened: success, a check that said no, a
 * refused configuration or an error.
 *
 * - The configuration is checked whole first: `parse` collects every problem and undeclared
 *   `INPUT_*` variables (a misspelled `with:` key) are problems too; with any, nothing is
 *   requested or written except what follows.
 * - A job summary is always written: the run's own (`runChecks`), or, when the run ended before
 *   writing one, one from the error (a `configuration` row per problem, or one row with the
 *   failure's message and fix).
 * - Every declared output is written: what the run did not set gets its definite value.
 * - Then the step fails with the boundary's message (`runAction`), or succeeds.
 */
export async function runEntry<I>(spec: EntrySpec<I>, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  beginRun(spec.outputNames);
  let failure: { error: unknown } | undefined;
  let parsed = false;
  try {
    // The runner's inputs are read through @actions/core; another environment (a test) directly.
    const read: InputReader = env === process.env ? getInput : (name) => env[inputVariable(name)];
    const problems = undeclaredInputs(env, spec.inputNames);
    let inputs: I | undefined;
    try {
      inputs = spec.parse(read, env);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      problems.push(...error.problems);
    }
    if (problems.length > 0 || inputs === undefined) throw new ConfigurationError(problems);
    parsed = true;
    await spec.run(inputs);
    // Fail closed: a run that reports nothing has shown nothing to be good.
    if (!summaryWritten()) throw new InternalError(`${spec.name} ended without writing its report.`);
  } catch (error) {
    failure = { error };
  }
  const problems = await endRun(spec, failure, parsed);
  if (failure) reportFailure(failure.error);
  // A summary or outputs that could not be written fail the step too (a later step would read
  // nothing), said after the run's own failure, never instead of it.
  if (problems.length > 0) reportFailure(new EndingError('NOT_WRITTEN', problems.join(' ')));
}

/**
 * The runner's files could not take the ending (`GITHUB_STEP_SUMMARY` or `GITHUB_OUTPUT`
 * missing or not writable): the step fails, because later steps would read nothing.
 */
export class EndingError extends BaseError<'NOT_WRITTEN'> {}

/**
 * Writes what the run left unwritten: a summary (when none was published) and every declared
 * output not set. Returns problems met while writing them (a summary file that cannot be
 * written), to be reported with the failure.
 */
async function endRun<I>(spec: EntrySpec<I>, failure: { error: unknown } | undefined, parsed: boolean) {
  const problems: string[] = [];
  if (!summaryWritten()) {
    const refused = !parsed && failure?.error instanceof ConfigurationError;
    const report = new Report(`${spec.name}: ${refused ? 'configuration refused' : 'failed'}`);
    if (failure) for (const row of failureRows(failure.error)) report.add(row);
    try {
      await publishReport(report, parsed ? [] : [NOTHING_CHANGED]);
    } catch (error) {
      problems.push(`The job summary could not be written: ${messageOf(error)}.`);
    }
  }
  const written = outputsWritten();
  const missing: Record<string, OutputValue> = {};
  for (const name of spec.outputNames) {
    if (written.has(name)) continue;
    if (name === 'reason' && failure) {
      // Why not ok, as runChecks words it: the problems themselves, one a line.
      const error = failure.error;
      missing.reason =
        error instanceof ConfigurationError ? error.problems.join('\n') : failureMessage(error);
    } else missing[name] = spec.refusalOutputs?.[name] ?? '';
  }
  try {
    setOutputs(missing);
  } catch (error) {
    problems.push(`The outputs could not be written: ${messageOf(error)}.`);
  }
  return problems;
}
