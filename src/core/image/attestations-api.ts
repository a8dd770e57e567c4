/*
 * An image's bundles in GitHub's attestations API (`GET /repos/{o}/{r}/attestations/sha256:<hex>`),
 * read with the one listing of core/attestation/list.ts (every cursor page; a page that cannot be
 * read fails the listing; 404 while the digest has none), each entry a candidate to verify. An
 * entry without its bundle inline (only a `bundle_url`) is kept, and fails as unreadable.
 */
import { listAttestations } from '../attestation/list.js';
import { parseRepository, type GitHubClient } from '../github/client.js';
import type { Candidate } from './evidence-candidates.js';

/** Every bundle GitHub holds for `digest` in `repository` (`owner/name`), each a candidate. */
export async function listImageAttestations(
  client: GitHubClient,
  repository: string,
  digest: string,
): Promise<Candidate[]> {
  const repo = parseRepository('repository', repository);
  const listed = await listAttestations(client, { owner: repo.owner, repo: repo.repo }, digest, {
    what: `the attestations of ${digest} in ${repository}`,
  });
  return listed.map((bundle, i) => {
    const unreadable = (bundle as { unreadable?: unknown } | null)?.unreadable;
    return {
      label: `attestation ${i + 1} (attestations-api)`,
      foundBy: 'attestations-api' as const,
      bundle: typeof unreadable === 'string' ? '' : JSON.stringify(bundle),
    };
  });
}
