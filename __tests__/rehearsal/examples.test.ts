/*
 * The examples in docs/examples are run as the rehearsal runs them, and their final state is
 * asserted: a published release holding exactly the built files, every asset with a bundle that
 * verifies, a verified release attestation. Every refusal scenario is refused by the step that
 * must refuse it, and none publishes anything.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  EXAMPLES,
  SCENARIOS,
  allExamples,
  releaseState,
  runExample,
  startWorld,
} from '../../src/rehearsal/examples.js';

const root = path.resolve(import.meta.dirname, '../..');
/** A whole workflow runs several bundles and npm; generous under a loaded machine. */
const TIMEOUT = 240_000;

describe.each(allExamples(root).map((e) => [e.file, e] as const))('%s', (_file, example) => {
  it(
    'runs to a published, sealed release holding exactly the build',
    async () => {
      const world = await startWorld(example, undefined, root);
      try {
        const result = await runExample(root, example, world);
        const failed = result.failed
          ? `${result.failed.job} · ${result.failed.label}:\n${result.failed.stdout}\n${result.failed.stderr}`
          : '';
        expect(failed).toBe('');
        const state = releaseState(world);
        expect(state.releases).toHaveLength(1);
        const [release] = state.releases;
        expect(release.draft).toBe(false);
        expect(release.assets.map((a) => a.name).sort()).toEqual([...example.assets].sort());
        for (const asset of release.assets) {
          expect(asset.state).toBe('uploaded');
          expect(asset.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
        }
        const undraft = result.steps.find((s) => s.action === 'undraft');
        expect(undraft?.outputs.published).toBe('true');
        expect(undraft?.outputs['attestation-verified']).toBe('true');
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
      const example = EXAMPLES.find((e) => e.name === scenario.example);
      if (!example) throw new Error(`no example ${scenario.example}`);
      const world = await startWorld(example, scenario.signingTag, root);
      try {
        world.workflow = fs.readFileSync(path.join(root, example.file), 'utf8');
        await scenario.prepare(world, example);
        const result = await runExample(root, example, world);
        expect(result.ok).toBe(false);
        expect(result.failed?.action ?? result.failed?.label).toBe(scenario.refusedBy);
        expect(result.failed?.code).toBe(1);
        const published = releaseState(world).releases.filter((r) => !r.draft);
        if (scenario.afterPublish) {
          // GitHub's seal came after the publish: the release is out, and undraft says so loudly.
          expect(published).toHaveLength(1);
          expect(`${result.failed?.stdout}${result.failed?.summary}`).toMatch(/release is out|is published/i);
        } else {
          expect(published).toEqual([]);
        }
      } finally {
        await world.stop();
      }
    },
    TIMEOUT,
  );
});
