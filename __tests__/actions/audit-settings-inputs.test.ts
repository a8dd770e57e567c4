/* audit-settings' inputs, parsed in-process (pure parseInputs): defaults and every refusal at once. */
import * as path from 'node:path';
import { parseInputs, runningWorkflow } from '../../src/actions/audit-settings/inputs.js';
import { problemsOrNone, reader } from '../helpers/inputs.js';

const ENV = {
  RUNNER_TEMP: '/runner/temp',
  GITHUB_WORKSPACE: '/work/space',
  GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3',
};
const API = { 'github-token': 'ghs_x', repository: 'octo-org/octo-repo' };

describe('audit-settings inputs', () => {
  it('applies the defaults: the running workflow, v*, every check an error, SARIF in RUNNER_TEMP', () => {
    const parsed = parseInputs(reader(API), ENV);
    expect(parsed).toMatchObject({
      repository: { owner: 'octo-org', repo: 'octo-repo' },
      workflow: {
        absolute: path.join('/work/space', '.github/workflows/release.yml'),
        relative: '.github/workflows/release.yml',
      },
      tagPattern: 'v*',
      requiredChecks: [],
      sarifPath: path.join('/runner/temp', 'audit-settings.sarif'),
    });
    expect(parsed.environment).toBeUndefined();
    expect([...parsed.levels.values()].every((l) => l === 'error')).toBe(true);
    expect(parsed.levels.size).toBe(14);
  });

  it('reads levels, required checks and a given workflow and SARIF path from the workspace', () => {
    const parsed = parseInputs(
      reader({
        ...API,
        checks: '# relax\nsha-pinning: warn\nstep-order: off',
        'required-checks': 'ci\nci / build',
        workflow: 'ci/release.yaml',
        'sarif-path': 'out/audit.sarif',
        'tag-pattern': 'v[0-9]+.[0-9]+.[0-9]+',
      }),
      ENV,
    );
    expect(parsed.levels.get('sha-pinning')).toBe('warn');
    expect(parsed.levels.get('step-order')).toBe('off');
    expect(parsed.levels.get('tag-ruleset')).toBe('error');
    expect(parsed.requiredChecks).toEqual(['ci', 'ci / build']);
    expect(parsed.workflow.relative).toBe('ci/release.yaml');
    expect(parsed.sarifPath).toBe('/work/space/out/audit.sarif');
  });

  it('refuses every problem at once, each naming the input', () => {
    const problems = problemsOrNone(() =>
      parseInputs(
        reader({
          'github-token': '',
          repository: 'not a repo',
          checks: 'sha-pining: warn\ntag-ruleset: loud\njust words\nsha-pinning: off\nsha-pinning: warn',
          'tag-pattern': '!v*',
          workflow: 'release.txt',
        }),
        { GITHUB_WORKSPACE: '/w' },
      ),
    );
    expect(problems).toEqual([
      expect.stringContaining("Input 'github-token' is required"),
      expect.stringContaining("Input 'repository' must be 'owner/name'"),
      expect.stringContaining('Input \'tag-pattern\': tag-pattern "!v*" is a negation'),
      expect.stringContaining("Input 'checks' names an unknown check 'sha-pining'"),
      expect.stringContaining("Input 'checks' gives check 'tag-ruleset' the unknown level 'loud'"),
      expect.stringContaining("Input 'checks' must hold lines 'NAME: error|warn|off', got 'just words'"),
      expect.stringContaining("Input 'checks' names check 'sha-pinning' twice"),
      expect.stringContaining("Input 'workflow' must be a workflow file"),
      expect.stringContaining("Input 'sarif-path' is required when RUNNER_TEMP is not set"),
    ]);
  });

  it('refuses a workflow outside the workspace and a relative SARIF path that climbs out of it', () => {
    expect(
      problemsOrNone(() =>
        parseInputs(
          reader({ ...API, workflow: '../other/release.yml', 'sarif-path': '../audit.sarif' }),
          ENV,
        ),
      ),
    ).toEqual([
      expect.stringContaining("Input 'workflow': path '../other/release.yml' is outside the workspace"),
      expect.stringContaining("Input 'sarif-path': path '../audit.sarif' climbs out of the workspace"),
    ]);
    expect(
      problemsOrNone(() => parseInputs(reader({ ...API, workflow: '/elsewhere/release.yml' }), ENV)),
    ).toEqual([expect.stringContaining("Input 'workflow': path '/elsewhere/release.yml' is outside")]);
    // Inside the workspace, however written; an absolute SARIF path (RUNNER_TEMP) as given.
    const parsed = parseInputs(
      reader({ ...API, workflow: '/work/space/ci/../release.yml', 'sarif-path': '/runner/temp/a.sarif' }),
      ENV,
    );
    expect(parsed.workflow.relative).toBe('release.yml');
    expect(parsed.sarifPath).toBe('/runner/temp/a.sarif');
    expect(parseInputs(reader({ ...API, 'sarif-path': '..notes.sarif' }), ENV).sarifPath).toBe(
      '/work/space/..notes.sarif',
    );
  });

  it('needs the workflow when GITHUB_WORKFLOW_REF does not name it', () => {
    expect(problemsOrNone(() => parseInputs(reader(API), { RUNNER_TEMP: '/t' }))).toEqual([
      expect.stringContaining("Input 'workflow' is required when GITHUB_WORKFLOW_REF"),
    ]);
    expect(runningWorkflow('o/r/.github/workflows/release.yml@refs/heads/main')).toBe(
      '.github/workflows/release.yml',
    );
    expect(runningWorkflow('o/r/.github/workflows/release.yml')).toBeUndefined();
    expect(runningWorkflow(undefined)).toBeUndefined();
  });
});
