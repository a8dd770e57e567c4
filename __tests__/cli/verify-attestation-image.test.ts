/*
 * `sealed-release verify-attestation oci://REGISTRY/NAME@sha256:…`, the shipped CLI
 * (dist/cli/index.js), against the REAL registry (CNCF distribution 2.8 with token auth: no
 * referrers API, so the bundles are found through the `sha256-<hex>` tag index) holding SLSA
 * provenance attached by the core (`attestImage` with the predicate attest-provenance builds
 * from the token's claims), signed through the Sigstore emulator. The per-check rows are the
 * file's; each near miss fails in its own row; registry credentials as verify-image reads them.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { attestImage } from '../../src/core/image/attest-image.js';
import { attachBundle } from '../../src/core/oci/bundle-referrer.js';
import { OciClient } from '../../src/core/oci/client.js';
import { OCI_INDEX } from '../../src/core/oci/media-types.js';
import {
  buildProvenancePredicate,
  readProvenanceClaims,
  SLSA_PROVENANCE_V1,
} from '../../src/core/provenance/predicate.js';
import { decodeJwtClaims, SigningSession, staticIdentityProvider } from '../../src/core/sigstore/index.js';
import { loadTrust } from '../../src/core/sigstore/trust.js';
import { DEFAULT_TOKEN } from '../../src/emulator/github/index.js';
import { spawnCollected } from '../../src/emulator/runner.js';
import { GITHUB_ISSUER, startSigstore } from '../../src/emulator/sigstore/index.js';
import { pushImage, SIGN, signStatement } from '../core/image/fixture.js';
import { createClient } from '../../src/core/github/client.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../../src/core/intoto.js';
import { storeAttestation } from '../../src/core/provenance/store.js';
import { imageStatement } from '../../src/core/image/attest-image.js';
import { useGitHub } from '../helpers/github.js';
import { startOciRegistry } from '../helpers/oci-registry.js';
import { useServer } from '../helpers/servers.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');
const credentials = { username: 'puller', password: 'pull-secret-value' };
const registry = useServer('registry', () =>
  startOciRegistry({ users: { puller: credentials.password }, grants: { puller: ['*'] } }),
);
const sigstore = useServer('sigstore', () => startSigstore());
const gh = useGitHub({ scope: 'all' });

const REPO = 'octo-org/octo-repo';
const WORKFLOW = `${REPO}/.github/workflows/release.yml`;
const REF = 'refs/tags/v1.2.3';
/** The Sigstore emulator's default `sha` claim. */
const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const SERVER = 'https://github.com';
const EXACT = [
  '--signer-workflow',
  WORKFLOW,
  '--source-ref',
  REF,
  '--source-digest',
  COMMIT,
  '--deny-self-hosted-runners',
];

let scratch: string;
let client: OciClient;
/** `oci://…@digest` of an image with good provenance (and a cosign signature beside it). */
let good: string;
let goodDigest: string;

/** Signs the provenance attest-provenance would make for a token with `claims`, and attaches it to `digest`. */
async function attestProvenance(digest: string, claims: Record<string, unknown> = {}): Promise<void> {
  const token = sigstore.issueToken(claims);
  const session = new SigningSession(
    { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
    staticIdentityProvider(token),
  );
  const tokenClaims = decodeJwtClaims(token);
  await attestImage(
    { registry: registry.host, repository: 'team/app', digest },
    {
      type: SLSA_PROVENANCE_V1,
      predicate: buildProvenancePredicate(readProvenanceClaims(tokenClaims), SERVER) as unknown as Record<
        string,
        unknown
      >,
    },
    { identity: `${SERVER}/${String(tokenClaims.job_workflow_ref)}`, issuer: GITHUB_ISSUER },
    {
      registry: client,
      signDsse: (payload, type) => session.signDsse(payload, type),
      trust: () => loadTrust(sigstore.trustedRootPath),
    },
    { settleMs: 1 },
  );
}

/** A fresh two-platform image in team/app; its `oci://` name. */
async function image(seed: string): Promise<{ name: string; digest: string }> {
  const pushed = await pushImage(client, 'team/app', seed, { tag: seed });
  return { name: `oci://${registry.host}/team/app@${pushed.index.digest}`, digest: pushed.index.digest };
}

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-attestation-image-'));
  client = new OciClient({ registry: registry.host, credentials });
  const pushed = await image('attested');
  good = pushed.name;
  goodDigest = pushed.digest;
  await attestProvenance(goodDigest);
  // A cosign signature beside it: annotated with another predicate type, it is not read.
  const signature = await signStatement(
    new SigningSession(
      { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
      staticIdentityProvider(sigstore.issueToken()),
    ),
    goodDigest,
    SIGN,
  );
  const subject = await client.requireManifest('team/app', goodDigest);
  await attachBundle(
    client,
    'team/app',
    {
      subject: { mediaType: OCI_INDEX, digest: goodDigest, size: subject.bytes.length },
      bundle: signature,
      content: 'dsse-envelope',
      predicateType: SIGN,
    },
    { settleMs: 1 },
  );
}, 60_000);

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

