import { runEntry } from '../../core/action/entry.js';
import { INPUT_NAMES, parseInputs } from './inputs.js';
import { run } from './main.js';

await runEntry({
  name: 'undraft',
  inputNames: INPUT_NAMES,
  parse: parseInputs,
  run,
  refusalOutputs: {
    'release-id': '',
    'release-url': '',
    published: false,
    'made-latest': false,
    'already-published': false,
    immutable: false,
    'attestation-verified': false,
    'attestation-path': '',
  },
});
