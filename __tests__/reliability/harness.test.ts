/*
 * The World's registry emulator and how a cell tells that a registry fault fired: a slow answer
 * counts only when the client gave up on it, since one it waited out never tested its timeout.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { World } from '../../src/reliability/harness.js';

const root = path.resolve(import.meta.dirname, '..', '..');
let world: World | undefined;
let scratch = '';

beforeEach(async () => {
  scratch = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'harness-')));
  world = await World.start(root, scratch);
  world.registry.state.publishNpm('demo', '1.0.0', 'bytes');
});
afterEach(async () => {
  await world?.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const slow = (w: World) =>
  w.registry.faults.add({
    registry: 'npm',
    target: 'metadata',
    fault: { kind: 'slow', delayMs: 400 },
    times: 1,
  });

test('no fault, or a fault on another registry: nothing fired', async () => {
  const w = world!;
  w.registry.faults.add({ registry: 'pypi', target: 'metadata', fault: { kind: 'reset' } });
  await (await fetch(`${w.registry.urls.npm}/demo`)).json();
  expect(w.registryFaultFired()).toBe(false);
  expect(w.registryInputs()['npm-registry']).toBe(w.registry.urls.npm);
});

test('a slow answer the client waited out did not fire (its timeout was never tested)', async () => {
  const w = world!;
  slow(w);
  await (await fetch(`${w.registry.urls.npm}/demo`)).json();
  expect(w.registry.faults.count('slow')).toBe(1);
  expect(w.registryFaultFired()).toBe(false);
});

test('a slow answer the client gave up on fired', async () => {
  const w = world!;
  slow(w);
  await expect(fetch(`${w.registry.urls.npm}/demo`, { signal: AbortSignal.timeout(100) })).rejects.toThrow();
  // The emulator logs the give-up once its delay is over.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(w.registryFaultFired()).toBe(true);
});

test('a reset fired', async () => {
  const w = world!;
  w.registry.faults.add({ registry: 'npm', target: 'metadata', fault: { kind: 'reset' }, times: 1 });
  await expect(fetch(`${w.registry.urls.npm}/demo`)).rejects.toThrow();
  expect(w.registryFaultFired()).toBe(true);
});
