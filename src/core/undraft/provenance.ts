/*
 * verify-provenance: before publishing, every payload asset must be a subject (its name and its
 * sha256, each compared whole) of SLSA v1 provenance that verifies, signed by exactly
 * `certificate-identity` (and `certificate-oidc-issuer`) in this repository for the tag's
 * commit. ordvec's "verify provenance before publish" gate, as one input.
 *
 * Where provenance is looked for, in order:
 * 1. the release's provenance bundles and bundles of other assets (evidence.ts: classified by
 *    content, and already downloaded to classify them): attest-provenance's `bundle-path`, which
 *    stage-release uploads (e.g. `<project>-<version>.intoto.sigstore.json`);
 * 2. for an asset no release bundle vouches for, GitHub's attestations API
 *    (`GET /repos/{o}/{r}/attestations/sha256:<hex>`, filtered by the SLSA predicate type, every
 *    page: core/attestation/list.ts), where attest-provenance and actions/attest store it.
 *
 * Each candidate is judged by core/attestation/provenance.ts (judgeBuildAttestation: the one
 * verification path, then one row per check: the subject's sha256, the predicate type, the
 * certificate's source repository and commit, the runner, the predicate agreeing with the
 * certificate). Two rows are this gate's own:
 * - `signer`: the certificate's SAN equals `certificate-identity` byte for byte (the judge's
 *   default accepts any workflow of the repository, and a reusable workflow of another
 *   repository would fail its scope; the identity given is what undraft promises);
 * - `subject-name`: one subject has both the asset's name and its sha256 (the judge reads the
 *   digest only; the contract asks for the name too).
 * The tag's commit is the source digest the certificate must carry, and the commit the
 * predicate's resolved dependency names (the judge's `predicate-agrees` compares them).
 */
import type { Bundle } from '@sigstore/bundle';
import { judgeBuildAttestation, type Row } from '../attestation/provenance.js';
import { listAttestations } from '../attestation/list.js';
import { messageOf } from '../errors.js';
import type { ReleaseAsset } from '../github/assets.js';
import type { Report } from '../action/report.js';
import { parseStatement } from '../intoto.js';
import { SLSA_PROVENANCE_V1 } from '../provenance/predicate.js';
import { quote } from '../quote.js';
import { parseBundle } from '../sigstore/bundle.js';
import { certificateIdentityOf, checkIdentity } from '../sigstore/identity.js';
import { loadTrust, type LoadedTrust } from '../sigstore/trust.js';
import type { Digests } from './digests.js';
import type { UndraftConfig, UndraftDeps } from './types.js';

export const PROVENANCE_CHECK = 'provenance';

/** A provenance bundle read from somewhere, with the subjects its (unverified) statement names. */
export interface Candidate {
  /** How rows name it: `release asset 'x.intoto.sigstore.json'`, `attestation 2 of sha256:… (attestations API)`. */
  label: string;
  bundle: Bundle;
  subjects: { name?: string; sha256?: string }[];
}

/**
 * A candidate from a bundle's text, or undefined when it is no SLSA v1 provenance (a message
 * signature, another predicate): only provenance can vouch for how an asset was built. Its
 * statement is read unverified only to pick the assets it is about; it is judged verified.
 */
export function provenanceCandidate(label: string, text: string): Candidate | undefined {
  let bundle: Bundle;
  try {
    bundle = parseBundle(text);
  } catch {
    return undefined;
  }
  if (bundle.content.$case !== 'dsseEnvelope') return undefined;
  const envelope = bundle.content.dsseEnvelope;
  try {
    const statement = parseStatement(envelope.payloadType, envelope.payload);
    if (statement.predicateType !== SLSA_PROVENANCE_V1) return undefined;
    return {
      label,
      bundle,
      subjects: statement.subjects.map((s) => ({ name: s.name, sha256: s.digest.sha256 })),
    };
  } catch {
    return undefined;
  }
}

/** The leaf certificate of a keyless bundle (DER), or undefined for a key-signed one. */
function leafCertificate(bundle: Bundle): Uint8Array | undefined {
  const material = bundle.verificationMaterial.content;
  if (material.$case === 'x509CertificateChain')
    return material.x509CertificateChain.certificates[0]?.rawBytes;
  if (material.$case === 'certificate') return material.certificate.rawBytes;
  return undefined;
}

/** What the gate compares against. */
export interface ProvenanceDemands {
  owner: string;
  repo: string;
  serverUrl: string;
  identity: string;
  issuer: string;
  /** The tag's commit, lower-case hex. */
  commit: string;
  trust: LoadedTrust;
}

