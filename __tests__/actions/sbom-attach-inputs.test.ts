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
      image: undefined,
      attestSubjects: [],
      registry: {},
      signing: {
        fulcioURL: 'https://fulcio.sigstore.dev',
        rekorURL: 'https://rekor.sigstore.dev',
        tsaURL: undefined,
        oidcAudience: 'sigstore',
        identityToken: undefined,
        trustedRoot: undefined,
      },
      release: true,
    });
  });

  it('with image, the release is optional: only a given tag sends the SBOM there', () => {
    const image = `ghcr.io/octo-org/app@sha256:${'c'.repeat(64)}`;
    const alone = sbomAttach.parseInputs(reader({ sbom: 's.json', image }), {});
    expect(alone).toMatchObject({
      image: { registry: 'ghcr.io', repository: 'octo-org/app', digest: `sha256:${'c'.repeat(64)}` },
      release: false,
    });
    expect(parse({ sbom: 's.json', image, tag: 'v1.2.3' })).toMatchObject({ release: true, tag: 'v1.2.3' });
    // Without image and without a tag to be found, the release is still required.
    expect(problemsOf(() => sbomAttach.parseInputs(reader({ ...BASE, sbom: 's.json' }), {}))).toHaveLength(1);
  });

  it('refuses an image by tag, two images, and a lone registry credential, with the rest', () => {
    const problems = problemsOf(() =>
      parse({
        sbom: 's.json',
        image: `ghcr.io/octo-org/app:v1
ghcr.io/a/b@sha256:${'1'.repeat(64)}
ghcr.io/a/c@sha256:${'2'.repeat(64)}`,
        'registry-password': 'p',
        'identity-token': 'secret value',
      }),
    );
    const text = problems.join('\n');
    expect(text).toContain(`Input 'image': "ghcr.io/octo-org/app:v1" names a tag, not a digest`);
    expect(text).toContain("Input 'image' takes one image by digest");
    expect(text).toContain("'registry-password' is set and 'registry-username' is not");
    expect(text).toContain("Input 'identity-token' must be a JWT");
    expect(text).not.toContain('secret value');
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
