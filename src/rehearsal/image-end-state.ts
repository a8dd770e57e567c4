/*
 * The end state of an image release: the image built once and pushed by digest, its version tag
 * on that index digest, `latest` moved to it (a stable version above every other) or left where it
 * was (a prerelease), its evidence attached as referrers and findable the way a registry without
 * the referrers API offers them (the `sha256-<hex>` tag index), the draft release published, and
 * a re-run of the promotion writing nothing. Read from the registry emulator's own state and
 * log, not through the client under test.
 */
import type { OciRegistryEmulator } from '../emulator/oci-registry/server.js';
import type { EndStateKind, PublishedReleaseKind } from './end-states.js';
import { built } from './oci-registry.js';
import type { World } from './world.js';
import type { WorkflowResult } from './workflow/interpreter.js';

export interface ImagePromoted {
  kind: 'image-promoted';
  /** The tag promote-image must write on the built digest (`2.0.0`, `2.1.0-rc.1`). */
  versionTag: string;
  /** `built`: `latest` must be on the built digest; a version tag: `latest` must still be on its digest. */
  latestOn: 'built' | string;
  /** Predicate types of the bundles that must be attached to the built digest. */
  evidence: string[];
  /** Asset names the published release must hold, exactly. */
  assets: string[];
}

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
  };
}

/** The inputs of the promote workflow: the version of the tag and the digest the build pushed. */
export function promoteInputs(world: World, before: WorkflowResult): Record<string, string> {
  const build = before.steps.find((s) => s.kind === 'stand-in' && s.outputs.digest);
  return { version: world.tag.replace(/^v/, ''), digest: build?.outputs.digest ?? '' };
}
