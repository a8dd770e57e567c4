/*
 * Reading one setting through the REST API, with the three answers an audit must tell apart:
 * the setting (`ok`), a documented "absent" (a 404 that means "not enabled" or "not protected",
 * which only counts as such for a token that could have seen the setting), and an answer the
 * token was not allowed to see (`hidden`: a 403, or a 404 to a token that cannot read the
 * administration settings). A hidden answer is never a pass: its check is `not-checked`.
 */
import type { GitHubClient, Repo } from '../../github/client.js';
import { statusOf } from '../../github/errors.js';
import type { SettingsRow } from './types.js';

/** What reading one setting gave. */
export type Answer<T> =
  | { kind: 'ok'; data: T }
  | { kind: 'absent'; status: 404; message: string }
  | { kind: 'hidden'; status: number; accepted: string | undefined; route: string };

/** The parts of an Octokit RequestError read here. */
interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: { message?: unknown } };
}

/**
 * GETs `route` (an Octokit route such as `GET /repos/{owner}/{repo}/immutable-releases`). A 404
 * is `absent` (the caller decides whether the token could have seen the setting), a 403 is
 * `hidden`; every other failure (5xx after the retries, the network) is thrown on, so the check
 * that asked fails with that reason rather than guessing.
 */
export async function readSetting<T>(
  github: GitHubClient,
  route: string,
  params: Record<string, unknown>,
): Promise<Answer<T>> {
  try {
    const response = await github.request(route, params);
    return { kind: 'ok', data: response.data as T };
  } catch (error) {
    const status = statusOf(error);
    const e = error as RequestErrorLike;
    const accepted = e.response?.headers?.['x-accepted-github-permissions'];
    if (status === 404) {
      const body = e.response?.data?.message;
      return { kind: 'absent', status: 404, message: typeof body === 'string' ? body : 'Not Found' };
    }
    if (status === 403) return { kind: 'hidden', status, accepted, route };
    throw error;
  }
}

/** The fix of every `not-checked` row: which token can read the repository's settings. */
export const ADMIN_FIX =
  "Give the audit a token that can read the repository's administration settings, as input " +
  "'github-token' (or GH_TOKEN for the CLI): a fine-grained personal access token with the " +
  "repository permission 'Administration: read' (and 'Metadata: read'), or a GitHub App " +
  "installation token with 'administration: read'. A workflow's GITHUB_TOKEN can never read these " +
  "settings, whatever its 'permissions:' block says. To accept the gap instead, set the check to 'warn' or 'off' in 'checks'.";

/**
 * The `not-checked` row of a setting the token could not read. It names the permission from the
 * answer's `X-Accepted-GitHub-Permissions` (GitHub's own word on what is needed; sets separated
 * by `;`), or says the header was missing and names the permission GitHub documents instead.
 */
export function notChecked(
  check: string,
  what: string,
  answer: { status: number; accepted?: string | undefined },
  documented = 'administration=read',
): SettingsRow {
  const permission = answer.accepted
    ? `GitHub accepts: ${answer.accepted}`
    : `GitHub sent no X-Accepted-GitHub-Permissions header; the endpoint is documented to need ${documented}`;
  // The administration settings need another token; anything else a workflow's token can be granted.
  const needed = answer.accepted ?? documented;
  const fix = needed.includes('administration')
    ? ADMIN_FIX
    : `Grant the token ${needed.replace(/=/g, ': ')} (in a workflow, in the job's 'permissions:' block), or set the check to 'warn' or 'off' in 'checks'.`;
  return {
    check,
    result: 'not-checked',
    detail: `${what}: GitHub answered ${answer.status} to this token, so the setting could not be read (${permission}).`,
    fix,
  };
}

/** `owner` and `repo` parameters for a route. */
export function repoParams(repo: Repo): { owner: string; repo: string } {
  return { owner: repo.owner, repo: repo.repo };
}
