/*
 * stage-release's memory does not grow with the size of the file it uploads: the shipped bundle
 * uploads a 1 KiB file and a sparse 256 MiB file to the loopback emulator, and its peak RSS for
 * the large one must stay within a margin of the small one. Before the upload body reused a
 * fixed ring of buffers (and while fetch copied every chunk) the large run peaked about 65 MiB
 * higher: dead chunks pile up until V8 collects them, so this size already shows the growth a
 * 2 GiB upload has, in a few seconds. The full 2 GiB − 1 figure against `curl -T` is `npm run
 * bench -- --only=upload`.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_TOKEN } from '../../src/emulator/github/index.js';
import { runAction } from '../../src/emulator/runner.js';
import { useGitHub } from '../helpers/github.js';
import { workspace } from '../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../..');
const emu = useGitHub({ scope: 'all' });
const MiB = 1024 * 1024;
const BIG = 256 * MiB;
/** Allowed growth over the 1 KiB run: measured ~1 MiB now, ~65 MiB with a fresh buffer per chunk. */
const MARGIN_MIB = 24;

const scratch = workspace({}, 'stage-release-memory');
const probeFile = path.join(scratch, 'hwm');
const preload = path.join(scratch, 'hwm-preload.mjs');
// The process's own high-water mark (VmHWM). Not process.resourceUsage().maxRSS: Linux carries
// ru_maxrss over from the process that forked it, here the Jest worker, which is far larger.
fs.writeFileSync(
  preload,
  `import * as fs from 'node:fs';\n` +
    `process.on('exit', () => fs.writeFileSync(${JSON.stringify(probeFile)}, ` +
    `/^VmHWM:\\s+(\\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]));\n`,
);

let counter = 0;

/** Stages one file of `size` bytes (sparse: zeros) as a new asset; returns the peak RSS in MiB. */
async function stage(size: number): Promise<number> {
  const repository = `octo-org/memory-${++counter}`;
  emu.state.addRepo(repository);
  emu.state.annotatedTag(repository, 'v1.0.0', emu.state.commit(repository, { message: 'release' }));
  const ws = workspace({}, 'stage-release-memory-ws');
  const file = path.join(ws, 'dist', 'big.bin');
  fs.mkdirSync(path.dirname(file));
  fs.writeFileSync(file, '');
  fs.truncateSync(file, size);
  fs.rmSync(probeFile, { force: true });
  try {
    const result = await runAction('stage-release', {
      root,
      workspace: ws,
      repository,
      apiUrl: emu.url,
      serverUrl: emu.serverUrl,
      token: DEFAULT_TOKEN,
      ref: 'refs/tags/v1.0.0',
      inputs: { files: 'dist/big.bin' },
      nodeArgs: ['--import', pathToFileURL(preload).href],
      timeoutMs: 90_000,
    });
    expect(result.stderr + result.stdout).not.toContain('::error::');
    expect(result.code).toBe(0);
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
  }
  const [asset] = emu.state.repo(repository).releases[0].assets;
  const zeros = createHash('sha256');
  const block = Buffer.alloc(Math.min(size, MiB));
  for (let left = size; left > 0; left -= block.length)
    zeros.update(block.subarray(0, Math.min(left, block.length)));
  expect(asset).toMatchObject({ state: 'uploaded', size, digest: `sha256:${zeros.digest('hex')}` });
  return Number(fs.readFileSync(probeFile, 'utf8')) / 1024;
}

describe('stage-release memory', () => {
  it(`peak RSS of a ${BIG / MiB} MiB upload stays within ${MARGIN_MIB} MiB of a 1 KiB upload`, async () => {
    const small = await stage(1024);
    const big = await stage(BIG);
    // The probe read a real process (a Node process is tens of MiB), not an empty reading.
    expect(small).toBeGreaterThan(20);
    expect(big - small).toBeLessThan(MARGIN_MIB);
  }, 120_000);
});
