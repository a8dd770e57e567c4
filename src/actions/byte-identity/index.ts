import { info } from '../../core/action/log.js';
import { runEntry } from '../../core/action/entry.js';
import { envNumber } from '../../core/env.js';
import { workspaceRoot } from '../../core/paths.js';
import { INPUT_NAMES, parseConfiguration } from './inputs.js';

const root = workspaceRoot();
await runEntry({
  name: 'byte-identity',
  inputNames: INPUT_NAMES,
  parse: (read, env) => parseConfiguration(read, env, root),
  run: async (inputs) => {
    // Loaded once the configuration passed: a refusal compiles none of the registry clients.
    const [{ run }, { setDownloadRetrySeconds }] = await Promise.all([
      import('./main.js'),
      import('../../core/registries/download.js'),
    ]);
    const downloadRetrySeconds = envNumber('SEALED_RELEASE_DOWNLOAD_RETRY_SECONDS');
    if (downloadRetrySeconds !== undefined) setDownloadRetrySeconds(downloadRetrySeconds);
    const backoffMs = envNumber('SEALED_RELEASE_RETRY_MS');
    await run(inputs, root, {
      log: (line) => info(line),
      pollMs: envNumber('SEALED_RELEASE_POLL_MS'),
      http: backoffMs === undefined ? undefined : { backoffMs },
    });
  },
  refusalOutputs: { identical: false, report: '', sha256sums: '', canonical: '', 'canonical-dir': '' },
});
