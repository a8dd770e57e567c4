/*
 * Release notes: the file a release body comes from. stage-release sets it on the draft it
 * creates; undraft sets it when it publishes. Both read it through `readJobText`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { resolveInWorkspace } from '../paths.js';

/** GitHub's limit on a release body, in characters. */
export const MAX_BODY_CHARS = 125_000;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file the job itself wrote: inside the workspace, or inside RUNNER_TEMP, where
 * tag-semver-guard writes its `release-notes-path` (anything else is refused, and symbolic
 * links out of those directories too).
 */
export function jobFile(input: string, given: string): string {
  const runnerTemp = process.env.RUNNER_TEMP;
  let file: string | undefined;
  if (runnerTemp && path.isAbsolute(given) && fs.existsSync(runnerTemp)) {
    const tempRoot = fs.realpathSync(runnerTemp);
    const rel = path.relative(tempRoot, path.resolve(given));
    const outside = rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
    if (rel !== '' && !outside) file = resolveInWorkspace(input, given, { root: tempRoot });
  }
  file ??= resolveInWorkspace(input, given);
  if (!fs.statSync(file).isFile())
    throw new ConfigurationError(`Input '${input}': '${given}' is not a file.`);
  return file;
}

/**
 * The text of a job file, which must be UTF-8: a release body is text, and bytes that are not
 * UTF-8 would reach GitHub as replacement characters, notes nobody wrote.
 */
export function readJobText(input: string, given: string): string {
  const bytes = fs.readFileSync(jobFile(input, given));
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new ConfigurationError(`Input '${input}': '${given}' is not UTF-8 text; a release body must be.`);
  }
}

/** The body from `notes-path` for a new draft, or undefined when the input is not set. */
export function readNotes(notesPath: string | undefined): string | undefined {
  if (notesPath === undefined) return undefined;
  const body = readJobText('notes-path', notesPath);
  if (body.length > MAX_BODY_CHARS) {
    throw new ConfigurationError(
      `Input 'notes-path': '${notesPath}' has ${body.length} characters; GitHub allows ${MAX_BODY_CHARS} in a release body.`,
    );
  }
  return body;
}
