/*
 * Git references through the REST API: the one `resolveTag` of the project (annotated tags
 * peeled), used by the CI check, the release core and undraft alike.
 */
import { explainHttpError, statusOf, type GitHubClient, type Repo } from './client.js';

/**
 * The commit a tag points to, peeling annotated tags (a tag object can point at another tag
 * object). Undefined when the tag does not exist.
 */
export async function resolveTagCommit(
  client: GitHubClient,
  repo: Repo,
  tag: string,
): Promise<string | undefined> {
  let object: { sha: string; type: string };
  try {
    const { data } = await client.rest.git.getRef({ ...repo, ref: `tags/${tag}` });
    object = data.object;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw explainHttpError(error, `Resolving tag ${tag}`, 'contents: read');
  }
  for (let depth = 0; object.type === 'tag'; depth++) {
    if (depth >= 10) throw new Error(`Tag ${tag} is nested more than 10 annotated tags deep.`);
    try {
      const { data } = await client.rest.git.getTag({ ...repo, tag_sha: object.sha });
      object = data.object;
    } catch (error) {
      throw explainHttpError(error, `Peeling annotated tag ${tag}`, 'contents: read');
    }
  }
  if (object.type !== 'commit') throw new Error(`Tag ${tag} points to a ${object.type}, not a commit.`);
  return object.sha;
}

/**
 * The commit a commit-ish names: a full SHA is taken as it is (lower-cased); a branch, tag or
 * short SHA is resolved by GitHub. Undefined when it names no commit.
 */
export async function resolveCommitish(
  client: GitHubClient,
  repo: Repo,
  commitish: string,
): Promise<string | undefined> {
  if (/^[0-9a-f]{40}$/i.test(commitish)) return commitish.toLowerCase();
  try {
    const { data } = await client.rest.repos.getCommit({ ...repo, ref: commitish });
    return data.sha.toLowerCase();
  } catch (error) {
    const status = statusOf(error);
    if (status === 404 || status === 422) return undefined;
    throw explainHttpError(error, `Resolving '${commitish}' to a commit`, 'contents: read');
  }
}
