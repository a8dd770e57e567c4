import { info } from '../../core/action/log.js';
import * as os from 'node:os';
import { runChecks } from '../../core/action/checks.js';
import { envNumber } from '../../core/env.js';
import { ConfigurationError, messageOf } from '../../core/errors.js';
import { createClient, serverUrl } from '../../core/github/client.js';
import { NOT_PUBLISHED_OUTPUTS } from '../../core/undraft/outputs.js';
import { undraft } from '../../core/undraft/pipeline.js';
import type { UndraftInputs } from './inputs.js';

/** Poll interval for the attestation; `SEALED_RELEASE_POLL_MS` shortens it for loopback tests. */
const pollMs = (): number | undefined => envNumber('SEALED_RELEASE_POLL_MS');

/**
 * undraft: every check, then the publish, the re-read and the seal, in one report. The
 * summary, the failure message and the outputs come from that one report (runChecks).
 * The outputs are exactly those of undraft's action.yml (the contract's; no `ok`/`reason`:
 * `published` is the verdict a later step reads), each written on every ending: a run that
 * stops early, or on an error, reports them as nothing published.
 */
export async function run(inputs: UndraftInputs): Promise<void> {
  let thrown: unknown;
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
          // A configuration error has its row; the boundary reports it as the user's to fix.
          // Anything else is a bug: it gets a failed row too, so the run can never pass.
          thrown = error;
          if (!(error instanceof ConfigurationError))
            report.fail('undraft', `stopped by an unexpected error: ${messageOf(error)}`);
          return { outputs: { ...NOT_PUBLISHED_OUTPUTS }, hardFailures: 1 };
        }
      },
    ],
    { onReject: 'fail', verdictOutputs: false },
  ).catch((error: unknown) => {
    throw thrown ?? error;
  });
}
