// Benchmark: peak RSS of the stage-release bundle uploading a large file to the loopback GitHub
// emulator, against the file's size. The contract says a 2 GiB - 1 file uploads in bounded
// memory; this measures it (it is a benchmark, not a test: it takes tens of seconds and disk).
//
//   node scripts/bench/upload-memory.mjs [size-in-bytes ...]   (default: 64 MiB, 512 MiB, 2 GiB - 1)
//
// The file is sparse (no disk used locally), but the emulator stores what it receives, so the
// largest run needs about 2 GiB of free space in the temp directory for the duration.
// Build dist/stage-release first (`npm run package -- stage-release`).
//
// Measured here (Node 24, 2 shared cores, page cache warm), peak RSS of the action process:
//   64 MiB → 118 MiB, 512 MiB → 158 MiB, 2 GiB - 1 → 160 MiB (15 s for hash + upload + verify).
// Before uploads refused redirects, undici's fetch teed the body and RSS followed the file:
//   64 MiB → 183 MiB, 512 MiB → 621 MiB, 2 GiB - 1 → 2175 MiB.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, '.tmp', 'bench-upload-memory');
const entry = path.join(out, 'entry.ts');

// The emulator and the runner are TypeScript that never ships: bundle them once, like the
// rehearsal does, into .tmp/.
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(
  entry,
  "export { startGitHubEmulator, DEFAULT_TOKEN } from '../../src/emulator/github/index.js';\n" +
    "export { runAction } from '../../src/emulator/runner.js';\n",
);
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const build = spawnSync(
  process.execPath,
  [ncc, 'build', entry, '-o', path.join(out, 'lib'), '--quiet', '--target', 'es2023'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const { startGitHubEmulator, DEFAULT_TOKEN, runAction } = await import(
  pathToFileURL(path.join(out, 'lib', 'index.js')).href
);

// Each run records its own peak RSS on exit (a preload module), so no external tool is needed.
const rssFile = path.join(out, 'rss');
const preload = path.join(out, 'rss-preload.mjs');
fs.writeFileSync(
  preload,
  `import * as fs from 'node:fs';\nprocess.on('exit', () => fs.writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
);

const MiB = 1024 * 1024;
const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(64 * MiB, 512 * MiB, 2 * 1024 * MiB - 1);

const rows = [];
for (const size of sizes) {
  const emu = await startGitHubEmulator({ validate: true });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-upload-'));
  try {
    emu.state.addRepo('octo-org/bench');
    const commit = emu.state.commit('octo-org/bench', { message: 'bench' });
    emu.state.annotatedTag('octo-org/bench', 'v1.0.0', commit);
    fs.mkdirSync(path.join(workspace, 'dist'));
    const file = path.join(workspace, 'dist', 'big.bin');
    const handle = fs.openSync(file, 'w');
    fs.ftruncateSync(handle, size);
    fs.closeSync(handle);
    fs.rmSync(rssFile, { force: true });
    const started = process.hrtime.bigint();
    const result = await runAction('stage-release', {
      root,
      workspace,
      repository: 'octo-org/bench',
      apiUrl: emu.url,
      serverUrl: emu.serverUrl,
      token: DEFAULT_TOKEN,
      ref: 'refs/tags/v1.0.0',
      inputs: { files: 'dist/big.bin' },
      nodeArgs: ['--import', pathToFileURL(preload).href],
      timeoutMs: 30 * 60 * 1000,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.code !== 0) {
      console.error(result.stdout, result.stderr);
      throw new Error(`stage-release failed for ${size} bytes`);
    }
    const peakKiB = Number(fs.readFileSync(rssFile, 'utf8'));
    const asset = emu.state.repo('octo-org/bench').releases[0].assets[0];
    rows.push({
      size,
      peakMiB: peakKiB / 1024,
      seconds,
      stored: asset.size,
      state: asset.state,
    });
  } finally {
    await emu.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

console.log(
  '| file size | bytes | peak RSS of the action | RSS / size | wall time (hash + upload + verify) | stored by emulator |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${(r.size / MiB).toFixed(1)} MiB | ${r.size} | ${r.peakMiB.toFixed(1)} MiB | ${(((r.peakMiB * MiB) / r.size) * 100).toFixed(2)} % | ${r.seconds.toFixed(1)} s | ${r.stored} bytes, ${r.state} |`,
  );
}
