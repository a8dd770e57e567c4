import { setTimeout as defaultSleep } from 'node:timers/promises';
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { ConfigurationError, messageOf, networkFailure, unreachableMessage } from '../errors.js';
import { registerSecret } from '../action/secrets.js';
import { envNumber } from '../env.js';
import {
  backoffDelayMs,
  isIdempotent,
  parseRetryAfter,
  RETRY_POLICY,
  TransientFailure,
  withRetries,
} from '../http/retry.js';
import { GitHubRequestError, PaginationError, TransientError, type HttpErrorLike } from './errors.js';

export type GitHubClient = ReturnType<typeof github.getOctokit>;

/** The REST base URL, read at call time (GHES and the emulator set GITHUB_API_URL). */
export function apiBaseUrl(): string {
  return (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/** The web base URL, read at call time. */
export function serverUrl(): string {
  return (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
}

// Kept importable from here, where the code that makes requests has always found them.
export { parseRepository, type Repo } from './repository.js';
export {
  explainHttpError,
  GitHubRequestError,
  PaginationError,
  statusOf,
  TransientError,
  type GitHubRequestCode,
  type TransientCode,
} from './errors.js';

/** How the client retries. Tests shorten the waits; the product uses the defaults. */
export interface ClientOptions {
  /** REST root; default GITHUB_API_URL at the time of the call. */
  baseUrl?: string;
  /** Retries after the first try (default 4). */
  retries?: number;
  /**
   * First backoff for 5xx and network errors, doubled each retry (default 1000 ms, or
   * `SEALED_RELEASE_RETRY_MS`, which the loopback tests of the bundles set).
   */
  backoffMs?: number;
  /** Multiplier for Retry-After seconds (default 1000 ms per second; tests use less). */
  retryAfterUnitMs?: number;
  /** A rate limit that asks to wait longer than this fails instead (default 5 minutes). */
  maxWaitMs?: number;
  /** Waiting, injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * plugin-throttling's request spacing (default on; writes are spaced 1 s apart, as GitHub asks).
   * `SEALED_RELEASE_THROTTLE=false` turns it off: the loopback tests of the bundles set it, since
   * a second between writes to an emulator on this machine only makes the suite slower.
   */
  throttle?: boolean;
  /**
   * A JSON request that has not completed after this long is abandoned and counts as a
   * broken connection (default 2 minutes). Asset downloads and uploads are exempt: their
   * duration grows with their size.
   */
  requestTimeoutMs?: number;
  /**
   * Register the token as a runner secret (default true). Off only outside a runner (the CLI),
   * where `::add-mask::` is not a command but the token printed to the terminal.
   */
  maskToken?: boolean;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Array.isArray(value);
}

/**
 * Why a failed request may be tried again: `rate-limit` (GitHub did not process it, so any
 * method may be repeated after the wait), `transient` (5xx or a broken connection: the request
 * may or may not have taken effect, so only idempotent methods are repeated), or undefined.
 */
export function retryReason(error: unknown): 'rate-limit' | 'transient' | undefined {
  const e = error as HttpErrorLike;
  const status = e?.status;
  const headers = e?.response?.headers ?? {};
  if (status === 429) return 'rate-limit';
  if (status === 403) {
    // GitHub marks a secondary rate limit only in the words of its answer (no header, no code
    // field): this is GitHub's message, not ours, and the one way to tell it from a refusal.
    if (/secondary rate limit/i.test(e.message ?? '') || headers['x-ratelimit-remaining'] === '0') {
      return 'rate-limit';
    }
    return undefined;
  }
  if (error instanceof TransientError) return 'transient';
  // Octokit reports a network failure (reset, refused, aborted) as a RequestError with status 500.
  if (status !== undefined && status >= 500 && status <= 599) return 'transient';
  return undefined;
}

/** `host[:port]` of a request: the URL octokit sent it to, else the route's base URL. */
function hostOf(error: unknown, requestOptions: { url?: unknown; baseUrl?: unknown }): string | undefined {
  const sent = (error as { request?: { url?: unknown } })?.request?.url;
  for (const candidate of [sent, requestOptions.url, requestOptions.baseUrl]) {
    if (typeof candidate !== 'string' || !/^https?:\/\//i.test(candidate)) continue;
    try {
      return new URL(candidate).host;
    } catch {
      // not a URL after all: try the next one
    }
  }
  return undefined;
}

/**
 * A network failure (octokit reports one as a RequestError with status 500 and no response,
 * with fetch's error as its cause) becomes a TransientError `UNREACHABLE` whose message is
 * "could not reach <host>: <reason>": a bare "fetch failed" or "Internal error" tells the user
 * nothing, while the host and the cause say where to look. Any other error is returned as is.
 */
export function explainNetworkFailure(
  error: unknown,
  requestOptions: { url?: unknown; baseUrl?: unknown } = {},
): unknown {
  if (error instanceof TransientError || (error as HttpErrorLike)?.response !== undefined) return error;
  const failure = networkFailure(error);
  if (!failure) return error;
  const host = hostOf(error, requestOptions) ?? failure.host;
  return new TransientError(unreachableMessage(host, failure.reason), {
    code: 'UNREACHABLE',
    host,
    cause: error,
  });
}

/**
 * The wait GitHub asked for, in ms: Retry-After (read by the one parser, http/retry.ts), or the
 * primary limit's reset time (`x-ratelimit-reset`, epoch seconds, GitHub's own header: "wait
 * until the time specified by x-ratelimit-reset", REST docs, rate limits). `unitMs` scales
 * seconds for tests.
 */
function requestedWaitMs(error: unknown, now: number, unitMs: number): number | undefined {
  const headers = (error as HttpErrorLike)?.response?.headers ?? {};
  const asked = parseRetryAfter(headers['retry-after'], () => now, unitMs);
  if (asked !== undefined) return asked;
  const reset = headers['x-ratelimit-reset'];
  if (headers['x-ratelimit-remaining'] === '0' && reset && /^\d+$/.test(reset)) {
    return (Math.max(0, Number(reset) - Math.floor(now / 1000)) + 1) * unitMs;
  }
  return undefined;
}

/**
 * A response whose body did not arrive whole: octokit hands a cut JSON body back as a string
 * and a cut binary body as an empty buffer, with status 200. Passing such data on would be a
 * pass on partial data, so it is turned into a transient error.
 */
function checkComplete(response: {
  status: number;
  headers: Record<string, string | undefined>;
  data: unknown;
}): void {
  const type = response.headers['content-type'] ?? '';
  const length = response.headers['content-length'];
  if (/json/i.test(type) && typeof response.data === 'string' && response.data !== '') {
    throw new TransientError('GitHub sent an incomplete or invalid JSON body', {
      code: 'INCOMPLETE_RESPONSE',
    });
  }
  if (
    response.data instanceof ArrayBuffer &&
    length !== undefined &&
    Number(length) !== response.data.byteLength
  ) {
    throw new TransientError(
      `GitHub sent ${response.data.byteLength} of ${length} bytes before the connection ended`,
      { code: 'INCOMPLETE_RESPONSE' },
    );
  }
}

/**
 * An Octokit from @actions/github with the retry and throttling plugins really loaded (a
 * `throttle` option without the plugin does nothing). The token is registered as a secret
 * before any request is made, so it is masked everywhere.
 *
 * Retries follow the one policy (http/retry.ts: RETRY_POLICY, withRetries, parseRetryAfter),
 * run from a request hook, because neither plugin does what a
 * release needs: plugin-retry waits its own backoff whatever Retry-After says and repeats POSTs
 * (an upload or a publish) after a 5xx that may have taken effect; plugin-throttling ignores
 * Retry-After on a plain 429. So both plugins' retrying is switched off (plugin-throttling still
 * spaces and limits concurrent requests) and the hook:
 * - on 429, a secondary rate limit, or an exhausted primary limit, waits what GitHub asked for
 *   (Retry-After, or until x-ratelimit-reset) and repeats any method: GitHub did not process it;
 * - on 5xx, a reset connection or a cut body, repeats only idempotent methods, with backoff;
 *   a POST/PATCH is never repeated blindly (see {@link retryWithRecheck});
 * - a request's own `request: { retries: 0 }` turns retries off for it.
 */
export function createClient(token: string, options: ClientOptions = {}): GitHubClient {
  if (!token) throw new ConfigurationError(`Input 'github-token' is required.`, { code: 'MISSING_INPUT' });
  if (options.maskToken !== false) registerSecret(token);
  const retries = options.retries ?? RETRY_POLICY.attempts - 1;
  const backoffMs = options.backoffMs ?? envNumber('SEALED_RELEASE_RETRY_MS') ?? RETRY_POLICY.backoffMs;
  const unitMs = options.retryAfterUnitMs ?? 1000;
  const maxWaitMs = options.maxWaitMs ?? 5 * 60_000;
  const sleep = options.sleep ?? defaultSleep;
  // SEALED_RELEASE_REQUEST_TIMEOUT_MS shortens the timeout for the loopback reliability matrix
  // (its `slow` fault); 0 is ignored, so a stray value can never turn the timeout off.
  const requestTimeoutMs =
    options.requestTimeoutMs || envNumber('SEALED_RELEASE_REQUEST_TIMEOUT_MS') || 120_000;
  const octokit = github.getOctokit(
    token,
    {
      baseUrl: options.baseUrl ?? apiBaseUrl(),
      throttle: {
        enabled: options.throttle ?? process.env.SEALED_RELEASE_THROTTLE !== 'false',
        onRateLimit: () => false,
        onSecondaryRateLimit: () => false,
      },
      retry: { enabled: false },
    },
    retry,
    throttling,
  );
  octokit.hook.wrap('request', async (request, requestOptions) => {
    const method = String(requestOptions.method ?? 'GET').toUpperCase();
    const own = (requestOptions.request as { retries?: number } | undefined)?.retries;
    const limit = own ?? retries;
    const accept = String((requestOptions.headers as Record<string, unknown> | undefined)?.accept ?? '');
    const data = (requestOptions as { data?: unknown }).data;
    const streaming =
      accept.includes('application/octet-stream') ||
      (data !== undefined && data !== null && typeof data === 'object' && !isPlainObject(data)) ||
      typeof data === 'string';
    const requestSettings = (requestOptions.request ?? {}) as { signal?: AbortSignal };
    // The shared loop (http/retry.ts): a failure it may repeat is handed to it as a
    // TransientFailure carrying the error; anything else ends the request as it is.
    const tryOnce = async () => {
      try {
        // A hung connection must not hang the job: each attempt of a JSON request gets a deadline.
        let response;
        if (streaming || requestSettings.signal) {
          response = await request(requestOptions);
        } else {
          // The abort closes the connection; the race makes the deadline hold even where a
          // fetch from another realm does not honour the signal (seen under Jest's VM modules).
          const controller = new AbortController();
          let timer: ReturnType<typeof setTimeout> | undefined;
          const deadline = new Promise<never>((_resolve, reject) => {
            timer = setTimeout(() => {
              const host = hostOf(undefined, requestOptions);
              const error = new TransientError(
                unreachableMessage(host, `no answer within ${requestTimeoutMs} ms`),
                {
                  code: 'TIMEOUT',
                  host,
                },
              );
              controller.abort(error);
              reject(error);
            }, requestTimeoutMs);
          });
          try {
            response = await Promise.race([
              request({ ...requestOptions, request: { ...requestSettings, signal: controller.signal } }),
              deadline,
            ]);
          } finally {
            clearTimeout(timer);
          }
        }
        checkComplete(response as never);
        return response;
      } catch (thrown) {
        const error = explainNetworkFailure(thrown, requestOptions);
        const reason = retryReason(error);
        if (!reason || (reason === 'transient' && !isIdempotent(method))) throw error;
        // Only a rate limit's wait is GitHub's to set; a 5xx waits the policy's backoff.
        const afterMs = reason === 'rate-limit' ? requestedWaitMs(error, Date.now(), unitMs) : undefined;
        throw new TransientFailure(messageOf(error), afterMs, { cause: error });
      }
    };
    return withRetries({ attempts: limit + 1, backoffMs, maxWaitMs, sleep }, tryOnce, {
      // Every ending is the request's own last error, as octokit raised it.
      exhausted: (_attempts, _last, failure) => failure.cause as Error,
      waitTooLong: (_last, _asked, _max, failure) => failure.cause as Error,
    });
  });
  return octokit;
}

/**
 * For requests that are not idempotent (an upload, a publish): try once; when the outcome is
 * unknown (5xx, broken connection), re-read the state with `recheck` before trying again, so a
 * request that did take effect is never repeated. `recheck` returns the result when the
 * operation had taken effect, or undefined to try again.
 */
export async function retryWithRecheck<T>(
  operation: () => Promise<T>,
  recheck: () => Promise<T | undefined>,
  options: { attempts?: number; backoffMs?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<T> {
  const attempts = options.attempts ?? 3;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (retryReason(error) === undefined || attempt >= attempts) throw error;
      await sleep(backoffDelayMs(options.backoffMs ?? RETRY_POLICY.backoffMs, attempt));
      const done = await recheck();
      if (done !== undefined) return done;
    }
  }
}

/**
 * Every item of a paginated list, or an error: a page that cannot be fetched (after the
 * client's retries) fails the whole listing, and so does a listing that ends with fewer items
 * than the `total_count` GitHub announced. A check must never pass on part of the data.
 */
export async function paginateAll<T>(
  client: GitHubClient,
  route: string,
  parameters: Record<string, unknown>,
  options: {
    maxPages?: number;
    what?: string;
    /**
     * Stops after the first page for which this says true (a listing known to be ordered, read
     * only as far as the caller needs). Without it every page is read.
     */
    until?: (page: T[]) => boolean;
  } = {},
): Promise<T[]> {
  const maxPages = options.maxPages ?? 1000;
  const items: T[] = [];
  let pages = 0;
  let announced: number | undefined;
  try {
    for await (const response of client.paginate.iterator(route, { per_page: 100, ...parameters })) {
      pages++;
      if (pages > maxPages) {
        throw new GitHubRequestError('TOO_MANY_PAGES', `more than ${maxPages} pages; refusing to go on`);
      }
      const data = response.data as unknown as T[] & { total_count?: number };
      if (!Array.isArray(data)) throw new GitHubRequestError('UNEXPECTED_ANSWER', 'a page was not a list');
      if (announced === undefined && typeof data.total_count === 'number') announced = data.total_count;
      items.push(...data);
      if (options.until?.(data)) break;
    }
  } catch (error) {
    throw new PaginationError(
      `${options.what ?? route}: the listing could not be completed after ${pages} page(s): ${messageOf(error)}`,
      error,
      pages,
    );
  }
  // Items added while listing (newest first) shift older ones onto the next page, where they
  // arrive twice: keep the first copy. Items removed while listing leave a gap, caught below.
  const seen = new Set<unknown>();
  const unique = items.filter((item) => {
    const id = (item as { id?: unknown })?.id;
    if (id === undefined) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  if (announced !== undefined && unique.length < announced) {
    throw new PaginationError(
      `${options.what ?? route}: GitHub announced ${announced} item(s) but only ${unique.length} arrived`,
    );
  }
  return unique;
}
