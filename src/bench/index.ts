/*
 * `npm run bench`: speed and memory of what ships, each against a baseline measured in the same
 * run on the same machine (medians of alternating rounds; the ratio is what to read, absolute
 * times on a shared machine are noise). Never part of the test suite.
 * Environment: BENCH_ROUNDS (default 5), BENCH_HASH_MIB (default 1024), BENCH_UPLOAD_ROUNDS
 * (default 3; uploads and signing), BENCH_UPLOAD_BYTES (comma-separated sizes; default 64 MiB and
 * 2 GiB - 1, GitHub's largest allowed asset).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchHash, hashChild } from './hash.js';
import { benchSign } from './sign.js';
import { benchUpload } from './upload.js';

const self = fileURLToPath(import.meta.url);

async function main(): Promise<void> {
  const [, , root, first, ...rest] = process.argv;
  if (first === 'hash-child') return hashChild(rest[0]);

  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const hashMiB = Number(process.env.BENCH_HASH_MIB ?? 1024);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sealed-bench-'));
  try {
    const rows = [
      '| benchmark | sealed-release (median) | baseline (median) | speed ratio (baseline ÷ ours) |',
      '| --- | --- | --- | --- |',
    ];
    rows.push(benchHash(self, dir, hashMiB, rounds));
    const uploadRounds = Number(process.env.BENCH_UPLOAD_ROUNDS ?? 3);
    const sizes = (process.env.BENCH_UPLOAD_BYTES ?? `${64 * 1024 * 1024},${2 * 1024 * 1024 * 1024 - 1}`)
      .split(',')
      .map(Number);
    for (const size of sizes) rows.push(await benchUpload(root, dir, size, uploadRounds));
    for (const size of sizes) rows.push(await benchSign(root, dir, size, uploadRounds));
    console.log(
      `\nBenchmarks, ${rounds} alternating rounds, Node ${process.version}, ${os.cpus().length} cores\n`,
    );
    console.log(rows.join('\n'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
