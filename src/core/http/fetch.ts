/*
 * One HTTP exchange over `fetch`, for any method, under the shared retry policy (retry.ts):
 * redirects followed by hand with each hop's URL checked, a request timeout that restarts with
 * every body chunk, 5xx/408/429 and broken connections tried again, and the failure worded
 * with its cause. byte-identity's metadata reads and downloads use it; so will the OCI client
 * (HEAD, PUT, POST of manifests and blobs).
 *
 * What is never tried again: an answer (a 404 is a fact), a certificate the TLS layer refused
 * (another try meets the same certificate; retrying only hides the cause for minutes), and a
 * non-idempotent request whose effect nobody re-read.
 */
import { BaseError, causeChain, messageOf, messageWithCauses } from '../errors.js';
import { quote } from '../quote.js';
import {
  isIdempotent,
  type RetryOptions,
  retryableStatus,
  retryAfterMs,
  TransientFailure,
  withRetries,
} from './retry.js';
import { checkFetchUrl } from './url.js';

/** The retry policy and the request timeout. */
export interface HttpOptions extends RetryOptions {
  /**
   * A try with no answer for this long, or no body byte for this long once the body is being
   * read, counts as broken and is tried again (default 60 s).
   */
  timeoutMs?: number;
}

/**
 * Why an exchange failed for good:
 * - `BAD_URL`: the URL (given, or found in a document) is not one the core fetches from;
 * - `REDIRECT_REFUSED`: a redirect named such a URL;
 * - `TOO_MANY_REDIRECTS`;
 * - `TLS_CERTIFICATE`: the server's certificate was refused (never retried);
 * - `RETRIES_EXHAUSTED`: every try failed in a way another try might have cured;
 * - `WAIT_TOO_LONG`: the server asked (Retry-After) for a longer wait than allowed;
 * - `NOT_RETRIED`: a non-idempotent request failed and nothing re-read whether it took effect.
 */
export type HttpErrorCode =
  | 'BAD_URL'
  | 'REDIRECT_REFUSED'
  | 'TOO_MANY_REDIRECTS'
  | 'TLS_CERTIFICATE'
  | 'RETRIES_EXHAUSTED'
  | 'WAIT_TOO_LONG'
  | 'NOT_RETRIED';

/** An exchange that failed for good; the message names what was asked for and why. */
export class HttpError extends BaseError<HttpErrorCode> {
  constructor(code: HttpErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'HttpError';
  }
}

/** One exchange. */
export interface ExchangeOptions<T> {
  /** What is asked for, as messages name it: "the PyPI release JSON", "the download of 'a.whl'". */
  what: string;
  /** Default GET. */
  method?: string;
  headers?: Record<string, string>;
  /**
   * The `Authorization` header, sent to the first URL's origin only: a release asset redirects
   * to a storage host, which must never see the token.
   */
  authorization?: string;
  /** The body, made afresh for each try (a stream cannot be sent twice). */
  body?: () => NonNullable<RequestInit['body']>;
  http?: HttpOptions;
  /**
   * For a non-idempotent method (POST, PATCH): re-reads the state before another try. A value
   * ends the exchange with it (the earlier try took effect); undefined sends the request again.
   * Without it such a request is tried once: a lost answer may hide a request that took effect.
   */
  reread?: () => Promise<T | undefined>;
}

/** Redirects followed at most (a registry's CDN may add one or two). */
const MAX_REDIRECTS = 5;

/**
 * Sends the request, trying again as the policy allows, and hands an answer whose status is
 * not retryable to `read`, which turns it into the value. `read` gets `touch`, to call as body
 * bytes arrive (the request timeout restarts with it, so a large body takes as long as it needs
 * while a silent server is given up on), and may throw a TransientFailure (a body cut short).
 * Errors `read` throws on purpose (a BaseError) end the exchange as they are.
 */
export async function exchange<T>(
  url: string | URL,
  options: ExchangeOptions<T>,
  read: (response: Response, touch: () => void) => Promise<T>,
): Promise<T> {
  const { what } = options;
  const method = (options.method ?? 'GET').toUpperCase();
  const start = checkFetchUrl(String(url));
  if (typeof start === 'string')
    throw new HttpError('BAD_URL', `${what}: the URL ${quote(String(url))} ${start}`);
  const idempotent = isIdempotent(method);
  const timeoutMs = options.http?.timeoutMs ?? 60_000;
  let attempt = 0;

  const tryOnce = async (): Promise<T> => {
    attempt++;
    if (attempt > 1 && !idempotent && options.reread) {
      const done = await options.reread();
      if (done !== undefined) return done;
    }
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const touch = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => controller.abort(new Error(`no answer for ${timeoutMs} ms (request timeout)`)),
        timeoutMs,
      );
    };
    touch();
    try {
      const response = await follow(start, method, options, controller.signal);
      if (retryableStatus(response.status)) {
        await response.body?.cancel();
        throw new TransientFailure(`HTTP ${response.status}`, retryAfterMs(response));
      }
      return await read(response, touch);
    } catch (error) {
      throw classify(error, what, controller.signal);
    } finally {
      clearTimeout(timer);
    }
  };

  const guarded =
    idempotent || options.reread
      ? tryOnce
      : async (): Promise<T> => {
          try {
            return await tryOnce();
          } catch (error) {
            if (!(error instanceof TransientFailure)) throw error;
            throw new HttpError(
              'NOT_RETRIED',
              `${what} failed (${error.message}); a ${method} is not sent again without re-reading what the first one did`,
              { cause: error },
            );
          }
        };

  return withRetries(options.http ?? {}, guarded, {
    exhausted: (attempts, last, cause) =>
      new HttpError('RETRIES_EXHAUSTED', `${what} failed after ${attempts} tries (last: ${last})`, { cause }),
    waitTooLong: (last, askedMs, maxMs) =>
      new HttpError(
        'WAIT_TOO_LONG',
        `${what} failed (${last} asking to wait ${askedMs / 1000} s, over the ${maxMs / 1000} s limit)`,
      ),
  });
}

