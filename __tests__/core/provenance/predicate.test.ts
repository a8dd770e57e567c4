import {
  buildProvenancePredicate,
  environmentDisagreements,
  fileSubjects,
  GITHUB_WORKFLOW_BUILD_TYPE,
  PROVENANCE_CLAIMS,
  provenanceStatement,
  ProvenanceError,
  readProvenanceClaims,
  SLSA_PROVENANCE_V1,
} from '../../../src/core/provenance/predicate.js';

/** A token's claims as GitHub Actions issues them (every id a decimal string). */
const CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  ref: 'refs/tags/v1.2.3',
  sha: '0123456789abcdef0123456789abcdef01234567',
  repository: 'octo-org/octo-repo',
  repository_id: '100',
  repository_owner_id: '200',
  event_name: 'push',
  workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3',
  job_workflow_ref: 'octo-org/reusable/.github/workflows/build.yml@refs/heads/main',
  runner_environment: 'github-hosted',
  run_id: '1000',
  run_attempt: '2',
};

describe('readProvenanceClaims', () => {
  it('takes every claim the predicate needs', () => {
    const claims = readProvenanceClaims(CLAIMS);
    for (const name of PROVENANCE_CLAIMS) expect(claims[name]).toBe(CLAIMS[name]);
  });

  it('names every missing or empty claim at once', () => {
    const { sha: _sha, run_attempt: _attempt, ...rest } = CLAIMS;
    const error = (() => {
      try {
        readProvenanceClaims({ ...rest, runner_environment: '' });
      } catch (e) {
        return e as ProvenanceError;
      }
      throw new Error('no error');
    })();
    expect(error).toBeInstanceOf(ProvenanceError);
    expect(error.code).toBe('MISSING_CLAIM');
    expect(error.message).toContain('sha');
    expect(error.message).toContain('run_attempt');
    expect(error.message).toContain('runner_environment (got "")');
  });

  it('refuses each claim on its own when it is missing', () => {
    for (const name of PROVENANCE_CLAIMS) {
      const claims: Record<string, unknown> = { ...CLAIMS };
      delete claims[name];
      expect(() => readProvenanceClaims(claims)).toThrow(new RegExp(`lacks the claim ${name}\\b`));
    }
  });

  it('refuses claims GitHub never issues: a short sha, a workflow of another repository, a newline', () => {
    expect(() => readProvenanceClaims({ ...CLAIMS, sha: 'abc' })).toThrow(/sha is "abc"/);
    expect(() =>
      readProvenanceClaims({ ...CLAIMS, workflow_ref: 'evil/repo/.github/workflows/x.yml@refs/heads/main' }),
    ).toThrow(/workflow_ref .* not 'octo-org\/octo-repo\/<path>@<ref>'/);
    expect(() => readProvenanceClaims({ ...CLAIMS, ref: 'refs/tags/v1\nx' })).toThrow(/control character/);
    expect(() => readProvenanceClaims({ ...CLAIMS, run_id: { n: 1 } })).toThrow(/run_id \(got \{"n":1\}\)/);
    // A number is not what GitHub writes: the predicate would not carry the claim as it is.
    expect(() => readProvenanceClaims({ ...CLAIMS, repository_id: 100 })).toThrow(
      /repository_id \(got 100\)/,
    );
  });
});

describe('buildProvenancePredicate', () => {
  it('is the predicate @actions/attest builds, every field from the claims', () => {
    const predicate = buildProvenancePredicate(readProvenanceClaims(CLAIMS), 'https://github.com/');
    expect(predicate).toEqual({
      buildDefinition: {
        buildType: GITHUB_WORKFLOW_BUILD_TYPE,
        externalParameters: {
          workflow: {
            ref: 'refs/tags/v1.2.3',
            repository: 'https://github.com/octo-org/octo-repo',
            path: '.github/workflows/release.yml',
          },
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '100',
            repository_owner_id: '200',
            runner_environment: 'github-hosted',
          },
        },
        resolvedDependencies: [
          {
            uri: 'git+https://github.com/octo-org/octo-repo@refs/tags/v1.2.3',
            digest: { gitCommit: '0123456789abcdef0123456789abcdef01234567' },
          },
        ],
      },
      runDetails: {
        // The job's workflow (a reusable one here), not the caller's.
        builder: { id: 'https://github.com/octo-org/reusable/.github/workflows/build.yml@refs/heads/main' },
        metadata: { invocationId: 'https://github.com/octo-org/octo-repo/actions/runs/1000/attempts/2' },
      },
    });
    expect(GITHUB_WORKFLOW_BUILD_TYPE).toBe('https://actions.github.io/buildtypes/workflow/v1');
  });

  it('keeps a tag that holds @ whole (monorepo tags)', () => {
    const predicate = buildProvenancePredicate(
      readProvenanceClaims({
        ...CLAIMS,
        ref: 'refs/tags/pkg@1.2.3',
        workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/pkg@1.2.3',
      }),
      'https://ghes.example.com',
    );
    expect(predicate.buildDefinition.externalParameters.workflow).toEqual({
      ref: 'refs/tags/pkg@1.2.3',
      repository: 'https://ghes.example.com/octo-org/octo-repo',
      path: '.github/workflows/release.yml',
    });
  });
});

describe('fileSubjects and the statement', () => {
  const a = 'a'.repeat(64);
  const b = 'b'.repeat(64);

  it('one subject per file, by basename, in order; one file twice is one subject', () => {
    expect(
      fileSubjects([
        { name: 'x.tgz', sha256: a },
        { name: 'y.zip', sha256: b },
        { name: 'x.tgz', sha256: a },
      ]),
    ).toEqual([
      { name: 'x.tgz', digest: { sha256: a } },
      { name: 'y.zip', digest: { sha256: b } },
    ]);
  });

  it('refuses one name with two digests', () => {
    expect(() =>
      fileSubjects([
        { name: 'x.tgz', sha256: a },
        { name: 'x.tgz', sha256: b },
      ]),
    ).toThrow(/Two files are named "x.tgz" with different contents/);
  });

  it('is an in-toto v1 statement of SLSA provenance v1', () => {
    const predicate = buildProvenancePredicate(readProvenanceClaims(CLAIMS), 'https://github.com');
    const statement = provenanceStatement(fileSubjects([{ name: 'x.tgz', sha256: a }]), predicate);
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.predicateType).toBe(SLSA_PROVENANCE_V1);
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(statement.subject).toEqual([{ name: 'x.tgz', digest: { sha256: a } }]);
    expect(statement.predicate).toBe(predicate);
  });
});

describe('environmentDisagreements', () => {
  const claims = readProvenanceClaims(CLAIMS);

  it('says nothing when the variables agree or are unset', () => {
    expect(
      environmentDisagreements(claims, {
        GITHUB_SHA: CLAIMS.sha,
        GITHUB_REF: CLAIMS.ref,
        GITHUB_REPOSITORY: CLAIMS.repository,
      }),
    ).toEqual([]);
    expect(environmentDisagreements(claims, {})).toEqual([]);
  });

  it('names each variable that disagrees, with both values', () => {
    const warnings = environmentDisagreements(claims, {
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: 'evil/repo',
    });
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^GITHUB_SHA is "f{40}" but the OIDC token's sha claim is "0123/);
    expect(warnings[1]).toMatch(/^GITHUB_REF is "refs\/heads\/main" but the OIDC token's ref claim/);
    expect(warnings[2]).toMatch(/^GITHUB_REPOSITORY is "evil\/repo" but the OIDC token's repository claim/);
  });
});
