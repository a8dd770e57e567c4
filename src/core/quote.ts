/*
 * Values read from a file or the network are quoted before they reach a message: a JSON string
 * (so control characters, new lines and workflow-command sequences are escaped, never echoed raw)
 * cut to a bounded length (a hostile document cannot flood the log or the summary).
 */

/** A string as a JSON string of at most `max` characters, cut with `…` inside the quotes; anything else as its JSON, cut likewise. */
export function quote(value: unknown, max = 120): string {
  if (typeof value !== 'string') {
    // A number, a boolean, null or an object reads as its JSON (7, not "7"); undefined as itself.
    const json = JSON.stringify(value) ?? String(value);
    return json.length <= max ? json : `${json.slice(0, Math.max(max - 1, 0))}…`;
  }
  const text = value;
  const whole = JSON.stringify(text);
  if (whole.length <= max) return whole;
  let out = '"';
  for (const char of text) {
    const escaped = JSON.stringify(char).slice(1, -1);
    if (out.length + escaped.length + 2 > max) break;
    out += escaped;
  }
  return `${out}…"`;
}
