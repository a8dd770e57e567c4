/*
 * The suite leaves no runner-* folder behind: a child Jest (the project's own config, so
 * cleanup.ts is loaded as for every file) runs a file whose tests keep their run folders, in a
 * private TMPDIR (the machine's temp dir is shared, so only a private one can be counted), and
 * the folder is empty of runner-* afterwards.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

it('a test file that keeps its runs’ folders leaves none once it is done', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cleanup-test-'));
  const dir = path.join(tmp, 'private');
  fs.mkdirSync(dir);
  try {
    const runnerFolders = () => fs.readdirSync(dir).filter((n) => n.startsWith('runner-'));
    expect(runnerFolders()).toEqual([]);
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          path.join(root, 'node_modules/jest/bin/jest.js'),
          '--config',
          path.join(root, 'jest.config.js'),
          '--testMatch',
          '**/helpers/fixtures/runner-folders.fixture.ts',
          // The transform cache of this Jest, so the child does not compile everything again.
          '--cacheDirectory',
          path.join(os.tmpdir(), `jest_${(process.getuid?.() ?? 0).toString(36)}`),
          '--ci',
        ],
        {
          cwd: root,
          env: {
            ...process.env,
            TMPDIR: dir,
            NODE_OPTIONS: '--experimental-vm-modules --disable-warning=ExperimentalWarning',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('close', (code) => resolve({ code, output }));
    });
    // Both runs kept their folder while the file ran (the fixture checks), and they are gone.
    expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
    expect(runnerFolders()).toEqual([]);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}, 120_000);