/**
 * The judge's rows of each candidate, judged once for the first asset asked about: only the
 * `subject` row depends on the asset, so a provenance of many assets is verified once, not once
 * per asset (10 assets from one release bundle: 10 verifications became one). Made per run.
 */
export type JudgeCache = Map<Candidate, Promise<{ sha256: string; rows: Row[] }>>;

/** The judge's `subject` row for another asset of an already judged candidate (its statement verified). */
function subjectRow(candidate: Candidate, hex: string): Row {
  return candidate.subjects.some((s) => s.sha256 === hex)
    ? { check: 'subject', ok: true, detail: `the statement names sha256:${hex}` }
    : { check: 'subject', ok: false, detail: `no subject of the statement has sha256:${hex}` };
}

/** Judges one candidate for one asset: every row, the gate's `signer` and `subject-name` included. */
export async function judgeCandidate(
  candidate: Candidate,
  asset: { name: string; sha256: string },
  demands: ProvenanceDemands,
  cache: JudgeCache = new Map(),
): Promise<Row[]> {
  let once = cache.get(candidate);
  if (once === undefined) {
    once = judgeBuildAttestation(candidate.bundle, demands.trust.material, {
      sha256: asset.sha256,
      owner: demands.owner,
      repo: demands.repo,
      serverUrl: demands.serverUrl,
      issuer: demands.issuer,
      sourceDigest: demands.commit,
      predicateType: SLSA_PROVENANCE_V1,
      denySelfHostedRunners: false,
    }).then((rows) => ({ sha256: asset.sha256, rows }));
    cache.set(candidate, once);
  }
  const first = await once;
  const judged =
    first.sha256 === asset.sha256
      ? first.rows
      : first.rows.map((r) => (r.check === 'subject' ? subjectRow(candidate, asset.sha256) : r));
  if (!judged.every((r) => r.check !== 'signature' || r.ok)) return judged;
  // The certificate was just proven (chain, logs, signature): its SAN is compared whole here.
  const raw = leafCertificate(candidate.bundle);
  let signer: Row = {
    check: 'signer',
    ok: false,
    detail: 'the bundle is signed with a key, not a certificate for the expected signer',
  };
  if (raw !== undefined) {
    try {
      checkIdentity(certificateIdentityOf(raw), { identity: demands.identity, issuer: demands.issuer });
      signer = { check: 'signer', ok: true, detail: `signed by exactly ${demands.identity}` };
    } catch (error) {
      signer = { check: 'signer', ok: false, detail: messageOf(error) };
    }
  }
  // The judge's signer row (any workflow of the repository) is replaced by this exact one.
  const rows = judged.map((r) => (r.check === 'signer' ? signer : r));
  const named = candidate.subjects.some((s) => s.name === asset.name && s.sha256 === asset.sha256);
  rows.splice(rows.findIndex((r) => r.check === 'subject') + 1, 0, {
    check: 'subject-name',
    ok: named,
    detail: named
      ? `a subject is '${asset.name}' with sha256:${asset.sha256}`
      : `no subject is named '${asset.name}' with sha256:${asset.sha256} (${describeSubjects(candidate, asset.name)})`,
  });
  return rows;
}

/** What a candidate says about an asset's name, for a failing row. */
function describeSubjects(candidate: Candidate, name: string): string {
  const same = candidate.subjects.filter((s) => s.name === name);
  if (same.length === 0) return 'it names no subject so';
  return `it names '${name}' with ${same.map((s) => (s.sha256 ? `sha256:${quote(s.sha256)}` : 'no sha256')).join(', ')}`;
}

/** Whether a candidate is about the asset at all (its name or its sha256 among the subjects). */
const mentions = (candidate: Candidate, asset: { name: string; sha256: string }): boolean =>
  candidate.subjects.some((s) => s.name === asset.name || s.sha256 === asset.sha256);

/** The failed rows of a judged candidate, in one phrase. */
const failedRows = (rows: Row[]): string =>
  rows
    .filter((r) => !r.ok)
    .map((r) => `${r.check}: ${r.detail}`)
    .join('; ');

interface Verdict {
  ok: boolean;
  /** Where the passing provenance was found, or why none passed. */
  detail: string;
  viaApi: boolean;
}

