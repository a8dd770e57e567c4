/* sigstore-verify's inputs, parsed in-process (pure parseInputs). */
import { objectInputReader } from '../../src/core/inputs/index.js';
import { readActionYaml } from '../../src/emulator/runner.js';
import * as verify from '../../src/actions/sigstore-verify/inputs.js';
import { problemsOrNone as problemsOf } from '../helpers/inputs.js';
import { root } from '../helpers/sigstore.js';

describe('sigstore-verify inputs', () => {
  it('INPUT_NAMES are exactly the inputs its action.yml declares', () => {
    expect([...verify.INPUT_NAMES].sort()).toEqual(
      Object.keys(readActionYaml(root, 'sigstore-verify').inputs ?? {}).sort(),
    );
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