const CREDENTIALS = { REGISTRY_USERNAME: credentials.username, REGISTRY_PASSWORD: credentials.password };

const run = (args: string[], env: Record<string, string> = CREDENTIALS) =>
  spawnCollected(process.execPath, [cli, 'verify-attestation', ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: scratch, GITHUB_SERVER_URL: SERVER, ...env },
    timeoutMs: 60_000,
  });

const verify = (name: string, flags: string[] = [], env?: Record<string, string>) =>
  run([name, '--repo', REPO, '--trusted-root', sigstore.trustedRootPath, ...flags], env);

/** The rows printed, as `PASS check` / `FAIL check`. */
const verdicts = (stdout: string) =>
  stdout
    .split('\n')
    .map((l) => /^ {2}(PASS|FAIL) ([a-z-]+):/.exec(l))
    .filter((m) => m !== null)
    .map((m) => `${m[1]} ${m[2]}`);
const failures = (stdout: string) => verdicts(stdout).filter((v) => v.startsWith('FAIL'));

describe('verify-attestation oci://', () => {
  it("verifies an image's provenance from the registry's referrers: every check in its own row", async () => {
    const r = await verify(good, EXACT);
    expect(r.code).toBe(0);
    expect(verdicts(r.stdout)).toEqual([
      'PASS signature',
      'PASS subject',
      'PASS predicate-type',
      'PASS signer',
      'PASS source-repository',
      'PASS source-ref',
      'PASS source-digest',
      'PASS runner',
      'PASS predicate-agrees',
    ]);
    expect(r.stdout).toContain(
      `attestation #1 of 1 (the registry's ${goodDigest.replace(':', '-')} tag index):`,
    );
    expect(r.stdout).toContain(`OK: ${goodDigest} is attested: attestation #1 passed every check`);
    // The cosign signature beside it was not read; the API was not asked (no token).
    expect(r.stderr).toContain('1 referrer(s)');
    expect(r.stderr).toContain('the attestations API was not read (no GH_TOKEN or GITHUB_TOKEN)');
  });

  it('the same from the docker config, and JSON output names the source of each attestation', async () => {
    const docker = path.join(scratch, 'docker');
    fs.mkdirSync(docker, { recursive: true });
    const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
    fs.writeFileSync(
      path.join(docker, 'config.json'),
      JSON.stringify({ auths: { [registry.host]: { auth } } }),
    );
    const r = await verify(good, [...EXACT, '--format', 'json'], { DOCKER_CONFIG: docker });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { verified: boolean; attestations: { source: string }[] };
    expect(report.verified).toBe(true);
    expect(report.attestations.map((a) => a.source)).toEqual([
      `the registry's ${goodDigest.replace(':', '-')} tag index`,
    ]);
  });

  it('near misses of the identity each fail in their own row', async () => {
    const workflow = await verify(good, ['--signer-workflow', `${REPO}/.github/workflows/releas.yml`]);
    expect(workflow.code).toBe(1);
    expect(failures(workflow.stdout)).toEqual(['FAIL signer']);
    const ref = await verify(good, [...EXACT.slice(0, 2), '--source-ref', 'refs/tags/v1.2']);
    expect(ref.code).toBe(1);
    expect(failures(ref.stdout)).toEqual(['FAIL signer', 'FAIL source-ref']);
    const commit = await verify(good, ['--source-digest', COMMIT.replace(/7$/, '8')]);
    expect(commit.code).toBe(1);
    expect(failures(commit.stdout)).toEqual(['FAIL source-digest']);
    const repo = await run([good, '--repo', 'octo-org/octo-rep', '--trusted-root', sigstore.trustedRootPath]);
    expect(repo.code).toBe(1);
    expect(failures(repo.stdout)).toEqual(['FAIL signer', 'FAIL source-repository']);
    const type = await verify(good, ['--predicate-type', 'https://spdx.dev/Document/v2.3']);
    expect(type.code).toBe(1);
    expect(r(type)).toContain('holds no attestation');
  });

  it('a self-hosted build fails only with --deny-self-hosted-runners', async () => {
    const selfHosted = await image('self-hosted');
    await attestProvenance(selfHosted.digest, { runner_environment: 'self-hosted' });
    expect((await verify(selfHosted.name)).code).toBe(0);
    const denied = await verify(selfHosted.name, EXACT);
    expect(denied.code).toBe(1);
    expect(failures(denied.stdout)).toEqual(['FAIL runner']);
  });

  it('a referrer of this image whose bundle attests another digest fails the subject row', async () => {
    const target = await image('borrowed');
    const subject = await client.requireManifest('team/app', target.digest);
    // The good image's provenance bundle, attached to another image: the referrer's subject is
    // right, the signed statement is about the other digest.
    const referrers = await client.getManifest('team/app', goodDigest.replace(':', '-'));
    const entry = (
      referrers!.json.manifests as { digest: string; annotations?: Record<string, string> }[]
    ).find((m) => m.annotations?.['dev.sigstore.bundle.predicateType'] === SLSA_PROVENANCE_V1)!;
    const manifest = await client.requireManifest('team/app', entry.digest);
    const layer = (manifest.json.layers as { digest: string; size: number }[])[0];
    const bundle = await client.getBlob('team/app', layer.digest, layer.size);
    await attachBundle(
      client,
      'team/app',
      {
        subject: { mediaType: OCI_INDEX, digest: target.digest, size: subject.bytes.length },
        bundle,
        content: 'dsse-envelope',
        predicateType: SLSA_PROVENANCE_V1,
      },
      { settleMs: 1 },
    );
    const r = await verify(target.name, EXACT);
    expect(r.code).toBe(1);
    expect(failures(r.stdout)).toEqual(['FAIL subject']);
  });

  it('an image without provenance fails: the registry holds none', async () => {
    const bare = await image('bare');
    const r = await verify(bare.name, EXACT);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FAIL: the registry (no referrers API, no tag index) holds no attestation`);
  });

  it('without credentials the registry refuses, and the message names the variables', async () => {
    const r = await verify(good, EXACT, {});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Fix: Check the credential inputs `REGISTRY_USERNAME`, `REGISTRY_PASSWORD`');
    expect(r.stdout).toBe('');
  });

  it('refuses a tag, a malformed reference and half the credentials, all at once where they can be', async () => {
    const tag = await verify(`oci://${registry.host}/team/app:attested`);
    expect(tag.code).toBe(2);
    expect(tag.stderr).toContain('names no digest');
    const half = await verify(good, [], { REGISTRY_USERNAME: 'puller' });
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('REGISTRY_USERNAME and REGISTRY_PASSWORD go together');
    const bad = await verify('oci://Not A Reference@sha256:abc');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('oci://Not A Reference@sha256:abc');
  });
});

