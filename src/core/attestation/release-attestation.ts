/*
 * GitHub's release attestation: the seal GitHub signs when an immutable release is published.
 * It is a Sigstore bundle v0.3 holding a DSSE-signed in-toto statement (predicate type
 * https://in-toto.io/attestation/release/v0.1) whose subjects are the tag's purl with the
 * commit's sha1 and every asset with its sha256. It is signed by GitHub's own Sigstore instance
 * (leaf SAN `https://<trust domain>.releases.github.com`), carries RFC 3161 timestamps and no
 * transparency-log entry.
 *
 * Verifying it closes the loop from "we uploaded these bytes" to "GitHub has sealed exactly
 * these bytes under this tag". Every comparison is exact and whole: the SAN, the tag, the
 * commit, the set of asset names and each digest.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Bundle } from '@sigstore/bundle';
import { getTrustedRoot } from '@sigstore/tuf';
import {
  PolicyError,
  toSignedEntity,
  toTrustMaterial,
  VerificationError,
  Verifier,
  type TrustMaterial,
} from '@sigstore/verify';
import { messageOf } from '../errors.js';
import { explainHttpError, statusOf, type GitHubClient, type Repo } from '../github/client.js';
import { parseBundle } from '../sigstore/bundle.js';
import { loadTrust, sanitizeTrustedRoot, TrustRootError, type LoadedTrust } from '../sigstore/trust.js';
import githubTufRoot from './github-tuf-root.json' with { type: 'json' };

export const RELEASE_PREDICATE_TYPE = 'https://in-toto.io/attestation/release/v0.1';
export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** GitHub's TUF repository, whose `trusted_root.json` target holds its Sigstore instance's keys. */
export const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';

/** The SAN GitHub's release-attestation certificates carry for a trust domain. */
export function releaseSan(trustDomain: string): string {
  return `https://${trustDomain}.releases.github.com`;
}

/**
 * The trust domain of the GitHub instance: `dotcom` on github.com; elsewhere (GHE.com, GHES)
 * what `GET /meta` says in `domains.artifact_attestations.trust_domain`. A missing or odd value
 * is an error, never a guess: the SAN is built from it.
 */
export async function trustDomainOf(
  client: GitHubClient,
  serverUrl: string,
): Promise<{ domain: string; source: string }> {
  if (serverUrl.replace(/\/+$/, '').toLowerCase() === 'https://github.com') {
    return { domain: 'dotcom', source: 'github.com' };
  }
  let data: { domains?: { artifact_attestations?: { trust_domain?: unknown } } };
  try {
    ({ data } = (await client.request('GET /meta')) as unknown as { data: typeof data });
  } catch (error) {
    throw explainHttpError(error, `Reading the trust domain from ${serverUrl}'s GET /meta`, 'metadata: read');
  }
  const domain = data?.domains?.artifact_attestations?.trust_domain;
  if (typeof domain !== 'string' || !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(domain)) {
    throw new Error(
      `GET /meta of ${serverUrl} gives no usable domains.artifact_attestations.trust_domain (${JSON.stringify(domain)}); ` +
        'the release attestation signer cannot be named, so it cannot be checked.',
    );
  }
  return { domain, source: `GET /meta of ${serverUrl}` };
}

/**
 * The trust for release attestations: the given trusted_root.json, else GitHub's instance
 * through its TUF repository, starting from the TUF root the GitHub CLI embeds (pinned in
 * github-tuf-root.json; see README.md beside it). TUF verifies every update from that root
 * on, so a compromised mirror cannot substitute keys. No TUF, no verification: there is no
 * fallback to an unverified root.
 */
export async function loadAttestationTrust(
  trustedRootPath: string | undefined,
  options: { cacheDir?: string; mirrorURL?: string; timeoutMs?: number } = {},
): Promise<LoadedTrust> {
  if (trustedRootPath) return loadTrust(trustedRootPath);
  const cacheDir = options.cacheDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'github-tuf-'));
  fs.mkdirSync(cacheDir, { recursive: true });
  const rootPath = path.join(cacheDir, 'embedded-root.json');
  fs.writeFileSync(rootPath, JSON.stringify(githubTufRoot));
  const mirrorURL = options.mirrorURL ?? GITHUB_TUF_MIRROR;
  let root;
  try {
    root = await getTrustedRoot({
      mirrorURL,
      rootPath,
      cachePath: path.join(cacheDir, 'cache'),
      timeout: options.timeoutMs ?? 15_000,
      retry: { retries: 2, factor: 2, minTimeout: 500 },
    });
  } catch (error) {
    throw new TrustRootError(
      `cannot load GitHub's Sigstore trusted root through its TUF repository ${mirrorURL} (${messageOf(error)}); ` +
        "check network access to it, or give 'attestation-trusted-root' (a trusted_root.json for GHES, ghe.com or tests).",
      { cause: error },
    );
  }
  const { root: sane, dropped } = sanitizeTrustedRoot(root);
  const material = toTrustMaterial(sane, (hint: string) => {
    throw new TrustRootError(`a release attestation is never signed with a key ('${hint}')`);
  });
  return { material, source: `GitHub's Sigstore instance (TUF ${mirrorURL})`, dropped };
}

