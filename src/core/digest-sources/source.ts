/*
 * The one interface every source of published digests implements (as setup-node adds a
 * distribution: one file per source behind one shape). A source answers, for one reference,
 * which files it serves, with the digest it publishes for each when it publishes one and where
 * the bytes can be downloaded; or that the version is not there yet; or that it is not found.
 *
 * The digests are always the source's own (PyPI's `digests.sha256`, the crates index `cksum`,
 * npm's `dist.integrity`, a release asset's `digest`): a digest computed from a download is
 * only used where the source publishes none, and is marked as such.
 */
import type { Algorithm } from '../digest.js';
import type { Reference } from './reference.js';
import { BaseError } from '../errors.js';

/** One file a source serves. */
export interface ServedFile {
  /** The file name local files are matched against (a basename). */
  name: string;
  /** The digests the source publishes for it, lowercase hex; empty when it publishes none. */
  published: Partial<Record<Algorithm, string>>;
  /** The size the source announces, when it announces one (a short download is then caught early). */
  size?: number;
  /** Where the bytes are: an http(s) URL, or a local path (`dir:`). Absent when the source has no bytes (`sums:`). */
  url?: string;
  path?: string;
  /** The `Authorization` header a download needs (release assets of private repositories). */
  auth?: string;
  /** Other headers a download needs (`Accept: application/octet-stream` for release assets). */
  headers?: Record<string, string>;
  /**
   * The input that chose the server of the bytes (`npm-registry`, `crates-api-url`, `pypi-url`),
   * named when it answers 401/403: package registries are read without credentials.
   */
  input?: string;
  /** Something worth a note in the row (a draft release). */
  note?: string;
  /**
   * Set when the registry marks this version yanked (PyPI `yanked`, the crates index `yanked`):
   * what the row says. A yanked version is refused unless the user opts in (`allow-yanked`).
   */
  yanked?: string;
  /**
   * Set when the source is one that publishes digests but lists none this action accepts for
   * this file (npm's sha1 `shasum` alone, PyPI's md5 alone): why, naming the form found and the
   * form accepted. Such a file is never compared on downloaded bytes and never handed on.
   */
  noAcceptedDigest?: string;
}

/** What a source says about a reference. */
export type Lookup =
  | { state: 'found'; files: ServedFile[] }
  /** Not served yet: may appear later (CDN lag, an upload still propagating). Polled. */
  | { state: 'pending'; detail: string }
  /** Will not appear by waiting (a directory that does not exist). */
  | { state: 'not-found'; detail: string };

/** One source of digests for one reference. */
export interface Source {
  readonly reference: Reference;
  /**
   * The algorithm whose published digest identifies a file here (sha512 for npm, sha256
   * elsewhere): local files are hashed with it, in the same pass as their sha256.
   */
  readonly algorithm: Algorithm;
  /** Whether the source has bytes to hand on (canonicalize); `sums:` has only digests. */
  readonly servesBytes: boolean;
  lookup(): Promise<Lookup>;
}

/**
 * - `UNREADABLE_REFERENCE`: the source could not be read, or said something that cannot be true;
 * - `OUTPUT_DIR_NOT_EMPTY`: canonicalize's output directory holds files this run would not write.
 */
export type DigestSourceCode = 'UNREADABLE_REFERENCE' | 'OUTPUT_DIR_NOT_EMPTY';

/**
 * The source could not be read (malformed JSON, a 5xx storm that outlived the retries, a
 * download that broke off): a failed row naming the reference, never a pass and never a
 * "missing" that a canonicalize could mistake for "not published yet".
 */
export class DigestSourceError extends BaseError<DigestSourceCode> {
  constructor(
    readonly reference: string,
    message: string,
    options?: { cause?: unknown; code?: DigestSourceCode },
  ) {
    super(options?.code ?? 'UNREADABLE_REFERENCE', `${reference}: ${message}`, options);
    this.name = 'DigestSourceError';
  }
}

/** `sha256:<hex>` style label for a digest, used in rows and the report. */
export function digestLabel(algorithm: Algorithm, hex: string): string {
  return `${algorithm}:${hex}`;
}
