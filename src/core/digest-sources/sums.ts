/*
 * A SHA256SUMS file (what `sha256sum` writes, and what this action's `sha256sums` output is):
 * `<64 hex><space><space or *><name>` a line. The digests are the reference; there are no bytes,
 * so a `sums:` reference can be verified against but never canonicalized from.
 */
import * as fs from 'node:fs';
import { resolveInWorkspace } from '../paths.js';
import { type Lookup, DigestSourceError, type ServedFile, type Source } from './source.js';
import type { Reference } from './reference.js';
import { quote } from '../quote.js';

/** Parses SHA256SUMS text. Names are reduced to their basename (`./dist/a.whl` → `a.whl`). */
export function parseSha256Sums(reference: string, text: string): ServedFile[] {
  const files = new Map<string, ServedFile>();
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/\s+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!match) throw new DigestSourceError(reference, `line ${i + 1} is not '<sha256>  <name>'`);
    const name = match[2].split('/').pop() ?? '';
    if (name === '' || name === '.' || name === '..') {
      throw new DigestSourceError(reference, `line ${i + 1} names no file`);
    }
    const sha256 = match[1].toLowerCase();
    const earlier = files.get(name);
    if (earlier && earlier.published.sha256 !== sha256) {
      throw new DigestSourceError(reference, `${quote(name)} is listed twice with different digests`);
    }
    files.set(name, { name, published: { sha256 } });
  }
  return [...files.values()];
}

// Kept alike on purpose (docs/ARCHITECTURE.md): every source fills in the same Source fields; the lookup is its own.
/** The source for `sums:PATH`, resolved inside `root` (the workspace). */
export function sumsSource(reference: Extract<Reference, { kind: 'sums' }>, root: string): Source {
  return {
    reference,
    algorithm: 'sha256',
    servesBytes: false,
    async lookup(): Promise<Lookup> {
      const file = resolveInWorkspace('against', reference.path, { root, mustExist: false });
      if (!fs.existsSync(file)) return { state: 'not-found', detail: `${reference.path} does not exist` };
      return { state: 'found', files: parseSha256Sums(reference.raw, fs.readFileSync(file, 'utf8')) };
    },
  };
}

/** SHA256SUMS text for `(name, sha256)` pairs, sorted by name: what `sha256sum` would print. */
export function formatSha256Sums(entries: Iterable<{ name: string; sha256: string }>): string {
  return [...entries]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((e) => `${e.sha256}  ${e.name}\n`)
    .join('');
}
