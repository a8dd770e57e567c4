import * as commands from './workflow-commands.js';

const secrets = new Set<string>();

/**
 * The shortest value registered as a secret. Masking a shorter one replaces every occurrence of
 * one to three common characters with `***`, which mangles every message (a token `a` turns
 * "release" into "rele***se") while hiding nothing: such a value is guessed in a few thousand
 * tries, and no credential these actions take is that short (GitHub tokens are 40 characters
 * or more, OIDC tokens are JWTs of hundreds). A shorter value is therefore not registered (not
 * masked by the runner, not redacted here) rather than refused: the request that presents it
 * fails authentication and says so, while refusing here would turn a bad credential into an
 * internal error at start-up. The CLI, which has no runner to mask for it, refuses such a token
 * outright with a usage error (src/cli/main.ts).
 */
export const MIN_SECRET_LENGTH = 4;

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
