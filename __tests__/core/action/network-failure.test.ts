/*
 * A network failure, seen through the shipped bundles: GITHUB_API_URL points at a loopback port
 * nothing listens on. The step must say which host could not be reached and why, never
 * "Internal error". The retries still happen (a GET is repeated), only with short waits.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction, type RunResult } from '../../../src/emulator/runner.js';
import { closedPort } from '../../helpers/closed-port.js';

const root = path.resolve(import.meta.dirname, '../../..');
const SHA = '0123456789abcdef0123456789abcdef01234567';

/** Runs a bundle against a closed port and checks the failed step's message. */
async function runOffline(
  name: string,
  inputs: Record<string, string>,
  workspace?: string,
): Promise<RunResult> {
  const port = await closedPort();
  const result = await runAction(name, {
    root,
    workspace,
    apiUrl: `http://127.0.0.1:${port}`,
    inputs,
    env: { SEALED_RELEASE_RETRY_MS: '1' },
    timeoutMs: 60_000,
  });
  expect(result.code).toBe(1);
  // The `::error::` line, decoded as the runner shows it.
  const line = result.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
  const failure = line
    .slice('::error::'.length)
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%');
  expect(failure).toContain(`could not reach 127.0.0.1:${port}: connection refused (ECONNREFUSED)`);
  expect(failure).not.toMatch(/Internal error|fetch failed/);
  return result;
}

describe('a GitHub API that cannot be reached (dist bundles)', () => {
  it('require-ci-green names the host and the cause', async () => {
    const result = await runOffline('require-ci-green', { workflows: 'ci.yml', sha: SHA, branch: 'main' });
    expect(result.outputs.green).toBe('false');
  }, 90_000);

  it('stage-release names the host and the cause', async () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'network-failure-'));
    fs.writeFileSync(path.join(workspace, 'app.tar.gz'), 'bytes');
    await runOffline('stage-release', { files: 'app.tar.gz' }, workspace);
  }, 90_000);
});
