/*
 * The image end state is checked exactly from the registry emulator's own state and log, and
 * each check says no: the version tag elsewhere, `latest` not moved (or moved by a prerelease),
 * a kind of evidence missing, a referrer the tag index does not list, a re-run that wrote, a
 * promote-image that under-reported its writes. The worlds are set up by hand here; the examples
 * reach theirs in examples.test.ts.
 */
import * as path from 'node:path';
import { attachBundle } from '../../src/core/oci/bundle-referrer.js';
import { OciClient } from '../../src/core/oci/client.js';
import { OCI_INDEX } from '../../src/core/oci/media-types.js';
import { EmulatorPool } from '../../src/rehearsal/emulators.js';
import { endStateKind } from '../../src/rehearsal/end-states.js';
import { checkEndState, EXAMPLES, startExample } from '../../src/rehearsal/examples.js';
import type { Example } from '../../src/rehearsal/example-types.js';
import type { World } from '../../src/rehearsal/world.js';
import type { StepRecord, WorkflowResult } from '../../src/rehearsal/workflow/interpreter.js';

const root = path.resolve(import.meta.dirname, '../..');
const pool = new EmulatorPool();
afterAll(() => pool.stop());

const stable = EXAMPLES.find((e) => e.name === 'container image')!;
const prerelease = EXAMPLES.find((e) => e.name === 'container image prerelease')!;
const SIGN = 'https://sigstore.dev/cosign/sign/v1';
const SPDX = 'https://spdx.dev/Document/v2.3';
const SLSA = 'https://slsa.dev/provenance/v1';

let world: World;
afterEach(() => world.stop());

const step = (fields: Partial<StepRecord>) => ({ code: 0, outputs: {}, ...fields }) as StepRecord;

/**
 * A world where the image example's run did what it must, except what `skip` leaves out; returns
 * the run's result and the built digest.
 */
async function promoted(
  example: Example,
  options: { skip?: ('latest' | 'sbom' | 'release')[]; rerunWrites?: string; versionOn?: 'other' } = {},
): Promise<{ result: WorkflowResult; digest: string }> {
  world = await startExample(example, root, undefined, pool);
  const skip = new Set(options.skip ?? []);
  const build = (await world.thirdParty['docker/build-push-action']({
    job: 'image',
    workspace: world.project,
    runnerTemp: world.project,
    with: {
      platforms: 'linux/amd64,linux/arm64',
      outputs: `type=image,name=${world.vars.IMAGE},push-by-digest=true,name-canonical=true,push=true`,
    },
  })) as Record<string, string>;
  const { digest } = build;
  const repository = world.repository.toLowerCase();
  const client = new OciClient({ registry: world.ociRegistry.host });
  const index = await client.requireManifest(repository, digest);
  const subject = { mediaType: OCI_INDEX, digest, size: index.bytes.length };
  for (const predicateType of [SIGN, SPDX, SLSA]) {
    if (predicateType === SPDX && skip.has('sbom')) continue;
    const bundle = Buffer.from(JSON.stringify({ stand: predicateType }));
    await attachBundle(
      client,
      repository,
      { subject, bundle, content: 'dsse-envelope', predicateType },
      { settleMs: 1 },
    );
  }
  const versionTag = example.endState.kind === 'image-promoted' ? example.endState.versionTag : '';
  const other =
    options.versionOn === 'other' ? (await client.requireManifest(repository, '1.9.0')).bytes : index.bytes;
  await client.putManifest(repository, versionTag, other, OCI_INDEX);
  let writes = 1;
  if (!skip.has('latest')) {
    await client.putManifest(repository, 'latest', index.bytes, OCI_INDEX);
    writes++;
  }
  if (!skip.has('release')) {
    const release = world.gh.state.addRelease(world.repository, { tagName: world.tag, draft: false });
    for (const name of example.endState.assets) world.gh.state.addAsset(release.id, name, `${name}\n`);
  }
  const steps = [
    step({ kind: 'stand-in', label: 'docker/build-push-action (stood in)', outputs: build }),
    step({ action: 'promote-image', outputs: { 'version-tag': 'created', writes: String(writes) } }),
    step({ action: 'undraft', outputs: { published: 'true', 'attestation-verified': 'true' } }),
    step({
      action: 'promote-image',
      outputs: { 'version-tag': 'unchanged', writes: options.rerunWrites ?? '0' },
    }),
  ];
  return { result: { ok: true, steps, jobs: {} }, digest };
}

