/**
 * A mistake in how the action was configured (a bad input, a missing file the user named).
 * The error boundary reports it as the user's to fix, distinct from an internal failure. It
 * carries every problem found, so one run reports them all: one problem is the message itself,
 * several are listed one a line.
 */
export class ConfigurationError extends Error {
  readonly problems: string[];

  constructor(problems: string | string[], options?: { cause?: unknown }) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(
      list.length === 1
        ? list[0]
        : `${list.length} configuration problems:\n${list.map((p) => `- ${p}`).join('\n')}`,
      options,
    );
    this.name = 'ConfigurationError';
    this.problems = list;
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
