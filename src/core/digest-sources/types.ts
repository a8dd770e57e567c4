/* The shapes byte-identity's comparison takes and gives (identity.ts composes the steps). */
import type { HttpOptions } from '../http/fetch.js';
import type { Digests } from './download.js';
import type { Mode } from './reference.js';
import type { IdentityRow } from './rows.js';
import type { PollOptions } from './poll.js';

/** A local file: its basename (what it is matched by) and where it is. */
export interface LocalFile {
  name: string;
  path: string;
  /** Workspace-relative, for messages. */
  display: string;
}

/** What each reference said. */
export interface ReferenceState {
  reference: string;
  state: 'found' | 'pending' | 'not-found' | 'error';
  detail: string;
  files: number;
  polls: number;
}

export interface IdentityOptions extends PollOptions {
  mode: Mode;
  exactSet: boolean;
  /** Accept a version its registry marks yanked (PyPI, crates.io); refused otherwise. */
  allowYanked: boolean;
  /** Where canonicalize puts the files it hands on. */
  outputDir: string;
  /** A private directory for downloads that are hashed and deleted. */
  scratch: string;
  /** Tries, waits and the request timeout of the downloads (as of the metadata reads). */
  http?: HttpOptions;
}

export interface IdentityResult {
  rows: IdentityRow[];
  references: ReferenceState[];
  /** True only when every local file is identical in every reference and nothing is missing. */
  identical: boolean;
  /** True when every row passed: the run succeeds. */
  ok: boolean;
  /** canonicalize only, and only when the run succeeded: whose bytes were handed on. */
  canonical?: 'local' | 'reference';
  canonicalDir?: string;
  /**
   * SHA256SUMS of the files handed on (the local files, or in canonicalize the canonical ones);
   * empty when the run failed: no checksum file for bytes nobody proved.
   */
  sha256sums: string;
  /** Per local file, its digests (hex). */
  localDigests: Map<string, Digests>;
}
