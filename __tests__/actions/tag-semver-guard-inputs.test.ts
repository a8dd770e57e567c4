/*
 * tag-semver-guard's inputs, in-process: every refusal against parseInputs (no bundle spawn),
 * and the declared names against both action.yml files.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { INPUT_NAMES, parseInputs } from '../../src/actions/tag-semver-guard/inputs.js';
import { parseGuardInputs } from '../../src/core/guard/inputs.js';
import { objectInputReader } from '../../src/core/inputs/index.js';
import { problemsOrNone } from '../helpers/inputs.js';

const repo = path.resolve(import.meta.dirname, '../..');
const declared = (file: string) =>
  Object.keys((parseYaml(fs.readFileSync(path.join(repo, file), 'utf8')) as { inputs: object }).inputs);

function workspace(): string {
  const ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'guard-inputs-')));
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'guard-outside-'));
  fs.writeFileSync(path.join(outside, 'package.json'), '{"version":"1.2.3"}');
  fs.symlinkSync(outside, path.join(ws, 'link'));
  return ws;
}

function problemsOf(inputs: Record<string, string>): string[] {
  return problemsOrNone(() => parseInputs(objectInputReader(inputs), workspace()));
}

describe('tag-semver-guard INPUT_NAMES', () => {
  it('are exactly the inputs tag-semver-guard/action.yml declares', () => {
    expect([...INPUT_NAMES].sort()).toEqual(declared('tag-semver-guard/action.yml').sort());
  });
  it('are all declared by the root action (the preflight takes the union)', () => {
    const root = declared('action.yml');
    for (const name of INPUT_NAMES) expect(root).toContain(name);
  });
});

describe('tag-semver-guard parseInputs: every refusal names the input, the value and the form', () => {
  it.each([
    [{ tag: 'v1.2.3; rm -rf /' }, /^Input 'tag'.*space/],
    [{ tag: 'v1.2.3$(id)' }, /^Input 'tag'.*character '\$'/],
    [{ tag: 'v1.2.3`id`' }, /^Input 'tag'.*character '`'/],
    [{ tag: 'v1.2.3\nv1.2.4' }, /^Input 'tag'.*control character U\+000A/],
    [{ tag: 'v1.2.３' }, /^Input 'tag'.*U\+FF13/],
    [{ tag: 'refs/tags/v1.2.3' }, /^Input 'tag' must be a tag name/],
    [{ prefix: 'v*' }, /^Input 'prefix' must be a plain string/],
    [{ prefix: '^v' }, /^Input 'prefix' must be a plain string/],
    [{ prefix: ' v' }, /^Input 'prefix' must be a plain string/],
    [{ prefix: 'pkg@{1}' }, /^Input 'prefix' must be a plain string.*'@'/],
    [{ prefix: 'x'.repeat(65) }, /^Input 'prefix' must be a plain string of at most 64/],
    [
      { 'changelog-date': 'maybe' },
      /^Input 'changelog-date' must be one of 'required', 'optional', got 'maybe'/,
    ],
    [{ 'on-reject': 'ignore' }, /^Input 'on-reject' must be one of 'fail', 'skip'/],
    [{ 'allow-prerelease': 'yes' }, /^Input 'allow-prerelease' must be a boolean/],
    [{ 'allow-build-metadata': 'on' }, /^Input 'allow-build-metadata' must be a boolean/],
    [
      { 'allowed-events': 'push; curl' },
      /^Input 'allowed-events': "push; curl" is not an event that triggers a GitHub Actions workflow/,
    ],
    [{ 'allowed-events': 'push\nbogus_event' }, /^Input 'allowed-events': "bogus_event" is not an event/],
    [{ 'allowed-events': 'Release' }, /did you mean 'release'\?/],
    [
      { 'version-files': 'package.json' },
      /^Input 'version-files': package\.json does not exist in the workspace\.$/,
    ],
    [{ changelog: 'CHANGELOG.md' }, /^Input 'changelog': file 'CHANGELOG\.md' does not exist\.$/],
    [{ 'allowed-events': 'push, release' }, /^Input 'allowed-events' takes one item a line/],
    [{ 'version-files': 'package.json, Cargo.toml' }, /^Input 'version-files' takes one item a line/],
    [{ 'version-files': 'pakage.json' }, /^Input 'version-files'.*did you mean 'package\.json'\?/],
    [{ 'version-files': 'chart/chart.yaml' }, /^Input 'version-files'.*did you mean 'chart\/Chart\.yaml'\?/],
    [{ 'version-files': '../package.json' }, /^Input 'version-files'.*outside the workspace/],
    [{ 'version-files': '/etc/os-release.toml:x' }, /^Input 'version-files'.*outside the workspace/],
    [{ 'version-files': 'link/package.json' }, /^Input 'version-files'.*symbolic link/],
    [{ 'version-files': 'settings.ini' }, /^Input 'version-files'.*not a version file.*\*\.py/],
    [{ 'version-files': 'x.json' }, /^Input 'version-files'.*needs a key path/],
    [{ 'version-files': 'a.json:x..y' }, /^Input 'version-files': key path 'x\.\.y'/],
    [{ changelog: '../CHANGELOG.md' }, /^Input 'changelog'.*outside the workspace/],
  ])('%j', (inputs, why) => {
    const problems = problemsOf(inputs);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(why);
  });

  it('collects every problem at once, in one ConfigurationError', () => {
    const problems = problemsOf({
      tag: 'v1.2.3 ',
      prefix: 'v*',
      'allow-prerelease': 'yes',
      'on-reject': 'ignore',
      'changelog-date': 'sometimes',
      'version-files': 'pakage.json\n../Cargo.toml\npackage.json',
      changelog: '../CHANGELOG.md',
    });
    expect(problems.map((p) => /^Input '([^']+)'/.exec(p)?.[1])).toEqual([
      'tag',
      'prefix',
      'allow-prerelease',
      'on-reject',
      'version-files',
      'version-files',
      'version-files', // package.json: missing from the workspace
      'changelog',
      'changelog-date',
    ]);
  });

  it('a bad prefix and missing files are one refusal that names them all (it named only the prefix)', () => {
    const problems = problemsOf({
      prefix: 'v*',
      'version-files': 'package.json\nCargo.toml',
      changelog: 'CHANGELOG.md',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^Input 'prefix' must be a plain string/),
      "Input 'version-files': package.json does not exist in the workspace.",
      "Input 'version-files': Cargo.toml does not exist in the workspace.",
      "Input 'changelog': file 'CHANGELOG.md' does not exist.",
    ]);
  });

  it('has the contract defaults, and keeps a monorepo prefix as given', () => {
    const ws = workspace();
    fs.writeFileSync(path.join(ws, 'package.json'), '{"version":"1.2.3"}');
    // The defaults themselves are the guard's (core/guard.test.ts lists them): the action passes
    // its inputs to the guard's parser and adds the workspace root.
    expect(parseInputs(objectInputReader({}), ws)).toEqual({
      root: ws,
      guard: parseGuardInputs(objectInputReader({}), ws),
    });
    expect(parseInputs(objectInputReader({}), ws).guard).toMatchObject({ prefix: 'v', onReject: 'fail' });
    const given = parseInputs(
      objectInputReader({
        prefix: '@changesets/cli@',
        'changelog-date': 'optional',
        'version-files': 'package.json',
      }),
      ws,
    ).guard;
    expect(given).toMatchObject({ prefix: '@changesets/cli@', changelogDate: 'optional' });
    expect(given.versionFiles).toEqual([{ raw: 'package.json', path: 'package.json', keyPath: undefined }]);
  });
});
