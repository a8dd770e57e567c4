/*
 * What this run has written so far: the names of the outputs set and whether a job summary was
 * published. The entry's one ending (entry.ts) reads it to write what is still missing (a
 * summary for an error thrown before any was written, a definite value for every declared
 * output nobody set), and never a second summary or a second value for one output.
 */

const written = new Set<string>();
let summaries = 0;
let declared: readonly string[] | undefined;

/**
 * Starts a run of an action that declares `outputNames` (its action.yml's outputs), forgetting
 * what an earlier run wrote (one process runs one action; tests run several).
 */
export function beginRun(outputNames?: readonly string[]): void {
  written.clear();
  summaries = 0;
  declared = outputNames;
}

/** The outputs the running action declares; undefined outside `runEntry` (in-process tests). */
export function declaredOutputs(): readonly string[] | undefined {
  return declared;
}

export function noteOutput(name: string): void {
  written.add(name);
}

export function noteSummary(): void {
  summaries++;
}

/** The outputs set since {@link beginRun}. */
export function outputsWritten(): ReadonlySet<string> {
  return written;
}

/** Whether a job summary was published since {@link beginRun}. */
export function summaryWritten(): boolean {
  return summaries > 0;
}
