import { MIN_SECRET_LENGTH } from './secret-length.js';
import * as commands from './workflow-commands.js';

export { MIN_SECRET_LENGTH };

const secrets = new Set<string>();

/**
 * Registers a value that must never appear in output: the runner masks it in logs, and
 * {@link redact} removes it from every message we build ourselves (summaries, outputs,
 * errors), which the runner's masking does not reach when they are written to files. A value
 * shorter than {@link MIN_SECRET_LENGTH} is not registered (see there).
 */
export function registerSecret(value: string | undefined): void {
  if (!value || value.length < MIN_SECRET_LENGTH) return;
  secrets.add(value);
  commands.setSecret(value);
}

/** Replaces every registered secret in `text` with `***`. */
export function redact(text: string): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('***');
  return out;
}
