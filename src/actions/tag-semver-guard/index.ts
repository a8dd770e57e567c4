import { envInputReader } from '../../core/guard.js';
import { workspaceRoot } from '../../core/paths.js';
import { runAction } from '../../core/action/run.js';
import { runFromInputs } from './main.js';

// Every input is read and validated once, before any check runs.
await runAction(async () => runFromInputs(envInputReader, workspaceRoot()));
