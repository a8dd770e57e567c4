/*
 * The root action (dist/preflight), run as the runner runs it: the guard's checks and, when
 * `workflows` is given, require-ci-green against the GitHub emulator, in one step and one
 * summary. Build it first: `npm run package -- preflight`.
 */
import * as path from 'node:path';
import { DEFAULT_TOKEN } from '../../src/emulator/github/index.js';
import { releaseCommit } from '../../src/actions/preflight/main.js';
import type { CiActionInputs } from '../../src/core/ci/inputs.js';
import type { GuardInputs } from '../../src/core/guard/inputs.js';
import { runAction, visibleText, type RunResult } from '../../src/emulator/runner.js';
import { useGitHub } from '../helpers/github.js';
import { workspace } from '../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../..');
const TODAY = new Date().toISOString().slice(0, 10);

const files = {
  'package.json': '{\n  "version": "2.0.0"\n}\n',
  'CHANGELOG.md': `# Changelog\n\n## [2.0.0] - ${TODAY}\n\n- Breaking.\n`,
};

describe('releaseCommit: which commit the CI check holds to the tag', () => {
  const SHA = 'a'.repeat(40);
  const RUN = 'b'.repeat(40);
  const ci = { token: 't', githubSha: RUN, ci: { workflows: ['ci.yml'] } } as unknown as CiActionInputs;
  const fromRef = {} as GuardInputs;
  const given = { tag: 'v1.0.0' } as GuardInputs;

  it.each([
    [
      'input sha wins',
      { ...ci, ci: { ...ci.ci, sha: SHA } },
      fromRef,
      'refs/tags/v1.0.0',
      SHA,
      "input 'sha'",
    ],
    ["GITHUB_SHA on the tag's own run", ci, fromRef, 'refs/tags/v1.0.0', RUN, 'GITHUB_SHA'],
    ['GITHUB_SHA when tag repeats the ref', ci, given, 'refs/tags/v1.0.0', RUN, 'GITHUB_SHA'],
    ["the tag's commit for a tag given on a branch run", ci, given, 'refs/heads/main', undefined, undefined],
    ["the tag's commit for a tag that is not the ref's", ci, given, 'refs/tags/v0.9.0', undefined, undefined],
  ])('%s', (_why, inputs, guard, ref, sha, source) => {
    const out = releaseCommit(inputs, guard, 'v1.0.0', ref);
    expect([out.tag, out.sha, out.shaSource]).toEqual(['v1.0.0', sha, source]);
  });
});

