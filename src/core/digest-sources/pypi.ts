/*
 * PyPI: the JSON API's release endpoint, `/pypi/<project>/<version>/json`, lists every file of
 * the version in `urls[]`, each with its `filename`, download `url`, `size` and
 * `digests.sha256` (PyPI computes it at upload; it also lists md5 and blake2b_256, which are
 * not accepted: md5 is broken, and sha256 is the one every PyPI file has). A file without a
 * sha256 is refused for want of an accepted digest, never compared on downloaded bytes. A 404
 * means PyPI does not serve the version (yet: the CDN may lag an upload by minutes). A yanked
 * release (PEP 592: `urls[].yanked`) is marked so, and refused unless the user allows it.
 */
import type { HttpOptions } from '../http/fetch.js';
import { joinUrl } from '../http/url.js';
import { quote } from '../quote.js';
import { getJson, isObject, sha256Hex } from './metadata.js';
import { type Lookup, DigestSourceError, type ServedFile, type Source } from './source.js';
import type { Reference } from './reference.js';

/** The public index; `pypi-url` points at a mirror (or the emulator). */
export const DEFAULT_PYPI_URL = 'https://pypi.org';

// Kept alike on purpose (docs/ARCHITECTURE.md): every source fills in the same Source fields; the lookup is its own.
/** The source for `pypi:PROJECT==VERSION`. */
export function pypiSource(
  reference: Extract<Reference, { kind: 'pypi' }>,
  options: { baseUrl?: string; http?: HttpOptions } = {},
): Source {
  const base = options.baseUrl ?? DEFAULT_PYPI_URL;
  const url = joinUrl(base, `pypi/${reference.project}/${reference.version}/json`);
  return {
    reference,
    algorithm: 'sha256',
    servesBytes: true,
    async lookup(): Promise<Lookup> {
      const doc = await getJson(reference.raw, url, 'the PyPI release JSON', {
        ...options.http,
        input: 'pypi-url',
      });
      if (doc === undefined) {
        return {
          state: 'pending',
          detail: `PyPI does not serve ${reference.project} ${reference.version} (404 from ${url})`,
        };
      }
      return { state: 'found', files: parsePypiRelease(reference.raw, doc) };
    },
  };
}

/** The files of a PyPI release document; anything not of the documented shape is an error. */
export function parsePypiRelease(reference: string, doc: unknown): ServedFile[] {
  const bad = (why: string): DigestSourceError =>
    new DigestSourceError(reference, `the PyPI release JSON ${why}`);
  if (!isObject(doc) || !Array.isArray(doc.urls)) throw bad("has no 'urls' list");
  const files: ServedFile[] = [];
  const seen = new Set<string>();
  for (const [i, entry] of doc.urls.entries()) {
    if (!isObject(entry)) throw bad(`urls[${i}] is not an object`);
    const { filename, url, size, digests } = entry;
    if (typeof filename !== 'string' || filename === '' || /[\\/\0]/.test(filename)) {
      throw bad(`urls[${i}].filename is not a file name (${quote(filename ?? null)})`);
    }
    if (typeof url !== 'string') throw bad(`urls[${i}].url is missing`);
    if (seen.has(filename)) throw bad(`lists ${quote(filename)} twice`);
    seen.add(filename);
    const published: ServedFile['published'] = {};
    if (digests !== undefined) {
      if (!isObject(digests)) throw bad(`urls[${i}].digests is not an object`);
      if (digests.sha256 !== undefined && digests.sha256 !== null) {
        // A digest that is there but not a sha256 is a lie or a format change: never skip it.
        const hex = sha256Hex(digests.sha256);
        if (!hex) throw bad(`urls[${i}].digests.sha256 is not a sha256 (${quote(digests.sha256)})`);
        published.sha256 = hex;
      }
    }
    if (size !== undefined && !(Number.isSafeInteger(size) && (size as number) >= 0)) {
      throw bad(`urls[${i}].size is not a byte count`);
    }
    // The files are served where the mirror at `pypi-url` says: that input chose the server.
    const file: ServedFile = {
      name: filename,
      published,
      size: size as number | undefined,
      url,
      input: 'pypi-url',
    };
    if (!published.sha256) {
      const others = isObject(digests) ? Object.keys(digests).filter((k) => digests[k] !== null) : [];
      const found = others.length === 0 ? 'no digest' : `only ${others.map((k) => quote(k)).join(', ')}`;
      file.noAcceptedDigest = `PyPI lists ${found} for ${quote(filename)} and no \`digests.sha256\`; byte-identity accepts only digests.sha256, so these bytes are neither compared nor handed on`;
    }
    if (entry.yanked === true) {
      const reason =
        typeof entry.yanked_reason === 'string' && entry.yanked_reason
          ? ` (${quote(entry.yanked_reason)})`
          : '';
      file.yanked = `yanked on PyPI${reason}`;
    }
    files.push(file);
  }
  return files;
}
