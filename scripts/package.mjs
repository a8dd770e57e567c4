// Builds every dist/<name>/ with ncc from the one list in actions.mjs. Each output folder is
// emptied first so that stale chunk files never survive a rebuild.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIONS, EXTRA_ENTRIES } from './actions.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const only = process.argv.slice(2);

const entries = [
  ...ACTIONS.map((name) => [name, `src/actions/${name}/index.ts`]),
  ...Object.entries(EXTRA_ENTRIES),
].filter(([name]) => only.length === 0 || only.includes(name));

for (const [name, entry] of entries) {
  const out = path.join(root, 'dist', name);
  fs.rmSync(out, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--quiet', '--target', 'es2023'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) {
    console.error(`package: ncc failed for ${name}`);
    process.exit(1);
  }
  console.log(`package: dist/${name}/ built`);
}
