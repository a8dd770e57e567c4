/*
 * The CI check's inputs, parsed once for both actions that take them: require-ci-green and the
 * root preflight (which adds them to tag-semver-guard's). Everything that can be checked
 * without the API is checked here and every problem is collected, so a bad value is a
 * configuration error before any row, summary, output or request.
 *
 * `tag` is not read here: whoever composes the check owns it (require-ci-green reads it itself;
 * the preflight takes the guard's tag), so the same input is never parsed twice.
 */
import { eventProblem } from '../github/events.js';
import { parseRepository } from '../github/repository.js';
import { ConfigurationError } from '../errors.js';
import { parseList, parseSha, type Inputs } from '../inputs/index.js';
import type { CiInputs } from './check.js';

/** The CI check's own inputs, as named in both action.yml files (`tag` apart, see above). */
export const CI_INPUT_NAMES = [
  'workflows',
  'sha',
  'branch',
  'require-head',
  'event',
  'timeout',
  'poll-interval',
  'github-token',
  'repository',
] as const;

/** What the CI inputs give: the token, the check's settings, and the run's GITHUB_SHA. */
export interface CiActionInputs {
  token: string;
  /** The check's settings; `sha` is the `sha` input only, `tag` is left to the composer. */
  ci: CiInputs;
  /** GITHUB_SHA (validated), which the composer may name as the commit being released. */
  githubSha?: string;
}

/**
 * A workflow file: `ci.yml` or `.github/workflows/ci.yml` (also `./.github/…`). Returns the
 * base name, which is what the REST API accepts in place of the workflow id.
 */
export function parseWorkflowFile(input: string, raw: string): string {
  const value = raw.trim().replace(/^\.\//, '');
  const base = value.startsWith('.github/workflows/') ? value.slice('.github/workflows/'.length) : value;
  if (!/^[A-Za-z0-9._-]+\.ya?ml$/.test(base) || base.startsWith('.')) {
    throw new ConfigurationError(
      `Input '${input}' must list workflow files such as 'ci.yml' or '.github/workflows/ci.yml', got '${raw}'.`,
    );
  }
  return base;
}

/**
 * Reads the CI inputs into `inputs`, recording every problem there (the caller's `finish()`
 * reports them all at once). With `workflows: 'required'` (require-ci-green) an empty list is a
 * problem; with `'optional'` (the preflight) it means "the CI check is not requested": then it
 * returns undefined, after still validating the inputs that have defaults (a bad `timeout` is
 * a mistake either way) and refusing `sha` and `branch`, which only the CI check uses, so a
 * forgotten `workflows` cannot silently drop the check the user meant to ask for.
 */
export function readCiInputs(
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  options: { workflows: 'required' | 'optional' },
): CiActionInputs | undefined {
  const required = options.workflows === 'required';
  const workflows = inputs
    .list('workflows', required ? { required: 'the workflow files' } : {})
    .map((raw) => inputs.attempt(() => parseWorkflowFile('workflows', raw)))
    .filter((w): w is string => w !== undefined);
  const sha = inputs.sha('sha');
  const branch = inputs.optional('branch');
  const timeoutMs = inputs.duration('timeout', '0');
  const pollIntervalMs = inputs.duration('poll-interval', '30s');
  if (pollIntervalMs <= 0)
    inputs.problem(`Input 'poll-interval' must be longer than 0, got '${inputs.raw('poll-interval')}'.`);
  const requireHead = inputs.boolean('require-head', true);
  const event = inputs.optional('event') ?? 'push';
  const badEvent = eventProblem('event', event);
  if (badEvent) inputs.problem(badEvent);

  // A comma-separated list is a problem recorded above, but it still asks for the check.
  if (!required && parseList(inputs.raw('workflows')).length === 0) {
    for (const name of ['sha', 'branch'] as const) {
      if (inputs.optional(name) !== undefined)
        inputs.problem(
          `Input '${name}' is only used by the CI check, which runs when 'workflows' is given: add 'workflows' or remove '${name}'.`,
        );
    }
    return undefined;
  }

  // Registered as a secret by createClient, the only place it is used.
  const token = inputs.required('github-token', "a token with 'actions: read' and 'contents: read'");
  const repository = inputs.attempt(() =>
    parseRepository('repository', inputs.optional('repository') ?? env.GITHUB_REPOSITORY ?? ''),
  );
  // GITHUB_SHA is the runner's, always a full SHA there; anything else is refused outright.
  let githubSha: string | undefined;
  if (env.GITHUB_SHA) {
    try {
      githubSha = parseSha('sha', env.GITHUB_SHA);
    } catch {
      inputs.problem(
        `GITHUB_SHA must be a full 40-character hexadecimal commit SHA (it stands in for input 'sha'), got '${env.GITHUB_SHA}'.`,
      );
    }
  }
  return {
    token,
    githubSha,
    ci: {
      repository: repository ?? { owner: '', repo: '' },
      workflows: [...new Set(workflows)],
      sha,
      branch,
      requireHead,
      event,
      timeoutMs,
      pollIntervalMs,
    },
  };
}
