/*
 * sbom-attach's inputs, parsed in-process (pure parseInputs): every bad input of a run reported
 * at once, each naming the input, the value and the accepted form. The bundle is spawned once per
 * refusal class in sbom-attach.test.ts.
 */
import { problemsOf, reader } from '../helpers/inputs.js';
import * as sbomAttach from '../../src/actions/sbom-attach/inputs.js';

// Kept alike on purpose (docs/ARCHITECTURE.md): the same two fixtures as stage-release-inputs, one action's inputs per file.
const TAG_REF = { GITHUB_REF: 'refs/tags/v1.2.3' };
const BASE = { 'github-token': 'ghs_x', repository: 'octo-org/app' };

describe('sbom-attach parseInputs', () => {
  const parse = (inputs: Record<string, string>) =>
    sbomAttach.parseInputs(reader({ ...BASE, ...inputs }), TAG_REF);

  it('reads the defaults', () => {
    expect(parse({ sbom: 'sbom.cdx.json' })).toEqual({
      token: 'ghs_x',
      repository: { owner: 'octo-org', repo: 'app' },
      tag: 'v1.2.3',
      sbom: ['sbom.cdx.json'],
      minComponents: 1,
      requireComponents: [],
      assetName: undefined,
    });
  });

  it('reads every input given', () => {
    expect(
      parse({
        sbom: 'out/*.json',
        'min-components': '12',
        'require-components': 'pkg:npm/semver\n@actions/core',
        'asset-name': 'app.spdx.json',
      }),
    ).toMatchObject({
      minComponents: 12,
      requireComponents: ['pkg:npm/semver', '@actions/core'],
      assetName: 'app.spdx.json',
    });
  });

  it('reports every problem at once', () => {
    expect(
      problemsOf(() =>
        parse({ sbom: '', 'min-components': 'many', 'asset-name': 'dist/sbom.json', tag: 'bad tag' }),
      ),
    ).toEqual([
      "Input 'sbom' is required: give the SBOM file as globs, one a line.",
      expect.stringMatching(/^Input 'tag' must be a git tag name .*got 'bad tag'\.$/),
      "Input 'min-components' must be a whole number of at least 0, got 'many'.",
      "Input 'asset-name' must be a file name without '/' or '\\', got 'dist/sbom.json'.",
    ]);
  });
});
