/**
 * A value read from a file or the network, as a message shows it: JSON-quoted (so control
 * characters, quotes and raw bytes read as escapes, never as log commands or layout) and cut to
 * 120 characters, so a hostile or broken input cannot flood a log or a summary.
 */
export function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
