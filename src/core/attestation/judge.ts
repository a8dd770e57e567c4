/*
 * Judging one of GitHub's release attestations: the seal GitHub signs when an immutable release
 * is published. Every comparison is exact and whole: the SAN, the tag, the commit, the release
 * id, the set of asset names and each digest.
 *
 * The format, and where each fact was taken from:
 * - A Sigstore bundle v0.3 holding a DSSE envelope of an in-toto v1 statement, signed by a
 *   certificate whose only SAN is `https://<trust domain>.releases.github.com` and which names no
 *   OIDC issuer, with an RFC 3161 timestamp and no transparency-log entry: a real attestation,
 *   cli/cli pkg/cmd/attestation/test/data/github_release_bundle.json (release bdehamer/delme@v6),
 *   and the GitHub CLI's policy for it, cli/cli pkg/cmd/release/shared/attestation.go (SAN
 *   `^https://<td>\.releases\.github\.com$`, any issuer).
 * - The tag is a subject ResourceDescriptor with `uri` `pkg:github/OWNER/REPO@TAG` and digest
 *   `{"sha1": COMMIT}`; each asset a subject with `name` and `{"sha256"}`: the statement of that
 *   same real bundle (its subject has `uri`, no `name`), and `gh release verify` printing only
 *   subjects that have a name as assets (cli/cli pkg/cmd/release/verify/verify.go). A
 *   ResourceDescriptor's fields: in-toto/attestation spec/v1/resource_descriptor.md.
 * - Predicate `https://in-toto.io/attestation/release/v0.1`: `ownerId`, `purl`, `releaseId`,
 *   `repository`, `repositoryId`, `tag`, every id a decimal string (the real bundle above).
 * - Predicate `…/release/v0.2`, which GitHub mints on releases throughout 2026: in-toto's
 *   changelog (in-toto/attestation spec/predicates/release.md, "v0.2: Renamed the `releaseId`
 *   predicate field to `packageId`", a stable id of the package, here the repository's), and
 *   GitHub's attestations as seen on real releases (issue 20; CONTRACT.md): the release's id
 *   moves to `databaseId`, `packageId` equals `repositoryId`, beside `ownerId`, `repository`,
 *   `tag` and `purl`.
 * Any other predicate type is refused: a format not read here is a format not checked.
 */
import type { Bundle } from '@sigstore/bundle';
import type { TrustMaterial } from '@sigstore/verify';
import { messageOf } from '../errors.js';
import { quote } from '../quote.js';
import {
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_V1,
  InTotoError,
  parseStatement,
  type Statement,
} from '../intoto.js';
import { parseBundle } from '../sigstore/bundle.js';
import { SignatureVerificationError, verifySigstoreBundle } from '../sigstore/verify.js';

/** The predicate type GitHub mints today. */
export const RELEASE_PREDICATE_V02 = 'https://in-toto.io/attestation/release/v0.2';
/** The predicate type of releases published before v0.2. */
export const RELEASE_PREDICATE_V01 = 'https://in-toto.io/attestation/release/v0.1';
/** The predicate type GitHub mints today (the v0.2 one). */
export const RELEASE_PREDICATE_TYPE = RELEASE_PREDICATE_V02;

const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/**
 * Each predicate version's fields: the one naming the release, and the ids every attestation of
 * that version carries. A field of the other version is refused: it means the statement is not
 * the version it says.
 */
const PREDICATES: Record<string, { releaseIdField: string; ids: string[]; foreign: string[] }> = {
  [RELEASE_PREDICATE_V02]: {
    releaseIdField: 'databaseId',
    ids: ['databaseId', 'packageId', 'ownerId', 'repositoryId'],
    foreign: ['releaseId'],
  },
  [RELEASE_PREDICATE_V01]: {
    releaseIdField: 'releaseId',
    ids: ['releaseId', 'ownerId', 'repositoryId'],
    foreign: ['databaseId'],
  },
};

/** What the attestation must say. `assets` undefined: the asset set is not compared. */
export interface ExpectedRelease {
  owner: string;
  repo: string;
  tag: string;
  /** The tag's commit (40 hex, lower case). */
  commit: string;
  /** Every asset of the release with its sha256 (hex); the subjects must be exactly these. */
  assets?: Map<string, string>;
  /** The release's id; when given, the predicate's release id field must be present and equal. */
  releaseId?: number;
}

