/*
 * One case of the bad-input corpus (corpus.ts runs them; corpus-image-audit.ts and corpus.ts
 * declare them).
 */
import type { World } from './harness.js';

export interface BadInput {
  id: string;
  action: string;
  category: string;
  inputs: Record<string, string>;
  /** Raw INPUT_* variables (a misspelled `with:` key arrives this way). */
  env?: Record<string, string>;
  files?: Record<string, string | Buffer>;
  /** Workspace path → target, for symlinks out of the workspace (`@outside` is a file outside). */
  symlinks?: Record<string, string>;
  /** Sparse files: workspace path → size. */
  sparse?: Record<string, number>;
  /** The error must name one of these (the input, or the value given). */
  names: string[];
  /** Runs before the step (e.g. signing a file whose bundle is then damaged). */
  prepare?: (world: World) => Promise<void>;
}