/** What the attestation must say. `assets` undefined: the asset set is not compared (the CLI). */
export interface ExpectedRelease {
  owner: string;
  repo: string;
  tag: string;
  /** The tag's commit (40 hex, lower case). */
  commit: string;
  /** Every asset of the release with its sha256 (hex); the subjects must be exactly these. */
  assets?: Map<string, string>;
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

interface Statement {
  _type?: unknown;
  predicateType?: unknown;
  subject?: unknown;
  predicate?: Record<string, unknown>;
}

function readStatement(bundle: Bundle): Statement {
  if (bundle.content.$case !== 'dsseEnvelope')
    throw new Error('it holds a message signature, not a DSSE envelope');
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new Error(`its DSSE payload type is '${envelope.payloadType}', not ${IN_TOTO_PAYLOAD_TYPE}`);
  }
  const statement = JSON.parse(Buffer.from(envelope.payload).toString('utf8')) as Statement;
  if (typeof statement !== 'object' || statement === null)
    throw new Error('its statement is not a JSON object');
  return statement;
}

/**
 * Verifies one release attestation bundle (its JSON) against the trust, the exact SAN and the
 * expected release. Never throws for a bad attestation: every problem is a line in the result.
 */
export function judgeAttestation(
  bundleJson: unknown,
  trust: TrustMaterial,
  san: string,
  expected: ExpectedRelease,
): Judgement {
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
    problems.push(`bundle media type is '${bundle.mediaType}', not ${BUNDLE_V03}`);
  let statement: Statement;
  try {
    statement = readStatement(bundle);
  } catch (error) {
    problems.push(`the bundle is not an in-toto statement: ${messageOf(error)}`);
    return judgement;
  }

  // The signature first: nothing a statement says counts before it is known who signed it.
  try {
    // GitHub's instance logs nothing to a transparency log and has no CT log: one RFC 3161
    // timestamp from a trusted timestamp authority is what bounds the certificate's validity.
    const verifier = new Verifier(trust, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 });
    const signer = verifier.verify(toSignedEntity(bundle));
    judgement.san = signer.identity?.subjectAlternativeName;
    // @sigstore/verify matches a policy SAN as an unanchored RegExp, so the SAN is compared
    // here, whole and exactly, instead.
    if (judgement.san !== san) {
      problems.push(`signed for '${judgement.san ?? '(no SAN)'}', not for the release signer '${san}'`);
    } else {
      judgement.signatureOk = true;
    }
  } catch (error) {
    const code = error instanceof VerificationError || error instanceof PolicyError ? `${error.code}: ` : '';
    problems.push(`signature does not verify against the trusted root: ${code}${messageOf(error)}`);
  }

  if (statement._type !== IN_TOTO_STATEMENT_TYPE) {
    problems.push(`statement type is '${String(statement._type)}', not ${IN_TOTO_STATEMENT_TYPE}`);
  }
  if (statement.predicateType !== RELEASE_PREDICATE_TYPE) {
    problems.push(`predicate type is '${String(statement.predicateType)}', not ${RELEASE_PREDICATE_TYPE}`);
  }
  const predicate = statement.predicate ?? {};
  judgement.tag = typeof predicate.tag === 'string' ? predicate.tag : undefined;
  const purls = releasePurls(expected.owner, expected.repo, expected.tag);
  const subjects = Array.isArray(statement.subject) ? (statement.subject as unknown[]) : [];
  const purlSubjects: { name: string; digest: Record<string, unknown> }[] = [];
  for (const raw of subjects) {
    const s = raw as { name?: unknown; digest?: unknown };
    const name = typeof s?.name === 'string' ? s.name : '';
    const digest = (typeof s?.digest === 'object' && s.digest !== null ? s.digest : {}) as Record<
      string,
      unknown
    >;
    if (name.startsWith('pkg:')) {
      purlSubjects.push({ name, digest });
      continue;
    }
    if (name === '') {
      problems.push('a subject has no name');
      continue;
    }
    const sha256 = typeof digest.sha256 === 'string' ? digest.sha256 : '';
    if (!/^[0-9a-f]{64}$/.test(sha256)) {
      problems.push(`subject '${name}' has no sha256 digest`);
      continue;
    }
    if (judgement.subjects.has(name)) problems.push(`subject '${name}' appears twice`);
    judgement.subjects.set(name, sha256);
  }
  judgement.aboutThisTag = judgement.tag === expected.tag || purlSubjects.some((p) => purls.has(p.name));

  if (judgement.tag !== expected.tag) {
    problems.push(`it names tag '${judgement.tag ?? '(none)'}', not '${expected.tag}'`);
  }
  if (purlSubjects.length !== 1) {
    problems.push(
      `it has ${purlSubjects.length} purl subjects; exactly one (pkg:github/${expected.owner}/${expected.repo}@${expected.tag}) is expected`,
    );
  } else {
    const [p] = purlSubjects;
    if (!purls.has(p.name))
      problems.push(
        `its purl subject is '${p.name}', not pkg:github/${expected.owner}/${expected.repo}@${expected.tag}`,
      );
    const sha1 = typeof p.digest.sha1 === 'string' ? p.digest.sha1 : undefined;
    if (sha1 !== expected.commit.toLowerCase()) {
      problems.push(`it binds the tag to commit ${sha1 ?? '(no sha1)'}, not to ${expected.commit}`);
    }
    if (typeof predicate.purl === 'string' && predicate.purl !== p.name) {
      problems.push(`its predicate purl '${predicate.purl}' differs from its subject '${p.name}'`);
    }
  }
  if (
    expected.releaseId !== undefined &&
    predicate.releaseId !== undefined &&
    String(predicate.releaseId) !== String(expected.releaseId)
  ) {
    problems.push(`it names release id ${String(predicate.releaseId)}, not ${expected.releaseId}`);
  }
  if (expected.assets) {
    for (const [name, sha256] of expected.assets) {
      const attested = judgement.subjects.get(name);
      if (attested === undefined) problems.push(`asset '${name}' is not a subject`);
      else if (attested !== sha256)
        problems.push(
          `asset '${name}' is attested as sha256:${attested}, but the release serves sha256:${sha256}`,
        );
    }
    for (const name of judgement.subjects.keys()) {
      if (!expected.assets.has(name)) problems.push(`subject '${name}' is not an asset of the release`);
    }
  }
  return judgement;
}