describe('verify-attestation oci:// with the attestations API', () => {
  it('reads the API too when a token is set: provenance stored only there verifies; --offline reads the registry only', async () => {
    gh.state.addRepo(REPO);
    const api = await image('api-only');
    const token = sigstore.issueToken();
    const session = new SigningSession(
      { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
      staticIdentityProvider(token),
    );
    const statement = imageStatement(
      { registry: registry.host, repository: 'team/app', digest: api.digest },
      {
        type: SLSA_PROVENANCE_V1,
        predicate: buildProvenancePredicate(
          readProvenanceClaims(decodeJwtClaims(token)),
          SERVER,
        ) as unknown as Record<string, unknown>,
      },
    );
    const bundle = await session.signDsse(Buffer.from(JSON.stringify(statement)), IN_TOTO_PAYLOAD_TYPE);
    const client = createClient(DEFAULT_TOKEN, { retries: 0, maskToken: false, baseUrl: gh.url });
    await storeAttestation(client, { owner: 'octo-org', repo: 'octo-repo' }, bundle, SERVER);
    const withToken = { ...CREDENTIALS, GH_TOKEN: DEFAULT_TOKEN, GITHUB_API_URL: gh.url };

    const r = await verify(api.name, EXACT, withToken);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`attestation #1 of 1 (the attestations API of ${REPO}):`);
    // Without the token the registry alone holds none.
    const registryOnly = await verify(api.name, EXACT);
    expect(registryOnly.code).toBe(1);
    expect(registryOnly.stderr).toContain('holds no attestation');
    // Both sources for the image with a referrer: the registry's bundle passes.
    const both = await verify(good, EXACT, withToken);
    expect(both.code).toBe(0);
    expect(both.stderr).toContain('1 referrer(s)');
    // --offline: the API is not read (and the embedded root does not trust the emulator's CA).
    const offline = await run([api.name, '--repo', REPO, '--offline', ...EXACT], withToken);
    expect(offline.code).toBe(1);
    expect(offline.stderr).toContain('the attestations API was not read (--offline)');
  });
});

/** stdout and stderr together. */
function r(result: { stdout: string; stderr: string }): string {
  return result.stdout + result.stderr;
}
