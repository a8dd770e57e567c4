import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BenchConfig } from './config.js';
import { stats, type Row } from './measure.js';

/** The bundles that sign; the ≤ 2.5× cold-start target is for every other one. */
const SIGNING = new Set(['sigstore-sign']);
/** The bundles whose job includes verifying Sigstore bundles. */
const VERIFYING = new Set(['sigstore-sign', 'sigstore-verify', 'cli', 'undraft']);

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
 * One start: its wall time (measured here, around the spawn) and its CPU time (user + system,
 * from GNU time), which other processes on a shared machine disturb far less than wall time.
 */
function start(command: string, args: string[], env: NodeJS.ProcessEnv): { wall: number; cpu: number } {
  const begin = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', command, ...args], { env, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - begin) / 1e6;
  const last = (r.stderr ?? '').trim().split('\n').pop() ?? '';
  const [user, sys] = last.split(' ').map(Number);
  return { wall, cpu: (user + sys) * 1000 };
}

/**
 * Cold start of every bundle: `node dist/<name>/index.js` with a runner's file commands and no
 * inputs (each action loads, reads its configuration and refuses, or with only optional inputs runs
 * its checks and fails on the missing GITHUB_REF; the CLI prints `--version`),
 * against a bare `node -e 0` on the same Node, alternately. Also each bundle's size on disk and
 * whether it carries Sigstore client code.
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
    const ours: number[] = [];
    const bare: number[] = [];
    const ratios: number[] = [];
    // Paired rounds: each bundle start is divided by the bare start right before it, and the
    // median of those ratios is the figure. On a shared machine the load changes from second to
    // second; a ratio of medians taken minutes apart would compare different machines.
    const cpuRatios: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const b0 = start(process.execPath, ['-e', '0'], env);
      const o0 = start(process.execPath, args, env);
      bare.push(b0.wall);
      ours.push(o0.wall);
      ratios.push(o0.wall / b0.wall);
      // GNU time reports CPU in 10 ms steps: a bare start can read 0.
      if (b0.cpu > 0 && Number.isFinite(o0.cpu)) cpuRatios.push(o0.cpu / b0.cpu);
    }
    const cpu = cpuRatios.length > 0 ? stats(cpuRatios).median : NaN;
    const o = stats(ours);
    const b = stats(bare);
    const r = stats(ratios);
    const ratio = r.median;
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
    const speedOk = SIGNING.has(name) ? undefined : ratio <= 2.5;
    const carryOk = needsSigstore || markers === 0;
    rows.push({
      section: 'cold start',
      what: `${name}${SIGNING.has(name) ? ' (signs)' : needsSigstore ? ' (verifies)' : ''}`,
      ours: `${o.median.toFixed(0)} ms (${o.min.toFixed(0)}–${o.max.toFixed(0)}); ${sizeText}`,
      baseline: `node -e 0: ${b.median.toFixed(0)} ms (${b.min.toFixed(0)}–${b.max.toFixed(0)})`,
      result: `${ratio.toFixed(2)}× node -e 0 (paired rounds; ${r.min.toFixed(2)}–${r.max.toFixed(2)}); CPU time ${Number.isNaN(cpu) ? 'n/a' : `${cpu.toFixed(2)}×`}`,
      target: SIGNING.has(name)
        ? 'none (signs); size reported'
        : needsSigstore
          ? '≤ 2.5×'
          : '≤ 2.5×, no Sigstore code',
      met: speedOk === undefined ? (carryOk ? undefined : false) : speedOk && carryOk,
      note: !carryOk
        ? `${name} neither signs nor verifies but carries Sigstore client code.`
        : speedOk === false
          ? `${name} starts in ${ratio.toFixed(2)}× a bare node's wall time (CPU time ${Number.isNaN(cpu) ? 'n/a' : `${cpu.toFixed(2)}×`}, which the machine's other load disturbs less): its index.js (${(startBytes / 1e6).toFixed(2)} MB of ${(bytes / 1e6).toFixed(2)} MB) is compiled and evaluated before the first input is read, and a profile (\`node --cpu-prof\`) shows most of a start in compiling that module; whatever index.js still imports statically is the place to look (each entry loads \`main.ts\` with a dynamic import, after the inputs passed).`
          : undefined,
    });
  }
  fs.rmSync(temp, { recursive: true, force: true });
  return rows;
}
