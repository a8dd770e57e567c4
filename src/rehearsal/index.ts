/*
 * The release rehearsal: the pipeline of a careful release workflow, run step by step on the
 * loopback emulators exactly as a runner runs the bundles, with every job summary printed.
 * It exits non-zero when any step does not end the way the pipeline expects, refusals
 * included: a guard that lets a bad tag through fails the rehearsal.
 */
import { ciStage } from './ci.js';
import { guardStage } from './guard.js';
import { pipelineStage } from './pipeline.js';
import { releaseStage } from './release.js';
import { sigstoreStage } from './sigstore.js';
import type { Stage } from './stage.js';

// In a release workflow's order: the preflight gates, signing, then staging on the draft, each
// with its refusals; last, the whole job end to end on one project.
const stages: Stage[] = [guardStage, ciStage, sigstoreStage, releaseStage, pipelineStage];

async function main(): Promise<void> {
  const root = process.argv[2] ?? process.cwd();
  let problems = 0;
  if (stages.length === 0) console.log('rehearsal: no stages yet');
  for (const stage of stages) {
    console.log(`\n════ ${stage.name} ════`);
    for (const run of await stage.run(root)) {
      const ended = run.result.code === 0 ? 'success' : 'failure';
      const issues = [...(run.problems ?? [])];
      if (ended !== run.expect) issues.unshift(`ended in ${ended}, expected ${run.expect}`);
      console.log(
        `\n── ${run.label}: ${issues.length === 0 ? 'as expected' : 'NOT AS EXPECTED'} (exit ${run.result.code})`,
      );
      console.log(run.result.summary.trim() || '(no job summary)');
      if (issues.length > 0) {
        problems += issues.length;
        for (const p of issues) console.log(`!! ${p}`);
        console.log(run.result.stdout.trim());
        console.log(run.result.stderr.trim());
      }
    }
  }
  console.log(`\nrehearsal: ${problems === 0 ? 'every step ended as expected' : `${problems} problem(s)`}`);
  process.exit(problems === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
