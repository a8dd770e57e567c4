import * as path from 'node:path';
import { parseCheckLevels, type Level } from '../../core/audit/levels.js';
import { tagPatternProblems } from '../../core/audit/workflow/filter-pattern.js';
import { parseRepository, type Repo } from '../../core/github/repository.js';
import { Inputs, type InputReader } from '../../core/inputs/index.js';

/** The inputs audit-settings/action.yml declares (a test keeps the two equal). */
export const INPUT_NAMES = [
  'workflow',
  'environment',
  'tag-pattern',
  'required-checks',
  'checks',
  'sarif-path',
  'github-token',
  'repository',
] as const;

/** The outputs audit-settings/action.yml declares: runEntry writes every one on every ending. */
export const OUTPUT_NAMES = ['passed', 'failed', 'not-checked', 'report', 'sarif-path'] as const;

/** The outputs of a refused configuration: nothing was checked. */
export const REFUSAL_OUTPUTS = {
  passed: '0',
  failed: '0',
  'not-checked': '0',
  report: '{"checks":[]}',
  'sarif-path': '',
};

export interface AuditInputs {
  token: string;
  repository: Repo;
  /** Absolute path of the workflow to lint, and the path annotations name (relative to the workspace). */
  workflow: { absolute: string; relative: string };
  environment?: string;
  tagPattern: string;
  requiredChecks: string[];
  levels: Map<string, Level>;
  /** Absolute. */
  sarifPath: string;
}

/**
 * The running workflow's file from `GITHUB_WORKFLOW_REF` (`owner/repo/.github/workflows/f.yml@ref`),
 * or undefined when the variable is missing or of another shape.
 */
export function runningWorkflow(ref: string | undefined): string | undefined {
  const match = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+\.ya?ml)@/.exec(ref ?? '');
  return match?.[1];
}

/** Whether `given`, resolved from the workspace, is outside it (only a whole `..` segment leaves it). */
function leavesWorkspace(workspace: string, given: string): boolean {
  const rel = path.relative(workspace, path.resolve(workspace, given));
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}

/**
 * Parses every audit-settings input at once (pure: `env` gives GITHUB_WORKSPACE, RUNNER_TEMP and
 * GITHUB_WORKFLOW_REF for the defaults); throws one ConfigurationError listing every problem.
 */
export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv = {}): AuditInputs {
  const inputs = new Inputs(read);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const token = inputs.required('github-token', 'a token (default ${{ github.token }})');
  const repositoryRaw = inputs.required('repository', "'owner/name' (default ${{ github.repository }})");
  const repository = repositoryRaw
    ? inputs.attempt(() => parseRepository('repository', repositoryRaw))
    : undefined;
  const tagPattern = inputs.optional('tag-pattern') ?? 'v*';
  for (const problem of tagPatternProblems(tagPattern)) inputs.problem(`Input 'tag-pattern': ${problem}`);
  const requiredChecks = inputs.list('required-checks');
  const { levels, problems } = parseCheckLevels("Input 'checks'", inputs.list('checks'));
  for (const p of problems) inputs.problem(p);
  const environment = inputs.optional('environment');
  const workflowRaw = inputs.optional('workflow') ?? runningWorkflow(env.GITHUB_WORKFLOW_REF);
  let workflow = { absolute: '', relative: '' };
  if (workflowRaw === undefined) {
    inputs.problem(
      "Input 'workflow' is required when GITHUB_WORKFLOW_REF does not name the running workflow: give its path, such as '.github/workflows/release.yml'.",
    );
  } else if (workflowRaw.includes('\0') || !/\.ya?ml$/.test(workflowRaw)) {
    inputs.problem(
      `Input 'workflow' must be a workflow file such as '.github/workflows/release.yml', got '${workflowRaw}'.`,
    );
  } else if (leavesWorkspace(workspace, workflowRaw)) {
    // The audit reads the workflow the checkout put in the workspace, never a file beside it
    // (a symbolic link out of it is refused when the file is read).
    inputs.problem(
      `Input 'workflow': path '${workflowRaw}' is outside the workspace (${workspace}): give the workflow's path in the checkout, such as '.github/workflows/release.yml'.`,
    );
  } else {
    const absolute = path.resolve(workspace, workflowRaw);
    workflow = { absolute, relative: path.relative(workspace, absolute).split(path.sep).join('/') };
  }
  const sarifGiven = inputs.optional('sarif-path');
  let sarifPath = '';
  if (sarifGiven !== undefined) {
    if (sarifGiven.includes('\0') || sarifGiven.endsWith('/'))
      inputs.problem(`Input 'sarif-path' must be a file path such as audit.sarif, got '${sarifGiven}'.`);
    // A relative path names a file of the workspace: one that climbs out of it is a mistake or a
    // trick (an absolute path, such as one in RUNNER_TEMP, is taken as given).
    else if (!path.isAbsolute(sarifGiven) && leavesWorkspace(workspace, sarifGiven))
      inputs.problem(
        `Input 'sarif-path': path '${sarifGiven}' climbs out of the workspace (${workspace}): give a path inside it, such as audit.sarif, or an absolute one (e.g. in RUNNER_TEMP).`,
      );
    else sarifPath = path.resolve(workspace, sarifGiven);
  } else if (env.RUNNER_TEMP) {
    sarifPath = path.join(env.RUNNER_TEMP, 'audit-settings.sarif');
  } else {
    inputs.problem(
      "Input 'sarif-path' is required when RUNNER_TEMP is not set: give a file path for the SARIF file.",
    );
  }
  return inputs.finish({
    token,
    repository: repository ?? { owner: '', repo: '' },
    workflow,
    environment,
    tagPattern,
    requiredChecks,
    levels,
    sarifPath,
  });
}
