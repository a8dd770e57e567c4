import { runEntry } from '../../core/action/entry.js';
import { registerSecret } from '../../core/action/secrets.js';
import { inputVariable } from '../../core/inputs/index.js';
import { INPUT_NAMES, OUTPUT_NAMES, notAttachedOutputs, parseInputs } from './inputs.js';

// Masked before anything is parsed or printed: no message, not even a refusal, may show them.
registerSecret(process.env[inputVariable('identity-token')]?.trim() || undefined);
registerSecret(process.env[inputVariable('registry-password')]?.trim() || undefined);

await runEntry({
  name: 'sbom-attach',
  inputNames: INPUT_NAMES,
  outputNames: OUTPUT_NAMES,
  parse: parseInputs,
  run: async (inputs) => (await import('./main.js')).run(inputs),
  refusalOutputs: notAttachedOutputs(),
});
