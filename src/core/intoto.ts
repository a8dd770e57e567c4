/*
 * in-toto statements, the one reader: the constants, the statement a DSSE envelope carries, and
 * its subjects as ResourceDescriptors. Every verifier that reads a statement (a DSSE bundle's
 * subject check, GitHub's release attestation, provenance and image attestations to come) reads
 * it here, so a statement means the same thing to all of them.
 *
 * Formats, from the in-toto Attestation Framework (github.com/in-toto/attestation):
 * - spec/v1/envelope.md: the DSSE payload type of a statement is `application/vnd.in-toto+json`;
 * - spec/v1/statement.md: `_type` `https://in-toto.io/Statement/v1`, `subject` (a non-empty list
 *   of ResourceDescriptors), `predicateType` (a URI) and `predicate` (an object); v0.1 statements
 *   (`https://in-toto.io/Statement/v0.1`, older SLSA provenance) have the same shape;
 * - spec/v1/resource_descriptor.md: `name`, `uri`, `digest` (a DigestSet: algorithm → lower-case
 *   hex), `content`, `downloadLocation`, `mediaType`, `annotations`, every field optional but at
 *   least one of `uri`, `digest` and `content` present; the predicate decides which it needs.
 */
import { BaseError } from './errors.js';
import { quote } from './quote.js';

/** The DSSE payload type of an in-toto statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The statement type of in-toto v1. */
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The statement type of in-toto v0.1 (same fields; still written by older SLSA provenance). */
export const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';

/**
 * Why a payload is not a statement:
 * - `PAYLOAD_TYPE`: the DSSE payload type is not in-toto's;
 * - `NOT_JSON`: the payload is not JSON text;
 * - `NOT_STATEMENT`: JSON, but not a statement (no object, unknown `_type`, no subject list,
 *   no predicate type).
 */
export type InTotoCode = 'PAYLOAD_TYPE' | 'NOT_JSON' | 'NOT_STATEMENT';

export class InTotoError extends BaseError<InTotoCode> {
  constructor(code: InTotoCode, message: string) {
    super(code, message);
    this.name = 'InTotoError';
  }
}

/** A subject, as written: only the fields a verifier reads, each present only when of the right type. */
export interface ResourceDescriptor {
  name?: string;
  uri?: string;
  /** Algorithm → digest, every value a string (not checked for form: the predicate decides). */
  digest: Record<string, string>;
}

/** A parsed statement. `subjects` keeps the raw order; `predicate` is `{}` when absent. */
export interface Statement {
  type: string;
  subjects: ResourceDescriptor[];
  /** Subject fields of the wrong type, in words (dropped from `subjects`); a strict predicate refuses them. */
  subjectProblems: string[];
  predicateType: string;
  predicate: Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads one subject. Fields of another type than the spec's are dropped (so a verifier asking
 * for a `uri` never gets a number), and a digest value that is not a string is dropped with it.
 * Returns the problems found, so a caller that must fail closed can say why.
 */
export function readResourceDescriptor(raw: unknown): { descriptor: ResourceDescriptor; problems: string[] } {
  const problems: string[] = [];
  const descriptor: ResourceDescriptor = { digest: {} };
  if (!isObject(raw)) return { descriptor, problems: [`a subject is not an object (${quote(raw)})`] };
  if (typeof raw.name === 'string') descriptor.name = raw.name;
  else if (raw.name !== undefined) problems.push(`a subject's name is not a string (${quote(raw.name)})`);
  if (typeof raw.uri === 'string') descriptor.uri = raw.uri;
  else if (raw.uri !== undefined) problems.push(`a subject's uri is not a string (${quote(raw.uri)})`);
  if (isObject(raw.digest)) {
    for (const [algorithm, value] of Object.entries(raw.digest)) {
      if (typeof value === 'string') descriptor.digest[algorithm] = value;
      else problems.push(`a subject's ${algorithm} digest is not a string (${quote(value)})`);
    }
  } else if (raw.digest !== undefined) {
    problems.push(`a subject's digest is not an object (${quote(raw.digest)})`);
  }
  return { descriptor, problems };
}

/**
 * Parses a DSSE payload as an in-toto statement (v1 or v0.1). Throws {@link InTotoError} for a
 * payload type other than in-toto's, text that is not JSON, or JSON that is not a statement.
 * Subjects are read with {@link readResourceDescriptor}; a malformed subject is kept (with what
 * could be read) for the caller's rules to judge, never dropped silently.
 */
export function parseStatement(payloadType: string, payload: Uint8Array): Statement {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new InTotoError(
      'PAYLOAD_TYPE',
      `the DSSE payload type is ${quote(payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload).toString('utf8'));
  } catch {
    throw new InTotoError('NOT_JSON', 'the DSSE payload is not JSON');
  }
  if (!isObject(json)) throw new InTotoError('NOT_STATEMENT', 'the in-toto statement is not a JSON object');
  const type = json._type;
  if (type !== IN_TOTO_STATEMENT_V1 && type !== IN_TOTO_STATEMENT_V01) {
    throw new InTotoError(
      'NOT_STATEMENT',
      `the statement type is ${quote(type)}, not ${IN_TOTO_STATEMENT_V1} (or ${IN_TOTO_STATEMENT_V01})`,
    );
  }
  if (!Array.isArray(json.subject))
    throw new InTotoError('NOT_STATEMENT', 'the statement has no subject list');
  if (typeof json.predicateType !== 'string' || json.predicateType === '') {
    throw new InTotoError('NOT_STATEMENT', `the statement's predicate type is ${quote(json.predicateType)}`);
  }
  if (json.predicate !== undefined && !isObject(json.predicate)) {
    throw new InTotoError(
      'NOT_STATEMENT',
      `the statement's predicate is not an object (${quote(json.predicate)})`,
    );
  }
  const read = json.subject.map((s) => readResourceDescriptor(s));
  return {
    type,
    subjects: read.map((r) => r.descriptor),
    subjectProblems: read.flatMap((r) => r.problems),
    predicateType: json.predicateType,
    predicate: (json.predicate as Record<string, unknown> | undefined) ?? {},
  };
}
