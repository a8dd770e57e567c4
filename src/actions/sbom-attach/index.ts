import { runEntry } from '../../core/action/entry.js';
import { INPUT_NAMES, parseInputs } from './inputs.js';
import { notAttachedOutputs, run } from './main.js';

await runEntry({
  name: 'sbom-attach',
  inputNames: INPUT_NAMES,
  parse: parseInputs,
  run,
  refusalOutputs: notAttachedOutputs(),
});
