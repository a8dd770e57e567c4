/*
 * `npm run rehearse` leaves nothing behind in the temp dir: no runner-*, gh-attestations-*,
 * gh-emulator-*, sigstore-emulator-* or rehearsal-* folder. The rehearsal runs as a process of
 * its own, with a private TMPDIR (the machine's temp dir is shared, so only a private one can be
 * counted), from src/ as it is (run-ts.mjs), the way scripts/rehearse.mjs runs it.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** npm (run by the examples' build steps) keeps its own compile cache in the temp dir. */
const NOT_OURS = ['node-compile-cache'];

function rehearse(tmpdir: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--experimental-transform-types',
        '--disable-warning=ExperimentalWarning',
        '--import',
        path.join(root, '__tests__/helpers/run-ts.mjs'),
        path.join(root, 'src/rehearsal/index.ts'),
        root,
        ...args,
      ],
      {
        cwd: root,
        env: { ...process.env, TMPDIR: tmpdir, NODE_OPTIONS: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('the rehearsal leaves no folder behind', () => {
  it('after a scenario refused by its step (ci-red: the build job, then the preflight refuses)', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearsal-test-'));
    const dir = path.join(tmp, 'private');
    fs.mkdirSync(dir);
    try {
      const { code, output } = await rehearse(dir, ['--scenario', 'ci-red']);
      expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
      expect(fs.readdirSync(dir).filter((n) => !NOT_OURS.includes(n))).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 240_000);
});
