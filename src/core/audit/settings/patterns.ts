/*
 * Tag patterns against tag patterns: whether every tag one pattern accepts is accepted by another.
 * Three syntaxes meet here and agree on what is used: GitHub's workflow filter patterns
 * (`on.push.tags`, the `tag-pattern` input: `*` stops at `/`, `**` crosses it, `?` and `+`
 * repeat the character before, `[]` a class) and the `fnmatch` patterns of rulesets and
 * deployment policies (`*` stops at `/` under FNM_PATHNAME, `**` crosses it). Deciding inclusion
 * of two arbitrary patterns is more than an audit needs, so the answer is conservative: `true`
 * only when it is certain (the same pattern, or an outer `PREFIX*` / `PREFIX**` whose prefix is a
 * prefix of everything the inner accepts), `false` otherwise, and the row says which pattern to
 * write. A false "not covered" costs a clearer pattern; a false "covered" would pass an open tag.
 */

const SPECIAL = /[*?+[\]!\\]/;

/** The characters every name a pattern accepts begins with. */
export function literalPrefix(pattern: string): string {
  const at = pattern.search(SPECIAL);
  return at < 0 ? pattern : pattern.slice(0, at);
}

/** Whether the pattern can produce a `/` (where it holds one, `**`, a negated class or a class with `/`, or an escape). */
function mayHoldSlash(pattern: string): boolean {
  if (pattern.includes('/') || pattern.includes('**') || pattern.includes('\\')) return true;
  for (const m of pattern.matchAll(/\[([^\]]*)\]/g)) {
    if (m[1].startsWith('!') || m[1].startsWith('^') || m[1].includes('/')) return true;
  }
  return false;
}

/**
 * Whether every name `inner` accepts is accepted by `outer` (both in the syntaxes above; a
 * leading `!`, a negation in a filter list, is never covered). Conservative: see above.
 */
export function patternCovers(outer: string, inner: string): boolean {
  if (outer.startsWith('!') || inner.startsWith('!')) return false;
  // The same pattern, written only with literals, `*` and `**` (the syntaxes differ on `?` and `+`).
  if (outer === inner && !/[?+[\]\\]/.test(inner)) return true;
  const wildcard = /^([^*?+[\]!\\]*)(\*\*?)$/.exec(outer);
  if (!wildcard) return !SPECIAL.test(outer) && outer === inner;
  const [, prefix, star] = wildcard;
  if (!literalPrefix(inner).startsWith(prefix)) return false;
  if (star === '**') return true;
  return !mayHoldSlash(inner.slice(prefix.length));
}

/**
 * Whether two patterns may accept a common name: conservative the other way (true when unsure),
 * for excludes, which must not take away any tag the release pattern accepts.
 */
export function patternsMayOverlap(a: string, b: string): boolean {
  const la = literalPrefix(a);
  const lb = literalPrefix(b);
  if (!SPECIAL.test(a) && !SPECIAL.test(b)) return a === b;
  return la.startsWith(lb) || lb.startsWith(la);
}

/** The checks on a `tag-pattern` value; undefined when it is usable. */
export function tagPatternProblem(input: string, value: string): string | undefined {
  if (value.trim() === '' || value !== value.trim() || value.startsWith('!') || /\s/.test(value))
    return `Input '${input}' must be one tag pattern in GitHub's filter syntax (such as 'v*' or 'v[0-9]+.[0-9]+.[0-9]+'), without spaces or a leading '!', got '${value}'.`;
  return undefined;
}
