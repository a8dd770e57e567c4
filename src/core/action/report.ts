import * as commands from './workflow-commands.js';
import { noteSummary } from './run-state.js';
import { redact } from './secrets.js';

/** One check's result: the unit of every summary row, failure line and annotation. */
export interface Verdict {
  check: string;
  ok: boolean;
  detail: string;
  /** Where the problem is, for an `::error file=…,line=…` annotation. */
  file?: string;
  line?: number;
  /** The column there (1-based), for `col=` in the annotation. */
  column?: number;
  /** A passing row that still deserves a `::warning` at its file (audit-settings' `warn` findings). */
  warning?: boolean;
}

/**
 * Collects verdict rows. The job summary table, the failure message and the annotations are
 * all rendered from these rows, so they can never disagree with each other.
 */
export class Report {
  readonly rows: Verdict[] = [];

  constructor(readonly title: string) {}

  add(verdict: Verdict): Verdict {
    this.rows.push(verdict);
    return verdict;
  }

  pass(check: string, detail: string): Verdict {
    return this.add({ check, ok: true, detail });
  }

  fail(check: string, detail: string, where?: { file?: string; line?: number }): Verdict {
    return this.add({ check, ok: false, detail, ...where });
  }

  /** True only when there is at least one row and no row failed: an empty report is not a pass. */
  get ok(): boolean {
    return this.rows.length > 0 && this.rows.every((r) => r.ok);
  }

  get failures(): Verdict[] {
    return this.rows.filter((r) => !r.ok);
  }

  /** Every failed check, one a line. */
  failureMessage(): string {
    const failed = this.failures;
    if (failed.length === 0 && this.rows.length === 0) return `${this.title}: no check was run.`;
    const lines = failed.map((r) => `- ${r.check}: ${r.detail}`);
    return redact(
      `${this.title}: ${failed.length} check${failed.length === 1 ? '' : 's'} failed:\n${lines.join('\n')}`,
    );
  }

  /** The summary as markdown: a heading, one table with a row per check, then extra sections. */
  markdown(extra: string[] = []): string {
    const head = `### ${escapeCell(this.title)} ${this.ok ? '✅ passed' : '❌ failed'}\n\n`;
    const table = ['| check | result | detail |', '| --- | --- | --- |'];
    for (const r of this.rows) {
      const where = r.file ? ` (${r.file}${r.line ? `:${r.line}` : ''})` : '';
      table.push(
        `| ${escapeCell(r.check)} | ${r.ok ? '✅ pass' : '❌ fail'} | ${escapeCell(r.detail + where)} |`,
      );
    }
    return redact(head + table.join('\n') + '\n' + extra.map((e) => `\n${e}\n`).join(''));
  }
}

/** Makes text safe in one markdown table cell. */
export function escapeCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');
}

/**
 * Writes the job summary and the annotations for every failed (or `warning`) row that names a file. Safe to
 * call when no summary file is configured (local runs): it then only logs.
 */
export async function publishReport(report: Report, extra: string[] = []): Promise<void> {
  for (const row of report.rows) {
    if (!row.file || (row.ok && !row.warning)) continue;
    const where = { title: row.check, file: row.file, startLine: row.line, startColumn: row.column };
    if (row.ok) commands.warning(redact(`${row.check}: ${row.detail}`), where);
    else commands.error(redact(`${row.check}: ${row.detail}`), where);
  }
  const markdown = report.markdown(extra);
  noteSummary();
  if (process.env.GITHUB_STEP_SUMMARY) {
    await commands.appendSummary(markdown);
  } else {
    commands.info(markdown);
  }
}
