/*
 * The attestation bundles attached to an image digest as OCI referrers, for `verify-attestation
 * oci://REGISTRY/NAME@sha256:…`: what `gh attestation verify oci://…` reads from the registry
 * (the contract's "Container images": referrers found through the referrers API, or the
 * `sha256-<hex>` tag index where a registry has none). Found and fetched with the image core's
 * own code (listReferrers, registryCandidates, fetchReferrerBundle: the referrer's `subject` must
 * be this digest, its one layer a Sigstore bundle within the declared size), never a second copy.
 *
 * A referrer whose annotation names another predicate type (a cosign signature, an SBOM, when
 * provenance is asked for) is not fetched: the annotation is the registry's unverified word, but
 * skipping on it can only leave a digest without a passing attestation, never make one pass. A
 * referrer that cannot be read is kept as `{unreadable: why}`, so it is judged (and fails) in
 * its own place, as an unreadable entry of the attestations API is.
 */
import { fetchReferrerBundle, REFERRER_FAULTS, registryCandidates } from '../image/evidence-candidates.js';
import type { OciClient } from '../oci/client.js';
import { OciError } from '../oci/errors.js';
import { listReferrers } from '../oci/referrers.js';

/** What the registry holds for a digest: the bundles (or why one is unreadable), and where they were found. */
export interface ImageBundles {
  /** Parsed bundle JSON, or `{unreadable: why}`. */
  bundles: unknown[];
  /** Where they were found, for messages: `the registry's referrers API`, `the registry's sha256-<hex> tag index`, or `the registry (no referrers API, no tag index)`. */
  via: string;
  /** Referrers whose annotation names another predicate type, not fetched. */
  skipped: number;
}

/**
 * Every Sigstore bundle referrer of `digest` in `repository` whose predicate type annotation is
 * `predicateType` or absent, fetched by digest. Transport and auth failures throw; a referrer
 * that is gone, lies about its digest or is not a bundle about this digest is `unreadable`.
 */
export async function imageAttestationBundles(
  client: OciClient,
  repository: string,
  digest: string,
  predicateType: string,
): Promise<ImageBundles> {
  const referrers = await listReferrers(client, repository, digest);
  const foundBy = referrers.source === 'api' ? 'referrers' : 'tag-index';
  const via =
    referrers.source === 'api'
      ? "the registry's referrers API"
      : referrers.source === 'tag'
        ? `the registry's ${digest.replace(':', '-')} tag index`
        : 'the registry (no referrers API, no tag index)';
  const candidates = registryCandidates(referrers.descriptors, foundBy);
  const wanted = candidates.filter((c) => c.annotated === undefined || c.annotated === predicateType);
  const bundles: unknown[] = [];
  for (const candidate of wanted) {
    let fetched: string | { reason: string };
    try {
      fetched = await fetchReferrerBundle(client, repository, digest, candidate);
    } catch (error) {
      if (!(error instanceof OciError && REFERRER_FAULTS.includes(error.code))) throw error;
      fetched = { reason: error.message };
    }
    if (typeof fetched !== 'string') {
      bundles.push({ unreadable: `${candidate.label}: ${fetched.reason}` });
      continue;
    }
    try {
      bundles.push(JSON.parse(fetched) as unknown);
    } catch {
      bundles.push({ unreadable: `${candidate.label}: the bundle is not JSON` });
    }
  }
  return { bundles, via, skipped: candidates.length - wanted.length };
}