/** Finds a verified provenance for one asset: the release's bundles first, then the attestations API. */
async function verdictFor(
  deps: UndraftDeps,
  demands: ProvenanceDemands,
  asset: { name: string; sha256: string },
  onRelease: Candidate[],
  cache: JudgeCache,
): Promise<Verdict> {
  const why: string[] = [];
  for (const candidate of onRelease.filter((c) => mentions(c, asset))) {
    const rows = await judgeCandidate(candidate, asset, demands, cache);
    if (rows.every((r) => r.ok)) return { ok: true, detail: candidate.label, viaApi: false };
    why.push(`${candidate.label}: ${failedRows(rows)}`);
  }
  let listed: unknown[];
  try {
    listed = await listAttestations(
      deps.client,
      { owner: demands.owner, repo: demands.repo },
      `sha256:${asset.sha256}`,
      {
        predicateType: SLSA_PROVENANCE_V1,
        what: `the provenance attestations of sha256:${asset.sha256}`,
      },
    );
  } catch (error) {
    why.push(`attestations API: ${messageOf(error)}`);
    return { ok: false, detail: why.join('; '), viaApi: true };
  }
  let index = 0;
  for (const item of listed) {
    const label = `attestation ${++index} of ${listed.length} (attestations API)`;
    const unreadable = (item as { unreadable?: unknown } | null)?.unreadable;
    const candidate =
      typeof unreadable === 'string' ? undefined : provenanceCandidate(label, JSON.stringify(item));
    if (!candidate) {
      why.push(
        `${label}: ${typeof unreadable === 'string' ? unreadable : 'not a Sigstore bundle of SLSA v1 provenance'}`,
      );
      continue;
    }
    const rows = await judgeCandidate(candidate, asset, demands);
    if (rows.every((r) => r.ok)) return { ok: true, detail: label, viaApi: true };
    why.push(`${label}: ${failedRows(rows)}`);
  }
  if (why.length === 0)
    return {
      ok: false,
      detail: 'no provenance names it: none among the release assets, none in the attestations API',
      viaApi: true,
    };
  return { ok: false, detail: why.join('; '), viaApi: true };
}

/**
 * The gate (see the file comment): one `provenance` row, naming every payload asset that has no
 * verified provenance, each with why. `candidates` are the release's bundles already downloaded
 * (label, text); `commit` the tag's commit, undefined when it could not be resolved.
 */
export async function verifyProvenance(
  deps: UndraftDeps,
  config: UndraftConfig,
  prepared: { trust?: LoadedTrust },
  payloads: ReleaseAsset[],
  candidates: { label: string; text: string }[],
  commit: string | undefined,
  digests: Digests,
  report: Report,
): Promise<void> {
  if (commit === undefined) {
    report.fail(PROVENANCE_CHECK, "not checked: the tag's commit is unknown (see 'tag and commit')");
    return;
  }
  if (!prepared.trust) {
    try {
      prepared.trust = await loadTrust(config.trustedRoot);
    } catch (error) {
      report.fail(PROVENANCE_CHECK, `the trusted root could not be loaded: ${messageOf(error)}`);
      return;
    }
  }
  const demands: ProvenanceDemands = {
    owner: config.repository.owner,
    repo: config.repository.repo,
    serverUrl: deps.serverUrl.replace(/\/+$/, ''),
    identity: config.certificateIdentity!,
    issuer: config.certificateIssuer,
    commit,
    trust: prepared.trust,
  };
  if (payloads.length === 0) {
    report.fail(PROVENANCE_CHECK, 'no payload asset on the release to vouch for');
    return;
  }
  const onRelease = candidates.flatMap((c) => provenanceCandidate(c.label, c.text) ?? []);
  const failures: string[] = [];
  const found = new Map<string, number>();
  const cache: JudgeCache = new Map();
  for (const asset of payloads) {
    let verdict: Verdict;
    try {
      const { sha256 } = await digests.of(asset);
      verdict = await verdictFor(deps, demands, { name: asset.name, sha256 }, onRelease, cache);
    } catch (error) {
      verdict = { ok: false, detail: messageOf(error), viaApi: false };
    }
    if (verdict.ok) {
      const where = verdict.viaApi ? 'the attestations API' : verdict.detail;
      found.set(where, (found.get(where) ?? 0) + 1);
    } else failures.push(`${quote(asset.name)} (${verdict.detail})`);
  }
  if (failures.length > 0) {
    report.fail(
      PROVENANCE_CHECK,
      `no verified SLSA v1 provenance signed by exactly ${config.certificateIdentity} for commit ${commit}: ${failures.join('; ')}`,
    );
    return;
  }
  report.pass(
    PROVENANCE_CHECK,
    `each of the ${payloads.length} payload asset(s) is a subject (name and sha256) of SLSA v1 provenance signed by exactly ${config.certificateIdentity} for commit ${commit}: ` +
      [...found].map(([where, n]) => `${n} from ${where}`).join(', '),
  );
}
