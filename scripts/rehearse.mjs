// `npm run rehearse`: emits the program's JavaScript once (tsc, a few seconds; no ncc, and the
// committed dist/ bundles are run as they are) and runs the rehearsal on this Node (24).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { emitJavaScript, root } from './emit.mjs';

emitJavaScript();
const run = spawnSync(
  process.execPath,
  [path.join(root, '.build', 'rehearsal', 'index.js'), root, ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
