/*
 * The container image examples: docs/examples/release-image.yml on a tag push (build for two
 * platforms and push by digest, sign, attest the SBOM and the provenance, stage the draft), then
 * docs/examples/promote-image.yml started by hand on main (the smoke test green, promote-image,
 * undraft), in one world whose registry already holds an earlier promoted release (1.9.0, under
 * `latest`). The stable release runs the promotion twice: the re-run must write nothing. The
 * scenarios are the ways an image must not become official; each is refused by promote-image
 * with no tag written and nothing published.
 */
import { OCI_INDEX, testImage } from '../emulator/oci-registry/image.js';
import { RehearsalError } from './errors.js';
import type { Example, Scenario } from './example-types.js';
import { promoteInputs } from './image-end-state.js';
import { keepAChangelog, npmProject } from './projects.js';
import type { World } from './world.js';

const REPOSITORY = 'octo-org/octo-image';
const EARLIER = '1.9.0';

/** The promote workflow, as a person starts it: the version, and the digest the release built. */
const PROMOTE = {
  file: 'docs/examples/promote-image.yml',
  workflowPath: '.github/workflows/promote-image.yml',
  inputs: promoteInputs,
};

/** Puts an image under tags straight into the registry's state (no request is logged). */
function tagImage(world: World, seed: string, tags: string[]): string {
  const repository = world.repository.toLowerCase();
  const image = testImage(seed);
  const state = world.ociRegistry.state;
  for (const b of image.blobs) state.putBlob(repository, b.bytes);
  for (const m of image.manifests) state.putManifest(repository, m.digest, m.bytes, m.mediaType);
  state.putManifest(repository, image.index.digest, image.index.bytes, OCI_INDEX);
  for (const tag of tags) state.putManifest(repository, tag, image.index.bytes, OCI_INDEX);
  return image.index.digest;
}

/** The world before the tag push: an earlier release promoted, the smoke test green on the release commit. */
function setUp(world: World): void {
  tagImage(world, `${world.repository} ${EARLIER}`, [EARLIER, 'latest']);
  // The smoke test (smoke-test.yml, on every push to main) passed on the release commit.
  world.gh.state.addRun(world.repository, 'smoke-test.yml', { headSha: world.head, conclusion: 'success' });
}

/** The app: a small npm package (one dependency, so its SBOM has a component) and its Dockerfile. */
function imageProject(version: string): Record<string, string> {
  return {
    ...npmProject({ name: 'octo-image', version, changelog: keepAChangelog(version, '2026-11-25') }),
    // What the stand-in for docker/build-push-action makes of the context (see oci-registry.ts).
    Dockerfile: 'FROM scratch\nCOPY . /app\n',
  };
}

const EVIDENCE = [
  'https://sigstore.dev/cosign/sign/v1',
  'https://spdx.dev/Document/v2.3',
  'https://slsa.dev/provenance/v1',
];
const ASSETS = ['compose.yaml', 'compose.yaml.sigstore.json', 'sbom.spdx.json'];

const IMAGE: Example = {
  name: 'container image',
  file: 'docs/examples/release-image.yml',
  workflowPath: '.github/workflows/release-image.yml',
  repository: REPOSITORY,
  tag: 'v2.0.0',
  files: imageProject('2.0.0'),
  emulators: ['sigstore', 'oci-registry'],
  setUp,
  // Promoted, then promoted again: a re-run (after a flaky undraft, say) writes nothing.
  then: [PROMOTE, PROMOTE],
  endState: {
    kind: 'image-promoted',
    versionTag: '2.0.0',
    latestOn: 'built',
    evidence: EVIDENCE,
    assets: ASSETS,
  },
};

const PRERELEASE: Example = {
  name: 'container image prerelease',
  file: 'docs/examples/release-image.yml',
  workflowPath: '.github/workflows/release-image.yml',
  repository: REPOSITORY,
  tag: 'v2.1.0-rc.1',
  files: imageProject('2.1.0-rc.1'),
  emulators: ['sigstore', 'oci-registry'],
  setUp,
  then: [PROMOTE],
  // The version tag is written; latest stays on the highest stable version.
  endState: {
    kind: 'image-promoted',
    versionTag: '2.1.0-rc.1',
    latestOn: EARLIER,
    evidence: EVIDENCE,
    assets: ASSETS,
  },
};

export const IMAGE_EXAMPLES: Example[] = [IMAGE, PRERELEASE];

export const IMAGE_SCENARIOS: Scenario[] = [
  {
    name: 'unsigned-image',
    story: 'the release workflow signed the compose file but not the image (its images: line was dropped)',
    example: IMAGE.name,
    refusedBy: 'promote-image',
    prepare(world) {
      const signStep =
        /(sigstore-sign@[0-9a-f]{40}[^\n]*\n\s+with:\n(?:\s+(?!images:)[a-z-]+:[^\n]*\n)*)\s+images:[^\n]*\n/;
      if (!signStep.test(world.workflow))
        throw new RehearsalError(
          'INVALID_EXAMPLE',
          'unsigned-image: no images: line in the sigstore-sign step',
        );
      world.workflow = world.workflow.replace(signStep, '$1');
    },
  },
  {
    name: 'single-arch',
    story: 'the build dropped linux/arm64 (a maintainer sped it up), so the index holds one platform',
    example: IMAGE.name,
    refusedBy: 'promote-image',
    prepare(world) {
      const both = '          platforms: linux/amd64,linux/arm64\n';
      if (!world.workflow.includes(both))
        throw new RehearsalError('INVALID_EXAMPLE', 'single-arch: no two-platform build in the workflow');
      world.workflow = world.workflow.replace(both, '          platforms: linux/amd64\n');
    },
  },
  {
    name: 'version-tag-taken',
    story: 'the registry already has 2.0.0 on another digest (pushed by hand before the release)',
    example: IMAGE.name,
    refusedBy: 'promote-image',
    prepare(world) {
      tagImage(world, `${world.repository} pushed by hand`, ['2.0.0']);
    },
  },
  {
    name: 'image-signed-elsewhere',
    story:
      "the image's bundles were signed by another workflow of the repository (nightly.yml), not release-image.yml",
    example: IMAGE.name,
    refusedBy: 'promote-image',
    signingWorkflow: '.github/workflows/nightly.yml',
    prepare() {},
  },
];
