/*
 * `sealed-release verify-attestation` (dist/cli/index.js) against a GitHub attestations API that
 * lies (src/emulator/github/attestation-faults.ts): provenance made for real by attest-provenance's
 * core (attestFiles, through the Sigstore emulator) and stored with the API; then the listing
 * refuses (403 without `attestations: read`), serves an attestation of another artifact, or serves
 * one re-signed as another workflow, another commit, or a self-hosted runner would have made it.
 * Each is refused, in the one row that checks that fact; with the fault cleared the same command
 * passes, so the refusal is the lie's.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Report } from '../../src/core/action/report.js';
import { createClient } from '../../src/core/github/client.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../../src/core/intoto.js';
import { attestFiles } from '../../src/core/provenance/attest.js';
import { storeAttestation } from '../../src/core/provenance/store.js';
import { SigningSession, staticIdentityProvider } from '../../src/core/sigstore/index.js';
import { loadTrust } from '../../src/core/sigstore/trust.js';
import {
  attestationListing,
  otherCommit,
  type ListingFault,
} from '../../src/emulator/github/attestation-faults.js';
import { DEFAULT_TOKEN } from '../../src/emulator/github/index.js';
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

let dir: string;
let artifact: string;

const session = (claims: Record<string, unknown> = {}) =>
  new SigningSession(
    { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
    staticIdentityProvider(sigstore.issueToken(claims)),
  );

beforeAll(async () => {
  dir = workspace(
    { 'dist/app.tar.gz': 'app bytes\n', 'other.bin': 'other bytes\n' },
    'verify-attestation-faults',
  );
  artifact = path.join(dir, 'dist/app.tar.gz');
  emu.state.addRepo(REPO);
  const signer = session();
  const client = createClient(DEFAULT_TOKEN, { retries: 0, maskToken: false, baseUrl: emu.url });
  await attestFiles(
    {
      files: ['dist/*'],
      bundlePath: path.join(dir, 'provenance.sigstore.json'),
      root: dir,
      serverUrl: SERVER,
      env: {},
    },
    {
      identity: staticIdentityProvider(sigstore.issueToken()),
      signDsse: (payload, type) => signer.signDsse(payload, type),
      trust: () => loadTrust(sigstore.trustedRootPath),
      store: (bundle) => storeAttestation(client, { owner: 'octo-org', repo: 'octo-repo' }, bundle, SERVER),
      warn: () => {},
    },
    new Report('attest-provenance'),
  );
  // The lies are signed by the Sigstore emulator, with a token carrying the lying claims.
  attestationListing(emu.state).forger = async (payload, claims) =>
    (await session(claims).signDsse(payload, IN_TOTO_PAYLOAD_TYPE)) as unknown as Record<string, unknown>;
}, 60_000);

afterEach(() => attestationListing(emu.state).clearFaults());

const run = (file: string, flags: string[] = EXACT) =>
  spawnCollected(
    process.execPath,
    [cli, 'verify-attestation', file, '--repo', REPO, '--trusted-root', sigstore.trustedRootPath, ...flags],
    {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: dir,
        GITHUB_API_URL: emu.url,
        GITHUB_SERVER_URL: SERVER,
        GH_TOKEN: DEFAULT_TOKEN,
      },
      timeoutMs: 60_000,
    },
  );

const failures = (stdout: string) =>
  stdout
    .split('\n')
    .map((l) => /^ {2}FAIL ([a-z-]+):/.exec(l)?.[1])
    .filter((c) => c !== undefined);

describe('verify-attestation against a lying attestations API', () => {
  it('passes while the API tells the truth (the baseline of every refusal below)', async () => {
    const r = await run(artifact);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(failures(r.stdout)).toEqual([]);
  });

  it.each<[ListingFault, string[], string]>([
    ['other-workflow', ['signer'], `${REPO}/.github/workflows/other.yml@${REF}`],
    [
      'other-commit',
      ['source-digest'],
      `the source commit (1.3.6.1.4.1.57264.1.13) is "${otherCommit(COMMIT)}"`,
    ],
    ['self-hosted', ['runner'], 'the runner environment (1.3.6.1.4.1.57264.1.11) is "self-hosted"'],
  ])('%s: the attestation verifies, and only its own check says no', async (fault, rows, detail) => {
    attestationListing(emu.state).fault(REPO, fault);
    const served = attestationListing(emu.state).served;
    const r = await run(artifact);
    expect(attestationListing(emu.state).served).toBe(served + 1);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('PASS signature');
    expect(r.stdout).toContain('PASS predicate-agrees');
    expect(failures(r.stdout)).toEqual(rows);
    expect(r.stdout).toContain(detail);
    expect(r.stderr).toContain('FAIL: none of the 1 attestation(s)');
  });

  it('other-digest: an attestation of another artifact fails the subject row', async () => {
    const other = path.join(dir, 'other.bin');
    const before = await run(other);
    expect(before.code).toBe(1);
    expect(before.stderr).toContain('holds no attestation');
    attestationListing(emu.state).fault(REPO, 'other-digest');
    const r = await run(other);
    expect(r.code).toBe(1);
    expect(failures(r.stdout)).toEqual(['subject']);
    const sha256 = crypto.createHash('sha256').update(fs.readFileSync(other)).digest('hex');
    expect(r.stdout).toContain(`no subject of the statement has sha256:${sha256}`);
  });

  it('forbidden: a 403 fails closed and names the permission', async () => {
    attestationListing(emu.state).fault(REPO, 'forbidden');
    const r = await run(artifact);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('attestations: read');
    expect(r.stderr).not.toContain(DEFAULT_TOKEN);
  });
});
