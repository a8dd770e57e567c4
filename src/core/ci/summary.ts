/*
 * What the CI check says about runs: the detail of a workflow's row, the `report` output's
 * objects and the runs table of the job summary. Pure text from the check's decisions, so the
 * rows, the output and the table always describe the same run.
 */

/** The fields of a listed workflow run that the check reads (GitHub's `workflow-run`). */
export interface ListedRun {
  id: number;
  html_url?: string;
  status: string | null;
  conclusion: string | null;
  run_attempt?: number;
  created_at: string;
  run_number: number;
  head_sha: string;
  event: string;
  head_branch: string | null;
  path: string;
  head_repository?: { id?: number } | null;
}

/** One object of the `report` output. */
export interface WorkflowOutcome {
  workflow: string;
  'run-id': number | null;
  'run-url': string | null;
  status: string | null;
  conclusion: string | null;
  attempt: number | null;
}

/** Conclusions and what each says to do; anything not here is unknown and fails closed. */
const CONCLUSION_ADVICE: Record<string, string> = {
  failure: 'the run failed; fix it and push, or re-run it if the failure was flaky',
  cancelled:
    'the run was cancelled, probably superseded by a newer push or a concurrency group; re-run it on this exact SHA',
  skipped: 'the run was skipped, so nothing was tested on this commit',
  neutral: 'the run ended neutral, which is not a pass',
  timed_out: 'the run timed out; re-run it on this exact SHA',
  action_required: 'the run is waiting for approval (action_required)',
  stale: 'the run went stale; re-run it on this exact SHA',
  startup_failure: 'the workflow failed to start (startup_failure); check the workflow file',
};

/** Why a completed run that is not a success fails, and what to do about it. */
export function conclusionDetail(conclusion: string | null, sha: string): string {
  const advice = conclusion ? CONCLUSION_ADVICE[conclusion] : undefined;
  if (!advice) return `completed with unknown conclusion '${String(conclusion)}', which is not a pass`;
  return `${conclusion}: ${advice}${/this exact SHA/.test(advice) ? ` (${sha})` : ''}`;
}

/** A run that the API returned and that does not count, with the first field that differed. */
export interface IgnoredRun {
  kind: string;
  detail: string;
}

/**
 * "the API also returned 3 runs that do not count: 2 of another workflow file (e.g. …), 1 of a
 * fork …": one example per kind keeps the row short however many runs GitHub sent.
 */
export function describeIgnored(ignored: IgnoredRun[]): string | undefined {
  if (ignored.length === 0) return undefined;
  const byKind = new Map<string, { count: number; example: string }>();
  for (const { kind, detail } of ignored) {
    const entry = byKind.get(kind);
    if (entry) entry.count++;
    else byKind.set(kind, { count: 1, example: detail });
  }
  const parts = [...byKind].map(([kind, { count, example }]) => `${count} of ${kind} (e.g. ${example})`);
  const one = ignored.length === 1;
  return `the API also returned ${ignored.length} run${one ? '' : 's'} that do${one ? 'es' : ''} not count: ${parts.join(', ')}`;
}

/** The web address of a run: GitHub's own html_url, else built from the server URL. */
export function runUrl(run: ListedRun, web: string, repo: { owner: string; repo: string }): string {
  return run.html_url ?? `${web}/${repo.owner}/${repo.repo}/actions/runs/${run.id}`;
}

/** The `report` output's object for a workflow (all null when no run counted). */
export function outcomeOf(workflow: string, run: ListedRun | undefined, url: string | null): WorkflowOutcome {
  return {
    workflow,
    'run-id': run?.id ?? null,
    'run-url': url,
    status: run?.status ?? null,
    conclusion: run?.conclusion ?? null,
    attempt: run?.run_attempt ?? null,
  };
}

/** The job summary's runs table, under a line naming the commit, branch and event checked. */
export function runsTable(
  checked: { sha: string; branch: string; event: string },
  outcomes: { outcome: WorkflowOutcome; runNumber?: number }[],
): string {
  return [
    `**Commit** \`${checked.sha}\` · **branch** \`${checked.branch}\` · **event** \`${checked.event}\``,
    '',
    '| workflow | run | attempt | status | conclusion |',
    '| --- | --- | --- | --- | --- |',
    ...outcomes.map(({ outcome: o, runNumber }) => {
      const run = o['run-url'] ? `[#${runNumber ?? o['run-id']}](${o['run-url']})` : '—';
      return `| ${o.workflow} | ${run} | ${o.attempt ?? '—'} | ${o.status ?? '—'} | ${o.conclusion ?? '—'} |`;
    }),
  ].join('\n');
}
