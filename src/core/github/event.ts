import * as fs from 'node:fs';

/*
 * What the run's event payload (the webhook payload the runner writes to GITHUB_EVENT_PATH) says
 * about the repository the workflow runs in. Every payload that concerns a repository carries
 * the repository object, with `id`, `full_name` and `default_branch` (GitHub's "Webhook events
 * and payloads"), so a check that needs only these saves the request that would read them.
 */

/** The repository as the event payload describes it. */
export interface EventRepository {
  /** `owner/name`, as GitHub spells it. */
  fullName: string;
  id: number;
  defaultBranch: string;
}

/**
 * The payload's repository, or undefined when there is no payload, it cannot be read, or it
 * lacks any of the three fields in the expected form: the caller then asks the API. Never an
 * error: the payload only saves a request, it is never the only source.
 */
export function eventRepository(env: NodeJS.ProcessEnv = process.env): EventRepository | undefined {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const repository = (payload as { repository?: unknown } | null)?.repository as
    { full_name?: unknown; id?: unknown; default_branch?: unknown } | undefined;
  if (typeof repository !== 'object' || repository === null) return undefined;
  const { full_name: fullName, id, default_branch: defaultBranch } = repository;
  if (typeof fullName !== 'string' || !/^[^/\s]+\/[^/\s]+$/.test(fullName)) return undefined;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return undefined;
  if (typeof defaultBranch !== 'string' || defaultBranch === '' || /[\s\p{Cc}]/u.test(defaultBranch))
    return undefined;
  return { fullName, id, defaultBranch };
}
