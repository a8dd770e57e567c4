/*
 * undraft's `verify-provenance`, run from its dist bundle as a runner runs it, against the
 * loopback GitHub emulator (every exchange validated against GitHub's OpenAPI description) and
 * the local Sigstore. The provenance is made for real by attest-provenance's core (attestFiles):
 * a release asset as stage-release uploads it, or stored with the attestations API.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Report } from '../../src/core/action/report.js';
import { createClient } from '../../src/core/github/client.js';
import { attestFiles } from '../../src/core/provenance/attest.js';
import { storeAttestation } from '../../src/core/provenance/store.js';
import { SigningSession } from '../../src/core/sigstore/sign.js';
import { staticIdentityProvider } from '../../src/core/sigstore/oidc.js';
import { loadTrust } from '../../src/core/sigstore/trust.js';
import { DEFAULT_TOKEN, type Release } from '../../src/emulator/github/index.js';
import { startSigstore } from '../../src/emulator/sigstore/index.js';
import { runAction, visibleText, type RunResult } from '../../src/emulator/runner.js';
import { parseInputs } from '../../src/actions/undraft/inputs.js';
import { useGitHub } from '../helpers/github.js';
import { reader } from '../helpers/inputs.js';
import { useServer } from '../helpers/servers.js';
import { workspace } from '../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../..');
const emu = useGitHub({ scope: 'all' });
const sigstore = useServer('sigstore', startSigstore);
/** The certificates' server (the Sigstore emulator writes github.com SANs, as Fulcio does). */
const SERVER = 'https://github.com';
const TAG = 'v2.0.0';
const APP = 'app tarball bytes\n';
const BUNDLE = 'app-2.0.0.intoto.sigstore.json';
let counter = 0;

interface Fixture {
  repository: string;
  owner: string;
  repo: string;
  commit: string;
  draftId: number;
  workflow: string;
}

function fixture(): Fixture {
  const repository = `octo-org/provgate-action-${++counter}`;
  emu.state.addRepo(repository);
  const commit = emu.state.commit(repository, { branch: 'main', message: 'release commit' });
  emu.state.annotatedTag(repository, TAG, commit);
  const draft = emu.state.addRelease(repository, { tagName: TAG, draft: true, targetCommitish: commit });
  const [owner, repo] = repository.split('/');
  const workflow = `${repository}/.github/workflows/release.yml@refs/tags/${TAG}`;
  return { repository, owner, repo, commit, draftId: draft.id, workflow };
}

