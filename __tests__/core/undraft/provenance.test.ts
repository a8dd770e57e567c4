/*
 * undraft's verify-provenance gate (core/undraft/provenance.ts), through the whole
 * pipeline against the loopback GitHub and Sigstore emulators. The provenance is made for real
 * with attest-provenance's core (attestFiles): the Sigstore emulator's certificates carry the
 * GitHub extensions filled from the token, and the GitHub emulator stores and lists attestations.
 * Every refusal leaves the draft unpublished; every pass publishes.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Report } from '../../../src/core/action/report.js';
import { createClient, type GitHubClient } from '../../../src/core/github/client.js';
import { attestFiles } from '../../../src/core/provenance/attest.js';
import { storeAttestation } from '../../../src/core/provenance/store.js';
import { SigningSession } from '../../../src/core/sigstore/sign.js';
import { staticIdentityProvider } from '../../../src/core/sigstore/oidc.js';
import { loadTrust } from '../../../src/core/sigstore/trust.js';
import { undraft, type UndraftConfig } from '../../../src/core/undraft/pipeline.js';
import { DEFAULT_TOKEN } from '../../../src/emulator/github/index.js';
import { startSigstore } from '../../../src/emulator/sigstore/index.js';
import { useGitHub } from '../../helpers/github.js';
import { useServer } from '../../helpers/servers.js';
import { workspace } from '../../helpers/workspace.js';

const emu = useGitHub({ scope: 'all' });
const sigstore = useServer('sigstore', startSigstore);
const SERVER = 'https://github.com';
const TAG = 'v1.2.3';
const APP = 'app bytes\n';
const LIB = 'lib bytes\n';
let client: GitHubClient;
let counter = 0;

beforeAll(() => {
  client = createClient(DEFAULT_TOKEN, { baseUrl: emu.url, backoffMs: 1, throttle: false });
});

const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');

interface Fixture {
  repository: string;
  owner: string;
  repo: string;
  commit: string;
  draftId: number;
  workflow: string;
  identity: string;
}

/** A repository with tag v1.2.3 on a fresh commit and an empty draft for it. */
function fixture(): Fixture {
  const repository = `octo-org/provgate-${++counter}`;
  emu.state.addRepo(repository);
  const commit = emu.state.commit(repository, { branch: 'main', message: 'release commit' });
  emu.state.annotatedTag(repository, TAG, commit);
  const draft = emu.state.addRelease(repository, { tagName: TAG, draft: true, targetCommitish: commit });
  const workflow = `${repository}/.github/workflows/release.yml@refs/tags/${TAG}`;
  const [owner, repo] = repository.split('/');
  return { repository, owner, repo, commit, draftId: draft.id, workflow, identity: `${SERVER}/${workflow}` };
}

/**
 * Provenance of `files` (name → bytes), made by attestFiles with a token for the fixture's
 * repository and commit, `claims` overriding; returns the bundle's text (and stores it when asked).
 */
