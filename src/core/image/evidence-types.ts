/*
 * The types of image evidence shared by evidence.ts (which exports them: import them from there)
 * and the modules it is made of, kept apart so those modules do not import evidence.ts back.
 */
import type { TrustMaterial } from '@sigstore/verify';
import type { GitHubClient } from '../github/client.js';

/** The kinds of evidence a digest can be required to carry. */
export type EvidenceKind = 'signature' | 'sbom' | 'provenance';
export const EVIDENCE_KINDS: readonly EvidenceKind[] = ['signature', 'sbom', 'provenance'];

/** What the evidence must prove. */
export interface EvidencePolicy {
  require: readonly EvidenceKind[];
  /** The exact SAN (certificate-identity), compared whole. */
  identity: string;
  /** The exact OIDC issuer. */
  issuer: string;
  /** From @sigstore/verify (what core/sigstore/trust.ts loads). */
  trust: TrustMaterial;
  sbomMinComponents: number;
  /** 40-hex: a provenance must name exactly this commit (its resolvedDependencies' gitCommit). */
  commit?: string;
  /** `auto`: the attestations API only when the registry holds no evidence; `true` always; `false` never. */
  attestationsApi: 'auto' | 'true' | 'false';
  /** For `GET /repos/{o}/{r}/attestations/sha256:…`. */
  github?: { client: GitHubClient; repository: string };
}

/** One piece of evidence that verified (promote-image's `verified` output, one entry). */
export interface VerifiedEvidence {
  kind: EvidenceKind;
  'predicate-type': string;
  identity: string;
  issuer: string;
  /** sha256 of the bundle's bytes (the referrer's layer; for the API, of the bundle's JSON as served). */
  'bundle-digest': string;
  'found-by': 'referrers' | 'tag-index' | 'attestations-api';
}

export interface EvidenceResult {
  verified: VerifiedEvidence[];
  problems: string[];
}
