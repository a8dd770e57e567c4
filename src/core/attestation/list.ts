/*
 * Listing the attestations GitHub holds for a subject digest, every page of them: the list is
 * `{"attestations": [...]}` without a `total_count`, paged by cursors in the `Link` header (GitHub
 * REST docs, "List attestations": `before`/`after`), which are followed until there is no `next`.
 * A page that cannot be read fails the listing: part of the list is never judged as the whole.
 * The repository's list (`GET /repos/{owner}/{repo}/attestations/{subject_digest}`) or, for
 * `--owner`, the organization's (`GET /orgs/{org}/attestations/{subject_digest}`).
 */
import { BaseError } from '../errors.js';
import { explainHttpError, statusOf, type GitHubClient } from '../github/client.js';

/** A listing of attestations that cannot be read whole (`INCOMPLETE_LISTING`). */
export class AttestationListError extends BaseError<'INCOMPLETE_LISTING'> {
  constructor(message: string) {
    super('INCOMPLETE_LISTING', message);
    this.name = 'AttestationListError';
  }
}

/** The `rel="next"` URL of a Link header, if any. */
function nextLink(link: unknown): string | undefined {
  if (typeof link !== 'string') return undefined;
  return /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
}

/** More pages than any subject's attestations fill: a listing that long is refused. */
const MAX_PAGES = 100;

/** Whose attestations: a repository's, or (without `repo`) an organization's. */
export interface AttestationScope {
  owner: string;
  repo?: string;
}

/**
 * Every attestation's bundle GitHub lists for `subjectDigest` (`sha256:<hex>`, `sha1:<commit>`),
 * filtered by `predicateType` when given; an empty list when GitHub has none (a 404 on the first
 * page). An entry without a bundle is kept as `{unreadable: why}`, so it is judged (and fails)
 * rather than silently dropped. `what` names the list in messages ("the release attestations of
 * commit …").
 */
export async function listAttestations(
  client: GitHubClient,
  scope: AttestationScope,
  subjectDigest: string,
  options: { predicateType?: string; what: string },
): Promise<unknown[]> {
  const out: unknown[] = [];
  let next: string | undefined;
  for (let page = 1; ; page++) {
    let response: { data: unknown; headers: Record<string, unknown> };
    const query = {
      subject_digest: subjectDigest,
      ...(options.predicateType === undefined ? {} : { predicate_type: options.predicateType }),
      per_page: 100,
    };
    try {
      response = (next !== undefined
        ? await client.request({ method: 'GET', url: next })
        : scope.repo === undefined
          ? await client.request('GET /orgs/{org}/attestations/{subject_digest}', {
              org: scope.owner,
              ...query,
            })
          : await client.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
              owner: scope.owner,
              repo: scope.repo,
              ...query,
            })) as unknown as typeof response;
    } catch (error) {
      // GitHub answers 404 while a subject has no attestation yet (on the first page: a later
      // page that goes missing is an incomplete listing).
      if (page === 1 && statusOf(error) === 404) return [];
      throw explainHttpError(error, `Listing ${options.what} (page ${page})`, 'attestations: read');
    }
    const list = (response.data as { attestations?: unknown })?.attestations;
    if (!Array.isArray(list)) {
      throw new AttestationListError(`page ${page} of ${options.what} holds no list`);
    }
    for (const a of list as { bundle?: unknown; bundle_url?: string }[]) {
      out.push(a?.bundle ?? { unreadable: a?.bundle_url ? 'only a bundle_url was given' : 'no bundle' });
    }
    next = nextLink(response.headers?.link);
    if (next === undefined) return out;
    if (page >= MAX_PAGES) {
      throw new AttestationListError(`${options.what} go on past ${MAX_PAGES} pages`);
    }
  }
}
