// Shared by package.mjs and run-bundled.mjs: emit the program's JavaScript once with tsc, then
// bundle a JavaScript entry with ncc (no second type-check; see package.mjs for why).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

/** Emits src/**.ts as JavaScript into .build/ (tsconfig.build.json); exits the process on failure. */
export function emitJavaScript() {
  // Emptied first, so a deleted source never survives as stale JavaScript.
  fs.rmSync(path.join(root, '.build'), { recursive: true, force: true });
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('package: tsc could not emit JavaScript');
    process.exit(1);
  }
}

/** The emitted JavaScript file for a src/…/x.ts entry. */
export function emittedEntry(entry) {
  const rel = path.relative('src', entry).replace(/\.ts$/, '.js');
  return path.join('.build', rel);
}

/**
 * Bundles one entry (a src/ .ts path) into `out` with ncc; rejects when ncc fails. `out` is
 * emptied first: the entries load their code in numbered chunk files (dynamic imports), and a
 * chunk left from an earlier build would ship beside the new ones.
 */
export function nccBuild(entry, out) {
  fs.rmSync(out, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [ncc, 'build', emittedEntry(entry), '-o', out, '--quiet', '--target', 'es2023'],
      { cwd: root, stdio: 'inherit' },
    );
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ncc failed for ${entry} (exit ${code})`)),
    );
  });
}
