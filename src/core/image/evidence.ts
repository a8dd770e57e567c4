/*
 * An image's evidence, found and verified: for a digest, the Sigstore bundles attached to it as
 * OCI referrers (the referrers API, or the `sha256-<hex>` fallback tag index) and, when asked,
 * the ones GitHub's attestations API holds for it; each verified through the one verification
 * path (`verifySigstoreBundle`: exact SAN and issuer, an in-toto statement whose subject is this
 * digest), then judged by kind (evidence-predicates.ts). Nothing is written.
 *
 * Evidence that fails is not fatal while another bundle of the same kind passes (a registry
 * collects referrers from anyone who can push, so a stranger's or an old bundle beside the good
 * one changes nothing); a required kind with none passing is a problem that says why each
 * candidate failed.
 */
import type { Report } from '../action/report.js';
import { ConfigurationError } from '../errors.js';
import type { OciClient } from '../oci/client.js';
import { SHA256_DIGEST } from '../oci/media-types.js';
import { listReferrers } from '../oci/referrers.js';
import { listImageAttestations } from './attestations-api.js';
import { registryCandidates, type Candidate, judgeCandidate } from './evidence-candidates.js';
import {
  EVIDENCE_KINDS,
  type EvidenceKind,
  type EvidencePolicy,
  type EvidenceResult,
  type VerifiedEvidence,
} from './evidence-types.js';

export {
  EVIDENCE_KINDS,
  type EvidenceKind,
  type EvidencePolicy,
  type EvidenceResult,
  type VerifiedEvidence,
} from './evidence-types.js';
/** The predicate type of a cosign v3 signature of an image (defined beside the other predicate rules). */
export { COSIGN_SIGN_PREDICATE } from './evidence-predicates.js';

/** Every problem of a policy, each naming the field and the accepted form. */
export function evidencePolicyProblems(policy: EvidencePolicy): string[] {
  const problems: string[] = [];
  if (policy.require.length === 0) problems.push('require: name at least one of signature, sbom, provenance');
  for (const kind of policy.require)
    if (!EVIDENCE_KINDS.includes(kind))
      problems.push(`require: ${JSON.stringify(kind)} is none of signature, sbom, provenance`);
  if (!policy.identity)
    problems.push('certificate-identity: the exact SAN of the signing workflow is required');
  if (!policy.issuer) problems.push('certificate-oidc-issuer: the exact OIDC issuer is required');
  if (!Number.isInteger(policy.sbomMinComponents) || policy.sbomMinComponents < 0)
    problems.push(`sbom-min-components: ${policy.sbomMinComponents} is not a whole number >= 0`);
  if (policy.commit !== undefined && !/^[0-9a-f]{40}$/.test(policy.commit))
    problems.push(`commit: ${JSON.stringify(policy.commit)} is not a 40-character lower-case hex commit`);
  if (!['auto', 'true', 'false'].includes(policy.attestationsApi))
    problems.push(`attestations-api: ${JSON.stringify(policy.attestationsApi)} is none of auto, true, false`);
  if (policy.attestationsApi === 'true' && !policy.github)
    problems.push('attestations-api: true needs a GitHub client and repository');
  return problems;
}

/**
 * Finds and verifies every required kind for `digest`; one report row per required kind;
 * refusals are listed in `problems` (never thrown); transport and auth failures throw, and so
 * does a policy that is not whole (a ConfigurationError listing each problem). Writes nothing.
 */
export async function verifyImageEvidence(
  client: OciClient,
  repository: string,
  digest: string,
  policy: EvidencePolicy,
  report: Report,
): Promise<EvidenceResult> {
  const bad = evidencePolicyProblems(policy);
  if (!SHA256_DIGEST.test(digest))
    bad.push(`digest: ${JSON.stringify(digest)} is not sha256:<64 lowercase hex>`);
  if (bad.length > 0) throw new ConfigurationError(bad);
  const wanted = new Set(policy.require);

  const referrers = await listReferrers(client, repository, digest);
  const foundBy = referrers.source === 'api' ? 'referrers' : 'tag-index';
  const candidates: Candidate[] = registryCandidates(referrers.descriptors, foundBy);
  const reasons = new Map<EvidenceKind, string[]>([...wanted].map((k) => [k, []]));
  const passed = new Map<EvidenceKind, VerifiedEvidence>();
  const where = `${client.registry}/${repository}@${digest}`;

  const judgeAll = async (list: Candidate[]): Promise<void> => {
    for (const candidate of list) {
      // A kind already proven needs no more requests; a bundle whose annotation names a kind
      // not required, or a predicate that is no evidence here (a vulnerability scan), is not
      // fetched at all. Only a bundle without the annotation must be read to know its kind.
      if (candidate.annotated !== undefined && !candidate.hint) continue;
      if (candidate.hint && (!wanted.has(candidate.hint) || passed.has(candidate.hint))) continue;
      const verdict = await judgeCandidate(client, repository, digest, candidate, policy);
      if ('evidence' in verdict) {
        if (wanted.has(verdict.evidence.kind) && !passed.has(verdict.evidence.kind))
          passed.set(verdict.evidence.kind, verdict.evidence);
      } else {
        const kinds = verdict.kind ? [verdict.kind] : [...wanted];
        for (const k of kinds) reasons.get(k)?.push(`${candidate.label}: ${verdict.reason}`);
      }
    }
  };
  await judgeAll(candidates);

  const useApi =
    policy.attestationsApi === 'true' ||
    (policy.attestationsApi === 'auto' && candidates.length === 0 && policy.github !== undefined);
  let apiNote = 'the attestations API was not asked';
  if (useApi && policy.github && [...wanted].some((k) => !passed.has(k))) {
    const listed = await listImageAttestations(policy.github.client, policy.github.repository, digest);
    apiNote = `the attestations API of ${policy.github.repository} holds ${listed.length}`;
    await judgeAll(listed);
  }

  const verified: VerifiedEvidence[] = [];
  const problems: string[] = [];
  for (const kind of policy.require) {
    const good = passed.get(kind);
    if (good) {
      verified.push(good);
      report.pass(
        kind,
        `${good['predicate-type']} signed by ${good.identity} (${good['found-by']}, bundle ${good['bundle-digest']})`,
      );
      continue;
    }
    const why = reasons.get(kind) ?? [];
    const seen = `${candidates.length} Sigstore bundle referrer${candidates.length === 1 ? '' : 's'} (${
      referrers.source === 'none' ? 'no referrers API, no fallback tag index' : foundBy
    }); ${apiNote}`;
    const problem =
      why.length === 0
        ? `no ${kind} evidence for ${where}: ${seen}`
        : `no ${kind} evidence for ${where} verifies (${seen}): ${why.join('; ')}`;
    problems.push(problem);
    report.fail(kind, problem);
  }
  return { verified, problems };
}
