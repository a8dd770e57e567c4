/*
 * require-ci-green's inputs, parsed once by one function for both actions that take them: the
 * require-ci-green action and the root preflight (which adds them to tag-semver-guard's).
 * Everything that can be checked without the API is checked here, so a bad value is a
 * configuration error before any row, summary or output is written.
 */
import { type CiInputs, parseSha, parseTagName, parseWorkflowFile } from './ci.js';
import { ConfigurationError } from './errors.js';
import { parseRepository } from './github/client.js';
import { type InputReader, parseBoolean, parseDuration, parseList } from './inputs/index.js';

/** The token and the check's inputs. */
export interface CiActionInputs {
  token: string;
  ci: CiInputs;
}

/**
 * Parses every require-ci-green input for the require-ci-green action, where `workflows` is
 * required (errors name the input). `env` gives GITHUB_SHA and GITHUB_REPOSITORY.
 */
export function parseCiInputs(read: InputReader, env: NodeJS.ProcessEnv = process.env): CiActionInputs {
  const parsed = parse(read, env, true);
  if (parsed === undefined)
    throw new ConfigurationError(`Input 'workflows' is required: give one file a line.`);
  return parsed;
}

/**
 * The same inputs for the root preflight, where an empty `workflows` means "the CI check is not
 * requested": then it returns undefined, after still validating the inputs that have defaults
 * (a bad `timeout` is a mistake either way) and refusing `sha` and `branch`, which only the CI
 * check uses, so a forgotten `workflows` cannot silently drop the check the user meant to ask for.
 */
export function parseOptionalCiInputs(
  read: InputReader,
  env: NodeJS.ProcessEnv = process.env,
): CiActionInputs | undefined {
  return parse(read, env, false);
}

function parse(read: InputReader, env: NodeJS.ProcessEnv, required: boolean): CiActionInputs | undefined {
  const optional = (name: string): string | undefined => {
    const value = (read(name) ?? '').trim();
    return value === '' ? undefined : value;
  };
  // Registered as a secret by createClient, the only place it is used.
  const token = optional('github-token') ?? '';

  const workflows = parseList(read('workflows') ?? '');
  if (workflows.length === 0 && required)
    throw new ConfigurationError(`Input 'workflows' is required: give one file a line.`);
  for (const workflow of workflows) parseWorkflowFile('workflows', workflow);

  const sha = optional('sha');
  if (sha !== undefined) parseSha('sha', sha);
  const tag = optional('tag');
  if (tag !== undefined) parseTagName('tag', tag);
  const branch = optional('branch');
  const timeoutMs = parseDuration('timeout', optional('timeout') ?? '0');
  const pollIntervalMs = parseDuration('poll-interval', optional('poll-interval') ?? '30s');
  if (pollIntervalMs <= 0)
    throw new ConfigurationError(
      `Input 'poll-interval' must be longer than 0, got '${read('poll-interval')}'.`,
    );
  const rawRequireHead = optional('require-head');
  const requireHead = rawRequireHead === undefined ? true : parseBoolean('require-head', rawRequireHead);
  const event = optional('event') ?? 'push';
  if (!/^[a-z_]+$/.test(event))
    throw new ConfigurationError(
      `Input 'event' must be an event name (lowercase letters and '_', e.g. push, release), got '${event}'.`,
    );

  if (workflows.length === 0) {
    for (const [name, value] of [
      ['sha', sha],
      ['branch', branch],
    ] as const) {
      if (value !== undefined)
        throw new ConfigurationError(
          `Input '${name}' is only used by the CI check, which runs when 'workflows' is given: add 'workflows' or remove '${name}'.`,
        );
    }
    return undefined;
  }

  // GITHUB_SHA stands in for `sha` only when neither `sha` nor `tag` is given; check it now too.
  const defaultSha = env.GITHUB_SHA;
  if (sha === undefined && tag === undefined) {
    if (!defaultSha) throw new ConfigurationError(`Input 'sha' is required when GITHUB_SHA is not set.`);
    parseSha('sha', defaultSha);
  }
  const repository = parseRepository('repository', optional('repository') ?? env.GITHUB_REPOSITORY ?? '');
  return {
    token,
    ci: {
      repository,
      workflows,
      sha,
      tag,
      defaultSha,
      branch,
      requireHead,
      event,
      timeoutMs,
      pollIntervalMs,
    },
  };
}
