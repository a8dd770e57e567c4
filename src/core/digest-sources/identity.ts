/*
 * Byte identity: every local file matched by name against every reference, each comparison a
 * verdict. The reference's own published digest is used wherever it publishes one; only where
 * it publishes none are its bytes downloaded (or read), hashed and discarded. Each local file is
 * read once, for every digest any reference needs of it.
 *
 * Fail closed throughout: a reference that cannot be read is a failed row naming it (never
 * "missing", which canonicalize would take as "not published yet"); a mismatch is a verdict and
 * is never retried; only "not there yet" is polled, until `propagation-timeout`.
 */
import { setTimeout as defaultSleep } from 'node:timers/promises';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Algorithm, hashFilesSync } from '../digest.js';
import { messageOf } from '../errors.js';
import { type Digests, fetchServedFile, hashServedFile } from './download.js';
import type { HttpOptions } from '../http/fetch.js';
import {
  digestLabel,
  type Lookup,
  type Mode,
  DigestSourceError,
  type ServedFile,
  type Source,
} from './source.js';
import { formatSha256Sums } from './sums.js';

// Declared beside the registry interface, so that byte-identity's inputs read them without this module.
export { MODES, type Mode } from './source.js';

/** A local file: its basename (what it is matched by) and where it is. */
export interface LocalFile {
  name: string;
  path: string;
  /** Workspace-relative, for messages. */
  display: string;
}

export type FileVerdict = 'identical' | 'MISMATCH' | 'missing locally' | 'missing in the reference' | 'error';

/** One comparison: a file and a reference. */
export interface IdentityRow {
  file: string;
  reference: string;
  verdict: FileVerdict;
  /** Whether the row passes in this run (a mismatch passes only in canonicalize, where the reference's bytes win). */
  ok: boolean;
  local?: string;
  remote?: string;
  /** How the reference's digest was obtained. */
  remoteFrom?: 'published' | 'downloaded' | 'read';
  detail: string;
}

/** What each reference said. */
export interface ReferenceState {
  reference: string;
  state: 'found' | 'pending' | 'not-found' | 'error';
  detail: string;
  files: number;
  polls: number;
}

export interface IdentityOptions {
  mode: Mode;
  exactSet: boolean;
  /** How long to keep polling a reference that does not serve the version yet (0: ask once). */
  propagationTimeoutMs: number;
  pollMs: number;
  /** Where canonicalize puts the files it hands on. */
  outputDir: string;
  /** A private directory for downloads that are hashed and deleted. */
  scratch: string;
  log: (line: string) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Tries, waits and the request timeout of the downloads (as of the metadata reads). */
  http?: HttpOptions;
}

export interface IdentityResult {
  rows: IdentityRow[];
  references: ReferenceState[];
  /** True only when every local file is identical in every reference and nothing is missing. */
  identical: boolean;
  /** canonicalize only: whose bytes were handed on. */
  canonical?: 'local' | 'reference';
  canonicalDir?: string;
  /** SHA256SUMS of the files handed on: the local files, or in canonicalize the canonical ones. */
  sha256sums: string;
  /** Per local file, its digests (hex). */
  localDigests: Map<string, Digests>;
}

/** Short form of a digest label for table cells; the report JSON keeps the whole value. */
export function shortLabel(label: string | undefined): string {
  if (!label) return '—';
  const [algorithm, hex] = label.split(':');
  return `${algorithm}:${hex.slice(0, 12)}…`;
}

/**
 * Asks a source until it serves the version or the deadline passes. A DigestSourceError (malformed
 * metadata, a 5xx storm outliving the retries) ends the polling at once: waiting does not fix
 * a broken answer, and treating it as "not there yet" could let canonicalize hand on local bytes
 * for a version the registry already owns.
 */
async function poll(
  source: Source,
  options: IdentityOptions,
): Promise<{ lookup: Lookup | { state: 'error'; detail: string }; polls: number }> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const deadline = now() + options.propagationTimeoutMs;
  for (let polls = 1; ; polls++) {
    let lookup: Lookup;
    try {
      lookup = await source.lookup();
    } catch (error) {
      return { lookup: { state: 'error', detail: messageOf(error) }, polls };
    }
    if (lookup.state !== 'pending') return { lookup, polls };
    const left = deadline - now();
    if (left <= 0) return { lookup, polls };
    options.log(`${source.reference.raw}: ${lookup.detail}; asking again (${Math.ceil(left / 1000)} s left)`);
    await sleep(Math.min(options.pollMs, left));
  }
}

