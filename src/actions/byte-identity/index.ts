import * as core from '@actions/core';
import { envInputReader } from '../../core/inputs.js';
import { workspaceRoot } from '../../core/paths.js';
import { setDownloadRetrySeconds } from '../../core/registries/download.js';
import { runAction } from '../../core/run.js';
import { collectInputs, collectLocalFiles, configurationError } from './inputs.js';
import { run } from './main.js';

/** A whole number from a SEALED_RELEASE_* variable (loopback tests and the rehearsal shorten waits). */
function fromEnv(name: string): number | undefined {
  const raw = process.env[name];
  return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

await runAction(async () => {
  const root = workspaceRoot();
  const { inputs, problems } = collectInputs(envInputReader, {
    env: process.env,
    runnerTemp: process.env.RUNNER_TEMP,
    repository: process.env.GITHUB_REPOSITORY,
  });
  // Without a repackage command the local files are there already: check them now, so one
  // message lists every problem. With one, they are checked after it has run.
  if (inputs.repackage.length === 0) {
    problems.push(...(await collectLocalFiles(inputs, root)).problems);
  }
  if (problems.length > 0) throw configurationError(problems);
  const downloadRetrySeconds = fromEnv('SEALED_RELEASE_DOWNLOAD_RETRY_SECONDS');
  if (downloadRetrySeconds !== undefined) setDownloadRetrySeconds(downloadRetrySeconds);
  const backoffMs = fromEnv('SEALED_RELEASE_RETRY_MS');
  await run(inputs, root, {
    log: (line) => core.info(line),
    pollMs: fromEnv('SEALED_RELEASE_POLL_MS'),
    http: backoffMs === undefined ? undefined : { backoffMs },
  });
});
