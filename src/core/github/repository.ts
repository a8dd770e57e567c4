import { ConfigurationError } from '../errors.js';

/*
 * The `repository` input on its own, apart from the client: the inputs of an action parse it
 * before anything runs, and importing client.ts for it would load Octokit (and undici) on the
 * path of a refused configuration too.
 */

/** A repository, as GitHub's REST paths name it. */
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