/** Whether a file may be written into the output directory (only files this run writes). */
function prepareOutputDir(dir: string, names: string[]): void {
  fs.mkdirSync(dir, { recursive: true });
  const expected = new Set(names);
  const strays = fs.readdirSync(dir).filter((n) => !expected.has(n));
  if (strays.length > 0) {
    // A canonical directory holding other files would hand those on too: refuse, never delete.
    throw new Error(
      `output-dir ${dir} already holds other files (${strays.slice(0, 5).join(', ')}${strays.length > 5 ? ', …' : ''}); give an empty directory`,
    );
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

/** Compares the local files with every source, and in canonicalize hands the right bytes on. */
export async function checkByteIdentity(
  locals: LocalFile[],
  sources: Source[],
  options: IdentityOptions,
): Promise<IdentityResult> {
  // 1. What every reference serves, polled concurrently against one deadline.
  const looked = await Promise.all(sources.map((source) => poll(source, options)));
  const references: ReferenceState[] = looked.map(({ lookup, polls }, i) => ({
    reference: sources[i].reference.raw,
    state: lookup.state,
    detail: lookup.state === 'found' ? `serves ${lookup.files.length} file(s)` : lookup.detail,
    files: lookup.state === 'found' ? lookup.files.length : 0,
    polls,
  }));
  const served = looked.map(({ lookup }) => (lookup.state === 'found' ? lookup.files : undefined));

  // 2. Every local file read once, for sha256 and whatever the references that serve it need.
  const plan = new Map<string, Algorithm[]>();
  for (const local of locals) {
    const algorithms = new Set<Algorithm>(['sha256']);
    sources.forEach((source, i) => {
      const file = served[i]?.find((f) => f.name === local.name);
      if (file) for (const a of Object.keys(file.published) as Algorithm[]) algorithms.add(a);
      if (file) algorithms.add(source.algorithm);
    });
    plan.set(local.path, [...algorithms]);
  }
  const localDigests = hashFilesSync(plan) as Map<string, Digests>;

  const rows: IdentityRow[] = [];
  const canonicalize = options.mode === 'canonicalize';
  let canonical: IdentityResult['canonical'];
  let canonicalDir: string | undefined;
  const handedOn: { name: string; sha256: string }[] = [];

  // 3. canonicalize with a reference that serves the version: its bytes, checked against its
  // own published digests, are fetched first, so the comparison below reuses their digests.
  const fetched = new Map<string, Digests>();
  if (canonicalize) {
    const files = served[0];
    const source = sources[0];
    canonicalDir = options.outputDir;
    try {
      if (files) {
        canonical = 'reference';
        prepareOutputDir(
          options.outputDir,
          files.map((f) => f.name),
        );
        for (const file of files) {
          const dest = path.join(options.outputDir, file.name);
          const algorithms = [
            ...new Set<Algorithm>([
              'sha256',
              source.algorithm,
              ...(Object.keys(file.published) as Algorithm[]),
            ]),
          ];
          let digests: Digests;
          try {
            digests = await fetchServedFile(source.reference.raw, file, algorithms, dest, options.http);
          } catch (error) {
            rows.push(errorRow(file.name, source.reference.raw, error));
            continue;
          }
          const wrong = (Object.keys(file.published) as Algorithm[]).find(
            (a) => digests[a] !== file.published[a],
          );
          if (wrong) {
            // A mirror (or a CDN node) serving bytes that are not the ones the registry
            // published: never hand them on.
            fs.rmSync(dest, { force: true });
            rows.push({
              file: file.name,
              reference: source.reference.raw,
              verdict: 'MISMATCH',
              ok: false,
              remote: digestLabel(wrong, file.published[wrong]!),
              remoteFrom: 'published',
              detail: `the bytes served (${digestLabel(wrong, digests[wrong]!)}) differ from the digest the reference publishes (${digestLabel(wrong, file.published[wrong]!)}): refused, nothing handed on for this file`,
            });
            continue;
          }
          fetched.set(file.name, digests);
          handedOn.push({ name: file.name, sha256: digests.sha256! });
        }
      } else if (looked[0].lookup.state !== 'error') {
        // Kept alike on purpose (docs/ARCHITECTURE.md): like the loop above, but over the local files.
        canonical = 'local';
        prepareOutputDir(
          options.outputDir,
          locals.map((l) => l.name),
        );
        for (const local of locals) {
          const dest = path.join(options.outputDir, local.name);
          if (!sameFile(local.path, dest)) fs.copyFileSync(local.path, dest);
          handedOn.push({ name: local.name, sha256: localDigests.get(local.path)!.sha256! });
        }
      }
    } catch (error) {
      rows.push({
        file: '(output-dir)',
        reference: source.reference.raw,
        verdict: 'error',
        ok: false,
        detail: messageOf(error),
      });
    }
  }

  // 4. Every local file against every reference.
  for (const [i, source] of sources.entries()) {
    const reference = source.reference.raw;
    const state = references[i];
    const files = served[i];
    if (state.state === 'error') {
      rows.push({
        file: '(all)',
        reference,
        verdict: 'error',
        ok: false,
        detail: `could not be read: ${state.detail}`,
      });
      continue;
    }
    if (!files) {
      // Not served (yet). In canonicalize that is the "hand on the local files" branch.
      for (const local of locals) {
        rows.push({
          file: local.name,
          reference,
          verdict: 'missing in the reference',
          ok: canonicalize,
          local: digestLabel('sha256', localDigests.get(local.path)!.sha256!),
          detail: `${state.detail}${state.polls > 1 ? ` (asked ${state.polls} times)` : ''}${canonicalize ? '; the local file is handed on' : ''}`,
        });
      }
      continue;
    }
    for (const local of locals) {
      const digests = localDigests.get(local.path)!;
      const file = files.find((f) => f.name === local.name);
      if (!file) {
        rows.push({
          file: local.name,
          reference,
          verdict: 'missing in the reference',
          ok: false,
          local: digestLabel('sha256', digests.sha256!),
          detail: `${reference} serves no file named ${local.name} (it serves ${files.length === 0 ? 'none' : files.map((f) => f.name).join(', ')})`,
        });
        continue;
      }
      if (canonicalize && i === 0 && !fetched.has(file.name)) continue; // its row was written in step 3
      rows.push(await compare(local, digests, file, source, options, fetched.get(file.name)));
    }
    const localNames = new Set(locals.map((l) => l.name));
    for (const file of files) {
      if (localNames.has(file.name)) continue;
      rows.push({
        file: file.name,
        reference,
        verdict: 'missing locally',
        ok: !options.exactSet,
        remote: file.published[source.algorithm]
          ? digestLabel(source.algorithm, file.published[source.algorithm]!)
          : undefined,
        remoteFrom: file.published[source.algorithm] ? 'published' : undefined,
        detail: `${reference} serves ${file.name}, which no local file matches${options.exactSet ? ' (exact-set)' : ''}`,
      });
    }
  }

  if (!canonicalize) {
    for (const local of locals)
      handedOn.push({ name: local.name, sha256: localDigests.get(local.path)!.sha256! });
  }
  const identical =
    locals.length > 0 &&
    rows.every((r) => r.verdict === 'identical' || (r.verdict === 'missing locally' && !options.exactSet)) &&
    rows.some((r) => r.verdict === 'identical');
  return {
    rows,
    references,
    identical,
    canonical,
    canonicalDir,
    sha256sums: formatSha256Sums(handedOn),
    localDigests,
  };
}

function errorRow(file: string, reference: string, error: unknown): IdentityRow {
  return { file, reference, verdict: 'error', ok: false, detail: messageOf(error) };
}

/** One local file against one served file. */
async function compare(
  local: LocalFile,
  digests: Digests,
  file: ServedFile,
  source: Source,
  options: IdentityOptions,
  fetched: Digests | undefined,
): Promise<IdentityRow> {
  const reference = source.reference.raw;
  const canonicalize = options.mode === 'canonicalize';
  let algorithm: Algorithm = source.algorithm;
  let remoteHex = file.published[algorithm];
  let remoteFrom: IdentityRow['remoteFrom'] = 'published';
  if (remoteHex === undefined) {
    // Another digest the source publishes (never the case today), else the bytes themselves.
    const other = (Object.keys(file.published) as Algorithm[])[0];
    if (other) {
      algorithm = other;
      remoteHex = file.published[other];
    } else {
      algorithm = 'sha256';
      remoteFrom = file.path ? 'read' : 'downloaded';
      try {
        const remote =
          fetched ?? (await hashServedFile(reference, file, ['sha256'], options.scratch, options.http));
        remoteHex = remote.sha256;
      } catch (error) {
        return errorRow(
          local.name,
          reference,
          error instanceof DigestSourceError ? error : new Error(messageOf(error)),
        );
      }
    }
  }
  const localLabel = digestLabel(algorithm, digests[algorithm]!);
  const remoteLabel = digestLabel(algorithm, remoteHex!);
  const how =
    remoteFrom === 'published'
      ? 'published digest'
      : remoteFrom === 'read'
        ? 'read from the directory'
        : 'downloaded and hashed';
  const note = file.note ? `; ${file.note}` : '';
  if (digests[algorithm] === remoteHex) {
    return {
      file: local.name,
      reference,
      verdict: 'identical',
      ok: true,
      local: localLabel,
      remote: remoteLabel,
      remoteFrom,
      detail: `identical: ${shortLabel(localLabel)} (${how})${note}`,
    };
  }
  return {
    file: local.name,
    reference,
    verdict: 'MISMATCH',
    // In canonicalize the reference's bytes are handed on instead: the mismatch is reported,
    // and is the reason canonicalize exists, not a failure.
    ok: canonicalize,
    local: localLabel,
    remote: remoteLabel,
    remoteFrom,
    detail: `MISMATCH: local ${localLabel}, reference ${remoteLabel} (${how})${canonicalize ? "; the reference's bytes are handed on" : ''}${note}`,
  };
}
