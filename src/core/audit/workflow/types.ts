/*
 * The workflow lint's vocabulary: the checks by name (the contract's section "audit-settings";
 * they are the SARIF rule ids and the names users write in `checks`), a finding, and the one
 * error it throws when the file cannot be read as a workflow at all.
 */
import { BaseError } from '../../errors.js';

/** The workflow checks, in the contract's order. */
export const WORKFLOW_CHECKS = [
  'unpinned-uses',
  'excessive-permissions',
  'id-token',
  'persist-credentials',
  'dangerous-triggers',
  'tag-trigger',
  'template-injection',
  'step-order',
] as const;

export type WorkflowCheck = (typeof WORKFLOW_CHECKS)[number];

/** One thing wrong in a workflow file, where it is (1-based) and what to do about it. */
export interface WorkflowFinding {
  check: string;
  detail: string;
  fix: string;
  file: string;
  line: number;
  column: number;
}

/** A 1-based line and column in the workflow file. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Why a workflow could not be linted: `WORKFLOW_SYNTAX` (not YAML), `WORKFLOW_SHAPE` (YAML, but
 * not a workflow: `jobs` is not a mapping, a step is a list…). No finding is reported then: a
 * file the lint cannot read is never a pass.
 */
export class WorkflowLintError extends BaseError<'WORKFLOW_SYNTAX' | 'WORKFLOW_SHAPE'> {
  readonly file: string;
  readonly line: number;
  readonly column: number;

  constructor(code: 'WORKFLOW_SYNTAX' | 'WORKFLOW_SHAPE', file: string, at: Position, message: string) {
    super(code, `${file}:${at.line}:${at.column}: ${message}`, {
      fix:
        code === 'WORKFLOW_SYNTAX'
          ? 'Fix the YAML at that position (GitHub refuses the file too).'
          : 'Write the workflow as GitHub documents it (workflow syntax for GitHub Actions).',
    });
    this.file = file;
    this.line = at.line;
    this.column = at.column;
  }
}
