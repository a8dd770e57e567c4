/*
 * Reading a digest source's metadata (PyPI JSON, the crates sparse index, npm packuments): GET
 * through the shared HTTP layer (core/http: retries, timeout, redirects checked), a 404 or 410
 * answered as "not there", anything else a DigestSourceError naming the reference. Metadata is
 * small; the bytes themselves go through download.ts.
 */
import { messageOf } from '../errors.js';
import { registryAuthFailure } from '../known-failures.js';
import { exchange, HttpError, type HttpOptions } from '../http/fetch.js';
import { DigestSourceError } from './source.js';

/** An HttpError from the shared layer, restated as the reference's failure (the cause kept). */
export function asSourceError(reference: string, error: unknown): unknown {
  return error instanceof HttpError
    ? new DigestSourceError(reference, error.message, { cause: error })
    : error;
}

/**
 * How a source's metadata is read: `input` is the input that chose the registry
 * (`npm-registry`, `pypi-url`, `crates-index-url`), named when the registry answers 401/403.
 */
export type MetadataOptions = HttpOptions & { accept?: string; input?: string };

/**
 * A registry's 401/403: the known failure `REGISTRY_AUTH` naming the input that chose the
 * registry (no credentials are sent to package registries, so a mirror that wants some is the
 * wrong registry for this action); any other status is undefined.
 */
export function registryRefusal(
  reference: string,
  what: string,
  status: number,
  input: string | undefined,
): Error | undefined {
  if (status !== 401 && status !== 403) return undefined;
  return registryAuthFailure(`${reference}: ${what}`, status, [], undefined, {
    urlInputs: input ? [input] : [],
  });
}

/** The body of a 200, or undefined for a 404/410. */
export async function getText(
  reference: string,
  url: string,
  what: string,
  options: MetadataOptions = {},
): Promise<string | undefined> {
  try {
    return await exchange(
      url,
      { what, headers: { accept: options.accept ?? 'application/json' }, http: options },
      async (response) => {
        if (response.status === 404 || response.status === 410) {
          await response.body?.cancel();
          return undefined;
        }
        if (response.status !== 200) {
          await response.body?.cancel();
          throw (
            registryRefusal(reference, what, response.status, options.input) ??
            new DigestSourceError(reference, `${what} answered HTTP ${response.status}`)
          );
        }
        // A body cut short makes undici reject the read: the HTTP layer tries again, as for a 5xx.
        return await response.text();
      },
    );
  } catch (error) {
    throw asSourceError(reference, error);
  }
}

/** A JSON document, or undefined for a 404. Malformed JSON is a DigestSourceError naming the reference. */
export async function getJson(
  reference: string,
  url: string,
  what: string,
  options: MetadataOptions = {},
): Promise<unknown> {
  const text = await getText(reference, url, what, options);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DigestSourceError(reference, `${what} is not valid JSON (${messageOf(error)})`);
  }
}

/** True when `value` is a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A lowercase 64-hex sha256, or undefined when `value` is not one. */
export function sha256Hex(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-fA-F]{64}$/.test(value) ? value.toLowerCase() : undefined;
}
