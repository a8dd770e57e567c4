/* attest-provenance's inputs, parsed in-process (pure parseInputs). */
import * as path from 'node:path';
import { INPUT_NAMES, OUTPUT_NAMES, parseInputs } from '../../src/actions/attest-provenance/inputs.js';
import * as fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { readActionYaml } from '../../src/emulator/runner.js';
import { problemsOrNone, reader } from '../helpers/inputs.js';
import { root } from '../helpers/sigstore.js';

const ENV = { RUNNER_TEMP: '/runner/temp', GITHUB_WORKSPACE: '/work/space' };
const API = { 'github-token': 'ghs_x', repository: 'octo-org/octo-repo' };

describe('attest-provenance inputs', () => {
  it('INPUT_NAMES and OUTPUT_NAMES are exactly what its action.yml declares', () => {
    const yaml = readActionYaml(root, 'attest-provenance');
    expect([...INPUT_NAMES].sort()).toEqual(Object.keys(yaml.inputs ?? {}).sort());
    const raw = parseYaml(fs.readFileSync(path.join(root, 'attest-provenance/action.yml'), 'utf8')) as {
      outputs: Record<string, unknown>;
    };
    expect([...OUTPUT_NAMES].sort()).toEqual(Object.keys(raw.outputs).sort());
  });

  it('applies the defaults: bundle in RUNNER_TEMP, the attestations API, public-good Sigstore', () => {
    expect(parseInputs(reader({ files: 'dist/*\n# a comment\n\nout/*.whl', ...API }), ENV)).toEqual({
      files: ['dist/*', 'out/*.whl'],
      images: [],
      registry: {},
      attestationsApi: true,
      bundlePath: path.join('/runner/temp', 'provenance.sigstore.json'),
      fulcioURL: 'https://fulcio.sigstore.dev',
      rekorURL: 'https://rekor.sigstore.dev',
      tsaURL: undefined,
      oidcAudience: 'sigstore',
      identityToken: undefined,
      trustedRoot: undefined,
      token: 'ghs_x',
      repository: { owner: 'octo-org', repo: 'octo-repo' },
    });
  });

  it('takes a relative bundle-path from the workspace', () => {
    const parsed = parseInputs(
      reader({ files: 'a', 'bundle-path': 'dist/x.intoto.sigstore.json', ...API }),
      ENV,
    );
    expect(parsed.bundlePath).toBe(path.resolve('/work/space', 'dist/x.intoto.sigstore.json'));
  });

  it('needs no token or repository with attestations-api: false', () => {
    expect(
      problemsOrNone(() => parseInputs(reader({ files: 'a', 'attestations-api': 'false' }), ENV)),
    ).toEqual([]);
  });

  it('refuses every problem at once, each naming its input', () => {
    const problems = problemsOrNone(() =>
      parseInputs(
        reader({
          images: 'ghcr.io/o/r:v1',
          'registry-username': 'u',
          'attestations-api': 'maybe',
          'bundle-path': 'dist/',
          'fulcio-url': 'ftp://fulcio',
          'identity-token': 'not a jwt',
          repository: 'no-slash',
        }),
        ENV,
      ),
    );
    const text = problems.join('\n');
    expect(text).toContain(`Input 'images': "ghcr.io/o/r:v1" names a tag, not a digest`);
    expect(text).toContain("'registry-username' is set and 'registry-password' is not");
    expect(text).toContain("'attestations-api'");
    expect(text).toContain("Input 'bundle-path' must be a file path");
    expect(text).toContain("Input 'fulcio-url' must be an http(s) URL");
    expect(text).toContain("Input 'identity-token' must be a JWT");
    expect(text).not.toContain('not a jwt');
    expect(text).toContain("Input 'repository' must be 'owner/name'");
    expect(problems.length).toBeGreaterThanOrEqual(8);
  });

  it('needs a bundle-path for files when RUNNER_TEMP is not set', () => {
    expect(problemsOrNone(() => parseInputs(reader({ files: 'a', ...API }), {}))).toEqual([
      "Input 'bundle-path' is required when RUNNER_TEMP is not set: give a file path for the bundle.",
    ]);
  });

  it('takes images by digest instead of files, with no bundle-path needed', () => {
    const parsed = parseInputs(
      reader({ images: `ghcr.io/o/r@sha256:${'a'.repeat(64)}`, 'attestations-api': 'false' }),
      {},
    );
    expect(parsed.images).toEqual([
      { registry: 'ghcr.io', repository: 'o/r', digest: `sha256:${'a'.repeat(64)}` },
    ]);
    expect(parsed.files).toEqual([]);
  });

  it('needs files, a token and a repository by default, and a bundle-path without RUNNER_TEMP', () => {
    const problems = problemsOrNone(() => parseInputs(reader({}), {}));
    expect(problems).toEqual([
      "Input 'files' is required unless 'images' is given: give globs of the built files, or image references by digest (REGISTRY/NAME@sha256:<hex>), one a line.",
      "Input 'github-token' is required with attestations-api: give a token (default ${{ github.token }}).",
      "Input 'repository' is required with attestations-api: give 'owner/name' (default ${{ github.repository }}).",
    ]);
  });
});
