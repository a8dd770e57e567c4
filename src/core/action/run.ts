import * as commands from './workflow-commands.js';
import {
  BaseError,
  causeChain,
  ChecksFailedError,
  ConfigurationError,
  InternalError,
  messageOf,
  networkFailure,
  unreachableMessage,
} from '../errors.js';
import type { Verdict } from './report.js';
import { redact } from './secrets.js';

/**
 * The one error boundary of every entry point. A configuration error is the user's to fix; a
 * failed check already wrote its rows; a network failure says which host could not be reached
 * and why; any other error thrown on purpose (a `BaseError`) is a known failure, reported with
 * its message and its fix; only a bug (an {@link InternalError}, or anything that is not a
 * `BaseError`) is reported as an internal error. Only the message reaches `setFailed` (an Error
 * object can carry request headers, and with them the token); the cause goes to the debug log,
 * redacted.
 */
export async function runAction(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    reportFailure(error);
  }
}

/** Fails the step with the message of `error` (see {@link runAction}). */
export function reportFailure(error: unknown): void {
  commands.setFailed(redact(failureMessage(error)));
  const cause = error instanceof Error ? (error.cause ?? error.stack) : undefined;
  if (cause) commands.debug(redact(typeof cause === 'string' ? cause : messageOf(cause)));
}

/** How the boundary sorts what was thrown: each kind has its own wording. */
export type FailureKind = 'configuration' | 'checks' | 'network' | 'known' | 'internal';

/** The kind of a thrown value and its words (not yet redacted). */
export function classifyFailure(error: unknown): { kind: FailureKind; message: string; code?: string } {
  const message = messageOf(error);
  if (error instanceof ConfigurationError) return { kind: 'configuration', message };
  if (error instanceof ChecksFailedError) return { kind: 'checks', message };
  // A failure that knows its fix says it, wherever it is in the cause chain and even when a
  // network error is its own cause (an unreachable TUF repository is fixed by naming a trusted
  // root); a wrapper that dropped its words gets them back in front.
  const fixed = causeChain(error).find(
    (link): link is BaseError<string> =>
      link instanceof BaseError && !!link.fix && !(link instanceof InternalError),
  );
  if (fixed) {
    const words = message.includes(fixed.message) ? message : `${fixed.message} (${message})`;
    return { kind: 'known', message: `${words}\nFix: ${fixed.fix}`, code: fixed.code };
  }
  const network = unreachableOf(error);
  if (network !== undefined) {
    // Wrappers put what was being done in front ("Listing runs of ci.yml: could not reach …");
    // one that dropped the cause's words gets them back, so the host is never lost.
    return { kind: 'network', message: message.includes(network) ? message : `${network} (${message})` };
  }
  if (error instanceof BaseError && !(error instanceof InternalError)) {
    return { kind: 'known', message, code: error.code };
  }
  return { kind: 'internal', message };
}

/** The failed step's message for anything thrown (see {@link runAction}); not yet redacted. */
export function failureMessage(error: unknown): string {
  const { kind, message } = classifyFailure(error);
  if (kind === 'configuration') return `Configuration error: ${message}`;
  if (kind === 'internal') return `Internal error: ${message}`;
  return message;
}

/**
 * The summary rows of an error that ended a run before it wrote its own: one `configuration`
 * row per problem, else one row whose detail is the step's failure message, named by the error's
 * code in words (`id token permission`, `incomplete response`), `network` or `internal error`.
 */
export function failureRows(error: unknown): Verdict[] {
  if (error instanceof ConfigurationError) {
    return error.problems.map((detail) => ({ check: 'configuration', ok: false, detail }));
  }
  const { kind, code } = classifyFailure(error);
  const check = kind === 'internal' ? 'internal error' : code ? code.toLowerCase().replace(/_/g, ' ') : kind;
  return [{ check, ok: false, detail: failureMessage(error) }];
}

/**
 * "could not reach <host>: <reason>" when a network failure is anywhere in the cause chain:
 * the GitHub client's own (a transient error coded `UNREACHABLE` or `TIMEOUT`, which already
 * carries the host of the request), or a raw one from another client (fetch, sigstore-js).
 */
function unreachableOf(error: unknown): string | undefined {
  for (const link of causeChain(error)) {
    if (link instanceof BaseError && (link.code === 'UNREACHABLE' || link.code === 'TIMEOUT')) {
      return link.message;
    }
  }
  const failure = networkFailure(error);
  return failure && unreachableMessage(failure.host, failure.reason);
}
