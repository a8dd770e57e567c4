/*
 * audit-settings' sequence, shared by the action and the CLI's `audit`: the `checks` levels, the
 * settings checks (settings/), the workflow lint (workflow/), and one list of report rows from
 * which the outputs, the JSON report, the SARIF file, the summary and the annotations are all made.
 *
 * A row's `result` is what was found (`pass`, `fail`, `not-checked`: a setting the token could not
 * read, or `off`: turned off in `checks`); its `level` decides whether it fails the run. Only
 * `error` rows that failed or were not checked fail it: `not-checked` is never a pass.
 */
import * as fs from 'node:fs/promises';
import { BaseError, messageOf } from '../errors.js';
import type { GitHubClient, Repo } from '../github/client.js';
import { WORKFLOW_CHECKS, type Level } from './levels.js';
import type { WorkflowFinding } from './workflow/types.js';
import { toSarif, type SarifFinding } from './sarif.js';
import { auditSettings, SETTINGS_CHECKS, type SettingsCheck } from './settings/index.js';
import { SETTINGS_RULES } from './settings/rules.js';
import { WORKFLOW_RULES } from './workflow/rules.js';

export { AUDIT_CHECKS, parseCheckLevels, WORKFLOW_CHECKS, type Level } from './levels.js';

/** The workflow lint: every finding of one workflow file (workflow/lint.ts's `lintWorkflow`). */
export type LintWorkflow = (text: string, file: string, options: { tagPattern: string }) => WorkflowFinding[];

/** One row of the report, as the contract's `report` output writes it. */
export interface AuditRow {
  check: string;
  level: Level;
  result: 'pass' | 'fail' | 'not-checked' | 'off';
  detail: string;
  fix: string;
  file?: string;
  line?: number;
  column?: number;
}

/** A workflow finding as a failed row of its check, at its file, line and column. */
function findingRow(f: WorkflowFinding, level: Level): AuditRow {
  return {
    check: f.check,
    level,
    result: 'fail',
    detail: f.detail,
    fix: f.fix,
    file: f.file,
    line: f.line,
    column: f.column,
  };
}

/** What the audit reads. */
export interface AuditOptions {
  repo: Repo;
  tagPattern: string;
  requiredChecks: string[];
  environment?: string;
  levels: Map<string, Level>;
  /** The release workflow, read by the caller, and its path as annotations name it; none: workflow checks are not run. */
  workflow?: { text: string; file: string };
}

/** Why the audit could not run at all: the workflow file could not be read. */
export class AuditError extends BaseError<'WORKFLOW_UNREADABLE'> {
  constructor(message: string, options: { cause?: unknown; fix?: string } = {}) {
    super('WORKFLOW_UNREADABLE', message, options);
    this.name = 'AuditError';
  }
}

/** The audit's counts, as the outputs give them (`failed` does not include `not-checked`). */
export interface AuditCounts {
  passed: number;
  failed: number;
  notChecked: number;
}

export function countRows(rows: readonly AuditRow[]): AuditCounts {
  return {
    passed: rows.filter((r) => r.result === 'pass').length,
    failed: rows.filter((r) => r.result === 'fail').length,
    notChecked: rows.filter((r) => r.result === 'not-checked').length,
  };
}

/** Whether the row fails the run: an `error` check that failed or could not be checked. */
export function failsRun(row: AuditRow): boolean {
  return row.level === 'error' && (row.result === 'fail' || row.result === 'not-checked');
}

/** The `report` output: `{"checks": [...]}` with the contract's fields, positions only where known. */
export function reportJson(rows: readonly AuditRow[]): string {
  return JSON.stringify({ checks: rows });
}

/**
 * Runs the audit: settings checks through `github`, then the workflow lint, in the contract's
 * order; a check set to `off` gives one `off` row and asks nothing.
 */
