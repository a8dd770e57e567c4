import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BenchConfig } from './config.js';
import { stats, type Row } from './measure.js';
import { BenchError } from './errors.js';

/** The bundles that sign; the cold-start target is for every other one. */
const SIGNING = new Set(['sigstore-sign', 'attest-provenance']);
/**
 * The bundles whose job includes Sigstore: verifying bundles, or (sbom-attach with `image` or
 * `attest-subjects`) signing an attestation too; sbom-attach keeps the cold-start target of the
 * bundles that do not sign, since most of its runs do not.
 */
const VERIFYING = new Set([
  'sigstore-sign',
  'attest-provenance',
  'sbom-attach',
  'sigstore-verify',
  'cli',
  'undraft',
  'promote-image',
]);

/**
 * Sigstore client code, not a mention of it: these names occur in sigstore-js's signing and
 * verification code (Fulcio and Rekor clients, tlog checks), while a media type such as
 * `application/vnd.dev.sigstore.bundle…` (which stage-release sets on bundle assets) does not count.
 */
const SIGSTORE_MARKER = /fulcio|rekor/gi;

function bundleFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile());
}

/** The bundles in dist/: every action of scripts/actions.json and the extra entries (cli). */
export function bundleNames(root: string): string[] {
  const list = JSON.parse(fs.readFileSync(path.join(root, 'scripts', 'actions.json'), 'utf8')) as {
    actions: string[];
    extraEntries: Record<string, string>;
  };
  return [...list.actions, ...Object.keys(list.extraEntries)];
}

/**
 * The target: a bundle starts in at most this many times the start of a bundle of @actions/core
 * alone (issue 24). Every JavaScript action pays that much to speak to the runner; what a bundle
 * adds on top (its entry, its inputs, its refusal) is what the project controls.
 */
export const COLD_TARGET = 1.25;

/**
 * The baseline's source: an action that reads one input and sets one output through
 * @actions/core, nothing else.
 */
const BASELINE_SOURCE = `import * as core from '@actions/core';
core.setOutput('value', core.getInput('value'));
`;

/**
 * Builds the baseline bundle with the same ncc and options as `npm run package`
 * (scripts/emit.mjs), in this session, so both sides of the ratio come from one toolchain on one
 * machine. The entry is written under the repository's `.tmp/` so that `@actions/core` resolves
 * from its node_modules. Returns the bundle's entry file.
 */
export function buildBaseline(root: string): string {
  const dir = path.join(root, '.tmp', 'cold-baseline');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, 'entry.mjs');
  fs.writeFileSync(entry, BASELINE_SOURCE);
  const out = path.join(dir, 'dist');
  const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  const r = spawnSync(process.execPath, [ncc, 'build', entry, '-o', out, '--quiet', '--target', 'es2023'], {
    cwd: root,
    encoding: 'utf8',
  });
  // ncc names an .mjs entry's bundle index.mjs (an .mjs file is ESM without a package.json).
  const main = ['index.mjs', 'index.js'].map((f) => path.join(out, f)).find((f) => fs.existsSync(f));
  if (r.status !== 0 || main === undefined) {
    throw new BenchError(
      'RUN_FAILED',
      `bench: ncc could not build the @actions/core baseline (exit ${r.status}):\n${r.stderr}`,
    );
  }
  // A baseline that crashed at once would make every bundle look slow: it must do its job.
  const output = path.join(dir, 'output');
  fs.writeFileSync(output, '');
  const smoke = spawnSync(process.execPath, [main], {
    env: { PATH: process.env.PATH, INPUT_VALUE: 'baseline', GITHUB_OUTPUT: output },
    encoding: 'utf8',
  });
  if (smoke.status !== 0 || !/^value<<(.+)\nbaseline\n\1\n$/.test(fs.readFileSync(output, 'utf8'))) {
    throw new BenchError(
      'WRONG_RESULT',
      `bench: the @actions/core baseline did not set its output: ${JSON.stringify(smoke.stderr)}`,
    );
  }
  return main;
}

/**
 * Runs `node ARGS` once from a shell that times it: the wall time between two readings of bash's
 * `EPOCHREALTIME` around the child (microseconds, without the cost of starting the shell), and
 * the child's CPU time (user + system) from bash's `times`, in milliseconds. GNU time prints CPU
 * in 10 ms steps, too coarse for starts of 30-80 ms of CPU. The child's own output is discarded.
 */