describe('image-promoted', () => {
  it('is reached: version tag and latest on the built digest, every kind of evidence findable, a re-run that wrote nothing', async () => {
    const { result } = await promoted(stable);
    expect(checkEndState(stable, world, result)).toEqual([]);
    expect(endStateKind(stable.endState).published(world)).toBe(true);
  });

  it('says nothing was published before a tag was written and while the release is a draft', async () => {
    world = await startExample(stable, root, undefined, pool);
    expect(endStateKind(stable.endState).published(world)).toBe(false);
    // The set-up's earlier release (1.9.0, latest) went straight into the state: no write counted.
    expect(world.ociRegistry.state.manifest('octo-org/octo-image', 'latest')).toBeDefined();
  });

  it('says no when latest was not moved for a stable version', async () => {
    const { result, digest } = await promoted(stable, { skip: ['latest'] });
    const latest = world.ociRegistry.state.manifest('octo-org/octo-image', '1.9.0')!.digest;
    expect(checkEndState(stable, world, result)).toEqual([
      `latest is on ${latest}, expected the built digest ${digest}`,
    ]);
  });

  it('says no when the version tag is on another digest', async () => {
    const { result, digest } = await promoted(stable, { versionOn: 'other' });
    const other = world.ociRegistry.state.manifest('octo-org/octo-image', '1.9.0')!.digest;
    expect(checkEndState(stable, world, result)).toEqual([
      `tag 2.0.0 is on ${other}, not on the built ${digest}`,
    ]);
  });

  it('says no when a kind of evidence is missing, and when a referrer is missing from the tag index', async () => {
    const { result, digest } = await promoted(stable, { skip: ['sbom'] });
    // A referrer the registry holds (subject = the image) but that the tag index does not list.
    const stray = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        config: {
          mediaType: 'application/vnd.oci.empty.v1+json',
          digest: `sha256:${'4'.repeat(64)}`,
          size: 2,
        },
        layers: [],
        subject: { mediaType: OCI_INDEX, digest, size: 1 },
        annotations: { 'dev.sigstore.bundle.predicateType': SPDX },
      }),
    );
    const strayDigest = world.ociRegistry.state.putManifest(
      'octo-org/octo-image',
      'sha256:stray', // by digest (its own): no tag
      stray,
      'application/vnd.oci.image.manifest.v1+json',
    );
    expect(checkEndState(stable, world, result)).toEqual([
      `the referrer ${strayDigest} is missing from the tag index ${digest.replace(':', '-')}`,
    ]);
    world.ociRegistry.state.repository('octo-org/octo-image').manifests.delete(strayDigest);
    expect(checkEndState(stable, world, result)).toEqual([`no ${SPDX} bundle is attached to ${digest}`]);
  });

  it('says no when the re-run wrote, or when promote-image under-reported its writes', async () => {
    const { result } = await promoted(stable, { rerunWrites: '1' });
    expect(checkEndState(stable, world, result)).toEqual([
      'the re-run of promote-image said writes=1, version-tag=unchanged; expected 0 and unchanged',
    ]);
    result.steps[1].outputs.writes = '1';
    expect(checkEndState(stable, world, result)).toContain(
      'the registry saw 2 tag write(s); promote-image said writes=1',
    );
  });

  it('says no when the release was not published, and when promote-image never ran', async () => {
    const { result } = await promoted(stable, { skip: ['release'] });
    expect(checkEndState(stable, world, result)).toEqual([
      `expected one published release for v2.0.0, found 0 (0 published)`,
    ]);
    // Tags written count as published even with no release: a scenario must have written none.
    expect(endStateKind(stable.endState).published(world)).toBe(true);
    const without = { ...result, steps: result.steps.filter((s) => s.action !== 'promote-image') };
    expect(checkEndState(stable, world, without)).toContain('promote-image did not run');
  });

  it('for a prerelease: passes with latest left on the highest stable version, says no when it moved', async () => {
    const kept = await promoted(prerelease, { skip: ['latest'] });
    kept.result.steps = kept.result.steps.slice(0, 3);
    expect(checkEndState(prerelease, world, kept.result)).toEqual([]);
    await world.stop();
    const moved = await promoted(prerelease);
    moved.result.steps = moved.result.steps.slice(0, 3);
    const before = world.ociRegistry.state.manifest('octo-org/octo-image', '1.9.0')!.digest;
    expect(checkEndState(prerelease, world, moved.result)).toEqual([
      `latest is on ${moved.digest}, expected 1.9.0's ${before}`,
    ]);
  });
});
