import { info } from '../../core/action/log.js';
import * as os from 'node:os';
import { runChecks } from '../../core/action/checks.js';
import { envNumber } from '../../core/env.js';
import { ConfigurationError } from '../../core/errors.js';
import { createClient, serverUrl } from '../../core/github/client.js';
import { undraft } from '../../core/undraft/pipeline.js';
import type { UndraftInputs } from './inputs.js';

/** Poll interval for the attestation; `SEALED_RELEASE_POLL_MS` shortens it for loopback tests. */
const pollMs = (): number | undefined => envNumber('SEALED_RELEASE_POLL_MS');

/**
 * undraft: every check, then the publish, the re-read and the seal, in one report. The
 * summary, the failure message and the outputs come from that one report (runChecks).
 */
export async function run(inputs: UndraftInputs): Promise<void> {
  let configError: unknown;
  await runChecks(
    `undraft ${inputs.tag}`,
    [
      async (report) => {
        try {
          const { outputs } = await undraft(
            {
              client: createClient(inputs.token),
              serverUrl: serverUrl(),
              tempDir: process.env.RUNNER_TEMP || os.tmpdir(),
              runRef: process.env.GITHUB_REF,
              runSha: process.env.GITHUB_SHA,
              pollMs: pollMs(),
              log: (line) => info(line),
            },
            inputs,
            report,
          );
          return { outputs, hardFailures: 0 };
        } catch (error) {
          // The row is written; the error boundary reports it as the user's to fix.
          configError = error;
          return { outputs: {}, hardFailures: 1 };
        }
      },
    ],
    { onReject: 'fail' },
  ).catch((error: unknown) => {
    throw configError instanceof ConfigurationError ? configError : error;
  });
}
