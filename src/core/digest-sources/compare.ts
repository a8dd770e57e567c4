/*
 * Every local file against one reference's files, each comparison a row. The reference's own
 * published digest is used wherever it publishes one; only where it publishes none (a URL, a
 * directory, a release asset with a null digest) are its bytes downloaded or read, hashed and
 * discarded. A registry that publishes digests but none this action accepts is refused for that
 * file, never compared on downloaded bytes.
 */
import type { Algorithm } from '../digest.js';
import { messageWithFix } from '../errors.js';
import { quote } from '../quote.js';
import { type Digests, hashServedFile } from './download.js';
import { digestLabel, type IdentityRow, makeRow, readableLabel } from './rows.js';
import type { ServedFile, Source } from './source.js';
import type { IdentityOptions, LocalFile, ReferenceState } from './types.js';

/**
 * Why a served file is not to be compared or handed on, or undefined when it may be: a version
 * its registry yanked (unless `allow-yanked`), or no digest this action accepts.
 */
export function refusal(file: ServedFile, options: Pick<IdentityOptions, 'allowYanked'>): string | undefined {
  if (file.noAcceptedDigest) return file.noAcceptedDigest;
  if (file.yanked && !options.allowYanked) {
    return `${file.yanked}: its publisher withdrew it, so it is refused (set allow-yanked: true to compare against a yanked version)`;
  }
  return undefined;
}

/** The rows of every local file against one reference (and, for `exact-set`, the reverse). */
export async function compareReference(
  source: Source,
  state: ReferenceState,
  files: ServedFile[] | undefined,
  locals: LocalFile[],
  localDigests: Map<string, Digests>,
  options: IdentityOptions,
  /** canonicalize's first reference: the files it fetched (their rows are written here) and those it could not. */
  handedOn?: { fetched: Map<string, Digests>; skip: Set<string> },
): Promise<IdentityRow[]> {
  const reference = source.reference.raw;
  const row = (fields: Omit<IdentityRow, 'ok' | 'reference'>) =>
    makeRow({ ...fields, reference }, options.exactSet);
  const canonicalize = options.mode === 'canonicalize';
  if (state.state === 'error')
    return [row({ file: '(all)', verdict: 'error', detail: `could not be read: ${state.detail}` })];
  if (!files) {
    // Not served (yet). In canonicalize that is the "hand on the local files" branch.
    const asked = state.polls > 1 ? ` (asked ${state.polls} times)` : '';
    return locals.map((local) =>
      row({
        file: local.name,
        verdict: canonicalize ? 'not published: the local file was handed on' : 'missing in the reference',
        local: digestLabel('sha256', localDigests.get(local.path)!.sha256!),
        detail: `${state.detail}${asked}${canonicalize ? '; the local file is handed on' : ''}`,
      }),
    );
  }
  const rows: IdentityRow[] = [];
  for (const local of locals) {
    const digests = localDigests.get(local.path)!;
    const file = files.find((f) => f.name === local.name);
    if (!file) {
      const names = files.length === 0 ? 'none' : files.map((f) => quote(f.name)).join(', ');
      rows.push(
        row({
          file: local.name,
          verdict: 'missing in the reference',
          local: digestLabel('sha256', digests.sha256!),
          detail: `${reference} serves no file named ${local.name} (it serves ${names})`,
        }),
      );
      continue;
    }
    if (handedOn?.skip.has(file.name)) continue; // its row was written by the hand-on
    rows.push(await compare(local, digests, file, source, options, handedOn?.fetched.get(file.name)));
  }
  const localNames = new Set(locals.map((l) => l.name));
  for (const file of files) {
    if (localNames.has(file.name)) continue;
    const published = file.published[source.algorithm];
    rows.push(
      row({
        file: file.name,
        verdict: 'missing locally',
        remote: published ? digestLabel(source.algorithm, published) : undefined,
        remoteFrom: published ? 'published' : undefined,
        detail: `${reference} serves ${quote(file.name)}, which no local file matches${options.exactSet ? ' (exact-set)' : ''}`,
      }),
    );
  }
  return rows;
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
  const row = (fields: Omit<IdentityRow, 'ok' | 'reference' | 'file'>) =>
    makeRow({ ...fields, file: local.name, reference }, options.exactSet);
  const refused = refusal(file, options);
  if (refused) return row({ verdict: 'refused', detail: refused });
  const canonicalize = options.mode === 'canonicalize';
  let algorithm: Algorithm = source.algorithm;
  let remoteHex = file.published[algorithm];
  let remoteFrom: IdentityRow['remoteFrom'] = 'published';
  if (remoteHex === undefined) {
    // A source that publishes no digest at all (a URL, a directory, an asset uploaded before
    // GitHub computed digests): its bytes are the evidence. Registries that publish digests
    // never get here without one: the source marked the file `noAcceptedDigest`.
    algorithm = 'sha256';
    remoteFrom = file.path ? 'read' : 'downloaded';
    try {
      const remote =
        fetched ?? (await hashServedFile(reference, file, ['sha256'], options.scratch, options.http));
      remoteHex = remote.sha256;
    } catch (error) {
      // A known failure (a registry's 401/403) carries its fix into the row.
      return row({ verdict: 'error', detail: messageWithFix(error) });
    }
  }
  const localLabel = digestLabel(algorithm, digests[algorithm]!);
  const remoteLabel = digestLabel(algorithm, remoteHex!);
  const how = {
    published: 'published digest',
    read: 'read from the directory',
    downloaded: 'downloaded and hashed',
  }[remoteFrom];
  const notes = [file.note, file.yanked ? `${file.yanked}, accepted (allow-yanked)` : undefined]
    .filter((n) => n !== undefined)
    .map((n) => `; ${n}`)
    .join('');
  if (digests[algorithm] === remoteHex) {
    return row({
      verdict: 'identical',
      local: localLabel,
      remote: remoteLabel,
      remoteFrom,
      detail: `identical: ${readableLabel(localLabel)} (${how})${notes}`,
    });
  }
  const npmForm =
    algorithm === 'sha512'
      ? `; as npm shows them: local ${readableLabel(localLabel)}, reference ${readableLabel(remoteLabel)}`
      : '';
  // In canonicalize the reference's bytes are handed on instead: the difference is reported
  // and is the reason canonicalize exists, so its verdict says so rather than "MISMATCH".
  return row({
    verdict: canonicalize ? 'differs: the reference bytes were handed on' : 'MISMATCH',
    local: localLabel,
    remote: remoteLabel,
    remoteFrom,
    detail: canonicalize
      ? `differs: local ${localLabel}, reference ${remoteLabel} (${how})${npmForm}; the reference's bytes are handed on${notes}`
      : `MISMATCH: local ${localLabel}, reference ${remoteLabel} (${how})${npmForm}${notes}`,
  });
}
