/*
 * Values read from a file or the network are quoted before they reach a message: a JSON string
 * (so control characters, new lines and workflow-command sequences are escaped, never echoed raw)
 * cut to a bounded length (a hostile document cannot flood the log or the summary).
 */

/** `value` as a JSON string of at most `max` characters, cut with `…` inside the quotes. */
export function quote(value: unknown, max = 120): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
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
