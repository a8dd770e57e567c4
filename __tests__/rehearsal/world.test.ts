/*
 * A world starts GitHub and exactly the emulators its example declares, refuses a declaration
 * that does not add up, and `stop()` removes every folder it wrote.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { releaseAttestations } from '../../src/emulator/github/attestations.js';
import { EXAMPLES, startExample, type Example } from '../../src/rehearsal/examples.js';
import { RehearsalError } from '../../src/rehearsal/errors.js';
import { startWorld, type WorldSpec } from '../../src/rehearsal/world.js';

const root = path.resolve(import.meta.dirname, '../..');
const NPM = EXAMPLES.find((e) => e.name === 'npm package')!;

/** The code of the RehearsalError `promise` rejects with, and its message. */
async function refusal(promise: Promise<unknown>): Promise<[string, string]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof RehearsalError)) throw new Error(`expected a RehearsalError, got ${String(error)}`);
  return [error.code, error.message];
}

describe('a world', () => {
  it('starts what the example declares, and reading anything else is an error', async () => {
    expect(NPM.emulators).toEqual(['sigstore']);
    const world = await startExample(NPM, root);
    try {
      expect(world.sigstore.fulcioURL).toMatch(/^http:\/\/127\.0\.0\.1:/);
      expect(world.inputs['sigstore-sign']['fulcio-url']).toBe(world.sigstore.fulcioURL);
      expect(world.inputs['byte-identity']).toBeUndefined();
      expect(() => world.registries).toThrow(
        new RehearsalError(
          'NOT_DECLARED',
          'npm package does not declare the registries emulator (add it to its emulators)',
        ),
      );
    } finally {
      await world.stop();
    }
  });

  it('refuses an emulator kind that does not exist', async () => {
    const spec = { ...NPM, emulators: ['oci'] } as unknown as WorldSpec;
    expect(await refusal(startWorld(spec, root))).toEqual([
      'INVALID_EXAMPLE',
      'npm package: no emulator "oci"; there are sigstore, registries',
    ]);
  });

  it('refuses an example whose end state reads an emulator it does not declare', async () => {
    const example: Example = { ...NPM, emulators: [] };
    expect(await refusal(startExample(example, root))).toEqual([
      'INVALID_EXAMPLE',
      'npm package: its end state published-release reads the sigstore emulator(s), which it does not declare',
    ]);
  });

  it('removes every folder it wrote when it stops', async () => {
    const world = await startExample(NPM, root);
    const folders = [
      world.project,
      world.gh.state.tempDir,
      path.dirname(world.sigstore.trustedRootPath),
      path.dirname(await releaseAttestations(world.gh.state).trustedRootPath()),
    ];
    expect(folders.map((f) => fs.existsSync(f))).toEqual([true, true, true, true]);
    await world.stop();
    expect(folders.filter((f) => fs.existsSync(f))).toEqual([]);
  });
});
