/*
 * A plain URL: one file, named after the last segment of its path, with no published digest,
 * so it is downloaded and hashed whenever a local file of that name needs comparing. Only
 * https is accepted (plain http on loopback only), checked when the input is parsed and again
 * after redirects.
 */
import { type Reference, urlFileName } from './reference.js';
import type { Lookup, Source } from './source.js';

/** The source for `url:URL`. */
export function urlSource(reference: Extract<Reference, { kind: 'url' }>): Source {
  return {
    reference,
    algorithm: 'sha256',
    servesBytes: true,
    async lookup(): Promise<Lookup> {
      const name = urlFileName(new URL(reference.url));
      if (name === undefined) return { state: 'not-found', detail: `${reference.url} names no file` };
      return { state: 'found', files: [{ name, published: {}, url: reference.url }] };
    },
  };
}
