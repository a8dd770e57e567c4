import { runAction } from '../../core/action/run.js';
import { readCiInputs } from './inputs.js';
import { run } from './main.js';

await runAction(async () => run(readCiInputs()));
