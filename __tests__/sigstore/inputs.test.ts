import { objectInputReader } from '../../src/core/inputs/index.js';
import { readActionYaml } from '../../src/emulator/runner.js';
import * as sign from '../../src/actions/sigstore-sign/inputs.js';
import * as verify from '../../src/actions/sigstore-verify/inputs.js';
import { problemsOrNone as problemsOf } from '../helpers/inputs.js';
import { root } from './helpers.js';

describe('sigstore-sign and sigstore-verify inputs', () => {
  it.each([
    ['sigstore-sign', sign.INPUT_NAMES],
    ['sigstore-verify', verify.INPUT_NAMES],
  ])('%s: INPUT_NAMES are exactly the inputs its action.yml declares', (name, names) => {
    expect([...names].sort()).toEqual(Object.keys(readActionYaml(root, name).inputs ?? {}).sort());
  });

  it('sigstore-sign parses good values and applies action.yml defaults', () => {
    expect(sign.parseInputs(objectInputReader({ files: 'dist/*\n# comment\n\nout/*.whl' }))).toEqual({
      files: ['dist/*', 'out/*.whl'],
      bundleSuffix: '.sigstore.json',
      fulcioURL: 'https://fulcio.sigstore.dev',
      rekorURL: 'https://rekor.sigstore.dev',
      tsaURL: undefined,
      oidcAudience: 'sigstore',
      identityToken: undefined,
      verify: true,
      trustedRoot: undefined,
    });
    const custom = sign.parseInputs(
      objectInputReader({
        files: 'a',
        'tsa-url': 'http://127.0.0.1:9/api/v1/timestamp',
        verify: 'False',
        'identity-token': 'x.y.z',
      }),
    );
    expect([custom.tsaURL, custom.verify, custom.identityToken]).toEqual([
      'http://127.0.0.1:9/api/v1/timestamp',
      false,
      'x.y.z',
    ]);
  });

  it('sigstore-sign reports every bad input at once, each named', () => {
    const problems = problemsOf(() =>
      sign.parseInputs(
        objectInputReader({
          files: '\n# only a comment\n',
          'bundle-suffix': 'sub/dir',
          'fulcio-url': 'ftp://fulcio',
          'rekor-url': 'https://user:pw@rekor',
          verify: 'maybe',
        }),
      ),
    );
    expect(problems).toHaveLength(5);
    for (const name of ['files', 'bundle-suffix', 'fulcio-url', 'rekor-url', 'verify']) {
      expect(problems.some((p) => p.includes(`'${name}'`))).toBe(true);
    }
  });

  it('sigstore-verify keeps the identity as given and compiles a pattern', () => {
    const exact = verify.parseInputs(
      objectInputReader({ files: 'dist/*', 'certificate-identity': 'https://x/a.yml@refs/tags/v1.2.3' }),
    );
    expect(exact.policy).toEqual({
      identity: 'https://x/a.yml@refs/tags/v1.2.3',
      identityRegExp: undefined,
      issuer: 'https://token.actions.githubusercontent.com',
    });
    const pattern = verify.parseInputs(
      objectInputReader({
        files: 'dist/*',
        'certificate-identity-regexp': 'https://x/.*',
        'certificate-oidc-issuer': 'https://i',
      }),
    );
    expect(pattern.policy.identityRegExp?.source).toBe('https:\\/\\/x\\/.*');
    expect(pattern.policy.issuer).toBe('https://i');
  });

  it('sigstore-verify reports every bad input at once: both identities, a bad pattern, no files, a path suffix', () => {
    const both = problemsOf(() =>
      verify.parseInputs(
        objectInputReader({
          'certificate-identity': 'a',
          'certificate-identity-regexp': '(',
          'bundle-suffix': '../x',
        }),
      ),
    );
    expect(both).toHaveLength(4);
    expect(both.join('\n')).toMatch(/exactly one .* got both/);
    expect(both.join('\n')).toContain(
      "Input 'certificate-identity-regexp' is not a valid regular expression: '('",
    );
    expect(both.join('\n')).toContain("'files'");
    expect(both.join('\n')).toContain("'bundle-suffix'");
    expect(problemsOf(() => verify.parseInputs(objectInputReader({ files: 'a' })))).toEqual([
      expect.stringMatching(/exactly one .* got neither/),
    ]);
  });
});
