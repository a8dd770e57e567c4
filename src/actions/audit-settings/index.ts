import { runEntry } from '../../core/action/entry.js';
import { INPUT_NAMES, OUTPUT_NAMES, parseInputs, REFUSAL_OUTPUTS } from './inputs.js';

await runEntry({
  name: 'audit-settings',
  inputNames: INPUT_NAMES,
  outputNames: OUTPUT_NAMES,
  parse: (read, env) => parseInputs(read, env),
  run: async (inputs) => (await import('./main.js')).run(inputs),
  refusalOutputs: REFUSAL_OUTPUTS,
});
