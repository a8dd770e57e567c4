import { runAction } from '../../core/action/run.js';
import { envInputReader } from '../../core/inputs/index.js';
import { parseInputs } from './inputs.js';
import { run } from './main.js';

await runAction(async () => run(parseInputs(envInputReader, process.env)));