const TIMER = 's=$EPOCHREALTIME; "$0" "$@" >/dev/null 2>&1; e=$EPOCHREALTIME; times; echo "$s $e"';

/** `0m0.081s` as milliseconds. */
function clock(text: string): number {
  const m = /^(\d+)m([\d.]+)s$/.exec(text);
  return m ? Number(m[1]) * 60_000 + Number(m[2]) * 1000 : NaN;
}

/**
 * One start: its wall time and its CPU time (user + system), which other processes on a shared
 * machine disturb far less than wall time.
 */
function start(args: string[], env: NodeJS.ProcessEnv): { wall: number; cpu: number } {
  const r = spawnSync('bash', ['-c', TIMER, process.execPath, ...args], { env, encoding: 'utf8' });
  const lines = (r.stdout ?? '').trim().split('\n');
  const [user, sys] = (lines[1] ?? '').split(' ').map(clock);
  const [begin, end] = (lines[2] ?? '').split(' ').map(Number);
  const wall = (end - begin) * 1000;
  if (r.status !== 0 || !Number.isFinite(wall) || !Number.isFinite(user + sys)) {
    throw new BenchError(
      'NO_READING',
      `bench: could not time node ${args.join(' ')}: ${JSON.stringify(r.stdout + r.stderr)}`,
    );
  }
  return { wall, cpu: user + sys };
}

/** Paired starts: the baseline, then the measured command, `rounds` times; wall and CPU ratios. */
interface Paired {
  ours: number[];
  base: number[];
  ratios: number[];
  ratio: number;
  cpuOurs: number[];
  cpuBase: number[];
  cpuRatios: number[];
  cpu: number;
}

/**
 * Paired rounds: each start of `ours` is divided by the baseline start right before it, and the
 * median of those ratios is the figure. On a shared machine the load changes from second to
 * second; a ratio of medians taken minutes apart would compare different machines.
 */
function paired(ours: string[], base: string[], env: NodeJS.ProcessEnv, rounds: number): Paired {
  const p: Paired = {
    ours: [],
    base: [],
    ratios: [],
    ratio: NaN,
    cpuOurs: [],
    cpuBase: [],
    cpuRatios: [],
    cpu: NaN,
  };
  for (let i = 0; i < rounds; i++) {
    const b = start(base, env);
    const o = start(ours, env);
    p.base.push(b.wall);
    p.ours.push(o.wall);
    p.ratios.push(o.wall / b.wall);
    p.cpuBase.push(b.cpu);
    p.cpuOurs.push(o.cpu);
    if (b.cpu > 0) p.cpuRatios.push(o.cpu / b.cpu);
  }
  p.ratio = stats(p.ratios).median;
  p.cpu = p.cpuRatios.length > 0 ? stats(p.cpuRatios).median : NaN;
  return p;
}

