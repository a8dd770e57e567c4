/*
 * The CI check's inputs, parsed once: by require-ci-green's parseInputs (workflows required,
 * `tag` its own) and by the preflight's (workflows optional, the guard's parser owning `tag`).
 * Pure, in-process: inputs come from an object, the environment is passed in.
 */
import * as path from 'node:path';
import * as fc from 'fast-check';
import {
  parseInputs as parsePreflight,
  INPUT_NAMES as PREFLIGHT_NAMES,
} from '../../../src/actions/preflight/inputs.js';
import {
  parseInputs as parseRequireCiGreen,
  INPUT_NAMES as REQUIRE_CI_GREEN_NAMES,
} from '../../../src/actions/require-ci-green/inputs.js';
import { parseWorkflowFile } from '../../../src/core/ci/inputs.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { parseSha, parseTagName } from '../../../src/core/inputs/index.js';
import { readActionYaml } from '../../../src/emulator/runner.js';
import { problemsOf, reader } from '../../helpers/inputs.js';
import { workspace as workspaceWith } from '../../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../../..');
const SHA = '0123456789abcdef0123456789abcdef01234567';
const env = { GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'octo-org/octo-repo' };
const workspace = workspaceWith({}, 'ci-inputs');

describe('INPUT_NAMES are the inputs each action.yml declares', () => {
  it.each([
    ['require-ci-green', REQUIRE_CI_GREEN_NAMES],
    ['preflight', PREFLIGHT_NAMES],
  ] as const)('%s', (name, names) => {
    const declared = Object.keys(readActionYaml(root, name).inputs ?? {});
    expect([...names].sort()).toEqual(declared.sort());
  });
});

describe('require-ci-green parseInputs', () => {
  it('reads every input with the defaults of the contract', () => {
    const parsed = parseRequireCiGreen(
      reader({ workflows: 'ci.yml\n# note\n\n.github/workflows/lint.yml\nci.yml', 'github-token': 't' }),
      env,
    );
    expect(parsed).toEqual({
      token: 't',
      githubSha: SHA,
      ci: {
        repository: { owner: 'octo-org', repo: 'octo-repo' },
        workflows: ['ci.yml', 'lint.yml'],
        tag: undefined,
        sha: SHA,
        shaSource: 'GITHUB_SHA',
        branch: undefined,
        requireHead: true,
        event: 'push',
        timeoutMs: 0,
        pollIntervalMs: 30_000,
      },
    });
  });

  it('takes the commit from the tag when given (sha then only checked against it), else sha, else GITHUB_SHA', () => {
    const base = { workflows: 'ci.yml', 'github-token': 't' };
    const tagged = parseRequireCiGreen(reader({ ...base, tag: ' refs/tags/v1.2.3 ' }), env).ci;
    expect(tagged).toMatchObject({ tag: 'v1.2.3', sha: undefined });
    const both = parseRequireCiGreen(reader({ ...base, tag: 'v1.2.3', sha: SHA.toUpperCase() }), env).ci;
    expect(both).toMatchObject({ tag: 'v1.2.3', sha: SHA });
    expect(both.shaSource).toBeUndefined();
    const noSha = { GITHUB_REPOSITORY: 'o/r' };
    expect(parseRequireCiGreen(reader({ ...base, tag: 'v1' }), noSha).ci.tag).toBe('v1');
    expect(parseRequireCiGreen(reader({ ...base, sha: SHA }), noSha).ci.sha).toBe(SHA);
    expect(problemsOf(() => parseRequireCiGreen(reader(base), noSha))).toEqual([
      "Input 'sha' is required when neither 'tag' nor GITHUB_SHA is given.",
    ]);
  });

  it('reports every configuration problem at once, each naming the input and the accepted form', () => {
    const problems = problemsOf(() =>
      parseRequireCiGreen(
        reader({
          workflows: 'ci.txt\nlint.yml',
          sha: 'abc',
          tag: 'v1..2',
          timeout: 'soon',
          'poll-interval': '0s',
          'require-head': 'yes',
          event: 'Push!',
          repository: 'nope',
          'github-token': ' ',
        }),
        env,
      ),
    );
    const expected = [
      /^Input 'tag' must be a git tag name such as v1\.2\.3/,
      /^Input 'workflows' must list workflow files such as 'ci\.yml'.*got 'ci\.txt'/,
      /^Input 'sha' must be a full 40-character hexadecimal commit SHA, got 'abc'/,
      /^Input 'timeout' must be a duration/,
      /^Input 'poll-interval' must be longer than 0/,
      /^Input 'require-head' must be a boolean/,
      /^Input 'event': "Push!" is not an event that triggers a GitHub Actions workflow/,
      /^Input 'github-token' is required/,
      /^Input 'repository' must be 'owner\/name'/,
    ];
    expect(problems).toHaveLength(expected.length);
    for (const [i, pattern] of expected.entries()) expect(problems[i]).toMatch(pattern);
  });

  it.each([
    [{ workflows: '' }, {}, /^Input 'workflows' is required: give the workflow files, one a line\.$/],
    [{ workflows: '\n# none\n' }, {}, /^Input 'workflows' is required/],
    [{ workflows: 'ci.yml, lint.yml' }, {}, /^Input 'workflows' takes one item a line/],
    [{ workflows: 'ci.yml' }, { GITHUB_SHA: 'refs/heads/main' }, /^GITHUB_SHA must be a full 40-character/],
    [{ workflows: 'ci.yml', timeout: '48h' }, {}, /^Input 'timeout' must be .*too long/],
    // GitHub's list of workflow events, not any lowercase word: a typo matches no run, ever.
    [
      { workflows: 'ci.yml', event: 'bogus_event' },
      {},
      /^Input 'event': "bogus_event" is not an event that triggers a GitHub Actions workflow \(e\.g\. push/,
    ],
    [{ workflows: 'ci.yml', event: 'pull-request' }, {}, /did you mean 'pull_request'\?\.?$/],
  ])('refuses %o (env %o)', (inputs, envOverride, message) => {
    const problems = problemsOf(() =>
      parseRequireCiGreen(reader({ 'github-token': 't', ...inputs }), { ...env, ...envOverride }),
    );
    expect(problems).toEqual([expect.stringMatching(message)]);
  });

  it('either parses or throws a ConfigurationError naming an input, for any text in any input', () => {
    const names = ['workflows', 'sha', 'tag', 'branch', 'require-head', 'event', 'timeout', 'poll-interval'];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.string(), (name, value) => {
        const inputs: Record<string, string> = { workflows: 'ci.yml', 'github-token': 't' };
        inputs[name] = value;
        try {
          parseRequireCiGreen(reader(inputs), env);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError);
          for (const problem of (error as ConfigurationError).problems)
            expect(problem).toMatch(/^Input '[a-z-]+'/);
        }
      }),
    );
  });
});

