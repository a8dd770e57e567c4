/*
 * Storing an attestation where `gh attestation verify` and GitHub's attestations page find it:
 * `POST /repos/{owner}/{repo}/attestations` with `{bundle}` (GitHub REST "Create an attestation";
 * @actions/attest's store.ts sends the same body and reads `id` from the 201). The web page of an
 * attestation is `${server}/${owner}/${repo}/attestations/${id}` (what actions/attest gives as its
 * `attestation-url` output).
 */
import type { SerializedBundle } from '@sigstore/bundle';
import { BaseError, quote } from '../errors.js';
import { explainHttpError, type GitHubClient, type Repo } from '../github/client.js';

/** `NO_ID`: GitHub answered the POST without an attestation id (not what its API documents). */
export class AttestationStoreError extends BaseError<'NO_ID'> {}

/** A stored attestation: its id and its web page. */
export interface StoredAttestation {
  id: string;
  url: string;
}

/**
 * Stores one bundle. A 403 "Resource not accessible by integration" is the known failure
 * `ATTESTATIONS_WRITE_PERMISSION` with its fix (through explainHttpError); any other 403/404
 * names the `attestations: write` permission too. The POST is not retried on an unknown outcome:
 * a second attestation of the same statement would be harmless but is not what was asked.
 */
export async function storeAttestation(
  client: GitHubClient,
  repo: Repo,
  bundle: SerializedBundle,
  serverUrl: string,
): Promise<StoredAttestation> {
  let data: unknown;
  try {
    ({ data } = await client.request('POST /repos/{owner}/{repo}/attestations', {
      owner: repo.owner,
      repo: repo.repo,
      bundle: bundle as unknown as Record<string, unknown>,
    }));
  } catch (error) {
    throw explainHttpError(
      error,
      `storing the attestation in ${repo.owner}/${repo.repo}`,
      'attestations: write',
    );
  }
  const id = (data as { id?: unknown } | null)?.id;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
    throw new AttestationStoreError(
      'NO_ID',
      `GitHub stored the attestation but answered no id (got ${quote(id ?? null)}).`,
    );
  }
  return {
    id: String(id),
    url: `${serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/attestations/${id}`,
  };
}
