import * as core from '@actions/core';
import { redact } from './secrets.js';

/*
 * Log lines for actions and the core they compose, so that only core/action imports
 * @actions/core. Every line is redacted: a message built from an error can carry a secret.
 */

/** A plain log line. */
export function info(message: string): void {
  core.info(redact(message));
}

/** A `::warning::` annotation: something the user should know, which does not fail the run. */
export function warning(message: string): void {
  core.warning(redact(message));
}
