/*
 * The retry policy of every HTTP request the core makes outside the GitHub client (the
 * contract: "idempotent HTTP requests retry with backoff on 5xx, 429 (honour Retry-After) and
 * secondary rate limits; non-idempotent ones re-read the state before trying again"). The
 * loop knows nothing of HTTP: a try throws a TransientFailure for what another try may cure,
 * and anything else ends the request as it is.
 */
import { setTimeout as defaultSleep } from 'node:timers/promises';
import { BaseError } from '../errors.js';

/**
 * The one backoff policy of the project, for every retry loop ({@link withRetries}, the GitHub
 * client's request hook, `retryWithRecheck`): five tries in all, the first wait 1 s, doubled
 * after each failed try (1, 2, 4, 8 s: about 15 s before giving up, long enough to ride out a
 * service's brief 5xx, short enough that a job fails while its log is still being read).
 */
export const RETRY_POLICY = { attempts: 5, backoffMs: 1000 } as const;

/** The wait after the `failed`-th failed try (1-based): `firstMs` doubled each time. */
export function backoffDelayMs(firstMs: number, failed: number): number {
  return firstMs * 2 ** (failed - 1);
}

/** How hard to try. The defaults suit public services; tests shorten the waits. */
export interface RetryOptions {
  /** Tries in all (default {@link RETRY_POLICY}: 5). */
  attempts?: number;
  /** First wait after a failed try, doubled each time (default 1000 ms). */
  backoffMs?: number;
  /** Longest a Retry-After may ask for before the request fails instead (default 60 s). */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * A try that another try may cure; `afterMs` when the server said how long to wait
 * (Retry-After). Never leaves {@link withRetries}: it becomes the caller's `exhausted` error.
 */
export class TransientFailure extends BaseError<'TRANSIENT'> {
  constructor(
    message: string,
    readonly afterMs?: number,
    options?: { cause?: unknown },
  ) {
    super('TRANSIENT', message, options);
  }
}

/** The errors that end a retried request, in the caller's words. */
export interface RetryFailures {
  /** Every try failed; `last` is the last failure's message. */
  exhausted(attempts: number, last: string, cause: TransientFailure): Error;
  /** The server asked to wait longer than `maxMs`: failed at once. */
  waitTooLong(last: string, askedMs: number, maxMs: number, cause: TransientFailure): Error;
}

/**
 * Up to `attempts` tries, waiting `backoffMs` doubled after each failed one, or what a
 * Retry-After asked for (more than `maxWaitMs` fails at once: a job that sleeps an hour is worse
 * than a clear failure). `tryOnce` throws a TransientFailure for what another try may cure;
 * anything else it throws ends the request as it is.
 */
export async function withRetries<T>(
  options: RetryOptions,
  tryOnce: () => Promise<T>,
  failures: RetryFailures,
): Promise<T> {
  const attempts = options.attempts ?? RETRY_POLICY.attempts;
  const backoffMs = options.backoffMs ?? RETRY_POLICY.backoffMs;
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    let wait = backoffDelayMs(backoffMs, attempt);
    let failure: TransientFailure;
    try {
      return await tryOnce();
    } catch (error) {
      if (!(error instanceof TransientFailure)) throw error;
      failure = error;
      if (error.afterMs !== undefined) {
        if (error.afterMs > maxWaitMs)
          throw failures.waitTooLong(error.message, error.afterMs, maxWaitMs, error);
        wait = error.afterMs;
      }
    }
    if (attempt >= attempts) throw failures.exhausted(attempts, failure.message, failure);
    await sleep(wait);
  }
}

/** Whether a status is worth another try: the server's trouble or a rate limit, not an answer. */
export function retryableStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

/**
 * The methods RFC 9110 §9.2.2 defines as idempotent: sending one twice has the effect of
 * sending it once, so a try whose answer was lost may simply be sent again. POST and PATCH are
 * not: a lost answer may hide a request that took effect.
 */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);

/** Whether `method` may be sent again without re-reading the state first. */
export function isIdempotent(method: string): boolean {
  return IDEMPOTENT.has(method.toUpperCase());
}

/**
 * The wait a Retry-After value asks for, in ms, or undefined when there is none or it is neither
 * form RFC 9110 §10.2.3 allows: delay-seconds, or an HTTP-date (a date in the past asks for no
 * wait). The one parser of the header, for fetch-based requests ({@link retryAfterMs}) and the
 * GitHub client's hook alike. `unitMs` scales delay-seconds only (tests shorten a second).
 */
export function parseRetryAfter(
  header: string | null | undefined,
  now: () => number = Date.now,
  unitMs = 1000,
): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * unitMs;
  // IMF-fixdate is the form servers send ("Sun, 06 Nov 1994 08:49:37 GMT"); Date.parse reads it.
  if (!/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now());
}

/** The wait a response's Retry-After header asks for, in ms (see {@link parseRetryAfter}). */
export function retryAfterMs(response: Response, now: () => number = Date.now): number | undefined {
  return parseRetryAfter(response.headers.get('retry-after'), now);
}
