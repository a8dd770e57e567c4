/*
 * One candidate piece of evidence, judged: a Sigstore bundle referrer (or a bundle from GitHub's
 * attestations API), fetched by digest and checked link by link, each link whole:
 * - the referrer manifest is fetched by the digest the referrers list names (the client checks
 *   the body's sha256) and its `subject` must be exactly the image's digest: a referrer listed
 *   under this image but about another one is not this image's evidence;
 * - its one layer is the bundle, of a Sigstore bundle media type, fetched by digest with the
 *   size the manifest declares as the limit;
 * - the bundle verifies through the one verification path (exact SAN and issuer, an in-toto
 *   statement whose subject is this digest), then its predicate is judged by kind.
 *
 * Layouts read: the contract's "Container images" (cosign v3, actions/attest), and what
 * `@sigstore/oci` 0.7.2 (actions/attest's writer) attaches: its manifest's `artifactType` and
 * layer media type are the bundle's own media type, v0.3 (`…bundle.v0.3+json`) today, v0.2
 * (`…bundle+json;version=0.2`) from sigstore-js before v0.3 bundles (sigstore-js
 * `@sigstore/bundle` BUNDLE_V02_MEDIA_TYPE), so both are read.
 */
import { createHash } from 'node:crypto';
import { BaseError, messageOf } from '../errors.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../intoto.js';
import { SIGSTORE_BUNDLE_V03 } from '../oci/bundle-referrer.js';
import type { OciClient } from '../oci/client.js';
import { OciError } from '../oci/errors.js';
import { type Descriptor, OCI_MANIFEST, SHA256_DIGEST } from '../oci/media-types.js';
import { MAX_BLOB_BYTES } from '../oci/transport.js';
import { quote } from '../quote.js';
import { readGitHubExtensions } from '../sigstore/github-extensions.js';
import { verifySigstoreBundle } from '../sigstore/verify.js';
import type { EvidenceKind, EvidencePolicy, VerifiedEvidence } from './evidence-types.js';
import { kindOf, predicateProblem } from './evidence-predicates.js';

/** The media types of a Sigstore bundle read as evidence (see the top). */
export const SIGSTORE_BUNDLE_TYPES: readonly string[] = [
  SIGSTORE_BUNDLE_V03,
  'application/vnd.dev.sigstore.bundle+json;version=0.2',
];

const PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType';

/** A bundle that may be evidence: a referrer to fetch, or a bundle in hand. */
export interface Candidate {
  /** For messages: `referrer sha256:… (tag-index)`. */
  label: string;
  foundBy: VerifiedEvidence['found-by'];
  /** The kind its predicate-type annotation names, when it has one: a bundle of a kind not required is not fetched. */
  hint?: EvidenceKind;
  /** The predicate type its annotation names. */
  annotated?: string;
  /** A referrer: the manifest's digest. */
  manifest?: Descriptor;
  /** A bundle from the attestations API: its JSON text. */
  bundle?: string;
}

/** The Sigstore bundle referrers among a referrers list, each a candidate. */
export function registryCandidates(
  descriptors: readonly Descriptor[],
  foundBy: 'referrers' | 'tag-index',
): Candidate[] {
  return descriptors
    .filter((d) => d.artifactType !== undefined && SIGSTORE_BUNDLE_TYPES.includes(d.artifactType))
    .map((d) => {
      const annotated = d.annotations?.[PREDICATE_ANNOTATION];
      const hint = typeof annotated === 'string' ? kindOf(annotated) : undefined;
      return {
        label: `referrer ${d.digest} (${foundBy})`,
        foundBy,
        manifest: d,
        ...(typeof annotated === 'string' ? { annotated } : {}),
        ...(hint ? { hint } : {}),
      };
    });
}

/** A candidate's verdict: evidence, or why not (and of which kind, when that is known). */
export type CandidateVerdict = { evidence: VerifiedEvidence } | { reason: string; kind?: EvidenceKind };

/** Reasons a registry gives about one referrer: that referrer fails, the others are still judged. */
export const REFERRER_FAULTS: readonly string[] = ['NOT_FOUND', 'DIGEST_MISMATCH', 'BAD_ANSWER', 'TOO_LARGE'];

/** Fetches (for a referrer) and verifies one candidate; transport and auth failures throw. */
export async function judgeCandidate(
  client: OciClient,
  repository: string,
  digest: string,
  candidate: Candidate,
  policy: EvidencePolicy,
): Promise<CandidateVerdict> {
  const kind = candidate.hint;
  let text: string;
  if (candidate.bundle !== undefined) {
    text = candidate.bundle;
  } else {
    try {
      const fetched = await fetchReferrerBundle(client, repository, digest, candidate);
      if (typeof fetched !== 'string') return { ...fetched, ...(kind ? { kind } : {}) };
      text = fetched;
    } catch (error) {
      if (error instanceof OciError && REFERRER_FAULTS.includes(error.code))
        return { reason: error.message, ...(kind ? { kind } : {}) };
      throw error;
    }
  }
  return judgeBundle(text, digest, candidate, policy);
}

/**
 * The referrer's bundle text, or why the referrer is not a bundle about this digest (its
 * `subject`, `artifactType`, annotation and one layer each checked). Also read by the CLI's
 * `verify-attestation oci://…` (core/attestation/image-bundles.ts).
 */
