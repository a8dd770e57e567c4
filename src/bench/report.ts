/*
 * The header every generated report starts with: what machine, when, and exactly which code was
 * measured. A report is only worth committing if it names the commit it measured and says whether
 * the working tree differed from it (a report written from uncommitted code says so).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Provenance {
  date: string;
  commit: string;
  /** `clean`, or what differs from the commit (dist/ is rebuilt by the commands and listed apart). */
  tree: string;
  machine: string;
  node: string;
}

/** The reports the commands write: neither is part of the code a report measured. */
export const GENERATED_REPORTS = ['docs/PERFORMANCE.md', 'docs/RELIABILITY.md'];

function git(root: string, args: string[]): string {
  try {
    // trimEnd only: `git status --porcelain` lines begin with a space.
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trimEnd();
  } catch {
    return '';
  }
}

/**
 * Reads the commit and the state of the tree. Call it before writing the report: the report
 * file itself is not part of what was measured. `ignore` lists report paths to leave out.
 */
export function provenance(root: string, ignore: string[] = []): Provenance {
  const commit = git(root, ['rev-parse', 'HEAD']) || 'unknown (not a git checkout)';
  const status = git(root, ['status', '--porcelain', '--untracked-files=no'])
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.slice(3))
    .filter((file) => !ignore.includes(file));
  const dist = status.filter((f) => f.startsWith('dist/'));
  const source = status.filter((f) => !f.startsWith('dist/'));
  let tree =
    source.length === 0
      ? 'clean'
      : `MODIFIED: ${source.length} tracked file(s) differ from the commit (${source.slice(0, 8).join(', ')}${source.length > 8 ? ', …' : ''})`;
  if (dist.length > 0)
    tree += `; dist/ rebuilt from this source differs from the committed dist/ in ${dist.length} file(s)`;
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    commit,
    tree,
    machine: `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

/** The provenance lines of a report, as markdown. */
export function provenanceMarkdown(p: Provenance, command: string): string {
  return [
    `Written by \`${command}\`; do not edit by hand (run the command again).`,
    '',
    `- commit: \`${p.commit}\` (working tree: ${p.tree})`,
    `- date: ${p.date}`,
    `- machine: ${p.machine}`,
    `- node: ${p.node}`,
  ].join('\n');
}

/** Writes a report file, creating its folder. */
export function writeReport(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
}
