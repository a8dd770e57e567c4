import { runAction } from '../../core/run.js';
import { readCiInputs } from './inputs.js';
import { run } from './main.js';

await runAction(async () => run(readCiInputs()));
