/*
 * GitHub's filter patterns for branches and tags, as the "Filter pattern cheat sheet" of
 * "Workflow syntax for GitHub Actions" (docs.github.com) defines them:
 * - `*` matches zero or more characters but not `/`; `**` zero or more of any character;
 * - `+` one or more of the preceding character;
 * - `?` zero or one of the preceding character (earlier versions of the page said "zero or one
 *   single character": both readings are kept, and a name must match under both to count);
 * - `[]` one character listed or in a range (`a-z`, `A-Z`, `0-9`);
 * - `!` at the start negates the pattern; `\` escapes a special character.
 * What `tag-trigger` needs is "P is `tag-pattern` or narrower", decided soundly: only what can be
 * proved counts (equal text; a P without wildcards that `tag-pattern` matches; or a
 * `tag-pattern` that is a literal prefix and one trailing `*`/`**`, and a P that starts with that
 * prefix and whose rest can never produce what the wildcard cannot match). Anything else is
 * "not proved narrower", which the check reports.
 */
import { ConfigurationError } from '../../errors.js';
import { quote } from '../../quote.js';

type Token =
  | { kind: 'literal'; char: string }
  | { kind: 'star' }
  | { kind: 'globstar' }
  | { kind: 'class'; body: string; chars: string[] }
  | { kind: 'optional' }
  | { kind: 'plus' };

/** The tokens of a pattern (without its leading `!`), or a problem in words. */
export function tokenize(pattern: string): Token[] | string {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      if (i + 1 >= pattern.length) return 'ends with a lone `\\`';
      tokens.push({ kind: 'literal', char: pattern[++i] });
    } else if (c === '*') {
      if (pattern[i + 1] === '*') {
        tokens.push({ kind: 'globstar' });
        i++;
      } else tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'optional' });
    else if (c === '+') tokens.push({ kind: 'plus' });
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) return 'has a `[` without its `]`';
      const body = pattern.slice(i + 1, end);
      if (body === '') return 'has an empty `[]`';
      const chars: string[] = [];
      for (let j = 0; j < body.length; j++) {
        if (body[j + 1] === '-' && j + 2 < body.length) {
          const from = body.charCodeAt(j);
          const to = body.charCodeAt(j + 2);
          if (to < from) return `has a backwards range ${quote(body.slice(j, j + 3))}`;
          for (let k = from; k <= to; k++) chars.push(String.fromCharCode(k));
          j += 2;
        } else chars.push(body[j]);
      }
      tokens.push({ kind: 'class', body, chars });
      i = end;
    } else tokens.push({ kind: 'literal', char: c });
  }
  return tokens;
}

// With the `u` flag an escape must be one the syntax knows: `\-` is one only inside a class.
const escapeChar = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const escapeClassChar = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** A regular expression for the tokens; `?` read as GitHub's page reads it now, or as before. */
function toRegExp(tokens: Token[], question: 'preceding' | 'single'): RegExp {
  const atoms: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'literal') atoms.push(escapeChar(token.char));
    else if (token.kind === 'star') atoms.push('[^/]*');
    else if (token.kind === 'globstar') atoms.push('[\\s\\S]*');
    else if (token.kind === 'class') atoms.push(`[${token.chars.map(escapeClassChar).join('')}]`);
    else if (token.kind === 'plus' || (token.kind === 'optional' && question === 'preceding')) {
      const last = atoms.pop();
      const quantifier = token.kind === 'plus' ? '+' : '?';
      atoms.push(last === undefined ? escapeChar(quantifier) : `(?:${last})${quantifier}`);
    } else atoms.push('[\\s\\S]?');
  }
  return new RegExp(`^${atoms.join('')}$`, 'u');
}

/** Whether `name` matches `pattern` (no negation) under every reading of the cheat sheet. */
export function filterMatches(pattern: string, name: string): boolean {
  const tokens = tokenize(pattern);
  if (typeof tokens === 'string') return false;
  return toRegExp(tokens, 'preceding').test(name) && toRegExp(tokens, 'single').test(name);
}

/** The problems of a `tag-pattern` input (none when it is usable). */
export function tagPatternProblems(pattern: string): string[] {
  if (pattern.trim() === '')
    return ['tag-pattern is empty; write the release tags as `on.push.tags` does, e.g. `v*`.'];
  if (pattern.startsWith('!'))
    return [`tag-pattern ${quote(pattern)} is a negation; write the tags a release accepts, e.g. \`v*\`.`];
  const tokens = tokenize(pattern);
  if (typeof tokens === 'string')
    return [
      `tag-pattern ${quote(pattern)} ${tokens}; write a filter pattern (\`*\`, \`**\`, \`?\`, \`+\`, \`[]\`), e.g. \`v*\`.`,
    ];
  return [];
}

/** Throws a ConfigurationError naming `tag-pattern` when it is not a usable pattern. */
export function requireTagPattern(pattern: string): void {
  const problems = tagPatternProblems(pattern);
  if (problems.length > 0) throw new ConfigurationError(problems);
}

/** Whether every name `narrow` matches is one `wide` matches, as far as can be proved. */
export function isNarrower(narrow: string, wide: string): boolean {
  if (narrow === wide) return true;
  const n = tokenize(narrow);
  const w = tokenize(wide);
  if (typeof n === 'string' || typeof w === 'string') return false;
  if (n.every((t) => t.kind === 'literal')) return filterMatches(wide, n.map((t) => t.char).join(''));
  // `wide` = literal prefix + one trailing `*` or `**`.
  const last = w[w.length - 1];
  const prefix = w.slice(0, -1);
  if (!last || (last.kind !== 'star' && last.kind !== 'globstar')) return false;
  if (!prefix.every((t) => t.kind === 'literal')) return false;
  if (n.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    const a = n[i];
    const b = prefix[i] as { kind: 'literal'; char: string };
    if (a.kind !== 'literal' || a.char !== b.char) return false;
  }
  // A quantifier right after the prefix would apply to the prefix's last character.
  const rest = n.slice(prefix.length);
  if (rest[0]?.kind === 'plus' || rest[0]?.kind === 'optional') return false;
  if (last.kind === 'globstar') return true;
  // `*` never matches `/`: the rest must never produce one. `?` is left out (one reading of it
  // matches any character).
  return rest.every(
    (t) =>
      (t.kind === 'literal' && t.char !== '/') ||
      t.kind === 'star' ||
      t.kind === 'plus' ||
      (t.kind === 'class' && !t.chars.includes('/')),
  );
}