// Kept alike on purpose (docs/ARCHITECTURE.md): one request to its own endpoint with its own error wording, like listAssets.
/** The release attestations GitHub lists for a commit (an empty list while there are none). */
export async function listReleaseAttestations(
  client: GitHubClient,
  repo: Repo,
  commit: string,
): Promise<unknown[]> {
  try {
    const { data } = (await client.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
      ...repo,
      subject_digest: `sha1:${commit}`,
      predicate_type: 'release',
      per_page: 100,
    })) as unknown as { data: { attestations?: { bundle?: unknown; bundle_url?: string }[] } };
    const list = Array.isArray(data?.attestations) ? data.attestations : [];
    return list.map(
      (a) => a.bundle ?? { unreadable: a.bundle_url ? 'only a bundle_url was given' : 'no bundle' },
    );
  } catch (error) {
    // GitHub answers 404 while a commit has no attestation yet.
    if (statusOf(error) === 404) return [];
    throw explainHttpError(
      error,
      `Listing the release attestations of commit ${commit}`,
      'attestations: read',
    );
  }
}

export interface WaitResult {
  ok: boolean;
  /** The good attestation's bundle. */
  bundle?: unknown;
  judgement?: Judgement;
  /** Why not ok, in one paragraph. */
  detail: string;
  polls: number;
}

/**
 * Polls for the release attestation until one verifies for exactly this release, one that
 * verifies says something else about this tag (a definite failure: no waiting can fix it), or
 * the deadline passes. Attestations for another tag of the same commit are not this release's,
 * so they are waited past; ones that do not verify are reported if nothing better comes.
 */
export async function waitForReleaseAttestation(deps: {
  list: () => Promise<unknown[]>;
  judge: (bundle: unknown) => Judgement;
  timeoutMs: number;
  pollMs: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}): Promise<WaitResult> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const deadline = now() + deps.timeoutMs;
  let polls = 0;
  let last: Judgement[];
  for (;;) {
    polls++;
    const bundles = await deps.list();
    const judged = bundles.map((b) => ({ bundle: b, judgement: deps.judge(b) }));
    last = judged.map((j) => j.judgement);
    const wrong = judged.filter(
      (j) => j.judgement.signatureOk && j.judgement.aboutThisTag && j.judgement.problems.length > 0,
    );
    if (wrong.length > 0) {
      return {
        ok: false,
        detail: `GitHub's attestation does not match: ${wrong[0].judgement.problems.join('; ')}`,
        polls,
        judgement: wrong[0].judgement,
      };
    }
    const good = judged.find((j) => j.judgement.problems.length === 0);
    if (good) {
      return { ok: true, bundle: good.bundle, judgement: good.judgement, detail: '', polls };
    }
    if (now() >= deadline) break;
    await sleep(Math.min(deps.pollMs, Math.max(deadline - now(), 0)));
  }
  if (last.length === 0) {
    return {
      ok: false,
      detail: `no release attestation appeared within ${Math.round(deps.timeoutMs / 1000)} s (${polls} polls)`,
      polls,
    };
  }
  const seen = last
    .map((j, i) => `#${i + 1}${j.tag ? ` (tag ${j.tag})` : ''}: ${j.problems.join('; ')}`)
    .join(' | ');
  return {
    ok: false,
    detail: `no attestation verifies for this release within ${Math.round(deps.timeoutMs / 1000)} s; found ${last.length}: ${seen}`,
    polls,
  };
}
