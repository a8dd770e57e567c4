/*
 * The errors sealed-release throws on purpose. Each class carries a `code` from a closed union,
 * as sigstore-js's `BaseError<Code>` does: code decides, the message is for people. Never branch
 * on a message's wording: a reworded message would silently change what the code does.
 */

/**
 * The base of every error thrown on purpose; `code` is what callers branch on. The error
 * boundary reports it as a known failure, with its message and, when it has one, its `fix` (a
 * line that says what the user changes); only {@link InternalError} and errors that are not a
 * `BaseError` at all are reported as "Internal error".
 */
export class BaseError<Code extends string> extends Error {
  readonly code: Code;
  /** What the user does about it ("Add `permissions: id-token: write` to the job."), if known. */
  readonly fix: string | undefined;

  constructor(code: Code, message: string, options?: { cause?: unknown; fix?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.fix = options?.fix;
    this.name = new.target.name;
  }
}

/**
 * A state the code believed impossible (a broken invariant, a caller that broke its contract):
 * a bug to report, never the user's to fix. The boundary reports it as "Internal error".
 */
export class InternalError extends BaseError<'BUG'> {
  constructor(message: string, options?: { cause?: unknown }) {
    super('BUG', message, options);
  }
}

/** Values from a file or the network reach messages through the one `quote()` (core/quote.ts). */
export { quote } from './quote.js';

/**
 * Why a configuration was refused:
 * - `INVALID_INPUT`: an input without the accepted form, or several problems at once;
 * - `MISSING_INPUT`: a required input is absent or blank;
 * - `FILE_NOT_FOUND`: a path the user named does not exist in the workspace;
 * - `OUTSIDE_WORKSPACE`: a path leaves the workspace (`..`, absolute, a symbolic link, a NUL);
 * - `NO_MATCHING_FILE`: a file pattern matched nothing.
 */
export type ConfigurationCode =
  'INVALID_INPUT' | 'MISSING_INPUT' | 'FILE_NOT_FOUND' | 'OUTSIDE_WORKSPACE' | 'NO_MATCHING_FILE';

/**
 * A mistake in how the action was configured (a bad input, a missing file the user named).
 * The error boundary reports it as the user's to fix, distinct from an internal failure. It
 * carries every problem found, so one run reports them all: one problem is the message itself,
 * several are listed one a line.
 */
export class ConfigurationError extends BaseError<ConfigurationCode> {
  readonly problems: string[];

  constructor(problems: string | string[], options: { code?: ConfigurationCode; cause?: unknown } = {}) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(
      options.code ?? 'INVALID_INPUT',
      list.length === 1
        ? list[0]
        : `${list.length} configuration problems:\n${list.map((p) => `- ${p}`).join('\n')}`,
      { cause: options.cause },
    );
    this.name = 'ConfigurationError';
    this.problems = list;
  }
}

/**
 * One or more checks said no. The message already lists every failed check; the rows were
 * written to the job summary before this is thrown.
 */
export class ChecksFailedError extends BaseError<'CHECKS_FAILED'> {
  constructor(message: string) {
    super('CHECKS_FAILED', message);
    this.name = 'ChecksFailedError';
  }
}

/** The message of anything thrown, never the object itself (which may carry request headers). */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * The error and its causes, outermost first (at most `depth`; causes can form a cycle). Read as
 * a plain `cause` property, not through `instanceof Error`: fetch's errors come from Node's own
 * realm, which is not the caller's under a VM sandbox such as Jest's.
 */
export function causeChain(error: unknown, depth = 8): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && current !== null && chain.length < depth;) {
    if (chain.includes(current)) break;
    chain.push(current);
    current = typeof current === 'object' ? (current as { cause?: unknown }).cause : undefined;
  }
  return chain;
}

/**
 * The message of anything thrown, followed by its fix when it is a failure that knows one: one
 * line for a summary row or a report ("… (HTTP 403). Fix: Add `permissions: …` to the job.").
 */
export function messageWithFix(error: unknown): string {
  const message = messageOf(error);
  if (!(error instanceof BaseError) || !error.fix) return message;
  return `${message.replace(/\.$/, '')}. Fix: ${error.fix}`;
}

/**
 * The message with its causes ("a: b: c"), for libraries that wrap the useful reason in a
 * generic one (sigstore-js: "error creating signing certificate"). Callers redact it as usual.
 */
export function messageWithCauses(error: unknown): string {
  const parts: string[] = [];
  for (const current of causeChain(error, 5)) {
    const message = messageOf(current);
    if (message && !parts.includes(message)) parts.push(message);
  }
  return parts.join(': ');
}

/**
 * The error codes of a connection that failed below HTTP, in words: Node's system errors and
 * undici's own. A code not listed here is not treated as a network failure.
 */
const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ECONNABORTED: 'connection aborted',
  EPIPE: 'connection closed while sending',
  ETIMEDOUT: 'connection timed out',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'host name lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no response in time',
  UND_ERR_BODY_TIMEOUT: 'the response stalled',
  UND_ERR_SOCKET: 'connection closed by the other side',
  UND_ERR_CLOSED: 'connection closed',
};

/** A connection that failed below HTTP: where to, and why in words (with the code). */
export interface NetworkFailure {
  /** `host[:port]` when the error says where it was going. */
  host: string | undefined;
  /** e.g. `connection refused (ECONNREFUSED)`. */
  reason: string;
}

/**
 * Recognises a network failure anywhere in an error's cause chain by its `code` (fetch wraps it
 * as `TypeError: fetch failed` with the system error as its cause; octokit wraps that again),
 * or undefined when the error is something else.
 */
export function networkFailure(error: unknown): NetworkFailure | undefined {
  let found: NetworkFailure | undefined;
  for (const link of causeChain(error)) {
    // An AggregateError (every address of a name refused) holds the per-address errors.
    const errors = (link as { errors?: unknown })?.errors;
    for (const candidate of [link, ...(Array.isArray(errors) ? errors : [])]) {
      const code = (candidate as { code?: unknown })?.code;
      if (typeof code !== 'string' || !Object.hasOwn(NETWORK_CODES, code)) continue;
      const failure = { host: hostOfSystemError(candidate), reason: `${NETWORK_CODES[code]} (${code})` };
      // The first one that names its host wins; the outermost otherwise.
      if (failure.host !== undefined) return failure;
      found ??= failure;
    }
  }
  return found;
}

/** `hostname`, or `address:port`, of a Node system error (ENOTFOUND has the first, ECONNREFUSED the second). */
function hostOfSystemError(error: unknown): string | undefined {
  const e = error as { hostname?: unknown; address?: unknown; port?: unknown };
  if (typeof e.hostname === 'string' && e.hostname) return e.hostname;
  if (typeof e.address === 'string' && e.address) {
    const address = e.address.includes(':') ? `[${e.address}]` : e.address;
    return typeof e.port === 'number' ? `${address}:${e.port}` : address;
  }
  return undefined;
}

/** "could not reach <host>: <reason>", the one wording of a network failure. */
export function unreachableMessage(host: string | undefined, reason: string): string {
  return `could not reach ${host ?? 'the server'}: ${reason}`;
}
