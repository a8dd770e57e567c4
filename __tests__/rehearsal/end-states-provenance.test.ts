/*
 * The consumer's provenance check at the end of a release rehearsal (end-states.ts,
 * downstreamOfRelease): after the npm example published, `verify-attestation` of the downloaded
 * asset, for exactly the release workflow, tag and commit, passes; and it says no when the
 * attestations API serves the provenance of another commit (the emulator's `other-commit` lie,
 * re-signed by the world's Sigstore with the lying claims), so the rehearsal fails. An end state
 * that declares `provenance: false` does not ask. Runs the committed dist/ bundles.
 */
import * as path from 'node:path';
import { IN_TOTO_PAYLOAD_TYPE } from '../../src/core/intoto.js';
import { SigningSession, staticIdentityProvider } from '../../src/core/sigstore/index.js';
import { attestationListing } from '../../src/emulator/github/attestation-faults.js';
import { EmulatorPool } from '../../src/rehearsal/emulators.js';
import { endStateKind } from '../../src/rehearsal/end-states.js';
import { checkEndState, EXAMPLES, startExample } from '../../src/rehearsal/examples.js';
import { runExample } from '../../src/rehearsal/run-example.js';
import type { World } from '../../src/rehearsal/world.js';

const root = path.resolve(import.meta.dirname, '../..');
const pool = new EmulatorPool();
afterAll(() => pool.stop());

const npm = EXAMPLES.find((e) => e.file === 'docs/examples/release.yml')!;
const TIMEOUT = 240_000;

let world: World;

beforeAll(async () => {
  world = await startExample(npm, root, undefined, pool);
  const result = await runExample(root, npm, world);
  expect(result.failed).toBeUndefined();
  expect(checkEndState(npm, world, result)).toEqual([]);
  attestationListing(world.gh.state).forger = async (payload, claims) => {
    const session = new SigningSession(
      {
        fulcioURL: world.sigstore.fulcioURL,
        rekorURL: world.sigstore.rekorURL,
        tsaURL: world.sigstore.tsaURL,
        retries: 0,
      },
      staticIdentityProvider(world.sigstore.issueToken(claims)),
    );
    return (await session.signDsse(payload, IN_TOTO_PAYLOAD_TYPE)) as unknown as Record<string, unknown>;
  };
}, TIMEOUT);

afterAll(() => world?.stop());
afterEach(() => attestationListing(world.gh.state).clearFaults());

const downstream = (state = npm.endState) => endStateKind(state).downstream!(root, world, state);

describe('the rehearsal ends with the consumer verifying the provenance', () => {
  it(
    'passes: verify-attestation of the asset, for exactly this workflow, tag and commit',
    async () => {
      expect(await downstream()).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'says no when the attestations API serves the provenance of another commit',
    async () => {
      attestationListing(world.gh.state).fault(world.repository, 'other-commit');
      const problems = await downstream();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^downstream verify-attestation exited 1: /);
      expect(problems[0]).toContain('FAIL source-digest');
    },
    TIMEOUT,
  );

  it(
    'does not ask for provenance when the end state declares the workflow attests none',
    async () => {
      attestationListing(world.gh.state).fault(world.repository, 'other-commit');
      expect(await downstream({ ...npm.endState, provenance: false } as typeof npm.endState)).toEqual([]);
    },
    TIMEOUT,
  );
});
