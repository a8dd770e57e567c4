import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { runChecks } from '../../core/action/checks.js';
import {
  auditSarif,
  countRows,
  failsRun,
  readWorkflowFile,
  reportJson,
  runAudit,
  type AuditRow,
} from '../../core/audit/audit.js';
import { lintWorkflow } from '../../core/audit/workflow/index.js';
import { createClient } from '../../core/github/client.js';
import type { AuditInputs } from './inputs.js';

/** A row's words in the summary and the failure message: the result, the detail and the fix. */
export function verdictDetail(row: AuditRow): string {
  const result =
    row.result === 'not-checked'
      ? 'not checked'
      : row.result === 'off'
        ? 'off'
        : row.result === 'pass'
          ? ''
          : 'failed';
  const level = row.level === 'warn' && row.result !== 'pass' ? ' (warn only)' : '';
  const head = result ? `${result}${level}: ` : '';
  return `${head}${row.detail}${row.fix ? ` Fix: ${row.fix}` : ''}`;
}

/**
 * Wires the GitHub client and the workflow lint to core/audit's sequence, writes the SARIF file,
 * and ends through runChecks: one summary row per audit row (a workflow finding annotated at its
 * file, line and column), the outputs, and a failure listing every `error` check that failed or
 * could not be checked.
 */
export async function run(inputs: AuditInputs): Promise<void> {
  await runChecks(
    'audit-settings',
    [
      async (report) => {
        const github = createClient(inputs.token);
        const workflow = await readWorkflowFile(inputs.workflow.absolute, inputs.workflow.relative);
        const rows = await runAudit(
          { github, lintWorkflow },
          {
            repo: inputs.repository,
            tagPattern: inputs.tagPattern,
            requiredChecks: inputs.requiredChecks,
            environment: inputs.environment,
            levels: inputs.levels,
            workflow,
          },
        );
        await fs.mkdir(path.dirname(inputs.sarifPath), { recursive: true });
        await fs.writeFile(inputs.sarifPath, JSON.stringify(auditSarif(rows), null, 2) + '\n');
        for (const row of rows)
          report.add({
            check: row.check,
            ok: !failsRun(row),
            detail: verdictDetail(row),
            file: row.file,
            line: row.line,
            column: row.column,
            warning: row.level === 'warn' && row.result === 'fail',
          });
        const counts = countRows(rows);
        return {
          outputs: {
            passed: String(counts.passed),
            failed: String(counts.failed),
            'not-checked': String(counts.notChecked),
            report: reportJson(rows),
            'sarif-path': inputs.sarifPath,
          },
          hardFailures: 0,
          summary: [
            `${counts.passed} passed, ${counts.failed} failed, ${counts.notChecked} not checked (a setting the token could not read is never a pass). SARIF: \`${inputs.sarifPath}\`.`,
          ],
        };
      },
    ],
    { onReject: 'fail', verdictOutputs: false },
  );
}
