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

  it('after an image scenario refused by promote-image (unsigned-image: the registry, the build, the release job, then the promotion)', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearsal-test-'));
    const dir = path.join(tmp, 'private');
    fs.mkdirSync(dir);
    try {
      const { code, output } = await rehearse(dir, ['--scenario', 'unsigned-image']);
      expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
      expect(output).toMatch(/refused by promote-image with exit 1, as it must be/);
      expect(fs.readdirSync(dir).filter((n) => !NOT_OURS.includes(n))).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('the rehearsal command line', () => {
  it('--example refuses an example that does not exist, naming --list; --list shows the image examples and their follow-ups', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearsal-test-'));
    try {
      const unknown = await rehearse(tmp, ['--example', 'container images']);
      expect(unknown).toEqual({ code: 2, output: "no example 'container images'; --list shows them\n" });
      const list = await rehearse(tmp, ['--list']);
      expect(list.output).toContain(
        'example docs/examples/release-image.yml, then docs/examples/promote-image.yml by hand: container image prerelease, on github, sigstore, oci-registry, ends in image-promoted',
      );
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 60_000);
});
