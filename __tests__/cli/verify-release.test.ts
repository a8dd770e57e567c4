/*
 * `sealed-release verify-release`, the bundled CLI (dist/cli/index.js) against one GitHub
 * emulator for the whole file: GitHub's release attestation as GitHub mints it (v0.2, and v0.1
 * as before), every shape GitHub never mints refused, `--all-assets` against the release's
 * whole (paginated) asset list, and the offline failure naming the flag that fixes it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_TOKEN } from '../../src/emulator/github/index.js';
import { releaseAttestations, type AttestationFault } from '../../src/emulator/github/attestations.js';
import { spawnCollected } from '../../src/emulator/runner.js';
import { useGitHub } from '../helpers/github.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');
let scratch: string;
let trustedRoot: string;
let counter = 0;
const emu = useGitHub({
  scope: 'all',
  setup: async (gh) => {
    trustedRoot = await releaseAttestations(gh.state).trustedRootPath();
  },
  teardown: (gh) => releaseAttestations(gh.state).dispose(),
});

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-release-'));
});

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

const ASSETS: Record<string, string> = { 'app.tgz': 'app bytes\n', 'app.tgz.sigstore.json': '{}' };

interface Options {
  fault?: AttestationFault;
  version?: 'v0.1' | 'v0.2';
  immutable?: boolean;
  assets?: Record<string, string>;
}

/** A published release of a fresh repository, attested as the options say. */
function release(options: Options = {}) {
  const tag = 'v1.2.3';
  const repository = `octo-org/verify-${++counter}`;
  emu.state.addRepo(repository, { immutableReleases: options.immutable ?? true });
  const commit = emu.state.commit(repository, { branch: 'main' });
  emu.state.annotatedTag(repository, tag, commit);
  const rel = emu.state.addRelease(repository, {
    tagName: tag,
    targetCommitish: commit,
    immutable: options.immutable ?? true,
  });
  for (const [name, bytes] of Object.entries(options.assets ?? ASSETS))
    emu.state.addAsset(rel.id, name, bytes);
  const seal = releaseAttestations(emu.state);
  if (options.fault) seal.fault(repository, options.fault);
  if (options.version) seal.version(repository, options.version);
  return { repository, tag, commit, release: rel };
}

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnCollected(process.execPath, [cli, 'verify-release', ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_API_URL: emu.url,
      GITHUB_SERVER_URL: emu.serverUrl,
      GH_TOKEN: DEFAULT_TOKEN,
      ...env,
    },
    timeoutMs: 60_000,
  });

function files(contents: Record<string, string>): string[] {
  const dir = fs.mkdtempSync(path.join(scratch, 'files-'));
  return Object.entries(contents).map(([name, bytes]) => {
    fs.writeFileSync(path.join(dir, name), bytes);
    return path.join(dir, name);
  });
}

/** `verify-release` of a release, with these files (none: the attestation alone) and flags. */
const verify = (
  fx: { repository: string; tag: string },
  contents: Record<string, string> = {},
  flags: string[] = [],
) =>
  run([
    '--repo',
    fx.repository,
    '--tag',
    fx.tag,
    '--trusted-root',
    trustedRoot,
    ...flags,
    ...files(contents),
  ]);

describe('the attestation as GitHub mints it', () => {
  it.each<['v0.2' | 'v0.1']>([['v0.2'], ['v0.1']])(
    '%s: exit 0 when it verifies and every file is a subject',
    async (version) => {
      const r = await verify(release({ version }), ASSETS);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        /OK: release octo-org\/verify-\d+@v1\.2\.3 → [0-9a-f]{40}, attested by https:\/\/dotcom\.releases\.github\.com/,
      );
      expect(r.stdout).toMatch(/is the attested asset 'app\.tgz'/);
      expect(r.stdout + r.stderr).not.toContain(DEFAULT_TOKEN);
    },
  );

  it('exit 1 for a tag whose release is still a draft', async () => {
    const repository = `octo-org/verify-${++counter}`;
    emu.state.addRepo(repository, { immutableReleases: true });
    const commit = emu.state.commit(repository, { branch: 'main' });
    emu.state.lightweightTag(repository, 'v2.0.0', commit);
    emu.state.addRelease(repository, { tagName: 'v2.0.0', draft: true, targetCommitish: commit });
    const r = await verify({ repository, tag: 'v2.0.0' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/has no published release for v2\.0\.0/);
  });

  it('exit 1 for a file that is not a subject, and for a mutable release (no attestation)', async () => {
    const r = await verify(release(), { 'app.tgz': 'other bytes' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not an asset of the attested release/);
    const m = await verify(release({ immutable: false }));
    expect(m.code).toBe(1);
    expect(m.stderr).toMatch(/no release attestation/);
  });
});

describe('every other shape is refused', () => {
  it.each<[AttestationFault, RegExp]>([
    ['never', /GitHub has no release attestation/],
    ['wrong-tag', /it names tag "v1\.2\.3-other"/],
    ['untrusted-signer', /signature does not verify against the trusted root/],
    ['wrong-san', /not signed by the release signer/],
    ['purl-in-name', /carries a purl as its name; GitHub names the tag by 'uri'/],
    ['unknown-predicate', /predicate type is "https:\/\/in-toto\.io\/attestation\/release\/v0\.3"/],
    ['release-id-field', /its v0\.2 predicate has 'releaseId', a field of another version/],
    ['two-purls', /it has 2 purl subjects; exactly one/],
    ['other-repo-purl', /its purl subject is "pkg:github\/octo-org\/verify-\d+-other@v1\.2\.3"/],
    ['other-tag-purl', /its purl subject is "pkg:github\/octo-org\/verify-\d+@v1\.2\.3-other"/],
    ['wrong-sha1', /it binds the tag to commit "[0-9a-f]{40}", not to [0-9a-f]{40}/],
  ])('%s: exit 1, saying why', async (fault, why) => {
    const r = await verify(release({ fault }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^FAIL: /);
    expect(r.stderr).toMatch(why);
  });

  it("a wrong databaseId is refused: the id is the tag's published release's", async () => {
    const fx = release({ fault: 'wrong-release-id' });
    const r = await verify(fx);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`it names release databaseId "${fx.release.id + 1}", not ${fx.release.id}`),
    );
  });
});

