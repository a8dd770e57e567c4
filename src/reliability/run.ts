/*
 * One reliability run: the parts in turn, then docs/RELIABILITY.md (or `out`) led by the totals
 * line. The report states the commit it ran on and whether the tree was clean.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GENERATED_REPORTS, provenance, provenanceMarkdown, writeReport } from '../bench/report.js';
import { runAllAtOnce, runConcurrency, type ConcurrencyResult } from './concurrency.js';
import { corpus, QUICK_CORPUS, runCase, type CorpusResult } from './corpus.js';
import { FAULTS } from './faults.js';
import { runMatrix, type Cell } from './matrix.js';
import { SCENARIOS, scenariosFor } from './scenarios.js';

export const PARTS = ['matrix', 'corpus', 'concurrency'];

/** Actions with no scenario of their own: every fault is n/a for them (they make no request). */
const OFFLINE_ACTIONS = ['tag-semver-guard', 'sigstore-verify'];

/** undraft, listed as n/a until it is on the commit being measured. */
function missingActions(root: string): string[] {
  return fs.existsSync(path.join(root, 'undraft', 'action.yml')) ? [] : ['undraft'];
}

/** The cells the test suite runs. */
export const QUICK_CELLS: [string, string][] = [
  [SCENARIOS.requireCiGreen.name, '5xx burst'],
  [SCENARIOS.requireCiGreenTrap.name, 'lie: unfiltered runs'],
  [SCENARIOS.stageRelease.name, 'upload cut'],
  [SCENARIOS.stageRelease.name, 'lie: wrong digest'],
  // undraft with its seal verified: GitHub never attests the release, so the step must fail.
  ['undraft', 'missing attestation'],
  // A registry mirror that serves other bytes than the digest it publishes: the step must fail.
  [SCENARIOS.byteIdentityNpm.name, 'lie: tampered mirror'],
];

export interface ReliabilityOptions {
  root: string;
  quick: boolean;
  out: string;
  only?: string[];
  /** Only scenarios and corpus cases whose name contains this. */
  filter?: string;
  log?: (line: string) => void;
}