describe('preflight parseInputs: the guard and the CI check composed, nothing parsed twice', () => {
  it('means "not requested" without workflows, still validating the CI inputs that have defaults', () => {
    expect(
      parsePreflight(reader({ timeout: '20m', 'require-head': 'false' }), env, workspace).ci,
    ).toBeUndefined();
    expect(parsePreflight(reader({ workflows: '# later\n' }), env, workspace).ci).toBeUndefined();
  });

  it.each([
    [{ timeout: 'soon' }, /^Input 'timeout' must be a duration/],
    [{ 'poll-interval': '0s' }, /^Input 'poll-interval' must be longer than 0/],
    [{ 'require-head': 'yes' }, /^Input 'require-head' must be a boolean/],
    [{ event: 'Push!' }, /^Input 'event': "Push!" is not an event that triggers a GitHub Actions workflow/],
    [{ sha: SHA }, /^Input 'sha' is only used by the CI check/],
    [{ branch: 'main' }, /^Input 'branch' is only used by the CI check/],
  ])('without workflows, still refuses %o', (inputs, message) => {
    expect(problemsOf(() => parsePreflight(reader(inputs), env, workspace))).toEqual([
      expect.stringMatching(message),
    ]);
  });

  it("collects the guard's problem and the CI check's together", () => {
    const problems = problemsOf(() =>
      parsePreflight(
        reader({ prefix: 'v?', workflows: 'ci.yml', timeout: 'soon', sha: 'abc', 'github-token': 't' }),
        env,
        workspace,
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^Input 'prefix'/),
      expect.stringMatching(/^Input 'sha' must be a full 40-character/),
      expect.stringMatching(/^Input 'timeout' must be a duration/),
    ]);
  });

  it('leaves `tag` to the guard: one parser, one message, and the CI settings carry no tag', () => {
    const problems = problemsOf(() =>
      parsePreflight(
        reader({ tag: 'refs/tags/v1', workflows: 'ci.yml', 'github-token': 't' }),
        env,
        workspace,
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^Input 'tag' must be a tag name such as 'v1\.2\.3', not a ref/),
    ]);
    const parsed = parsePreflight(
      reader({ tag: 'v1.2.3', workflows: 'ci.yml', 'github-token': 't' }),
      env,
      workspace,
    );
    expect(parsed.guard.tag).toBe('v1.2.3');
    expect(parsed.ci?.ci.tag).toBeUndefined();
    expect(parsed.ci?.githubSha).toBe(SHA);
  });
});

describe('the parsers the CI inputs use', () => {
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
      expect(() => parseTagName('tag', bad)).toThrow(/Input 'tag' must be a git tag name/);
    }
    fc.assert(
      fc.property(fc.string(), (raw) => {
        try {
          expect(parseTagName('tag', raw)).not.toMatch(/\s|\.\.|[~^:?*[\\]/);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError);
        }
      }),
    );
  });
});