describe('--all-assets', () => {
  it("passes when the subjects are exactly the release's assets, every page of them", async () => {
    // More assets than one page of 100 holds: the listing must follow the pages.
    const many: Record<string, string> = {};
    for (let i = 0; i < 101; i++) many[`part-${String(i).padStart(3, '0')}.bin`] = `part ${i}\n`;
    const r = await verify(release({ assets: many }), {}, ['--all-assets']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/names exactly the release's 101 asset\(s\)/);
    const listings = emu.log.filter((e) => e.operationId === 'repos/list-release-assets');
    expect(listings.some((e) => /(^|[?&])page=2/.test(e.query))).toBe(true);
  });

  it('an asset the attestation does not name, and a subject that is no asset, are refused', async () => {
    const missing = release();
    // Uploaded after GitHub sealed the release: the seal no longer covers every asset.
    const listed = await verify(missing);
    expect(listed.code).toBe(0);
    emu.state.addAsset(missing.release.id, 'late.bin', 'late\n');
    const r = await verify(missing, {}, ['--all-assets']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/asset "late\.bin" is not a subject/);

    const extra = await verify(release({ fault: 'extra-asset' }), {}, ['--all-assets']);
    expect(extra.code).toBe(1);
    expect(extra.stderr).toMatch(/subject "extra\.bin" is not an asset of the release/);
  });

  it('a subject whose digest is not the one GitHub serves is refused', async () => {
    const r = await verify(release({ fault: 'wrong-digest' }), {}, ['--all-assets']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /asset "app\.tgz" is attested as sha256:[0-9a-f]{64}, but the release serves sha256:/,
    );
  });

  it('takes no value', async () => {
    const r = await run(['--repo', 'o/r', '--tag', 'v1', '--all-assets=yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--all-assets takes no value/);
  });
});

describe('usage and trust', () => {
  it('usage errors exit 2; --help exits 0 and names --all-assets', async () => {
    expect((await run(['--repo', 'o/r'])).code).toBe(2);
    expect((await run(['--repo', 'o/r', '--tag', 'v1', '--bogus', 'x'])).code).toBe(2);
    expect((await run(['--repo', 'o/r', '--tag', 'v1'], { GH_TOKEN: '' })).code).toBe(2);
    const missing = await run(['--repo', 'o/r', '--trusted-root', '--tag', 'v1']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--trusted-root needs a value/);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(
      /verify-release --repo OWNER\/REPO --tag TAG \[--trusted-root T \| --offline\] \[--all-assets\]/,
    );
  });

  it("without --trusted-root and without GitHub's TUF repository, it fails closed and names --trusted-root", async () => {
    const fx = release();
    const r = await run(['--repo', fx.repository, '--tag', fx.tag]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot load GitHub's Sigstore trusted root through its TUF repository/);
    expect(r.stderr).toMatch(/give --trusted-root/);
    expect(r.stderr).not.toMatch(/attestation-trusted-root/);
  });

  it("--offline has no embedded root for GitHub's release attestation: it names --trusted-root and requests nothing", async () => {
    const fx = release();
    // The API is a closed port: had anything been requested, the failure would say it could not reach it.
    const r = await run(['--repo', fx.repository, '--tag', fx.tag, '--offline'], {
      GITHUB_API_URL: 'http://127.0.0.1:9',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "error: GitHub's release attestation is signed by GitHub's Sigstore instance, whose trusted root is not embedded",
    );
    expect(r.stderr).toContain('give --trusted-root T');
    expect(r.stderr).not.toMatch(/could not reach/);
  });

  it('--offline with --trusted-root verifies against that root', async () => {
    const fx = release();
    const r = await verify(fx, {}, ['--offline']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
