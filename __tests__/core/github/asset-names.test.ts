import fc from 'fast-check';
import { ConfigurationError } from '../../../src/core/errors.js';
import { githubAssetName, planAssetNames } from '../../../src/core/github/asset-names.js';
import { contentTypeFor, sha256OfDigest } from '../../../src/core/github/assets.js';
import { prereleaseFromTag } from '../../../src/core/github/releases.js';

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
  it('maps common release files', () => {
    expect(contentTypeFor('x.tar.gz')).toBe('application/gzip');
    expect(contentTypeFor('x.zip.sigstore.json')).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(contentTypeFor('SHA256SUMS')).toBe('text/plain');
    expect(contentTypeFor('binary')).toBe('application/octet-stream');
  });
});
