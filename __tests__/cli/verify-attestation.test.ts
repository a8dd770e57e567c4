/*
 * `sealed-release verify-attestation`, the shipped CLI (dist/cli/index.js), on attestations made
 * for real: attest-provenance's core (attestFiles) signs SLSA provenance through the Sigstore
 * emulator, whose certificates carry the GitHub extensions filled from the token, and stores it in
 * the GitHub emulator's attestations API. Each check has a near miss that must fail in its own
 * row, and only an attestation that passes every check makes the command succeed.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Report } from '../../src/core/action/report.js';
import { createClient } from '../../src/core/github/client.js';
import { attestFiles } from '../../src/core/provenance/attest.js';
import {
  buildProvenancePredicate,
  provenanceStatement,
  readProvenanceClaims,
} from '../../src/core/provenance/predicate.js';
import { storeAttestation } from '../../src/core/provenance/store.js';
import { SigningSession, staticIdentityProvider, decodeJwtClaims } from '../../src/core/sigstore/index.js';
import { loadTrust } from '../../src/core/sigstore/trust.js';
import { DEFAULT_TOKEN } from '../../src/emulator/github/index.js';
import { releaseAttestations } from '../../src/emulator/github/attestations.js';
import { spawnCollected } from '../../src/emulator/runner.js';
import { startSigstore } from '../../src/emulator/sigstore/index.js';
import { useGitHub } from '../helpers/github.js';
import { root } from '../helpers/sigstore.js';
import { useServer } from '../helpers/servers.js';
import { workspace } from '../helpers/workspace.js';

const cli = path.join(root, 'dist/cli/index.js');
const sigstore = useServer('sigstore', startSigstore);
const emu = useGitHub({ scope: 'all' });

const REPO = 'octo-org/octo-repo';
const WORKFLOW = `${REPO}/.github/workflows/release.yml`;
const REF = 'refs/tags/v1.2.3';
/** The emulator's default `sha` claim: the commit the provenance names. */
const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const SERVER = 'https://github.com';

let dir: string;
let artifact: string;
let sha256: string;
let good: string;

/** Provenance of the artifact, signed with a token carrying `claims`, written to a file (and stored). */
async function attest(name: string, claims: Record<string, unknown> = {}, store = false): Promise<string> {
  const token = sigstore.issueToken(claims);
  const identity = staticIdentityProvider(token);
  const session = new SigningSession(
    { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
    identity,
  );
  const bundlePath = path.join(dir, `${name}.sigstore.json`);
  const client = createClient(DEFAULT_TOKEN, { retries: 0, maskToken: false, baseUrl: emu.url });
  await attestFiles(
    { files: ['dist/*'], bundlePath, root: dir, serverUrl: SERVER, env: {} },
    {
      identity,
      signDsse: (payload, type) => session.signDsse(payload, type),
      trust: () => loadTrust(sigstore.trustedRootPath),
      store: store
        ? (bundle) => storeAttestation(client, { owner: 'octo-org', repo: 'octo-repo' }, bundle, SERVER)
        : undefined,
      warn: () => {},
    },
    new Report('attest-provenance'),
  );
  return bundlePath;
}

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnCollected(process.execPath, [cli, 'verify-attestation', ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      GITHUB_API_URL: emu.url,
      GITHUB_SERVER_URL: SERVER,
      GH_TOKEN: DEFAULT_TOKEN,
      ...env,
    },
    timeoutMs: 60_000,
  });

/** verify-attestation of the artifact with a bundle file, the emulator's root, and these flags. */
const verify = (bundle: string, flags: string[] = []) =>
  run([artifact, '--repo', REPO, '--bundle', bundle, '--trusted-root', sigstore.trustedRootPath, ...flags]);

const EXACT = [
  '--signer-workflow',
  WORKFLOW,
  '--source-ref',
  REF,
  '--source-digest',
  COMMIT,
  '--deny-self-hosted-runners',
];

/** The rows of the one attestation printed, as `PASS check` / `FAIL check`. */
const verdicts = (stdout: string) =>
  stdout
    .split('\n')
    .map((l) => /^ {2}(PASS|FAIL) ([a-z-]+):/.exec(l))
    .filter((m) => m !== null)
    .map((m) => `${m[1]} ${m[2]}`);