export async function runAudit(
  deps: { github: GitHubClient; lintWorkflow: LintWorkflow },
  options: AuditOptions,
): Promise<AuditRow[]> {
  const level = (check: string): Level => options.levels.get(check) ?? 'error';
  const off = (check: string, detail = 'Turned off in checks.'): AuditRow => ({
    check,
    level: 'off',
    result: 'off',
    detail,
    fix: '',
  });
  const rows: AuditRow[] = [];
  const settingsToRun = SETTINGS_CHECKS.filter((c) => level(c) !== 'off');
  const settingsRows = await auditSettings(deps.github, {
    repo: options.repo,
    tagPattern: options.tagPattern,
    requiredChecks: options.requiredChecks,
    environment: options.environment,
    checks: settingsToRun as SettingsCheck[],
  });
  for (const check of SETTINGS_CHECKS) {
    const row = settingsRows.find((r) => r.check === check);
    rows.push(row ? { ...row, level: level(check) } : off(check));
  }
  const workflow = options.workflow;
  if (!workflow) {
    // Not run, which the row says; the CLI audits settings alone when no --workflow is given.
    for (const check of WORKFLOW_CHECKS)
      rows.push({ ...off(check, 'Not run: no workflow file was given.'), level: level(check) });
    return rows;
  }
  // A file the lint cannot read as a workflow throws its WorkflowLintError (file, line, column
  // and fix): no finding is reported then, and never a pass.
  const findings = deps.lintWorkflow(workflow.text, workflow.file, { tagPattern: options.tagPattern });
  for (const check of WORKFLOW_CHECKS) {
    if (level(check) === 'off') {
      rows.push(off(check));
      continue;
    }
    const mine = findings.filter((f) => f.check === check);
    if (mine.length === 0) {
      rows.push({
        check,
        level: level(check),
        result: 'pass',
        detail: `No finding in ${workflow.file}.`,
        fix: '',
      });
      continue;
    }
    for (const f of mine) rows.push(findingRow(f, level(check)));
  }
  // A finding under a name the audit does not know would be dropped silently: never.
  const unknown = findings.filter((f) => !(WORKFLOW_CHECKS as readonly string[]).includes(f.check));
  for (const f of unknown) rows.push(findingRow(f, 'error'));
  return rows;
}

/**
 * The SARIF 2.1.0 log of the audit (sarif.ts): every row that failed or was not checked, as an
 * `error` or, for a check set to `warn`, a `warning`; settings rows carry no location. Every
 * check is a rule, so code scanning lists the ones that passed too.
 */
export function auditSarif(rows: readonly AuditRow[], version?: string): Record<string, unknown> {
  const rules = [
    ...SETTINGS_CHECKS.map((id) => ({ id, help: SETTINGS_RULES[id] })),
    ...WORKFLOW_CHECKS.map((id) => ({ id, help: WORKFLOW_RULES[id] })),
  ];
  const findings: SarifFinding[] = rows
    .filter((r) => (r.result === 'fail' || r.result === 'not-checked') && r.level !== 'off')
    .map((r) => ({
      check: r.check,
      level: r.level === 'warn' ? 'warning' : 'error',
      detail: r.result === 'not-checked' ? `Not checked: ${r.detail}` : r.detail,
      fix: r.fix,
      file: r.file,
      line: r.line,
      column: r.column,
    }));
  return toSarif(findings, rules, { version });
}

/**
 * Reads the workflow to lint. A missing file is the usual mistake (the step ran before the
 * checkout), so the error says so.
 */
export async function readWorkflowFile(
  absolute: string,
  file: string,
): Promise<{ text: string; file: string }> {
  try {
    return { text: await fs.readFile(absolute, 'utf8'), file };
  } catch (error) {
    throw new AuditError(`The workflow ${file} could not be read: ${messageOf(error)}`, {
      cause: error,
      fix: "Check the repository out before this step (actions/checkout with 'persist-credentials: false'), or give the workflow's path in 'workflow' (the CLI's --workflow).",
    });
  }
}
