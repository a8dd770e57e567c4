import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hashFile } from '../core/digest.js';
import { compare, timed } from './measure.js';

/** Writes `bytes` of non-repeating data (a sparse or zero file would flatter every reader). */
export function writeBenchFile(file: string, bytes: number): void {
  const fd = fs.openSync(file, 'w');
  const block = Buffer.alloc(8 * 1024 * 1024);
  let seed = 0x9e3779b9;
  for (let written = 0; written < bytes;) {
    for (let i = 0; i < block.length; i += 4) {
      seed = (seed ^ (seed << 13)) >>> 0;
      seed = (seed ^ (seed >>> 17)) >>> 0;
      seed = (seed ^ (seed << 5)) >>> 0;
      block.writeUInt32LE(seed, i);
    }
    const n = Math.min(block.length, bytes - written);
    fs.writeSync(fd, block, 0, n);
    written += n;
  }
  fs.closeSync(fd);
}

/** The child side: hash one file with the product's streaming hasher and print the digest. */
export async function hashChild(file: string): Promise<void> {
  const start = process.hrtime.bigint();
  const { sha256 } = await hashFile(file, ['sha256']);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(`${JSON.stringify({ sha256, ms })}\n`);
}

/**
 * The child's own hashing time (its wall time less Node's start-up and the bench bundle's load,
 * which `openssl` does not pay and which say nothing about the hasher), and its peak RSS.
 */
function hashInChild(self: string, file: string, expected: string) {
  const sample = timed(process.execPath, [self, '.', 'hash-child', file]);
  const { sha256, ms } = JSON.parse(sample.stdout ?? '') as { sha256: string; ms: number };
  if (sha256 !== expected) throw new Error(`bench: sha256 mismatch with openssl (${sha256} vs ${expected})`);
  return { ...sample, ms };
}

/** sha256 of one large file: the product's hasher against `openssl dgst -sha256`. */
export function benchHash(self: string, dir: string, sizeMiB: number, rounds: number): string {
  const file = path.join(dir, `hash-${sizeMiB}MiB.bin`);
  if (!fs.existsSync(file) || fs.statSync(file).size !== sizeMiB * 1024 * 1024) {
    writeBenchFile(file, sizeMiB * 1024 * 1024);
  }
  const expected = execFileSync('openssl', ['dgst', '-sha256', '-r', file]).toString().split(' ')[0];
  const r = compare(
    rounds,
    () => hashInChild(self, file, expected),
    () => timed('openssl', ['dgst', '-sha256', file]),
  );
  return (
    `| sha256 of ${sizeMiB} MiB (page cache warm; hashing time in-process) | ${r.candidate.ms.toFixed(0)} ms, ` +
    `${(r.candidate.maxRssKiB / 1024).toFixed(0)} MiB RSS | openssl dgst -sha256: ${r.baseline.ms.toFixed(0)} ms, ` +
    `${(r.baseline.maxRssKiB / 1024).toFixed(0)} MiB RSS | ${r.speedRatio.toFixed(2)}× |`
  );
}