beforeAll(async () => {
  dir = workspace({ 'dist/app.tar.gz': 'app bytes\n' }, 'verify-attestation');
  artifact = path.join(dir, 'dist/app.tar.gz');
  sha256 = crypto.createHash('sha256').update('app bytes\n').digest('hex');
  emu.state.addRepo(REPO);
  good = await attest('good');
});

describe('cli verify-attestation', () => {
  it('verifies provenance with exact identities: every check in its own row', async () => {
    const r = await verify(good, EXACT);
    expect(r.stderr).toBe('');
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
    expect(r.stdout).toContain(`PASS signer: the certificate SAN is ${SERVER}/${WORKFLOW}@${REF}`);
    expect(r.stdout).toContain(`OK: sha256:${sha256} is attested: attestation #1 passed every check`);
  });

  it('a source ref that is a prefix of the signed one fails (gh would match it as a regex prefix)', async () => {
    const r = await verify(good, [...EXACT.slice(0, 2), '--source-ref', 'refs/tags/v1.2']);
    expect(r.code).toBe(1);
    expect(verdicts(r.stdout)).toEqual(expect.arrayContaining(['FAIL signer', 'FAIL source-ref']));
    expect(r.stdout).toContain(`expected exactly "${SERVER}/${WORKFLOW}@refs/tags/v1.2"`);
    expect(r.stderr).toContain('FAIL: none of the 1 attestation(s)');
  });

  it('another signer workflow fails the signer row only', async () => {
    const r = await verify(good, ['--signer-workflow', `${REPO}/.github/workflows/releas.yml`]);
    expect(r.code).toBe(1);
    expect(verdicts(r.stdout).filter((v) => v.startsWith('FAIL'))).toEqual(['FAIL signer']);
  });

  it('another commit fails source-digest', async () => {
    const r = await verify(good, ['--source-digest', COMMIT.replace(/7$/, '8')]);
    expect(r.code).toBe(1);
    expect(verdicts(r.stdout).filter((v) => v.startsWith('FAIL'))).toEqual(['FAIL source-digest']);
  });

  it('another repository fails the signer and the source repository', async () => {
    const r = await run([
      artifact,
      '--repo',
      'octo-org/octo-rep',
      '--bundle',
      good,
      '--trusted-root',
      sigstore.trustedRootPath,
    ]);
    expect(r.code).toBe(1);
    expect(verdicts(r.stdout).filter((v) => v.startsWith('FAIL'))).toEqual([
      'FAIL signer',
      'FAIL source-repository',
    ]);
  });

  it('--owner checks the source repository owner', async () => {
    const base = [artifact, '--bundle', good, '--trusted-root', sigstore.trustedRootPath];
    expect((await run([...base, '--owner', 'octo-org'])).code).toBe(0);
    const other = await run([...base, '--owner', 'octo-or']);
    expect(other.code).toBe(1);
    expect(verdicts(other.stdout).filter((v) => v.startsWith('FAIL'))).toEqual([
      'FAIL signer',
      'FAIL source-repository',
    ]);
  });

  it('a self-hosted runner fails only with --deny-self-hosted-runners', async () => {
    const selfHosted = await attest('self-hosted', { runner_environment: 'self-hosted' });
    const allowed = await verify(selfHosted);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('PASS runner: built on a self-hosted runner');
    const denied = await verify(selfHosted, ['--deny-self-hosted-runners']);
    expect(denied.code).toBe(1);
    expect(verdicts(denied.stdout).filter((v) => v.startsWith('FAIL'))).toEqual(['FAIL runner']);
  });

  it('another artifact fails the subject row', async () => {
    const other = path.join(dir, 'other.bin');
    fs.writeFileSync(other, 'other bytes\n');
    const r = await run([
      other,
      '--repo',
      REPO,
      '--bundle',
      good,
      '--trusted-root',
      sigstore.trustedRootPath,
    ]);
    expect(r.code).toBe(1);
    expect(verdicts(r.stdout).filter((v) => v.startsWith('FAIL'))).toEqual(['FAIL subject']);
  });

  it('another predicate type fails its row', async () => {
    const r = await verify(good, ['--predicate-type', 'https://spdx.dev/Document/v2.3']);
    expect(r.code).toBe(1);
    expect(verdicts(r.stdout).filter((v) => v.startsWith('FAIL'))).toEqual(['FAIL predicate-type']);
  });

  it("a predicate whose commit is not the certificate's fails predicate-agrees", async () => {
    // Signed with the emulator's token (sha = COMMIT), over a predicate built for another commit.
    const token = sigstore.issueToken();
    const claims = readProvenanceClaims({ ...decodeJwtClaims(token), sha: 'f'.repeat(40) });
    const statement = provenanceStatement(
      [{ name: 'app.tar.gz', digest: { sha256 } }],
      buildProvenancePredicate(claims, SERVER),
    );
    const session = new SigningSession(
      { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
      staticIdentityProvider(token),
    );
    const bundle = path.join(dir, 'lying-predicate.sigstore.json');
    fs.writeFileSync(
      bundle,
      JSON.stringify(
        await session.signDsse(Buffer.from(JSON.stringify(statement)), 'application/vnd.in-toto+json'),
      ),
    );
    const r = await verify(bundle, EXACT);
    expect(r.code).toBe(1);
    expect(verdicts(r.stdout).filter((v) => v.startsWith('FAIL'))).toEqual(['FAIL predicate-agrees']);
    expect(r.stdout).toContain(
      `resolvedDependencies gitCommit / source commit: the predicate says "${'f'.repeat(40)}"`,
    );
  });

  it('a tampered statement fails the signature, and nothing it says is judged', async () => {
    const json = JSON.parse(fs.readFileSync(good, 'utf8')) as { dsseEnvelope: { payload: string } };
    const payload = Buffer.from(json.dsseEnvelope.payload, 'base64')
      .toString()
      .replace('release.yml', 'releasx.yml');
    json.dsseEnvelope.payload = Buffer.from(payload).toString('base64');
    const tampered = path.join(dir, 'tampered.sigstore.json');
    fs.writeFileSync(tampered, JSON.stringify(json));
    const r = await verify(tampered);
    expect(r.code).toBe(1);
    expect(verdicts(r.stdout)).toEqual(['FAIL signature']);
  });

  it('reads every page of the attestations API and passes when one attestation passes every check', async () => {
    // Two near misses first, then the good one, one a page: the good one is on page 3.
    await attest('api-self-hosted', { runner_environment: 'self-hosted' }, true);
    await attest('api-other-ref', { ref: 'refs/tags/v1.2.4' }, true);
    await attest('api-good', {}, true);
    releaseAttestations(emu.state).pageSize = 1;
    try {
      const r = await run([artifact, '--repo', REPO, '--trusted-root', sigstore.trustedRootPath, ...EXACT]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`attestation #3 of 3 (the attestations API of ${REPO}):`);
      expect(r.stdout).toContain('FAIL runner');
      expect(r.stdout).toContain('FAIL source-ref');
      expect(r.stdout).toContain('attestation #3 passed every check');
      const json = await run([
        artifact,
        '--repo',
        REPO,
        '--trusted-root',
        sigstore.trustedRootPath,
        ...EXACT,
        '--format',
        'json',
      ]);
      const report = JSON.parse(json.stdout) as {
        verified: boolean;
        attestations: { passed: boolean; checks: { check: string; ok: boolean }[] }[];
      };
      expect(json.code).toBe(0);
      expect(report.verified).toBe(true);
      expect(report.attestations.map((a) => a.passed)).toEqual([false, false, true]);
      expect(report.attestations[0].checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(['runner']);
    } finally {
      releaseAttestations(emu.state).pageSize = 100;
    }
  });

  it('fails when the API holds no attestation of the artifact', async () => {
    const other = path.join(dir, 'unattested.bin');
    fs.writeFileSync(other, 'nobody attested these bytes\n');
    const r = await run([other, '--repo', REPO, '--trusted-root', sigstore.trustedRootPath]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FAIL: the attestations API of ${REPO} holds no attestation of sha256:`);
  });

  it('refuses every bad flag at once, and --offline without --bundle', async () => {
    const r = await run([artifact, '--repo', 'x', '--owner', 'y', '--source-ref', 'v1', '--format', 'xml']);
    expect(r.code).toBe(2);
    for (const part of [
      'give exactly one of --repo O/R and --owner O',
      '--repo is "x": expected OWNER/REPO',
      '--source-ref is "v1": expected a full ref',
      '--format is "xml": expected text or json',
    ])
      expect(r.stderr).toContain(part);
    const offline = await run([artifact, '--repo', REPO, '--offline']);
    expect(offline.code).toBe(2);
    expect(offline.stderr).toContain(
      '--offline reads nothing from the network: give the attestations with --bundle F',
    );
  });
});
