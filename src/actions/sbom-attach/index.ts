import { runEntry } from '../../core/action/entry.js';
import { INPUT_NAMES, OUTPUT_NAMES, notAttachedOutputs, parseInputs } from './inputs.js';

await runEntry({
  name: 'sbom-attach',
  inputNames: INPUT_NAMES,
  outputNames: OUTPUT_NAMES,
  parse: parseInputs,
  run: async (inputs) => (await import('./main.js')).run(inputs),
  refusalOutputs: notAttachedOutputs(),
});
