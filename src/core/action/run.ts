import * as core from '@actions/core';
import { ChecksFailedError, ConfigurationError, messageOf } from '../errors.js';
import { redact } from './secrets.js';

/**
 * The one error boundary of every entry point. A configuration error is the user's to fix; a
 * failed check already wrote its rows; anything else is reported as an internal error. Only
 * the message reaches `setFailed` (an Error object can carry request headers, and with them
 * the token); the cause goes to the debug log, redacted.
 */
export async function runAction(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    const message = redact(messageOf(error));
    if (error instanceof ConfigurationError) {
      core.setFailed(`Configuration error: ${message}`);
    } else if (error instanceof ChecksFailedError) {
      core.setFailed(message);
    } else {
      core.setFailed(`Internal error: ${message}`);
    }
    const cause = error instanceof Error ? (error.cause ?? error.stack) : undefined;
    if (cause) core.debug(redact(typeof cause === 'string' ? cause : messageOf(cause)));
  }
}
