/*
 * A directory of the workspace (another build's output, a downloaded artifact): its regular
 * files, top level only, compared by name. There is no published digest: the bytes are read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveInWorkspace } from '../paths.js';
import { type Lookup, DigestSourceError, type ServedFile, type Source } from './source.js';
import type { Reference } from './reference.js';

// Kept alike on purpose (docs/ARCHITECTURE.md): every source fills in the same Source fields; the lookup is its own.
/** The source for `dir:PATH`, resolved inside `root` (the workspace). */
export function dirSource(reference: Extract<Reference, { kind: 'dir' }>, root: string): Source {
  return {
    reference,
    algorithm: 'sha256',
    servesBytes: true,
    async lookup(): Promise<Lookup> {
      const dir = resolveInWorkspace('against', reference.path, { root, mustExist: false });
      if (!fs.existsSync(dir))
        return { state: 'not-found', detail: `directory ${reference.path} does not exist` };
      if (!fs.statSync(dir).isDirectory())
        throw new DigestSourceError(reference.raw, `${reference.path} is not a directory`);
      const files: ServedFile[] = [];
      for (const entry of fs
        .readdirSync(dir, { withFileTypes: true })
        .sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const full = path.join(dir, entry.name);
        // A symlink is followed only when it stays inside the workspace (resolveInWorkspace).
        if (!entry.isFile() && !entry.isSymbolicLink()) continue;
        const real = resolveInWorkspace('against', full, { root });
        if (!fs.statSync(real).isFile()) continue;
        files.push({ name: entry.name, published: {}, path: real });
      }
      return { state: 'found', files };
    },
  };
}
