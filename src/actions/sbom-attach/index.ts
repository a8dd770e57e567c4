import { runEntry } from '../../core/action/entry.js';
import { INPUT_NAMES, parseInputs } from './inputs.js';
import { run } from './main.js';

await runEntry({
  name: 'sbom-attach',
  inputNames: INPUT_NAMES,
  parse: parseInputs,
  run,
  refusalOutputs: {
    format: '',
    'spec-version': '',
    components: 0,
    sha256: '',
    'asset-id': '',
    'asset-url': '',
    uploaded: false,
  },
});