export interface ReliabilityResult {
  totals: string;
  cells: Cell[];
  corpus: CorpusResult[];
  concurrency: ConcurrencyResult[];
  leaks: number;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function shortCell(c: Cell): string {
  if (c.status === 'n/a') return 'n/a';
  if (!c.survived)
    return `**✘ ${c.outcome}${c.forbidden.length ? `, ${c.forbidden.join(', ')}` : ''}${c.reconverged === false ? ', no convergence' : ''}**`;
  if (c.outcome === 'passed') return '✔ retried, passed';
  return '✔ clear failure, re-run converged';
}

/** Runs the parts and writes the report. */
export async function runReliability(options: ReliabilityOptions): Promise<ReliabilityResult> {
  const log = options.log ?? console.log;
  const only = options.only?.length ? options.only : PARTS;
  const p = provenance(options.root, GENERATED_REPORTS);
  const started = Date.now();
  const scratch = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sealed-reliability-')));
  const scenarios = scenariosFor(options.root).filter(
    (s) => !options.filter || s.name.includes(options.filter),
  );
  let cells: Cell[] = [];
  const results: CorpusResult[] = [];
  const concurrency: ConcurrencyResult[] = [];
  try {
    if (only.includes('matrix')) {
      log('reliability: fault matrix…');
      cells = await runMatrix(
        options.root,
        scratch,
        scenarios,
        options.quick || options.filter ? [] : [...OFFLINE_ACTIONS, ...missingActions(options.root)],
        {
          only: options.quick ? QUICK_CELLS : undefined,
          log,
        },
      );
    }
    if (only.includes('corpus')) {
      log('reliability: bad-input corpus…');
      const all = corpus(missingActions(options.root).length === 0);
      const chosen = (options.quick ? all.filter((c) => QUICK_CORPUS.includes(c.id)) : all).filter(
        (c) => !options.filter || c.id.includes(options.filter),
      );
      for (const item of chosen) {
        const r = await runCase(options.root, scratch, item);
        if (!r.clean) log(`  ${r.id}: NOT CLEAN — ${r.detail}`);
        results.push(r);
      }
    }
    if (only.includes('concurrency')) {
      log('reliability: concurrency…');
      const variants = options.quick ? [false] : [false, true];
      for (const withDraft of variants) {
        const r = await runConcurrency(
          options.root,
          scratch,
          withDraft,
          options.quick ? 2 : 3,
          missingActions(options.root).length === 0,
        );
        log(`  ${r.name}: ${r.ok ? 'ok' : 'NOT OK'} (${r.runs})`);
        concurrency.push(r);
      }
      if (missingActions(options.root).length === 0) {
        const r = await runAllAtOnce(options.root, scratch, options.quick ? 2 : 3);
        log(`  ${r.name}: ${r.ok ? 'ok' : 'NOT OK'} (${r.runs})`);
        concurrency.push(r);
      }
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }

  const run = cells.filter((c) => c.status === 'run');
  const count = (f: string) => run.filter((c) => c.forbidden.includes(f as never)).length;
  const failed = run.filter((c) => c.outcome !== 'passed');
  const leaks =
    run.reduce((n, c) => n + c.leaks.length, 0) +
    results.reduce((n, r) => n + r.leaks.length, 0) +
    concurrency.reduce((n, r) => n + r.leaks.length, 0);
  const totals =
    `faults tried ${run.length}, survived ${run.filter((c) => c.survived).length}, ` +
    `false passes ${count('false pass')}, assets overwritten ${count('asset overwritten')}, ` +
    `partial publishes ${count('partial publish')}, ` +
    `re-runs converged ${failed.filter((c) => c.reconverged).length}/${failed.length}, ` +
    `bad inputs ${results.filter((r) => r.clean).length}/${results.length} refused cleanly, ` +
    `concurrency ${concurrency.filter((r) => r.ok).length}/${concurrency.length}, ` +
    `token leaks ${leaks}`;

  const lines = [
    '# Reliability',
    '',
    `**${totals}**`,
    '',
    provenanceMarkdown(p, options.quick ? 'npm run reliability -- --quick' : 'npm run reliability'),
    `- run time: ${((Date.now() - started) / 1000).toFixed(0)} s${options.quick ? ' (**quick subset**, as the test suite runs it)' : ''}`,
    '',
    "Every step is the shipped bundle (`dist/<name>/index.js`) run by the runner harness against the loopback GitHub, Sigstore and package-registry (npm, PyPI, crates) emulators, with the client's backoff and request timeout shortened through `SEALED_RELEASE_RETRY_MS` and `SEALED_RELEASE_REQUEST_TIMEOUT_MS` (the product's own defaults are 1 s and 2 min; 1 s and 60 s for byte-identity's registry reads and downloads). Forbidden outcomes are read from the emulator's state, not from the step's own report.",
  ];
  if (cells.length > 0) {
    const names = [...new Set(cells.map((c) => c.scenario))];
    const faults = FAULTS.map((f) => f.name).filter((f) => cells.some((c) => c.fault === f));
    lines.push(
      '',
      '## Fault matrix',
      '',
      'A cell survives when the step passes after retries with the world correct, or fails clearly and a clean re-run (faults cleared) reaches the correct final state; and no false pass, overwritten asset or publish shows in the emulator\'s state, and no secret in the output. In a scenario marked "CI failed", the correct outcome is a failure: a pass there is a false pass.',
      '',
      `| scenario | ${faults.join(' | ')} |`,
      `| --- | ${faults.map(() => '---').join(' | ')} |`,
      ...names.map(
        (n) =>
          `| ${cell(n)} | ${faults
            .map((f) => {
              const c = cells.find((x) => x.scenario === n && x.fault === f);
              return c ? shortCell(c) : '—';
            })
            .join(' | ')} |`,
      ),
      '',
      '### Faults',
      '',
      ...FAULTS.filter((f) => faults.includes(f.name)).map((f) => `- **${f.name}**: ${f.what}.`),
      '',
      '### Cells in detail',
      '',
      '| scenario | fault | outcome | re-run converged | forbidden | detail |',
      '| --- | --- | --- | --- | --- | --- |',
      ...run.map(
        (c) =>
          `| ${cell(c.scenario)} | ${cell(c.fault)} | ${c.outcome}${c.survived ? '' : ' **(not survived)**'} | ${c.reconverged === undefined ? '—' : c.reconverged ? 'yes' : '**no**'} | ${c.forbidden.join(', ') || 'none'} | ${cell(c.detail || '—')} |`,
      ),
      '',
      '### Not applicable',
      '',
      ...[
        ...new Set(
          cells.filter((c) => c.status === 'n/a').map((c) => `- ${c.scenario} × ${c.fault}: ${c.why}`),
        ),
      ],
    );
  }
  if (results.length > 0) {
    lines.push(
      '',
      '## Bad-input corpus',
      '',
      "Each case changes one input of a working step. Clean = exit 1 with an `::error::` and no stack trace, naming the input or the value, and no trace: no write request in the GitHub emulator's log, no Sigstore request, no file created or changed in the workspace.",
      '',
      '| case | action | category | refused | names the input | no trace | error (or what went wrong) |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...results.map(
        (r) =>
          `| ${r.id} | ${r.action} | ${cell(r.category)} | ${r.refused ? 'yes' : '**no**'} | ${r.named ? 'yes' : '**no**'} | ${r.traceless ? 'yes' : '**no**'} | ${cell(r.detail)} |`,
      ),
    );
  }
  if (concurrency.length > 0) {
    lines.push(
      '',
      '## Concurrency',
      '',
      'The end state must be one draft (then one release, published once) holding one copy of each asset; every racer ends in success or a clear failure; where the racers alone did not reach that state, one clean re-run must.',
      '',
      '| runs | outcome of the runs | drafts | copies of each asset | correct by the racers alone | correct (after at most one re-run) | detail |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...concurrency.map(
        (r) =>
          `| ${cell(r.name)} | ${r.runs} | ${r.drafts} | ${Object.entries(r.copies)
            .map(([k, v]) => `${k}: ${v}`)
            .join(
              ', ',
            )} | ${r.firstTry ? 'yes' : '**no**'} | ${r.ok ? 'yes' : '**no**'} | ${cell(r.detail || '—')} |`,
      ),
    );
  }
  lines.push(
    '',
    '## Secrets',
    '',
    `Every run above (${run.length} matrix cells and their re-runs, ${results.length} corpus cases, ${concurrency.length} concurrency rounds) was scanned for the GitHub token and every OIDC token the emulated token endpoint issued, in stdout (less the runner's \`::add-mask::\` lines, the one allowed place), stderr, the outputs, the job summary and GITHUB_ENV: ${leaks} hit(s).`,
  );
  writeReport(options.out, lines.join('\n') + '\n');
  log(`reliability: wrote ${options.out}`);
  return { totals, cells, corpus: results, concurrency, leaks };
}
