/*
 * Lies the attestations listing (`GET /repos/{o}/{r}/attestations/{subject_digest}`) can tell,
 * per repository, so that every check of a verifier has a test in which the API hands it the
 * wrong attestation and it must say no (issue 22, "Emulators"):
 * - `forbidden`: 403 as GitHub answers a fine-grained token without `attestations: read`
 *   (GitHub's REST docs, "List attestations": "when using a fine-grained access token the
 *   attestations:read permission is required"); GitHub's message for a token that lacks a
 *   permission, and the `X-Accepted-GitHub-Permissions` header naming the one that would do
 *   (docs, "Troubleshooting the REST API": "Resource not accessible by integration");
 * - `other-digest`: the listing ignores the subject digest and serves the repository's
 *   attestations of every digest: an attestation for another artifact;
 * - `other-workflow`, `other-commit`, `self-hosted`: each stored attestation is served as the run
 *   of another workflow (`.github/workflows/other.yml`), of another commit, or on a self-hosted
 *   runner would have made it: its SLSA predicate rewritten to agree, and re-signed with a token
 *   whose claims say so, so the certificate's GitHub extensions say so too (the Sigstore
 *   emulator's Fulcio fills them from the token). Only the check of that one fact can refuse it.
 *
 * The emulator holds no Fulcio of its own: a test that switches on a re-signing fault gives the
 * `forger` (a DSSE signer for a token with claims overridden), usually the Sigstore emulator
 * through the core's SigningSession. A re-signing fault without one throws, so a test cannot
 * pass because its lie was never told. Never bundled into dist.
 */
import { BaseError } from '../../core/errors.js';
import type { GitHubState } from './state.js';

/** A fault switched on that the emulator cannot tell (a re-signing one without a forger). */
export class AttestationFaultError extends BaseError<'NO_FORGER'> {}

export type ListingFault = 'forbidden' | 'other-digest' | 'other-workflow' | 'other-commit' | 'self-hosted';

/** The faults that serve a re-signed bundle (they need a forger). */
const RESIGNING: readonly ListingFault[] = ['other-workflow', 'other-commit', 'self-hosted'];

/** Signs `payload` (an in-toto statement) as a DSSE bundle with a token whose claims are the defaults with `claims` over them. */
export type AttestationForger = (
  payload: Buffer,
  claims: Record<string, unknown>,
) => Promise<Record<string, unknown>>;

/** The workflow file the `other-workflow` fault names. */
export const OTHER_WORKFLOW_PATH = '.github/workflows/other.yml';

/** The commit of `other-commit`: the predicate's, its last hex digit changed. */
export const otherCommit = (commit: string) => commit.replace(/.$/, (c) => (c === '0' ? '1' : '0'));

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});

/** The listing faults of one emulator (by its state). */
export class AttestationListing {
  private readonly faults = new Map<string, ListingFault>();
  private readonly forged = new Map<string, Promise<Json>>();
  /** Signs the re-signed lies; set by a test that switches on `other-workflow`, `other-commit` or `self-hosted`. */
  forger?: AttestationForger;
  /** How many bundles a re-signing fault served instead of the stored ones. */
  served = 0;

  /** Makes the listing of one repository (`owner/name`) lie. */
  fault(repository: string, kind: ListingFault): void {
    if (RESIGNING.includes(kind) && !this.forger)
      throw new AttestationFaultError(
        'NO_FORGER',
        `the attestation fault ${kind} re-signs bundles: set the listing's forger first`,
      );
    this.faults.set(repository.toLowerCase(), kind);
  }

  /** The fault of a repository, if any. */
  faultOf(repository: string): ListingFault | undefined {
    return this.faults.get(repository.toLowerCase());
  }

  /** Ends every fault. */
  clearFaults(): void {
    this.faults.clear();
  }

  /**
   * The bundle served in place of `bundle` (stored as `id`) under a re-signing fault, or the
   * bundle itself under any other. Forged once per attestation and fault.
   */
  async serve(id: number, bundle: Json, kind: ListingFault | undefined): Promise<Json> {
    if (kind === undefined || !RESIGNING.includes(kind)) return bundle;
    const key = `${id}:${kind}`;
    let forged = this.forged.get(key);
    if (!forged) {
      forged = this.forge(bundle, kind);
      this.forged.set(key, forged);
    }
    this.served++;
    return forged;
  }

  private async forge(bundle: Json, kind: ListingFault): Promise<Json> {
    const envelope = obj(bundle.dsseEnvelope);
    const statement = JSON.parse(Buffer.from(String(envelope.payload), 'base64').toString('utf8')) as Json;
    const predicate = obj(statement.predicate);
    const definition = obj(predicate.buildDefinition);
    const workflow = obj(obj(definition.externalParameters).workflow);
    // `https://github.com/owner/repo` → `owner/repo`, as the token's `repository` claim names it.
    const repositoryUri = String(workflow.repository ?? '');
    const repository = repositoryUri.replace(/^https?:\/\/[^/]+\//, '');
    const ref = String(workflow.ref ?? '');
    const claims: Json = {};
    if (kind === 'other-workflow') {
      const workflowRef = `${repository}/${OTHER_WORKFLOW_PATH}@${ref}`;
      claims.workflow_ref = workflowRef;
      claims.job_workflow_ref = workflowRef;
      workflow.path = OTHER_WORKFLOW_PATH;
      const builder = obj(obj(predicate.runDetails).builder);
      if (typeof builder.id === 'string') builder.id = `${new URL(repositoryUri).origin}/${workflowRef}`;
    } else if (kind === 'other-commit') {
      const dependencies = Array.isArray(definition.resolvedDependencies)
        ? (definition.resolvedDependencies as Json[])
        : [];
      const commit = String(obj(dependencies[0]?.digest).gitCommit ?? '');
      claims.sha = otherCommit(commit);
      claims.workflow_sha = claims.sha;
      for (const d of dependencies) if (obj(d.digest).gitCommit) obj(d.digest).gitCommit = claims.sha;
    } else {
      claims.runner_environment = 'self-hosted';
      const github = obj(obj(definition.internalParameters).github);
      if ('runner_environment' in github) github.runner_environment = 'self-hosted';
    }
    return this.forger!(Buffer.from(JSON.stringify(statement)), claims);
  }
}

const listings = new WeakMap<GitHubState, AttestationListing>();

/** The attestation listing faults of an emulator (by its state). */
export function attestationListing(state: GitHubState): AttestationListing {
  let listing = listings.get(state);
  if (!listing) {
    listing = new AttestationListing();
    listings.set(state, listing);
  }
  return listing;
}
