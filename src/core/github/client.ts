import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { ConfigurationError, messageOf } from '../errors.js';
import { registerSecret } from '../secrets.js';

export type GitHubClient = ReturnType<typeof github.getOctokit>;

/** The REST base URL, read at call time (GHES and the emulator set GITHUB_API_URL). */
export function apiBaseUrl(): string {
  return (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/** The web base URL, read at call time. */
export function serverUrl(): string {
  return (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
}

export interface Repo {
  owner: string;
  repo: string;
}

/** Parses the `repository` input (`owner/name`). */
export function parseRepository(input: string, value: string): Repo {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(value.trim());
  if (!match || match[2] === '.' || match[2] === '..') {
    throw new ConfigurationError(`Input '${input}' must be 'owner/name', got '${value}'.`);
  }
  return { owner: match[1], repo: match[2] };
}

/**
 * An Octokit from @actions/github with the retry and throttling plugins really loaded (a
 * `throttle` option without the plugin does nothing). The token is registered as a secret
 * before any request is made, so it is masked everywhere.
 */
export function createClient(token: string, options: { baseUrl?: string } = {}): GitHubClient {
  if (!token) throw new ConfigurationError(`Input 'github-token' is required.`);
  registerSecret(token);
  return github.getOctokit(
    token,
    {
      baseUrl: options.baseUrl ?? apiBaseUrl(),
      throttle: {
        onRateLimit: (_retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
          retryCount < 2,
        onSecondaryRateLimit: (
          _retryAfter: number,
          _options: unknown,
          _octokit: unknown,
          retryCount: number,
        ) => retryCount < 2,
      },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Turns a 403/404 into a message that names the permission the job probably lacks: GitHub
 * answers 404 rather than 403 for many resources a token may not see.
 */
export function explainHttpError(error: unknown, what: string, permission: string): Error {
  const status = statusOf(error);
  if (status === 403 || status === 404) {
    return new Error(
      `${what}: GitHub answered ${status}. The token may lack the '${permission}' permission ` +
        `(add 'permissions: ${permission}' to the job), or the resource does not exist.`,
      { cause: error },
    );
  }
  return new Error(`${what}: ${messageOf(error)}`, { cause: error });
}
