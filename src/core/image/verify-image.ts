/*
 * promote-image's checks without the writing, composed once for the CLI's `verify-image`: the
 * subject resolved once (exact bytes, platforms, their manifests present), then every required
 * kind of evidence for that digest. A platforms refusal does not stop the evidence checks, so
 * one run reports every failed check; a digest the registry does not hold does (there is nothing
 * to find evidence for).
 */
import type { Report } from '../action/report.js';
import type { OciClient } from '../oci/client.js';
import { ImageSubjectError } from './errors.js';
import { type EvidencePolicy, type EvidenceResult, verifyImageEvidence } from './evidence.js';
import { type ImageSubject, resolveImageSubject } from './subject.js';

export interface ImageVerification {
  subject?: ImageSubject;
  evidence?: EvidenceResult;
  /** Every refusal, subject and evidence alike; empty when all passed. */
  problems: string[];
}

/** Verifies `reference` (a digest) as promote-image would before writing; rows go to `report`. Writes nothing. */
export async function verifyImage(
  client: OciClient,
  repository: string,
  reference: string,
  platforms: readonly string[],
  report: Report,
  policy: EvidencePolicy,
): Promise<ImageVerification> {
  const problems: string[] = [];
  let subject: ImageSubject | undefined;
  let digest = reference;
  try {
    subject = await resolveImageSubject(client, repository, reference, platforms, report);
    digest = subject.digest;
  } catch (error) {
    if (!(error instanceof ImageSubjectError)) throw error;
    problems.push(...error.problems);
    // Nothing to find evidence for: no such digest, or no digest at all (a tag that is gone).
    if (error.code !== 'PLATFORMS' || !digest.startsWith('sha256:')) return { problems };
  }
  const evidence = await verifyImageEvidence(client, repository, digest, policy, report);
  problems.push(...evidence.problems);
  return { ...(subject ? { subject } : {}), evidence, problems };
}
