/*
 * The registry emulator's transport faults, over HTTP: a 429 with Retry-After, a reset before
 * any answer, an answer slower than the client's timeout, a listing cut mid-body. Each is
 * counted (`faults.count`) so a reliability cell can tell that its fault fired.
 */
import { startPackageRegistryEmulator } from '../../src/emulator/package-registries/index.js';
import { useServer } from '../helpers/servers.js';

const reg = useServer('registries', startPackageRegistryEmulator);

beforeAll(() => {
  reg.state.publishNpm('demo', '1.0.0', 'the tarball bytes\n');
});
afterEach(() => reg.faults.clear());

const packument = () => `${reg.urls.npm}/demo`;

test('rate-limit: a 429 with the Retry-After asked for, once, then the real answer', async () => {
  const before = reg.faults.count('rate-limit');
  reg.faults.add({
    registry: 'npm',
    target: 'metadata',
    fault: { kind: 'rate-limit', retryAfter: 2 },
    times: 1,
  });
  const limited = await fetch(packument());
  expect(limited.status).toBe(429);
  expect(limited.headers.get('retry-after')).toBe('2');
  await limited.body?.cancel();
  const ok = await fetch(packument());
  expect(ok.status).toBe(200);
  expect(((await ok.json()) as { name: string }).name).toBe('demo');
  expect(reg.faults.count('rate-limit') - before).toBe(1);
  expect(reg.log.at(-2)).toMatchObject({ status: 429, fault: 'rate-limit', registry: 'npm' });
});

test('reset: the connection dies before any answer (the client sees an error, not a status)', async () => {
  reg.faults.add({ registry: 'npm', target: 'download', fault: { kind: 'reset' }, times: 1 });
  await expect(fetch(`${reg.urls.npm}/demo/-/demo-1.0.0.tgz`)).rejects.toThrow();
  expect(reg.faults.count('reset')).toBe(1);
  expect(reg.log.at(-1)).toMatchObject({ status: 0, fault: 'reset', target: 'download' });
  const ok = await fetch(`${reg.urls.npm}/demo/-/demo-1.0.0.tgz`);
  expect(await ok.text()).toBe('the tarball bytes\n');
});

test('slow: a client with a shorter timeout gives up; the next answer is prompt', async () => {
  reg.faults.add({ registry: 'npm', target: 'metadata', fault: { kind: 'slow', delayMs: 800 }, times: 1 });
  const started = Date.now();
  await expect(fetch(packument(), { signal: AbortSignal.timeout(200) })).rejects.toThrow(/abort|timeout/i);
  expect(Date.now() - started).toBeLessThan(700);
  expect(reg.faults.count('slow')).toBe(1);
  // Rule used up: the next ask is answered at once, whole.
  const ok = await fetch(packument(), { signal: AbortSignal.timeout(500) });
  expect(ok.status).toBe(200);
  await ok.json();
  // A slow answer that is waited for is a whole, correct answer.
  reg.faults.add({ registry: 'npm', target: 'metadata', fault: { kind: 'slow', delayMs: 150 }, times: 1 });
  const waited = Date.now();
  const late = await fetch(packument());
  expect(Date.now() - waited).toBeGreaterThanOrEqual(140);
  expect(((await late.json()) as { name: string }).name).toBe('demo');
}, 10_000);

test('truncate on metadata: the full Content-Length is announced, the body is cut, the read fails', async () => {
  reg.faults.add({ registry: 'npm', target: 'metadata', fault: { kind: 'truncate', bytes: 20 }, times: 1 });
  const res = await fetch(packument());
  expect(res.status).toBe(200);
  expect(Number(res.headers.get('content-length'))).toBeGreaterThan(20);
  await expect(res.text()).rejects.toThrow();
  expect(reg.faults.count('truncate')).toBe(1);
});

test('faults that match no request are not counted', async () => {
  const before = reg.faults.count();
  reg.faults.add({ registry: 'pypi', target: 'metadata', fault: { kind: 'reset' } });
  const ok = await fetch(packument());
  expect(ok.status).toBe(200);
  await ok.json();
  expect(reg.faults.count()).toBe(before);
});

test('older and lying shapes: npm without integrity, PyPI with fewer digests, a mismatched version field, yanked', async () => {
  reg.state.publishNpm('old-pkg', '0.1.0', 'old', { integrity: false, versionField: '0.1.1' });
  const doc = (await (await fetch(`${reg.urls.npm}/old-pkg`)).json()) as {
    versions: Record<string, { version: string; dist: Record<string, unknown> }>;
  };
  expect(doc.versions['0.1.0'].version).toBe('0.1.1');
  expect(Object.keys(doc.versions['0.1.0'].dist).sort()).toEqual([
    'fileCount',
    'shasum',
    'tarball',
    'unpackedSize',
  ]);
  reg.state.publishPypi(
    'few-digests',
    '1.0',
    { 'few_digests-1.0.tar.gz': 'x' },
    { pypiDigests: ['md5'], yanked: true },
  );
  const release = (await (await fetch(`${reg.urls.pypi}/pypi/few-digests/1.0/json`)).json()) as {
    info: { yanked: boolean };
    urls: { digests: Record<string, string>; yanked: boolean }[];
  };
  expect(Object.keys(release.urls[0].digests)).toEqual(['md5']);
  expect(release.urls[0].yanked).toBe(true);
  expect(release.info.yanked).toBe(true);
  // The defaults are what PyPI itself lists: all three digests.
  reg.state.publishPypi('all-digests', '1.0', { 'all_digests-1.0.tar.gz': 'x' });
  const full = (await (await fetch(`${reg.urls.pypi}/pypi/all-digests/1.0/json`)).json()) as {
    urls: { digests: Record<string, string> }[];
  };
  expect(Object.keys(full.urls[0].digests).sort()).toEqual(['blake2b_256', 'md5', 'sha256']);
});
