import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { resolveInWorkspace } from '../paths.js';

/** GitHub's limit on a release body, in characters. */
export const MAX_BODY_CHARS = 125_000;

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
    if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) {
      file = resolveInWorkspace(input, given, { root: tempRoot });
    }
  }
  file ??= resolveInWorkspace(input, given);
  if (!fs.statSync(file).isFile())
    throw new ConfigurationError(`Input '${input}': '${given}' is not a file.`);
  return file;
}

/**
 * The release body: the notes file, then `append-notes` after a blank line. Without a notes
 * file the appended text goes after the draft's current body. Undefined when neither is given
 * (the draft's body is then left as it is). Over GitHub's limit is a configuration error, found
 * before anything is requested.
 */
export function composeBody(
  notesPath: string | undefined,
  append: string | undefined,
): ((current: string | null) => string) | undefined {
  if (notesPath === undefined && append === undefined) return undefined;
  const notes =
    notesPath === undefined ? undefined : fs.readFileSync(jobFile('notes-path', notesPath), 'utf8');
  const check = (body: string): string => {
    if (body.length > MAX_BODY_CHARS) {
      throw new ConfigurationError(
        `The release body from 'notes-path' and 'append-notes' has ${body.length} characters; GitHub allows ${MAX_BODY_CHARS}.`,
      );
    }
    return body;
  };
  const join = (head: string, tail: string | undefined): string =>
    tail === undefined ? head : head === '' ? tail : `${head.replace(/\n+$/, '')}\n\n${tail}`;
  if (notes !== undefined) {
    const body = check(join(notes, append));
    return () => body;
  }
  return (current) => check(join(current ?? '', append));
}
