import { runEntry } from '../../core/action/entry.js';
import { CI_ERROR_OUTPUTS } from '../../core/ci/check.js';
import { INPUT_NAMES, parseInputs } from './inputs.js';
import { run } from './main.js';

await runEntry({
  name: 'require-ci-green',
  inputNames: INPUT_NAMES,
  parse: parseInputs,
  run,
  refusalOutputs: CI_ERROR_OUTPUTS,
});
