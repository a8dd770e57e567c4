import { info } from '../../core/action/log.js';
import { runEntry } from '../../core/action/entry.js';
import { envNumber } from '../../core/env.js';
import { workspaceRoot } from '../../core/paths.js';
import { INPUT_NAMES, OUTPUT_NAMES, parseConfiguration } from './inputs.js';

const root = workspaceRoot();
await runEntry({
  name: 'byte-identity',
  inputNames: INPUT_NAMES,
  outputNames: OUTPUT_NAMES,
  parse: (read, env) => parseConfiguration(read, env, root),
  run: async (inputs) => {
    // Loaded once the configuration passed: a refusal compiles none of the registry clients.
    const { run } = await import('./main.js');
    // Test hooks of the loopback runs: shorter waits and request timeout (the defaults suit
    // public registries). Unset, the product's own defaults apply.
    await run(inputs, root, {
      log: (line) => info(line),
      pollMs: envNumber('SEALED_RELEASE_POLL_MS'),
      http: {
        backoffMs: envNumber('SEALED_RELEASE_RETRY_MS'),
        timeoutMs: envNumber('SEALED_RELEASE_REQUEST_TIMEOUT_MS'),
      },
    });
  },
  refusalOutputs: { identical: false, report: '', sha256sums: '', canonical: '', 'canonical-dir': '' },
});
