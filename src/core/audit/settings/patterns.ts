/*
 * The settings checks' tag patterns, over the workflow lint's filter patterns
 * (workflow/filter-pattern.ts: one reading of GitHub's filter syntax for both halves of the
 * audit). Rulesets and deployment policies write `fnmatch` patterns instead (FNM_PATHNAME: `*`
 * stops at `/`, `**` crosses it, `?` is any one character), which agree with the filter syntax
 * only on literals, `*` and `**`; a pattern using anything else is never taken as covering or
 * covered here (the row then asks for a plainer pattern), so no syntax gap can pass an open tag.
 */
import { isNarrower } from '../workflow/filter-pattern.js';

const SPECIAL = /[*?+[\]!\\]/;
/** fnmatch characters whose meaning differs from the filter syntax. */
const FNMATCH_ONLY = /[?+[\]!\\]/;

/** Whether every tag `tagPattern` (filter syntax) accepts is matched by the fnmatch pattern `rule`. */
export function fnmatchCovers(rule: string, tagPattern: string): boolean {
  return !FNMATCH_ONLY.test(rule) && isNarrower(tagPattern, rule);
}

/** Whether every tag the fnmatch pattern `rule` matches is accepted by `tagPattern` (filter syntax). */
export function fnmatchWithin(rule: string, tagPattern: string): boolean {
  return !FNMATCH_ONLY.test(rule) && isNarrower(rule, tagPattern);
}

/** The characters every name a pattern accepts begins with. */
function literalPrefix(pattern: string): string {
  const at = pattern.search(SPECIAL);
  return at < 0 ? pattern : pattern.slice(0, at);
}

/**
 * Whether two patterns may accept a common name: conservative the other way (true when unsure),
 * for a ruleset's excludes, which must not take away any tag the release pattern accepts. Only
 * two literal prefixes that part (`nightly-*` and `v*`) prove the two apart.
 */
export function patternsMayOverlap(a: string, b: string): boolean {
  if (!SPECIAL.test(a) && !SPECIAL.test(b)) return a === b;
  const la = literalPrefix(a);
  const lb = literalPrefix(b);
  return la.startsWith(lb) || lb.startsWith(la);
}
