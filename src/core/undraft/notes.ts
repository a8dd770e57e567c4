import { ConfigurationError } from '../errors.js';
import { MAX_BODY_CHARS, readJobText } from '../release/notes.js';

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
  const notes = notesPath === undefined ? undefined : readJobText('notes-path', notesPath);
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
