import { spawn, spawnSync } from 'node:child_process';

/** One timed run of a command: wall time and the peak resident set of the process. */
export interface Sample {
  ms: number;
  maxRssKiB: number;
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
  return { ms, maxRssKiB };
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
