/* promote-image's inputs, parsed in-process (pure parseInputs): defaults, and every refusal at once. */
import { INPUT_NAMES, OUTPUT_NAMES, parseInputs } from '../../src/actions/promote-image/inputs.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readActionYaml } from '../../src/emulator/runner.js';
import { problemsOf, reader } from '../helpers/inputs.js';
import { root } from '../helpers/sigstore.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const BASE = {
  image: 'ghcr.io/owner/app',
  digest: DIGEST,
  'certificate-identity': 'https://github.com/owner/app/.github/workflows/release.yml@refs/tags/v1.2.3',
  'github-token': 'ghs_x',
  repository: 'owner/app',
};

describe('promote-image inputs', () => {
  it('INPUT_NAMES and OUTPUT_NAMES are exactly what its action.yml declares', () => {
    const yaml = readActionYaml(root, 'promote-image');
    expect([...INPUT_NAMES].sort()).toEqual(Object.keys(yaml.inputs ?? {}).sort());
    const raw = parseYaml(fs.readFileSync(path.join(root, 'promote-image/action.yml'), 'utf8')) as {
      outputs: Record<string, unknown>;
    };
    expect([...OUTPUT_NAMES].sort()).toEqual(Object.keys(raw.outputs).sort());
  });

  it('takes the version and git-tag from GITHUB_REF without the prefix, and applies the defaults', () => {
    const parsed = parseInputs(reader({ ...BASE, 'tag-prefix': 'v' }), { GITHUB_REF: 'refs/tags/v1.2.3' });
    expect(parsed).toMatchObject({
      registry: 'ghcr.io',
      repository: 'owner/app',
      reference: DIGEST,
      tagPrefix: 'v',
      issuer: 'https://token.actions.githubusercontent.com',
      require: ['signature', 'sbom', 'provenance'],
      attestationsApi: 'auto',
      sbomMinComponents: 1,
      platforms: [],
      floating: ['latest'],
      gitTag: 'v1.2.3',
      dryRun: false,
      githubRepository: { owner: 'owner', repo: 'app' },
    });
    expect(parsed.version.version).toBe('1.2.3');
  });

  it('a run on a branch takes version and git-tag from the inputs (prefix + version), never the branch', () => {
    const parsed = parseInputs(
      reader({
        ...BASE,
        version: '1.3.0-rc.1',
        'floating-tags': 'latest\nmajor\nminor',
        'source-tag': undefined,
      }),
      { GITHUB_REF: 'refs/heads/main' },
    );
    expect(parsed.gitTag).toBe('1.3.0-rc.1');
    expect(parsed.version.prerelease).toEqual(['rc', '1']);
    expect(parsed.floating).toEqual(['latest', 'major', 'minor']);
    expect(parseInputs(reader({ ...BASE, version: '1.2.3', 'floating-tags': 'none' })).floating).toEqual([]);
  });

  it('refuses every bad input in one message, each naming the input and the accepted form', () => {
    const problems = problemsOf(() =>
      parseInputs(
        reader({
          image: 'ghcr.io/owner/app:latest',
          digest: 'sha256:ABC',
          'source-tag': 'bad tag',
          version: 'v1.2',
          'tag-prefix': '-x',
          'certificate-oidc-issuer': 'http://issuer',
          require: 'signature\nsignatures\nprovenance',
          'attestations-api': 'sometimes',
          'sbom-min-components': '-1',
          platforms: 'linux',
          'floating-tags': 'latest\nnewest',
          'git-tag': 'a..b',
          'dry-run': 'maybe',
          'registry-username': 'me',
        }),
        { GITHUB_REF: 'refs/heads/main' },
      ),
    );
    const text = problems.join('\n');
    for (const name of [
      "'image'",
      "'digest' must be sha256",
      "'source-tag' must be an image tag",
      "'digest' and 'source-tag' are exclusive",
      "'tag-prefix'",
      "'version' ('v1.2') is not strict SemVer",
      "'certificate-identity' is required",
      "'certificate-oidc-issuer' must be an https:// URL",
      "'require' accepts signature, sbom, provenance",
      "'attestations-api'",
      "'sbom-min-components'",
      "'platforms'",
      "'floating-tags' accepts latest, major, minor",
      "'git-tag'",
      "'dry-run'",
      "'github-token' is required",
      "'repository' is required",
      "'registry-username' and 'registry-password' go together",
    ])
      expect(text).toContain(name);
  });

  it('refuses a missing digest and source-tag, a branch run without version, and build metadata', () => {
    expect(
      problemsOf(() =>
        parseInputs(reader({ ...BASE, digest: undefined }), { GITHUB_REF: 'refs/heads/main' }),
      ).join('\n'),
    ).toMatch(
      /'digest' is required unless 'source-tag'[^]*'version' is not set and GITHUB_REF \('refs\/heads\/main'\) is not a tag/,
    );
    expect(problemsOf(() => parseInputs(reader({ ...BASE, version: '1.2.3+build.5' }))).join('\n')).toMatch(
      /build metadata \('\+build\.5'\), which an image tag cannot hold/,
    );
    expect(
      problemsOf(() =>
        parseInputs(reader({ ...BASE, 'tag-prefix': 'v' }), { GITHUB_REF: 'refs/tags/1.2.3' }),
      ).join('\n'),
    ).toMatch(/tag of GITHUB_REF \('1\.2\.3', tag-prefix 'v'\) is not strict SemVer/);
  });

  it('needs no GitHub token when neither provenance nor the attestations API is asked for', () => {
    const parsed = parseInputs(
      reader({
        ...BASE,
        'github-token': undefined,
        repository: undefined,
        require: 'signature\nsbom',
        'attestations-api': 'false',
        version: '1.2.3',
      }),
    );
    expect(parsed.require).toEqual(['signature', 'sbom']);
    expect(parsed.token).toBeUndefined();
  });
});
