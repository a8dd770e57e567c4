import type { RunResult } from '../emulator/runner.js';

/** One step of the rehearsal: it runs bundles through the runner and says what it expects. */
export interface Stage {
  name: string;
  /** Runs the step; returns the runs to print and whether each ended as expected. */
  run(root: string): Promise<StageRun[]>;
}

export interface StageRun {
  label: string;
  result: RunResult;
  /** What this run had to do: the rehearsal fails when a run does not end this way. */
  expect: 'success' | 'failure';
  /** Further checks on the outputs; each message is a problem. */
  problems?: string[];
}
