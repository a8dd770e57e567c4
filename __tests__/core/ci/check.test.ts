/*
 * The CI check in-process against the GitHub emulator, as the preflight runs it: the commit,
 * the request budget, and every layer of the re-check of the runs GitHub returns.
 */
import { Report } from '../../../src/core/action/report.js';
import { checkCiGreen, type CiInputs } from '../../../src/core/ci/check.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { createClient } from '../../../src/core/github/client.js';
import { DEFAULT_TOKEN } from '../../../src/emulator/github/index.js';
import { failPage, useGitHub } from '../../helpers/github.js';

describe('checkCiGreen in-process (as the preflight action runs it)', () => {
  const REPO = 'octo-org/octo-repo';
  let head: string;
  // Kept alike on purpose (docs/ARCHITECTURE.md): each file sets up the repository state its own tests need.
  const gh = useGitHub({
    setup: (g) => {
      g.state.addRepo(REPO);
      head = g.state.commit(REPO, { branch: 'main' });
    },
  });

  function inputs(extra: Partial<CiInputs> = {}): CiInputs {
    return {
      repository: { owner: 'octo-org', repo: 'octo-repo' },
      workflows: ['ci.yml'],
      sha: head,
      shaSource: 'GITHUB_SHA',
      requireHead: true,
      event: 'push',
      timeoutMs: 0,
      pollIntervalMs: 30_000,
      ...extra,
    };
  }

  it('waits on an injected clock: polls every poll-interval until the deadline', async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head, status: 'queued' });
    let clock = 0;
    const sleeps: number[] = [];
    const client = createClient(DEFAULT_TOKEN, { baseUrl: gh.url, throttle: false });
    const report = new Report('ci');
    const result = await checkCiGreen(
      inputs({ timeoutMs: 100_000 }),
      {
        client,
        now: () => clock,
        sleep: async (ms) => {
          sleeps.push(ms);
          clock += ms;
        },
        serverUrl: gh.serverUrl,
      },
      report,
    );
    expect(result.green).toBe(false);
    // 30 + 30 + 30 + the last 10 s up to the deadline, then a final poll.
    expect(sleeps).toEqual([30_000, 30_000, 30_000, 10_000]);
    expect(gh.count('actions/list-workflow-runs')).toBe(5);
    expect(report.failureMessage()).toMatch(/still queued when the wait ended \(timeout 100 s\)/);
  });

  function client() {
    return createClient(DEFAULT_TOKEN, { baseUrl: gh.url, throttle: false });
  }

  it("refuses a sha that is not the tag's commit with a row naming both, and checks no run", async () => {
    const old = head;
    const green = gh.state.commit(REPO, { branch: 'main' });
    gh.state.annotatedTag(REPO, 'v1', old);
    gh.state.addRun(REPO, 'ci.yml', { headSha: green });
    const report = new Report('ci');
    const result = await checkCiGreen(
      inputs({ tag: 'v1', sha: green, shaSource: undefined }),
      { client: client() },
      report,
    );
    expect(result.green).toBe(false);
    expect(report.failures).toEqual([
      expect.objectContaining({
        check: 'commit',
        detail: expect.stringContaining(
          `tag v1 is at ${old}, but the commit being released (input 'sha') is ${green}`,
        ),
      }),
    ]);
    expect(result.outcomes).toEqual([expect.objectContaining({ workflow: 'ci.yml', 'run-id': null })]);
    expect(gh.count('actions/list-workflow-runs')).toBe(0);
    // The same tag and its own commit pass the row.
    const ok = new Report('ci');
    gh.state.addRun(REPO, 'ci.yml', { headSha: old });
    await checkCiGreen(
      inputs({ tag: 'v1', sha: old, shaSource: 'GITHUB_SHA', requireHead: false }),
      { client: client() },
      ok,
    );
    expect(ok.rows[0]).toMatchObject({ check: 'commit', ok: true, detail: `tag v1 → ${old} (= GITHUB_SHA)` });
    expect(ok.ok).toBe(true);
  });

  it('names where a tag that does not exist came from', async () => {
    await expect(checkCiGreen(inputs({ tag: 'v9' }), { client: client() }, new Report('ci'))).rejects.toThrow(
      "Input 'tag': tag 'v9' does not exist in octo-org/octo-repo (or the token lacks 'contents: read').",
    );
    await expect(
      checkCiGreen(inputs({ tag: 'v9', tagSource: 'GITHUB_REF' }), { client: client() }, new Report('ci')),
    ).rejects.toThrow("Tag 'v9' (GITHUB_REF) does not exist in octo-org/octo-repo");
  });

  it('makes W + 3 requests for W workflows (the runs listing also proves the file exists)', async () => {
    for (const workflows of [['ci.yml'], ['ci.yml', 'lint.yml', 'e2e.yml']]) {
      for (const workflow of workflows) gh.state.addRun(REPO, workflow, { headSha: head });
      const before = gh.log.length;
      const report = new Report('ci');
      const result = await checkCiGreen(inputs({ workflows }), { client: client() }, report);
      expect(result.green).toBe(true);
      const made = gh.log.slice(before).map((entry) => entry.operationId);
      expect(made).toHaveLength(workflows.length + 3);
      expect(made.sort()).toEqual(
        [
          'repos/get',
          'repos/get-branch',
          'repos/get-branch',
          ...workflows.map(() => 'actions/list-workflow-runs'),
        ].sort(),
      );
    }
  });

  it("names every missing workflow file from the runs listing's 404, as a configuration error", async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    await expect(
      checkCiGreen(
        inputs({ workflows: ['nope.yml', 'ci.yml', 'gone.yaml'] }),
        { client: client() },
        new Report('ci'),
      ),
    ).rejects.toThrow(
      new ConfigurationError(
        "Input 'workflows': workflow file 'nope.yml' not found in octo-org/octo-repo; " +
          "workflow file 'gone.yaml' not found in octo-org/octo-repo " +
          "(GitHub answered 404: check the file name under .github/workflows/, or grant the job 'actions: read').",
      ),
    );
    expect(gh.count('actions/get-workflow')).toBe(0);
  });

  it('does not take a 404 on a later page for a missing workflow: the listing failed', async () => {
    for (let i = 0; i < 101; i++) gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    failPage(gh, 'actions/list-workflow-runs', 2, 404);
    const report = new Report('ci');
    await checkCiGreen(inputs(), { client: client() }, report);
    expect(report.failures).toEqual([
      expect.objectContaining({
        check: 'workflow ci.yml',
        detail: expect.stringMatching(/^Listing runs of ci.yml: GitHub answered 404/),
      }),
    ]);
  });

  describe('re-checks every run the API returns, whatever it filtered (GitHub lies: unfiltered)', () => {
    beforeEach(() => {
      gh.state.addWorkflow(REPO, 'ci.yml');
      gh.faults.add({ operation: 'actions/list-workflow-runs', kind: 'unfiltered', times: Infinity });
    });

    async function verdict(): Promise<Report> {
      const report = new Report('ci');
      const result = await checkCiGreen(inputs(), { client: client() }, report);
      expect(result.green).toBe(report.ok);
      return report;
    }

    it.each([
      [
        'another commit',
        () => ({ headSha: 'b'.repeat(40) }),
        /1 of another commit \(e\.g\. head_sha "b{40}"\)/,
      ],
      [
        'another event',
        () => ({ headSha: head, event: 'pull_request' }),
        /1 of another event \(e\.g\. event "pull_request"\)/,
      ],
      [
        'another branch',
        () => ({ headSha: head, headBranch: 'feature' }),
        /1 of another branch \(e\.g\. head_branch "feature"\)/,
      ],
      [
        "another ref's copy of the workflow file",
        () => ({ headSha: head, path: '.github/workflows/ci.yml@refs/pull/7/merge' }),
        /1 of another workflow file \(e\.g\. path "\.github\/workflows\/ci\.yml@refs\/pull\/7\/merge"\)/,
      ],
      [
        'a fork',
        () => ({ headSha: head, headRepository: 'attacker/octo-repo' }),
        /1 of a fork or another repository \(e\.g\. head repository id \d+, not \d+\)/,
      ],
    ])('a green run of %s does not count', async (_layer, run, why) => {
      gh.state.addRun(REPO, 'ci.yml', run());
      const report = await verdict();
      expect(report.ok).toBe(false);
      expect(report.failures).toEqual([
        expect.objectContaining({ check: 'workflow ci.yml', detail: expect.stringMatching(/^no run for /) }),
      ]);
      expect(report.failureMessage()).toMatch(why);
    });

    it('a green run of another workflow does not count', async () => {
      gh.state.addRun(REPO, 'lint.yml', { headSha: head });
      const report = await verdict();
      expect(report.ok).toBe(false);
      expect(report.failureMessage()).toMatch(
        /1 of another workflow file \(e\.g\. path "\.github\/workflows\/lint\.yml"\)/,
      );
    });

    it('a newer green run that does not count cannot hide the failed one that does', async () => {
      gh.state.addRun(REPO, 'ci.yml', { headSha: head, conclusion: 'failure' });
      gh.state.addRun(REPO, 'ci.yml', { headSha: head, headRepository: 'attacker/octo-repo' });
      gh.state.addRun(REPO, 'lint.yml', { headSha: head });
      const report = await verdict();
      expect(report.failureMessage()).toMatch(/workflow ci.yml: failure: the run failed/);
    });

    it.each([
      '.github/workflows/ci.yml',
      '.github/workflows/ci.yml@main',
      '.github/workflows/ci.yml@refs/heads/main',
    ])('counts the real run among the lies (path %s)', async (path) => {
      gh.state.addRun(REPO, 'ci.yml', { headSha: head, path });
      gh.state.addRun(REPO, 'ci.yml', { headSha: head, event: 'pull_request', conclusion: 'failure' });
      gh.state.addRun(REPO, 'lint.yml', { headSha: head, conclusion: 'failure' });
      gh.state.addRun(REPO, 'ci.yml', {
        headSha: head,
        headRepository: 'attacker/octo-repo',
        conclusion: 'failure',
      });
      const report = await verdict();
      expect(report.ok).toBe(true);
    });

    it.each([
      '.github/workflows/ci.yml@feature',
      '.github/workflows/ci.yml@refs/heads/main-evil',
      'ci.yml',
      '.github/workflows/CI.yml',
    ])('refuses a path that is not exactly the file (%s)', async (path) => {
      gh.state.addRun(REPO, 'ci.yml', { headSha: head, path });
      const report = await verdict();
      expect(report.ok).toBe(false);
      expect(report.failureMessage()).toMatch(/of another workflow file/);
    });
  });

  it('fails closed on a conclusion it does not know', async () => {
    const run = gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    run.attempts[0].conclusion = 'mystery' as never;
    // The OpenAPI description types conclusion as a free string, so this is a valid answer.
    const client = createClient(DEFAULT_TOKEN, { baseUrl: gh.url, throttle: false });
    const report = new Report('ci');
    await checkCiGreen(inputs(), { client }, report);
    expect(report.ok).toBe(false);
    expect(report.failureMessage()).toMatch(/unknown conclusion 'mystery'/);
  });
});
