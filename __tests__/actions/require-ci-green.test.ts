import * as path from 'node:path';
import { runAction, visibleText, type RunResult } from '../../src/emulator/runner.js';
import { DEFAULT_TOKEN } from '../../src/emulator/github/index.js';
import { failPage, useGitHub } from '../helpers/github.js';

const root = path.resolve(import.meta.dirname, '../..');
const REPO = 'octo-org/octo-repo';
let head: string;
// Every exchange of the shipped bundle must match GitHub's OpenAPI description.
// Kept alike on purpose (docs/ARCHITECTURE.md): each file sets up the repository state its own tests need.
const gh = useGitHub({
  setup: (g) => {
    g.state.addRepo(REPO);
    head = g.state.commit(REPO, { branch: 'main', message: 'Release 1.2.3' });
  },
});

async function run(
  inputs: Record<string, string>,
  options: { token?: string; sha?: string; env?: Record<string, string>; event?: unknown } = {},
): Promise<RunResult> {
  const result = await runAction('require-ci-green', {
    root,
    event: options.event,
    inputs: { 'poll-interval': '50ms', ...inputs },
    repository: REPO,
    apiUrl: gh.url,
    serverUrl: gh.serverUrl,
    sha: options.sha ?? head,
    token: options.token,
    env: options.env,
    ref: 'refs/tags/v1.2.3',
    timeoutMs: 60_000,
  });
  // The token never leaves the process in any form.
  const token = options.token ?? DEFAULT_TOKEN;
  expect(visibleText(result)).not.toContain(token);
  return result;
}

function report(
  result: RunResult,
): { workflow: string; 'run-id': number; conclusion: string; attempt: number; status: string }[] {
  return JSON.parse(result.outputs.report);
}

