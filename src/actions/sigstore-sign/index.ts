import { runEntry } from '../../core/action/entry.js';
import { registerSecret } from '../../core/action/secrets.js';
import { inputVariable } from '../../core/inputs/index.js';
import { INPUT_NAMES, parseInputs } from './inputs.js';
import { run } from './main.js';

// Masked before anything is parsed or printed: no message, not even a refusal, may show it.
registerSecret(process.env[inputVariable('identity-token')]?.trim() || undefined);

await runEntry({
  name: 'sigstore-sign',
  inputNames: INPUT_NAMES,
  parse: (read) => parseInputs(read),
  run: (inputs) => run(inputs),
  refusalOutputs: { bundles: '', identity: '', issuer: '', 'verify-instructions': '' },
});
