import { runAction } from '../../core/action/run.js';
import { envInputReader } from '../../core/inputs/index.js';
import { workspaceRoot } from '../../core/paths.js';
import { parseInputs } from './inputs.js';
import { run } from './main.js';

await runAction(async () => {
  const root = workspaceRoot();
  await run(parseInputs(envInputReader, root, process.env), root);
});
