/*
 * What undraft knows about asset names: SHA256SUMS parsing (glob matching for `expected-assets`
 * is core/glob.ts's). Which assets are evidence is decided by their content, in evidence.ts, never here.
 */
import { ConfigurationError } from '../errors.js';
import { quote } from '../quote.js';

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
