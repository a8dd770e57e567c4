import { parseOptionalCiInputs } from '../../core/ci-inputs.js';
import { parseGuardInputs } from '../../core/guard.js';
import { envInputReader } from '../../core/inputs/index.js';
import { workspaceRoot } from '../../core/paths.js';
import { runAction } from '../../core/action/run.js';
import { run } from './main.js';

// Every input of both checks is read and validated once, before anything is written: a bad
// CI input (a duration, a SHA) is a configuration error even when the guard would pass.
await runAction(async () => {
  const root = workspaceRoot();
  const guard = parseGuardInputs(envInputReader, root);
  const ci = parseOptionalCiInputs(envInputReader);
  await run({ guard, ci }, root);
});