describe('require-ci-green (dist bundle against the emulator)', () => {
  it('passes when every workflow is green on the head commit', async () => {
    const ci = gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    gh.state.addRun(REPO, 'lint.yml', { headSha: head });
    const result = await run({ workflows: 'ci.yml\n.github/workflows/lint.yml\n# comment\n' });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ green: 'true', 'head-sha': head });
    expect(report(result)).toEqual([
      {
        workflow: 'ci.yml',
        'run-id': ci.id,
        'run-url': `${gh.serverUrl}/${REPO}/actions/runs/${ci.id}`,
        status: 'completed',
        conclusion: 'success',
        attempt: 1,
      },
      expect.objectContaining({ workflow: 'lint.yml', conclusion: 'success' }),
    ]);
    expect(result.summary).toContain('require-ci-green ✅ passed');
    expect(result.summary).toContain(`[#1](${gh.serverUrl}/${REPO}/actions/runs/${ci.id})`);
    expect(result.summary).toContain('branch head (end)');
  });

  it("reads the repository's id and default branch from the event payload, else asks once", async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    const event = { repository: { id: gh.state.repo(REPO).id, full_name: REPO, default_branch: 'main' } };
    expect((await run({ workflows: 'ci.yml' }, { event })).code).toBe(0);
    expect(gh.count('repos/get')).toBe(0);
    expect((await run({ workflows: 'ci.yml' })).code).toBe(0);
    expect(gh.count('repos/get')).toBe(1);
    // A payload that lies about the id makes a fork's run look like ours no more than the API
    // would: it names this repository, so its id is used, and a run of another id does not count.
    const lying = { repository: { id: 1, full_name: REPO, default_branch: 'main' } };
    const r = await run({ workflows: 'ci.yml' }, { event: lying });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/a fork or another repository/);
  });

  it('fails when one workflow failed, listing it and passing the other', async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    gh.state.addRun(REPO, 'e2e.yml', { headSha: head, conclusion: 'failure' });
    const result = await run({ workflows: 'ci.yml\ne2e.yml' });
    expect(result.code).toBe(1);
    expect(result.outputs.green).toBe('false');
    expect(result.stdout).toMatch(/::error::require-ci-green: 1 check failed:%0A- workflow e2e.yml: failure/);
    expect(result.summary).toMatch(/\| workflow ci.yml \| ✅ pass/);
    expect(result.summary).toMatch(/\| workflow e2e.yml \| ❌ fail/);
  });

  it('fails a cancelled run and says it was superseded and to re-run it on this SHA', async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head, conclusion: 'cancelled' });
    const result = await run({ workflows: 'ci.yml' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /cancelled: the run was cancelled, probably superseded .* re-run it on this exact SHA/,
    );
    expect(result.stdout).toContain(head.slice(0, 12));
  });

  it.each(['skipped', 'neutral', 'timed_out', 'action_required', 'stale', 'startup_failure'])(
    'fails a %s run',
    async (conclusion) => {
      gh.state.addRun(REPO, 'ci.yml', { headSha: head, conclusion: conclusion as 'skipped' });
      const result = await run({ workflows: 'ci.yml' });
      expect(result.code).toBe(1);
      expect(report(result)[0].conclusion).toBe(conclusion);
    },
  );

  it('waits for a run that has not appeared yet and is still running, then passes', async () => {
    let lists = 0;
    let runId = 0;
    gh.state.addWorkflow(REPO, 'ci.yml');
    gh.onRequest((entry) => {
      if (entry.operationId !== 'actions/list-workflow-runs') return;
      lists++;
      if (lists === 2) runId = gh.state.addRun(REPO, 'ci.yml', { headSha: head, status: 'in_progress' }).id;
      if (lists === 4) gh.state.updateRun(runId, 'completed', 'success');
    });
    const result = await run({ workflows: 'ci.yml', timeout: '30s' });
    expect(result.code).toBe(0);
    expect(lists).toBe(5);
    expect(result.stdout).toContain('Poll 1: waiting for ci.yml');
  });

  it('fails a run still in progress at the deadline', async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head, status: 'in_progress' });
    const result = await run({ workflows: 'ci.yml', timeout: '300ms' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/still in_progress when the wait ended/);
    expect(report(result)[0]).toMatchObject({ status: 'in_progress', conclusion: null });
  });

  it('fails when no run exists (no waiting with timeout 0)', async () => {
    gh.state.addWorkflow(REPO, 'ci.yml');
    gh.state.addRun(REPO, 'ci.yml', { headSha: 'b'.repeat(40) });
    const result = await run({ workflows: 'ci.yml' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/no run for [0-9a-f]{12} \(event push, branch main\) exists/);
    expect(report(result)[0]).toMatchObject({ 'run-id': null, 'run-url': null });
  });

  it('fails when the branch moves during the wait', async () => {
    const ci = gh.state.addRun(REPO, 'ci.yml', { headSha: head, status: 'in_progress' });
    gh.onRequest((entry) => {
      if (
        entry.operationId === 'actions/list-workflow-runs' &&
        gh.count('actions/list-workflow-runs') === 1
      ) {
        gh.state.commit(REPO, { branch: 'main', message: 'a push during the wait' });
        gh.state.updateRun(ci.id, 'completed', 'success');
      }
    });
    const result = await run({ workflows: 'ci.yml', timeout: '30s' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/branch head \(end\): main moved to [0-9a-f]{12} during the check/);
    expect(result.outputs['head-sha']).not.toBe(head);
  });

  it('fails at once when the commit is not the branch head', async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    gh.state.commit(REPO, { branch: 'main' });
    const result = await run({ workflows: 'ci.yml', timeout: '1h' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/branch head \(start\): main is at [0-9a-f]{12}, not/);
    // require-head: false lifts exactly that check.
    const lifted = await run({ workflows: 'ci.yml', 'require-head': 'false' });
    expect(lifted.code).toBe(0);
    expect(lifted.outputs['head-sha']).toBe(gh.state.repo(REPO).branches.get('main'));
    expect(lifted.outputs['head-sha']).not.toBe(head);
    expect(lifted.summary).not.toContain('branch head');
  });

  it('peels an annotated tag to its commit', async () => {
    const tagObject = gh.state.annotatedTag(REPO, 'v1.2.3', head);
    gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    const result = await run({ workflows: 'ci.yml', tag: 'v1.2.3' }, { sha: 'c'.repeat(40) });
    expect(result.code).toBe(0);
    expect(result.summary).toContain(`tag v1.2.3 → ${head}`);
    expect(result.summary).not.toContain(tagObject);
    // One request resolves it: GitHub's commit endpoint peels the tag object itself.
    expect(gh.count('repos/get-commit')).toBe(1);
    expect(gh.count('git/get-tag')).toBe(0);
  });

  it('lets the latest attempt win: a rerun that turned a failure green passes', async () => {
    const ci = gh.state.addRun(REPO, 'ci.yml', { headSha: head, conclusion: 'failure' });
    gh.state.rerun(ci.id, 'completed', 'success');
    const result = await run({ workflows: 'ci.yml' });
    expect(result.code).toBe(0);
    expect(report(result)[0]).toMatchObject({ attempt: 2, conclusion: 'success' });
    // and the other way round: a rerun that failed fails
    gh.state.rerun(ci.id, 'completed', 'failure');
    expect((await run({ workflows: 'ci.yml' })).code).toBe(1);
  });

  it('pages through more than 100 runs and takes the newest', async () => {
    for (let i = 0; i < 140; i++) gh.state.addRun(REPO, 'ci.yml', { headSha: head, conclusion: 'failure' });
    const newest = gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    const result = await run({ workflows: 'ci.yml' });
    expect(result.code).toBe(0);
    expect(report(result)[0]['run-id']).toBe(newest.id);
    expect(gh.count('actions/list-workflow-runs')).toBe(2);
  });

  it('fails when pagination is cut off, never passing on partial data', async () => {
    for (let i = 0; i < 140; i++) gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    failPage(gh, 'actions/list-workflow-runs', 2, 404);
    const result = await run({ workflows: 'ci.yml' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Listing runs of ci.yml/);
  });

  it('does not count pull_request runs on the same SHA', async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head, conclusion: 'failure' });
    gh.state.addRun(REPO, 'ci.yml', { headSha: head, event: 'pull_request', headBranch: 'main' });
    const result = await run({ workflows: 'ci.yml' });
    expect(result.code).toBe(1);
    expect(report(result)[0]).toMatchObject({ conclusion: 'failure' });
    const onlyPr = await run({ workflows: 'ci.yml', event: 'workflow_dispatch' });
    expect(onlyPr.stdout).toMatch(/no run for/);
  });

  it('retries transient 5xx and 429 during polling and is still correct', async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    gh.faults.add({ operation: 'actions/list-workflow-runs', kind: 'status', status: 502 });
    gh.faults.add({ operation: 'repos/get-branch', kind: 'rate-limit', retryAfter: 0 });
    gh.faults.add({ operation: 'repos/get', kind: 'secondary-rate-limit', retryAfter: 0 });
    const result = await run({ workflows: 'ci.yml' });
    expect(result.code).toBe(0);
    expect(gh.log.filter((e) => e.fault).length).toBe(3);
  });

  it('writes the summary when the configuration is refused', async () => {
    const result = await run({ workflows: 'nope.yml' });
    expect(result.code).toBe(1);
    expect(result.summary).toMatch(
      /\| CI configuration \| ❌ fail \| Input 'workflows': workflow file 'nope.yml' not found/,
    );
    expect(result.outputs.green).toBe('false');
  });

  it('counts only runs of this workflow file, this repository, commit, event and branch when GitHub lies', async () => {
    gh.faults.add({ operation: 'actions/list-workflow-runs', kind: 'unfiltered', times: Infinity });
    gh.state.addRun(REPO, 'ci.yml', { headSha: head, conclusion: 'failure' });
    gh.state.addRun(REPO, 'ci.yml', { headSha: head, headRepository: 'attacker/octo-repo' });
    gh.state.addRun(REPO, 'ci.yml', { headSha: head, path: '.github/workflows/ci.yml@refs/pull/3/merge' });
    gh.state.addRun(REPO, 'ci.yml', { headSha: head, event: 'pull_request' });
    gh.state.addRun(REPO, 'lint.yml', { headSha: head });
    const refused = await run({ workflows: 'ci.yml' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/workflow ci.yml: failure: the run failed/);
    expect(report(refused)[0]).toMatchObject({ conclusion: 'failure', attempt: 1 });
    // The same lies around a green run of the right kind: it passes.
    const green = gh.state.addRun(REPO, 'ci.yml', {
      headSha: head,
      path: '.github/workflows/ci.yml@refs/heads/main',
    });
    const passed = await run({ workflows: 'ci.yml' });
    expect(passed.code).toBe(0);
    expect(report(passed)[0]['run-id']).toBe(green.id);
  });

  it('says which runs it ignored when none counts', async () => {
    gh.faults.add({ operation: 'actions/list-workflow-runs', kind: 'unfiltered', times: Infinity });
    gh.state.addWorkflow(REPO, 'ci.yml');
    gh.state.addRun(REPO, 'ci.yml', { headSha: head, headRepository: 'attacker/octo-repo' });
    const result = await run({ workflows: 'ci.yml' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /no run for [0-9a-f]{12} .* 1 run that does not count: 1 of a fork or another repository/,
    );
  });

  it('refuses a sha that is not the commit of the tag, naming both', async () => {
    const old = head;
    const next = gh.state.commit(REPO, { branch: 'main', message: 'the green head' });
    gh.state.lightweightTag(REPO, 'v1.2.3', old);
    gh.state.addRun(REPO, 'ci.yml', { headSha: next });
    const result = await run({ workflows: 'ci.yml', tag: 'v1.2.3', sha: next });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `commit: tag v1.2.3 is at ${old}, but the commit being released (input 'sha') is ${next}`,
    );
    expect(result.outputs.green).toBe('false');
    expect(gh.count('actions/list-workflow-runs')).toBe(0);
  });

  it('names the missing actions: read permission', async () => {
    gh.state.addToken('ghs_contentsonly', { contents: 'read' });
    gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    const result = await run({ workflows: 'ci.yml' }, { token: 'ghs_contentsonly' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/answered 403\. The token may lack the 'actions: read' permission/);
    expect(result.outputs.green).toBe('false');
  });

  // Each bad value is refused in-process by parseInputs (__tests__/core/ci/inputs.test.ts);
  // here one spawn per refusal class proves the bundle reports it the same way.
  it('refuses bad input before any request: every problem at once, no summary', async () => {
    const result = await run({
      workflows: 'ci.txt',
      sha: 'abc123',
      timeout: 'soon',
      'require-head': 'yes',
      event: 'bogus_event',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::Configuration error: 5 configuration problems:/);
    for (const why of [
      /Input 'workflows' must list workflow files/,
      /Input 'sha' must be a full 40-character hexadecimal commit SHA/,
      /Input 'timeout' must be a duration/,
      /Input 'require-head' must be a boolean/,
      // Accepted before: no run ever has this event, so the check could only wait and fail.
      /Input 'event': "bogus_event" is not an event that triggers a GitHub Actions workflow/,
    ])
      expect(result.stdout).toMatch(why);
    // The refusal policy: a summary row per problem, outputs that say not green, no request.
    expect(result.summary).toContain('require-ci-green: configuration refused');
    expect(result.summary.match(/\| configuration \| ❌ fail \|/g)).toHaveLength(5);
    expect(result.outputs).toEqual({ green: 'false', 'head-sha': '', report: '[]' });
    expect(gh.log).toEqual([]);
  });

  it('refuses an input the action does not declare (a misspelled key)', async () => {
    // The runner passes `with: { poll_interval: 1s }` on as INPUT_POLL_INTERVAL and only warns.
    const result = await run({ workflows: 'ci.yml' }, { env: { INPUT_POLL_INTERVAL: '1s' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /Input 'poll_interval' is not an input of this action: did you mean 'poll-interval'\?/,
    );
    expect(gh.log).toEqual([]);
  });

  describe('a name only GitHub can refuse fails with a summary row naming the input', () => {
    it.each([
      [{ workflows: 'ci.yml', tag: 'v9.9.9' }, /Input 'tag': tag 'v9.9.9' does not exist/],
      [
        { workflows: 'nope.yml\nci.yml' },
        /Input 'workflows': workflow file 'nope.yml' not found in octo-org\/octo-repo \(GitHub answered 404/,
      ],
      [{ workflows: 'ci.yml', branch: 'nope' }, /Input 'branch': branch 'nope' does not exist/],
    ])('%o', async (inputs, message) => {
      gh.state.addRun(REPO, 'ci.yml', { headSha: head });
      const result = await run(inputs);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/::error::require-ci-green: 1 check failed:%0A- CI configuration: /);
      expect(result.stdout).toMatch(message);
      expect(result.summary).toMatch(/\| CI configuration \| ❌ fail \|/);
      expect(result.outputs).toEqual({ green: 'false', 'head-sha': '', report: '[]' });
    });
  });
});
