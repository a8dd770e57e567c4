/*
 * Finding GitHub's release attestation: listing the ones GitHub holds for a commit, and waiting
 * (GitHub signs it shortly after the release is published) until one verifies for exactly this
 * release, one that verifies says something else about it, or the time is up.
 */
import { setTimeout as sleepFor } from 'node:timers/promises';
import { BaseError } from '../errors.js';
import { explainHttpError, statusOf, type GitHubClient, type Repo } from '../github/client.js';
import type { Judgement } from './judge.js';

/** The `rel="next"` URL of a Link header, if any. */
function nextLink(link: unknown): string | undefined {
  if (typeof link !== 'string') return undefined;
  return /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
}

/** More pages than any commit's release attestations fill: a listing that long is refused. */
const MAX_PAGES = 100;

/**
 * The release attestations GitHub lists for a commit (an empty list while there are none),
 * every page of them: the list is `{"attestations": [...]}` without a `total_count`, paged by
 * cursors in the `Link` header (GitHub REST docs, "List attestations": `before`/`after`), which
 * are followed until there is no `next`. A page that cannot be read fails the listing: part of
 * the list is never judged as the whole.
 */
export async function listReleaseAttestations(
  client: GitHubClient,
  repo: Repo,
  commit: string,
): Promise<unknown[]> {
  const out: unknown[] = [];
  let next: string | undefined;
  for (let page = 1; ; page++) {
    let response: { data: unknown; headers: Record<string, unknown> };
    try {
      response = (next === undefined
        ? await client.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
            ...repo,
            subject_digest: `sha1:${commit}`,
            predicate_type: 'release',
            per_page: 100,
          })
        : await client.request({ method: 'GET', url: next })) as unknown as typeof response;
    } catch (error) {
      // GitHub answers 404 while a commit has no attestation yet (on the first page: a later
      // page that goes missing is an incomplete listing).
      if (page === 1 && statusOf(error) === 404) return [];
      throw explainHttpError(
        error,
        `Listing the release attestations of commit ${commit} (page ${page})`,
        'attestations: read',
      );
    }
    const list = (response.data as { attestations?: unknown })?.attestations;
    if (!Array.isArray(list)) {
      throw new AttestationListError(
        `page ${page} of the release attestations of commit ${commit} holds no list`,
      );
    }
    for (const a of list as { bundle?: unknown; bundle_url?: string }[]) {
      out.push(a?.bundle ?? { unreadable: a?.bundle_url ? 'only a bundle_url was given' : 'no bundle' });
    }
    next = nextLink(response.headers?.link);
    if (next === undefined) return out;
    if (page >= MAX_PAGES) {
      throw new AttestationListError(
        `the release attestations of commit ${commit} go on past ${MAX_PAGES} pages`,
      );
    }
  }
}

/** A listing of release attestations that cannot be read whole (`INCOMPLETE_LISTING`). */
export class AttestationListError extends BaseError<'INCOMPLETE_LISTING'> {
  constructor(message: string) {
    super('INCOMPLETE_LISTING', message);
    this.name = 'AttestationListError';
  }
}

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
