import { messageOf } from '../../core/errors.js';
import { envInputReader } from '../../core/inputs.js';
import { publishReport, Report } from '../../core/report.js';
import { runAction } from '../../core/run.js';
import { parseInputs, type UndraftInputs } from './inputs.js';
import { run } from './main.js';

await runAction(async () => {
  let inputs: UndraftInputs;
  try {
    inputs = parseInputs(envInputReader, Object.keys(process.env));
  } catch (error) {
    // Every run leaves a summary, a refused configuration included; nothing was requested.
    const report = new Report('undraft');
    report.fail('inputs', messageOf(error));
    await publishReport(report);
    throw error;
  }
  await run(inputs);
});
