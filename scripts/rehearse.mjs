// The release rehearsal: bundles src/rehearsal (emulators + runner, never shipped) into .tmp/
// and runs it. `npm run rehearse` builds dist/ first, so the rehearsal runs what ships.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.tmp', 'rehearsal');
fs.rmSync(out, { recursive: true, force: true });
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const build = spawnSync(
  process.execPath,
  [ncc, 'build', 'src/rehearsal/index.ts', '-o', out, '--quiet', '--target', 'es2023'],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, [path.join(out, 'index.js'), root, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
