import { info } from '../../core/action/log.js';
import { eventRepository } from '../../core/github/event.js';
import { runChecks } from '../../core/action/checks.js';
import { ciCheck } from '../../core/ci/check.js';
import { createClient } from '../../core/github/client.js';
import type { RequireCiGreenInputs } from './inputs.js';

/**
 * require-ci-green: the commit is the tag's and the branch head, and every named workflow is
 * green on it. It ends as every action does, through `runChecks`: one summary (a refusal the
 * API revealed, such as an unknown workflow file, included), the outputs, then the verdict. Its
 * outputs are the contract's `green`, `head-sha` and `report`; it declares no `ok`/`reason`.
 */
export async function run(inputs: RequireCiGreenInputs): Promise<void> {
  const client = createClient(inputs.token);
  await runChecks(
    'require-ci-green',
    [ciCheck(inputs.ci, { client, log: (line) => info(line), eventRepository: eventRepository() })],
    {
      onReject: 'fail',
      verdictOutputs: false,
    },
  );
}
