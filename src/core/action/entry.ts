import { ConfigurationError, messageOf } from '../errors.js';
import { inputVariable, undeclaredInputs, type InputReader } from '../inputs/reader.js';
import { setOutputs, type OutputValue } from './outputs.js';
import { Report, publishReport } from './report.js';
import { runAction } from './run.js';
import { getInput } from './workflow-commands.js';

/**
 * What an entry point is: its name, the inputs its action.yml declares, a pure parser and the
 * run. Every `src/actions/<name>/index.ts` is one call:
 *
 *   await runEntry({ name, inputNames: INPUT_NAMES, parse: parseInputs,
 *     run: async (inputs) => (await import('./main.js')).run(inputs), refusalOutputs });
 *
 * `main.ts` is imported when `run` is called, after the inputs passed: a refused configuration
 * then compiles only the entry, its inputs and this folder, never the clients (cold start).
 */
export interface EntrySpec<I> {
  /** The action's name, the title of the one-row summary of a refused configuration. */
  name: string;
  /** The inputs its action.yml declares (`INPUT_NAMES` of its inputs.ts; a test checks both agree). */
  inputNames: readonly string[];
  /** `parseInputs(read, env)`: pure; throws one ConfigurationError listing every problem. */
  parse: (read: InputReader, env: NodeJS.ProcessEnv) => I;
  /**
   * The action itself; it ends through `runChecks` (or writes its own report). It imports its
   * code (`main.ts`) when called, so that a refusal never loads it.
   */
  run: (inputs: I) => Promise<void>;
  /**
   * Outputs to set when the configuration is refused, so later steps read a definite answer:
   * `ok: false` where the action has `ok`, empty values elsewhere. `reason` is filled in.
   */
  refusalOutputs?: Record<string, OutputValue>;
}

/**
 * The refusal policy for configuration errors, in one place: nothing is requested or written
 * except a job summary with one `configuration` row per problem (what to fix), the refusal
 * outputs, and the failed step whose message lists every problem. Undeclared `INPUT_*`
 * variables (a misspelled `with:` key) are problems too, reported with the rest.
 */
export async function runEntry<I>(spec: EntrySpec<I>, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runAction(async () => {
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
    if (problems.length > 0 || inputs === undefined) {
      await refuseConfiguration(spec, problems);
      throw new ConfigurationError(problems);
    }
    await spec.run(inputs);
  });
}

/** Writes the refusal's summary and outputs (see {@link runEntry}). */
async function refuseConfiguration<I>(spec: EntrySpec<I>, problems: string[]): Promise<void> {
  const report = new Report(`${spec.name}: configuration refused`);
  for (const problem of problems) report.fail('configuration', problem);
  try {
    await publishReport(report, ['Nothing was requested or changed. Fix the inputs above and run again.']);
  } catch (error) {
    // A summary that cannot be written must not hide the configuration error itself.
    problems.push(`(the job summary could not be written: ${messageOf(error)})`);
  }
  if (spec.refusalOutputs) {
    const reason: Record<string, OutputValue> =
      'ok' in spec.refusalOutputs ? { reason: problems.join('\n') } : {};
    setOutputs({ ...spec.refusalOutputs, ...reason });
  }
}
