/*
 * GitHub's release attestations, emulated: when a release of a repository with immutable
 * releases is published, GitHub signs an in-toto statement naming the tag by a ResourceDescriptor
 * `{"uri": "pkg:github/OWNER/REPO@TAG", "digest": {"sha1": COMMIT}}` and every asset by
 * `{"name", "digest": {"sha256"}}`, as a Sigstore v0.3 bundle: a DSSE envelope signed by a
 * short-lived certificate whose only SAN is `https://<trust domain>.releases.github.com` (no OIDC
 * issuer extension), with an RFC 3161 timestamp and no transparency-log entry. Taken from a real
 * one, cli/cli pkg/cmd/attestation/test/data/github_release_bundle.json (v0.1), and from issue 20
 * for v0.2 (see src/core/attestation/judge.ts for every source).
 *
 * Predicate `https://in-toto.io/attestation/release/v0.2` by default (`databaseId`: the release
 * id, `packageId` = `repositoryId`, `ownerId`, `repository`, `tag`, `purl`, ids as decimal
 * strings); `…/v0.1` on request (`version(repo, 'v0.1')`), with `releaseId` for `databaseId`
 * and no `packageId`, as GitHub minted before.
 *
 * Here a local CA (from @sigstore/mock's building blocks) issues that certificate and a local
 * timestamp authority stamps the signature; `trustedRootPath()` is the trusted_root.json that
 * vouches for both. An immutable release can no longer change, so the statement is built from
 * the release when it is first asked for, which is what GitHub signed at publish time.
 *
 * The seal can lie, per repository (`control.fault(repo, kind)`): late, never, wrong-digest,
 * extra-asset, wrong-tag, untrusted-signer, wrong-san, and shapes GitHub never mints:
 * purl-in-name (the tag's purl in `name`), unknown-predicate, release-id-field (a v0.2 with
 * `releaseId` for `databaseId`), wrong-release-id, two-purls, other-repo-purl, other-tag-purl,
 * wrong-sha1. Never bundled into dist.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { initializeCA, initializeTSA } from '@sigstore/mock';
import type { GitHubState, Release, Repository } from './state.js';

export const RELEASE_PREDICATE_V02 = 'https://in-toto.io/attestation/release/v0.2';
export const RELEASE_PREDICATE_V01 = 'https://in-toto.io/attestation/release/v0.1';
/** The predicate type GitHub mints today. */
export const RELEASE_PREDICATE_TYPE = RELEASE_PREDICATE_V02;

export type PredicateVersion = 'v0.2' | 'v0.1';

export type AttestationFault =
  | 'late'
  | 'never'
  | 'wrong-digest'
  | 'extra-asset'
  | 'wrong-tag'
  | 'untrusted-signer'
  | 'wrong-san'
  | 'purl-in-name'
  | 'unknown-predicate'
  | 'release-id-field'
  | 'wrong-release-id'
  | 'two-purls'
  | 'other-repo-purl'
  | 'other-tag-purl'
  | 'wrong-sha1';

/** The owner id the emulator's JSON gives every repository owner (json.ts). */
const OWNER_ID = 2;

export interface AttestationFaultSpec {
  kind: AttestationFault;
  /** `late`: how many listings answer "none yet" before the attestation appears (default 3). */
  polls?: number;
}

type CA = Awaited<ReturnType<typeof initializeCA>>;
type TSA = Awaited<ReturnType<typeof initializeTSA>>;

interface Signer {
  ca: CA;
  tsa: TSA;
  untrustedCa: CA;
}

/** The emulated seal of one emulator state: its keys, its faults, what it has minted. */
export class AttestationAuthority {
  /** `dotcom` on github.com; GET /meta serves it (`domains.artifact_attestations.trust_domain`). */
  trustDomain = 'dotcom';
  private readonly faults = new Map<string, AttestationFaultSpec>();
  private readonly versions = new Map<string, PredicateVersion>();
  private readonly minted = new Map<number, unknown>();
  private readonly polls = new Map<number, number>();
  /** The most attestations one page of the listing holds (GitHub's own cap is 100). */
  pageSize = 100;
  /** How many times a `late` or `never` fault withheld an attestation from a listing. */
  withheld = 0;
  private signer?: Promise<Signer>;
  private rootFile?: string;

  /** The emulator state's folder, where the trusted root is written. */
  private readonly tempDir?: string;

  constructor(tempDir?: string) {
    this.tempDir = tempDir;
  }

