/*
 * Finding GitHub's release attestation: listing the ones GitHub holds for a commit, and waiting
 * (GitHub signs it shortly after the release is published) until one verifies for exactly this
 * release, one that verifies says something else about it, or the time is up.
 */
import { setTimeout as sleepFor } from 'node:timers/promises';
import type { GitHubClient, Repo } from '../github/client.js';
import { listAttestations } from './list.js';
import type { Judgement } from './judge.js';

/**
 * The release attestations GitHub lists for a commit (an empty list while there are none), every
 * page of them (list.ts).
 */
export async function listReleaseAttestations(
  client: GitHubClient,
  repo: Repo,
  commit: string,
): Promise<unknown[]> {
  return listAttestations(client, repo, `sha1:${commit}`, {
    predicateType: 'release',
    what: `the release attestations of commit ${commit}`,
  });
}

export { AttestationListError } from './list.js';

export interface WaitResult {
  ok: boolean;
  /** The good attestation's bundle. */
  bundle?: unknown;
  judgement?: Judgement;
  /** Why not ok, in one paragraph. */
  detail: string;
  polls: number;
}

/**
 * Polls for the release attestation until one verifies for exactly this release, one that
 * verifies says something else about this tag (a definite failure: no waiting can fix it), or
 * the deadline passes. Attestations for another tag of the same commit are not this release's,
 * so they are waited past; ones that do not verify are reported if nothing better comes.
 */
export async function waitForReleaseAttestation(deps: {
  list: () => Promise<unknown[]>;
  judge: (bundle: unknown) => Judgement | Promise<Judgement>;
  timeoutMs: number;
  pollMs: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}): Promise<WaitResult> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => sleepFor(ms));
  const deadline = now() + deps.timeoutMs;
  let polls = 0;
  let last: Judgement[];
  for (;;) {
    polls++;
    const bundles = await deps.list();
    const judged = await Promise.all(
      bundles.map(async (b) => ({ bundle: b, judgement: await deps.judge(b) })),
    );
    last = judged.map((j) => j.judgement);
    const wrong = judged.filter(
      (j) => j.judgement.signatureOk && j.judgement.aboutThisTag && j.judgement.problems.length > 0,
    );
    if (wrong.length > 0) {
      return {
        ok: false,
        detail: `GitHub's attestation does not match: ${wrong[0].judgement.problems.join('; ')}`,
        polls,
        judgement: wrong[0].judgement,
      };
    }
    const good = judged.find((j) => j.judgement.problems.length === 0);
    if (good) {
      return { ok: true, bundle: good.bundle, judgement: good.judgement, detail: '', polls };
    }
    if (now() >= deadline) break;
    await sleep(Math.min(deps.pollMs, Math.max(deadline - now(), 0)));
  }
  if (last.length === 0) {
    return {
      ok: false,
      detail: `no release attestation appeared within ${Math.round(deps.timeoutMs / 1000)} s (${polls} polls)`,
      polls,
    };
  }
  const seen = last
    .map((j, i) => `#${i + 1}${j.tag ? ` (tag ${j.tag})` : ''}: ${j.problems.join('; ')}`)
    .join(' | ');
  return {
    ok: false,
    detail: `no attestation verifies for this release within ${Math.round(deps.timeoutMs / 1000)} s; found ${last.length}: ${seen}`,
    polls,
  };
}
