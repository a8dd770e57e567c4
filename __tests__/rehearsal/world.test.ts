/*
 * A world starts GitHub and exactly the emulators its example declares, refuses a declaration
 * that does not add up, and `stop()` removes every folder it wrote.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { releaseAttestations } from '../../src/emulator/github/attestations.js';
import { ADMIN_TOKEN } from '../../src/emulator/github/routes/settings-fixtures.js';
import { repoSettings, type RepoSettings } from '../../src/emulator/github/routes/settings-model.js';
import { EmulatorPool } from '../../src/rehearsal/emulators.js';
import { EXAMPLES, SCENARIOS, startExample } from '../../src/rehearsal/examples.js';
import type { Example } from '../../src/rehearsal/example-types.js';
import { RehearsalError } from '../../src/rehearsal/errors.js';
import { startWorld, type World, type WorldSpec } from '../../src/rehearsal/world.js';

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

  it("sets the repository up as the audit asks, cut for the example's environment and tags, and gives AUDIT_TOKEN", async () => {
    const shapes = (settings: RepoSettings) => ({
      environments: settings.environments.map((e) => [e.name, e.policies.map((p) => p.name)]),
      tagRulesets: settings.rulesets.filter((r) => r.target === 'tag').map((r) => r.include),
    });
    const plain = await startWorld({ ...NPM, emulators: [] }, root);
    try {
      expect(shapes(repoSettings(plain.gh.state.repo(plain.repository)))).toEqual({
        environments: [['release', ['v*']]],
        tagRulesets: [['refs/tags/v*']],
      });
      expect(plain.gh.state.repo(plain.repository).immutableReleases).toBe(true);
      // The secret is the token the GitHub emulator lets read the administration settings.
      expect(plain.secrets).toEqual({ AUDIT_TOKEN: ADMIN_TOKEN });
      expect(plain.gh.state.tokens.get(ADMIN_TOKEN)?.permissions).toMatchObject({ administration: 'read' });
    } finally {
      await plain.stop();
    }
    const shaped = await startWorld(
      { ...NPM, emulators: [], release: { environment: 'pypi', tags: 'octo-lib@*' } },
      root,
    );
    try {
      expect(shapes(repoSettings(shaped.gh.state.repo(shaped.repository)))).toEqual({
        environments: [['pypi', ['octo-lib@*']]],
        tagRulesets: [['refs/tags/octo-lib@*']],
      });
    } finally {
      await shaped.stop();
    }
  });

  it('refuses an emulator kind that does not exist', async () => {
    const spec = { ...NPM, emulators: ['oci'] } as unknown as WorldSpec;
    expect(await refusal(startWorld(spec, root))).toEqual([
      'INVALID_EXAMPLE',
      'npm package: no emulator "oci"; there are sigstore, registries, oci-registry',
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

/** The claims of the token the runner's OIDC endpoint hands a step of this world. */
async function tokenClaims(world: World): Promise<Record<string, unknown>> {
  const env = world.env;
  const response = await fetch(`${env.ACTIONS_ID_TOKEN_REQUEST_URL}?audience=sigstore`, {
    headers: { authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
  });
  const { value } = (await response.json()) as { value: string };
  return JSON.parse(Buffer.from(value.split('.')[1], 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

describe('worlds of one pool', () => {
  it('share GitHub and Sigstore one after the other, each answered for as itself, nothing carried over', async () => {
    const pool = new EmulatorPool();
    try {
      const superstring = SCENARIOS.find((s) => s.name === 'identity-superstring')!;
      const first = await startExample(NPM, root, superstring, pool);
      const urls = [first.gh.url, first.sigstore.url];
      expect(await tokenClaims(first)).toMatchObject({
        repository: 'octo-org/octo-app',
        job_workflow_ref: 'octo-org/octo-app/.github/workflows/release.yml@refs/tags/v2.0.0x',
      });
      releaseAttestations(first.gh.state).fault(first.repository, 'wrong-digest');
      first.gh.state.addRelease(first.repository, { tagName: first.tag, draft: true });
      // One world at a time: the pool's emulators answer for one repository and tag.
      expect(await refusal(startExample(NPM, root, undefined, pool))).toEqual([
        'INVALID_EXAMPLE',
        'npm package: the emulators of this pool serve another world now',
      ]);
      await first.stop();

      const second = await startExample(NPM, root, undefined, pool);
      try {
        expect([second.gh.url, second.sigstore.url]).toEqual(urls);
        expect(await tokenClaims(second)).toMatchObject({
          job_workflow_ref: 'octo-org/octo-app/.github/workflows/release.yml@refs/tags/v2.0.0',
          ref: 'refs/tags/v2.0.0',
        });
        // The first world's repository, with its draft, is gone with it (its seal's faults too).
        expect(second.gh.state.repo(second.repository).releases).toEqual([]);
      } finally {
        await second.stop();
      }
    } finally {
      await pool.stop();
    }
  });

  it('removes what its emulators wrote when it stops', async () => {
    const pool = new EmulatorPool();
    const world = await startExample(NPM, root, undefined, pool);
    const folders = [
      world.gh.state.tempDir,
      path.dirname(world.sigstore.trustedRootPath),
      path.dirname(await releaseAttestations(world.gh.state).trustedRootPath()),
    ];
    await world.stop();
    expect(folders.filter((f) => fs.existsSync(f))).toHaveLength(3);
    await pool.stop();
    expect(folders.filter((f) => fs.existsSync(f))).toEqual([]);
  });
});
