/*
 * The examples in docs/examples are run as the rehearsal runs them, and each must reach exactly
 * the end state it declares (for a release: published, holding exactly the built files, every
 * asset uploaded with a digest, GitHub's release attestation verified; for an image: its version
 * tag and latest where they must be, its evidence attached, a re-run of the promotion writing
 * nothing). Every refusal scenario is refused by the step that must refuse it, and none publishes
 * anything (for an image: no tag written).
 */
import * as path from 'node:path';
import {
  SCENARIOS,
  allExamples,
  checkEndState,
  checkScenario,
  exampleOf,
  startExample,
} from '../../src/rehearsal/examples.js';
import { IMAGE_SCENARIOS } from '../../src/rehearsal/image-examples.js';
import { runExample } from '../../src/rehearsal/run-example.js';
import { EmulatorPool } from '../../src/rehearsal/emulators.js';
import { JobCache } from '../../src/rehearsal/workflow/interpreter.js';

const root = path.resolve(import.meta.dirname, '../..');
/** A whole workflow runs several bundles and npm; generous under a loaded machine. */
const TIMEOUT = 240_000;
/**
 * The build job of an example runs once for the file and its scenarios are handed its result
 * (the same job, project and push: see JobCache); a scenario that changes the project builds.
 */
const jobCache = new JobCache();
/** GitHub and Sigstore start once for the file (their keys are the slow part); each test's world enters and leaves them. */
const pool = new EmulatorPool();
afterAll(() => pool.stop());

describe.each(allExamples(root).map((e) => [e.file, e] as const))('%s', (_file, example) => {
  it(
    `runs to its declared end state (${example.endState.kind}), exactly`,
    async () => {
      const world = await startExample(example, root, undefined, pool);
      try {
        const result = await runExample(root, example, world, undefined, jobCache);
        const failed = result.failed
          ? `${result.failed.job} · ${result.failed.label}:\n${result.failed.stdout}\n${result.failed.stderr}`
          : '';
        expect(failed).toBe('');
        expect(checkEndState(example, world, result)).toEqual([]);
      } finally {
        await world.stop();
      }
    },
    TIMEOUT,
  );
});

describe.each(SCENARIOS.map((s) => [s.name, s] as const))('scenario %s', (_name, scenario) => {
  it(
    scenario.afterPublish
      ? `fails loudly in ${scenario.refusedBy} after publishing, saying the release is out`
      : `is refused by ${scenario.refusedBy}, and nothing is published`,
    async () => {
      const example = exampleOf(scenario);
      const world = await startExample(example, root, scenario, pool);
      try {
        await scenario.prepare(world, example);
        const result = await runExample(root, example, world, undefined, jobCache);
        expect(checkScenario(scenario, example, world, result)).toEqual([]);
      } finally {
        await world.stop();
      }
    },
    TIMEOUT,
  );
});

// Runs after the cases above (Jest keeps the order of a file): every scenario of an example was
// handed the example's build instead of running npm or pip again, except tbd-changelog (it
// changes the project) and workflow-dispatch (another event: the build sees GITHUB_EVENT_NAME).
// The image examples have no build job to hand on: their build pushes to the world's registry.
it('built each project state once: the scenarios reused their example build job', () => {
  const rebuilt = ['tbd-changelog', 'workflow-dispatch'];
  const images = IMAGE_SCENARIOS.map((s) => s.name);
  expect(jobCache.hits).toBe(
    SCENARIOS.filter((s) => !rebuilt.includes(s.name) && !images.includes(s.name)).length,
  );
  expect(images).toEqual(['unsigned-image', 'single-arch', 'version-tag-taken', 'image-signed-elsewhere']);
});
