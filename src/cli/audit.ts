/*
 * `sealed-release audit --repo O/R [--workflow FILE] [--environment E] [--tag-pattern P]
 * [--required-checks C1,C2] [--checks NAME:LEVEL,…] [--format text|json|sarif]`: audit-settings
 * from a laptop, running the same sequence (src/core/audit/audit.ts). The token is GH_TOKEN or
 * GITHUB_TOKEN, the API GITHUB_API_URL. Without --workflow only the settings are checked (the
 * workflow checks are reported as not run). Exit 0 when no `error` check failed or went
 * unchecked, 1 otherwise, 2 for a usage error; with `--format json` or `sarif` the report goes to
 * stdout whatever the verdict, so it can be uploaded.
 */
import * as path from 'node:path';
import { messageOf } from '../core/errors.js';
import { parseCheckLevels } from '../core/audit/levels.js';
import { parseRepository } from '../core/github/repository.js';
import { tagPatternProblems } from '../core/audit/workflow/filter-pattern.js';
import type { AuditRow } from '../core/audit/audit.js';
import { envUrl, parseFlags } from './args.js';
import { UsageError } from './errors.js';

interface IO {
  out(line: string): void;
  err(line: string): void;
}

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const MARK: Record<AuditRow['result'], string> = {
  pass: 'PASS',
  fail: 'FAIL',
  'not-checked': 'NOT CHECKED',
  off: 'OFF',
};

/** One row as a line of text: result, check, where, detail and fix. */
export function rowText(row: AuditRow): string {
  const where = row.file ? ` ${row.file}:${row.line ?? 1}:${row.column ?? 1}` : '';
  const level = row.level === 'warn' && row.result !== 'pass' && row.result !== 'off' ? ' (warn)' : '';
  const fix = row.fix && row.result !== 'pass' ? ` Fix: ${row.fix}` : '';
  return `${MARK[row.result]}${level} ${row.check}${where}: ${row.detail}${fix}`;
}

function commaList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export const auditCommand = {
  summary:
    "Audit a repository's release settings (and its release workflow) as the audit-settings action does.",
  usage: [
    'sealed-release audit --repo OWNER/REPO [--workflow FILE] [--environment E] [--tag-pattern P] [--required-checks C1,C2] [--checks NAME:LEVEL,…] [--format text|json|sarif]',
  ],
  details: [
    'Reads GH_TOKEN or GITHUB_TOKEN and GITHUB_API_URL. The administration settings need a token that',
    "can read them (a fine-grained token with 'Administration: read'); what the token cannot read is",
    'NOT CHECKED, never a pass, and fails unless its check is warn or off.',
    '--tag-pattern defaults to v*; --checks takes NAME:error|warn|off items; --format sarif prints',
    'SARIF 2.1.0 for code scanning. Exit 0 when no error-level check failed or went unchecked, 1',
    'otherwise, 2 for a usage error.',
  ],
  async run(args: string[], io: IO): Promise<number> {
    const { flags, positional } = parseFlags(args, [
      'repo',
      'workflow',
      'environment',
      'tag-pattern',
      'required-checks',
      'checks',
      'format',
    ]);
    const problems: string[] = [];
    if (positional.length > 0) problems.push(`unexpected argument ${JSON.stringify(positional[0])}`);
    const repoFlag = flags.get('repo');
    let repo = { owner: '', repo: '' };
    if (!repoFlag) problems.push('--repo OWNER/REPO is required');
    else
      try {
        repo = parseRepository('--repo', repoFlag);
      } catch (error) {
        problems.push(messageOf(error));
      }
    const format = (flags.get('format') ?? 'text') as Format;
    if (!FORMATS.includes(format))
      problems.push(`--format must be text, json or sarif, got ${JSON.stringify(format)}`);
    const tagPattern = flags.get('tag-pattern') ?? 'v*';
    problems.push(...tagPatternProblems(tagPattern).map((p) => `--${p}`));
    const checkItems = commaList(flags.get('checks'));
    const { levels, problems: levelProblems } = parseCheckLevels('--checks', checkItems);
    problems.push(...levelProblems);
    const token = process.env.GH_TOKEN || process.env.GITHUB_TOKEN;
    if (!token) problems.push('set GH_TOKEN or GITHUB_TOKEN (a token that can read the repository settings)');
    if (problems.length > 0) throw new UsageError(problems.join('\n'));
    const apiUrl = envUrl('GITHUB_API_URL', 'https://api.github.com');

    // The GitHub client, the lint and the YAML parser load only once the arguments passed.
    const [{ createClient }, audit, { lintWorkflow }] = await Promise.all([
      import('../core/github/client.js'),
      import('../core/audit/audit.js'),
      import('../core/audit/workflow/index.js'),
    ]);
    const workflowFlag = flags.get('workflow');
    const workflow =
      workflowFlag === undefined
        ? undefined
        : await audit.readWorkflowFile(
            path.resolve(workflowFlag),
            path.relative(process.cwd(), path.resolve(workflowFlag)).split(path.sep).join('/'),
          );
    // Not in a runner: the token must not be echoed as an ::add-mask:: command.
    const github = createClient(token!, { retries: 2, maskToken: false, baseUrl: apiUrl });
    const rows = await audit.runAudit(
      { github, lintWorkflow },
      {
        repo,
        tagPattern,
        requiredChecks: commaList(flags.get('required-checks')),
        environment: flags.get('environment'),
        levels,
        workflow,
      },
    );
    const counts = audit.countRows(rows);
    const failing = rows.filter(audit.failsRun);
    if (format === 'json') io.out(audit.reportJson(rows));
    else if (format === 'sarif') io.out(JSON.stringify(audit.auditSarif(rows), null, 2));
    else {
      io.out(
        `audit ${repo.owner}/${repo.repo}: ${counts.passed} passed, ${counts.failed} failed, ${counts.notChecked} not checked`,
      );
      for (const row of rows) io.out(rowText(row));
    }
    if (failing.length > 0)
      io.err(
        `FAIL: ${failing.length} check(s) failed or could not be checked: ${[...new Set(failing.map((r) => r.check))].join(', ')}`,
      );
    return failing.length > 0 ? 1 : 0;
  },
};
