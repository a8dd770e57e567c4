/*
 * crates.io: the sparse index holds one JSON line per published version of a crate, each with
 * its `vers` and `cksum` (the sha256 of the .crate file, computed by the registry at publish).
 * The bytes are at the API's `/api/v1/crates/<crate>/<version>/download`. A crate or version
 * that is not in the index is "not there yet": the index lags a `cargo publish` briefly.
 */
import type { HttpOptions } from '../http/fetch.js';
import { joinUrl } from '../http/url.js';
import { getText, isObject, sha256Hex } from './metadata.js';
import { type Lookup, DigestSourceError, type ServedFile, type Source } from './source.js';
import type { Reference } from './reference.js';
import { quote } from '../quote.js';

export const DEFAULT_CRATES_INDEX_URL = 'https://index.crates.io';
export const DEFAULT_CRATES_API_URL = 'https://crates.io';

/**
 * The index path of a crate, as Cargo's registry index defines it (names lowercased): one- and
 * two-letter names under `1/` and `2/`, three-letter names under `3/<first letter>/`, longer
 * names under `<first two>/<next two>/`.
 */
export function cratesIndexPath(crate: string): string {
  const name = crate.toLowerCase();
  if (name.length === 1) return `1/${name}`;
  if (name.length === 2) return `2/${name}`;
  if (name.length === 3) return `3/${name[0]}/${name}`;
  return `${name.slice(0, 2)}/${name.slice(2, 4)}/${name}`;
}

/** The source for `crates:CRATE@VERSION`. */
export function cratesSource(
  reference: Extract<Reference, { kind: 'crates' }>,
  options: { indexUrl?: string; apiUrl?: string; http?: HttpOptions } = {},
): Source {
  const indexUrl = joinUrl(options.indexUrl ?? DEFAULT_CRATES_INDEX_URL, cratesIndexPath(reference.crate));
  const apiUrl = options.apiUrl ?? DEFAULT_CRATES_API_URL;
  return {
    reference,
    algorithm: 'sha256',
    servesBytes: true,
    async lookup(): Promise<Lookup> {
      const text = await getText(reference.raw, indexUrl, 'the crates index file', {
        ...options.http,
        accept: 'text/plain, application/json',
        input: 'crates-index-url',
      });
      const missing = `the crates index does not list ${reference.crate} ${reference.version}`;
      if (text === undefined) return { state: 'pending', detail: `${missing} (404 from ${indexUrl})` };
      const line = findIndexLine(reference.raw, text, reference.crate, reference.version);
      if (!line) return { state: 'pending', detail: `${missing} (${indexUrl})` };
      const file: ServedFile = {
        // `cargo package` names the file after the crate as published (its own casing).
        name: `${line.name}-${line.vers}.crate`,
        published: { sha256: line.cksum },
        url: joinUrl(
          apiUrl,
          `api/v1/crates/${encodeURIComponent(line.name)}/${encodeURIComponent(line.vers)}/download`,
        ),
        yanked: line.yanked ? 'yanked on crates.io' : undefined,
        input: 'crates-api-url',
      };
      return { state: 'found', files: [file] };
    },
  };
}

interface IndexLine {
  name: string;
  vers: string;
  cksum: string;
  yanked: boolean;
}

/**
 * The index line of one version. Every line is parsed (a malformed line anywhere makes the file
 * untrustworthy), names compare case-insensitively as crates.io does, versions exactly.
 */
export function findIndexLine(
  reference: string,
  text: string,
  crate: string,
  version: string,
): IndexLine | undefined {
  let found: IndexLine | undefined;
  for (const [i, raw] of text.split('\n').entries()) {
    if (raw.trim() === '') continue;
    let entry: unknown;
    try {
      entry = JSON.parse(raw);
    } catch {
      throw new DigestSourceError(
        reference,
        `the crates index file has a line that is not JSON (line ${i + 1})`,
      );
    }
    if (!isObject(entry) || typeof entry.name !== 'string' || typeof entry.vers !== 'string') {
      throw new DigestSourceError(
        reference,
        `the crates index file has a line without name and vers (line ${i + 1})`,
      );
    }
    if (entry.name.toLowerCase() !== crate.toLowerCase()) {
      throw new DigestSourceError(
        reference,
        `the crates index file lists another crate ${quote(entry.name)} (line ${i + 1})`,
      );
    }
    if (entry.vers !== version) continue;
    const cksum = sha256Hex(entry.cksum);
    if (!cksum)
      throw new DigestSourceError(
        reference,
        `the index line of ${version} has no sha256 cksum (line ${i + 1})`,
      );
    if (found && found.cksum !== cksum) {
      throw new DigestSourceError(
        reference,
        `the crates index lists ${version} twice with different checksums`,
      );
    }
    found = { name: entry.name, vers: entry.vers, cksum, yanked: entry.yanked === true };
  }
  return found;
}
