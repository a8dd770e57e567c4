/*
 * Values read from a file or the network are quoted before they reach a message: a JSON string
 * (so control characters, new lines and workflow-command sequences are escaped, never echoed raw)
 * cut to a bounded length (a hostile document cannot flood the log or the summary).
 */

/** The longest a quoted value may be, quotes and the cut mark included. */
export const MAX_QUOTED_CHARS = 120;

/** A string as a JSON string of at most `max` characters, cut with `…` inside the quotes; anything else as its JSON, cut likewise. */
export function quote(value: unknown, max = MAX_QUOTED_CHARS): string {
  if (typeof value !== 'string') {
    // A number, a boolean, null or an object reads as its JSON (7, not "7"); undefined as itself.
    let json: string;
    try {
      json = toJson(value) ?? String(value);
    } catch {
      json = String(value); // a BigInt, or an object with a cycle
    }
    return json.length <= max ? json : `${json.slice(0, Math.max(max - 1, 0))}…`;
  }
  const text = value;
  const whole = toJson(text) as string;
  if (whole.length <= max) return whole;
  let out = '"';
  for (const char of text) {
    const escaped = (toJson(char) as string).slice(1, -1);
    if (out.length + escaped.length + 2 > max) break;
    out += escaped;
  }
  return `${out}…"`;
}

/** JSON text with U+2028 and U+2029 escaped too: JSON leaves them raw, and some viewers break lines there. */
function toJson(value: unknown): string | undefined {
  return JSON.stringify(value)?.replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
