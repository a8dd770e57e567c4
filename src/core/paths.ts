import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from './errors.js';

/** The workspace root: `GITHUB_WORKSPACE`, else the current directory. */
export function workspaceRoot(): string {
  return fs.realpathSync(process.env.GITHUB_WORKSPACE || process.cwd());
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  // Only a whole `..` segment leaves the root: a file named `..notes.md` is inside it.
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/**
 * Resolves a user-given path inside the workspace. Refuses `..` escapes, absolute paths
 * outside it and symlinks that lead out of it (checked on the real path), because a release
 * step must only ever read files the workflow put in its own workspace.
 * A path that does not exist is returned unresolved when `mustExist` is false.
 */
export function resolveInWorkspace(
  input: string,
  given: string,
  options: { root?: string; mustExist?: boolean } = {},
): string {
  const root = options.root ?? workspaceRoot();
  if (given.includes('\0'))
    throw new ConfigurationError(`Input '${input}': path '${given}' contains a NUL byte.`, {
      code: 'OUTSIDE_WORKSPACE',
    });
  const resolved = path.resolve(root, given);
  if (!isInside(root, resolved)) {
    throw new ConfigurationError(`Input '${input}': path '${given}' is outside the workspace (${root}).`, {
      code: 'OUTSIDE_WORKSPACE',
    });
  }
  let real: string;
  try {
    real = fs.realpathSync(resolved);
  } catch {
    if (options.mustExist === false) return resolved;
    // Coded, so callers that treat a missing file their own way (a version file) need not
    // recognise it by these words.
    throw new ConfigurationError(`Input '${input}': file '${given}' does not exist.`, {
      code: 'FILE_NOT_FOUND',
    });
  }
  if (!isInside(root, real)) {
    throw new ConfigurationError(
      `Input '${input}': path '${given}' leads outside the workspace through a symbolic link (to ${real}).`,
      { code: 'OUTSIDE_WORKSPACE' },
    );
  }
  return real;
}

/** A path relative to the workspace, with forward slashes, for messages and annotations. */
export function displayPath(absolute: string, root = workspaceRoot()): string {
  const rel = path.relative(root, absolute);
  return isInside(root, absolute) ? rel.split(path.sep).join('/') : absolute;
}
