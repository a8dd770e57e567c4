/*
 * Each registry source against the loopback registry emulator, which serves the documented
 * shapes (PyPI JSON, the crates sparse index and download, the npm packument and tarball) and
 * can lie: CDN lag, malformed JSON, 5xx storms, truncated and tampered downloads.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as nodeHttp from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { hashFileSync } from '../../../src/core/digest.js';
import { cratesIndexPath, cratesSource } from '../../../src/core/digest-sources/crates.js';
import { fetchServedFile, hashServedFile } from '../../../src/core/digest-sources/download.js';
import { getJson } from '../../../src/core/digest-sources/metadata.js';
import type { HttpOptions } from '../../../src/core/http/fetch.js';
import { checkFetchUrl } from '../../../src/core/http/url.js';
import {
  npmPackFileName,
  npmSource,
  packumentPath,
  sha512OfIntegrity,
  upgradeTarballUrl,
} from '../../../src/core/digest-sources/npm.js';
import { pypiSource } from '../../../src/core/digest-sources/pypi.js';
import { type Lookup, DigestSourceError, type ServedFile } from '../../../src/core/digest-sources/source.js';
import { parseReference, type Reference } from '../../../src/core/digest-sources/reference.js';
import { formatSha256Sums, parseSha256Sums } from '../../../src/core/digest-sources/sums.js';
import { startPackageRegistryEmulator } from '../../../src/emulator/package-registries/index.js';
import { useServer } from '../../helpers/servers.js';
import { workspace } from '../../helpers/workspace.js';

const http: HttpOptions = { attempts: 3, backoffMs: 1, timeoutMs: 5000 };

/** Options for the fault tests: a short timeout, and the waits recorded instead of slept. */
function patientHttp(attempts: number, waits: number[]): HttpOptions {
  return { attempts, backoffMs: 1, timeoutMs: 300, sleep: async (ms) => void waits.push(ms) };
}
const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');
const sha512 = (b: Buffer | string): string => createHash('sha512').update(b).digest('hex');

const emu = useServer('registries', startPackageRegistryEmulator);
const scratch = workspace({}, 'registries');

afterEach(() => emu.faults.clear());

function ref<K extends Reference['kind']>(line: string): Extract<Reference, { kind: K }> {
  return parseReference(line) as Extract<Reference, { kind: K }>;
}

function found(lookup: Lookup): ServedFile[] {
  if (lookup.state !== 'found') throw new Error(`expected found, got ${lookup.state}: ${lookup.detail}`);
  return lookup.files;
}

/** A reference the registry hides for two asks (hiddenFor: 2): pending, pending, then found. */
async function foundOnThirdAsk(source: { lookup(): Promise<Lookup> }): Promise<ServedFile[]> {
  expect((await source.lookup()).state).toBe('pending');
  expect((await source.lookup()).state).toBe('pending');
  return found(await source.lookup());
}

const pypi = (line: string) => pypiSource(ref<'pypi'>(line), { baseUrl: emu.urls.pypi, http });
const crates = (line: string) =>
  cratesSource(ref<'crates'>(line), { indexUrl: emu.urls.cratesIndex, apiUrl: emu.urls.cratesApi, http });
const npm = (line: string) => npmSource(ref<'npm'>(line), { registry: emu.urls.npm, http });

