/*
 * The seal: GitHub's release attestation, minted by the emulator when an immutable release is
 * published, verified by the core (in-process here) and by undraft's bundle (spawned).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_TOKEN, type Release } from '../../../src/emulator/github/index.js';
import { releaseAttestations, type AttestationFault } from '../../../src/emulator/github/attestations.js';
import { runAction, visibleText, type RunResult } from '../../../src/emulator/runner.js';
import { createClient } from '../../../src/core/github/client.js';
import {
  judgeAttestation,
  listReleaseAttestations,
  loadAttestationTrust,
  releaseSan,
  trustDomainOf,
} from '../../../src/core/attestation/release-attestation.js';
import { startSigstore } from '../../../src/emulator/sigstore/index.js';
import { SigningSession } from '../../../src/core/sigstore/sign.js';
import { staticIdentityProvider } from '../../../src/core/sigstore/oidc.js';
import { useGitHub, withGitHub, tagPushContext } from '../../helpers/github.js';
import { useServer } from '../../helpers/servers.js';

const root = path.resolve(import.meta.dirname, '../../..');
let scratch: string;
let trustedRoot: string;
let counter = 0;
// One emulator for the file; each test's exchanges must match GitHub's OpenAPI description.
const emu = useGitHub({
  scope: 'all',
  setup: async (gh) => {
    trustedRoot = await releaseAttestations(gh.state).trustedRootPath();
  },
  teardown: (gh) => releaseAttestations(gh.state).dispose(),
});

// undraft reads a bundle by its content, so app.tgz's bundle is a real one, signed here once.
const sigstore = useServer('sigstore', startSigstore);

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'undraft-seal-'));
  const session = new SigningSession(
    { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 2 },
    staticIdentityProvider(sigstore.issueToken({})),
  );
  ASSETS['app.tgz.sigstore.json'] = JSON.stringify(await session.signMessage(Buffer.from(ASSETS['app.tgz'])));
});

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');
const ASSETS: Record<string, string> = {
  'app.tgz': 'app bytes\n',
  'app.tgz.sigstore.json': '', // signed in beforeAll
  SHA256SUMS: `${sha256('app bytes\n')}  app.tgz\n`,
};

interface Fixture {
  repository: string;
  commit: string;
  draft: Release;
  tag: string;
}

function fixture(
  options: {
    immutable?: boolean;
    fault?: AttestationFault;
    published?: boolean;
    version?: 'v0.1' | 'v0.2';
  } = {},
): Fixture {
  const tag = 'v1.2.3';
  const repository = `octo-org/seal-${++counter}`;
  emu.state.addRepo(repository, { immutableReleases: options.immutable ?? true });
  const commit = emu.state.commit(repository, { branch: 'main' });
  emu.state.annotatedTag(repository, tag, commit);
  const draft = emu.state.addRelease(repository, {
    tagName: tag,
    draft: !options.published,
    targetCommitish: commit,
    immutable: options.published && (options.immutable ?? true),
  });
  for (const [name, bytes] of Object.entries(ASSETS)) emu.state.addAsset(draft.id, name, bytes);
  if (options.fault) releaseAttestations(emu.state).fault(repository, options.fault);
  if (options.version) releaseAttestations(emu.state).version(repository, options.version);
  return { repository, commit, draft, tag };
}

describe('the release attestation, in-process', () => {
  const judge = async (fx: Fixture) => {
    const client = createClient(DEFAULT_TOKEN, { baseUrl: emu.url });
    const [owner, repo] = fx.repository.split('/');
    const domain = await trustDomainOf(client, emu.serverUrl);
    expect(domain.domain).toBe('dotcom');
    const bundles = await listReleaseAttestations(client, { owner, repo }, fx.commit);
    const trust = await loadAttestationTrust(trustedRoot);
    const assets = new Map(Object.entries(ASSETS).map(([n, b]) => [n, sha256(b)]));
    return Promise.all(
      bundles.map((b) =>
        judgeAttestation(b, trust.material, releaseSan(domain.domain), {
          owner,
          repo,
          tag: fx.tag,
          commit: fx.commit,
          assets,
          releaseId: fx.draft.id,
        }),
      ),
    );
  };

  it('verifies v0.2 as GitHub mints it: purl in uri, databaseId; exact SAN, one timestamp, no tlog, exactly these assets', async () => {
    const [j, ...more] = await judge(fixture({ published: true }));
    expect(more).toEqual([]);
    expect(j.problems).toEqual([]);
    expect(j.predicateType).toBe('https://in-toto.io/attestation/release/v0.2');
    expect(j.signatureOk).toBe(true);
    expect(j.san).toBe('https://dotcom.releases.github.com');
    expect([...j.subjects.keys()].sort()).toEqual(Object.keys(ASSETS).sort());
  });

  it.each<[AttestationFault, RegExp]>([
    ['wrong-digest', /asset "app\.tgz" is attested as sha256:[0-9a-f]{64}, but the release serves/],
    ['extra-asset', /subject "extra\.bin" is not an asset of the release/],
    ['wrong-tag', /it names tag "v1\.2\.3-other", not "v1\.2\.3"/],
    ['untrusted-signer', /signature does not verify against the trusted root/],
    [
      'wrong-san',
      /not signed by the release signer: .*signed for "https:\/\/dotcom\.releases\.github\.com\.evil\.example", not for "https:\/\/dotcom\.releases\.github\.com"/,
    ],
    // Shapes GitHub never mints: each one refused, none read another way.
    [
      'purl-in-name',
      /subject "pkg:github\/octo-org\/seal-\d+@v1\.2\.3" carries a purl as its name; GitHub names the tag by 'uri'/,
    ],
    [
      'unknown-predicate',
      /predicate type is "https:\/\/in-toto\.io\/attestation\/release\/v0\.3"; a release attestation is/,
    ],
    ['release-id-field', /its v0\.2 predicate has 'releaseId', a field of another version/],
    ['wrong-release-id', /it names release databaseId "\d+", not \d+/],
    ['two-purls', /it has 2 purl subjects; exactly one/],
    ['other-repo-purl', /its purl subject is "pkg:github\/octo-org\/seal-\d+-other@v1\.2\.3", not/],
    ['other-tag-purl', /its purl subject is "pkg:github\/octo-org\/seal-\d+@v1\.2\.3-other", not/],
    ['wrong-sha1', /it binds the tag to commit "[0-9a-f]{40}", not to [0-9a-f]{40}/],
  ])('%s is refused', async (fault, problem) => {
    const [j] = await judge(fixture({ published: true, fault }));
    expect(j.problems.join('\n')).toMatch(problem);
  });

  it('verifies v0.1 as GitHub minted it before (releaseId), and binds the release id through it', async () => {
    const fx = fixture({ published: true, version: 'v0.1' });
    const [j] = await judge(fx);
    expect(j.problems).toEqual([]);
    expect(j.predicateType).toBe('https://in-toto.io/attestation/release/v0.1');
    const [other] = await judge({ ...fx, draft: { ...fx.draft, id: fx.draft.id + 7 } });
    expect(other.problems.join('\n')).toMatch(/it names release releaseId "\d+", not \d+/);
  });

  it('the shape the old verifier and emulator agreed on (v0.1, the purl in name) is refused', async () => {
    const [j] = await judge(fixture({ published: true, version: 'v0.1', fault: 'purl-in-name' }));
    expect(j.signatureOk).toBe(true);
    expect(j.problems.join('\n')).toMatch(/carries a purl as its name; GitHub names the tag by 'uri'/);
    expect(j.problems.join('\n')).toMatch(/it has 0 purl subjects/);
  });

  it("another instance's trust domain comes from GET /meta and names the SAN (GHES, ghe.com)", async () => {
    await withGitHub(async (other) => {
      const seal = releaseAttestations(other.state);
      seal.trustDomain = 'acme';
      other.state.addRepo('acme/app', { immutableReleases: true });
      const commit = other.state.commit('acme/app', { branch: 'main' });
      other.state.lightweightTag('acme/app', 'v2.0.0', commit);
      const rel = other.state.addRelease('acme/app', {
        tagName: 'v2.0.0',
        targetCommitish: commit,
        immutable: true,
      });
      other.state.addAsset(rel.id, 'a.bin', 'a');
      const client = createClient(DEFAULT_TOKEN, { baseUrl: other.url });
      const domain = await trustDomainOf(client, other.serverUrl);
      expect(domain).toEqual({ domain: 'acme', source: `GET /meta of ${other.serverUrl}` });
      const [bundle] = await listReleaseAttestations(client, { owner: 'acme', repo: 'app' }, commit);
      const trust = await loadAttestationTrust(await seal.trustedRootPath());
      const expected = {
        owner: 'acme',
        repo: 'app',
        tag: 'v2.0.0',
        commit,
        assets: new Map([['a.bin', sha256('a')]]),
      };
      expect((await judgeAttestation(bundle, trust.material, releaseSan('acme'), expected)).problems).toEqual(
        [],
      );
      // The github.com SAN is not this instance's signer.
      expect(
        (await judgeAttestation(bundle, trust.material, releaseSan('dotcom'), expected)).problems.join(),
      ).toMatch(
        /signed for "https:\/\/acme\.releases\.github\.com", not for "https:\/\/dotcom\.releases\.github\.com"/,
      );
      // github.com needs no request: its trust domain is dotcom.
      expect((await trustDomainOf(client, 'https://github.com')).domain).toBe('dotcom');
      seal.dispose();
    });
  });

  it("follows the listing's Link cursors: the release's attestation on a later page is found", async () => {
    const fx = fixture({ published: true });
    // Another immutable release at the same commit, listed first: this release's seal is on page 2.
    emu.state.lightweightTag(fx.repository, 'v1.2.2', fx.commit);
    const earlier = emu.state.addRelease(fx.repository, {
      tagName: 'v1.2.2',
      targetCommitish: fx.commit,
      immutable: true,
    });
    const [owner, name] = fx.repository.split('/');
    const releases = emu.state.findRepo(owner, name)!.releases;
    releases.splice(releases.indexOf(earlier), 1);
    releases.unshift(earlier);
    const seal = releaseAttestations(emu.state);
    seal.pageSize = 1;
    try {
      const before = emu.log.length;
      const judged = await judge(fx);
      expect(judged).toHaveLength(2);
      expect(judged[0].tag).toBe('v1.2.2');
      expect(judged[1].problems).toEqual([]);
      const pages = emu.log
        .slice(before)
        .filter((e) => e.operationId === 'repos/list-attestations' && e.path.includes(`/${owner}/${name}/`));
      expect(pages.map((e) => /(^|&)after=/.test(e.query))).toEqual([false, true]);
    } finally {
      seal.pageSize = 100;
    }
  });

  it('none for a mutable release, and none for another commit', async () => {
    expect(await judge(fixture({ published: true, immutable: false }))).toEqual([]);
    const fx = fixture({ published: true });
    expect(await judge({ ...fx, commit: 'a'.repeat(40) })).toEqual([]);
  });
});

async function run(fx: Fixture, inputs: Record<string, string> = {}): Promise<RunResult> {
  // SHA256SUMS is evidence only as the sums file named in the inputs (a file named so is otherwise a payload).
  const workspace = fs.mkdtempSync(path.join(scratch, 'ws-'));
  fs.writeFileSync(path.join(workspace, 'SHA256SUMS'), ASSETS.SHA256SUMS);
  const result = await runAction('undraft', {
    root,
    workspace,
    ...tagPushContext(emu, fx),
    inputs: {
      'expected-assets': 'app.tgz\nSHA256SUMS',
      'attestation-trusted-root': trustedRoot,
      'attestation-timeout': '2s',
      sha256sums: 'SHA256SUMS',
      ...inputs,
    },
    env: { SEALED_RELEASE_POLL_MS: '50' },
    timeoutMs: 60_000,
  });
  expect(visibleText(result)).not.toContain(DEFAULT_TOKEN);
  return result;
}

function publishes(fx: Fixture): number {
  const [owner, name] = fx.repository.split('/');
  return emu.log.filter(
    (e) => e.operationId === 'repos/update-release' && e.path.startsWith(`/repos/${owner}/${name}/`),
  ).length;
}

describe('undraft and the seal', () => {
  it('an immutable release: immutable=true, attestation-verified=true, the bundle saved', async () => {
    const fx = fixture();
    const r = await run(fx);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ published: 'true', immutable: 'true', 'attestation-verified': 'true' });
    const saved = r.outputs['attestation-path'];
    expect(saved.startsWith(r.runnerTemp)).toBe(true);
    expect(JSON.parse(fs.readFileSync(saved, 'utf8')).mediaType).toBe(
      'application/vnd.dev.sigstore.bundle.v0.3+json',
    );
    expect(r.summary).toMatch(
      /\| release attestation \| ✅ pass \| signed for https:\/\/dotcom\.releases\.github\.com/,
    );
    // The re-run checks the seal again and publishes nothing.
    const again = await run(fx);
    expect(again.code).toBe(0);
    expect(again.outputs).toMatchObject({ 'already-published': 'true', 'attestation-verified': 'true' });
    expect(publishes(fx)).toBe(1);
  });

  it('a v0.1 attestation (as GitHub minted before v0.2) verifies too', async () => {
    const r = await run(fixture({ version: 'v0.1' }));
    expect(r.code).toBe(0);
    expect(r.outputs['attestation-verified']).toBe('true');
  });

  it('an attestation that appears late is waited for', async () => {
    const fx = fixture();
    releaseAttestations(emu.state).fault(fx.repository, { kind: 'late', polls: 4 });
    const r = await run(fx);
    expect(r.code).toBe(0);
    expect(r.outputs['attestation-verified']).toBe('true');
  });

  it.each<[AttestationFault, RegExp]>([
    ['never', /no release attestation appeared within 2 s/],
    ['wrong-digest', /asset "app\.tgz" is attested as sha256:/],
    ['extra-asset', /subject "extra\.bin" is not an asset of the release/],
    ['wrong-tag', /names tag "v1\.2\.3-other"/],
    ['untrusted-signer', /signature does not verify against the trusted root/],
    ['wrong-san', /not signed by the release signer/],
    ['purl-in-name', /carries a purl as its name/],
    ['unknown-predicate', /predicate type is "https:\/\/in-toto\.io\/attestation\/release\/v0\.3"/],
    ['release-id-field', /has 'releaseId', a field of another version/],
    ['wrong-release-id', /it names release databaseId/],
    ['two-purls', /it has 2 purl subjects/],
    ['other-repo-purl', /its purl subject is "pkg:github\/octo-org\/seal-\d+-other@v1\.2\.3"/],
    ['wrong-sha1', /it binds the tag to commit "[0-9a-f]{40}", not to/],
  ])(
    '%s: a loud failure that says the release is out; a re-run never publishes again',
    async (fault, what) => {
      const fx = fixture({ fault });
      const r = await run(fx);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(
        /release attestation: release v1\.2\.3 IS PUBLISHED \(.*\) and cannot be unpublished/,
      );
      expect(r.stdout).toMatch(what);
      expect(r.outputs).toMatchObject({
        published: 'true',
        immutable: 'true',
        'attestation-verified': 'false',
        'attestation-path': '',
      });
      const again = await run(fx);
      expect(again.code).toBe(1);
      expect(again.outputs['already-published']).toBe('true');
      expect(again.stdout).toMatch(what);
      expect(publishes(fx)).toBe(1);
    },
  );

  it('a mutable repository: auto passes without a seal, true fails after publishing', async () => {
    const auto = fixture({ immutable: false });
    const a = await run(auto);
    expect(a.code).toBe(0);
    expect(a.outputs).toMatchObject({
      published: 'true',
      immutable: 'false',
      'attestation-verified': 'false',
    });
    expect(a.summary).toMatch(/not checked: the release is not immutable/);

    const strict = fixture({ immutable: false });
    const s = await run(strict, { 'verify-release-attestation': 'true' });
    expect(s.code).toBe(1);
    expect(s.stdout).toMatch(/IS PUBLISHED .* but it is not immutable/);
    expect(s.outputs.published).toBe('true');
  });

  it('false skips the seal even for an immutable release', async () => {
    const fx = fixture({ fault: 'never' });
    const r = await run(fx, { 'verify-release-attestation': 'false' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ immutable: 'true', 'attestation-verified': 'false' });
  });

  it("without a trusted root, GitHub's TUF repository must answer: offline, it fails closed", async () => {
    const fx = fixture();
    const r = await run(fx, { 'attestation-trusted-root': '' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/cannot load GitHub's Sigstore trusted root through its TUF repository/);
    expect(r.outputs['attestation-verified']).toBe('false');
  });
});
