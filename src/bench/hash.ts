import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hashFileSync, type Algorithm } from '../core/digest.js';
import type { BenchConfig } from './config.js';
import {
  alternate,
  mib,
  showMs,
  showRss,
  sparseFile,
  summarize,
  timed,
  type Row,
  type Sample,
} from './measure.js';
import { BenchError } from './errors.js';

/** Writes `bytes` of random data (a sparse or zero file would flatter every reader). */
export function writeBenchFile(file: string, bytes: number): void {
  const fd = fs.openSync(file, 'w');
  const block = Buffer.alloc(8 * 1024 * 1024);
  try {
    for (let written = 0; written < bytes;) {
      crypto.randomFillSync(block);
      const n = Math.min(block.length, bytes - written);
      fs.writeSync(fd, block, 0, n);
      written += n;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Bytes this process has read so far (Linux /proc/self/io `rchar`), or NaN elsewhere. */
function bytesReadSoFar(): number {
  try {
    const match = /^rchar: (\d+)$/m.exec(fs.readFileSync('/proc/self/io', 'utf8'));
    return match ? Number(match[1]) : NaN;
  } catch {
    return NaN;
  }
}

/**
 * The child side: hash one file with the product's one-pass hasher (the one byte-identity uses)
 * and print the digests, the hashing time and how many bytes the hashing read (so "several
 * digests read the file once" is measured, not assumed).
 */
export function hashChild(file: string, algorithms: string): void {
  const before = bytesReadSoFar();
  const start = process.hrtime.bigint();
  const result = hashFileSync(file, algorithms.split(',') as Algorithm[]);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const bytesRead = bytesReadSoFar() - before;
  const { size, ...digests } = result;
  process.stdout.write(`${JSON.stringify({ digests, ms, bytesRead, size })}\n`);
}

interface ChildResult extends Sample {
  digests: Record<string, string>;
  bytesRead: number;
}

/**
 * The child's own hashing time (its wall time less Node's start-up and the bench bundle's load,
 * which `openssl` does not pay and which say nothing about the hasher), and its peak RSS.
 */
function hashInChild(config: BenchConfig, file: string, algorithms: string[]): ChildResult {
  const [command, args] = config.hashChild(file, algorithms);
  const sample = timed(command, args);
  const parsed = JSON.parse(sample.stdout ?? '') as {
    digests: Record<string, string>;
    ms: number;
    bytesRead: number;
  };
  return { ms: parsed.ms, maxRssKiB: sample.maxRssKiB, digests: parsed.digests, bytesRead: parsed.bytesRead };
}

function openssl(algorithm: string, file: string): string {
  return execFileSync('openssl', ['dgst', `-${algorithm}`, '-r', file])
    .toString()
    .split(' ')[0];
}

/** Fails the run when the product's digest disagrees with openssl's: a fast wrong hasher is worthless. */
function agree(result: ChildResult, expected: Record<string, string>): void {
  for (const [algorithm, hex] of Object.entries(expected)) {
    if (result.digests[algorithm] !== hex) {
      throw new BenchError(
        'WRONG_RESULT',
        `bench: ${algorithm} mismatch with openssl (${result.digests[algorithm]} vs ${hex})`,
      );
    }
  }
}

/**
 * Digest rows: sha256 of one large file against `openssl dgst -sha256`; sha256 + sha512 in one
 * pass against openssl run once per digest; peak RSS while hashing a larger (sparse) file.
 */
export async function benchHash(config: BenchConfig): Promise<Row[]> {
  const rows: Row[] = [];
  const file = path.join(config.dir, 'hash.bin');
  writeBenchFile(file, config.hashBytes);
  const size = mib(config.hashBytes);

  const sha256 = { sha256: openssl('sha256', file) };
  const one = await alternate(
    config.rounds,
    () => {
      const r = hashInChild(config, file, ['sha256']);
      agree(r, sha256);
      return r;
    },
    () => timed('openssl', ['dgst', '-sha256', file]),
  );
  const o1 = summarize(one.ours);
  const b1 = summarize(one.base);
  const speed1 = b1.ms.median / o1.ms.median;
  rows.push({
    section: 'digest',
    what: `sha256 of ${size} (random bytes, page cache warm; hashing time in the child)`,
    ours: `${showMs(o1.ms)}, RSS ${showRss(o1.rss)}`,
    baseline: `openssl dgst -sha256: ${showMs(b1.ms)}`,
    result: `speed ${speed1.toFixed(2)}× openssl`,
    target: 'speed ≥ 0.9× openssl',
    met: speed1 >= 0.9,
  });

  const both = { sha256: sha256.sha256, sha512: openssl('sha512', file) };
  let readRatio = 0;
  const two = await alternate(
    config.rounds,
    () => {
      const r = hashInChild(config, file, ['sha256', 'sha512']);
      agree(r, both);
      readRatio = Math.max(readRatio, r.bytesRead / config.hashBytes);
      return r;
    },
    () => {
      const a = timed('openssl', ['dgst', '-sha256', file]);
      const b = timed('openssl', ['dgst', '-sha512', file]);
      return { ms: a.ms + b.ms, maxRssKiB: Math.max(a.maxRssKiB, b.maxRssKiB) };
    },
  );
  const o2 = summarize(two.ours);
  const b2 = summarize(two.base);
  const speed2 = b2.ms.median / o2.ms.median;
  const readOnce = readRatio > 0.99 && readRatio < 1.01;
  rows.push({
    section: 'digest',
    what: `sha256 + sha512 of ${size} in one pass`,
    ours: `${showMs(o2.ms)}, RSS ${showRss(o2.rss)}; bytes read ÷ file size: ${Number.isNaN(readRatio) ? 'n/a' : readRatio.toFixed(2)}`,
    baseline: `openssl dgst -sha256, then -sha512: ${showMs(b2.ms)}`,
    result: `speed ${speed2.toFixed(2)}× openssl; file read ${readOnce ? 'once' : `${readRatio.toFixed(2)}×`}`,
    target: 'speed ≥ 0.9× openssl, file read once',
    met: speed2 >= 0.9 && readOnce,
  });
  fs.rmSync(file, { force: true });

  // RSS does not depend on the bytes, so a sparse file keeps this row cheap at 3 GiB.
  const big = path.join(config.dir, 'rss.bin');
  sparseFile(big, config.rssBytes);
  const rss = summarize(
    (
      await alternate(
        config.rounds,
        () => hashInChild(config, big, ['sha256', 'sha512']),
        () => ({ ms: 0, maxRssKiB: 0 }),
      )
    ).ours,
  );
  const rssMB = (rss.rss.max * 1024) / 1e6;
  rows.push({
    section: 'digest',
    what: `peak RSS hashing ${mib(config.rssBytes)} (sha256 + sha512, sparse file)`,
    ours: `RSS ${showRss(rss.rss)}, ${showMs(rss.ms)}`,
    baseline: '—',
    result: `${rssMB.toFixed(0)} MB (worst round)`,
    target: '< 100 MB',
    met: rssMB < 100,
  });
  fs.rmSync(big, { force: true });
  return rows;
}
