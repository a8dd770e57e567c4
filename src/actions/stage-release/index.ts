import { runEntry } from '../../core/action/entry.js';
import { INPUT_NAMES, parseInputs } from './inputs.js';
import { run } from './main.js';

await runEntry({
  name: 'stage-release',
  inputNames: INPUT_NAMES,
  parse: parseInputs,
  run,
  refusalOutputs: { 'release-id': '', 'release-url': '', uploaded: 0, skipped: 0, assets: '[]' },
});
