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

function wall(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint();
  spawnSync(command, args, { env, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Cold start of every bundle: `node dist/<name>/index.js` with a runner's file commands and no
 * inputs (each action loads, reads its configuration and refuses; the CLI prints `--version`),
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
    for (let i = 0; i < rounds; i++) {
      bare.push(wall(process.execPath, ['-e', '0'], env));
      ours.push(wall(process.execPath, args, env));
      ratios.push(ours[i] / bare[i]);
    }
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
    const sizeText = `${(bytes / 1e6).toFixed(2)} MB in ${paths.length} file(s); Sigstore client code: ${markers > 0 ? `yes (${markers} marker hits)` : 'none'}`;
    const speedOk = SIGNING.has(name) ? undefined : ratio <= 2.5;
    const carryOk = needsSigstore || markers === 0;
    rows.push({
      section: 'cold start',
      what: `${name}${SIGNING.has(name) ? ' (signs)' : needsSigstore ? ' (verifies)' : ''}`,
      ours: `${o.median.toFixed(0)} ms (${o.min.toFixed(0)}–${o.max.toFixed(0)}); ${sizeText}`,
      baseline: `node -e 0: ${b.median.toFixed(0)} ms (${b.min.toFixed(0)}–${b.max.toFixed(0)})`,
      result: `${ratio.toFixed(2)}× node -e 0 (paired rounds; ${r.min.toFixed(2)}–${r.max.toFixed(2)})`,
      target: SIGNING.has(name)
        ? 'none (signs); size reported'
        : needsSigstore
          ? '≤ 2.5×'
          : '≤ 2.5×, no Sigstore code',
      met: speedOk === undefined ? (carryOk ? undefined : false) : speedOk && carryOk,
      note: !carryOk
        ? `${name} neither signs nor verifies but carries Sigstore client code.`
        : speedOk === false
          ? `${name} starts in ${ratio.toFixed(2)}× a bare node: its bundle (${(bytes / 1e6).toFixed(2)} MB) is parsed and evaluated before the first input is read.`
          : undefined,
    });
  }
  fs.rmSync(temp, { recursive: true, force: true });
  return rows;
}
