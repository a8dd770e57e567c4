/*
 * canonicalize's hand-on: the bytes that become canonical in `output-dir`. When the reference
 * serves the version, its files are fetched and checked against its own published digests
 * (a mirror or CDN node serving other bytes is refused, never handed on); when it does not
 * (yet), the local files are copied. Files this run writes are listed, so a run that fails
 * later can take them back.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Algorithm } from '../digest.js';
import { messageOf, messageWithFix } from '../errors.js';
import { quote } from '../quote.js';
import { refusal } from './compare.js';
import { type Digests, fetchServedFile } from './download.js';
import { digestLabel, type IdentityRow, makeRow } from './rows.js';
import { DigestSourceError, type ServedFile, type Source } from './source.js';
import type { IdentityOptions, LocalFile } from './types.js';

export interface HandedOn {
  canonical?: 'local' | 'reference';
  /** Rows of the reference's files that could not be handed on (written here, not by compare). */
  rows: IdentityRow[];
  /** The digests of the reference's files fetched and checked, by name. */
  fetched: Map<string, Digests>;
  files: { name: string; sha256: string }[];
  /** Paths this run wrote into the output directory. */
  written: string[];
}

/**
 * Refuses an output directory holding files this run would not write: a canonical directory
 * holding other files would hand those on too. Never deletes anything that is not its own.
 */
function prepareOutputDir(reference: string, dir: string, names: string[]): void {
  fs.mkdirSync(dir, { recursive: true });
  const expected = new Set(names);
  const strays = fs.readdirSync(dir).filter((n) => !expected.has(n));
  if (strays.length > 0) {
    throw new DigestSourceError(
      reference,
      `output-dir ${dir} already holds other files (${strays
        .slice(0, 5)
        .map((n) => quote(n))
        .join(', ')}${strays.length > 5 ? ', …' : ''}); give an empty directory`,
      { code: 'OUTPUT_DIR_NOT_EMPTY' },
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

/** The reference's files, fetched and checked against its published digests, into `output-dir`. */
async function handOnReference(
  source: Source,
  files: ServedFile[],
  options: IdentityOptions,
  out: HandedOn,
): Promise<void> {
  const reference = source.reference.raw;
  prepareOutputDir(
    reference,
    options.outputDir,
    files.map((f) => f.name),
  );
  for (const file of files) {
    const refused = refusal(file, options);
    if (refused) {
      out.rows.push(
        makeRow({ file: file.name, reference, verdict: 'refused', detail: refused }, options.exactSet),
      );
      continue;
    }
    const dest = path.join(options.outputDir, file.name);
    const published = Object.keys(file.published) as Algorithm[];
    const algorithms = [...new Set<Algorithm>(['sha256', source.algorithm, ...published])];
    let digests: Digests;
    try {
      digests = await fetchServedFile(reference, file, algorithms, dest, options.http);
    } catch (error) {
      // A known failure (a registry's 401/403) carries its fix into the row.
      out.rows.push(
        makeRow(
          { file: file.name, reference, verdict: 'error', detail: messageWithFix(error) },
          options.exactSet,
        ),
      );
      continue;
    }
    out.written.push(dest);
    const wrong = published.find((a) => digests[a] !== file.published[a]);
    if (wrong) {
      // A mirror (or a CDN node) serving bytes that are not the ones the registry published.
      fs.rmSync(dest, { force: true });
      out.rows.push(
        makeRow(
          {
            file: file.name,
            reference,
            verdict: 'MISMATCH',
            remote: digestLabel(wrong, file.published[wrong]!),
            remoteFrom: 'published',
            detail: `the bytes served (${digestLabel(wrong, digests[wrong]!)}) differ from the digest the reference publishes (${digestLabel(wrong, file.published[wrong]!)}): refused, nothing handed on for this file`,
          },
          options.exactSet,
        ),
      );
      continue;
    }
    out.fetched.set(file.name, digests);
    out.files.push({ name: file.name, sha256: digests.sha256! });
  }
}

/**
 * canonicalize's hand-on for its one reference: the reference's bytes when it serves the
 * version, the local files when it does not, nothing when it could not be read (fail closed: an
 * unreadable registry may well hold the version).
 */
export async function handOn(
  locals: LocalFile[],
  localDigests: Map<string, Digests>,
  source: Source,
  served: ServedFile[] | undefined,
  unreadable: boolean,
  options: IdentityOptions,
): Promise<HandedOn> {
  const out: HandedOn = { rows: [], fetched: new Map(), files: [], written: [] };
  try {
    if (served) {
      out.canonical = 'reference';
      await handOnReference(source, served, options, out);
    } else if (!unreadable) {
      // Kept alike on purpose (docs/ARCHITECTURE.md): like handOnReference's loop, but over the local files.
      out.canonical = 'local';
      prepareOutputDir(
        source.reference.raw,
        options.outputDir,
        locals.map((l) => l.name),
      );
      for (const local of locals) {
        const dest = path.join(options.outputDir, local.name);
        if (!sameFile(local.path, dest)) {
          fs.copyFileSync(local.path, dest);
          out.written.push(dest);
        }
        out.files.push({ name: local.name, sha256: localDigests.get(local.path)!.sha256! });
      }
    }
  } catch (error) {
    out.rows.push(
      makeRow(
        { file: '(output-dir)', reference: source.reference.raw, verdict: 'error', detail: messageOf(error) },
        options.exactSet,
      ),
    );
  }
  return out;
}
