import fc from 'fast-check';
import { checkCiGreen, parseSha, parseTagName, parseWorkflowFile, type CiInputs } from '../../src/core/ci.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { createClient } from '../../src/core/github/client.js';
import { Report } from '../../src/core/action/report.js';
import { DEFAULT_TOKEN } from '../../src/emulator/github/index.js';
import { useGitHub } from '../helpers/github.js';

describe('require-ci-green input parsers', () => {
  it('accepts exactly 40 hex characters as a SHA', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-fA-F]{40}$/), (sha) => {
        expect(parseSha('sha', ` ${sha} `)).toBe(sha.toLowerCase());
      }),
    );
    fc.assert(
      fc.property(fc.string(), (raw) => {
        if (/^\s*[0-9a-fA-F]{40}\s*$/.test(raw)) return;
        expect(() => parseSha('sha', raw)).toThrow(/Input 'sha' must be a full 40-character/);
      }),
    );
  });

  it('takes workflow files with or without .github/workflows/ and refuses anything else', () => {
    expect(parseWorkflowFile('workflows', 'ci.yml')).toBe('ci.yml');
    expect(parseWorkflowFile('workflows', '.github/workflows/release-ci.yaml')).toBe('release-ci.yaml');
    expect(parseWorkflowFile('workflows', './.github/workflows/ci.yml')).toBe('ci.yml');
    for (const bad of ['ci', 'ci.txt', 'dir/ci.yml', '../ci.yml', '.yml', '.github/ci.yml', 'a b.yml']) {
      expect(() => parseWorkflowFile('workflows', bad)).toThrow(ConfigurationError);
    }
    fc.assert(
      fc.property(fc.string(), (raw) => {
        try {
          const base = parseWorkflowFile('workflows', raw);
          expect(base).toMatch(/^[A-Za-z0-9._-]+\.ya?ml$/);
          expect(base).not.toContain('/');
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError);
        }
      }),
    );
  });

  it('accepts tag names git accepts and refuses the rest', () => {
    expect(parseTagName('tag', 'v1.2.3')).toBe('v1.2.3');
    expect(parseTagName('tag', 'refs/tags/release/v1')).toBe('release/v1');
    for (const bad of [
      '',
      'a b',
      'v1..2',
      'v1~1',
      'v1^',
      'x:y',
      'v1.lock',
      'v1.',
      '/v1',
      'v1/',
      'a/.b',
      'a@{1}',
      'a\\b',
    ]) {
      expect(() => parseTagName('tag', bad)).toThrow(/Input 'tag' must be a tag name/);
    }
    fc.assert(
      fc.property(fc.string(), (raw) => {
        try {
          const tag = parseTagName('tag', raw);
          expect(tag).not.toMatch(/\s|\.\.|[~^:?*[\\]/);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError);
        }
      }),
    );
  });
});

describe('checkCiGreen in-process (as the preflight action runs it)', () => {
  const REPO = 'octo-org/octo-repo';
  let head: string;
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
      defaultSha: head,
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

  it('refuses sha and tag that disagree', async () => {
    gh.state.lightweightTag(REPO, 'v1', head);
    const client = createClient(DEFAULT_TOKEN, { baseUrl: gh.url, throttle: false });
    await expect(
      checkCiGreen(inputs({ tag: 'v1', sha: 'a'.repeat(40) }), { client }, new Report('ci')),
    ).rejects.toThrow(/Input 'sha' \(a{40}\) is not the commit of tag 'v1'/);
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
