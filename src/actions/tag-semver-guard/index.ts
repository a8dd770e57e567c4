import { envInputReader, parseGuardInputs } from '../../core/guard.js';
import { workspaceRoot } from '../../core/paths.js';
import { runAction } from '../../core/action/run.js';
import { run } from './main.js';

// Every input is read and validated once, before anything is written.
await runAction(async () => {
  const root = workspaceRoot();
  await run(parseGuardInputs(envInputReader, root), root);
});
