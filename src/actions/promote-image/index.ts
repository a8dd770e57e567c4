import { runEntry } from '../../core/action/entry.js';
import { registerSecret } from '../../core/action/secrets.js';
import { inputVariable } from '../../core/inputs/index.js';
import { INPUT_NAMES, OUTPUT_NAMES, parseInputs, REFUSAL_OUTPUTS } from './inputs.js';

// Masked before anything is parsed or printed: no message, not even a refusal, may show them.
registerSecret(process.env[inputVariable('registry-password')] || undefined);
registerSecret(process.env[inputVariable('github-token')]?.trim() || undefined);

await runEntry({
  name: 'promote-image',
  inputNames: INPUT_NAMES,
  outputNames: OUTPUT_NAMES,
  parse: (read, env) => parseInputs(read, env),
  run: async (inputs) => (await import('./main.js')).run(inputs),
  refusalOutputs: REFUSAL_OUTPUTS,
});
