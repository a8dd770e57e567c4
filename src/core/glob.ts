/*
 * Globbing, in one place: the file patterns of the inputs (`files`, `sbom`: one a line, `!`
 * excludes, expanded inside the workspace with Node's own fs.glob) and the globs over asset
 * names (undraft's `expected-assets`). Every action that takes file patterns and every check
 * that matches names against globs goes through here, so a pattern means the same everywhere.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError, messageOf } from './errors.js';
import { resolveInWorkspace } from './paths.js';

/**
 * The files the patterns select (`!pattern` lines exclude), absolute, sorted and de-duplicated,
 * with every problem: each include pattern that matches no regular file, and each that reaches
 * outside the workspace (checked on the pattern's literal prefix as well as on every match, so
 * a symbolic link out is caught too). Each pattern is checked on its own so that all of them
 * are reported at once. A caller decides what zero includes mean.
 */
export function selectFiles(
  input: string,
  patterns: readonly string[],
  root: string,
): { files: string[]; problems: ConfigurationError[] } {
  const excluded = new Set<string>();
  for (const pattern of patterns.filter((p) => p.startsWith('!'))) {
    for (const hit of fs.globSync(pattern.slice(1), { cwd: root })) excluded.add(path.resolve(root, hit));
  }
  const found = new Set<string>();
  const problems: ConfigurationError[] = [];
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    try {
      const hits = matchPattern(input, pattern, excluded, root);
      if (hits.length === 0) {
        problems.push(
          new ConfigurationError(`Input '${input}': pattern '${pattern}' matches no file.`, {
            code: 'NO_MATCHING_FILE',
          }),
        );
      }
      for (const hit of hits) found.add(hit);
    } catch (error) {
      problems.push(
        error instanceof ConfigurationError
          ? error
          : new ConfigurationError(messageOf(error), { cause: error }),
      );
    }
  }
  return { files: [...found].sort(), problems };
}

/** Regular files inside `root` that `pattern` matches, less the excluded ones (absolute paths). */
function matchPattern(input: string, pattern: string, excluded: ReadonlySet<string>, root: string): string[] {
  if (path.isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
    resolveInWorkspace(input, pattern.replace(/[*?[{].*$/, '') || '.', { root, mustExist: false });
  }
  const out: string[] = [];
  for (const hit of fs.globSync(pattern, { cwd: root })) {
    const absolute = path.resolve(root, hit);
    if (excluded.has(absolute)) continue;
    const real = resolveInWorkspace(input, absolute, { root });
    if (fs.statSync(real).isFile()) out.push(absolute);
  }
  return out;
}

/**
 * A glob over one asset name as a whole-name RegExp: `*` any run of characters, `?` one,
 * `[abc]`/`[a-z]`/`[!a]` a class; everything else literal. Anchored at both ends, so `app.tgz`
 * never matches `app.tgz.sig`. (An asset name has no folders, so `*` crosses everything.)
 */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) {
        out += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, end);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      out += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = end;
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^(?:${out})$`, 's');
}

/**
 * Whether a name pattern is a glob (it has `*`, `?` or a `[..]` class, as {@link globToRegExp}
 * reads them) rather than one exact name.
 */
export function isGlob(pattern: string): boolean {
  return /[*?]|\[.+\]/.test(pattern);
}
