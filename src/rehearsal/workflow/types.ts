/* What a run of a workflow records, step by step. */
export type Yaml = Record<string, unknown>;

export interface StepContext {
  job: string;
  workspace: string;
  runnerTemp: string;
  with: Record<string, string>;
}

/**
 * A stand-in for a third-party action, by its effect on the emulated services; what it returns
 * are the step's outputs (`steps.<id>.outputs.*`), as the real action would set them.
 */
export type StandIn = (step: StepContext) => Promise<void | Record<string, string>>;

export interface StepRecord {
  job: string;
  index: number;
  id?: string;
  label: string;
  kind: 'sealed-release' | 'run' | 'stand-in';
  /** The sealed-release action's name, for `kind: 'sealed-release'`. */
  action?: string;
  with: Record<string, string>;
  /** Inputs the rehearsal added (stand-ins for public services). */
  added: Record<string, string>;
  code: number | null;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
  /** The step was not run again: its job's result came from the JobCache. */
  reused?: boolean;
}

export type StepEvent =
  | { phase: 'start'; record: Omit<StepRecord, 'code' | 'outputs' | 'summary' | 'stdout' | 'stderr'> }
  | { phase: 'end'; record: StepRecord };

export interface WorkflowResult {
  ok: boolean;
  steps: StepRecord[];
  /** The step that failed, if any. */
  failed?: StepRecord;
  jobs: Record<string, { status: 'success' | 'failure' | 'skipped'; outputs: Record<string, string> }>;
}
