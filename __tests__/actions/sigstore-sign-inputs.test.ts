/* sigstore-sign's inputs, parsed in-process (pure parseInputs). */
import { objectInputReader } from '../../src/core/inputs/index.js';
import { readActionYaml } from '../../src/emulator/runner.js';
import * as sign from '../../src/actions/sigstore-sign/inputs.js';
import { problemsOrNone as problemsOf } from '../helpers/inputs.js';
import { root } from '../helpers/sigstore.js';

describe('sigstore-sign inputs', () => {
  it('INPUT_NAMES are exactly the inputs its action.yml declares', () => {
    expect([...sign.INPUT_NAMES].sort()).toEqual(
      Object.keys(readActionYaml(root, 'sigstore-sign').inputs ?? {}).sort(),
    );
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
      images: [],
      registry: {},
      githubToken: undefined,
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
});
