/* How undraft's rows and messages show names and digests. */

/** `sha256:<hex>`, as the summary shows a digest. */
export function sha256Label(sha256: string): string {
  return `sha256:${sha256}`;
}

/** Names for a row: quoted, at most `max`, then how many more. */
export function nameList(names: string[], max = 12): string {
  const shown = names.slice(0, max).map((n) => `'${n}'`);
  return names.length > max ? `${shown.join(', ')} and ${names.length - max} more` : shown.join(', ');
}