export async function fetchReferrerBundle(
  client: OciClient,
  repository: string,
  digest: string,
  candidate: Candidate,
): Promise<string | { reason: string }> {
  const named = candidate.manifest!.digest;
  const manifest = await client.getManifest(repository, named);
  if (!manifest)
    return { reason: `the referrers list names the manifest ${named}, which is not in the registry` };
  if (manifest.mediaType !== OCI_MANIFEST)
    return { reason: `the referrer is a ${quote(manifest.mediaType)}, not an OCI image manifest` };
  const subject = (manifest.json.subject as { digest?: unknown } | undefined)?.digest;
  if (subject !== digest) return { reason: `the referrer's subject is ${quote(subject)}, not ${digest}` };
  const artifactType = manifest.json.artifactType;
  if (typeof artifactType !== 'string' || !SIGSTORE_BUNDLE_TYPES.includes(artifactType))
    return { reason: `the referrer's artifactType is ${quote(artifactType)}, not a Sigstore bundle` };
  const annotated = (manifest.json.annotations as Record<string, unknown> | undefined)?.[
    PREDICATE_ANNOTATION
  ];
  if (candidate.annotated !== undefined && annotated !== candidate.annotated)
    return {
      reason: `the referrers list says the predicate type is ${quote(candidate.annotated)}, the referrer itself ${quote(annotated)}`,
    };
  if (typeof annotated === 'string') candidate.annotated = annotated;
  const layers = manifest.json.layers;
  if (!Array.isArray(layers) || layers.length !== 1)
    return {
      reason: `the referrer has ${Array.isArray(layers) ? layers.length : 'no'} layers, not one bundle`,
    };
  const layer = layers[0] as Partial<Descriptor> | null;
  if (
    !layer ||
    typeof layer.mediaType !== 'string' ||
    !SIGSTORE_BUNDLE_TYPES.includes(layer.mediaType) ||
    typeof layer.digest !== 'string' ||
    !SHA256_DIGEST.test(layer.digest) ||
    typeof layer.size !== 'number' ||
    !Number.isInteger(layer.size) ||
    layer.size < 0
  )
    return {
      reason: "the referrer's layer is not a Sigstore bundle descriptor with a sha256 digest and size",
    };
  if (layer.size > MAX_BLOB_BYTES)
    return { reason: `the referrer's bundle is ${layer.size} bytes, over the ${MAX_BLOB_BYTES}-byte limit` };
  // The declared size is the limit: a registry that serves more is refused before it is hashed.
  const bytes = await client.getBlob(repository, layer.digest, Math.max(layer.size, 1));
  return bytes.toString('utf8');
}

/** Verifies a bundle's text for `digest` and judges its predicate. */
async function judgeBundle(
  text: string,
  digest: string,
  candidate: Candidate,
  policy: EvidencePolicy,
): Promise<CandidateVerdict> {
  const hinted = candidate.annotated !== undefined ? kindOf(candidate.annotated) : candidate.hint;
  const withKind = (reason: string, kind = hinted): CandidateVerdict => ({
    reason,
    ...(kind ? { kind } : {}),
  });
  let verified;
  try {
    verified = await verifySigstoreBundle(text, policy.trust, {
      signer: { identity: policy.identity, issuer: policy.issuer },
      artifact: { sha256: Buffer.from(digest.slice('sha256:'.length), 'hex') },
      payloadType: IN_TOTO_PAYLOAD_TYPE,
    });
  } catch (error) {
    // Anyone who can push can attach a bundle: a broken or foreign one is this candidate's
    // failure, never the end of the search.
    return withKind(error instanceof BaseError ? error.message : `unreadable bundle: ${messageOf(error)}`);
  }
  const statement = verified.statement;
  if (!statement) return withKind('the bundle holds no in-toto statement');
  if (statement.subjects.length !== 1 || statement.subjectProblems.length > 0)
    return withKind(
      `the statement has ${statement.subjects.length} subjects${statement.subjectProblems.length ? ` (${statement.subjectProblems.join('; ')})` : ''}, not the one image`,
    );
  const kind = kindOf(statement.predicateType);
  if (!kind)
    return withKind(
      `the predicate type ${quote(statement.predicateType)} is not a signature, SBOM or provenance`,
    );
  if (candidate.annotated !== undefined && candidate.annotated !== statement.predicateType)
    return withKind(
      `the referrer is annotated ${quote(candidate.annotated)} but the signed statement is ${quote(statement.predicateType)}`,
    );
  // A provenance must be from the commit asked for twice over: its predicate says so (below),
  // and so does the certificate Fulcio issued from the run's token (Source Repository Digest,
  // 1.3.6.1.4.1.57264.1.13 = the token's `sha`; github-extensions.ts), which the predicate's
  // author cannot choose.
  if (kind === 'provenance' && policy.commit !== undefined) {
    let source: string | undefined;
    try {
      source = verified.certificate
        ? readGitHubExtensions(verified.certificate).sourceRepositoryDigest
        : undefined;
    } catch (error) {
      return withKind(messageOf(error), kind);
    }
    if (source !== policy.commit)
      return withKind(
        `the certificate's source commit (1.3.6.1.4.1.57264.1.13) is ${quote(source ?? 'absent')}, not ${policy.commit}`,
        kind,
      );
  }
  const problem = predicateProblem(kind, statement, {
    identity: verified.identity!,
    sbomMinComponents: policy.sbomMinComponents,
    ...(policy.commit !== undefined ? { commit: policy.commit } : {}),
  });
  if (problem) return withKind(problem, kind);
  return {
    evidence: {
      kind,
      'predicate-type': statement.predicateType,
      identity: verified.identity!,
      issuer: verified.issuer!,
      'bundle-digest': `sha256:${createHash('sha256').update(text).digest('hex')}`,
      'found-by': candidate.foundBy,
    },
  };
}
