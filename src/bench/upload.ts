import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_TOKEN, startGitHubEmulator } from '../emulator/github/index.js';
import { runAction } from '../emulator/runner.js';
import { median, timedAsync, type Sample } from './measure.js';

const MiB = 1024 * 1024;
const REPO = 'octo-org/bench';

/**
 * Peak memory and time of the shipped stage-release bundle uploading one large file to the
 * loopback GitHub emulator (hash, draft lookup, streamed upload, digest re-check), against
 * `curl -T` streaming the same file to the same upload endpoint in the same round. The file is
 * sparse, so both readers see the same cheap bytes and the comparison is of the upload paths.
 */
export async function benchUpload(root: string, dir: string, size: number, rounds: number): Promise<string> {
  const workspace = path.join(dir, 'upload-ws');
  fs.mkdirSync(path.join(workspace, 'dist'), { recursive: true });
  const file = path.join(workspace, 'dist', 'big.bin');
  const handle = fs.openSync(file, 'w');
  fs.ftruncateSync(handle, size);
  fs.closeSync(handle);
  // Each action run records its own peak RSS when it exits (a preload module).
  const rssFile = path.join(dir, 'rss');
  const preload = path.join(dir, 'rss-preload.mjs');
  fs.writeFileSync(
    preload,
    `import * as fs from 'node:fs';\nprocess.on('exit', () => fs.writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
  );

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
          file,
          `${gh.uploadUrl}/repos/${REPO}/releases/${spare.id}/assets?name=big.bin`,
        ]),
      );
      fs.rmSync(rssFile, { force: true });
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
        nodeArgs: ['--import', pathToFileURL(preload).href],
        timeoutMs: 30 * 60 * 1000,
      });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.code !== 0)
        throw new Error(`bench: stage-release failed:\n${result.stdout}\n${result.stderr}`);
      const asset = gh.state.repo(REPO).releases.find((r) => r.tagName === 'v1.0.0')?.assets[0];
      if (!asset || asset.size !== size || asset.state !== 'uploaded') {
        throw new Error('bench: the emulator did not store the uploaded asset whole');
      }
      ours.push({ ms, maxRssKiB: Number(fs.readFileSync(rssFile, 'utf8')) });
    } finally {
      await gh.stop();
    }
  }
  fs.rmSync(workspace, { recursive: true, force: true });
  const o = { ms: median(ours.map((s) => s.ms)), rss: median(ours.map((s) => s.maxRssKiB)) / 1024 };
  const c = { ms: median(curl.map((s) => s.ms)), rss: median(curl.map((s) => s.maxRssKiB)) / 1024 };
  return (
    `| stage-release upload of ${(size / MiB).toFixed(size % MiB ? 2 : 0)} MiB (sparse) | ${o.ms.toFixed(0)} ms, ` +
    `${o.rss.toFixed(0)} MiB RSS (${((o.rss * MiB * 100) / size).toFixed(1)} % of the file) | curl -T: ${c.ms.toFixed(0)} ms, ` +
    `${c.rss.toFixed(0)} MiB RSS | ${(c.ms / o.ms).toFixed(2)}× |`
  );
}
