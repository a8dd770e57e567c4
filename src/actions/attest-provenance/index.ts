import { runEntry } from '../../core/action/entry.js';
import { registerSecret } from '../../core/action/secrets.js';
import { inputVariable } from '../../core/inputs/index.js';
import { INPUT_NAMES, OUTPUT_NAMES, parseInputs, REFUSAL_OUTPUTS } from './inputs.js';

// Masked before anything is parsed or printed: no message, not even a refusal, may show it.
registerSecret(process.env[inputVariable('identity-token')]?.trim() || undefined);
registerSecret(process.env[inputVariable('registry-password')]?.trim() || undefined);

await runEntry({
  name: 'attest-provenance',
  inputNames: INPUT_NAMES,
  outputNames: OUTPUT_NAMES,
  parse: (read, env) => parseInputs(read, env),
  run: async (inputs) => (await import('./main.js')).run(inputs),
  refusalOutputs: REFUSAL_OUTPUTS,
});
