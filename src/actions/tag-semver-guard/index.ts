import { runEntry } from '../../core/action/entry.js';
import { emptyGuardOutputs } from '../../core/guard/outputs.js';
import { workspaceRoot } from '../../core/paths.js';
import { INPUT_NAMES, OUTPUT_NAMES, parseInputs } from './inputs.js';

// Every input is read and validated once, before any check runs. A refused configuration still
// sets every output, with ok=false, so `if: steps.guard.outputs.ok == 'true'` reads a definite no.
await runEntry({
  name: 'tag-semver-guard',
  inputNames: INPUT_NAMES,
  outputNames: OUTPUT_NAMES,
  parse: (read) => parseInputs(read, workspaceRoot()),
  run: async (inputs) => (await import('./main.js')).run(inputs),
  refusalOutputs: { ...emptyGuardOutputs(), ok: false },
});
