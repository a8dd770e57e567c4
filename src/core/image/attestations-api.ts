/*
 * An image's bundles in GitHub's attestations API: `GET /repos/{o}/{r}/attestations/sha256:<hex>`
 * (GitHub REST docs, "List attestations"; `repos/list-attestations` in @octokit/openapi), every
 * page of it: `{"attestations": [{"bundle", "repository_id", "bundle_url"}]}` without a total,
 * paged by cursors in the `Link` header, followed until there is no `next` (the same reading as
 * core/attestation/wait.ts). GitHub answers 404 while a digest has no attestation. A page that
 * cannot be read fails the listing: part of a list is never judged as the whole.
 */
import { BaseError } from '../errors.js';
import { explainHttpError, parseRepository, statusOf, type GitHubClient } from '../github/client.js';
import type { Candidate } from './evidence-candidates.js';

/** More pages than any image's attestations fill. */
const MAX_PAGES = 100;

/** A listing that cannot be read whole. */
export class ImageAttestationListError extends BaseError<'INCOMPLETE_LISTING'> {
  constructor(message: string) {
    super('INCOMPLETE_LISTING', message);
    this.name = 'ImageAttestationListError';
  }
}

function nextLink(link: unknown): string | undefined {
  if (typeof link !== 'string') return undefined;
  return /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
}

/** Every bundle GitHub holds for `digest` in `repository` (`owner/name`), each a candidate. */
export async function listImageAttestations(
  client: GitHubClient,
  repository: string,
  digest: string,
): Promise<Candidate[]> {
  const repo = parseRepository('repository', repository);
  const out: Candidate[] = [];
  let next: string | undefined;
  for (let page = 1; ; page++) {
    let response: { data: unknown; headers: Record<string, unknown> };
    try {
      response = (next === undefined
        ? await client.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
            ...repo,
            subject_digest: digest,
            per_page: 100,
          })
        : await client.request({ method: 'GET', url: next })) as unknown as typeof response;
    } catch (error) {
      if (page === 1 && statusOf(error) === 404) return out;
      throw explainHttpError(
        error,
        `Listing the attestations of ${digest} in ${repository} (page ${page})`,
        'attestations: read',
      );
    }
    const list = (response.data as { attestations?: unknown })?.attestations;
    if (!Array.isArray(list))
      throw new ImageAttestationListError(`page ${page} of the attestations of ${digest} holds no list`);
    list.forEach((a: unknown, i) => {
      const bundle = (a as { bundle?: unknown } | null)?.bundle;
      const label = `attestation ${out.length + 1} (attestations-api, page ${page} entry ${i + 1})`;
      // An entry without its bundle inline (only a bundle_url) is kept, and fails as unreadable.
      out.push({
        label,
        foundBy: 'attestations-api',
        bundle: bundle === undefined ? '' : JSON.stringify(bundle),
      });
    });
    next = nextLink(response.headers?.link);
    if (next === undefined) return out;
    if (page >= MAX_PAGES)
      throw new ImageAttestationListError(`the attestations of ${digest} go on past ${MAX_PAGES} pages`);
  }
}