/** One attestation judged. */
export interface Judgement {
  /** The signature, the certificate chain, the timestamp and the SAN all verified. */
  signatureOk: boolean;
  /** The statement (read even when the signature failed, to tell which release it claims to be). */
  tag?: string;
  /** The statement claims to be about the expected tag. */
  aboutThisTag: boolean;
  /** Asset subjects: name → sha256. */
  subjects: Map<string, string>;
  /** Everything that did not match; empty when the attestation is good. */
  problems: string[];
  san?: string;
  predicateType?: string;
}

/** The purl forms GitHub may write for a tag (owner/repo as named or lower-cased, tag raw or encoded). */
export function releasePurls(owner: string, repo: string, tag: string): Set<string> {
  const out = new Set<string>();
  for (const o of [owner, owner.toLowerCase()]) {
    for (const r of [repo, repo.toLowerCase()]) {
      for (const t of [tag, encodeURIComponent(tag)]) out.add(`pkg:github/${o}/${r}@${t}`);
    }
  }
  return out;
}

/** The statement of a bundle, read without verifying (to know what it claims). */
function claimedStatement(bundle: Bundle): Statement {
  if (bundle.content.$case !== 'dsseEnvelope')
    throw new InTotoError('NOT_STATEMENT', 'it holds a message signature, not a DSSE envelope');
  const envelope = bundle.content.dsseEnvelope;
  return parseStatement(envelope.payloadType, envelope.payload);
}

/**
 * The subjects: exactly one purl subject (`uri`), the assets by `name` with a sha256. A purl in
 * `name` is the shape GitHub never wrote, refused rather than read two ways.
 */
function readSubjects(
  statement: Statement,
  judgement: Judgement,
): { purls: { uri: string; sha1: string | undefined }[] } {
  const problems = judgement.problems;
  const purls: { uri: string; sha1: string | undefined }[] = [];
  problems.push(...statement.subjectProblems);
  for (const s of statement.subjects) {
    if (s.uri !== undefined) {
      if (!s.uri.startsWith('pkg:')) problems.push(`a subject's uri ${quote(s.uri)} is not a purl`);
      else purls.push({ uri: s.uri, sha1: s.digest.sha1 });
      continue;
    }
    if (s.name === undefined || s.name === '') {
      problems.push('a subject has neither a name nor a purl uri');
      continue;
    }
    if (s.name.startsWith('pkg:')) {
      problems.push(`subject ${quote(s.name)} carries a purl as its name; GitHub names the tag by 'uri'`);
      continue;
    }
    const sha256 = s.digest.sha256;
    if (sha256 === undefined || !/^[0-9a-f]{64}$/.test(sha256)) {
      problems.push(`subject ${quote(s.name)} has no sha256 digest`);
      continue;
    }
    if (judgement.subjects.has(s.name)) problems.push(`subject ${quote(s.name)} appears twice`);
    judgement.subjects.set(s.name, sha256);
  }
  return { purls };
}

/** The predicate's own fields, per version (see PREDICATES). */
function checkPredicate(
  statement: Statement,
  expected: ExpectedRelease,
  problems: string[],
  purl?: string,
): void {
  const fields = PREDICATES[statement.predicateType];
  const predicate = statement.predicate;
  const version = statement.predicateType.slice(statement.predicateType.lastIndexOf('/') + 1);
  for (const name of fields.foreign) {
    if (predicate[name] !== undefined)
      problems.push(`its ${version} predicate has '${name}', a field of another version`);
  }
  for (const name of fields.ids) {
    const value = predicate[name];
    if (typeof value !== 'string' || !/^[1-9][0-9]*$/.test(value))
      problems.push(`its ${version} predicate's ${name} is ${quote(value)}, not a decimal id`);
  }
  if (fields.releaseIdField === 'databaseId' && predicate.packageId !== predicate.repositoryId) {
    problems.push(
      `its packageId ${quote(predicate.packageId)} is not its repositoryId ${quote(predicate.repositoryId)}`,
    );
  }
  const releaseId = predicate[fields.releaseIdField];
  if (expected.releaseId !== undefined && releaseId !== String(expected.releaseId)) {
    problems.push(`it names release ${fields.releaseIdField} ${quote(releaseId)}, not ${expected.releaseId}`);
  }
  // Owner and repository names are case-insensitive on GitHub; the attestation writes them as
  // GitHub spells them, which may differ in case from what the caller typed.
  const repository = `${expected.owner}/${expected.repo}`;
  if (
    typeof predicate.repository !== 'string' ||
    predicate.repository.toLowerCase() !== repository.toLowerCase()
  ) {
    problems.push(`its predicate names repository ${quote(predicate.repository)}, not ${repository}`);
  }
  if (purl !== undefined && predicate.purl !== purl) {
    problems.push(`its predicate purl ${quote(predicate.purl)} differs from its subject ${quote(purl)}`);
  }
}

