/*
 * What undraft knows about asset names: glob matching for `expected-assets` and SHA256SUMS
 * parsing. Which assets are evidence is decided by their content, in evidence.ts, never here.
 */
import { ConfigurationError } from '../errors.js';
import { quote } from '../quote.js';

/**
 * A glob over one asset name as a whole-name RegExp: `*` any run of characters, `?` one,
 * `[abc]`/`[a-z]`/`[!a]` a class; everything else literal. Anchored at both ends, so `app.tgz`
 * never matches `app.tgz.sig`.
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
 * Whether an `expected-assets` entry is a glob (it has `*`, `?` or a `[..]` class, as
 * {@link globToRegExp} reads them) rather than one exact name.
 */
export function isGlob(pattern: string): boolean {
  return /[*?]|\[.+\]/.test(pattern);
}

/** One SHA256SUMS line: the digest and the file name as written. */
export interface SumsLine {
  sha256: string;
  name: string;
  line: number;
}

/**
 * Parses SHA256SUMS text (`sha256sum` output: `<64 hex><space><space or *><name>`). A line
 * that is not of that form is an error naming the line, not a line to skip: a checksum file
 * that cannot be read whole cannot vouch for anything. A name written with a directory
 * (`dist/app.tgz`) stands for the asset with that base name, because release assets have no
 * directories; two lines for one base name are an error.
 */
export function parseSha256Sums(text: string, label: string): SumsLine[] {
  const lines: SumsLine[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const match = /^\\?([0-9a-fA-F]{64}) [ *](.+)$/.exec(raw);
    if (!match) {
      throw new ConfigurationError(
        `Input 'sha256sums': ${label} line ${index + 1} is not '<64 hex digits>  <file name>': ${quote(raw)}.`,
      );
    }
    const name = match[2].replace(/^\.\//, '').split('/').pop()!;
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      throw new ConfigurationError(
        `Input 'sha256sums': ${label} names ${quote(name)} twice (lines ${earlier} and ${index + 1}).`,
      );
    }
    seen.set(name, index + 1);
    lines.push({ sha256: match[1].toLowerCase(), name, line: index + 1 });
  });
  if (lines.length === 0) throw new ConfigurationError(`Input 'sha256sums': ${label} has no checksum line.`);
  return lines;
}
