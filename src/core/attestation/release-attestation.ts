/*
 * GitHub's release attestation: the seal GitHub signs when an immutable release is published.
 * Verifying it closes the loop from "we uploaded these bytes" to "GitHub has sealed exactly
 * these bytes under this tag". This module is the one import for undraft and the CLI; the work
 * is split by concern:
 * - trust.ts: the signer's trust domain and SAN, and GitHub's Sigstore trusted root;
 * - judge.ts: one attestation against the expected release (the format, and where it comes from);
 * - wait.ts: listing a commit's attestations and waiting for the one of this release.
 */
export {
  AttestationTrustError,
  GITHUB_TUF_MIRROR,
  loadAttestationTrust,
  releaseSan,
  trustDomainOf,
  type AttestationTrustCode,
} from './trust.js';
export {
  judgeAttestation,
  RELEASE_PREDICATE_TYPE,
  RELEASE_PREDICATE_V01,
  RELEASE_PREDICATE_V02,
  releasePurls,
  type ExpectedRelease,
  type Judgement,
} from './judge.js';
export { listReleaseAttestations, waitForReleaseAttestation, type WaitResult } from './wait.js';
