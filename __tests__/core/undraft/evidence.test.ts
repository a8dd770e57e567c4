/*
 * Evidence is what a file is (core/undraft/evidence.ts): bundles read by content against the
 * loopback GitHub and Sigstore, with only the bundles (and possible SBOMs) downloaded.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createClient, type GitHubClient } from '../../../src/core/github/client.js';
import { listAssets } from '../../../src/core/github/assets.js';
import { BundleFormatError } from '../../../src/core/sigstore/bundle.js';
import { SigningSession } from '../../../src/core/sigstore/sign.js';
import { staticIdentityProvider } from '../../../src/core/sigstore/oidc.js';
import { judgeSbom, MAX_SBOM_BYTES } from '../../../src/core/sbom/sbom.js';
import { Digests } from '../../../src/core/undraft/digests.js';
import { bundleSubjects, classifyAssets, MAX_BUNDLE_BYTES } from '../../../src/core/undraft/evidence.js';
import { DEFAULT_TOKEN } from '../../../src/emulator/github/index.js';
import { startSigstore } from '../../../src/emulator/sigstore/index.js';
import { useGitHub } from '../../helpers/github.js';
import { useServer } from '../../helpers/servers.js';
import { workspace } from '../../helpers/workspace.js';

const REPO = 'octo-org/evidence';
const repo = { owner: 'octo-org', repo: 'evidence' };
const emu = useGitHub({ scope: 'all', setup: (g) => void g.state.addRepo(REPO) });
const sigstore = useServer('sigstore', startSigstore);
let client: GitHubClient;
let session: SigningSession;

beforeAll(() => {
  client = createClient(DEFAULT_TOKEN, { baseUrl: emu.url, backoffMs: 1, throttle: false });
  session = new SigningSession(
    { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 2 },
    staticIdentityProvider(sigstore.issueToken({})),
  );
});

const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');
const statement = (digests: string[]): Buffer =>
  Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: digests.map((d, i) => ({ name: `file-${i}`, digest: { sha256: d } })),
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {},
    }),
  );

describe('bundleSubjects', () => {
  it("reads a message signature's digest and a DSSE statement's sha256 subjects", async () => {
    const message = JSON.stringify(await session.signMessage(Buffer.from('app')));
    expect(bundleSubjects(message)).toEqual([sha256('app')]);
    const dsse = JSON.stringify(
      await session.signDsse(statement([sha256('a'), sha256('b')]), 'application/vnd.in-toto+json'),
    );
    expect(bundleSubjects(dsse)).toEqual([sha256('a'), sha256('b')]);
  });

  it('refuses what is no bundle, a DSSE payload that is no in-toto statement, and a statement without sha256 subjects', async () => {
    expect(() => bundleSubjects('{}')).toThrow(BundleFormatError);
    expect(() => bundleSubjects('\u007fELF')).toThrow(BundleFormatError);
    const other = JSON.stringify(await session.signDsse(Buffer.from('{}'), 'text/plain'));
    expect(() => bundleSubjects(other)).toThrow(
      /DSSE payload type is "text\/plain", not application\/vnd.in-toto\+json/,
    );
    const empty = JSON.stringify(await session.signDsse(statement([]), 'application/vnd.in-toto+json'));
    expect(() => bundleSubjects(empty)).toThrow(/no sha256 subject/);
  });
});

describe('classifyAssets', () => {
  it('evidence by content, payloads whatever their names, and only what must be read is downloaded', async () => {
    const commit = emu.state.commit(REPO, { branch: 'main' });
    const draft = emu.state.addRelease(REPO, { tagName: 'v1.0.0', draft: true, targetCommitish: commit });
    const sums = `${sha256('app')}  app.tgz\n`;
    const sbom = JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      components: [{ type: 'library', name: 'semver', version: '7.8.6' }],
    });
    const files: Record<string, string> = {
      'app.tgz': 'app',
      'app.tgz.sigstore.json': JSON.stringify(await session.signMessage(Buffer.from('app'))),
      'cli.bin': 'cli',
      'cli.bin.sigstore.json': JSON.stringify(await session.signMessage(Buffer.from('other bytes'))),
      'gone.zip.sigstore.json': JSON.stringify(await session.signMessage(Buffer.from('gone'))),
      'sbom-tool-linux-x64': '\u007fELF sbom tool',
      b2sum: '\u007fELF b2sum',
      'go-checksum': '\u007fELF go-checksum',
      'sbom.cdx.json': sbom,
      'config.json': '{"not":"an sbom"}',
      SHA256SUMS: sums,
      'checksums.txt': sums,
    };
    for (const [name, bytes] of Object.entries(files)) emu.state.addAsset(draft.id, name, bytes);
    // Larger than any bundle: a payload, never downloaded.
    const big = emu.state.addAsset(draft.id, 'huge.bin', 'x');
    emu.state.addAsset(draft.id, 'huge.bin.sigstore.json', Buffer.alloc(MAX_BUNDLE_BYTES + 1, 0x20));

    const dir = fs.mkdtempSync(path.join(workspace({}, 'evidence'), 'dl-'));
    const assets = await listAssets(client, repo, draft.id);
    const result = await classifyAssets({ client, repo, dir, digests: new Digests(client, repo) }, assets, {
      bundleSuffix: '.sigstore.json',
      sums: { name: 'SHA256SUMS', sha256: sha256(sums) },
      sbom: {
        maxBytes: MAX_SBOM_BYTES,
        judge: (text) => {
          const { format, specVersion, components } = judgeSbom(text);
          return { format, specVersion, components: components.length };
        },
      },
    });
    expect(Object.fromEntries(result.evidence)).toEqual({
      'app.tgz.sigstore.json': { kind: 'bundle', subject: 'app.tgz' },
      'sbom.cdx.json': { kind: 'sbom', format: 'cyclonedx', specVersion: '1.6', components: 1 },
      SHA256SUMS: { kind: 'sums' },
    });
    expect(Object.fromEntries(result.payloadBecause)).toEqual({
      'cli.bin.sigstore.json': expect.stringMatching(/^a bundle of sha256:[0-9a-f]{64}, not of 'cli\.bin'/),
      'gone.zip.sigstore.json': "a bundle of 'gone.zip', which is not on the release",
      'config.json': expect.stringMatching(/^not an SBOM sbom-attach accepts: /),
      'huge.bin.sigstore.json': `${MAX_BUNDLE_BYTES + 1} bytes, larger than any Sigstore bundle`,
    });
    expect(result.unreadable).toEqual([]);
    // Only the bundle-named assets (a bundle of a missing asset may be a provenance bundle naming
    // other assets) and the JSON files were downloaded.
    const downloaded = emu.state
      .repo(REPO)
      .releases[0].assets.filter((a) => a.downloadCount > 0)
      .map((a) => a.name)
      .sort();
    expect(downloaded).toEqual([
      'app.tgz.sigstore.json',
      'cli.bin.sigstore.json',
      'config.json',
      'gone.zip.sigstore.json',
      'sbom.cdx.json',
    ]);
    expect(big.downloadCount).toBe(0);
  });
});
