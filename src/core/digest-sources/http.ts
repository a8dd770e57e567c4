/*
 * Reading registry metadata (PyPI JSON, the crates sparse index, npm packuments): GET only,
 * retried on 5xx, 429 and broken connections, 404 answered as "not there", anything else a
 * DigestSourceError naming the reference. Metadata is small; the bytes themselves go through
 * download.ts.
 */
import { setTimeout as defaultSleep } from 'node:timers/promises';
import { messageOf } from '../errors.js';
import { checkDownloadUrl, DigestSourceError } from './source.js';

/** How hard to try. The defaults suit public registries; tests shorten the waits. */
export interface HttpOptions {
  /** Tries in all (default 5). */
  attempts?: number;
  /** First wait after a failed try, doubled each time (default 1000 ms). */
  backoffMs?: number;
  /** Longest a Retry-After may ask for before the request fails instead (default 60 s). */
  maxWaitMs?: number;
  /** A try that has not completed after this long counts as broken (default 60 s). */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** A try that another try may cure; `afterMs` when the server said how long to wait (Retry-After). */
export class TransientFailure extends Error {
  constructor(
    message: string,
    readonly afterMs?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The errors that end a retried read, in the caller's words. */
export interface RetryFailures {
  /** Every try failed; `last` is the last failure's message. */
  exhausted(attempts: number, last: string): Error;
  /** The server asked to wait longer than `maxMs`: failed at once. */
  waitTooLong(last: string, askedMs: number, maxMs: number): Error;
}

/**
 * The retry policy of every registry read (metadata and downloads alike): up to `attempts`
 * tries, waiting `backoffMs` doubled after each failed one, or what a Retry-After asked for
 * (more than `maxWaitMs` fails at once). `tryOnce` throws a TransientFailure for what another
 * try may cure; anything else it throws ends the read as it is.
 */
export async function withRetries<T>(
  options: HttpOptions,
  tryOnce: () => Promise<T>,
  failures: RetryFailures,
): Promise<T> {
  const attempts = options.attempts ?? 5;
  const backoffMs = options.backoffMs ?? 1000;
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    let wait = backoffMs * 2 ** (attempt - 1);
    let last: string;
    try {
      return await tryOnce();
    } catch (error) {
      if (!(error instanceof TransientFailure)) throw error;
      last = error.message;
      if (error.afterMs !== undefined) {
        if (error.afterMs > maxWaitMs) throw failures.waitTooLong(last, error.afterMs, maxWaitMs);
        wait = error.afterMs;
      }
    }
    if (attempt >= attempts) throw failures.exhausted(attempts, last);
    await sleep(wait);
  }
}

/** The body of a 200, or undefined for a 404/410. */
export async function getText(
  reference: string,
  url: string,
  what: string,
  options: HttpOptions & { accept?: string } = {},
): Promise<string | undefined> {
  const checked = checkDownloadUrl(url);
  if (typeof checked === 'string') throw new DigestSourceError(reference, `${what} URL '${url}' ${checked}`);
  const tryOnce = async (): Promise<string | undefined> => {
    try {
      const response = await fetchFollowing(reference, checked, what, {
        headers: { accept: options.accept ?? 'application/json' },
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel();
        return undefined;
      }
      if (response.status === 200) {
        // A body cut short fails here (undici rejects the read), and is retried like a 5xx.
        return await response.text();
      }
      await response.body?.cancel();
      const last = `HTTP ${response.status}`;
      if (!retryableStatus(response.status))
        throw new DigestSourceError(reference, `${what} answered ${last}`);
      throw new TransientFailure(last, retryAfterMs(response));
    } catch (error) {
      if (error instanceof DigestSourceError || error instanceof TransientFailure) throw error;
      throw new TransientFailure(messageOf(error), undefined, { cause: error });
    }
  };
  return withRetries(options, tryOnce, {
    exhausted: (attempts, last) =>
      new DigestSourceError(reference, `${what} could not be read after ${attempts} tries (last: ${last})`),
    waitTooLong: (_last, askedMs) =>
      new DigestSourceError(reference, `${what} asked to wait ${askedMs / 1000} s`),
  });
}

/** Redirects followed at most (a registry's CDN may add one or two). */
const MAX_REDIRECTS = 5;

/**
 * GET with redirects followed by hand, each hop's URL checked: `redirect: 'follow'` would
 * accept a hop through plain http, where anyone on the path could send the client on to a
 * host of their choosing, and only the final URL could be checked. `authorization` is sent to
 * the first URL's origin only: a release asset redirects to a storage host, which must never
 * see the token.
 */
export async function fetchFollowing(
  reference: string,
  start: URL,
  what: string,
  options: { headers: Record<string, string>; authorization?: string; signal: AbortSignal },
): Promise<Response> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = { ...options.headers, 'user-agent': 'sealed-release' };
    if (options.authorization !== undefined && url.origin === start.origin)
      headers.authorization = options.authorization;
    const response = await fetch(url, { headers, redirect: 'manual', signal: options.signal });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || location === null) return response;
    await response.body?.cancel();
    if (hop >= MAX_REDIRECTS)
      throw new DigestSourceError(reference, `${what} redirected more than ${MAX_REDIRECTS} times`);
    const next = checkDownloadUrl(new URL(location, url).href);
    if (typeof next === 'string')
      throw new DigestSourceError(reference, `${what} was redirected to a URL that ${next}`);
    url = next;
  }
}

/** Whether a status is worth another try: the server's trouble or a rate limit, not an answer. */
export function retryableStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

/**
 * The wait a Retry-After header asks for, in ms (delta-seconds only), or undefined when there is
 * none or it is not a number of seconds.
 */
export function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get('retry-after')?.trim();
  return value && /^\d+$/.test(value) ? Number(value) * 1000 : undefined;
}

/** A JSON document, or undefined for a 404. Malformed JSON is a DigestSourceError naming the reference. */
export async function getJson(
  reference: string,
  url: string,
  what: string,
  options: HttpOptions & { accept?: string } = {},
): Promise<unknown> {
  const text = await getText(reference, url, what, options);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DigestSourceError(reference, `${what} is not valid JSON (${messageOf(error)})`);
  }
}

/** Joins a base URL (which may have a path, as mirrors do) and a path. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** True when `value` is a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A lowercase 64-hex sha256, or undefined when `value` is not one. */
export function sha256Hex(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-fA-F]{64}$/.test(value) ? value.toLowerCase() : undefined;
}
