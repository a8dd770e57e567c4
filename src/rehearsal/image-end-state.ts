/*
 * The end state of an image release: the image built once and pushed by digest, its version tag
 * on that index digest, `latest` moved to it (a stable version above every other) or left where it
 * was (a prerelease), its evidence attached as referrers and findable the way a registry without
 * the referrers API offers them (the `sha256-<hex>` tag index), the draft release published, and
 * a re-run of the promotion writing nothing. Read from the registry emulator's own state and
 * log, not through the client under test.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { DEFAULT_TOKEN } from '../emulator/github/index.js';
import type { OciRegistryEmulator } from '../emulator/oci-registry/server.js';
import { spawnCollected } from '../emulator/runner.js';
import {
  consumerProvenanceFlags,
  type EndStateKind,
  type ImagePromoted,
  type PublishedReleaseKind,
} from './end-state-types.js';
import { built } from './oci-registry.js';
import type { World } from './world.js';
import type { WorkflowResult } from './workflow/interpreter.js';

/** The referrers tag of a digest (distribution-spec, "Referrers Tag Schema"). */
const referrersTag = (digest: string) => digest.replace(':', '-');

/** Manifest PUTs under a tag that is not a referrers index: what promoting writes. */
export function tagWrites(registry: OciRegistryEmulator): number {
  return registry.log.filter(
    (e) =>
      e.method === 'PUT' &&
      e.target === 'manifest' &&
      e.status < 300 &&
      !/\/manifests\/sha256[:-]/.test(e.path),
  ).length;
}

export function imagePromotedKind(release: PublishedReleaseKind): EndStateKind<ImagePromoted> {
  const repositoryOf = (world: World) => world.repository.toLowerCase();
  const tagged = (world: World, tag: string) =>
    world.ociRegistry.state.manifest(repositoryOf(world), tag)?.digest;
  return {
    needs: ['sigstore', 'oci-registry'],
    check(world, state, result) {
      const problems = release.check(world, { kind: 'published-release', assets: state.assets }, result);
      const builds = built(world.ociRegistry);
      if (builds.length !== 1) {
        problems.push(`expected one image built and pushed by digest, found ${builds.length}`);
        return problems;
      }
      const [digest] = builds;
      const versionOn = tagged(world, state.versionTag);
      if (versionOn !== digest)
        problems.push(`tag ${state.versionTag} is on ${versionOn ?? 'nothing'}, not on the built ${digest}`);
      const latest = tagged(world, 'latest');
      const want = state.latestOn === 'built' ? digest : tagged(world, state.latestOn);
      if (want === undefined || latest !== want)
        problems.push(
          `latest is on ${latest ?? 'nothing'}, expected ${state.latestOn === 'built' ? 'the built digest' : `${state.latestOn}'s`} ${want}`,
        );
      const referrers = world.ociRegistry.state.referrers(repositoryOf(world), digest);
      const types = referrers.map(
        (r) => (r.annotations as Record<string, string> | undefined)?.['dev.sigstore.bundle.predicateType'],
      );
      for (const type of state.evidence)
        if (!types.includes(type)) problems.push(`no ${type} bundle is attached to ${digest}`);
      // Without the referrers API (GHCR), the tag index is how anyone finds them.
      const index = world.ociRegistry.state.manifest(repositoryOf(world), referrersTag(digest));
      const listed = new Set(
        (
          (index && (JSON.parse(index.bytes.toString()) as { manifests?: { digest: string }[] }).manifests) ??
          []
        ).map((m) => m.digest),
      );
      for (const r of referrers)
        if (!listed.has(r.digest as string))
          problems.push(
            `the referrer ${String(r.digest)} is missing from the tag index ${referrersTag(digest)}`,
          );
      const promotes = result.steps.filter((s) => s.action === 'promote-image');
      if (promotes.length === 0) problems.push('promote-image did not run');
      const [first, ...again] = promotes;
      if (first && first.outputs['version-tag'] !== 'created')
        problems.push(
          `promote-image said version-tag=${first.outputs['version-tag'] ?? '(unset)'}, not created`,
        );
      for (const rerun of again) {
        if (rerun.outputs.writes !== '0' || rerun.outputs['version-tag'] !== 'unchanged')
          problems.push(
            `the re-run of promote-image said writes=${rerun.outputs.writes}, version-tag=${rerun.outputs['version-tag']}; expected 0 and unchanged`,
          );
      }
      const writes = tagWrites(world.ociRegistry);
      if (first && String(writes) !== first.outputs.writes)
        problems.push(
          `the registry saw ${writes} tag write(s); promote-image said writes=${first.outputs.writes}`,
        );
      return problems;
    },
    published: (world) => release.published(world) || tagWrites(world.ociRegistry) > 0,
    show(world, result) {
      const lines = release.show(world, result);
      const repository = world.ociRegistry.state.repositories.get(repositoryOf(world));
      const [digest] = built(world.ociRegistry);
      lines.push(
        `the image ${world.ociRegistry.host}/${repositoryOf(world)}, built as ${digest ?? '(nothing)'}:`,
      );
      for (const [tag, on] of [...(repository?.tags ?? [])].sort())
        if (!tag.startsWith('sha256-'))
          lines.push(`  ${tag.padEnd(40)} ${on}${on === digest ? ' (the built image)' : ''}`);
      for (const r of digest ? world.ociRegistry.state.referrers(repositoryOf(world), digest) : [])
        lines.push(
          `  referrer ${String(r.digest).slice(0, 19)}… ${(r.annotations as Record<string, string> | undefined)?.['dev.sigstore.bundle.predicateType'] ?? '(no predicate type)'}`,
        );
      for (const p of result.steps.filter((s) => s.action === 'promote-image'))
        lines.push(
          `  promote-image: version-tag ${p.outputs['version-tag']}, floating ${p.outputs.floating}, writes ${p.outputs.writes}`,
        );
      return lines;
    },
    downstream: (root, world, state) => downstreamOfImage(root, world, release, state),
  };
}