describe('preflight (root action)', () => {
  it('passes a good release in one step with one summary and the guard outputs', async () => {
    const result = await runAction('preflight', {
      root,
      ref: 'refs/tags/v2.0.0',
      workspace: workspace(files),
      inputs: { 'version-files': 'package.json', changelog: 'CHANGELOG.md' },
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      ok: 'true',
      version: '2.0.0',
      'release-notes': '- Breaking.',
      reason: '',
    });
    expect(result.summary.match(/^### /gm)).toHaveLength(1);
    expect(result.summary).toContain('### preflight ✅ passed');
  });

  it('refuses with every reason listed', async () => {
    const result = await runAction('preflight', {
      root,
      ref: 'refs/tags/v2.0.1',
      eventName: 'workflow_dispatch',
      workspace: workspace(files),
      inputs: { 'version-files': 'package.json', changelog: 'CHANGELOG.md' },
    });
    expect(result.code).toBe(1);
    expect(result.outputs.ok).toBe('false');
    for (const why of [/not an allowed event/, /declares "2\.0\.0"/, /no section for 2\.0\.1/]) {
      expect(result.outputs.reason).toMatch(why);
      expect(result.summary).toMatch(why);
    }
    expect(result.stdout).toMatch(/::error::preflight: 3 checks failed/);
  });

  it('honours on-reject: skip and refuses bad input before writing anything', async () => {
    const skipped = await runAction('preflight', {
      root,
      ref: 'refs/heads/main',
      inputs: { 'on-reject': 'skip' },
    });
    expect(skipped.code).toBe(0);
    expect(skipped.outputs.ok).toBe('false');
    const bad = await runAction('preflight', { root, inputs: { prefix: 'v?' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/Input 'prefix'/);
    // The refusal policy: one row per problem, ok=false with the reason, nothing else checked.
    expect(bad.outputs).toMatchObject({ ok: 'false', green: '', report: '[]' });
    expect(bad.outputs.reason).toMatch(/^Input 'prefix'/);
    expect(bad.summary).toMatch(/\| configuration \| ❌ fail \| Input 'prefix'/);
    expect(bad.summary).not.toMatch(/\| semver \|/);
  });
});

describe('preflight with workflows: require-ci-green in the same step (against the emulator)', () => {
  const REPO = 'octo-org/octo-repo';
  let head: string;
  // Every exchange of the shipped bundle must match GitHub's OpenAPI description.
  // Kept alike on purpose (docs/ARCHITECTURE.md): each file sets up the repository state its own tests need.
  const gh = useGitHub({
    setup: (g) => {
      g.state.addRepo(REPO);
      head = g.state.commit(REPO, { branch: 'main', message: 'Release 2.0.0' });
      g.state.lightweightTag(REPO, 'v2.0.0', head);
    },
  });

  async function preflight(
    inputs: Record<string, string>,
    options: {
      ref?: string;
      eventName?: string;
      files?: Record<string, string>;
      sha?: string;
      env?: Record<string, string>;
      event?: unknown;
    } = {},
  ): Promise<RunResult> {
    const result = await runAction('preflight', {
      root,
      ref: options.ref ?? 'refs/tags/v2.0.0',
      eventName: options.eventName,
      event: options.event,
      sha: options.sha ?? head,
      env: options.env,
      repository: REPO,
      apiUrl: gh.url,
      serverUrl: gh.serverUrl,
      workspace: workspace(options.files ?? files),
      inputs: {
        'version-files': 'package.json',
        changelog: 'CHANGELOG.md',
        'poll-interval': '50ms',
        ...inputs,
      },
      timeoutMs: 60_000,
    });
    // The token never leaves the process in any form.
    expect(visibleText(result)).not.toContain(DEFAULT_TOKEN);
    return result;
  }

  const mismatched = { ...files, 'package.json': '{\n  "version": "1.9.0"\n}\n' };

  it('passes when the guard passes and every workflow is green, with the union of outputs', async () => {
    const ci = gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    gh.state.addRun(REPO, 'lint.yml', { headSha: head });
    const result = await preflight({ workflows: 'ci.yml\n.github/workflows/lint.yml' });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      ok: 'true',
      version: '2.0.0',
      green: 'true',
      'head-sha': head,
      reason: '',
    });
    expect(JSON.parse(result.outputs.report)).toEqual([
      expect.objectContaining({ workflow: 'ci.yml', 'run-id': ci.id, conclusion: 'success', attempt: 1 }),
      expect.objectContaining({ workflow: 'lint.yml', conclusion: 'success' }),
    ]);
    // One summary: one heading, one table holding the guard's rows and the CI rows.
    expect(result.summary.match(/^### /gm)).toHaveLength(1);
    expect(result.summary).toContain('### preflight ✅ passed');
    expect(result.summary).toMatch(/\| semver \| ✅ pass/);
    expect(result.summary).toMatch(/\| workflow ci.yml \| ✅ pass/);
    expect(result.summary).toMatch(/\| branch head \(end\) \| ✅ pass/);
    expect(result.summary).toContain(`[#1](${gh.serverUrl}/${REPO}/actions/runs/${ci.id})`);
    // No tag input: the CI check resolves GITHUB_REF's tag and holds GITHUB_SHA to it.
    expect(result.summary).toContain(`tag v2.0.0 → ${head} (= GITHUB_SHA)`);
    expect(gh.count('repos/get-commit')).toBe(1);
  });

  it("takes the repository's id and default branch from the event payload: no request for them", async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    const repo = gh.state.repo(REPO);
    const event = { repository: { id: repo.id, full_name: REPO, default_branch: 'main' } };
    const result = await preflight({ workflows: 'ci.yml' }, { event });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ ok: 'true', green: 'true', 'head-sha': head });
    expect(result.summary).toMatch(/\| branch head \(start\) \| ✅ pass \| main is at /);
    expect(gh.count('repos/get')).toBe(0);
  });

  it('asks the API when the payload describes another repository, or is not whole', async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    const id = gh.state.repo(REPO).id;
    for (const event of [
      { repository: { id, full_name: 'octo-org/other', default_branch: 'main' } },
      { repository: { id, full_name: REPO.toUpperCase(), default_branch: 'main' } },
      { repository: { id: String(id), full_name: REPO, default_branch: 'main' } },
      { repository: { id, full_name: REPO } },
      {},
    ]) {
      const before = gh.count('repos/get');
      const result = await preflight({ workflows: 'ci.yml' }, { event });
      expect(result.code).toBe(0);
      expect(gh.count('repos/get') - before).toBe(1);
    }
  });

  it('fails when the guard passes but one workflow failed, listing it', async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    gh.state.addRun(REPO, 'e2e.yml', { headSha: head, conclusion: 'failure' });
    const result = await preflight({ workflows: 'ci.yml\ne2e.yml' });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ ok: 'false', green: 'false', version: '2.0.0' });
    expect(result.outputs.reason).toMatch(/^workflow e2e.yml: failure: the run failed/);
    expect(result.stdout).toMatch(/::error::preflight: 1 check failed:%0A- workflow e2e.yml: failure/);
    expect(result.summary).toMatch(/\| workflow e2e.yml \| ❌ fail/);
    expect(result.summary).toMatch(/\| workflow ci.yml \| ✅ pass/);
  });

  it('lists the guard rejections and the red CI together, without waiting out the timeout', async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head, conclusion: 'failure' });
    gh.state.addRun(REPO, 'lint.yml', { headSha: head, status: 'in_progress' });
    const result = await preflight({ workflows: 'ci.yml\nlint.yml', timeout: '1h' }, { files: mismatched });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ ok: 'false', green: 'false' });
    const expected = [
      /version in package.json: package.json line 2 declares "1\.9\.0"/,
      /workflow ci.yml: failure: the run failed/,
      /workflow lint.yml: still in_progress, not waited for \(an earlier check already refused the release\)/,
    ];
    for (const why of expected) {
      expect(result.outputs.reason).toMatch(why);
      expect(result.stdout.replace(/%0A/g, '\n')).toMatch(why);
    }
    expect(result.stdout).toMatch(/::error::preflight: 3 checks failed/);
    expect(result.summary).toMatch(/\| version in package.json \| ❌ fail/);
    expect(result.summary).toMatch(/\| workflow ci.yml \| ❌ fail/);
    expect(result.summary).toMatch(/\| workflow lint.yml \| ❌ fail/);
    // One poll, no waiting: a refused release fails fast even with timeout 1h.
    expect(gh.count('actions/list-workflow-runs')).toBe(2);
  });

  it('never lets on-reject: skip hide a red CI when the guard passed', async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head, conclusion: 'cancelled' });
    const result = await preflight({ workflows: 'ci.yml', 'on-reject': 'skip' });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ ok: 'false', green: 'false' });
    expect(result.stdout).toMatch(/on-reject: skip does not apply/);
    expect(result.stdout).toMatch(/re-run it on this exact SHA/);
  });

  it('skips under on-reject: skip when the guard refused, CI red or not', async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head, conclusion: 'failure' });
    const result = await preflight({ workflows: 'ci.yml', 'on-reject': 'skip' }, { files: mismatched });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ ok: 'false', green: 'false' });
    expect(result.outputs.reason).toMatch(/declares "1\.9\.0"/);
    expect(result.outputs.reason).toMatch(/workflow ci.yml: failure/);
    expect(result.stdout).toMatch(/::warning::.*on-reject is 'skip'/s);
  });

  it('sets green from the CI rows only: green CI on a refused tag is green, ok is false', async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    const result = await preflight({ workflows: 'ci.yml' }, { files: mismatched });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ ok: 'false', green: 'true', 'head-sha': head });
    expect(result.outputs.reason).toMatch(/^version in package.json: /);
    expect(result.outputs.reason).not.toMatch(/workflow/);
  });

  it('does not run the CI check when no tag is being released (a branch push under skip)', async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head, conclusion: 'failure' });
    const result = await preflight({ workflows: 'ci.yml', 'on-reject': 'skip' }, { ref: 'refs/heads/main' });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ ok: 'false', green: '', report: '[]', 'head-sha': '' });
    expect(result.summary).toContain('not run, because no tag is being released');
    expect(gh.log).toEqual([]);
  });

  it('keeps a CI configuration error hard, with every other row still in the summary', async () => {
    gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    const result = await preflight(
      { workflows: 'ci.yml\nnope.yml', 'on-reject': 'skip' },
      { files: mismatched },
    );
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ ok: 'false', green: 'false', report: '[]' });
    expect(result.summary).toMatch(/\| version in package.json \| ❌ fail/);
    expect(result.summary).toMatch(
      /\| CI configuration \| ❌ fail \| Input 'workflows': workflow file 'nope.yml' not found/,
    );
    expect(result.stdout).toMatch(/on-reject: skip does not apply: 1 of these is a configuration problem/);
  });

  describe('refuses a commit that is not the tag being released', () => {
    let old: string;
    let next: string;
    beforeEach(() => {
      // v2.0.0 is re-pointed at an old commit without CI; the head after it is green.
      old = head;
      next = gh.state.commit(REPO, { branch: 'main', message: 'the green head' });
      gh.state.annotatedTag(REPO, 'v2.0.3', old);
      gh.state.addRun(REPO, 'ci.yml', { headSha: next });
    });
    const changelog = {
      ...files,
      'package.json': '{\n  "version": "2.0.3"\n}\n',
      'CHANGELOG.md': `# Changelog\n\n## [2.0.3] - ${TODAY}\n\n- Fix.\n`,
    };

    it("input sha: the green head beside GITHUB_REF's tag on an old commit", async () => {
      const result = await preflight(
        { workflows: 'ci.yml', sha: next },
        { ref: 'refs/tags/v2.0.3', files: changelog },
      );
      expect(result.code).toBe(1);
      expect(result.outputs).toMatchObject({ ok: 'false', green: 'false', version: '2.0.3' });
      const why = `commit: tag v2.0.3 is at ${old}, but the commit being released (input 'sha') is ${next}`;
      expect(result.outputs.reason).toContain(why);
      expect(result.summary).toMatch(/\| commit \| ❌ fail \| tag v2\.0\.3 is at/);
      expect(result.summary).not.toMatch(/\| workflow ci.yml \| ✅ pass/);
      expect(gh.count('actions/list-workflow-runs')).toBe(0);
    });

    it("GITHUB_SHA: a run whose commit is not the tag's", async () => {
      const result = await preflight(
        { workflows: 'ci.yml' },
        { ref: 'refs/tags/v2.0.3', files: changelog, sha: next },
      );
      expect(result.code).toBe(1);
      expect(result.outputs.reason).toContain(
        `commit: tag v2.0.3 is at ${old}, but the commit being released (GITHUB_SHA) is ${next}`,
      );
      // The same when `tag` repeats the ref's tag: the run still builds GITHUB_SHA.
      const repeated = await preflight(
        { workflows: 'ci.yml', tag: 'v2.0.3' },
        { ref: 'refs/tags/v2.0.3', files: changelog, sha: next },
      );
      expect(repeated.code).toBe(1);
      expect(repeated.outputs.reason).toContain(
        `commit: tag v2.0.3 is at ${old}, but the commit being released (GITHUB_SHA) is ${next}`,
      );
    });

    it('an explicit tag with a sha that is not its commit, even under on-reject: skip', async () => {
      const result = await preflight(
        { workflows: 'ci.yml', tag: 'v2.0.3', sha: next, 'on-reject': 'skip' },
        { files: changelog, ref: 'refs/tags/v2.0.3' },
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/on-reject: skip does not apply/);
      expect(result.outputs.reason).toMatch(/^commit: tag v2\.0\.3 is at [0-9a-f]{40}, but/);
    });
  });

  it('resolves an explicit tag (peeling an annotated tag) for the CI check', async () => {
    const next = gh.state.commit(REPO, { branch: 'main', message: 'Release 2.0.1' });
    const tagObject = gh.state.annotatedTag(REPO, 'v2.0.1', next);
    gh.state.addRun(REPO, 'ci.yml', { headSha: next });
    const result = await preflight(
      {
        workflows: 'ci.yml',
        tag: 'v2.0.1',
        'allowed-events': 'workflow_dispatch',
        'version-files': '',
        changelog: '',
      },
      { ref: 'refs/heads/main', eventName: 'workflow_dispatch' },
    );
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ ok: 'true', tag: 'v2.0.1', green: 'true', 'head-sha': next });
    expect(result.summary).toContain(`tag v2.0.1 → ${next}`);
    expect(result.summary).not.toContain(tagObject);
  });

  it('does not contact GitHub when workflows is not given, and says so', async () => {
    const result = await preflight({});
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ ok: 'true', green: '', 'head-sha': '', report: '[]' });
    expect(result.summary).toContain('**CI** (require-ci-green): not requested');
    expect(result.summary).not.toMatch(/workflow /);
    expect(gh.log).toEqual([]);
  });

  // Each bad value is refused in-process by parseInputs (__tests__/core/ci/inputs.test.ts);
  // here one spawn per refusal class proves the bundle refuses before checking or asking.
  describe('refuses bad input before anything is checked or asked, every problem at once', () => {
    it.each([
      [
        { workflows: 'ci.txt', timeout: 'soon', sha: 'abc123', 'github-token': '', prefix: 'v?' },
        {},
        [
          /Input 'prefix'/,
          /Input 'workflows' must list workflow files/,
          /Input 'sha' must be a full 40-character hexadecimal commit SHA/,
          /Input 'timeout' must be a duration/,
          /Input 'github-token' is required/,
        ],
      ],
      [
        { sha: 'a'.repeat(40), 'poll-interval': '0' },
        {},
        [/Input 'poll-interval' must be longer than 0/, /Input 'sha' is only used by the CI check/],
      ],
      // A misspelled key, which the runner passes on as an INPUT_* variable.
      [
        { workflows: 'ci.yml' },
        { INPUT_WORKFLOW_FILES: 'ci.yml', INPUT_TIMEOUT_: '1m' },
        [/Input 'timeout_' is not an input of this action/, /Input 'workflow_files' is not an input/],
      ],
    ])('%o %o', async (inputs, env, messages) => {
      gh.state.addRun(REPO, 'ci.yml', { headSha: head });
      const result = await preflight(inputs, { env });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        new RegExp(`::error::Configuration error: ${messages.length} configuration problems:`),
      );
      for (const message of messages) {
        expect(result.stdout).toMatch(message);
        expect(result.outputs.reason).toMatch(message);
      }
      expect(result.outputs).toMatchObject({ ok: 'false', green: '', 'head-sha': '', report: '[]' });
      expect(result.summary).toContain('preflight: configuration refused');
      expect(result.summary.match(/\| configuration \| ❌ fail \|/g)).toHaveLength(messages.length);
      expect(gh.log).toEqual([]);
    });
  });
});
