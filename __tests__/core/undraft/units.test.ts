/* The pure parts of undraft's core: expected asset names (core/undraft/assets.ts) and latest by SemVer (core/undraft/latest.ts). Evidence is read by content: evidence.test.ts. */
import fc from 'fast-check';
import { globToRegExp, isGlob } from '../../../src/core/glob.js';
import { parseSha256Sums } from '../../../src/core/undraft/assets.js';
import { decideLatest, splitTag } from '../../../src/core/undraft/latest.js';
import type { Release } from '../../../src/core/github/releases.js';

describe('asset names', () => {
  it('globs match whole names', () => {
    expect(globToRegExp('app-*.tar.gz').test('app-1.2.3.tar.gz')).toBe(true);
    expect(globToRegExp('app.tgz').test('app.tgz.sig')).toBe(false);
    expect(globToRegExp('app.tgz').test('appXtgz')).toBe(false);
    expect(globToRegExp('a?c').test('abc')).toBe(true);
    expect(globToRegExp('[ab].zip').test('b.zip')).toBe(true);
    expect(globToRegExp('[!ab].zip').test('b.zip')).toBe(false);
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(globToRegExp(name.replace(/[*?[\]]/g, '')).test(name.replace(/[*?[\]]/g, ''))).toBe(true);
      }),
    );
  });

  it('globs and names: only * ? and [..] make a glob', () => {
    for (const g of ['*.tgz', 'app-?.zip', 'app-[ab].zip', '[]].x']) expect(isGlob(g)).toBe(true);
    for (const n of ['app.tgz', 'SHA256SUMS', 'a[b', 'sbom-tool-linux-x64']) expect(isGlob(n)).toBe(false);
  });

  it('SHA256SUMS: sha256sum output, base names, errors named', () => {
    const hex = 'a'.repeat(64);
    expect(parseSha256Sums(`${hex}  dist/app.tgz\n${'B'.repeat(64)} *b.bin\n`, 'S')).toEqual([
      { sha256: hex, name: 'app.tgz', line: 1 },
      { sha256: 'b'.repeat(64), name: 'b.bin', line: 2 },
    ]);
    expect(() => parseSha256Sums('nonsense\n', 'S')).toThrow(/S line 1 is not/);
    expect(() => parseSha256Sums(`${hex}  a/x\n${hex}  b/x\n`, 'S')).toThrow(/names "x" twice/);
    expect(() => parseSha256Sums('\n', 'S')).toThrow(/no checksum line/);
  });
});

describe('latest by SemVer', () => {
  const rel = (tag: string, extra: Partial<Release> = {}): Release =>
    ({ tag_name: tag, draft: false, prerelease: false, ...extra }) as Release;

  it('splits prefixes', () => {
    expect(splitTag('v1.2.3')?.prefix).toBe('v');
    expect(splitTag('pkg2@1.2.3-rc.1')?.prefix).toBe('pkg2@');
    expect(splitTag('nginx/1.0.0')?.prefix).toBe('nginx/');
    expect(splitTag('release-2024')).toBeUndefined();
  });

  it('a back-port published after a newer major is not latest; dates do not matter', () => {
    expect(decideLatest('v1.4.9', false, [rel('v2.0.0'), rel('v1.4.8')]).latest).toBe(false);
    expect(decideLatest('v2.0.1', false, [rel('v2.0.0'), rel('v1.4.9')]).latest).toBe(true);
    expect(decideLatest('v2.0.0', false, []).latest).toBe(true);
  });

  it('prereleases: never latest, and never the bar', () => {
    expect(decideLatest('v3.0.0-rc.1', false, [rel('v2.0.0')]).latest).toBe(false);
    expect(decideLatest('v2.1.0', true, [rel('v2.0.0')]).latest).toBe(false);
    expect(
      decideLatest('v2.1.0', false, [rel('v3.0.0-rc.1', { prerelease: true }), rel('v2.0.0')]).latest,
    ).toBe(true);
    expect(decideLatest('v2.1.0', false, [rel('v3.0.0', { prerelease: true })]).latest).toBe(true);
  });

  it('other tag prefixes and drafts do not compete', () => {
    expect(decideLatest('tokio-1.0.0', false, [rel('nginx/9.0.0'), rel('tokio-0.9.0')]).latest).toBe(true);
    expect(decideLatest('v1.0.0', false, [rel('v9.0.0', { draft: true })]).latest).toBe(true);
  });
});
