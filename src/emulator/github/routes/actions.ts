/*
 * Workflows and their runs: get a workflow, list its runs (filtered as GitHub filters them, or
 * not at all under the `unfiltered` fault), get a run and one attempt of it.
 */
import { HttpAnswer, notFound, paginate } from '../http.js';
import * as json from '../json.js';
import { inRepo, type Route } from '../route.js';
import type { Repository, Workflow } from '../state.js';

/** GitHub accepts the numeric id or the file's base name (not a path with slashes). */
function findWorkflow(repo: Repository, id: string): Workflow | undefined {
  if (/^\d+$/.test(id)) return repo.workflows.find((w) => w.id === Number(id));
  if (id.includes('/')) return undefined;
  return repo.workflows.find((w) => w.path === `.github/workflows/${id}`);
}

const read = { scope: 'actions', level: 'read' } as const;

export const ACTIONS_ROUTES: Route[] = [
  {
    operationId: 'actions/get-workflow',
    needs: read,
    handle: inRepo(({ urls, params }, repo) => {
      const w = findWorkflow(repo, params.workflow_id);
      return w ? new HttpAnswer(200, json.workflow(urls, repo, w)) : notFound();
    }),
  },
  {
    operationId: 'actions/list-workflow-runs',
    needs: read,
    faults: ['unfiltered'],
    handle: inRepo(({ urls, params, pathname, query, fault }, repo) => {
      const w = findWorkflow(repo, params.workflow_id);
      if (!w) return notFound();
      // The `unfiltered` fault lies: every run of the repository, whatever was asked for.
      const lie = fault?.kind === 'unfiltered';
      const status = lie ? null : query.get('status');
      const runs = repo.runs
        .filter((run) => lie || run.workflowId === w.id)
        .filter((run) => lie || !query.get('head_sha') || run.headSha === query.get('head_sha'))
        .filter((run) => lie || !query.get('event') || run.event === query.get('event'))
        .filter((run) => lie || !query.get('branch') || run.headBranch === query.get('branch'))
        // Every emulated run is triggered by octocat; its check suite id is id + 500000.
        .filter(() => !query.get('actor') || query.get('actor') === 'octocat')
        .filter(
          (run) => !query.get('check_suite_id') || run.id + 500000 === Number(query.get('check_suite_id')),
        )
        .filter((run) => {
          if (!status) return true;
          const latest = run.attempts[run.attempts.length - 1];
          // `status` filters on either the status or the conclusion, as documented.
          return latest.status === status || latest.conclusion === status;
        })
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
      const { page, headers } = paginate(urls.api, pathname, query, runs);
      const exclude = query.get('exclude_pull_requests') === 'true';
      return new HttpAnswer(
        200,
        {
          total_count: runs.length,
          workflow_runs: page.map((run) => json.workflowRun(urls, repo, run, undefined, exclude)),
        },
        headers,
      );
    }),
  },
  {
    operationId: 'actions/get-workflow-run',
    needs: read,
    handle: inRepo(({ urls, params }, repo) => {
      const run = repo.runs.find((x) => x.id === Number(params.run_id));
      return run ? new HttpAnswer(200, json.workflowRun(urls, repo, run)) : notFound();
    }),
  },
  {
    operationId: 'actions/get-workflow-run-attempt',
    needs: read,
    handle: inRepo(({ urls, params }, repo) => {
      const run = repo.runs.find((x) => x.id === Number(params.run_id));
      const n = Number(params.attempt_number);
      if (!run || !Number.isInteger(n) || n < 1 || n > run.attempts.length) return notFound();
      return new HttpAnswer(200, json.workflowRun(urls, repo, run, n));
    }),
  },
];
