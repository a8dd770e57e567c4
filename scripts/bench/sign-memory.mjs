// Benchmark: peak RSS of the sigstore-sign bundle signing one large file against the local
// Sigstore services, against the file's size. Signing streams the file through sha256 and signs
// the digest, so memory should not follow the file; this measures it (a benchmark, not a test).
//
//   node scripts/bench/sign-memory.mjs [size-in-bytes ...]   (default: 64 MiB, 1 GiB, 2 GiB)
//
// The files are sparse (no disk used). Build dist/sigstore-sign first
// (`npm run package -- sigstore-sign`). Peak RSS is the process's ru_maxrss, the same counter
// `/usr/bin/time -f %M` reports, recorded by a preload module when the action exits.
//
// Measured here (Node 24, 2 shared cores), peak RSS of the action process:
//   64 MiB → 105 MiB, 1 GiB → 105 MiB, 2 GiB → 105 MiB (a few seconds per GiB: hash, sign, verify).
// Before signing streamed (sigstore-js's builder given the whole file):
//   64 MiB → 165 MiB, 1 GiB → 1124 MiB, and 2 GiB failed (Node cannot read it into one buffer).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, '.tmp', 'bench-sign-memory');
const entry = path.join(out, 'entry.ts');

// The emulator and the runner are TypeScript that never ships: bundle them once into .tmp/.
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(
  entry,
  "export { startSigstore } from '../../src/emulator/sigstore/index.js';\n" +
    "export { runAction } from '../../src/emulator/runner.js';\n",
);
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const build = spawnSync(
  process.execPath,
  [ncc, 'build', entry, '-o', path.join(out, 'lib'), '--quiet', '--target', 'es2023'],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const { startSigstore, runAction } = await import(pathToFileURL(path.join(out, 'lib', 'index.js')).href);

const rssFile = path.join(out, 'rss');
const preload = path.join(out, 'rss-preload.mjs');
fs.writeFileSync(
  preload,
  `import * as fs from 'node:fs';\nprocess.on('exit', () => fs.writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
);

const MiB = 1024 * 1024;
const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(64 * MiB, 1024 * MiB, 2048 * MiB);

const sigstore = await startSigstore();
const rows = [];
try {
  for (const size of sizes) {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sign-'));
    try {
      fs.mkdirSync(path.join(workspace, 'dist'));
      const file = path.join(workspace, 'dist', 'big.bin');
      const handle = fs.openSync(file, 'w');
      fs.ftruncateSync(handle, size);
      fs.closeSync(handle);
      fs.rmSync(rssFile, { force: true });
      const started = process.hrtime.bigint();
      const result = await runAction('sigstore-sign', {
        root,
        workspace,
        inputs: {
          files: 'dist/big.bin',
          'fulcio-url': sigstore.fulcioURL,
          'rekor-url': sigstore.rekorURL,
          'trusted-root': sigstore.trustedRootPath,
        },
        env: sigstore.runnerEnv(),
        nodeArgs: ['--import', pathToFileURL(preload).href],
        timeoutMs: 30 * 60 * 1000,
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const peakKiB = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) : NaN;
      rows.push({ size, peakMiB: peakKiB / 1024, seconds, code: result.code });
      if (result.code !== 0) console.error(result.stdout.slice(-2000), result.stderr.slice(-2000));
    } finally {
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  }
} finally {
  await sigstore.stop();
}

console.log('| file size | bytes | exit code | peak RSS of the action | wall time (hash + sign + verify) |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${(r.size / MiB).toFixed(1)} MiB | ${r.size} | ${r.code} | ${r.peakMiB.toFixed(1)} MiB | ${r.seconds.toFixed(1)} s |`,
  );
}
