/*
 * promote-image's sequence (contract, "promote-image"): the evidence of the digest first, then
 * the version tag, then the floating tags. Nothing is written before every required piece of
 * evidence verified, and the version tag is never moved: absent, the subject's exact bytes are
 * PUT under it and read back; on the same digest, nothing is done; on another digest, the run
 * fails naming both, having written nothing. A re-run finds every tag where it should be and
 * writes nothing. The evidence check is injected (`EvidenceVerifier`), so this runs against any
 * registry, the real one or the emulator, on its own.
 */
import type { Report } from '../action/report.js';
import type { OciClient } from '../oci/client.js';
import { PromoteError } from './errors.js';
import { settleFloatingTags } from './floating.js';
import type { EvidenceVerifier, PromotePlan, PromoteResult } from './plan.js';

/**
 * The PUTs made so far, counted as they are sent: a promotion that fails after writing can still
 * say what it wrote (the `writes` output of a failed run).
 */
export interface WriteTally {
  writes: number;
}

/**
 * Promotes `plan.subject`: verifies its evidence with `verify`, writes the version tag and moves
 * the floating tags (none of it in a dry run). Adds a row per step to `report`. A refusal throws
 * a PromoteError (UNVERIFIED and a version tag on another digest before anything is written).
 */
export async function promoteImage(
  client: OciClient,
  plan: PromotePlan,
  verify: EvidenceVerifier,
  report: Report,
  tally: WriteTally = { writes: 0 },
): Promise<PromoteResult> {
  const { repository, subject } = plan;
  const image = `${client.registry}/${repository}`;
  const evidence = await verify(subject.digest, report);
  // Fail closed: a verifier that found no problem but verified nothing has not said yes.
  const problems =
    evidence.problems.length > 0
      ? evidence.problems
      : evidence.verified.length === 0
        ? ['no evidence was verified']
        : [];
  if (problems.length > 0)
    throw new PromoteError(
      'UNVERIFIED',
      `${image}@${subject.digest} is not promoted: ${problems.join('; ')}. Nothing was written.`,
    );

  const versionTag = `${plan.tagPrefix}${plan.version.version}`;
  // The list says whether the version tag exists (and, below, what the floating tags choose
  // from); only a listed tag is read, so a promotion costs one GET less per absent tag.
  const tags = await client.listTags(repository);
  const existing = tags.includes(versionTag) ? await client.getManifest(repository, versionTag) : undefined;
  let writes = 0;
  let versionTagState: 'created' | 'unchanged';
  if (existing && existing.digest !== subject.digest) {
    throw new PromoteError(
      'TAG_CONFLICT',
      `${image}:${versionTag} already names ${existing.digest}, not ${subject.digest}: a version tag is never moved. ` +
        'Nothing was written.',
      {
        fix: `Promote ${existing.digest} as ${versionTag}, or release this digest under a new version.`,
      },
    );
  }
  if (existing) {
    versionTagState = 'unchanged';
    report.pass('version tag', `${versionTag} already names ${subject.digest}`);
  } else if (plan.dryRun) {
    versionTagState = 'created';
    report.pass('version tag', `would create ${versionTag} on ${subject.digest} (dry run)`);
  } else {
    writes++;
    tally.writes++;
    await client.putManifest(repository, versionTag, subject.bytes, subject.mediaType);
    const back = await client.getManifest(repository, versionTag);
    if (back?.digest !== subject.digest)
      throw new PromoteError(
        'TAG_CONFLICT',
        `${image}:${versionTag} was written with ${subject.digest} but reads back as ` +
          `${back ? back.digest : 'missing'}: another writer changed it meanwhile. No floating tag was moved.`,
      );
    versionTagState = 'created';
    report.pass('version tag', `created ${versionTag} on ${subject.digest}, read back`);
  }
  const listed = tags.includes(versionTag) ? tags : [...tags, versionTag];
  const floating = await settleFloatingTags(client, plan, verify, listed, !existing && !plan.dryRun, report);
  return {
    digest: subject.digest,
    versionTag,
    versionTagState,
    floating: floating.outcomes,
    verified: evidence.verified,
    writes: writes + floating.writes,
    rounds: floating.rounds,
  };
}
