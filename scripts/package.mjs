// Builds every dist/<name>/ from the one list in actions.json.
//
// Type-checking is `npm run build`'s job. Here `tsc` emits JavaScript once, into .build/ (same
// depth as src/, so relative imports of node_modules JSON still resolve), and ncc bundles those
// JavaScript entries. ncc handed a .ts entry type-checks the whole program again for every entry
// (about 33 s each on a 2-core machine); handed JavaScript it only bundles (2-3 s each). ncc's own
// --transpile-only breaks this ESM build, so it is not used. Bundles stay byte-for-byte
// reproducible: CI rebuilds and requires `git status --porcelain -- dist` to be empty.
// Each output folder is emptied first (nccBuild) so that stale chunk files never survive a rebuild.
import * as path from 'node:path';
import { ACTIONS, EXTRA_ENTRIES } from './actions.mjs';
import { emitJavaScript, nccBuild, root } from './emit.mjs';

const only = process.argv.slice(2);
const entries = [
  ...ACTIONS.map((name) => [name, `src/actions/${name}/index.ts`]),
  ...Object.entries(EXTRA_ENTRIES),
].filter(([name]) => only.length === 0 || only.includes(name));

emitJavaScript();
// Two at a time: this machine has two cores and ncc is mostly single-threaded.
const pending = [...entries];
async function worker() {
  for (let next = pending.shift(); next; next = pending.shift()) {
    const [name, entry] = next;
    const out = path.join(root, 'dist', name);
    await nccBuild(entry, out);
    console.log(`package: dist/${name}/ built`);
  }
}
await Promise.all([worker(), worker()]);