  /** Makes the seal of one repository (`owner/name`) lie. */
  fault(repository: string, spec: AttestationFault | AttestationFaultSpec): void {
    this.faults.set(repository.toLowerCase(), typeof spec === 'string' ? { kind: spec } : spec);
  }

  /** Ends every fault: from now on each release is attested as GitHub attests it. */
  clearFaults(): void {
    this.faults.clear();
  }

  /** Mints the releases of one repository (`owner/name`) with this predicate version (default v0.2). */
  version(repository: string, version: PredicateVersion): void {
    this.versions.set(repository.toLowerCase(), version);
  }

  /** The SAN GitHub's release-attestation certificates carry. */
  get san(): string {
    return `https://${this.trustDomain}.releases.github.com`;
  }

  private keys(): Promise<Signer> {
    this.signer ??= (async () => {
      const key = () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const tsa = await initializeTSA(key());
      // Whole seconds, as a real TSA stamps (see src/emulator/sigstore/index.ts for why).
      (tsa as unknown as { getCurrentTime: () => Date }).getCurrentTime = () =>
        new Date(Math.floor(Date.now() / 1000) * 1000);
      return { ca: await initializeCA(key()), tsa, untrustedCa: await initializeCA(key()) };
    })();
    return this.signer;
  }

  /**
   * The trusted_root.json of this seal (its CA and its TSA; no transparency or CT log, as
   * GitHub's instance has none), written once to a temp file.
   */
  async trustedRootPath(): Promise<string> {
    if (this.rootFile) return this.rootFile;
    const { ca, tsa } = await this.keys();
    const b64 = (b: ArrayBufferView) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
    const validFor = { start: new Date(Date.now() - 3_600_000).toISOString() };
    const root = {
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: [],
      ctlogs: [],
      certificateAuthorities: [
        {
          subject: { organization: 'GitHub, Inc. (emulated)', commonName: 'Internal Services Root' },
          uri: 'https://fulcio.githubapp.com',
          certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
          validFor,
        },
      ],
      timestampAuthorities: [
        {
          subject: { organization: 'GitHub, Inc. (emulated)', commonName: 'TSA Timestamping' },
          uri: 'https://timestamp.githubapp.com/api/v1/timestamp',
          certChain: {
            certificates: [tsa.intCertificate, tsa.rootCertificate].map((c) => ({ rawBytes: b64(c) })),
          },
          validFor,
        },
      ],
    };
    // Inside the emulator state's own folder, which stopping the emulator removes: no folder of
    // its own to leak when nobody calls dispose().
    const dir = fs.mkdtempSync(path.join(this.tempDir ?? os.tmpdir(), 'gh-attestations-'));
    this.rootFile = path.join(dir, 'trusted_root.json');
    fs.writeFileSync(this.rootFile, JSON.stringify(root, null, 2));
    return this.rootFile;
  }

  /**
   * The release attestation bundles for a commit: one per immutable published release whose
   * tag points at it (annotated tags peeled), in the order the releases were created.
   */
  async list(state: GitHubState, repo: Repository, commit: string): Promise<unknown[]> {
    const fault = this.faults.get(`${repo.owner}/${repo.name}`.toLowerCase());
    const out: unknown[] = [];
    for (const release of repo.releases) {
      if (release.draft || !release.immutable || state.peelTag(repo, release.tagName) !== commit) continue;
      if (fault?.kind === 'never') {
        this.withheld++;
        continue;
      }
      if (fault?.kind === 'late') {
        const seen = (this.polls.get(release.id) ?? 0) + 1;
        this.polls.set(release.id, seen);
        if (seen <= (fault.polls ?? 3)) {
          this.withheld++;
          continue;
        }
      }
      let bundle = this.minted.get(release.id);
      if (!bundle) {
        bundle = await this.mint(repo, release, commit, fault?.kind);
        this.minted.set(release.id, bundle);
      }
      out.push(bundle);
    }
    return out;
  }

