// Bundles a TypeScript entry that never ships (the benchmarks) with ncc into .tmp/<name>/ and
// runs it on this Node (24), passing the repository root first.
// Usage: node scripts/run-bundled.mjs <entry.ts> <name> [args…]
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { emitJavaScript, nccBuild, root } from './emit.mjs';

const [entry, name, ...args] = process.argv.slice(2);
if (!entry || !name) {
  console.error('usage: node scripts/run-bundled.mjs <entry.ts> <name> [args…]');
  process.exit(2);
}
const out = path.join(root, '.tmp', name);
emitJavaScript();
try {
  await nccBuild(entry, out);
} catch (error) {
  console.error(String(error));
  process.exit(1);
}
const run = spawnSync(process.execPath, [path.join(out, 'index.js'), root, ...args], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
