/*
 * The rehearsal's own refusals. They are the rehearsal's, not a release's: a workflow that uses
 * something the interpreter does not emulate, an example whose declaration is incomplete.
 * - `UNSUPPORTED`: a key, construct or action input the rehearsal does not emulate (never
 *   silently skipped);
 * - `INVALID_WORKFLOW`: the workflow breaks a rule the rehearsal holds examples to (a job without
 *   permissions, `${{ }}` in a script, an action not pinned to a commit, a cycle of needs…);
 * - `INVALID_EXAMPLE`: an example's declaration names no such emulator or end state, or a
 *   scenario no such example;
 * - `NOT_DECLARED`: a scenario or an end state reads an emulator its example did not declare;
 * - `STEP_FAILED`: a stand-in for a third-party action refused (its step fails, as it would).
 */
import { BaseError } from '../core/errors.js';

export type RehearsalCode =
  'UNSUPPORTED' | 'INVALID_WORKFLOW' | 'INVALID_EXAMPLE' | 'NOT_DECLARED' | 'STEP_FAILED';

export class RehearsalError extends BaseError<RehearsalCode> {}

/** A value read from a workflow file or a service, for a message: quoted, and cut at 120 characters. */
export function quote(value: unknown): string {
  const text = JSON.stringify(String(value));
  return text.length <= 120 ? text : `${text.slice(0, 118)}…"`;
}
