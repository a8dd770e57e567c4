/*
 * Byte identity: every local file matched by name against every reference, each comparison a
 * row (compare.ts), and in canonicalize the right bytes handed on (hand-on.ts). Each local file
 * is read once, for every digest any reference needs of it.
 *
 * Fail closed throughout: no local file is a failure, never a pass over nothing; a reference
 * that cannot be read is a failed row naming it (never "missing", which canonicalize would take
 * as "not published yet"); a mismatch is a verdict and is never retried; only "not there yet" is
 * polled, until `propagation-timeout`. A run that fails hands nothing on: the files it wrote
 * into `output-dir` are removed and it reports no canonical set and no SHA256SUMS.
 */
import * as fs from 'node:fs';
import { type Algorithm, hashFilesSync } from '../digest.js';
import { compareReference } from './compare.js';
import type { Digests } from './download.js';
import { handOn, type HandedOn } from './hand-on.js';
import { poll } from './poll.js';
import { type IdentityRow, makeRow } from './rows.js';
import type { Source } from './source.js';
import { formatSha256Sums } from './sums.js';
import type { IdentityOptions, IdentityResult, LocalFile, ReferenceState } from './types.js';

/** Compares the local files with every source, and in canonicalize hands the right bytes on. */
export async function checkByteIdentity(
  locals: LocalFile[],
  sources: Source[],
  options: IdentityOptions,
): Promise<IdentityResult> {
  if (locals.length === 0) {
    // Zero files compared is no evidence at all: a failure in both modes, before any request.
    const detail = 'no local file is selected; nothing would be compared or handed on';
    const row = makeRow({ file: '(files)', reference: '(all)', verdict: 'error', detail }, options.exactSet);
    return failed([row], [], new Map());
  }

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
      if (!file) return;
      for (const a of Object.keys(file.published) as Algorithm[]) algorithms.add(a);
      algorithms.add(source.algorithm);
    });
    plan.set(local.path, [...algorithms]);
  }
  const localDigests = hashFilesSync(plan) as Map<string, Digests>;

  // 3. canonicalize: its one reference's bytes (checked against its own published digests) or
  // the local files go to output-dir first, so the comparison below reuses their digests.
  let handed: HandedOn | undefined;
  if (options.mode === 'canonicalize') {
    handed = await handOn(
      locals,
      localDigests,
      sources[0],
      served[0],
      looked[0].lookup.state === 'error',
      options,
    );
  }
  const rows: IdentityRow[] = [...(handed?.rows ?? [])];

  // 4. Every local file against every reference.
  for (const [i, source] of sources.entries()) {
    const first =
      handed && i === 0
        ? { fetched: handed.fetched, skip: new Set(handed.rows.map((r) => r.file)) }
        : undefined;
    rows.push(
      ...(await compareReference(source, references[i], served[i], locals, localDigests, options, first)),
    );
  }

  const ok = rows.every((r) => r.ok);
  if (!ok) {
    for (const file of handed?.written ?? []) fs.rmSync(file, { force: true });
    return failed(rows, references, localDigests);
  }
  const identical =
    rows.every((r) => r.verdict === 'identical' || r.verdict === 'missing locally') &&
    rows.some((r) => r.verdict === 'identical');
  const files =
    handed?.files ?? locals.map((l) => ({ name: l.name, sha256: localDigests.get(l.path)!.sha256! }));
  return {
    rows,
    references,
    identical,
    ok,
    canonical: handed?.canonical,
    canonicalDir: handed ? options.outputDir : undefined,
    sha256sums: formatSha256Sums(files),
    localDigests,
  };
}

/** A failed run's result: not identical, nothing handed on. */
function failed(
  rows: IdentityRow[],
  references: ReferenceState[],
  localDigests: Map<string, Digests>,
): IdentityResult {
  return { rows, references, identical: false, ok: false, sha256sums: '', localDigests };
}
