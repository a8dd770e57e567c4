/*
 * The test helpers fail cleanly: a response outside GitHub's OpenAPI description fails the
 * test that caused it, with the exchange in the message, and never leaves a server running.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { useGitHub, withGitHub } from './github.js';

const REPO = 'octo-org/octo-repo';
const root = path.resolve(import.meta.dirname, '../..');

describe('withGitHub', () => {
  it('fails on a violation, after the emulator has stopped', async () => {
    let url = '';
    await expect(
      withGitHub(
        async (gh) => {
          url = gh.url;
          const release = gh.state.addRelease(REPO, { tagName: 'v1' });
          (release as unknown as { draft: unknown }).draft = 'yes';
          await fetch(`${gh.url}/repos/${REPO}/releases/${release.id}`, {
            headers: { authorization: 'token ghs_testtoken0000000000000000000000000000' },
          });
        },
        { setup: (gh) => void gh.state.addRepo(REPO) },
      ),
    ).rejects.toThrow(
      /1 exchange\(s\) did not match.*\n- response of repos\/get-release \(GET .*→ 200\): \/draft must be boolean/,
    );
    await expect(fetch(`${url}/repos/${REPO}`)).rejects.toThrow();
  });

  it('reports the violations and the test failure together', async () => {
    await expect(
      withGitHub(
        async (gh) => {
          await fetch(`${gh.url}/repos/${REPO}/releases`, {
            method: 'POST',
            headers: { authorization: 'token ghs_testtoken0000000000000000000000000000' },
            body: JSON.stringify({ draft: true }),
          });
          throw new Error('the assertion of the test');
        },
        { setup: (gh) => void gh.state.addRepo(REPO) },
      ),
    ).rejects.toThrow(/request of repos\/create-release[^]*The test also failed: the assertion of the test/);
  });

  it('hands back the result of a clean test', async () => {
    await expect(withGitHub((gh) => gh.url)).resolves.toMatch(/^http:\/\/127\.0\.0\.1:/);
  });
});

describe('useGitHub', () => {
  const gh = useGitHub({ setup: (g) => void g.state.addRepo(REPO) });
  it('forwards to the emulator of the current test', async () => {
    expect(gh.state.repo(REPO).name).toBe('octo-repo');
    expect((await fetch(`${gh.url}/repos/${REPO}`)).status).toBe(401);
    expect(gh.count('repos/get')).toBe(1);
  });
});

interface JestJson {
  numFailedTests: number;
  numPassedTests: number;
  testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
}

/** Runs the fixture in a child Jest; resolves with its exit code, JSON report and time taken. */
function childJest(
  fixture: string,
  limitMs: number,
): Promise<{ code: number | null; report: JestJson; ms: number; stderr: string }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules/jest/bin/jest.js'),
        '--config',
        path.join(root, 'jest.config.js'),
        '--testMatch',
        `**/helpers/fixtures/${fixture}`,
        '--reporters',
        'default',
        '--json',
        '--ci',
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          NODE_OPTIONS: '--experimental-vm-modules --disable-warning=ExperimentalWarning',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // A child Jest that does not exit by itself is the failure this test exists for.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the child Jest did not exit within ${limitMs} ms:\n${stderr}`));
    }, limitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        resolve({ code, report: JSON.parse(stdout) as JestJson, ms: Date.now() - started, stderr });
      } catch {
        reject(new Error(`no JSON report from the child Jest (exit ${code}):\n${stdout}\n${stderr}`));
      }
    });
  });
}

describe('a violation in a real Jest run', () => {
  it('fails exactly the tests that caused it, and Jest exits by itself', async () => {
    const { code, report } = await childJest('use-github.fixture.ts', 90_000);
    expect(code).toBe(1);
    const results = report.testResults.flatMap((r) => r.assertionResults);
    const status = Object.fromEntries(results.map((r) => [r.title, r.status]));
    expect(status).toEqual({
      'each: clean before': 'passed',
      'each: violating': 'failed',
      'each: clean after': 'passed',
      'all: violating': 'failed',
      'all: clean after': 'passed',
    });
    for (const failed of results.filter((r) => r.status === 'failed')) {
      expect(failed.failureMessages.join('\n')).toMatch(
        /response of repos\/get-release .*\/draft must be boolean/,
      );
    }
  }, 120_000);
});
