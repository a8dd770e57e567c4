/*
 * A network failure, seen through the shipped bundles: GITHUB_API_URL points at a loopback port
 * nothing listens on. The step must say which host could not be reached and why, never
 * "Internal error". The retries still happen (a GET is repeated), only with short waits.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction } from '../../../src/emulator/runner.js';

const root = path.resolve(import.meta.dirname, '../../..');
const SHA = '0123456789abcdef0123456789abcdef01234567';

/** A loopback port that nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The `::error::` line of a run, decoded as the runner shows it. */
function errorLine(stdout: string): string {
  const line = stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
  return line.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

describe('a GitHub API that cannot be reached (dist bundles)', () => {
  it('require-ci-green names the host and the cause in its failed check', async () => {
    const port = await closedPort();
    const result = await runAction('require-ci-green', {
      root,
      apiUrl: `http://127.0.0.1:${port}`,
      inputs: { workflows: 'ci.yml', sha: SHA, branch: 'main' },
      env: { SEALED_RELEASE_BACKOFF_MS: '1' },
      timeoutMs: 60_000,
    });
    expect(result.code).toBe(1);
    const failure = errorLine(result.stdout);
    expect(failure).toContain(`could not reach 127.0.0.1:${port}: connection refused (ECONNREFUSED)`);
    expect(failure).not.toMatch(/Internal error|fetch failed/);
    expect(result.outputs.green).toBe('false');
  }, 90_000);

  it('stage-release names the host and the cause at the error boundary', async () => {
    const port = await closedPort();
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'network-failure-'));
    fs.writeFileSync(path.join(workspace, 'app.tar.gz'), 'bytes');
    const result = await runAction('stage-release', {
      root,
      workspace,
      apiUrl: `http://127.0.0.1:${port}`,
      inputs: { files: 'app.tar.gz' },
      env: { SEALED_RELEASE_BACKOFF_MS: '1' },
      timeoutMs: 60_000,
    });
    expect(result.code).toBe(1);
    const failure = errorLine(result.stdout);
    expect(failure).toContain(`could not reach 127.0.0.1:${port}: connection refused (ECONNREFUSED)`);
    expect(failure).not.toMatch(/Internal error|fetch failed/);
  }, 90_000);
});
