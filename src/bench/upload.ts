import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_TOKEN, startGitHubEmulator } from '../emulator/github/index.js';
import { runAction } from '../emulator/runner.js';
import { mib, row, rssProbe, sparseFile, timedAsync, type Sample } from './measure.js';

const REPO = 'octo-org/bench';

/**
 * Peak memory and time of the shipped stage-release bundle uploading one large file to the
 * loopback GitHub emulator (hash, draft lookup, streamed upload, digest re-check), against
 * `curl -T` streaming the same file to the same upload endpoint in the same round.
 */
export async function benchUpload(root: string, dir: string, size: number, rounds: number): Promise<string> {
  const workspace = path.join(dir, 'upload-ws');
  sparseFile(path.join(workspace, 'dist', 'big.bin'), size);
  const probe = rssProbe(dir);
  const ours: Sample[] = [];
  const curl: Sample[] = [];
  for (let round = 0; round < rounds; round++) {
    const gh = await startGitHubEmulator({ validate: false });
    try {
      gh.state.addRepo(REPO);
      const commit = gh.state.commit(REPO, { message: 'bench' });
      gh.state.annotatedTag(REPO, 'v1.0.0', commit);
      const spare = gh.state.addRelease(REPO, { tagName: 'v0.0.1-bench', draft: true });
      curl.push(
        await timedAsync('curl', [
          '-sS',
          '--fail',
          '-o',
          '/dev/null',
          '-X',
          'POST',
          '-H',
          `Authorization: token ${DEFAULT_TOKEN}`,
          '-H',
          'Content-Type: application/octet-stream',
          '-T',
          path.join(workspace, 'dist', 'big.bin'),
          `${gh.uploadUrl}/repos/${REPO}/releases/${spare.id}/assets?name=big.bin`,
        ]),
      );
      probe.reset();
      const start = process.hrtime.bigint();
      const result = await runAction('stage-release', {
        root,
        workspace,
        repository: REPO,
        apiUrl: gh.url,
        serverUrl: gh.serverUrl,
        token: DEFAULT_TOKEN,
        ref: 'refs/tags/v1.0.0',
        inputs: { files: 'dist/big.bin' },
        nodeArgs: probe.nodeArgs,
        timeoutMs: 30 * 60 * 1000,
      });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.code !== 0)
        throw new Error(`bench: stage-release failed:\n${result.stdout}\n${result.stderr}`);
      const asset = gh.state.repo(REPO).releases.find((r) => r.tagName === 'v1.0.0')?.assets[0];
      if (!asset || asset.size !== size || asset.state !== 'uploaded') {
        throw new Error('bench: the emulator did not store the uploaded asset whole');
      }
      ours.push({ ms, maxRssKiB: probe.read() });
    } finally {
      await gh.stop();
    }
  }
  fs.rmSync(workspace, { recursive: true, force: true });
  return row(`stage-release upload of ${mib(size)} (sparse)`, ours, curl, 'curl -T', size);
}
