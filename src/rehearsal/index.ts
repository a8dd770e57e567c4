/*
 * The release rehearsal: the README's own release workflows (docs/examples/*.yml) run as a tag
 * push runs them, on the loopback emulators each example declares, with the committed dist/
 * bundles. Each example ends in the end state it declares (examples.ts), shown and checked
 * exactly, then a consumer's check with the CLI (for a release: its seal and its bundles).
 *
 *   npm run rehearse                      every example, to its declared end state
 *   npm run rehearse -- --list            the examples (emulators, end state) and the scenarios
 *   npm run rehearse -- --example NAME    one example (its name or its file, as --list shows)
 *   npm run rehearse -- --scenario NAME   one way a release goes wrong, refused
 *   npm run rehearse -- --scenarios       every scenario
 *
 * It exits non-zero when anything does not end the way it must: an example that does not reach
 * its end state, or a scenario that is not refused by the step that must refuse it.
 */
import { allExamples, SCENARIOS, checkEndState, checkScenario, exampleOf, startExample } from './examples.js';
import type { Example, Scenario } from './example-types.js';
import { runExample } from './run-example.js';
import { EmulatorPool } from './emulators.js';
import { endStateKind } from './end-states.js';
import { printStep } from './report.js';
import { JobCache } from './workflow/interpreter.js';

/** A scenario's build job is its example's, unchanged: built once per project state. */
const jobCache = new JobCache();
/** GitHub and Sigstore start once and serve every run in turn (see EmulatorPool). */
const pool = new EmulatorPool();

function usage(): never {
  console.error('usage: rehearse [--list | --example NAME | --scenario NAME | --scenarios]');
  process.exit(2);
}

/** Runs an example to its declared end state, shows it, then does the consumer's check. */
async function rehearseExample(root: string, example: Example): Promise<string[]> {
  console.log(`\n════ ${example.file} (${example.name}): push of tag ${example.tag} ════`);
  const world = await startExample(example, root, undefined, pool);
  try {
    const result = await runExample(root, example, world, (e) => printStep(e), jobCache);
    const kind = endStateKind(example.endState);
    console.log('');
    for (const line of kind.show(world, result)) console.log(`  ${line}`);
    const problems = checkEndState(example, world, result);
    if (problems.length === 0 && kind.downstream)
      problems.push(...(await kind.downstream(root, world, example.endState)));
    return problems;
  } finally {
    await world.stop();
  }
}

async function rehearseScenario(root: string, scenario: Scenario): Promise<string[]> {
  const example = exampleOf(scenario);
  console.log(`\n════ scenario ${scenario.name}: ${scenario.story} ════`);
  const world = await startExample(example, root, scenario, pool);
  try {
    await scenario.prepare(world, example);
    const result = await runExample(root, example, world, (e) => printStep(e), jobCache);
    const problems = checkScenario(scenario, example, world, result);
    if (problems.length === 0) {
      console.log(`\n  refused by ${scenario.refusedBy} with exit ${result.failed?.code}, as it must be`);
    }
    return problems.map((p) => `scenario ${scenario.name}: ${p}`);
  } finally {
    await world.stop();
  }
}

async function main(): Promise<void> {
  const [root = process.cwd(), ...args] = process.argv.slice(2);
  let runs: (() => Promise<string[]>)[];
  if (args.length === 0) runs = allExamples(root).map((e) => () => rehearseExample(root, e));
  else if (args[0] === '--list' && args.length === 1) {
    for (const e of allExamples(root)) {
      const emulators = ['github', ...e.emulators].join(', ');
      const then = (e.then ?? []).map((t) => `, then ${t.file} by hand`).join('');
      console.log(`example ${e.file}${then}: ${e.name}, on ${emulators}, ends in ${e.endState.kind}`);
    }
    for (const s of SCENARIOS) console.log(`${s.name.padEnd(22)} ${s.story} (refused by ${s.refusedBy})`);
    return;
  } else if (args[0] === '--example' && args.length === 2) {
    const chosen = allExamples(root).filter((e) => e.name === args[1] || e.file === args[1]);
    if (chosen.length === 0) {
      console.error(`no example '${args[1]}'; --list shows them`);
      process.exit(2);
    }
    runs = chosen.map((e) => () => rehearseExample(root, e));
  } else if (args[0] === '--scenario' && args.length === 2) {
    const scenario = SCENARIOS.find((s) => s.name === args[1]);
    if (!scenario) {
      console.error(`no scenario '${args[1]}'; --list shows them`);
      process.exit(2);
    }
    runs = [() => rehearseScenario(root, scenario)];
  } else if (args[0] === '--scenarios' && args.length === 1)
    runs = SCENARIOS.map((s) => () => rehearseScenario(root, s));
  else usage();

  const started = Date.now();
  const problems: string[] = [];
  try {
    for (const run of runs) problems.push(...(await run()));
  } finally {
    await pool.stop();
  }
  for (const p of problems) console.log(`!! ${p}`);
  console.log(
    `\nrehearsal: ${problems.length === 0 ? 'everything ended as it must' : `${problems.length} problem(s)`} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
}

// Ctrl-C ends the process through exit, so the exit hooks of the worlds and the runner harness
// remove what the interrupted run wrote to the temp dir (a signal alone would skip them).
process.once('SIGINT', () => process.exit(130));
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