  private async mint(
    repo: Repository,
    release: Release,
    commit: string,
    fault?: AttestationFault,
  ): Promise<unknown> {
    const { ca, tsa, untrustedCa } = await this.keys();
    const tag = fault === 'wrong-tag' ? `${release.tagName}-other` : release.tagName;
    const purl = `pkg:github/${repo.owner}/${repo.name}@${tag}`;
    const assets: { name: string; digest: Record<string, string> }[] = release.assets
      .filter((a) => a.state === 'uploaded')
      .map((a) => ({ name: a.name, digest: { sha256: (a.digest ?? '').replace(/^sha256:/, '') } }));
    if (fault === 'wrong-digest' && assets.length > 0) {
      assets[0].digest.sha256 = crypto.createHash('sha256').update('not these bytes').digest('hex');
    }
    if (fault === 'extra-asset') {
      assets.push({
        name: 'extra.bin',
        digest: { sha256: crypto.createHash('sha256').update('extra').digest('hex') },
      });
    }
    const subjectUri =
      fault === 'other-repo-purl'
        ? `pkg:github/${repo.owner}/${repo.name}-other@${tag}`
        : fault === 'other-tag-purl'
          ? `${purl}-other`
          : purl;
    const sha1 = fault === 'wrong-sha1' ? commit.replace(/^./, (c) => (c === '0' ? '1' : '0')) : commit;
    const tagSubjects: Record<string, unknown>[] =
      fault === 'purl-in-name'
        ? [{ name: subjectUri, digest: { sha1 } }]
        : [{ uri: subjectUri, digest: { sha1 } }];
    if (fault === 'two-purls') tagSubjects.push({ uri: `${purl}-also`, digest: { sha1 } });
    const version = this.versions.get(`${repo.owner}/${repo.name}`.toLowerCase()) ?? 'v0.2';
    const releaseId = String(fault === 'wrong-release-id' ? release.id + 1 : release.id);
    const ids = { ownerId: String(OWNER_ID), repositoryId: String(repo.id) };
    const common = { purl: subjectUri, repository: `${repo.owner}/${repo.name}`, tag };
    const predicate =
      version === 'v0.1'
        ? { ...ids, ...common, releaseId }
        : fault === 'release-id-field'
          ? { ...ids, ...common, releaseId, packageId: ids.repositoryId }
          : { ...ids, ...common, databaseId: releaseId, packageId: ids.repositoryId };
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [...tagSubjects, ...assets],
      predicateType:
        fault === 'unknown-predicate'
          ? 'https://in-toto.io/attestation/release/v0.3'
          : version === 'v0.1'
            ? RELEASE_PREDICATE_V01
            : RELEASE_PREDICATE_V02,
      predicate,
    };
    const payload = Buffer.from(JSON.stringify(statement));
    const payloadType = 'application/vnd.in-toto+json';
    // DSSE's pre-authentication encoding is what is signed.
    const pae = Buffer.concat([
      Buffer.from(`DSSEv1 ${payloadType.length} ${payloadType} ${payload.length} `),
      payload,
    ]);
    const leaf = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const issuer = fault === 'untrusted-signer' ? untrustedCa : ca;
    const san =
      fault === 'wrong-san' ? `https://${this.trustDomain}.releases.github.com.evil.example` : this.san;
    const certificate = await issuer.issueCertificate({
      publicKey: leaf.publicKey.export({
        format: 'der',
        type: 'spki',
      }) as unknown as ArrayBufferView<ArrayBuffer>,
      subjectAltName: san,
    });
    const signature = crypto.sign('sha256', pae, leaf.privateKey);
    const stamp = await tsa.timestamp({
      artifactHash: crypto.createHash('sha256').update(signature).digest(),
      hashAlgorithmOID: '2.16.840.1.101.3.4.2.1',
      nonce: crypto.randomInt(1, 2 ** 31),
      policyOID: '1.3.6.1.4.1.57264.2',
      certReq: false,
    });
    const b64 = (b: ArrayBufferView) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
    return {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {
        certificate: { rawBytes: b64(certificate) },
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [{ signedTimestamp: b64(stamp) }] },
      },
      dsseEnvelope: {
        payload: payload.toString('base64'),
        payloadType,
        signatures: [{ sig: signature.toString('base64'), keyid: '' }],
      },
    };
  }

  /** Removes the trusted root's folder now (stopping the emulator removes it anyway). */
  dispose(): void {
    if (!this.rootFile) return;
    fs.rmSync(path.dirname(this.rootFile), { recursive: true, force: true });
    this.rootFile = undefined;
  }
}

const authorities = new WeakMap<GitHubState, AttestationAuthority>();

/** The release-attestation seal of an emulator (by its state): faults, trust domain, trusted root. */
export function releaseAttestations(state: GitHubState): AttestationAuthority {
  let authority = authorities.get(state);
  if (!authority) {
    authority = new AttestationAuthority(state.tempDir);
    authorities.set(state, authority);
  }
  return authority;
}
