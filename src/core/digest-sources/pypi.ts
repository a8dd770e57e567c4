/*
 * PyPI: the JSON API's release endpoint, `/pypi/<project>/<version>/json`, lists every file of
 * the version in `urls[]`, each with its `filename`, download `url`, `size` and
 * `digests.sha256` (PyPI computes it at upload). A 404 means PyPI does not serve the version
 * (yet: the CDN may lag an upload by minutes).
 */
import type { HttpOptions } from '../http/fetch.js';
import { joinUrl } from '../http/url.js';
import { getJson, isObject, sha256Hex } from './metadata.js';
import { type Lookup, DigestSourceError, type Reference, type ServedFile, type Source } from './source.js';

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
      const doc = await getJson(reference.raw, url, 'the PyPI release JSON', options.http);
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
      throw bad(`urls[${i}].filename is not a file name`);
    }
    if (typeof url !== 'string') throw bad(`urls[${i}].url is missing`);
    if (seen.has(filename)) throw bad(`lists '${filename}' twice`);
    seen.add(filename);
    const published: ServedFile['published'] = {};
    if (digests !== undefined) {
      if (!isObject(digests)) throw bad(`urls[${i}].digests is not an object`);
      if (digests.sha256 !== undefined && digests.sha256 !== null) {
        // A digest that is there but not a sha256 is a lie or a format change: never skip it.
        const hex = sha256Hex(digests.sha256);
        if (!hex) throw bad(`urls[${i}].digests.sha256 is not a sha256 ('${String(digests.sha256)}')`);
        published.sha256 = hex;
      }
    }
    if (size !== undefined && !(Number.isSafeInteger(size) && (size as number) >= 0)) {
      throw bad(`urls[${i}].size is not a byte count`);
    }
    files.push({
      name: filename,
      published,
      size: size as number | undefined,
      url,
      note: entry.yanked === true ? 'yanked on PyPI' : undefined,
    });
  }
  return files;
}
