/*
 * Release notes: the file a release body comes from. stage-release sets it on the draft it
 * creates; undraft sets it when it publishes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { resolveInWorkspace } from '../paths.js';

/** GitHub's limit on a release body, in characters. */
const MAX_BODY_CHARS = 125_000;

/**
 * The notes file: inside the workspace, or inside RUNNER_TEMP, where tag-semver-guard writes
 * its `release-notes-path` (both are the job's own directories; anything else is refused).
 */
function notesFile(notesPath: string): string {
  const runnerTemp = process.env.RUNNER_TEMP;
  if (runnerTemp && path.isAbsolute(notesPath) && fs.existsSync(runnerTemp)) {
    const tempRoot = fs.realpathSync(runnerTemp);
    const rel = path.relative(tempRoot, path.resolve(notesPath));
    if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) {
      return resolveInWorkspace('notes-path', notesPath, { root: tempRoot });
    }
  }
  return resolveInWorkspace('notes-path', notesPath);
}

export function readNotes(notesPath: string | undefined): string | undefined {
  if (notesPath === undefined) return undefined;
  const file = notesFile(notesPath);
  if (!fs.statSync(file).isFile())
    throw new ConfigurationError(`Input 'notes-path': '${notesPath}' is not a file.`);
  const body = fs.readFileSync(file, 'utf8');
  if (body.length > MAX_BODY_CHARS) {
    throw new ConfigurationError(
      `Input 'notes-path': '${notesPath}' has ${body.length} characters; GitHub allows ${MAX_BODY_CHARS} in a release body.`,
    );
  }
  return body;
}
