import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { INPUT_NAMES, parseInputs } from '../../src/actions/undraft/inputs.js';
import { globToRegExp, isEvidence, parseSha256Sums } from '../../src/core/undraft/assets.js';
import { decideLatest, splitTag } from '../../src/core/undraft/latest.js';
import type { Release } from '../../src/core/github/releases.js';
import {
  releasePurls,
  waitForReleaseAttestation,
  type Judgement,
} from '../../src/core/attestation/release-attestation.js';

const root = path.resolve(import.meta.dirname, '../..');

const reader =
  (values: Record<string, string>) =>
  (name: string): string | undefined =>
    values[name];
const BASE = { 'github-token': 't', repository: 'o/r', tag: 'v1.2.3', 'expected-assets': 'app.tgz' };

describe('undraft inputs', () => {
  it('INPUT_NAMES is exactly the inputs of action.yml', () => {
    const yml = parse(fs.readFileSync(path.join(root, 'undraft/action.yml'), 'utf8')) as { inputs: object };
    expect([...INPUT_NAMES].sort()).toEqual(Object.keys(yml.inputs).sort());
  });

  it('defaults', () => {
    const inputs = parseInputs(reader(BASE));
    expect(inputs).toMatchObject({
      tag: 'v1.2.3',
      expectedAssets: ['app.tgz'],
      exact: false,
      requireSignatures: true,
      verifySignatures: false,
      bundleSuffix: '.sigstore.json',
      makeLatest: 'auto',
      prerelease: 'auto',
      verifyAttestation: 'auto',
      attestationTimeoutMs: 120_000,
      certificateIssuer: 'https://token.actions.githubusercontent.com',
    });
  });

  it('YAML 1.2 booleans in the tri-state inputs', () => {
    expect(parseInputs(reader({ ...BASE, 'make-latest': 'True', prerelease: 'FALSE' }))).toMatchObject({
      makeLatest: 'true',
      prerelease: 'false',
    });
  });

  it('collects every error at once, naming input, value and accepted form', () => {
    let message = '';
    try {
      parseInputs(
        reader({
          repository: 'nope',
          tag: 'v1.2.3',
          'expected-assets': 'dist/app.tgz',
          exact: 'yes',
          'attestation-timeout': 'soon',
          'verify-release-attestation': 'always',
          'bundle-suffix': '../x',
        }),
      );
    } catch (error) {
      message = (error as Error).message;
    }
    for (const part of [
      "'github-token' is required",
      "'repository' must be 'owner/name', got 'nope'",
      "'dist/app.tgz' contains '/'",
      "'exact' must be a boolean",
      "'attestation-timeout' must be a duration",
      "'verify-release-attestation' must be one of 'auto', 'true', 'false', got 'always'",
      "'bundle-suffix' must be a file-name suffix",
    ]) {
      expect(message).toContain(part);
    }
  });
});

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

  it('evidence: bundles, SBOMs, checksum files', () => {
    for (const n of [
      'a.tgz.sigstore.json',
      'sbom.cdx.json',
      'app.spdx.json',
      'SHA256SUMS',
      'checksums.txt',
      'a.sha256',
    ]) {
      expect(isEvidence(n, '.sigstore.json')).toBe(true);
    }
    for (const n of ['app.tgz', 'app.json', 'sbomtool.exe', 'tool.zip'])
      expect(isEvidence(n, '.sigstore.json')).toBe(false);
  });

  it('SHA256SUMS: sha256sum output, base names, errors named', () => {
    const hex = 'a'.repeat(64);
    expect(parseSha256Sums(`${hex}  dist/app.tgz\n${'B'.repeat(64)} *b.bin\n`, 'S')).toEqual([
      { sha256: hex, name: 'app.tgz', line: 1 },
      { sha256: 'b'.repeat(64), name: 'b.bin', line: 2 },
    ]);
    expect(() => parseSha256Sums('nonsense\n', 'S')).toThrow(/S line 1 is not/);
    expect(() => parseSha256Sums(`${hex}  a/x\n${hex}  b/x\n`, 'S')).toThrow(/names 'x' twice/);
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

describe('waiting for the release attestation', () => {
  const judgement = (over: Partial<Judgement>): Judgement => ({
    signatureOk: true,
    aboutThisTag: true,
    subjects: new Map(),
    problems: [],
    ...over,
  });
  const clock = () => {
    let t = 0;
    return { now: () => t, sleep: async (ms: number) => void (t += ms) };
  };

  it('polls until a good one appears', async () => {
    const c = clock();
    let calls = 0;
    const result = await waitForReleaseAttestation({
      list: async () => (++calls < 3 ? [] : ['bundle']),
      judge: () => judgement({}),
      timeoutMs: 10_000,
      pollMs: 1000,
      ...c,
    });
    expect(result).toMatchObject({ ok: true, bundle: 'bundle', polls: 3 });
  });

  it('stops at once on a verified attestation for this tag that does not match', async () => {
    const c = clock();
    const result = await waitForReleaseAttestation({
      list: async () => ['b'],
      judge: () => judgement({ problems: ["asset 'a' is not a subject"] }),
      timeoutMs: 10_000,
      pollMs: 1000,
      ...c,
    });
    expect(result).toMatchObject({ ok: false, polls: 1 });
    expect(result.detail).toMatch(/does not match: asset 'a' is not a subject/);
  });

  it('waits past attestations of other tags and unverifiable ones, then says what it saw', async () => {
    const c = clock();
    const result = await waitForReleaseAttestation({
      list: async () => ['other', 'forged'],
      judge: (b) =>
        b === 'other'
          ? judgement({ aboutThisTag: false, tag: 'v0.9.0', problems: ["it names tag 'v0.9.0'"] })
          : judgement({ signatureOk: false, problems: ['signature does not verify'] }),
      timeoutMs: 5000,
      pollMs: 1000,
      ...c,
    });
    expect(result.ok).toBe(false);
    expect(result.polls).toBe(6);
    expect(result.detail).toMatch(/found 2: #1 \(tag v0\.9\.0\).*\| #2: signature does not verify/);
  });

  it('nothing at all by the deadline', async () => {
    const result = await waitForReleaseAttestation({
      list: async () => [],
      judge: () => judgement({}),
      timeoutMs: 0,
      pollMs: 1000,
      ...clock(),
    });
    expect(result).toMatchObject({ ok: false, polls: 1 });
    expect(result.detail).toMatch(/no release attestation appeared within 0 s/);
  });
});

describe('release purls', () => {
  it('owner/repo as named or lower-cased, the tag raw or percent-encoded; nothing else', () => {
    const purls = releasePurls('Octo-Org', 'Repo', 'pkg@1.0.0');
    expect(purls.has('pkg:github/Octo-Org/Repo@pkg@1.0.0')).toBe(true);
    expect(purls.has('pkg:github/octo-org/repo@pkg%401.0.0')).toBe(true);
    expect(purls.has('pkg:github/octo-org/repo@pkg@1.0.1')).toBe(false);
    expect(purls.has('pkg:github/OCTO-ORG/REPO@pkg@1.0.0')).toBe(false);
  });
});
