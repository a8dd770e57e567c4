/*
 * The floating tags (`latest`, major, minor): each ends on the highest stable version in its scope
 * whose evidence verifies, never on a prerelease, never on a version lower than one already
 * verified in its scope. A registry without compare-and-swap (distribution 2.8 ignores
 * `If-Match`) lets two promoters overwrite each other, so after writing, the written tags are
 * read back and the tag list is read again; when a tag was moved meanwhile, or a higher version
 * appeared, the targets are worked out again and written (at most MAX_ROUNDS rounds): promoters of
 * 1.2.3 and 1.3.0 running at once both end with `latest` on 1.3.0, whichever finishes first.
 * Where the registry honours `If-Match` (the ETag of the tag read), a write over a tag that moved
 * since is refused (412) and counts as "moved meanwhile".
 */
import { Report } from '../action/report.js';
import type { Manifest, OciClient } from '../oci/client.js';
import { OciError } from '../oci/errors.js';
import { PromoteError } from './errors.js';
import type { EvidenceVerifier, FloatingOutcome, PromotePlan } from './plan.js';
import {
  type FloatingKind,
  floatingTagName,
  higherInScope,
  stableVersions,
  type TaggedVersion,
} from './tags.js';

/** Write rounds allowed before a floating tag that keeps moving is a failure. */
export const MAX_ROUNDS = 3;

/** Where a floating tag should be: a version's tag, its digest and the exact bytes to write. */
interface Target {
  version: string;
  tag: string;
  digest: string;
  bytes: Buffer;
  mediaType: string;
}

/** A candidate version read and judged once a run. */
interface Candidate {
  manifest: Manifest | undefined;
  verified: boolean;
}

/** The outcome of the floating tags and the PUTs made for them. */
export interface FloatingResult {
  outcomes: Record<string, FloatingOutcome>;
  writes: number;
  rounds: number;
}

/**
 * Moves the floating tags of `plan` given the tag list read before the version tag was settled
 * (`tags`, with the version tag in it) and whether this run `created` the version tag. Adds one
 * row per floating tag (and one per higher version whose evidence did not verify).
 */
