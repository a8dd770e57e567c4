/*
 * The end states an example's run must reach, by kind. An example declares one
 * (`endState: { kind: 'published-release', assets: [...] }` in examples.ts); its kind here says
 * how to check it exactly, whether anything was published at all (a scenario refused before the
 * publish must leave that false), how to show it to a person, and what a consumer does
 * afterwards with nothing but the CLI. A new end state is one more member of EndState and one
 * more entry in END_STATES (an image promoted in an OCI registry: image-end-state.ts).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { releaseAttestations } from '../emulator/github/attestations.js';
import { DEFAULT_TOKEN } from '../emulator/github/index.js';
import { spawnCollected } from '../emulator/runner.js';
import { RehearsalError } from './errors.js';
import {
  consumerProvenanceFlags,
  type EndState,
  type EndStateKind,
  type PublishedReleaseKind,
} from './end-state-types.js';
import { imagePromotedKind } from './image-end-state.js';
import type { World } from './world.js';

/** The releases the GitHub emulator holds for the run's tag. */
function releasesOfTag(world: World) {
  return world.gh.state.repo(world.repository).releases.filter((r) => r.tagName === world.tag);
}

const PUBLISHED_RELEASE: PublishedReleaseKind = {
  needs: ['sigstore'],
  check(world, state, result) {
    const problems: string[] = [];
    if (result.failed) {
      problems.push(`the workflow failed at ${result.failed.job} · ${result.failed.label}`);
    }
    const releases = releasesOfTag(world);
    const published = releases.filter((r) => !r.draft);
    if (releases.length !== 1 || published.length !== 1) {
      problems.push(
        `expected one published release for ${world.tag}, found ${releases.length} (${published.length} published)`,
      );
      return problems;
    }
    const [release] = published;
    const names = release.assets.map((a) => a.name).sort();
    const expected = [...state.assets].sort();
    if (JSON.stringify(names) !== JSON.stringify(expected)) {
      problems.push(`the release holds ${names.join(', ')}; expected ${expected.join(', ')}`);
    }
    for (const asset of release.assets) {
      if (asset.state !== 'uploaded') problems.push(`asset ${asset.name} is ${asset.state}, not uploaded`);
      if (!/^sha256:[0-9a-f]{64}$/.test(asset.digest ?? ''))
        problems.push(`asset ${asset.name} has no sha256 digest (${asset.digest})`);
    }
    const undraft = result.steps.find((s) => s.action === 'undraft');
    if (undraft?.outputs.published !== 'true') problems.push('undraft did not say published=true');
    if (undraft?.outputs['attestation-verified'] !== 'true')
      problems.push("undraft did not verify GitHub's release attestation (attestation-verified)");
    return problems;
  },
  published: (world) => releasesOfTag(world).some((r) => !r.draft),
  show(world, result) {
    const lines: string[] = [];
    for (const release of releasesOfTag(world)) {
      lines.push(
        `the release ${world.tag}: ${release.draft ? 'a draft' : 'published'}${release.immutable ? ', immutable' : ''}`,
      );
      for (const asset of release.assets)
        lines.push(`  ${asset.name.padEnd(40)} ${asset.digest ?? '(no digest)'} ${asset.state}`);
    }
    const undraft = result.steps.find((s) => s.action === 'undraft');
    if (undraft)
      lines.push(`attestation-verified: ${undraft.outputs['attestation-verified'] ?? '(not set)'}`);
    return lines;
  },
  downstream: downstreamOfRelease,
};

export const END_STATES: { [K in EndState['kind']]: EndStateKind<Extract<EndState, { kind: K }>> } = {
  'published-release': PUBLISHED_RELEASE,
  'image-promoted': imagePromotedKind(PUBLISHED_RELEASE),
};

/** The kind of an end state, typed for its declaration. */
export function endStateKind(state: EndState): EndStateKind<EndState> {
  const kind = END_STATES[state.kind] as EndStateKind<EndState> | undefined;
  if (!kind)
    throw new RehearsalError('INVALID_EXAMPLE', `no end state of kind ${JSON.stringify(state.kind)}`);
  return kind;
}

