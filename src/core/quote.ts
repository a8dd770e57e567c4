/*
 * How a message shows a value read from a file or the network: quoted as JSON (control
 * characters, quotes and escape sequences made visible) and cut short, so a hostile or binary
 * value can neither forge a log line or workflow command nor flood a summary.
 */

/** The longest piece of a foreign value a message quotes. */
export const MAX_QUOTED_CHARS = 120;

/**
 * `value` as a JSON string literal of at most {@link MAX_QUOTED_CHARS} characters of it (then
 * `…`). JSON leaves U+2028 and U+2029 raw, and some viewers break lines there: escaped too.
 */
export function quote(value: string, max = MAX_QUOTED_CHARS): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value).replace(
    /[\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
}
