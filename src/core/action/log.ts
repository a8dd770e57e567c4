import * as commands from './workflow-commands.js';
import { redact } from './secrets.js';

/*
 * Log lines for actions and the core they compose, so that only core/action speaks the runner's
 * protocol (workflow-commands.ts). Every line is redacted: a message built from an error can carry a secret.
 */

/** A plain log line. */
export function info(message: string): void {
  commands.info(redact(message));
}

/** A `::warning::` annotation: something the user should know, which does not fail the run. */
export function warning(message: string): void {
  commands.warning(redact(message));
}