describe('pypi', () => {
  it("serves the release's files with PyPI's own sha256, size and download URL", async () => {
    emu.state.publishPypi('Demo_Pkg', '1.0.0', {
      'demo_pkg-1.0.0-py3-none-any.whl': 'wheel',
      'demo_pkg-1.0.0.tar.gz': 'sdist',
    });
    const files = found(await pypi('pypi:demo-pkg==1.0.0').lookup());
    expect(files.map((f) => [f.name, f.published.sha256, f.size])).toEqual([
      ['demo_pkg-1.0.0-py3-none-any.whl', sha256('wheel'), 5],
      ['demo_pkg-1.0.0.tar.gz', sha256('sdist'), 5],
    ]);
    const dest = path.join(scratch, 'pypi-wheel');
    const digests = await fetchServedFile('pypi:demo-pkg==1.0.0', files[0], ['sha256'], dest, http);
    expect(digests).toEqual({ size: 5, sha256: sha256('wheel') });
    expect(fs.readFileSync(dest, 'utf8')).toBe('wheel');
  });

  it('says "not there yet" for a version PyPI does not serve, and finds it once it appears', async () => {
    expect((await pypi('pypi:demo-pkg==9.9.9').lookup()).state).toBe('pending');
    emu.state.publishPypi('lagging', '2.0', { 'lagging-2.0.tar.gz': 'x' }, { hiddenFor: 2 });
    expect((await foundOnThirdAsk(pypi('pypi:lagging==2.0'))).map((f) => f.name)).toEqual([
      'lagging-2.0.tar.gz',
    ]);
  });

  it('refuses malformed JSON, naming the reference', async () => {
    emu.state.publishPypi('broken', '1.0', { 'broken-1.0.tar.gz': 'x' });
    emu.faults.add({ registry: 'pypi', target: 'metadata', fault: { kind: 'malformed' } });
    const lookup = pypi('pypi:broken==1.0').lookup();
    await expect(lookup).rejects.toThrow(DigestSourceError);
    await expect(pypi('pypi:broken==1.0').lookup()).rejects.toThrow(
      /^pypi:broken==1\.0: the PyPI release JSON is not valid JSON/,
    );
  });

  it('retries a 5xx and then succeeds; a storm fails naming the reference', async () => {
    emu.state.publishPypi('stormy', '1.0', { 'stormy-1.0.tar.gz': 'x' });
    emu.faults.add({
      registry: 'pypi',
      target: 'metadata',
      fault: { kind: 'status', status: 502 },
      times: 2,
    });
    expect(found(await pypi('pypi:stormy==1.0').lookup())).toHaveLength(1);
    emu.faults.add({ registry: 'pypi', target: 'metadata', fault: { kind: 'status', status: 503 } });
    const before = emu.count('pypi', 'metadata');
    await expect(pypi('pypi:stormy==1.0').lookup()).rejects.toThrow(
      /^pypi:stormy==1\.0: the PyPI release JSON failed after 3 tries \(last: HTTP 503\)/,
    );
    expect(emu.count('pypi', 'metadata') - before).toBe(3);
  });

  it('marks a file with only md5 as having no accepted digest, and a yanked release as yanked', async () => {
    emu.state.publishPypi(
      'md5only',
      '1.0',
      { 'md5only-1.0.tar.gz': 'x' },
      { pypiDigests: ['md5'], yanked: true },
    );
    const [file] = found(await pypi('pypi:md5only==1.0').lookup());
    expect(file.published).toEqual({});
    expect(file.noAcceptedDigest).toMatch(
      /^PyPI lists only "md5" for "md5only-1\.0\.tar\.gz" and no `digests\.sha256`/,
    );
    expect(file.yanked).toBe('yanked on PyPI');
  });

  it('refuses a document that is not the documented shape', async () => {
    emu.state.publishPypi('shape', '1.0', { 'shape-1.0.tar.gz': 'x' });
    // A digest field that is present but not a sha256 is never skipped.
    const { parsePypiRelease } = await import('../../../src/core/digest-sources/pypi.js');
    expect(() =>
      parsePypiRelease('r', { urls: [{ filename: 'a', url: 'https://x/a', digests: { sha256: 'nope' } }] }),
    ).toThrow(/digests\.sha256 is not a sha256/);
    expect(() => parsePypiRelease('r', { info: {} })).toThrow(/has no 'urls' list/);
    expect(() => parsePypiRelease('r', { urls: [{ filename: '../a', url: 'https://x/a' }] })).toThrow(
      /not a file name/,
    );
  });
});

