import { runEntry } from '../../core/action/entry.js';
import { CI_ERROR_OUTPUTS } from '../../core/ci/outputs.js';
import { INPUT_NAMES, OUTPUT_NAMES, parseInputs } from './inputs.js';

await runEntry({
  name: 'require-ci-green',
  inputNames: INPUT_NAMES,
  outputNames: OUTPUT_NAMES,
  parse: parseInputs,
  run: async (inputs) => (await import('./main.js')).run(inputs),
  refusalOutputs: CI_ERROR_OUTPUTS,
});
