/*
 * What one bench run measures, and how big. Full runs follow the targets of issue 13; `--quick`
 * is the smoke test the test suite runs (tiny files, one or two rounds, every section), so the
 * bench code cannot rot unnoticed. Environment variables shrink or grow a full run:
 *   BENCH_ROUNDS (default 5; rounds of every timed comparison), BENCH_HASH_MIB (1024),
 *   BENCH_RSS_MIB (3072), BENCH_UPLOAD_BYTES (2 GiB − 1), BENCH_SIGN_BYTES (2 GiB),
 *   BENCH_COLD_ROUNDS (21), BENCH_SCALE (comma-separated file counts, default 50,500; the runner
 *   harness turns the client's one-write-a-second spacing off against the loopback emulators, so
 *   staging 1000 assets takes seconds here and at least 1000 s on GitHub),
 *   BENCH_ECONOMY_WORKFLOWS (1,5,20), BENCH_ECONOMY_RELEASES (0,250).
 */
import * as os from 'node:os';
import { BenchError } from './errors.js';

export interface BenchConfig {
  /** The repository root: dist/ bundles and action.yml files are read from here. */
  root: string;
  /** A scratch folder, removed at the end. */
  dir: string;
  quick: boolean;
  rounds: number;
  hashBytes: number;
  rssBytes: number;
  uploadBytes: number;
  signBytes: number;
  coldRounds: number;
  scale: number[];
  economyWorkflows: number[];
  economyReleases: number[];
  /**
   * The command that hashes `file` with the product's hasher in a child process and prints
   * `{"digests":{…},"ms":…,"bytesRead":…}` (the bundled bench re-runs itself; the smoke test
   * imports src/core/digest.ts on Node's type stripping).
   */
  hashChild(file: string, algorithms: string[]): [string, string[]];
}

const MiB = 1024 * 1024;

function num(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new BenchError('USAGE', `bench: ${name} must be a positive number, got '${raw}'`);
  return value;
}

function list(env: NodeJS.ProcessEnv, name: string, fallback: number[]): number[] {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const values = raw.split(',').map((v) => Number(v.trim()));
  if (values.some((v) => !Number.isInteger(v) || v < 0)) {
    throw new BenchError('USAGE', `bench: ${name} must be comma-separated whole numbers, got '${raw}'`);
  }
  return values;
}

/** The configuration of a run from its flags and environment. */
export function benchConfig(
  base: Pick<BenchConfig, 'root' | 'dir' | 'hashChild'>,
  quick: boolean,
  env: NodeJS.ProcessEnv = process.env,
): BenchConfig {
  if (quick) {
    return {
      ...base,
      quick,
      rounds: 1,
      hashBytes: 8 * MiB,
      rssBytes: 16 * MiB,
      uploadBytes: 4 * MiB,
      signBytes: 4 * MiB,
      coldRounds: 1,
      scale: [1, 2],
      economyWorkflows: [1],
      economyReleases: [0],
    };
  }
  return {
    ...base,
    quick,
    rounds: Math.max(1, Math.round(num(env, 'BENCH_ROUNDS', 5))),
    hashBytes: num(env, 'BENCH_HASH_MIB', 1024) * MiB,
    rssBytes: num(env, 'BENCH_RSS_MIB', 3072) * MiB,
    uploadBytes: num(env, 'BENCH_UPLOAD_BYTES', 2 * 1024 * MiB - 1),
    signBytes: num(env, 'BENCH_SIGN_BYTES', 2 * 1024 * MiB),
    coldRounds: Math.max(1, Math.round(num(env, 'BENCH_COLD_ROUNDS', 21))),
    scale: list(env, 'BENCH_SCALE', [50, 500]),
    economyWorkflows: list(env, 'BENCH_ECONOMY_WORKFLOWS', [1, 5, 20]),
    economyReleases: list(env, 'BENCH_ECONOMY_RELEASES', [0, 250]),
  };
}

/** Cores and memory, for the report's caveats. */
export const CORES = os.cpus().length;
