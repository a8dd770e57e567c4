import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** One timed run of a command: wall time and the peak resident set of the process. */
export interface Sample {
  ms: number;
  maxRssKiB: number;
  /** What the command printed. */
  stdout?: string;
}

/**
 * Runs a command under GNU time, which reports the child's peak RSS from the kernel's rusage;
 * the wall time is measured here around the whole spawn.
 */
export function timed(command: string, args: string[], env?: NodeJS.ProcessEnv): Sample {
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], {
    env: env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`bench: ${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  }
  const lines = result.stderr.trim().split('\n');
  const maxRssKiB = Number(lines[lines.length - 1]);
  if (!Number.isFinite(maxRssKiB))
    throw new Error(`bench: no RSS reading from /usr/bin/time: ${result.stderr}`);
  return { ms, maxRssKiB, stdout: result.stdout };
}

/**
 * {@link timed} without blocking the event loop: for commands that talk to a server running in
 * this same process (the loopback emulators).
 */
export async function timedAsync(command: string, args: string[]): Promise<Sample> {
  const start = process.hrtime.bigint();
  const child = spawn('/usr/bin/time', ['-f', '%M', command, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (code !== 0) throw new Error(`bench: ${command} ${args.join(' ')} failed (${code}):\n${stderr}`);
  const lines = stderr.trim().split('\n');
  const maxRssKiB = Number(lines[lines.length - 1]);
  if (!Number.isFinite(maxRssKiB)) throw new Error(`bench: no RSS reading from /usr/bin/time: ${stderr}`);
  return { ms, maxRssKiB };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs the candidate and the baseline alternately `rounds` times (so both see the same machine
 * noise) and reports medians and the ratio baseline/candidate (above 1: the candidate is faster).
 */
export function compare(
  rounds: number,
  candidate: () => Sample,
  baseline: () => Sample,
): { candidate: Sample; baseline: Sample; speedRatio: number } {
  const c: Sample[] = [];
  const b: Sample[] = [];
  for (let i = 0; i < rounds; i++) {
    b.push(baseline());
    c.push(candidate());
  }
  const cm = { ms: median(c.map((s) => s.ms)), maxRssKiB: median(c.map((s) => s.maxRssKiB)) };
  const bm = { ms: median(b.map((s) => s.ms)), maxRssKiB: median(b.map((s) => s.maxRssKiB)) };
  return { candidate: cm, baseline: bm, speedRatio: bm.ms / cm.ms };
}

/**
 * Peak RSS of a Node process started by the runner harness: a preload module records
 * `process.resourceUsage().maxRSS` (the kernel's ru_maxrss, what `/usr/bin/time -f %M` reads)
 * when the process exits. Pass `nodeArgs` to the run, then `read()` after it.
 */
export function rssProbe(dir: string): { nodeArgs: string[]; reset(): void; read(): number } {
  const file = path.join(dir, 'rss');
  const preload = path.join(dir, 'rss-preload.mjs');
  fs.writeFileSync(
    preload,
    `import * as fs from 'node:fs';\nprocess.on('exit', () => fs.writeFileSync(${JSON.stringify(file)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  return {
    nodeArgs: ['--import', pathToFileURL(preload).href],
    reset: () => fs.rmSync(file, { force: true }),
    read: () => Number(fs.readFileSync(file, 'utf8')),
  };
}

/** A sparse file of `size` bytes (both the product and its baseline read the same cheap bytes). */
export function sparseFile(file: string, size: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const handle = fs.openSync(file, 'w');
  fs.ftruncateSync(handle, size);
  fs.closeSync(handle);
}

/** One benchmark table row from two sets of samples. */
export function row(label: string, ours: Sample[], base: Sample[], baseName: string, size: number): string {
  const o = { ms: median(ours.map((s) => s.ms)), rss: median(ours.map((s) => s.maxRssKiB)) / 1024 };
  const b = { ms: median(base.map((s) => s.ms)), rss: median(base.map((s) => s.maxRssKiB)) / 1024 };
  const share = ((o.rss * 1024 * 1024 * 100) / size).toFixed(1);
  return (
    `| ${label} | ${o.ms.toFixed(0)} ms, ${o.rss.toFixed(0)} MiB RSS (${share} % of the file) | ` +
    `${baseName}: ${b.ms.toFixed(0)} ms, ${b.rss.toFixed(0)} MiB RSS | ${(b.ms / o.ms).toFixed(2)}× |`
  );
}

/** A size for a table label: MiB, with two decimals when it is not whole. */
export function mib(size: number): string {
  const m = size / (1024 * 1024);
  return `${Number.isInteger(m) ? m : m.toFixed(2)} MiB`;
}
