/*
 * The one parser of require-ci-green's inputs, shared by require-ci-green (workflows required)
 * and the root preflight (workflows optional). Pure: inputs come from a map, not the process.
 */
import * as fc from 'fast-check';
import { parseCiInputs, parseOptionalCiInputs } from '../../src/core/ci-inputs.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { reader } from '../helpers/inputs.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const env = { GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'octo-org/octo-repo' };

describe('parseCiInputs / parseOptionalCiInputs', () => {
  it('reads every input with the defaults of the contract', () => {
    const parsed = parseCiInputs(
      reader({ workflows: 'ci.yml\n# note\n\nlint.yml', 'github-token': 't' }),
      env,
    );
    expect(parsed).toEqual({
      token: 't',
      ci: {
        repository: { owner: 'octo-org', repo: 'octo-repo' },
        workflows: ['ci.yml', 'lint.yml'],
        sha: undefined,
        tag: undefined,
        defaultSha: SHA,
        branch: undefined,
        requireHead: true,
        event: 'push',
        timeoutMs: 0,
        pollIntervalMs: 30_000,
      },
    });
  });

  it('requires workflows for require-ci-green, and means "not requested" for the preflight', () => {
    expect(() => parseCiInputs(reader({ workflows: '\n# none\n' }), env)).toThrow(
      /Input 'workflows' is required/,
    );
    expect(parseOptionalCiInputs(reader({ timeout: '20m', 'require-head': 'false' }), env)).toBeUndefined();
  });

  it.each([
    [{ timeout: 'soon' }, /Input 'timeout' must be a duration/],
    [{ 'poll-interval': '0s' }, /Input 'poll-interval' must be longer than 0/],
    [{ 'require-head': 'yes' }, /Input 'require-head' must be a boolean/],
    [{ event: 'Push!' }, /Input 'event' must be an event name/],
    [{ sha: SHA }, /Input 'sha' is only used by the CI check/],
    [{ branch: 'main' }, /Input 'branch' is only used by the CI check/],
  ])('without workflows, still refuses %o', (inputs, message) => {
    expect(() => parseOptionalCiInputs(reader(inputs), env)).toThrow(message);
  });

  it.each([
    [{ sha: 'abc' }, {}, /Input 'sha' must be a full 40-character/],
    [{ tag: 'v1..2' }, {}, /Input 'tag' must be a tag name/],
    [{ repository: 'nope' }, {}, /Input 'repository' must be 'owner\/name'/],
    [{}, { GITHUB_SHA: '' }, /Input 'sha' is required when GITHUB_SHA is not set/],
    [{}, { GITHUB_SHA: 'refs/heads/main' }, /Input 'sha' must be a full 40-character/],
  ])('with workflows, refuses %o (env %o)', (inputs, envOverride, message) => {
    const read = reader({ workflows: 'ci.yml', ...inputs });
    expect(() => parseOptionalCiInputs(read, { ...env, ...envOverride })).toThrow(message);
  });

  it('does not need GITHUB_SHA when a sha or tag is given', () => {
    const noSha = { GITHUB_REPOSITORY: 'o/r' };
    expect(parseCiInputs(reader({ workflows: 'ci.yml', tag: 'v1.2.3' }), noSha).ci.tag).toBe('v1.2.3');
    expect(parseCiInputs(reader({ workflows: 'ci.yml', sha: SHA }), noSha).ci.sha).toBe(SHA);
  });

  it('either parses or throws a ConfigurationError naming an input, for any text in any input', () => {
    const names = ['workflows', 'sha', 'tag', 'branch', 'require-head', 'event', 'timeout', 'poll-interval'];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.string(), fc.boolean(), (name, value, withWorkflows) => {
        const inputs: Record<string, string> = withWorkflows ? { workflows: 'ci.yml' } : {};
        inputs[name] = value;
        try {
          parseOptionalCiInputs(reader(inputs), env);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError);
          expect((error as Error).message).toMatch(/^Input '[a-z-]+'/);
        }
      }),
    );
  });
});