export async function settleFloatingTags(
  client: OciClient,
  plan: PromotePlan,
  verify: EvidenceVerifier,
  tags: readonly string[],
  created: boolean,
  report: Report,
  tally: { writes: number } = { writes: 0 },
): Promise<FloatingResult> {
  const { repository, version, tagPrefix, subject } = plan;
  const where = `${client.registry}/${repository}`;
  const outcomes: Record<string, FloatingOutcome> = {};
  const kinds = new Map<string, FloatingKind>();
  for (const kind of plan.floating) kinds.set(floatingTagName(kind, tagPrefix, version), kind);
  if (version.prerelease.length > 0) {
    for (const name of kinds.keys()) {
      outcomes[name] = 'skipped-prerelease';
      report.pass(`floating ${name}`, `not moved: ${version.version} is a prerelease`);
    }
    return { outcomes, writes: 0, rounds: 0 };
  }

  const own: Target = {
    version: version.version,
    tag: `${tagPrefix}${version.version}`,
    digest: subject.digest,
    bytes: subject.bytes,
    mediaType: subject.mediaType,
  };
  const candidates = new Map<string, Candidate>();
  const verdicts = new Map<string, boolean>([[subject.digest, true]]);
  const ignored = new Set<string>();

  /** A higher version's manifest, read once, and whether its evidence verifies (once per digest). */
  const candidate = async (v: TaggedVersion): Promise<Candidate> => {
    const known = candidates.get(v.tag);
    if (known) return known;
    const manifest = await client.getManifest(repository, v.tag);
    let verified = false;
    if (manifest) {
      let verdict = verdicts.get(manifest.digest);
      if (verdict === undefined) {
        // Its rows go to a report of their own: the run's table is about the digest promoted.
        const result = await verify(manifest.digest, new Report(`evidence of ${v.tag}`));
        verdict = result.problems.length === 0 && result.verified.length > 0;
        verdicts.set(manifest.digest, verdict);
        if (!verdict && !ignored.has(v.tag)) {
          ignored.add(v.tag);
          report.pass(
            `higher version ${v.tag}`,
            `${where}:${v.tag} (${manifest.digest}) is higher but its evidence does not verify ` +
              `(${result.problems.join('; ') || 'nothing verified'}): no floating tag goes to it`,
          );
        }
      }
      verified = verdict;
    }
    const judged = { manifest, verified };
    candidates.set(v.tag, judged);
    return judged;
  };

  /** The highest verified version in the scope of `kind`, or this version. */
  const targetOf = async (kind: FloatingKind, versions: TaggedVersion[]): Promise<Target> => {
    for (const v of higherInScope(versions, kind, version)) {
      const { manifest, verified } = await candidate(v);
      if (manifest && verified)
        return {
          version: v.semver.version,
          tag: v.tag,
          digest: manifest.digest,
          bytes: manifest.bytes,
          mediaType: manifest.mediaType,
        };
    }
    return own;
  };

  // The floating tags as they are now, read when first needed; a tag missing from the list is
  // not read. When this run has just created the version tag, no floating tag can already be on
  // its version, so a floating tag whose target is this version is written without being read
  // first (one request less each); the read-back after writing says where it ended.
  const current = new Map<string, Manifest | undefined>();
  const unread = new Set(kinds.keys());
  const before = new Map<string, string | undefined>();
  const movedHere = new Set<string>();
  let versions = stableVersions(tags, tagPrefix);
  let writes = 0;
  let rounds = 0;
  const targets = new Map<string, Target>();
  for (;;) {
    targets.clear();
    for (const [name, kind] of kinds) targets.set(name, await targetOf(kind, versions));
    for (const [name, target] of targets) {
      if (!unread.has(name) || (created && !plan.dryRun && target === own)) continue;
      unread.delete(name);
      const read = tags.includes(name) ? await client.getManifest(repository, name) : undefined;
      current.set(name, read);
      before.set(name, read?.digest);
    }
    const behind = [...targets].filter(([name, t]) => current.get(name)?.digest !== t.digest);
    if (behind.length === 0 || plan.dryRun) break;
    if (rounds === MAX_ROUNDS)
      throw new PromoteError(
        'NOT_CONVERGED',
        `${behind.map(([name]) => `${where}:${name}`).join(', ')} kept moving under other writers for ` +
          `${MAX_ROUNDS} rounds of writes; run the promotion again once the other promotions finished`,
      );
    rounds++;
    for (const [name, target] of behind) {
      writes++;
      tally.writes++;
      try {
        await client.putManifest(repository, name, target.bytes, target.mediaType, {
          ifMatch: current.get(name)?.etag,
        });
        if (target.version === version.version) movedHere.add(name);
      } catch (error) {
        // A registry that honours If-Match refused: the tag moved since it was read. The read
        // back below sees where it is now, and the next round decides again.
        if (!(error instanceof OciError && error.code === 'CONFLICT')) throw error;
      }
    }
    // Read back what was written, and the list again: another promoter may have moved a tag or
    // added a higher version while these writes were made.
    for (const [name] of behind) {
      unread.delete(name);
      current.set(name, await client.getManifest(repository, name));
    }
    versions = stableVersions(await client.listTags(repository), tagPrefix);
  }

  for (const [name, target] of targets) {
    const now = current.get(name)?.digest;
    const was = before.get(name);
    const from = !before.has(name)
      ? `not read first (${version.version} was just created, so no floating tag was on it)`
      : was === undefined
        ? 'a new tag'
        : `from ${was}`;
    let outcome: FloatingOutcome;
    let detail: string;
    if (target.version !== version.version) {
      outcome = 'skipped-older';
      const state = now === target.digest ? 'stays on' : 'would move to';
      detail = `not moved to ${version.version}: ${target.tag} is higher in its scope and verified; ${name} ${state} ${target.tag} (${target.digest})`;
    } else if (now === target.digest && !movedHere.has(name)) {
      outcome = 'unchanged';
      detail = `already on ${target.tag} (${target.digest})`;
    } else {
      outcome = 'moved';
      detail = `${plan.dryRun ? 'would move' : 'moved'} to ${target.tag} (${target.digest}), ${from}`;
    }
    outcomes[name] = outcome;
    report.pass(`floating ${name}`, detail);
  }
  return { outcomes, writes, rounds };
}
