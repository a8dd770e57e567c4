import { BaseError, messageOf } from '../errors.js';
import { KnownFailure, permissionFailure } from '../known-failures.js';

/*
 * The errors of GitHub requests, apart from the client (client.ts re-exports them, where the
 * code that makes requests has always found them): what a failed request means, in one place,
 * and importable without loading Octokit.
 */

/** The fields of an Octokit RequestError this code reads. */
export interface HttpErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

/**
 * Why an answer did not arrive whole:
 * - `UNREACHABLE`: the connection failed below HTTP (refused, reset, name not found, timed out);
 * - `TIMEOUT`: no answer within the client's deadline for a JSON request;
 * - `INCOMPLETE_RESPONSE`: the body was cut short.
 */
export type TransientCode = 'UNREACHABLE' | 'TIMEOUT' | 'INCOMPLETE_RESPONSE';

/**
 * An answer that did not arrive whole, or not in time: the request may or may not have taken
 * effect. Other errors without a status (a bug, a bad parameter) are never retried.
 */
export class TransientError extends BaseError<TransientCode> {
  readonly status = undefined;
  /** `host[:port]` the request went to, when known. */
  readonly host: string | undefined;

  constructor(message: string, options: { code?: TransientCode; host?: string; cause?: unknown } = {}) {
    super(options.code ?? 'INCOMPLETE_RESPONSE', message, { cause: options.cause });
    this.name = 'TransientError';
    this.host = options.host;
  }
}

/** A listing that could not be completed; never treat what arrived as the whole. */
export class PaginationError extends BaseError<'INCOMPLETE_LISTING'> {
  /** The HTTP status that stopped the listing, so 403/404 can still name a permission. */
  readonly status: number | undefined;
  /**
   * Pages that arrived before the listing stopped: 0 means the very first request failed, so a
   * 404 then says the listed thing does not exist, not that a later page went missing.
   */
  readonly pages: number | undefined;

  constructor(message: string, cause?: unknown, pages?: number) {
    super('INCOMPLETE_LISTING', message, { cause });
    this.name = 'PaginationError';
    this.status = statusOf(cause);
    this.pages = pages;
  }
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Why a GitHub request failed, or gave what cannot be used:
 * - `NOT_PERMITTED`: 403 or 404, which GitHub gives for a missing permission as well as a
 *   missing resource ({@link explainHttpError});
 * - `REQUEST_FAILED`: anything else {@link explainHttpError} explains (the cause says what);
 * - `UNEXPECTED_ANSWER`: an answer GitHub's API does not document (a page that is not a list, a
 *   SHA that is not one, a digest of an undocumented form, a tag that resolves to no commit);
 * - `TOO_MANY_PAGES`: a listing longer than the caller's limit;
 * - `INCOMPLETE_DOWNLOAD`: a download that broke off, or gave another size than GitHub lists;
 * - `UPLOAD_FAILED`: an upload GitHub refused, answered early, or that failed on every attempt.
 */
export type GitHubRequestCode =
  | 'NOT_PERMITTED'
  | 'REQUEST_FAILED'
  | 'UNEXPECTED_ANSWER'
  | 'TOO_MANY_PAGES'
  | 'INCOMPLETE_DOWNLOAD'
  | 'UPLOAD_FAILED';

/**
 * A failed GitHub request, with what was being done in its message. It has no `status` of its
 * own on purpose: it is an explanation, never something to retry (the cause keeps the status).
 */
export class GitHubRequestError extends BaseError<GitHubRequestCode> {
  constructor(code: GitHubRequestCode, message: string, cause?: unknown) {
    super(code, message, { cause });
    this.name = 'GitHubRequestError';
  }
}

/**
 * Turns a 403/404 into a message that names the permission the job probably lacks: GitHub
 * answers 404 rather than 403 for many resources a token may not see. GitHub's 403 "Resource not
 * accessible by integration" to a write is certain, and known: it becomes the typed failure of
 * that permission, with its fix (`permissionFailure`, src/core/known-failures.ts).
 */
export function explainHttpError(
  error: unknown,
  what: string,
  permission: string,
): GitHubRequestError | KnownFailure {
  const status = statusOf(error);
  const e = error as HttpErrorLike;
  const known = permissionFailure(
    what,
    permission,
    { status, message: messageOf(error), accepted: e?.response?.headers?.['x-accepted-github-permissions'] },
    error,
  );
  if (known) return known;
  if (status === 403 || status === 404) {
    return new GitHubRequestError(
      'NOT_PERMITTED',
      `${what}: GitHub answered ${status}. The token may lack the '${permission}' permission ` +
        `(add 'permissions: ${permission}' to the job), or the resource does not exist.`,
      error,
    );
  }
  return new GitHubRequestError('REQUEST_FAILED', `${what}: ${messageOf(error)}`, error);
}
