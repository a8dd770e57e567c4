/**
 * A mistake in how the action was configured (a bad input, a missing file the user named).
 * The error boundary reports it as the user's to fix, distinct from an internal failure.
 */
export class ConfigurationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigurationError';
  }
}

/**
 * One or more checks said no. The message already lists every failed check; the rows were
 * written to the job summary before this is thrown.
 */
export class ChecksFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChecksFailedError';
  }
}

/** The message of anything thrown, never the object itself (which may carry request headers). */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * The message with its causes ("a: b: c"), for libraries that wrap the useful reason in a
 * generic one (sigstore-js: "error creating signing certificate"). Callers redact it as usual.
 */
export function messageWithCauses(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const message = messageOf(current);
    if (message && !parts.includes(message)) parts.push(message);
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(': ');
}
