import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  disposeRuns,
  evaluateDefault,
  parseFileCommand,
  runAction,
  undisposedRuns,
} from '../../src/emulator/runner.js';

const root = path.resolve(import.meta.dirname, '../..');
const RUN_TS = [
  '--experimental-transform-types',
  '--disable-warning=ExperimentalWarning',
  '--import',
  path.join(root, '__tests__/helpers/run-ts.mjs'),
];

describe('runner helpers', () => {
  it('parses plain and heredoc outputs', () => {
    const text = 'ok=true\nreport<<ghadelimiter_1\nline 1\nline=2\nghadelimiter_1\nempty=\n';
    expect(parseFileCommand(text)).toEqual({ ok: 'true', report: 'line 1\nline=2', empty: '' });
  });
  it('refuses an unterminated heredoc', () => {
    expect(() => parseFileCommand('a<<EOF\nx\n')).toThrow(/unterminated/);
  });
  it('evaluates github context defaults and refuses unknown expressions', () => {
    expect(evaluateDefault('${{ github.repository }}', { repository: 'o/r' })).toBe('o/r');
    expect(() => evaluateDefault('${{ secrets.X }}', {})).toThrow(/cannot evaluate/);
  });
});

/** A run that ends at once: tag-semver-guard on a branch ref, a rejection without any request. */
const quickRun = { root, ref: 'refs/heads/main', inputs: {} };

/** The `runner-*` folders in a temp dir. */
const runnerFolders = (dir: string): string[] => fs.readdirSync(dir).filter((n) => n.startsWith('runner-'));

describe('the runner leaves no folder behind', () => {
  it('keeps a run folder for the test to read, until the run or disposeRuns() removes it', async () => {
    const before = undisposedRuns();
    const first = await runAction('tag-semver-guard', quickRun);
    const second = await runAction('tag-semver-guard', quickRun);
    const folders = [first, second].map((r) => path.dirname(r.runnerTemp));
    expect(first.code).toBe(1);
    expect(folders.map((f) => path.basename(f))).toEqual([
      expect.stringMatching(/^runner-tag-semver-guard-/),
      expect.stringMatching(/^runner-tag-semver-guard-/),
    ]);
    expect(folders.map((f) => fs.existsSync(f))).toEqual([true, true]);
    expect(undisposedRuns()).toBe(before + 2);

    first.dispose();
    expect(folders.map((f) => fs.existsSync(f))).toEqual([false, true]);
    disposeRuns();
    expect(folders.map((f) => fs.existsSync(f))).toEqual([false, false]);
    expect(undisposedRuns()).toBe(0);
  });

  it('makes no folder for a run it refuses before starting (an undeclared input)', async () => {
    const before = undisposedRuns();
    await expect(runAction('tag-semver-guard', { root, inputs: { 'no-such-input': 'x' } })).rejects.toThrow(
      /has no input "no-such-input"/,
    );
    expect(undisposedRuns()).toBe(before);
  });

  // The temp dir is shared with every other process of the machine, so the count is taken in a
  // private one: a plain Node process (as the rehearsal and the benchmarks are) with TMPDIR set.
  it.each([
    ['exits normally', ''],
    ['dies of an uncaught error', "throw new Error('the caller failed');"],
  ])('a process that runs actions and never disposes of them %s: no runner-* folder is left', (_how, end) => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-test-'));
    const dir = path.join(tmp, 'private');
    fs.mkdirSync(dir);
    try {
      expect(runnerFolders(dir)).toEqual([]);
      const runner = pathToFileURL(path.join(root, 'src/emulator/runner.ts')).href;
      const script = [
        `import * as fs from 'node:fs';`,
        `import { runAction } from ${JSON.stringify(runner)};`,
        `const r = await runAction('tag-semver-guard', ${JSON.stringify(quickRun)});`,
        `console.log(r.code, fs.readdirSync(process.env.TMPDIR).filter((n) => n.startsWith('runner-')).length);`,
        end,
      ].join('\n');
      // Node 24 runs runner.ts as it is (run-ts.mjs resolves the .js imports of src/ to .ts).
      const child = spawnSync(process.execPath, [...RUN_TS, '--input-type=module', '-e', script], {
        env: { PATH: process.env.PATH, TMPDIR: dir },
        encoding: 'utf8',
        timeout: 60_000,
      });
      // The run happened and its folder was there while the process lived.
      expect(child.stdout.trim()).toBe('1 1');
      expect(child.status).toBe(end ? 1 : 0);
      expect(runnerFolders(dir)).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
