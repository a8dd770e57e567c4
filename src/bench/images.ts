/*
 * Promoting an image (issue 21, "Measure"): the shipped promote-image bundle run by the runner
 * harness, its requests counted from the registry emulator's log for a P-platform index with B
 * evidence bundles and T existing tags (target ≤ P + 2B + ⌈T/1000⌉ + 8, and 0 writes on a
 * re-run), and its time against the REAL registry (distribution 2.8) beside `skopeo copy --all
 * --preserve-digests` of the same index within the repository (target ≤ 1.5×: it verifies three
 * bundles, resolves the git tag and writes two tags; skopeo verifies nothing).
 *
 * The evidence is what the release workflow's steps attach: in-toto statements about the index
 * digest (a cosign sign/v1 signature, an SPDX 2.3 SBOM, the SLSA v1 provenance core builds from
 * the token's claims), signed by the Sigstore emulator through core's SigningSession and attached
 * with core's attachBundle (through the `sha256-<hex>` tag index: neither registry has the
 * referrers API on here, as GHCR).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_V1 } from '../core/intoto.js';
import { attachBundle } from '../core/oci/bundle-referrer.js';
import { OciClient } from '../core/oci/client.js';
import {
  buildProvenancePredicate,
  readProvenanceClaims,
  SLSA_PROVENANCE_V1,
} from '../core/provenance/predicate.js';
import { staticIdentityProvider } from '../core/sigstore/oidc.js';
import { SigningSession } from '../core/sigstore/sign.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/github/index.js';
import { skopeoCopy, skopeoCopyAsync, startOciRegistry } from '../emulator/oci-registry/distribution.js';
import { OCI_INDEX, pushImage, testImage } from '../emulator/oci-registry/image.js';
import { startOciRegistryEmulator, type OciRegistryEmulator } from '../emulator/oci-registry/server.js';
import { runAction, type RunResult } from '../emulator/runner.js';
import { startSigstore, type SigstoreEmulator } from '../emulator/sigstore/index.js';
import type { BenchConfig } from './config.js';
import { BenchError } from './errors.js';
import { showMs, stats, type Row } from './measure.js';

const REPO = 'octo-org/octo-image';
const TAG = 'v1.2.3';
const COSIGN_SIGN = 'https://sigstore.dev/cosign/sign/v1';
const SPDX_23 = 'https://spdx.dev/Document/v2.3';
const PLATFORMS = [
  'linux/amd64',
  'linux/arm64',
  'linux/arm',
  'linux/ppc64le',
  'linux/s390x',
  'linux/riscv64',
];

/** An SPDX 2.3 document describing the image, with `deps` packages besides it. */
function spdx(deps: number): Record<string, unknown> {
  const pkg = (name: string) => ({
    SPDXID: `SPDXRef-${name}`,
    name,
    versionInfo: '1.0.0',
    downloadLocation: 'NOASSERTION',
    externalRefs: [
      {
        referenceCategory: 'PACKAGE-MANAGER',
        referenceType: 'purl',
        referenceLocator: `pkg:npm/${name}@1.0.0`,
      },
    ],
  });
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: 'octo-image',
    documentNamespace: 'https://example.com/octo-image/bench',
    creationInfo: { created: '2026-01-01T00:00:00Z', creators: ['Tool: bench'] },
    packages: [pkg('octo-image'), ...Array.from({ length: deps }, (_, i) => pkg(`dep${i}`))],
    relationships: [
      {
        spdxElementId: 'SPDXRef-DOCUMENT',
        relationshipType: 'DESCRIBES',
        relatedSpdxElement: 'SPDXRef-octo-image',
      },
    ],
  };
}

/**
 * Pushes a P-platform index by digest into `repository` and attaches B bundles to it: the
 * signature, the SBOM and the provenance, then B − 3 more signatures (re-signings by other runs).
 */