/**
 * The request with redirects followed by hand: `redirect: 'follow'` would accept a hop through
 * plain http, where anyone on the path could send the client on to a host of their choosing, and
 * only the final URL could be checked. A 303 turns the request into a GET, as RFC 9110 §15.4.4
 * says; other redirects keep the method and body.
 */
async function follow(
  start: URL,
  method: string,
  options: ExchangeOptions<unknown>,
  signal: AbortSignal,
): Promise<Response> {
  let url = start;
  let current = method;
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = { ...options.headers, 'user-agent': 'sealed-release' };
    if (options.authorization !== undefined && url.origin === start.origin)
      headers.authorization = options.authorization;
    const body = current === 'GET' || current === 'HEAD' ? undefined : options.body?.();
    const response = await fetch(url, {
      method: current,
      headers,
      body,
      redirect: 'manual',
      signal,
      // A streamed body needs half-duplex (undici refuses it otherwise).
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || location === null) return response;
    await response.body?.cancel();
    if (hop >= MAX_REDIRECTS)
      throw new HttpError(
        'TOO_MANY_REDIRECTS',
        `${options.what} redirected more than ${MAX_REDIRECTS} times`,
      );
    const next = checkFetchUrl(new URL(location, url).href);
    if (typeof next === 'string')
      throw new HttpError('REDIRECT_REFUSED', `${options.what} was redirected to a URL that ${next}`);
    if (response.status === 303 && current !== 'HEAD') current = 'GET';
    url = next;
  }
}

/**
 * The error a failed try ends with: the caller's own errors as they are; a timeout in its own
 * words; a refused certificate as a final failure naming its code; any other failure below
 * HTTP (fetch says only "fetch failed") tried again, worded with its causes.
 */
function classify(error: unknown, what: string, signal: AbortSignal): unknown {
  if (error instanceof BaseError) return error;
  // The abort's reason is the clearest account of a timeout; fetch may wrap it.
  if (signal.aborted) return new TransientFailure(messageOf(signal.reason), undefined, { cause: error });
  const certificate = certificateFailure(error);
  if (certificate) {
    return new HttpError(
      'TLS_CERTIFICATE',
      `${what} failed: the server's TLS certificate was refused (${certificate}); not tried again, as another try meets the same certificate. Behind a proxy with its own certificate authority, give the runner its certificate with NODE_EXTRA_CA_CERTS.`,
      { cause: error },
    );
  }
  return new TransientFailure(messageWithCauses(error), undefined, { cause: error });
}

/**
 * The certificate errors Node reports from OpenSSL's verification, by `code` (Node's tls
 * documentation, "X509 certificate error codes"), and the host-name check's own code.
 */
const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_CRL',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'UNABLE_TO_DECRYPT_CRL_SIGNATURE',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
  'CERT_SIGNATURE_FAILURE',
  'CRL_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'CRL_NOT_YET_VALID',
  'CRL_HAS_EXPIRED',
  'ERROR_IN_CERT_NOT_BEFORE_FIELD',
  'ERROR_IN_CERT_NOT_AFTER_FIELD',
  'ERROR_IN_CRL_LAST_UPDATE_FIELD',
  'ERROR_IN_CRL_NEXT_UPDATE_FIELD',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_CHAIN_TOO_LONG',
  'CERT_REVOKED',
  'INVALID_CA',
  'PATH_LENGTH_EXCEEDED',
  'INVALID_PURPOSE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** `message (CODE)` of a certificate error in the cause chain, or undefined when there is none. */
export function certificateFailure(error: unknown): string | undefined {
  for (const link of causeChain(error)) {
    const code = (link as { code?: unknown })?.code;
    if (typeof code === 'string' && CERTIFICATE_CODES.has(code)) {
      // Node adds advice about its own flags to some messages; the code and the first clause are the fact.
      // Read as a plain property: fetch's errors come from Node's realm, which may not be the caller's.
      const text = (link as { message?: unknown }).message;
      const message = (typeof text === 'string' ? text : String(link)).split(';')[0];
      return `${message} (${code})`;
    }
  }
  return undefined;
}
