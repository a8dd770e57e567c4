import * as core from '@actions/core';
import { checkCiGreen, type CiResult } from '../../core/ci.js';
import { ChecksFailedError, ConfigurationError, messageOf } from '../../core/errors.js';
import { createClient } from '../../core/github/client.js';
import { setOutputs } from '../../core/action/outputs.js';
import { publishReport, Report } from '../../core/action/report.js';
import type { RequireCiGreenInputs } from './inputs.js';

/** require-ci-green: the commit is the branch head and every named workflow is green on it. */
export async function run(inputs: RequireCiGreenInputs): Promise<void> {
  const client = createClient(inputs.token);
  const report = new Report('require-ci-green');
  let result: CiResult;
  try {
    result = await checkCiGreen(inputs.ci, { client, log: (line) => core.info(line) }, report);
  } catch (error) {
    // Every run writes its summary, a refusal of the configuration included; the outputs
    // still say not green, so an `if:` on them cannot mistake an error for a pass.
    report.fail(error instanceof ConfigurationError ? 'configuration' : 'check', messageOf(error));
    await publishReport(report);
    setOutputs({ green: false, 'head-sha': '', report: '[]' });
    throw error;
  }
  await publishReport(report, [result.runsMarkdown]);
  setOutputs({
    green: result.green,
    'head-sha': result.headSha,
    report: JSON.stringify(result.outcomes),
  });
  if (!report.ok) throw new ChecksFailedError(report.failureMessage());
}