async function signedImage(
  client: OciClient,
  repository: string,
  seed: string,
  platforms: number,
  bundles: number,
  sigstore: SigstoreEmulator,
): Promise<string> {
  const image = testImage(seed, { platforms: PLATFORMS.slice(0, platforms) });
  const digest = await pushImage(client, repository, image);
  const token = sigstore.issueToken();
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<
    string,
    unknown
  >;
  const signer = new SigningSession(
    { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
    staticIdentityProvider(token),
  );
  const predicates: [string, Record<string, unknown>][] = [
    [COSIGN_SIGN, {}],
    [SPDX_23, spdx(3)],
    [SLSA_PROVENANCE_V1, { ...buildProvenancePredicate(readProvenanceClaims(claims), 'https://github.com') }],
  ];
  for (let i = predicates.length; i < bundles; i++) predicates.push([COSIGN_SIGN, {}]);
  const subject = { mediaType: OCI_INDEX, digest, size: image.index.bytes.length };
  for (const [predicateType, predicate] of predicates) {
    const statement = {
      _type: IN_TOTO_STATEMENT_V1,
      subject: [{ name: `${client.registry}/${repository}`, digest: { sha256: digest.slice(7) } }],
      predicateType,
      predicate,
    };
    const bundle = await signer.signDsse(Buffer.from(JSON.stringify(statement)), IN_TOTO_PAYLOAD_TYPE);
    await attachBundle(
      client,
      repository,
      { subject, bundle: Buffer.from(JSON.stringify(bundle)), content: 'dsse-envelope', predicateType },
      { settleMs: 1 },
    );
  }
  return digest;
}

/** The GitHub emulator holding the git tag the provenance names (the tokens' commit). */
async function github(sigstore: SigstoreEmulator): Promise<GitHubEmulator> {
  const gh = await startGitHubEmulator({ validate: false });
  const claims = JSON.parse(Buffer.from(sigstore.issueToken().split('.')[1], 'base64url').toString()) as {
    sha: string;
  };
  gh.state.addRepo(REPO);
  gh.state.commit(REPO, { sha: claims.sha, message: 'release' });
  gh.state.lightweightTag(REPO, TAG, claims.sha);
  return gh;
}

/** One promote-image run (started by hand on main), timed around the whole step. */
async function promote(
  config: BenchConfig,
  gh: GitHubEmulator,
  sigstore: SigstoreEmulator,
  image: string,
  digest: string,
  platforms: number,
  workspace: string,
): Promise<{ ms: number; result: RunResult }> {
  const start = process.hrtime.bigint();
  const result = await runAction('promote-image', {
    root: config.root,
    workspace,
    repository: REPO,
    apiUrl: gh.url,
    serverUrl: 'https://github.com',
    ref: 'refs/heads/main',
    inputs: {
      image,
      digest,
      version: TAG.slice(1),
      'git-tag': TAG,
      'certificate-identity': sigstore.identity,
      'trusted-root': sigstore.trustedRootPath,
      'attestations-api': 'false',
      platforms: PLATFORMS.slice(0, platforms).join('\n'),
    },
    env: { SEALED_RELEASE_THROTTLE: 'false' },
    timeoutMs: 5 * 60 * 1000,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  result.dispose();
  if (result.code !== 0)
    throw new BenchError('RUN_FAILED', `bench: promote-image failed:\n${result.stdout}\n${result.stderr}`);
  return { ms, result };
}

/** Manifest PUTs in a slice of the emulator's log: the writes of a promotion. */
const writesIn = (log: OciRegistryEmulator['log']) =>
  log.filter((e) => e.method === 'PUT' && e.target === 'manifest').length;

/** The request count of a promotion and of its re-run, for each (P, B, T) of the run. */
async function requestRows(
  config: BenchConfig,
  sigstore: SigstoreEmulator,
  workspace: string,
): Promise<Row[]> {
  const rows: Row[] = [];
  const shapes = config.quick
    ? [[2, 3, 0]]
    : [
        [2, 3, 0],
        [2, 3, 2500],
        [4, 6, 100],
      ];
  for (const [p, b, t] of shapes) {
    // A registry that pages its tag list as GHCR does (n honoured, Link to the next page).
    const registry = await startOciRegistryEmulator({ tagPageSize: 1000 });
    const gh = await github(sigstore);
    try {
      const client = new OciClient({ registry: registry.host });
      const digest = await signedImage(client, REPO, `bench ${p} ${b} ${t}`, p, b, sigstore);
      // T older versions already tagged (lower than the one promoted: none is verified again).
      const older = testImage('older');
      await pushImage(client, REPO, older);
      const tags = registry.state.repository(REPO).tags;
      for (let i = 0; i < t; i++) tags.set(`0.${Math.floor(i / 100)}.${i % 100}`, older.index.digest);
      const image = `${registry.host}/${REPO}`;
      let mark = registry.log.length;
      const first = await promote(config, gh, sigstore, image, digest, p, workspace);
      const ours = registry.log.slice(mark);
      const requests = ours.length;
      const writes = writesIn(ours);
      const limit = p + 2 * b + Math.ceil(t / 1000) + 8;
      const shape = `P = ${p} platforms, B = ${b} bundles, T = ${t} tags`;
      // The peer: a full copy of the same index to a tag of the same repository, verifying nothing.
      mark = registry.log.length;
      await skopeoCopyAsync(`docker://${image}@${digest}`, `docker://${image}:copy`, config.root);
      const copy = registry.log.slice(mark);
      rows.push({
        section: 'images',
        what: `promote-image, ${shape}`,
        ours: `${requests} requests (${writes} writes; outputs writes=${first.result.outputs.writes})`,
        baseline: `skopeo copy --all: ${copy.length} requests (${writesIn(copy)} writes), nothing verified`,
        result: `${requests} requests`,
        target: `≤ P + 2B + ⌈T/1000⌉ + 8 = ${limit}`,
        met: requests <= limit && String(writes) === first.result.outputs.writes,
        note:
          requests > limit
            ? `promote-image made ${requests} requests: ${summarize(ours)} (GET referrers is the referrers API probe, answered 404 by a registry without it, as GHCR; the tag list is read again after writing, to reconcile with a concurrent promoter).`
            : undefined,
      });
      mark = registry.log.length;
      const again = await promote(config, gh, sigstore, image, digest, p, workspace);
      const againRequests = registry.log.length - mark;
      const rewrites = writesIn(registry.log.slice(mark));
      mark = registry.log.length;
      await skopeoCopyAsync(`docker://${image}@${digest}`, `docker://${image}:copy`, config.root);
      const recopy = registry.log.slice(mark);
      rows.push({
        section: 'images',
        what: `promote-image re-run, ${shape}`,
        ours: `${againRequests} requests (${rewrites} writes; outputs writes=${again.result.outputs.writes})`,
        baseline: `skopeo copy --all again: ${recopy.length} requests (${writesIn(recopy)} writes)`,
        result: `${rewrites} writes`,
        target: '0 writes',
        met: rewrites === 0 && again.result.outputs.writes === '0',
      });
    } finally {
      await registry.stop();
      await gh.stop();
    }
  }
  return rows;
}

/** `GET manifest × 5, PUT manifest × 2…`: what a promotion asked for. */
function summarize(log: OciRegistryEmulator['log']): string {
  const counts = new Map<string, number>();
  for (const e of log)
    counts.set(`${e.method} ${e.target}`, (counts.get(`${e.method} ${e.target}`) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} × ${n}`).join(', ');
}

/**
 * promote-image against distribution 2.8 beside skopeo copying the same index within the
 * repository, alternately, each round in a repository of its own (so every promotion writes).
 */
async function timeRow(config: BenchConfig, sigstore: SigstoreEmulator, workspace: string): Promise<Row> {
  const registry = await startOciRegistry(undefined, config.root);
  const gh = await github(sigstore);
  try {
    const client = new OciClient({ registry: registry.host });
    const ours: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < config.rounds; i++) {
      const repository = `bench/app${i}`;
      const digest = await signedImage(client, repository, `timed ${i}`, 2, 3, sigstore);
      const image = `${registry.host}/${repository}`;
      base.push(skopeoCopy(`docker://${image}@${digest}`, `docker://${image}:copy`, config.root));
      ours.push((await promote(config, gh, sigstore, image, digest, 2, workspace)).ms);
      const copied = await client.getManifest(repository, 'copy');
      if (copied?.digest !== digest)
        throw new BenchError('RUN_FAILED', `bench: skopeo's copy is ${copied?.digest}, not ${digest}`);
    }
    const o = stats(ours);
    const s = stats(base);
    const ratio = o.median / s.median;
    return {
      section: 'images',
      what: 'promote-image vs skopeo copy --all --preserve-digests of the same 2-platform index, real registry',
      ours: showMs(o),
      baseline: showMs(s),
      result: `${ratio.toFixed(2)}×`,
      target: '≤ 1.5×',
      met: ratio <= 1.5,
      note:
        ratio > 1.5
          ? 'promote-image verifies three Sigstore bundles (certificate chain, transparency log entry, timestamp, exact identity), resolves the git tag through the GitHub API and loads a 3 MB bundle with the Sigstore client (its start alone, a refused configuration, is in the cold start rows); skopeo copies without verifying anything. A target of 1.5× a Go binary that verifies nothing leaves a Node action about 40 ms of its own.'
          : undefined,
    };
  } finally {
    await registry.stop();
    await gh.stop();
  }
}

export async function benchImages(config: BenchConfig): Promise<Row[]> {
  const sigstore = await startSigstore({ repository: REPO, tag: TAG });
  const workspace = path.join(config.dir, 'images-ws');
  fs.mkdirSync(workspace, { recursive: true });
  try {
    return [...(await requestRows(config, sigstore, workspace)), await timeRow(config, sigstore, workspace)];
  } finally {
    await sigstore.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}