const ms = (values: number[]) => {
  const s = stats(values);
  return `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
};
const range = (values: number[]) => {
  const s = stats(values);
  return `${s.min.toFixed(2)}–${s.max.toFixed(2)}`;
};

/**
 * The judged figure is the CPU-time ratio. On this 2-core machine shared by several engineers'
 * test runs, paired wall-time ratios of the same two bundles ranged from 0.4× to 3.4× within one
 * run (load average 8-13), while CPU-time ratios stayed within about ±0.15 of their median: a
 * start is compiling and running JavaScript on one thread, so its CPU time is what a step costs,
 * and the wall time is that plus waiting for the neighbours. The wall ratio is shown beside it.
 */
function ratioText(p: Paired, yardstick: string): string {
  return (
    `${p.cpu.toFixed(2)}× ${yardstick} in CPU time (paired rounds; ${range(p.cpuRatios)}); ` +
    `wall time ${p.ratio.toFixed(2)}× (${range(p.ratios)})`
  );
}

/**
 * Cold start of every bundle: `node dist/<name>/index.js` with a runner's file commands and no
 * inputs (each action loads, reads its configuration and refuses, or with only optional inputs runs
 * its checks and fails on the missing GITHUB_REF; the CLI prints `--version`), against a bundle of
 * @actions/core alone (`getInput` + `setOutput`) built in this session, alternately. The first
 * row puts that baseline against a bare `node -e 0`, for scale. Also each bundle's size on disk
 * and whether it carries Sigstore client code.
 */
export function benchColdStart(config: BenchConfig): Row[] {
  const rows: Row[] = [];
  const temp = fs.mkdtempSync(path.join(config.dir, 'cold-'));
  const files = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH'];
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: temp,
  };
  for (const name of files) {
    env[name] = path.join(temp, name.toLowerCase());
    fs.writeFileSync(env[name]!, '');
  }
  const rounds = Math.max(config.coldRounds, 1);
  const baseline = buildBaseline(config.root);
  const bare = paired([baseline], ['-e', '0'], env, rounds);
  rows.push({
    section: 'cold start',
    what: '@actions/core alone (the baseline)',
    ours: `CPU ${ms(bare.cpuOurs)}, wall ${ms(bare.ours)}; ${(fs.statSync(baseline).size / 1e6).toFixed(2)} MB`,
    baseline: `node -e 0: CPU ${ms(bare.cpuBase)}, wall ${ms(bare.base)}`,
    result: ratioText(bare, 'node -e 0'),
    target: 'none (the yardstick of the rows below)',
    met: undefined,
  });
  for (const name of bundleNames(config.root)) {
    const dir = path.join(config.root, 'dist', name);
    const main = path.join(dir, 'index.js');
    if (!fs.existsSync(main)) {
      rows.push({
        section: 'cold start',
        what: name,
        ours: 'no bundle',
        baseline: '—',
        result: 'missing',
        target: 'bundle built',
        met: false,
        note: `dist/${name}/index.js is missing: run \`npm run package\`.`,
      });
      continue;
    }
    const args = name === 'cli' ? [main, '--version'] : [main];
    const p = paired(args, [baseline], env, rounds);
    const paths = bundleFiles(dir);
    const bytes = paths.reduce((sum, f) => sum + fs.statSync(f).size, 0);
    const markers = paths.reduce(
      (sum, f) => sum + (fs.readFileSync(f, 'utf8').match(SIGSTORE_MARKER)?.length ?? 0),
      0,
    );
    const needsSigstore = VERIFYING.has(name) || SIGNING.has(name);
    // What a start compiles is index.js; the chunks (dynamic imports) load only when a step needs them.
    const startBytes = fs.statSync(main).size;
    const sizeText = `${(bytes / 1e6).toFixed(2)} MB in ${paths.length} file(s), ${(startBytes / 1e6).toFixed(2)} MB of it in index.js; Sigstore client code: ${markers > 0 ? `yes (${markers} marker hits)` : 'none'}`;
    const speedOk = SIGNING.has(name) ? undefined : p.cpu <= COLD_TARGET;
    const carryOk = needsSigstore || markers === 0;
    rows.push({
      section: 'cold start',
      what: `${name}${SIGNING.has(name) ? ' (signs)' : needsSigstore ? ' (verifies)' : ''}`,
      ours: `CPU ${ms(p.cpuOurs)}, wall ${ms(p.ours)}; ${sizeText}`,
      baseline: `@actions/core alone: CPU ${ms(p.cpuBase)}, wall ${ms(p.base)}`,
      result: ratioText(p, '@actions/core alone'),
      target: SIGNING.has(name)
        ? 'none (signs); size reported'
        : needsSigstore
          ? `≤ ${COLD_TARGET}×`
          : `≤ ${COLD_TARGET}×, no Sigstore code`,
      met: speedOk === undefined ? (carryOk ? undefined : false) : speedOk && carryOk,
      note: !carryOk
        ? `${name} neither signs nor verifies but carries Sigstore client code.`
        : speedOk === false
          ? `${name} starts in ${p.cpu.toFixed(2)}× the CPU time of @actions/core alone (wall time ${p.ratio.toFixed(2)}×): its index.js (${(startBytes / 1e6).toFixed(2)} MB of ${(bytes / 1e6).toFixed(2)} MB) is compiled and evaluated before the first input is read, and a profile (\`node --cpu-prof\`) shows most of a start in compiling that module; whatever index.js still imports statically is the place to look (each entry loads \`main.ts\` with a dynamic import, after the inputs passed).`
          : undefined,
    });
  }
  fs.rmSync(temp, { recursive: true, force: true });
  return rows;
}