/**
 * What a consumer of the release does, with nothing but the CLI: download an asset and its
 * bundle from the published release, check GitHub's seal (`verify-release`), the Sigstore
 * bundle for exactly the release workflow's identity (`verify-bundle`), and the asset's SLSA
 * provenance from the attestations API (`verify-attestation`, the consumer's equivalent of
 * `gh attestation verify FILE --repo R --signer-workflow W --source-ref REF
 * --deny-self-hosted-runners`, with the workflow and ref compared whole) unless the end state
 * says the workflow attests none.
 */
async function downstreamOfRelease(
  root: string,
  world: World,
  state: { provenance?: false },
): Promise<string[]> {
  const release = releasesOfTag(world).find((r) => !r.draft);
  // The first asset signed on the release (an SBOM beside it is evidence, not signed on its own).
  const asset = release?.assets.find(
    (a) =>
      !a.name.endsWith('.sigstore.json') && release.assets.some((b) => b.name === `${a.name}.sigstore.json`),
  );
  const bundle = release?.assets.find((a) => a.name === `${asset?.name}.sigstore.json`);
  if (!release || !asset || !bundle) return ['downstream: no signed asset on the published release'];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearsal-downstream-'));
  try {
    const download = async (name: string, id: number): Promise<string> => {
      const response = await fetch(`${world.gh.url}/repos/${world.repository}/releases/assets/${id}`, {
        headers: { accept: 'application/octet-stream', authorization: `Bearer ${DEFAULT_TOKEN}` },
      });
      if (!response.ok)
        throw new RehearsalError('STEP_FAILED', `downloading ${name}: HTTP ${response.status}`);
      const file = path.join(dir, name);
      fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      return file;
    };
    const assetFile = await download(asset.name, asset.id);
    const bundleFile = await download(bundle.name, bundle.id);
    const cli = path.join(root, 'dist', 'cli', 'index.js');
    const env = {
      PATH: process.env.PATH ?? '',
      GITHUB_API_URL: world.gh.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_TOKEN: DEFAULT_TOKEN,
    };
    const identity = `https://github.com/${world.repository}/${world.workflowPath}@refs/tags/${world.tag}`;
    const runs: [string, string[]][] = [
      [
        'verify-release',
        [
          'verify-release',
          '--repo',
          world.repository,
          '--tag',
          world.tag,
          '--trusted-root',
          await releaseAttestations(world.gh.state).trustedRootPath(),
          assetFile,
        ],
      ],
      [
        'verify-bundle',
        [
          'verify-bundle',
          '--bundle',
          bundleFile,
          '--certificate-identity',
          identity,
          '--certificate-oidc-issuer',
          'https://token.actions.githubusercontent.com',
          '--trusted-root',
          world.sigstore.trustedRootPath,
          assetFile,
        ],
      ],
    ];
    if (state.provenance !== false)
      runs.push(['verify-attestation', ['verify-attestation', assetFile, ...consumerProvenanceFlags(world)]]);
    const problems: string[] = [];
    console.log(`\n  downstream, with the CLI only (${asset.name} and its bundle downloaded):`);
    for (const [label, args] of runs) {
      // Asynchronously: the emulators answering the CLI run in this very process.
      const ran = await spawnCollected(process.execPath, [cli, ...args], { env, timeoutMs: 60_000 });
      const said = `${ran.stdout}${ran.stderr}`.trim().split('\n').slice(-1)[0] ?? '';
      console.log(`    sealed-release ${label}: exit ${ran.code} — ${said}`);
      // The provenance check as a consumer types it (gh's equivalent: `gh attestation verify FILE
      // --repo R --signer-workflow W --source-ref REF --deny-self-hosted-runners`).
      if (label === 'verify-attestation')
        console.log(
          `      $ sealed-release ${args.map((a) => (a === assetFile ? asset.name : a)).join(' ')}`,
        );
      if (ran.code !== 0) problems.push(`downstream ${label} exited ${ran.code}: ${ran.stdout}${ran.stderr}`);
    }
    return problems;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
