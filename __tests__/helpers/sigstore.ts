import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TrustedRootJSON } from '../../src/emulator/sigstore/trusted-root.js';
import { workspace } from './workspace.js';

export const root = path.resolve(import.meta.dirname, '../..');

/** A fresh workspace holding the given files (name → content). */
export function workspaceWith(files: Record<string, string>): string {
  return workspace(files, 'sig-ws');
}

/** Writes a modified copy of a trusted root and returns its path. */
export function writeRoot(
  dir: string,
  name: string,
  root: TrustedRootJSON,
  edit: (r: TrustedRootJSON) => void,
): string {
  const copy = JSON.parse(JSON.stringify(root)) as TrustedRootJSON;
  edit(copy);
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(copy));
  return file;
}

/** Every file under a directory with its bytes, for byte-for-byte comparisons. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      out[path.relative(dir, full)] = fs.readFileSync(full).toString('base64');
    }
  }
  return out;
}
