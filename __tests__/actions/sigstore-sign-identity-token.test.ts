/*
 * sigstore-sign's identity-token input: a value without a JWT's shape is a configuration error
 * that names the input and never shows the value (it is a secret). The trusted-root refusal
 * before signing is exercised through the bundle by the reliability subset (corpus case
 * sign-trusted-root-json).
 */
import { objectInputReader } from '../../src/core/inputs/index.js';
import { parseInputs } from '../../src/actions/sigstore-sign/inputs.js';
import { problemsOrNone as problemsOf } from '../helpers/inputs.js';

describe('sigstore-sign identity-token input', () => {
  it.each(['not-a-jwt', 'a.b', 'a.b.c.d', 'a b.c.d', 'ghs_secretValue1234'])(
    'refuses %p, naming the input, hiding the value',
    (value) => {
      const problems = problemsOf(() =>
        parseInputs(objectInputReader({ files: 'dist/*', 'identity-token': value })),
      );
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain("Input 'identity-token'");
      expect(problems[0]).not.toContain(value);
    },
  );

  it('accepts a JWT-shaped value (unsigned tokens end with an empty part)', () => {
    for (const token of ['eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.', 'aGVhZA.cGF5bG9hZA.c2ln']) {
      expect(parseInputs(objectInputReader({ files: 'dist/*', 'identity-token': token })).identityToken).toBe(
        token,
      );
    }
  });
});