/**
 * Verifies one release attestation bundle (its JSON) against the trust, the exact SAN and the
 * expected release. Never throws for a bad attestation: every problem is a line in the result.
 */
export async function judgeAttestation(
  bundleJson: unknown,
  trust: TrustMaterial,
  san: string,
  expected: ExpectedRelease,
): Promise<Judgement> {
  const judgement: Judgement = { signatureOk: false, aboutThisTag: false, subjects: new Map(), problems: [] };
  const problems = judgement.problems;
  let bundle: Bundle;
  try {
    bundle = parseBundle(JSON.stringify(bundleJson));
  } catch (error) {
    problems.push(`not a Sigstore bundle: ${messageOf(error)}`);
    return judgement;
  }
  if (bundle.mediaType !== BUNDLE_V03)
    problems.push(`bundle media type is ${quote(bundle.mediaType)}, not ${BUNDLE_V03}`);
  let statement: Statement;
  try {
    statement = claimedStatement(bundle);
  } catch (error) {
    problems.push(`the bundle is not an in-toto statement: ${messageOf(error)}`);
    return judgement;
  }

  // The signature first: nothing a statement says counts before it is known who signed it.
  // GitHub's instance logs nothing to a transparency log and has no CT log: one RFC 3161
  // timestamp from a trusted timestamp authority bounds the certificate's validity.
  try {
    const verified = await verifySigstoreBundle(bundle, trust, {
      signer: { san },
      thresholds: { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 },
      payloadType: IN_TOTO_PAYLOAD_TYPE,
    });
    judgement.san = verified.identity;
    judgement.signatureOk = true;
  } catch (error) {
    const signer = error instanceof SignatureVerificationError && error.code === 'UNTRUSTED_SIGNER_ERROR';
    problems.push(
      signer
        ? `not signed by the release signer: ${messageOf(error)}`
        : `signature does not verify against the trusted root: ${messageOf(error)}`,
    );
  }

  if (statement.type !== IN_TOTO_STATEMENT_V1) {
    problems.push(`statement type is ${quote(statement.type)}, not ${IN_TOTO_STATEMENT_V1}`);
  }
  judgement.predicateType = statement.predicateType;
  const tag = statement.predicate.tag;
  judgement.tag = typeof tag === 'string' ? tag : undefined;
  const { purls } = readSubjects(statement, judgement);
  const accepted = releasePurls(expected.owner, expected.repo, expected.tag);
  judgement.aboutThisTag = judgement.tag === expected.tag || purls.some((p) => accepted.has(p.uri));

  if (judgement.tag !== expected.tag) {
    problems.push(`it names tag ${quote(tag ?? '(none)')}, not ${quote(expected.tag)}`);
  }
  const wanted = `pkg:github/${expected.owner}/${expected.repo}@${expected.tag}`;
  if (purls.length !== 1) {
    problems.push(`it has ${purls.length} purl subjects; exactly one (${wanted}) is expected`);
  } else {
    const [p] = purls;
    if (!accepted.has(p.uri)) problems.push(`its purl subject is ${quote(p.uri)}, not ${wanted}`);
    if (p.sha1 !== expected.commit.toLowerCase()) {
      problems.push(`it binds the tag to commit ${quote(p.sha1 ?? '(no sha1)')}, not to ${expected.commit}`);
    }
  }
  // hasOwn: a predicate type such as "constructor" must not find Object.prototype's members.
  if (!Object.hasOwn(PREDICATES, statement.predicateType)) {
    problems.push(
      `predicate type is ${quote(statement.predicateType)}; a release attestation is ${RELEASE_PREDICATE_V02} or ${RELEASE_PREDICATE_V01}`,
    );
  } else {
    checkPredicate(statement, expected, problems, purls.length === 1 ? purls[0].uri : undefined);
  }
  if (expected.assets) {
    for (const [name, sha256] of expected.assets) {
      const attested = judgement.subjects.get(name);
      if (attested === undefined) problems.push(`asset ${quote(name)} is not a subject`);
      else if (attested !== sha256)
        problems.push(
          `asset ${quote(name)} is attested as sha256:${attested}, but the release serves sha256:${sha256}`,
        );
    }
    for (const name of judgement.subjects.keys()) {
      if (!expected.assets.has(name)) problems.push(`subject ${quote(name)} is not an asset of the release`);
    }
  }
  return judgement;
}
