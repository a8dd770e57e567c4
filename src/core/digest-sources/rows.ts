/*
 * byte-identity's rows: one per local file and reference. A row's `ok` is derived from its
 * verdict by one function, so the summary's pass/fail column, the digest table's verdict and
 * the failure message can never disagree (a "✅ pass" beside "MISMATCH" was possible when each
 * was set on its own).
 */
import type { Algorithm } from '../digest.js';

/**
 * What one comparison found. In canonicalize, a local file that differs from the reference (or
 * is not published yet) is not a mismatch: its verdict says which bytes were handed on.
 */
export type FileVerdict =
  | 'identical'
  | 'MISMATCH'
  | 'differs: the reference bytes were handed on'
  | 'missing in the reference'
  | 'not published: the local file was handed on'
  | 'missing locally'
  /** The reference serves the file, but under terms this run does not accept (yanked, no accepted digest). */
  | 'refused'
  | 'error';

/** One comparison: a file and a reference. */
export interface IdentityRow {
  file: string;
  reference: string;
  verdict: FileVerdict;
  /** Derived from `verdict` by {@link passes}; never set on its own. */
  ok: boolean;
  local?: string;
  remote?: string;
  /** How the reference's digest was obtained. */
  remoteFrom?: 'published' | 'downloaded' | 'read';
  detail: string;
}

/** Whether a verdict passes. `missing locally` fails only with `exact-set`. */
export function passes(verdict: FileVerdict, exactSet: boolean): boolean {
  switch (verdict) {
    case 'identical':
    case 'differs: the reference bytes were handed on':
    case 'not published: the local file was handed on':
      return true;
    case 'missing locally':
      return !exactSet;
    case 'MISMATCH':
    case 'missing in the reference':
    case 'refused':
    case 'error':
      return false;
  }
}

/** A row, its `ok` derived from its verdict. */
export function makeRow(fields: Omit<IdentityRow, 'ok'>, exactSet: boolean): IdentityRow {
  return { ...fields, ok: passes(fields.verdict, exactSet) };
}

/** `sha256:<hex>` style label for a digest, used in rows and the report. */
export function digestLabel(algorithm: Algorithm, hex: string): string {
  return `${algorithm}:${hex}`;
}

/** Short form of a digest label for table cells; the report JSON keeps the whole value. */
export function shortLabel(label: string | undefined): string {
  if (!label) return '—';
  const [algorithm, hex] = label.split(':');
  return `${algorithm}:${hex.slice(0, 12)}…`;
}

/**
 * A sha512 label as npm shows it: the Subresource Integrity string of `dist.integrity` and
 * `package-lock.json` (`sha512-<base64>`), or undefined for any other algorithm.
 */
export function integrityOf(label: string | undefined): string | undefined {
  if (!label?.startsWith('sha512:')) return undefined;
  return `sha512-${Buffer.from(label.slice('sha512:'.length), 'hex').toString('base64')}`;
}

/** A label for a row's detail: sha512 in npm's form with the hex beside it, others as they are. */
export function readableLabel(label: string): string {
  const integrity = integrityOf(label);
  return integrity ? `${integrity} (${shortLabel(label)})` : shortLabel(label);
}
