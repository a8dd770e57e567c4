import { runEntry } from '../../core/action/entry.js';
import { INPUT_NAMES, parseInputs } from './inputs.js';
import { run } from './main.js';

await runEntry({
  name: 'sigstore-verify',
  inputNames: INPUT_NAMES,
  parse: (read) => parseInputs(read),
  run: (inputs) => run(inputs),
  refusalOutputs: { verified: false },
});
