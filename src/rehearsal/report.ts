/*
 * How the rehearsal shows a run to a person: one progress line per step as it starts, its
 * `with:` inputs (and what the rehearsal added for its emulators), then its job summary as a
 * compact table rather than raw markdown.
 */
import type { StepEvent, StepRecord } from './workflow/interpreter.js';

const WIDTH = 150;

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** Breaks text at spaces into lines of at most `width` characters (a longer word stands alone). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

function oneLine(value: string): string {
  return value.replace(/\s*\n\s*/g, ' ⏎ ').trim();
}

/** The rows of a job summary's check table, and its heading. */
export function summaryRows(markdown: string): {
  title?: string;
  rows: { ok: boolean; check: string; detail: string }[];
} {
  const rows: { ok: boolean; check: string; detail: string }[] = [];
  let title: string | undefined;
  let inTable = false;
  for (const line of markdown.split('\n')) {
    // Only the first table is the check table; later tables are extra sections.
    if (inTable && !line.startsWith('|')) break;
    if (line.startsWith('| check |')) inTable = true;
    const heading = /^#{1,4}\s+(.*)$/.exec(line);
    if (heading && title === undefined) title = heading[1];
    if (!line.startsWith('| ') || line.startsWith('| check |') || line.startsWith('| ---')) continue;
    const cells = line
      .slice(2, -2)
      .split(/(?<!\\)\s\|\s/)
      .map((c) =>
        c.replace(/<br>/g, ' / ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\\\|/g, '|'),
      );
    if (cells.length < 3) continue;
    rows.push({ ok: cells[1].includes('pass'), check: cells[0], detail: cells.slice(2).join(' | ') });
  }
  return { title, rows };
}

/** Prints step events as they come. */
export function printStep(event: StepEvent, print: (line: string) => void = console.log): void {
  const r = event.record;
  if (event.phase === 'start') {
    const what =
      r.kind === 'sealed-release' ? `sealed-release/${r.action}` : r.kind === 'run' ? 'run' : 'uses';
    const reused =
      'reused' in r && r.reused ? ' (reused: this job ran before on the same project and push)' : '';
    print(`▶ ${r.job} · ${clip(r.label, 80)}  [${what}]${reused}`);
    // As the runner masks secrets in its log: a password or token input is never shown.
    for (const [k, v] of Object.entries(r.with))
      print(`    with ${k}: ${/password|token/.test(k) ? '***' : clip(oneLine(v), WIDTH - 10 - k.length)}`);
    for (const [k, v] of Object.entries(r.added))
      print(`    + rehearsal ${k}: ${clip(v, WIDTH - 20 - k.length)}`);
    return;
  }
  const done = event.record as StepRecord;
  const mark = done.code === 0 ? '✓' : '✗';
  if (done.kind === 'stand-in') {
    print(`  ${mark} ${done.label}`);
    return;
  }
  const { title, rows } = summaryRows(done.summary);
  print(`  ${mark} exit ${done.code}${title ? ` — ${title}` : ''}`);
  const width = Math.min(28, Math.max(0, ...rows.map((row) => row.check.length)));
  for (const row of rows) {
    const room = WIDTH - width - 10;
    // A failed row is what a person must act on (its fix): shown whole, wrapped; a pass, clipped.
    const lines = row.ok ? [clip(oneLine(row.detail), room)] : wrap(oneLine(row.detail), room);
    print(`      ${row.ok ? '✓' : '✗'} ${row.check.padEnd(width)}  ${lines[0]}`);
    for (const more of lines.slice(1)) print(`      ${' '.repeat(width + 2)}  ${more}`);
  }
  if (done.code !== 0 && rows.length === 0) {
    const tail = `${done.stdout}\n${done.stderr}`.trim().split('\n').slice(-8);
    for (const line of tail) print(`      | ${clip(line, WIDTH)}`);
  }
}
