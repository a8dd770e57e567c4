/*
 * byte-identity's inputs, in-process: every bad input is reported at once, each naming the
 * input, the value and the accepted form. (The bundle is spawned once per refusal class in
 * byte-identity.test.ts.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { ConfigurationError } from '../../src/core/errors.js';
import {
  localFiles,
  parseConfiguration,
  INPUT_NAMES,
  parseInputs,
} from '../../src/actions/byte-identity/inputs.js';
import { parseReference } from '../../src/core/digest-sources/reference.js';
import { reader } from '../helpers/inputs.js';
import { workspace } from '../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../..');
const problemsOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
};

describe('byte-identity inputs', () => {
  it('INPUT_NAMES is exactly what action.yml declares', () => {
    const yaml = parse(fs.readFileSync(path.join(root, 'byte-identity/action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    expect([...INPUT_NAMES].sort()).toEqual(Object.keys(yaml.inputs).sort());
  });

  it('parses a full configuration with defaults', () => {
    const inputs = parseInputs(
      reader({
        files: 'dist/*\n# note\n!dist/*.sig',
        against: 'pypi:demo==1.0\nrelease:v1.0',
        'github-token': 't',
      }),
      { RUNNER_TEMP: '/tmp/rt', GITHUB_REPOSITORY: 'octo/repo' },
    );
    expect(inputs).toMatchObject({
      files: ['dist/*', '!dist/*.sig'],
      mode: 'verify',
      outputDir: '/tmp/rt/canonical',
      exactSet: false,
      allowYanked: false,
      propagationTimeoutMs: 0,
      repackage: [],
      pypiUrl: 'https://pypi.org',
      cratesIndexUrl: 'https://index.crates.io',
      cratesApiUrl: 'https://crates.io',
      npmRegistry: 'https://registry.npmjs.org',
      repository: { owner: 'octo', repo: 'repo' },
    });
    expect(inputs.references.map((r) => r.kind)).toEqual(['pypi', 'release']);
  });

  it('reports every problem in one error, each naming the input and the accepted form', () => {
    const message = problemsOf(() =>
      parseInputs(
        reader({
          files: 'dist/*',
          against:
            'pypi:foo\nftp:thing\nurl:http://example.com/a.whl\ncrates:serde@latest\nnpm:@Bad/Name@1.0.0\nurl:https://example.com/',
          mode: 'fix',
          'exact-set': 'yes',
          'propagation-timeout': 'soon',
          repackage: 'cargo package\n--locked',
          'pypi-url': 'http://mirror.example.com',
        }),
        { RUNNER_TEMP: '/tmp/rt' },
      ),
    );
    for (const expected of [
      /^11 configuration problems:/,
      /Input 'against': 'pypi:foo' does not name one exact version; expected pypi:PROJECT==VERSION\./,
      /Input 'against': 'ftp:thing' has an unknown scheme 'ftp'; expected one of dir:PATH, sums:PATH, release:TAG, pypi:PROJECT==VERSION, crates:CRATE@VERSION, npm:NAME@VERSION, url:URL\./,
      /Input 'against': 'url:http:\/\/example\.com\/a\.whl' is not https \(plain http is accepted on loopback only\); expected url:URL\./,
      /Input 'against': 'crates:serde@latest' has an invalid version 'latest' \(semver\)/,
      /Input 'against': 'npm:@Bad\/Name@1\.0\.0' has an invalid package name/,
      /Input 'against': 'url:https:\/\/example\.com\/' has no file name/,
      /Input 'mode' must be one of 'verify', 'canonicalize', got 'fix'\./,
      /Input 'exact-set' must be a boolean/,
      /Input 'propagation-timeout' must be a duration/,
      /Input 'repackage': the first line must be the program alone/,
      /Input 'pypi-url': 'http:\/\/mirror\.example\.com' is not https/,
    ]) {
      expect(message).toMatch(expected);
    }
  });

  it('requires files and against; canonicalize takes one reference with bytes', () => {
    expect(problemsOf(() => parseInputs(reader({})))).toMatch(
      /Input 'files' is required[\s\S]*Input 'against' is required/,
    );
    const message = problemsOf(() =>
      parseInputs(reader({ files: 'a', against: 'sums:SHA256SUMS\npypi:a==1', mode: 'canonicalize' }), {
        RUNNER_TEMP: '/t',
      }),
    );
    expect(message).toMatch(/mode 'canonicalize' takes exactly one reference/);
    expect(message).toMatch(/'sums:SHA256SUMS' has digests but no bytes/);
    expect(
      problemsOf(() =>
        parseInputs(reader({ files: 'a', against: 'release:v1' }), { GITHUB_REPOSITORY: 'o/r' }),
      ),
    ).toMatch(/Input 'github-token' is required for a release: reference/);
    expect(problemsOf(() => parseInputs(reader({ files: 'a', against: 'pypi:a==1\npypi:a==1' })))).toMatch(
      /given twice/,
    );
  });

  // Kept alike on purpose (docs/ARCHITECTURE.md): each case spells the inputs it parses.
  it('accepts loopback http for url: references and mirrors', () => {
    const inputs = parseInputs(
      reader({
        files: 'a',
        against: 'url:http://127.0.0.1:8080/dl/a%20b.tgz',
        'npm-registry': 'http://localhost:4873/',
      }),
    );
    expect(inputs.npmRegistry).toBe('http://localhost:4873');
    expect(parseReference('url:http://[::1]:1/x.whl')).toMatchObject({ kind: 'url' });
  });

  it('allow-yanked is a boolean, false unless given', () => {
    const base = { files: 'dist/*', against: 'pypi:demo==1.0' };
    expect(parseInputs(reader({ ...base, 'allow-yanked': 'True' })).allowYanked).toBe(true);
    expect(problemsOf(() => parseInputs(reader({ ...base, 'allow-yanked': 'sometimes' })))).toMatch(
      /Input 'allow-yanked' must be a boolean/,
    );
  });

  it('files that only exclude select nothing: a problem, never zero files compared', () => {
    const ws = fs.realpathSync(workspace({ 'dist/a.whl': 'a' }));
    const { locals, problems } = localFiles({ files: ['!dist/*'], references: [] }, ws);
    expect(locals).toEqual([]);
    expect(problems).toEqual([
      expect.stringMatching(/^Input 'files' selects no file: every line is an exclusion/),
    ]);
  });

  it('collects every glob that matches nothing, duplicate basenames and missing dir:/sums: at once', async () => {
    const ws = workspace({ 'a/x.whl': 'a/x.whl', 'b/x.whl': 'b/x.whl', 'a/y.tgz': 'a/y.tgz' });
    const inputs = parseInputs(
      reader({
        files: 'a/*\nb/*\nnothing/*.whl\nalso-none',
        against: 'dir:missing\nsums:nope.txt\ndir:../outside',
      }),
    );
    const { locals, problems } = localFiles(inputs, fs.realpathSync(ws));
    expect(locals.map((l) => l.name)).toEqual(['y.tgz']);
    expect(problems.join('\n')).toMatch(/pattern 'nothing\/\*\.whl' matches no file/);
    expect(problems.join('\n')).toMatch(/pattern 'also-none' matches no file/);
    expect(problems.join('\n')).toMatch(/2 files are named 'x\.whl' \(a\/x\.whl, b\/x\.whl\)/);
    expect(problems.join('\n')).toMatch(/Input 'against': file 'missing' does not exist/);
    expect(problems.join('\n')).toMatch(/Input 'against': file 'nope\.txt' does not exist/);
    expect(problems.join('\n')).toMatch(/Input 'against': path '\.\.\/outside' is outside the workspace/);
    expect(problems).toHaveLength(6);
    // The entry's parser reports these together with the inputs' own problems.
    expect(() =>
      parseConfiguration(
        reader({ files: 'none/*', against: 'pypi:x', mode: 'nope' }),
        {},
        fs.realpathSync(ws),
      ),
    ).toThrow(/3 configuration problems:[\s\S]*pypi:x[\s\S]*'mode'[\s\S]*'none\/\*' matches no file/);
  });
});
