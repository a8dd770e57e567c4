/*
 * SLSA v1 build provenance as GitHub's own attestations carry it, built from the job's OIDC token.
 *
 * Sources of the format:
 * - the predicate builder of `@actions/attest` (actions/toolkit packages/attest/src/provenance.ts,
 *   `buildSLSAProvenancePredicate`, which actions/attest-build-provenance runs): predicate type
 *   `https://slsa.dev/provenance/v1`, build type `https://actions.github.io/buildtypes/workflow/v1`,
 *   `externalParameters.workflow` {ref, repository, path} split from the `workflow_ref` claim,
 *   `internalParameters.github` {event_name, repository_id, repository_owner_id,
 *   runner_environment}, one resolved dependency `git+${server}/${repository}@${ref}` with
 *   `digest.gitCommit` = `sha`, `runDetails.builder.id` = `${server}/${job_workflow_ref}` and
 *   `runDetails.metadata.invocationId` = `${server}/${repository}/actions/runs/${run_id}/attempts/${run_attempt}`;
 * - the SLSA provenance v1 spec (slsa.dev/spec/v1.0/provenance): `buildDefinition` {buildType,
 *   externalParameters, internalParameters, resolvedDependencies} and `runDetails` {builder.id,
 *   metadata.invocationId};
 * - the buildType's definition (github.com/actions/buildtypes, workflow/v1): the same fields;
 * - in-toto statement v1 (github.com/in-toto/attestation spec/v1/statement.md): `_type`,
 *   `subject` [{name, digest}], `predicateType`, `predicate`; actions/attest names a file's subject
 *   by its basename.
 *
 * Every value comes from the token's claims and never from environment variables: an earlier step
 * can rewrite `GITHUB_SHA` or `GITHUB_REF` through `GITHUB_ENV`, but not the token GitHub signed.
 * This module is pure: no I/O, no clock.
 */
import * as path from 'node:path';
import { hashFile } from '../digest.js';
import { BaseError, quote } from '../errors.js';
import { IN_TOTO_STATEMENT_V1 } from '../intoto.js';

/** The predicate type of SLSA provenance v1. */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** GitHub's build type for a workflow run (what @actions/attest writes). */
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';

/**
 * Why provenance cannot be built or was not what was signed:
 * - `MISSING_CLAIM`: the OIDC token lacks a claim the predicate is built from (or it is empty);
 * - `BAD_CLAIM`: a claim is there but not of the form GitHub issues (a `sha` that is not 40 hex,
 *   a `workflow_ref` outside the token's repository);
 * - `DUPLICATE_SUBJECT`: two files share a basename but not their bytes (one name, two digests);
 * - `STATEMENT_MISMATCH`: the verified statement is not the one built (subjects or predicate).
 */
export type ProvenanceCode = 'MISSING_CLAIM' | 'BAD_CLAIM' | 'DUPLICATE_SUBJECT' | 'STATEMENT_MISMATCH';

export class ProvenanceError extends BaseError<ProvenanceCode> {}

/** The claims the predicate is built from, in the order the contract names them. */
export const PROVENANCE_CLAIMS = [
  'ref',
  'sha',
  'repository',
  'repository_id',
  'repository_owner_id',
  'event_name',
  'workflow_ref',
  'job_workflow_ref',
  'runner_environment',
  'run_id',
  'run_attempt',
] as const;

export type ProvenanceClaim = (typeof PROVENANCE_CLAIMS)[number];

/** The token's claims the predicate needs, each a non-empty string (GitHub writes ids as strings). */
export type ProvenanceClaims = Record<ProvenanceClaim, string>;

/**
 * Reads the provenance claims of a token. Every missing, empty or non-string claim is named in
 * one error (`MISSING_CLAIM`): GitHub writes every one as a string (ids too), and the predicate
 * carries each exactly as the token has it. A claim of the wrong form is `BAD_CLAIM`.
 */
export function readProvenanceClaims(claims: Record<string, unknown>): ProvenanceClaims {
  const out = {} as ProvenanceClaims;
  const missing: string[] = [];
  for (const name of PROVENANCE_CLAIMS) {
    const value = claims[name];
    if (typeof value === 'string' && value !== '') out[name] = value;
    else missing.push(value === undefined ? name : `${name} (got ${quote(value)})`);
  }
  if (missing.length > 0) {
    throw new ProvenanceError(
      'MISSING_CLAIM',
      `The OIDC token lacks the claim${missing.length === 1 ? '' : 's'} ${missing.join(', ')}, ` +
        'which the provenance is built from; a GitHub Actions token carries every one.',
    );
  }
  const bad: string[] = [];
  if (!/^[0-9a-f]{40}$/.test(out.sha)) bad.push(`sha is ${quote(out.sha)}, not a 40-hex commit`);
  // A control character or a space cannot be in a ref GitHub issues; in a URI it would change its meaning.
  for (const name of PROVENANCE_CLAIMS) {
    if (/[\s\p{Cc}]/u.test(out[name]))
      bad.push(`${name} is ${quote(out[name])}, which holds a space or a control character`);
  }
  if (!out.workflow_ref.startsWith(`${out.repository}/`) || !out.workflow_ref.includes('@')) {
    bad.push(
      `workflow_ref is ${quote(out.workflow_ref)}, not '${out.repository}/<path>@<ref>' (the token's repository)`,
    );
  }
  if (!/^[^@]+@.+$/.test(out.job_workflow_ref)) {
    bad.push(`job_workflow_ref is ${quote(out.job_workflow_ref)}, not '<owner>/<repo>/<path>@<ref>'`);
  }
  if (bad.length > 0)
    throw new ProvenanceError('BAD_CLAIM', `The OIDC token's claims are not GitHub's: ${bad.join('; ')}.`);
  return out;
}