/** SLSA provenance of app.tgz made with attestFiles, `claims` overriding the fixture's token. */
async function attest(fx: Fixture, claims: Record<string, unknown> = {}, store = false): Promise<string> {
  const dir = workspace({ 'dist/app.tgz': APP }, 'provgate-action');
  const identity = staticIdentityProvider(
    sigstore.issueToken({
      repository: fx.repository,
      repository_owner: fx.owner,
      sub: `repo:${fx.repository}:ref:refs/tags/${TAG}`,
      ref: `refs/tags/${TAG}`,
      sha: fx.commit,
      workflow_ref: fx.workflow,
      job_workflow_ref: fx.workflow,
      ...claims,
    }),
  );
  const session = new SigningSession(
    { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
    identity,
  );
  const client = createClient(DEFAULT_TOKEN, { retries: 0, maskToken: false, baseUrl: emu.url });
  const bundlePath = path.join(dir, BUNDLE);
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

async function run(fx: Fixture, assets: Record<string, string>): Promise<RunResult> {
  for (const [name, bytes] of Object.entries(assets)) emu.state.addAsset(fx.draftId, name, bytes);
  const result = await runAction('undraft', {
    root,
    workspace: workspace({}, 'provgate-action-ws'),
    apiUrl: emu.url,
    serverUrl: SERVER,
    token: DEFAULT_TOKEN,
    repository: fx.repository,
    ref: `refs/tags/${TAG}`,
    sha: fx.commit,
    inputs: {
      'expected-assets': 'app.tgz',
      'require-signatures': 'false',
      'verify-provenance': 'true',
      'certificate-identity': `${SERVER}/${fx.workflow}`,
      'trusted-root': sigstore.trustedRootPath,
      'verify-release-attestation': 'false',
    },
    env: { SEALED_RELEASE_POLL_MS: '50' },
    timeoutMs: 60_000,
  });
  expect(visibleText(result)).not.toContain(DEFAULT_TOKEN);
  return result;
}

function release(fx: Fixture): Release {
  const all = emu.state.repo(fx.repository).releases.filter((r) => r.tagName === TAG);
  expect(all).toHaveLength(1);
  return all[0];
}

/** The summary's provenance row. */
const provenanceRow = (r: RunResult): string =>
  r.summary.split('\n').find((l) => l.startsWith('| provenance |')) ?? '(no provenance row)';

describe('undraft verify-provenance (dist bundle)', () => {
  it('passes with the provenance as a release asset (evidence: it needs no provenance of its own)', async () => {
    const fx = fixture();
    const r = await run(fx, { 'app.tgz': APP, [BUNDLE]: await attest(fx) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(provenanceRow(r)).toContain('✅ pass');
    expect(provenanceRow(r)).toContain(`1 from release asset`);
    expect(r.outputs.published).toBe('true');
    expect(release(fx).draft).toBe(false);
  });

  it('passes with the provenance only in the attestations API', async () => {
    const fx = fixture();
    await attest(fx, {}, true);
    const r = await run(fx, { 'app.tgz': APP });
    expect(r.code).toBe(0);
    expect(provenanceRow(r)).toContain('1 from the attestations API');
    expect(release(fx).draft).toBe(false);
  });

  it('refuses without any provenance: nothing is published', async () => {
    const fx = fixture();
    const r = await run(fx, { 'app.tgz': APP });
    expect(r.code).toBe(1);
    expect(provenanceRow(r)).toContain('❌ fail');
    expect(provenanceRow(r)).toContain('no provenance names it');
    expect(r.outputs.published).toBe('false');
    expect(release(fx).draft).toBe(true);
  });

  it('refuses a provenance for another commit, and one signed by another workflow', async () => {
    const fx = fixture();
    const r = await run(fx, { 'app.tgz': APP, [BUNDLE]: await attest(fx, { sha: 'a'.repeat(40) }) });
    expect(r.code).toBe(1);
    expect(provenanceRow(r)).toContain('source-digest:');
    expect(release(fx).draft).toBe(true);

    const other = fixture();
    const wf = `${other.repository}/.github/workflows/nightly.yml@refs/tags/${TAG}`;
    const o = await run(other, {
      'app.tgz': APP,
      [BUNDLE]: await attest(other, { workflow_ref: wf, job_workflow_ref: wf }),
    });
    expect(o.code).toBe(1);
    expect(provenanceRow(o)).toContain('signer: certificate identity is');
    expect(release(other).draft).toBe(true);
  });
});

describe('undraft verify-provenance inputs', () => {
  const BASE = { 'github-token': 't', repository: 'o/r', tag: 'v1.2.3', 'expected-assets': 'app.tgz' };

  it("defaults to false; true needs 'certificate-identity', which defaults to the running workflow's identity", () => {
    expect(parseInputs(reader(BASE)).verifyProvenance).toBe(false);
    expect(() => parseInputs(reader({ ...BASE, 'verify-provenance': 'true' }))).toThrow(
      "Input 'certificate-identity' is required with 'verify-provenance: true'",
    );
    expect(
      parseInputs(reader({ ...BASE, 'verify-provenance': 'true', 'certificate-identity': 'https://x/y@z' })),
    ).toMatchObject({ verifyProvenance: true, certificateIdentity: 'https://x/y@z' });
    // The contract's default: the running workflow's identity.
    const env = {
      GITHUB_SERVER_URL: 'https://github.com/',
      GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/release.yml@refs/tags/v1.2.3',
    };
    expect(parseInputs(reader({ ...BASE, 'verify-provenance': 'true' }), env)).toMatchObject({
      certificateIdentity: 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.2.3',
    });
    expect(
      parseInputs(
        reader({ ...BASE, 'verify-provenance': 'true', 'certificate-identity': 'https://x/y@z' }),
        env,
      ).certificateIdentity,
    ).toBe('https://x/y@z');
    expect(() => parseInputs(reader({ ...BASE, 'verify-provenance': 'maybe' }))).toThrow(
      "'verify-provenance' must be a boolean",
    );
  });
});
