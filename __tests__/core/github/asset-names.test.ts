import * as path from 'node:path';
import fc from 'fast-check';
import { ConfigurationError } from '../../../src/core/errors.js';
import { githubAssetName, planAssetNames, sameAssetName } from '../../../src/core/github/asset-names.js';
import { contentTypeFor, reportedSha256, sha256OfDigest } from '../../../src/core/github/assets.js';
import { createClient } from '../../../src/core/github/client.js';
import { closeLocalAssets, prepareLocalAssets } from '../../../src/core/github/local-asset.js';
import { prereleaseFromTag, type Release } from '../../../src/core/github/releases.js';
import { AssetNameConflictError, stageAsset } from '../../../src/core/github/stage-asset.js';
import { DEFAULT_TOKEN } from '../../../src/emulator/github/index.js';
import { useGitHub } from '../../helpers/github.js';
import { workspace } from '../../helpers/workspace.js';

describe('githubAssetName', () => {
  it.each([
    ['app-1.2.3_linux-amd64.tar.gz', 'app-1.2.3_linux-amd64.tar.gz'],
    ['The Brain.js', 'The.Brain.js'],
    ['pkg-1.0-1~buster_amd64.deb', 'pkg-1.0-1.buster_amd64.deb'],
    ['app.prod-v1.3.0-(15-5)-6064eac-release.apk', 'app.prod-v1.3.0-.15-5.-6064eac-release.apk'],
    ['fake.      file.txt', 'fake.file.txt'],
    ['erick%%%%%!!!zhao.txt', 'erick.zhao.txt'],
    ['a5_ð_æ_©_ŋ.txt', 'a5_d_ae_._ng.txt'],
    ['a5_żółw.txt', 'a5_zolw.txt'],
    ['.config', 'default.config'],
    ['trailing.', 'trailing'],
    ['epoch:1.0.pkg', 'epoch.1.0.pkg'],
    ['c++-lib+1.zip', 'c++-lib+1.zip'],
  ])('%s → %s', (given, expected) => {
    expect(githubAssetName(given)).toBe(expected);
  });

  it('is idempotent and only ever yields safe names (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (name) => {
        const once = githubAssetName(name);
        expect(once).toMatch(/^[A-Za-z0-9_+-][A-Za-z0-9._+-]*$/);
        expect(once).not.toMatch(/\.\.|\.$/);
        expect(githubAssetName(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('planAssetNames', () => {
  it('keeps distinct names and reports the rewritten one', () => {
    const planned = planAssetNames('files', [
      { file: '/w/a b.txt', display: 'a b.txt' },
      { file: '/w/c.txt', display: 'c.txt' },
    ]);
    expect(planned.map((p) => [p.requestedName, p.name])).toEqual([
      ['a b.txt', 'a.b.txt'],
      ['c.txt', 'c.txt'],
    ]);
  });

  it('refuses two files that map to one asset name, naming both', () => {
    const call = () =>
      planAssetNames('files', [
        { file: '/w/x/app (1).zip', display: 'x/app (1).zip' },
        { file: '/w/y/app.1.zip', display: 'y/app.1.zip' },
        { file: '/w/z/other.zip', display: 'z/other.zip' },
      ]);
    expect(call).toThrow(ConfigurationError);
    expect(call).toThrow(/'x\/app \(1\)\.zip' and 'y\/app\.1\.zip' would all become the asset 'app\.1\.zip'/);
  });

  it('sameAssetName: names differing only in case are one', () => {
    expect(sameAssetName('App.tar.gz', 'app.tar.gz')).toBe(true);
    expect(sameAssetName('app.tar.gz', 'app.tgz')).toBe(false);
  });

  it('treats names differing only in case as one (fail closed)', () => {
    expect(() =>
      planAssetNames('files', [
        { file: '/w/a/README', display: 'a/README' },
        { file: '/w/b/readme', display: 'b/readme' },
      ]),
    ).toThrow(/one release asset name/);
  });
});

describe('prereleaseFromTag', () => {
  it('follows SemVer', () => {
    expect(prereleaseFromTag('v1.2.3')).toBe(false);
    expect(prereleaseFromTag('v1.2.3-rc.1')).toBe(true);
    expect(prereleaseFromTag('1.2.3+build.5')).toBe(false);
    expect(prereleaseFromTag('release-2.0.0-beta')).toBe(true);
  });
  it('refuses to guess for a tag that is not SemVer', () => {
    expect(() => prereleaseFromTag('nightly')).toThrow(/set input 'prerelease'/);
    expect(() => prereleaseFromTag('v1.2')).toThrow(ConfigurationError);
  });
});

describe('sha256OfDigest and contentTypeFor', () => {
  it('accepts only a well-formed sha256 digest', () => {
    const hex = 'a'.repeat(64);
    expect(sha256OfDigest(`sha256:${hex}`)).toBe(hex);
    expect(sha256OfDigest(`sha256:${hex.toUpperCase()}`)).toBe(hex);
    expect(sha256OfDigest(null)).toBeUndefined();
    expect(sha256OfDigest(`sha512:${hex}`)).toBeUndefined();
    expect(sha256OfDigest(`sha256:${hex.slice(1)}`)).toBeUndefined();
  });
  it("reads GitHub's digest field one way for every path (reportedSha256)", () => {
    const hex = 'b'.repeat(64);
    expect(reportedSha256({ name: 'a', digest: `sha256:${hex}` })).toBe(hex);
    expect(reportedSha256({ name: 'a', digest: null })).toBeUndefined();
    expect(reportedSha256({ name: 'a' })).toBeUndefined();
    // Another form is never "no digest": that would trust bytes nobody vouched for.
    expect(() => reportedSha256({ name: 'a\u0007', digest: `sha512:${hex}` })).toThrow(
      'asset "a\\u0007" reports a digest GitHub does not document ("sha512:' + hex,
    );
  });
  it('maps common release files', () => {
    expect(contentTypeFor('x.tar.gz')).toBe('application/gzip');
    expect(contentTypeFor('x.zip.sigstore.json')).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(contentTypeFor('SHA256SUMS')).toBe('text/plain');
    expect(contentTypeFor('binary')).toBe('application/octet-stream');
  });
});

describe('a name that differs only in case from an asset on the release', () => {
  // One emulator for this block; it refuses a case-only duplicate as GitHub may (asset-name.ts).
  const emu = useGitHub({ scope: 'all' });

  it('is a conflict when staged, never a silent second asset', async () => {
    emu.state.addRepo('octo-org/case');
    const draft = emu.state.addRelease('octo-org/case', { tagName: 'v1.0.0', draft: true });
    emu.state.addAsset(draft.id, 'app.tgz', 'the lower-case one\n');
    const client = createClient(DEFAULT_TOKEN, { baseUrl: emu.url, backoffMs: 1, throttle: false });
    const repo = { owner: 'octo-org', repo: 'case' };
    const { data } = await client.rest.repos.getRelease({ ...repo, release_id: draft.id });
    const root = workspace({ 'App.tgz': 'the upper-case one\n' });
    const [upper] = await prepareLocalAssets(
      'files',
      [{ file: path.join(root, 'App.tgz'), display: 'App.tgz', requestedName: 'App.tgz', name: 'App.tgz' }],
      contentTypeFor,
      root,
    );
    try {
      const staging = stageAsset(client, repo, data as unknown as Release, upper, {
        pollMs: 5,
        concurrentWaitMs: 50,
      });
      // A typed conflict naming the asset that is there, found before any byte is sent (the old
      // code uploaded, and only the emulator's 422 stopped it with an unexplained refusal).
      await expect(staging).rejects.toBeInstanceOf(AssetNameConflictError);
      await expect(staging).rejects.toMatchObject({ code: 'CASE_ONLY' });
      await expect(staging).rejects.toThrow(
        /asset "app\.tgz" \(\d+\) is already on the release, and "App\.tgz" differs from it only in case/,
      );
    } finally {
      await closeLocalAssets([upper]);
    }
    expect(emu.count('repos/upload-release-asset')).toBe(0);
    expect(draft.assets.map((a) => a.name)).toEqual(['app.tgz']);
  });

  it('is the same conflict when the other spelling lands while this run uploads (GitHub answers 422)', async () => {
    emu.state.addRepo('octo-org/case-late');
    const draft = emu.state.addRelease('octo-org/case-late', { tagName: 'v1.0.0', draft: true });
    emu.state.addAsset(draft.id, 'app.tgz', 'the lower-case one\n');
    const client = createClient(DEFAULT_TOKEN, { baseUrl: emu.url, backoffMs: 1, throttle: false });
    const repo = { owner: 'octo-org', repo: 'case-late' };
    const { data } = await client.rest.repos.getRelease({ ...repo, release_id: draft.id });
    const root = workspace({ 'App.tgz': 'the upper-case one\n' });
    const [upper] = await prepareLocalAssets(
      'files',
      [{ file: path.join(root, 'App.tgz'), display: 'App.tgz', requestedName: 'App.tgz', name: 'App.tgz' }],
      contentTypeFor,
      root,
    );
    try {
      // The run believes the draft empty (as for a draft it created): the other spelling is only
      // seen on the re-read after GitHub's refusal.
      const staging = stageAsset(client, repo, data as unknown as Release, upper, {
        pollMs: 5,
        concurrentWaitMs: 50,
        assets: new Map(),
      });
      await expect(staging).rejects.toBeInstanceOf(AssetNameConflictError);
      await expect(staging).rejects.toThrow(/asset "app\.tgz" \(\d+\) is already on the release/);
    } finally {
      await closeLocalAssets([upper]);
    }
    expect(draft.assets.map((a) => a.name)).toEqual(['app.tgz']);
  });
});