describe('downloads', () => {
  it('a truncated download (connection cut before Content-Length) is an error, never a file', async () => {
    emu.state.publishPypi('cut', '1.0', { 'cut-1.0.tar.gz': Buffer.alloc(300_000, 7) });
    const [file] = found(await pypi('pypi:cut==1.0').lookup());
    emu.faults.add({ registry: 'pypi', target: 'download', fault: { kind: 'truncate', bytes: 1000 } });
    const dest = path.join(scratch, 'cut');
    await expect(fetchServedFile('pypi:cut==1.0', file, ['sha256'], dest, http)).rejects.toThrow(
      /^pypi:cut==1\.0: downloading "cut-1\.0\.tar\.gz" failed after 3 tries/,
    );
    expect(fs.existsSync(dest)).toBe(false);
    expect(fs.existsSync(`${dest}.download`)).toBe(false);
  });

  it('a body that "completes" short is caught by the announced size', async () => {
    emu.state.publishPypi('short', '1.0', { 'short-1.0.tar.gz': 'abcdefgh' });
    const [file] = found(await pypi('pypi:short==1.0').lookup());
    emu.faults.add({ registry: 'pypi', target: 'download', fault: { kind: 'short', bytes: 3 } });
    await expect(hashServedFile('pypi:short==1.0', file, ['sha256'], scratch, http)).rejects.toThrow(
      /gave 3 bytes, but the source lists 8: a truncated or altered download/,
    );
    expect(fs.readdirSync(scratch).filter((n) => n.startsWith('dl-'))).toEqual([]);
  });

  it('a 5xx storm on the download is retried, then fails naming the reference', async () => {
    emu.state.publishPypi('dlstorm', '1.0', { 'dlstorm-1.0.tar.gz': 'x' });
    const [file] = found(await pypi('pypi:dlstorm==1.0').lookup());
    emu.faults.add({ registry: 'pypi', target: 'download', fault: { kind: 'status', status: 500 } });
    const before = emu.count('pypi', 'download');
    await expect(hashServedFile('pypi:dlstorm==1.0', file, ['sha256'], scratch, http)).rejects.toThrow(
      /^pypi:dlstorm==1\.0: downloading "dlstorm-1\.0\.tar\.gz" failed after 3 tries \(last: HTTP 500\)/,
    );
    expect(emu.count('pypi', 'download') - before).toBe(3);
  });

  it('transient faults on the download are tried again until the bytes arrive whole', async () => {
    const bytes = Buffer.alloc(200_000, 3);
    emu.state.publishPypi('flaky', '1.0', { 'flaky-1.0.tar.gz': bytes });
    const [file] = found(await pypi('pypi:flaky==1.0').lookup());
    const waits: number[] = [];
    const patient = patientHttp(6, waits);
    const faults = [
      { kind: 'status', status: 503 },
      { kind: 'rate-limit', retryAfter: 2 },
      { kind: 'reset' },
      { kind: 'slow', delayMs: 800 },
      { kind: 'truncate', bytes: 1000 },
    ] as const;
    for (const fault of faults) emu.faults.add({ registry: 'pypi', target: 'download', fault, times: 1 });
    const before = emu.count('pypi', 'download');
    const dest = path.join(scratch, 'flaky');
    const digests = await fetchServedFile('pypi:flaky==1.0', file, ['sha256'], dest, patient);
    expect(digests).toEqual({ size: bytes.length, sha256: sha256(bytes) });
    expect(fs.readFileSync(dest).equals(bytes)).toBe(true);
    // One try per fault, then the whole download; the 429's Retry-After was the wait it got.
    expect(emu.count('pypi', 'download') - before).toBe(6);
    expect(waits[1]).toBe(2000);
    expect(fs.existsSync(`${dest}.download`)).toBe(false);
  }, 10_000);

  it('metadata: a slow answer, a reset, a 429 and a cut listing are each tried again', async () => {
    emu.state.publishNpm('meta-flaky', '1.0.0', 'tgz');
    const waits: number[] = [];
    const patient = patientHttp(5, waits);
    const faults = [
      { kind: 'slow', delayMs: 800 },
      { kind: 'reset' },
      { kind: 'rate-limit', retryAfter: 1 },
      { kind: 'truncate', bytes: 20 },
    ] as const;
    for (const fault of faults) emu.faults.add({ registry: 'npm', target: 'metadata', fault, times: 1 });
    const before = emu.count('npm', 'metadata');
    const source = npmSource(ref<'npm'>('npm:meta-flaky@1.0.0'), { registry: emu.urls.npm, http: patient });
    const [file] = found(await source.lookup());
    expect(file.published.sha512).toBe(sha512('tgz'));
    expect(emu.count('npm', 'metadata') - before).toBe(5);
    expect(waits[2]).toBe(1000);
  }, 10_000);

  it('a server that never answers in time is given up on after the tries, naming the timeout', async () => {
    emu.state.publishPypi('silent', '1.0', { 'silent-1.0.tar.gz': 'x' });
    const [file] = found(await pypi('pypi:silent==1.0').lookup());
    emu.faults.add({ registry: 'pypi', target: 'download', fault: { kind: 'slow', delayMs: 1500 } });
    const started = Date.now();
    await expect(
      hashServedFile('pypi:silent==1.0', file, ['sha256'], scratch, {
        attempts: 2,
        backoffMs: 1,
        timeoutMs: 200,
      }),
    ).rejects.toThrow(/failed after 2 tries \(last: no answer for 200 ms \(request timeout\)\)/);
    expect(Date.now() - started).toBeLessThan(1400);
  }, 10_000);

  it('a body that stalls mid-way is given up on after the request timeout, then tried again', async () => {
    let asked = 0;
    const server = nodeHttp.createServer((_req, res) => {
      asked++;
      res.writeHead(200, { 'content-length': 10 });
      // First ask: half the body, then silence with the connection left open.
      if (asked === 1) res.write('01234');
      else res.end('0123456789');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const file: ServedFile = {
        name: 'stall.bin',
        published: {},
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/stall.bin`,
      };
      const started = Date.now();
      const digests = await hashServedFile('url:stall', file, ['sha256'], scratch, {
        attempts: 2,
        backoffMs: 1,
        timeoutMs: 200,
      });
      expect(digests).toEqual({ size: 10, sha256: sha256('0123456789') });
      expect(asked).toBe(2);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  }, 10_000);

  it('a 404 on the download is an answer, not retried', async () => {
    const before = emu.count('pypi', 'download');
    const file: ServedFile = {
      name: 'gone.tar.gz',
      published: {},
      url: `${emu.urls.pypiFiles}/ab/cd/gone.tar.gz`,
    };
    await expect(hashServedFile('pypi:gone==1.0', file, ['sha256'], scratch, http)).rejects.toThrow(
      /^pypi:gone==1\.0: downloading "gone\.tar\.gz" failed \(HTTP 404: an answer, not retried\)/,
    );
    expect(emu.count('pypi', 'download') - before).toBe(1);
  });

  it('a 429 asking for a wait longer than the limit fails at once, saying so', async () => {
    emu.state.publishPypi('limited', '1.0', { 'limited-1.0.tar.gz': 'x' });
    const [file] = found(await pypi('pypi:limited==1.0').lookup());
    emu.faults.add({ registry: 'pypi', target: 'download', fault: { kind: 'rate-limit', retryAfter: 3600 } });
    await expect(hashServedFile('pypi:limited==1.0', file, ['sha256'], scratch, http)).rejects.toThrow(
      /failed \(HTTP 429 asking to wait 3600 s, over the 60 s limit\)/,
    );
  });

  it('the authorization goes to the first origin only, never to the host a redirect names', async () => {
    const seen: { server: string; auth?: string }[] = [];
    const storage = nodeHttp.createServer((req, res) => {
      seen.push({ server: 'storage', auth: req.headers.authorization });
      res.end('stored bytes');
    });
    await new Promise<void>((resolve) => storage.listen(0, '127.0.0.1', resolve));
    const api = nodeHttp.createServer((req, res) => {
      seen.push({ server: 'api', auth: req.headers.authorization });
      res.writeHead(302, { location: `http://127.0.0.1:${(storage.address() as AddressInfo).port}/blob` });
      res.end();
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    try {
      const file: ServedFile = {
        name: 'asset.bin',
        published: {},
        url: `http://127.0.0.1:${(api.address() as AddressInfo).port}/asset`,
        auth: 'Bearer secret-token',
      };
      const digests = await hashServedFile('release:v1', file, ['sha256'], scratch, http);
      expect(digests.sha256).toBe(sha256('stored bytes'));
      expect(seen).toEqual([
        { server: 'api', auth: 'Bearer secret-token' },
        { server: 'storage', auth: undefined },
      ]);
    } finally {
      api.closeAllConnections();
      storage.closeAllConnections();
      await Promise.all([new Promise((r) => api.close(r)), new Promise((r) => storage.close(r))]);
    }
  });

  it('refuses plain http off loopback and credentials in URLs', () => {
    expect(checkFetchUrl('http://example.com/a.whl')).toMatch(/not https/);
    expect(checkFetchUrl('https://user:pw@example.com/a.whl')).toMatch(/credentials/);
    expect(checkFetchUrl('http://127.0.0.1:9/a')).toBeInstanceOf(URL);
    expect(checkFetchUrl('http://[::1]:9/a')).toBeInstanceOf(URL);
    expect(checkFetchUrl('ftp://example.com/a')).toMatch(/not https/);
  });
});

describe('crates', () => {
  it.each([
    ['a', '1/a'],
    ['ab', '2/ab'],
    ['abc', '3/a/abc'],
    ['Serde', 'se/rd/serde'],
    ['cargo', 'ca/rg/cargo'],
  ])('index path of %s is %s', (crate, expected) => expect(cratesIndexPath(crate)).toBe(expected));

  it('serves the .crate with the index cksum; the download follows the API redirect', async () => {
    for (const name of ['x', 'xy', 'xyz', 'My_Crate']) emu.state.publishCrate(name, '0.1.0', `${name} bytes`);
    emu.state.publishCrate('My_Crate', '0.2.0', 'newer', { yanked: true });
    for (const name of ['x', 'xy', 'xyz', 'My_Crate']) {
      const [file] = found(await crates(`crates:${name.toLowerCase()}@0.1.0`).lookup());
      expect(file).toMatchObject({
        name: `${name}-0.1.0.crate`,
        published: { sha256: sha256(`${name} bytes`) },
      });
      const digests = await hashServedFile(`crates:${name}@0.1.0`, file, ['sha256'], scratch, http);
      expect(digests.sha256).toBe(sha256(`${name} bytes`));
    }
    const [yanked] = found(await crates('crates:My_Crate@0.2.0').lookup());
    expect(yanked.yanked).toBe('yanked on crates.io');
  });

  it('refuses a malformed index file, naming the reference', async () => {
    emu.state.publishCrate('badindex', '1.0.0', 'x');
    emu.faults.add({ registry: 'crates', target: 'metadata', fault: { kind: 'malformed' } });
    await expect(crates('crates:badindex@1.0.0').lookup()).rejects.toThrow(
      /^crates:badindex@1\.0\.0: the crates index file has a line that is not JSON/,
    );
  });
});

describe('npm', () => {
  it('names, paths and integrity', () => {
    expect(packumentPath('@scope/pkg')).toBe('@scope%2fpkg');
    expect(packumentPath('pkg')).toBe('pkg');
    expect(npmPackFileName('@scope/pkg', '1.2.3')).toBe('scope-pkg-1.2.3.tgz');
    expect(npmPackFileName('pkg', '1.2.3')).toBe('pkg-1.2.3.tgz');
    const b64 = Buffer.from(sha512('x'), 'hex').toString('base64');
    expect(sha512OfIntegrity(`sha1-abc sha512-${b64}`)).toEqual([sha512('x')]);
  });

  it('serves the tarball under its npm pack name with the sha512 of dist.integrity', async () => {
    emu.state.publishNpm('@acme/tool', '1.2.3', 'tarball');
    emu.state.publishNpm('plain', '0.0.1', 'plain tarball');
    const [scoped] = found(await npm('npm:@acme/tool@1.2.3').lookup());
    expect(scoped).toMatchObject({ name: 'acme-tool-1.2.3.tgz', published: { sha512: sha512('tarball') } });
    expect(scoped.url).toBe(`${emu.urls.npm}/@acme/tool/-/tool-1.2.3.tgz`);
    const digests = await hashServedFile('npm:@acme/tool@1.2.3', scoped, ['sha512', 'sha256'], scratch, http);
    expect(digests).toMatchObject({ sha512: sha512('tarball'), sha256: sha256('tarball') });
    expect(found(await npm('npm:plain@0.0.1').lookup())[0].name).toBe('plain-0.0.1.tgz');
  });

  it('marks a version with only a sha1 shasum as having no accepted digest; refuses a lying version field', async () => {
    emu.state.publishNpm('old-sha1', '0.1.0', 'old', { integrity: false });
    const [old] = found(await npm('npm:old-sha1@0.1.0').lookup());
    expect(old.published).toEqual({});
    expect(old.noAcceptedDigest).toMatch(/only a sha1 `shasum` .* accepts only dist\.integrity sha512/);
    emu.state.publishNpm('liar', '1.0.0', 'x', { versionField: '2.0.0' });
    await expect(npm('npm:liar@1.0.0').lookup()).rejects.toThrow(
      /^npm:liar@1\.0\.0: the npm packument versions\["1\.0\.0"\] says it is version "2\.0\.0": refused/,
    );
  });

  it('reads a legacy name with capitals, as the registry still serves it', async () => {
    emu.state.publishNpm('JSONStream', '1.3.5', 'stream');
    const [file] = found(await npm('npm:JSONStream@1.3.5').lookup());
    expect(file).toMatchObject({ name: 'JSONStream-1.3.5.tgz', published: { sha512: sha512('stream') } });
  });

  it('refuses malformed JSON, naming the reference', async () => {
    emu.faults.add({ registry: 'npm', target: 'metadata', fault: { kind: 'malformed' } });
    await expect(npm('npm:plain@0.0.1').lookup()).rejects.toThrow(
      /^npm:plain@0\.0\.1: the npm packument is not valid JSON/,
    );
  });
});

describe('sums and hashing', () => {
  it('parses SHA256SUMS (text and binary markers, paths reduced to names) and writes it back', () => {
    const a = sha256('a');
    const b = sha256('b');
    const files = parseSha256Sums('sums:S', `${a}  ./dist/a.whl\n${b} *b.tgz\n\n`);
    expect(files.map((f) => [f.name, f.published.sha256])).toEqual([
      ['a.whl', a],
      ['b.tgz', b],
    ]);
    expect(
      formatSha256Sums([
        { name: 'b.tgz', sha256: b },
        { name: 'a.whl', sha256: a },
      ]),
    ).toBe(`${a}  a.whl\n${b}  b.tgz\n`);
    expect(() => parseSha256Sums('sums:S', 'nonsense\n')).toThrow(/^sums:S: line 1 is not/);
    expect(() => parseSha256Sums('sums:S', `${a}  x\n${b}  x\n`)).toThrow(
      /listed twice with different digests/,
    );
  });

  it('one pass gives every digest asked for', () => {
    const file = path.join(scratch, 'multi');
    const data = Buffer.alloc(9 * 1024 * 1024 + 17, 3);
    fs.writeFileSync(file, data);
    expect(hashFileSync(file, ['sha256', 'sha512'])).toEqual({
      size: data.length,
      sha256: sha256(data),
      sha512: sha512(data),
    });
  });
});

describe('metadata requests', () => {
  it('follow redirects only through https or loopback hops, at most five', async () => {
    const server = nodeHttp.createServer((req, res) => {
      const to: Record<string, string> = {
        '/off-loopback': 'http://example.com/doc.json',
        '/to-doc': '/doc.json',
        '/loop': '/loop',
      };
      if (req.url === '/doc.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok": true}');
        return;
      }
      res.writeHead(302, { location: to[req.url ?? ''] ?? '/missing' });
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await expect(getJson('r', `${base}/to-doc`, 'the doc', http)).resolves.toEqual({ ok: true });
      await expect(getJson('r', `${base}/off-loopback`, 'the doc', http)).rejects.toThrow(
        /^r: the doc was redirected to a URL that is not https/,
      );
      await expect(getJson('r', `${base}/loop`, 'the doc', http)).rejects.toThrow(
        /redirected more than 5 times/,
      );
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("upgrades an old http tarball URL on the registry's own host only", () => {
    expect(upgradeTarballUrl('http://registry.example/a/-/a-1.0.0.tgz', 'https://registry.example')).toBe(
      'https://registry.example/a/-/a-1.0.0.tgz',
    );
    expect(upgradeTarballUrl('http://other.example/a.tgz', 'https://registry.example')).toBe(
      'http://other.example/a.tgz',
    );
  });
});

describe('a package or version the registry does not serve (yet)', () => {
  it.each([
    {
      registry: 'crates',
      unknown: ['crates:nothere@1.0.0', 'crates:My_Crate@9.0.0'],
      publishLate: () => emu.state.publishCrate('slowcrate', '1.0.0', 'x', { hiddenFor: 2 }),
      late: 'crates:slowcrate@1.0.0',
      source: crates,
    },
    {
      registry: 'npm',
      unknown: ['npm:nope@1.0.0', 'npm:plain@9.9.9'],
      publishLate: () => emu.state.publishNpm('late', '1.0.0', 'x', { hiddenFor: 2 }),
      late: 'npm:late@1.0.0',
      source: npm,
    },
  ])(
    '$registry: pending, and found once it appears (after N asks)',
    async ({ unknown, publishLate, late, source }) => {
      for (const line of unknown)
        expect([line, (await source(line).lookup()).state]).toEqual([line, 'pending']);
      publishLate();
      expect(await foundOnThirdAsk(source(late))).toHaveLength(1);
    },
  );
});
