import { runEntry } from '../../core/action/entry.js';
import { INPUT_NAMES, OUTPUT_NAMES, parseInputs } from './inputs.js';

await runEntry({
  name: 'sigstore-verify',
  inputNames: INPUT_NAMES,
  outputNames: OUTPUT_NAMES,
  parse: (read) => parseInputs(read),
  run: async (inputs) => (await import('./main.js')).run(inputs),
  refusalOutputs: { verified: false },
});
