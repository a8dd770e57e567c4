import { runEntry } from '../../core/action/entry.js';
import { workspaceRoot } from '../../core/paths.js';
import { INPUT_NAMES, OUTPUT_NAMES, parseInputs, REFUSAL_OUTPUTS } from './inputs.js';

// Read inside the entry's error boundary (a missing workspace is reported, not thrown raw).
let root: string | undefined;
const workspace = (): string => (root ??= workspaceRoot());

await runEntry({
  name: 'preflight',
  inputNames: INPUT_NAMES,
  outputNames: OUTPUT_NAMES,
  parse: (read, env) => parseInputs(read, env, workspace()),
  run: async (inputs) => (await import('./main.js')).run(inputs, workspace()),
  refusalOutputs: REFUSAL_OUTPUTS,
});
