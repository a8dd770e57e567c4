import {
  Inputs,
  objectInputReader,
  parseLineList,
  parseSha,
  parseTagName,
  tagFromInputOrRef,
  undeclaredInputs,
} from '../../../src/core/inputs/index.js';
import { problemsOf } from '../../helpers/inputs.js';

const SHA = 'a'.repeat(40);

describe('Inputs: every configuration error at once', () => {
  it('collects the problems of several inputs and reports them in one error', () => {
    const inputs = new Inputs(
      objectInputReader({ 'allow-prerelease': 'yes', 'on-reject': 'ignore', timeout: '-5m', sha: 'abc' }),
    );
    inputs.boolean('allow-prerelease', false);
    inputs.enum('on-reject', ['fail', 'skip'], 'fail');
    inputs.duration('timeout', '0');
    inputs.sha('sha');
    inputs.list('files', { required: 'a glob' });
    const problems = problemsOf(() => inputs.finish({}));
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/'allow-prerelease' must be a boolean .*got 'yes'/);
    expect(problems[1]).toMatch(/'on-reject' must be one of 'fail', 'skip', got 'ignore'/);
    expect(problems[2]).toMatch(/'timeout' must be a duration .*got '-5m'/);
    expect(problems[3]).toMatch(/'sha' must be a full 40-character .*got 'abc'/);
    expect(problems[4]).toMatch(/'files' is required: give a glob, one a line/);
    expect(() => inputs.finish({})).toThrow(/^5 configuration problems:\n- Input 'allow-prerelease'/);
  });

  it('returns the parsed values and the fallbacks when nothing is wrong', () => {
    const inputs = new Inputs(
      objectInputReader({ timeout: '90s', files: 'a\n# c\n\nb', sha: ` ${SHA.toUpperCase()} ` }),
    );
    const value = inputs.finish({
      timeout: inputs.duration('timeout', '0'),
      poll: inputs.duration('poll-interval', '30s'),
      files: inputs.list('files', { required: 'a glob' }),
      sha: inputs.sha('sha'),
      exact: inputs.boolean('exact', false),
      min: inputs.integer('min', 1, 1),
    });
    expect(value).toEqual({
      timeout: 90_000,
      poll: 30_000,
      files: ['a', 'b'],
      sha: SHA,
      exact: false,
      min: 1,
    });
  });

  it('a required input that is blank is a problem naming the accepted form', () => {
    const inputs = new Inputs(objectInputReader({ against: '  ' }));
    expect(inputs.required('against', 'a reference such as pypi:NAME==VERSION')).toBe('');
    expect(problemsOf(() => inputs.finish(0))).toEqual([
      "Input 'against' is required: give a reference such as pypi:NAME==VERSION.",
    ]);
  });

  it('a blank required list is reported even when an undeclared input names it', () => {
    const inputs = Inputs.fromEnv(['files', 'exact'], { INPUT_FILE: 'a' });
    inputs.list('files', { required: 'a glob' });
    const problems = problemsOf(() => inputs.finish(0));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/'file' is not an input of this action; its inputs are 'files', 'exact'/);
    expect(problems[1]).toMatch(/'files' is required/);
  });

  it('a comma-separated list is refused with the one-a-line hint', () => {
    expect(() => parseLineList('workflows', 'ci.yml, lint.yml')).toThrow(
      /one item a line, not a comma-separated list/,
    );
    expect(parseLineList('files', 'out/{a,b}.tgz')).toEqual(['out/{a,b}.tgz']);
  });

  it('an error that is not a ConfigurationError is a bug and is not swallowed', () => {
    const inputs = new Inputs(objectInputReader({ x: '1' }));
    expect(() =>
      inputs.parse('x', () => {
        throw new TypeError('boom');
      }),
    ).toThrow(TypeError);
  });
});

describe('undeclared inputs', () => {
  const declared = ['version-files', 'changelog', 'tag'];

  it('refuses a misspelled with: key and suggests the declared one', () => {
    expect(undeclaredInputs({ INPUT_VERSION_FILES: 'package.json', INPUT_TAG: 'v1' }, declared)).toEqual([
      "Input 'version_files' is not an input of this action: did you mean 'version-files'?",
    ]);
  });

  it('lists the inputs when nothing is near', () => {
    expect(undeclaredInputs({ INPUT_BOGUS: 'x' }, declared)).toEqual([
      "Input 'bogus' is not an input of this action; its inputs are 'version-files', 'changelog', 'tag'.",
    ]);
  });

  it('accepts declared inputs, and ignores other variables', () => {
    expect(
      undeclaredInputs({ INPUT_CHANGELOG: 'CHANGELOG.md', PATH: '/bin', GITHUB_REF: 'x' }, declared),
    ).toEqual([]);
  });

  it('Inputs.fromEnv reports undeclared inputs with the other problems, before any value is used', () => {
    const inputs = Inputs.fromEnv(declared, { INPUT_VERSION_FILES: 'package.json', INPUT_TAG: 'v1 2' });
    inputs.tag('tag');
    const problems = problemsOf(() => inputs.finish(0));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/did you mean 'version-files'/);
    expect(problems[1]).toMatch(/'tag' must be a git tag name/);
  });
});

describe('the one tag parser', () => {
  it('accepts tag names, dropping refs/tags/ and surrounding space', () => {
    expect(parseTagName('tag', 'v1.2.3')).toBe('v1.2.3');
    expect(parseTagName('tag', ' refs/tags/release/v1 ')).toBe('release/v1');
    expect(parseTagName('tag', '@changesets/cli@3.0.1')).toBe('@changesets/cli@3.0.1');
  });

  it.each([
    'a b',
    'v1..2',
    'x~1',
    '-v1',
    'v1/',
    'v1.lock',
    'a:b',
    'v1^',
    'a@{1}',
    '@',
    'a//b',
    '.v1',
    'v1.',
    'v\u200b1',
    'v1\u00a0x',
    '\u04321.2.3',
    '',
  ])('refuses %j, naming the input and the accepted form', (bad) => {
    expect(() => parseTagName('tag', bad)).toThrow(/Input 'tag' must be a git tag name such as v1.2.3/);
  });

  it('takes the input, else the tag of GITHUB_REF; a branch ref without input is refused', () => {
    expect(tagFromInputOrRef('tag', 'v1.0.0', 'refs/heads/main')).toBe('v1.0.0');
    expect(tagFromInputOrRef('tag', undefined, 'refs/tags/v2.0.0')).toBe('v2.0.0');
    expect(tagFromInputOrRef('tag', '  ', 'refs/tags/v2.0.0')).toBe('v2.0.0');
    expect(() => tagFromInputOrRef('tag', undefined, 'refs/heads/main')).toThrow(/Input 'tag' is not set/);
    expect(() => tagFromInputOrRef('tag', 'a b', '')).toThrow(/must be a git tag name/);
  });
});

describe('the one SHA parser', () => {
  it('accepts a full SHA in any case and lowercases it', () => {
    expect(parseSha('sha', SHA.toUpperCase())).toBe(SHA);
  });
  it.each(['abc1234', 'g'.repeat(40), 'a'.repeat(41), ''])('refuses %j', (bad) => {
    expect(() => parseSha('sha', bad)).toThrow(
      /Input 'sha' must be a full 40-character hexadecimal commit SHA/,
    );
  });
});
