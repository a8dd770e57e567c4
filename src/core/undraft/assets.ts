/*
 * What undraft knows about asset names: glob matching for `expected-assets`, which assets are
 * evidence (bundles, SBOMs, checksum files) rather than subjects, and SHA256SUMS parsing.
 */
import { ConfigurationError } from '../errors.js';

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

/** Whether an asset is a Sigstore bundle (the evidence, not a subject). */
export function isBundle(name: string, suffix: string): boolean {
  return name.endsWith(suffix) && name.length > suffix.length;
}

/** SBOM file names as the common generators write them (syft, cdxgen, trivy, spdx tools). */
const SBOM = [
  /\.(spdx|cdx)(\.json|\.xml|\.ya?ml)?$/i,
  /\.bom\.(json|xml)$/i,
  /^bom\.(json|xml)$/i,
  /(^|[._-])sbom([._-]|$)/i,
];

/** Checksum files: SHA256SUMS and friends, and per-file `.sha256` sidecars. */
const CHECKSUMS = [
  /^(sha(1|224|256|384|512)|md5|b2)sums?(\.txt)?$/i,
  /(^|[._-])checksums?(\.txt)?$/i,
  /\.(sha1|sha256|sha512|md5)(sum)?$/i,
];

/** An SBOM is evidence about an asset, not something a user runs: it needs no signature of its own. */
export function isSbom(name: string): boolean {
  return SBOM.some((re) => re.test(name));
}

export function isChecksumFile(name: string): boolean {
  return CHECKSUMS.some((re) => re.test(name));
}

/** Assets that are evidence about others (bundle, SBOM, checksums) rather than things to ship. */
export function isEvidence(name: string, bundleSuffix: string): boolean {
  return isBundle(name, bundleSuffix) || isSbom(name) || isChecksumFile(name);
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
        `Input 'sha256sums': ${label} line ${index + 1} is not '<64 hex digits>  <file name>': '${raw.slice(0, 120)}'.`,
      );
    }
    const name = match[2].replace(/^\.\//, '').split('/').pop()!;
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      throw new ConfigurationError(
        `Input 'sha256sums': ${label} names '${name}' twice (lines ${earlier} and ${index + 1}).`,
      );
    }
    seen.set(name, index + 1);
    lines.push({ sha256: match[1].toLowerCase(), name, line: index + 1 });
  });
  if (lines.length === 0) throw new ConfigurationError(`Input 'sha256sums': ${label} has no checksum line.`);
  return lines;
}
