/*
 * The declared end state is checked exactly, and the check says no: a run that ends anywhere
 * else (nothing published, an asset more or less, an asset not uploaded or without a digest,
 * GitHub's seal not verified) is named, never passed. The worlds are set up by hand here; the
 * examples reach theirs in examples.test.ts.
 */
import * as path from 'node:path';
import { checkEndState, EXAMPLES, startExample } from '../../src/rehearsal/examples.js';
import type { Example } from '../../src/rehearsal/example-types.js';
import { endStateKind } from '../../src/rehearsal/end-states.js';
import type { World } from '../../src/rehearsal/world.js';
import type { StepRecord, WorkflowResult } from '../../src/rehearsal/workflow/interpreter.js';

const root = path.resolve(import.meta.dirname, '../..');
const example: Example = {
  ...EXAMPLES[0],
  endState: { kind: 'published-release', assets: ['app.tgz', 'app.tgz.sigstore.json'] },
};

/** A run that went through undraft, saying what undraft says after publishing a sealed release. */
function ran(outputs: Record<string, string> = { published: 'true', 'attestation-verified': 'true' }) {
  const undraft = { action: 'undraft', code: 0, outputs } as unknown as StepRecord;
  return { ok: true, steps: [undraft], jobs: {} } as WorkflowResult;
}

let world: World;
beforeEach(async () => {
  world = await startExample(example, root);
});
afterEach(() => world.stop());

/** The release of the run's tag, with these assets (name → state, digest or not). */
function release(options: { draft?: boolean; assets?: string[]; starter?: string } = {}) {
  const r = world.gh.state.addRelease(world.repository, {
    tagName: world.tag,
    draft: options.draft ?? false,
  });
  for (const name of options.assets ?? example.endState.assets)
    world.gh.state.addAsset(r.id, name, `${name}\n`);
  if (options.starter) world.gh.state.addAsset(r.id, options.starter, '', { state: 'starter' });
  return r;
}

describe('published-release', () => {
  it('is reached by exactly the declared assets, uploaded with digests, sealed', () => {
    release();
    expect(checkEndState(example, world, ran())).toEqual([]);
    expect(endStateKind(example.endState).published(world)).toBe(true);
  });

  it('says no when nothing was published (a draft only)', () => {
    release({ draft: true });
    expect(checkEndState(example, world, ran())).toEqual([
      `expected one published release for ${world.tag}, found 1 (0 published)`,
    ]);
    expect(endStateKind(example.endState).published(world)).toBe(false);
  });

  it('says no to an asset more, an asset less, and one not uploaded', () => {
    release({ assets: ['app.tgz', 'other.bin'], starter: 'app.tgz.sigstore.json' });
    expect(checkEndState(example, world, ran())).toEqual([
      'the release holds app.tgz, app.tgz.sigstore.json, other.bin; expected app.tgz, app.tgz.sigstore.json',
      'asset app.tgz.sigstore.json is starter, not uploaded',
      'asset app.tgz.sigstore.json has no sha256 digest (null)',
    ]);
  });

  it("says no when undraft did not publish or did not verify GitHub's seal", () => {
    release();
    expect(checkEndState(example, world, ran({ published: 'true' }))).toEqual([
      "undraft did not verify GitHub's release attestation (attestation-verified)",
    ]);
    expect(checkEndState(example, world, ran({}))).toHaveLength(2);
  });
});
