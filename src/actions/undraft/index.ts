import { runEntry } from '../../core/action/entry.js';
import { notPublishedOutputs } from '../../core/undraft/pipeline.js';
import { INPUT_NAMES, parseInputs } from './inputs.js';
import { run } from './main.js';

await runEntry({
  name: 'undraft',
  inputNames: INPUT_NAMES,
  parse: parseInputs,
  run,
  refusalOutputs: notPublishedOutputs(),
});
