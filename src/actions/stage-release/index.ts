import { runEntry } from '../../core/action/entry.js';
import { INPUT_NAMES, OUTPUT_NAMES, parseInputs } from './inputs.js';

await runEntry({
  name: 'stage-release',
  inputNames: INPUT_NAMES,
  outputNames: OUTPUT_NAMES,
  parse: parseInputs,
  run: async (inputs) => (await import('./main.js')).run(inputs),
  refusalOutputs: { 'release-id': '', 'release-url': '', uploaded: 0, skipped: 0, assets: '[]' },
});
