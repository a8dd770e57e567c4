import * as commands from './workflow-commands.js';
import {
  BaseError,
  causeChain,
  ChecksFailedError,
  ConfigurationError,
  messageOf,
  networkFailure,
  unreachableMessage,
} from '../errors.js';
import { redact } from './secrets.js';

/**
 * The one error boundary of every entry point. A configuration error is the user's to fix; a
 * failed check already wrote its rows; a network failure says which host could not be reached
 * and why; anything else is reported as an internal error. Only the message reaches
 * `setFailed` (an Error object can carry request headers, and with them the token); the cause
 * goes to the debug log, redacted.
 */
export async function runAction(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    commands.setFailed(redact(failureMessage(error)));
    const cause = error instanceof Error ? (error.cause ?? error.stack) : undefined;
    if (cause) commands.debug(redact(typeof cause === 'string' ? cause : messageOf(cause)));
  }
}

/** The failed step's message for anything thrown (see {@link runAction}); not yet redacted. */
export function failureMessage(error: unknown): string {
  const message = messageOf(error);
  if (error instanceof ConfigurationError) return `Configuration error: ${message}`;
  if (error instanceof ChecksFailedError) return message;
  const network = unreachableOf(error);
  if (network !== undefined) {
    // Wrappers put what was being done in front ("Listing runs of ci.yml: could not reach …");
    // one that dropped the cause's words gets them back, so the host is never lost.
    return message.includes(network) ? message : `${network} (${message})`;
  }
  return `Internal error: ${message}`;
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