async function attest(
  fx: Fixture,
  files: Record<string, string>,
  claims: Record<string, unknown> = {},
  store = false,
): Promise<string> {
  const dir = workspace(
    Object.fromEntries(Object.entries(files).map(([n, b]) => [`dist/${n}`, b])),
    'provgate',
  );
  const token = sigstore.issueToken({
    repository: fx.repository,
    repository_owner: fx.owner,
    sub: `repo:${fx.repository}:ref:refs/tags/${TAG}`,
    ref: `refs/tags/${TAG}`,
    sha: fx.commit,
    workflow_ref: fx.workflow,
    job_workflow_ref: fx.workflow,
    ...claims,
  });
  const identity = staticIdentityProvider(token);
  const session = new SigningSession(
    { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
    identity,
  );
  const bundlePath = path.join(dir, 'provenance.sigstore.json');
  const report = new Report('attest-provenance');
  await attestFiles(
    { files: ['dist/*'], bundlePath, root: dir, serverUrl: SERVER, env: {} },
    {
      identity,
      signDsse: (payload, type) => session.signDsse(payload, type),
      trust: () => loadTrust(sigstore.trustedRootPath),
      store: store
        ? (bundle) => storeAttestation(client, { owner: fx.owner, repo: fx.repo }, bundle, SERVER)
        : undefined,
      warn: () => {},
    },
    report,
  );
  expect(report.failures).toEqual([]);
  return fs.readFileSync(bundlePath, 'utf8');
}

/** undraft with verify-provenance only (no signatures required), against the fixture's release. */
async function gate(
  fx: Fixture,
  assets: Record<string, string>,
  config: Partial<UndraftConfig> = {},
): Promise<{ report: Report; row: string; published: boolean }> {
  for (const [name, bytes] of Object.entries(assets)) emu.state.addAsset(fx.draftId, name, bytes);
  const report = new Report('undraft');
  const tempDir = workspace({}, 'provgate-temp');
  await undraft(
    { client, serverUrl: SERVER, tempDir, pollMs: 10 },
    {
      repository: { owner: fx.owner, repo: fx.repo },
      tag: TAG,
      expectedAssets: Object.keys(assets),
      exact: false,
      requireSignatures: false,
      bundleSuffix: '.sigstore.json',
      verifySignatures: false,
      verifyProvenance: true,
      certificateIdentity: fx.identity,
      certificateIssuer: 'https://token.actions.githubusercontent.com',
      trustedRoot: sigstore.trustedRootPath,
      makeLatest: 'auto',
      prerelease: 'auto',
      verifyAttestation: 'false',
      attestationTimeoutMs: 1000,
      ...config,
    },
    report,
  );
  const row = report.rows.find((r) => r.check === 'provenance');
  const published = emu.state.repo(fx.repository).releases.some((r) => r.tagName === TAG && !r.draft);
  return {
    report,
    row: row ? `${row.ok ? 'PASS' : 'FAIL'} ${row.detail}` : '(no provenance row)',
    published,
  };
}

const BUNDLE = 'app-1.2.3.intoto.sigstore.json';

describe('undraft verify-provenance: passes', () => {
  it('provenance as a release asset: it is evidence, and vouches for every asset it names', async () => {
    const fx = fixture();
    const bundle = await attest(fx, { 'app.tgz': APP, 'lib.tgz': LIB });
    const { report, row, published } = await gate(fx, { 'app.tgz': APP, 'lib.tgz': LIB, [BUNDLE]: bundle });
    expect(report.failures).toEqual([]);
    expect(row).toMatch(/^PASS each of the 2 payload asset\(s\)/);
    expect(row).toContain(`2 from release asset "${BUNDLE}"`);
    expect(report.rows.find((r) => r.check === 'evidence')?.detail).toContain('1 provenance bundle(s)');
    expect(published).toBe(true);
  });

  it('provenance only through the attestations API', async () => {
    const fx = fixture();
    await attest(fx, { 'app.tgz': APP }, {}, true);
    const { report, row, published } = await gate(fx, { 'app.tgz': APP });
    expect(report.failures).toEqual([]);
    expect(row).toContain('1 from the attestations API');
    expect(published).toBe(true);
  });
});

describe('a provenance bundle on the release is evidence, not payload', () => {
  it('needs no signature bundle of its own, and is expected with `exact` when it names an expected asset', async () => {
    const fx = fixture();
    const provenance = await attest(fx, { 'app.tgz': APP });
    const session = new SigningSession(
      { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
      staticIdentityProvider(
        sigstore.issueToken({ job_workflow_ref: fx.workflow, repository: fx.repository }),
      ),
    );
    const signature = JSON.stringify(await session.signMessage(Buffer.from(APP)));
    const { report, published } = await gate(
      fx,
      { 'app.tgz': APP, 'app.tgz.sigstore.json': signature, [BUNDLE]: provenance },
      { requireSignatures: true, verifySignatures: true, exact: true, expectedAssets: ['app.tgz'] },
    );
    expect(report.failures).toEqual([]);
    expect(report.rows.find((r) => r.check === 'signatures present')?.detail).toContain(
      'each of the 1 payload asset(s)',
    );
    // verify-signatures verifies it too: a DSSE in-toto envelope signed by exactly the identity.
    expect(report.rows.find((r) => r.check === `signature: ${BUNDLE}`)?.detail).toBe(
      `an in-toto statement of 1 subject(s) signed by ${fx.identity}`,
    );
    expect(published).toBe(true);
  });

  it('verify-signatures refuses a provenance bundle signed by another workflow', async () => {
    const fx = fixture();
    const other = `${fx.repository}/.github/workflows/other.yml@refs/tags/${TAG}`;
    const provenance = await attest(fx, { 'app.tgz': APP }, { workflow_ref: other, job_workflow_ref: other });
    const { report, published } = await gate(
      fx,
      { 'app.tgz': APP, [BUNDLE]: provenance },
      { verifyProvenance: false, verifySignatures: true, expectedAssets: ['app.tgz'] },
    );
    const row = report.rows.find((r) => r.check === `signature: ${BUNDLE}`);
    expect(row?.ok).toBe(false);
    expect(row?.detail).toContain(`"${SERVER}/${other}"`);
    expect(published).toBe(false);
  });

  it('without verify-provenance, `exact` still refuses it when nobody expected it', async () => {
    const fx = fixture();
    const provenance = await attest(fx, { 'app.tgz': APP });
    const { report, published } = await gate(
      fx,
      { 'app.tgz': APP, [BUNDLE]: provenance },
      { verifyProvenance: false, exact: true, expectedAssets: ['app.tgz'] },
    );
    expect(report.failures.map((f) => f.check)).toEqual(['exact', 'publish']);
    expect(published).toBe(false);
  });

  it('a bundle named for a missing asset whose statement names no asset of the release is a payload', async () => {
    const fx = fixture();
    const provenance = await attest(fx, { 'other.tgz': 'other\n' });
    const { report } = await gate(
      fx,
      { 'app.tgz': APP, [BUNDLE]: provenance },
      { verifyProvenance: false, requireSignatures: true, expectedAssets: ['app.tgz'] },
    );
    expect(report.rows.find((r) => r.check === 'signatures present')?.detail).toContain(
      `"${BUNDLE}"`.slice(1, -1) +
        `' (a bundle of 'app-1.2.3.intoto', which is not on the release, and its statement names no asset of the release by name and sha256)`,
    );
  });
});

describe('undraft verify-provenance: refusals (nothing published)', () => {
  it('none at all', async () => {
    const fx = fixture();
    const { row, published } = await gate(fx, { 'app.tgz': APP });
    expect(row).toContain(
      `FAIL no verified SLSA v1 provenance signed by exactly ${fx.identity} for commit ${fx.commit}: "app.tgz" (no provenance names it: none among the release assets, none in the attestations API)`,
    );
    expect(published).toBe(false);
  });

  it('a payload asset no provenance names, every failing asset named at once', async () => {
    const fx = fixture();
    const bundle = await attest(fx, { 'app.tgz': APP });
    const { row, published } = await gate(fx, {
      'app.tgz': APP,
      'lib.tgz': LIB,
      'tool.bin': 'tool\n',
      [BUNDLE]: bundle,
    });
    expect(row).toMatch(/^FAIL /);
    expect(row).toContain('"lib.tgz" (no provenance names it');
    expect(row).toContain('"tool.bin" (no provenance names it');
    expect(row).not.toContain('"app.tgz"');
    expect(published).toBe(false);
  });

  it('a provenance signed by another workflow', async () => {
    const fx = fixture();
    const other = `${fx.repository}/.github/workflows/other.yml@refs/tags/${TAG}`;
    const bundle = await attest(fx, { 'app.tgz': APP }, { workflow_ref: other, job_workflow_ref: other });
    const { row, published } = await gate(fx, { 'app.tgz': APP, [BUNDLE]: bundle });
    expect(row).toContain(
      `"app.tgz" (release asset "${BUNDLE}": signer: certificate identity is "${SERVER}/${other}", expected exactly`,
    );
    expect(published).toBe(false);
  });

  it("a provenance for another commit (the token's sha claim differs)", async () => {
    const fx = fixture();
    const otherCommit = 'f'.repeat(40);
    const bundle = await attest(fx, { 'app.tgz': APP }, { sha: otherCommit });
    const { row, published } = await gate(fx, { 'app.tgz': APP, [BUNDLE]: bundle });
    expect(row).toContain(
      `source-digest: the source commit (1.3.6.1.4.1.57264.1.13) is "${otherCommit}", expected exactly "${fx.commit}"`,
    );
    expect(published).toBe(false);
  });

  it("a provenance whose subject digest differs from the asset's bytes", async () => {
    const fx = fixture();
    const bundle = await attest(fx, { 'app.tgz': 'the bytes that were built\n' });
    const { row, published } = await gate(fx, { 'app.tgz': APP, [BUNDLE]: bundle });
    // Its statement names no asset of the release by name and sha256: it is no evidence (a
    // payload itself), and it is judged for the asset whose name it carries.
    expect(row).toContain(
      `"app.tgz" (release asset "${BUNDLE}": subject: no subject of the statement has sha256:${sha256(APP)}; subject-name: no subject is named 'app.tgz' with sha256:${sha256(APP)} (it names 'app.tgz' with sha256:"${sha256('the bytes that were built\n')}")`,
    );
    expect(row).toContain(`"${BUNDLE}" (no provenance names it`);
    expect(published).toBe(false);
  });

  it('one provenance of two assets, the second with other bytes: judged once, each asset its own subject', async () => {
    const fx = fixture();
    const bundle = await attest(fx, { 'app.tgz': APP, 'lib.tgz': LIB });
    const tampered = 'tampered lib\n';
    const { row, published } = await gate(fx, { 'app.tgz': APP, 'lib.tgz': tampered, [BUNDLE]: bundle });
    expect(row).toContain(
      `"lib.tgz" (release asset "${BUNDLE}": subject: no subject of the statement has sha256:${sha256(tampered)}; subject-name:`,
    );
    expect(row).not.toContain('"app.tgz"');
    expect(published).toBe(false);
  });

  it("the name differs: the asset's sha256 under another subject name", async () => {
    const fx = fixture();
    const bundle = await attest(fx, { 'renamed.tgz': APP, 'lib.tgz': LIB });
    const { row, published } = await gate(fx, { 'app.tgz': APP, 'lib.tgz': LIB, [BUNDLE]: bundle });
    expect(row).toContain(
      `"app.tgz" (release asset "${BUNDLE}": subject-name: no subject is named 'app.tgz' with sha256:${sha256(APP)}`,
    );
    expect(row).not.toContain('"lib.tgz"');
    expect(published).toBe(false);
  });

  it('a provenance stored through the API for another commit is refused too', async () => {
    const fx = fixture();
    await attest(fx, { 'app.tgz': APP }, { sha: 'e'.repeat(40) }, true);
    const { row, published } = await gate(fx, { 'app.tgz': APP });
    expect(row).toContain('"app.tgz" (attestation 1 of 1 (attestations API): source-digest:');
    expect(published).toBe(false);
  });

  it('a release provenance whose signature does not verify (its envelope altered)', async () => {
    const fx = fixture();
    const bundle = JSON.parse(await attest(fx, { 'app.tgz': APP })) as {
      dsseEnvelope: { signatures: { sig: string }[] };
    };
    const sig = Buffer.from(bundle.dsseEnvelope.signatures[0].sig, 'base64');
    sig[sig.length - 1] ^= 1;
    bundle.dsseEnvelope.signatures[0].sig = sig.toString('base64');
    const { row, published } = await gate(fx, { 'app.tgz': APP, [BUNDLE]: JSON.stringify(bundle) });
    expect(row).toMatch(
      new RegExp(`"app\\.tgz" \\(release asset "${BUNDLE.replace(/\./g, '\\.')}": signature: `),
    );
    expect(published).toBe(false);
  });

  it('a provenance made in another repository', async () => {
    const fx = fixture();
    const foreign = 'octo-org/elsewhere';
    const wf = `${foreign}/.github/workflows/release.yml@refs/tags/${TAG}`;
    const bundle = await attest(
      fx,
      { 'app.tgz': APP },
      {
        repository: foreign,
        workflow_ref: wf,
        job_workflow_ref: wf,
        sub: `repo:${foreign}:ref:refs/tags/${TAG}`,
      },
    );
    const { row, published } = await gate(fx, { 'app.tgz': APP, [BUNDLE]: bundle });
    expect(row).toContain('source-repository: the source repository (1.3.6.1.4.1.57264.1.12) is');
    expect(published).toBe(false);
  });
});
