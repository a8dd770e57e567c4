import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BenchError } from './errors.js';

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
    throw new BenchError(
      'RUN_FAILED',
      `bench: ${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`,
    );
  }
  const lines = result.stderr.trim().split('\n');
  const maxRssKiB = Number(lines[lines.length - 1]);
  if (!Number.isFinite(maxRssKiB))
    throw new BenchError('NO_READING', `bench: no RSS reading from /usr/bin/time: ${result.stderr}`);
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
  if (code !== 0)
    throw new BenchError('RUN_FAILED', `bench: ${command} ${args.join(' ')} failed (${code}):\n${stderr}`);
  const lines = stderr.trim().split('\n');
  const maxRssKiB = Number(lines[lines.length - 1]);
  if (!Number.isFinite(maxRssKiB))
    throw new BenchError('NO_READING', `bench: no RSS reading from /usr/bin/time: ${stderr}`);
  return { ms, maxRssKiB };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median, minimum and maximum of a set of rounds. */
export interface Stats {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function stats(values: number[]): Stats {
  if (values.length === 0) throw new BenchError('NO_READING', 'bench: no rounds measured');
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

/** `842 ms (801–903)`: a median with its range, in a unit. */
export function showMs(s: Stats): string {
  return `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
}

/** `55 MiB (54–56)`: a median RSS in MiB with its range, from KiB samples. */
export function showRss(s: Stats): string {
  const m = (k: number) => (k / 1024).toFixed(0);
  return `${m(s.median)} MiB (${m(s.min)}–${m(s.max)})`;
}

/** Medians and ranges of the time and the peak RSS of a set of samples. */
export function summarize(samples: Sample[]): { ms: Stats; rss: Stats } {
  return { ms: stats(samples.map((x) => x.ms)), rss: stats(samples.map((x) => x.maxRssKiB)) };
}

/**
 * Runs the baseline and the candidate alternately `rounds` times (so both see the same machine
 * noise) and returns every sample of each.
 */
export async function alternate(
  rounds: number,
  candidate: () => Sample | Promise<Sample>,
  baseline: () => Sample | Promise<Sample>,
): Promise<{ ours: Sample[]; base: Sample[] }> {
  const ours: Sample[] = [];
  const base: Sample[] = [];
  for (let i = 0; i < rounds; i++) {
    base.push(await baseline());
    ours.push(await candidate());
  }
  return { ours, base };
}

/** One line of the results table. `met` is undefined for a figure that has no target. */
export interface Row {
  section: string;
  what: string;
  ours: string;
  baseline: string;
  /** The figure the target is about (a ratio, a size, a count), as shown. */
  result: string;
  target: string;
  met?: boolean;
  /** Why a target was missed, or what the figure means; shown under the table. */
  note?: string;
}

/**
 * Peak RSS of a Node process started by the runner harness: a preload module records the
 * process's own high-water mark (`VmHWM` of `/proc/self/status`, in KiB) when the process
 * exits. Pass `nodeArgs` to the run, then `read()` after it.
 *
 * Not `process.resourceUsage().maxRSS`: Linux keeps ru_maxrss across exec, so a process the
 * bench spawns reports at least the RSS the bench process itself had when it forked (measured:
 * a child of 42 MiB reported 305 MiB under a parent of 345 MiB), and the bench process hosts
 * the emulators that just received gigabytes. `VmHWM` belongs to the address space the exec
 * created. ru_maxrss is the fallback where `/proc` is missing.
 */
export function rssProbe(dir: string): {
  nodeArgs: string[];
  reset(): void;
  read(): number;
  /** Bytes the process read in all (Linux `rchar`: files, pipes and sockets), or NaN. */
  bytesRead(): number;
} {
  const file = path.join(dir, 'rss');
  const preload = path.join(dir, 'rss-preload.mjs');
  fs.writeFileSync(
    preload,
    [
      `import * as fs from 'node:fs';`,
      `process.on('exit', () => {`,
      `  let rchar = NaN;`,
      `  try { rchar = Number(/^rchar: (\\d+)$/m.exec(fs.readFileSync('/proc/self/io', 'utf8'))[1]); } catch {}`,
      `  let maxRSS = process.resourceUsage().maxRSS;`,
      `  try { maxRSS = Number(/^VmHWM:\\s+(\\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]); } catch {}`,
      `  fs.writeFileSync(${JSON.stringify(file)}, JSON.stringify({ maxRSS, rchar }));`,
      `});`,
      '',
    ].join('\n'),
  );
  const parsed = () => JSON.parse(fs.readFileSync(file, 'utf8')) as { maxRSS: number; rchar: number | null };
  return {
    nodeArgs: ['--import', pathToFileURL(preload).href],
    reset: () => fs.rmSync(file, { force: true }),
    read: () => parsed().maxRSS,
    bytesRead: () => parsed().rchar ?? NaN,
  };
}

/** A sparse file of `size` bytes (both the product and its baseline read the same cheap bytes). */
export function sparseFile(file: string, size: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const handle = fs.openSync(file, 'w');
  fs.ftruncateSync(handle, size);
  fs.closeSync(handle);
}

/** A size for a table label: MiB, `N MiB − 1 B` for GitHub's largest asset, else two decimals. */
export function mib(size: number): string {
  const MiB = 1024 * 1024;
  if (size % MiB === 0) return `${size / MiB} MiB`;
  if ((size + 1) % MiB === 0) return `${(size + 1) / MiB} MiB − 1 B`;
  return `${(size / MiB).toFixed(2)} MiB`;
}