/** The SLSA v1 predicate of a workflow run (see the sources at the top). */
export interface ProvenancePredicate {
  buildDefinition: {
    buildType: string;
    externalParameters: { workflow: { ref: string; repository: string; path: string } };
    internalParameters: {
      github: {
        event_name: string;
        repository_id: string;
        repository_owner_id: string;
        runner_environment: string;
      };
    };
    resolvedDependencies: { uri: string; digest: { gitCommit: string } }[];
  };
  runDetails: { builder: { id: string }; metadata: { invocationId: string } };
}

/**
 * Builds the predicate. `serverUrl` is `GITHUB_SERVER_URL` (the one value not in the token; the
 * certificate's SAN is built from it too, so a wrong one fails the verification right after).
 * The workflow's path and ref are split at the first `@` after the repository, so a tag that
 * holds `@` (`pkg@1.2.3`) stays whole, as @actions/attest splits it.
 */
export function buildProvenancePredicate(claims: ProvenanceClaims, serverUrl: string): ProvenancePredicate {
  const server = serverUrl.replace(/\/+$/, '');
  const rest = claims.workflow_ref.slice(claims.repository.length + 1);
  const at = rest.indexOf('@');
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: {
          ref: rest.slice(at + 1),
          repository: `${server}/${claims.repository}`,
          path: rest.slice(0, at),
        },
      },
      internalParameters: {
        github: {
          event_name: claims.event_name,
          repository_id: claims.repository_id,
          repository_owner_id: claims.repository_owner_id,
          runner_environment: claims.runner_environment,
        },
      },
      resolvedDependencies: [
        { uri: `git+${server}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } },
      ],
    },
    runDetails: {
      builder: { id: `${server}/${claims.job_workflow_ref}` },
      metadata: {
        invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
      },
    },
  };
}

/** A file subject: its basename and sha256 (lower-case hex). */
export interface FileSubject {
  name: string;
  digest: { sha256: string };
}

/**
 * The subjects of the files, in the order given, one per distinct (name, digest). Two files with
 * one basename and the same bytes are one subject; with different bytes a verifier could not
 * tell which one the name means, so it is refused.
 */
export function fileSubjects(files: readonly { name: string; sha256: string }[]): FileSubject[] {
  const byName = new Map<string, string>();
  const out: FileSubject[] = [];
  for (const file of files) {
    const seen = byName.get(file.name);
    if (seen === undefined) {
      byName.set(file.name, file.sha256);
      out.push({ name: file.name, digest: { sha256: file.sha256 } });
    } else if (seen !== file.sha256) {
      throw new ProvenanceError(
        'DUPLICATE_SUBJECT',
        `Two files are named ${quote(file.name)} with different contents (sha256 ${seen} and ${file.sha256}); ` +
          'a subject is named by its basename, so narrow the files globs to one of them.',
      );
    }
  }
  return out;
}

/** The subjects of files on disk: each hashed (streamed), named by its basename, as {@link fileSubjects}. */
export async function hashFileSubjects(files: readonly string[]): Promise<FileSubject[]> {
  const hashed: { name: string; sha256: string }[] = [];
  for (const file of files)
    hashed.push({ name: path.basename(file), sha256: (await hashFile(file, ['sha256'])).sha256 });
  return fileSubjects(hashed);
}

/** The in-toto v1 statement: the subjects and the provenance predicate. */
export interface ProvenanceStatement {
  _type: typeof IN_TOTO_STATEMENT_V1;
  subject: FileSubject[];
  predicateType: typeof SLSA_PROVENANCE_V1;
  predicate: ProvenancePredicate;
}

export function provenanceStatement(
  subjects: FileSubject[],
  predicate: ProvenancePredicate,
): ProvenanceStatement {
  return { _type: IN_TOTO_STATEMENT_V1, subject: subjects, predicateType: SLSA_PROVENANCE_V1, predicate };
}

/**
 * The runner's variables that say the same as a claim, and the claim. Where one is set and
 * differs, the token wins (it is what GitHub signed); the caller warns, naming the variable.
 */
const ENV_OF_CLAIM = [
  ['GITHUB_SHA', 'sha'],
  ['GITHUB_REF', 'ref'],
  ['GITHUB_REPOSITORY', 'repository'],
] as const;

/** One warning per variable that disagrees with the token (an unset variable says nothing). */
export function environmentDisagreements(claims: ProvenanceClaims, env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  for (const [variable, claim] of ENV_OF_CLAIM) {
    const value = env[variable];
    if (value === undefined || value === '' || value === claims[claim]) continue;
    out.push(
      `${variable} is ${quote(value)} but the OIDC token's ${claim} claim is ${quote(claims[claim])}: ` +
        "the provenance names the token's value (an earlier step may have changed the variable).",
    );
  }
  return out;
}