/**
 * What a person about to `docker pull IMAGE:VERSION` does, with nothing but the CLI: read the
 * digest the version tag names from the registry, then `verify-image` it for exactly the release
 * workflow's identity at the tag, the release commit and both platforms (and, like any consumer
 * of the release, the release's own checks through the release's downstream).
 */
async function downstreamOfImage(
  root: string,
  world: World,
  release: PublishedReleaseKind,
  state: ImagePromoted,
): Promise<string[]> {
  const problems =
    (await release.downstream?.(root, world, { kind: 'published-release', assets: state.assets })) ?? [];
  const version = world.tag.replace(/^v/, '');
  const repository = world.repository.toLowerCase();
  const response = await fetch(`${world.ociRegistry.url}/v2/${repository}/manifests/${version}`, {
    headers: { accept: 'application/vnd.oci.image.index.v1+json' },
  });
  // The digest is the sha256 of the bytes served, never the Docker-Content-Digest header.
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok)
    return [...problems, `downstream: the registry has no tag ${version} (${response.status})`];
  const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
  const workflow = `https://github.com/${world.repository}/${world.workflowPath}@refs/tags/${world.tag}`;
  const args = [
    'verify-image',
    `${world.ociRegistry.host}/${repository}@${digest}`,
    '--certificate-identity',
    workflow,
    '--commit',
    world.head,
    '--platforms',
    'linux/amd64,linux/arm64',
    '--trusted-root',
    world.sigstore.trustedRootPath,
  ];
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_API_URL: world.gh.url,
    GITHUB_TOKEN: DEFAULT_TOKEN,
    HOME: path.join(world.project, '..'),
  };
  // Asynchronously: the emulators answering the CLI run in this very process.
  const cli = path.join(root, 'dist', 'cli', 'index.js');
  const ran = await spawnCollected(process.execPath, [cli, ...args], { env, timeoutMs: 60_000 });
  const said = `${ran.stdout}${ran.stderr}`.trim().split('\n').slice(-1)[0] ?? '';
  console.log(
    `    sealed-release verify-image ${version} (${digest.slice(0, 19)}…): exit ${ran.code} — ${said}`,
  );
  if (ran.code !== 0) problems.push(`downstream verify-image exited ${ran.code}: ${ran.stdout}${ran.stderr}`);
  // The image's provenance alone, as `gh attestation verify oci://… --bundle-from-oci` would:
  // from its referrers and the attestations API, workflow and ref compared whole.
  const provenance = await spawnCollected(
    process.execPath,
    [
      cli,
      'verify-attestation',
      `oci://${world.ociRegistry.host}/${repository}@${digest}`,
      ...consumerProvenanceFlags(world),
    ],
    { env: { ...env, GITHUB_SERVER_URL: 'https://github.com' }, timeoutMs: 60_000 },
  );
  const lines = `${provenance.stdout}${provenance.stderr}`.trim().split('\n');
  const attested = lines.find((l) => /^(OK|FAIL):/.test(l)) ?? lines.slice(-1)[0] ?? '';
  console.log(
    `    sealed-release verify-attestation oci://…@${digest.slice(0, 19)}…: exit ${provenance.code} — ${attested}`,
  );
  if (provenance.code !== 0)
    problems.push(
      `downstream verify-attestation of the image exited ${provenance.code}: ${provenance.stdout}${provenance.stderr}`,
    );
  return problems;
}

/** The inputs of the promote workflow: the version of the tag and the digest the build pushed. */
export function promoteInputs(world: World, before: WorkflowResult): Record<string, string> {
  const build = before.steps.find((s) => s.kind === 'stand-in' && s.outputs.digest);
  return { version: world.tag.replace(/^v/, ''), digest: build?.outputs.digest ?? '' };
}
