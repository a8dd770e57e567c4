/*
 * Git references through the REST API: the one `resolveTag` of the project (annotated tags
 * peeled), used by the CI check, the release core and undraft alike.
 */
import { quote } from '../errors.js';
import { explainHttpError, GitHubRequestError, statusOf, type GitHubClient, type Repo } from './client.js';

/**
 * The commit a tag points to, annotated tags peeled, or undefined when the tag does not exist.
 * One request in the usual case: GitHub's commit endpoint resolves `tags/<tag>` (the
 * `refs/tags/` namespace, so a branch of the same name cannot stand in) and peels annotated
 * tags itself. Only when it finds no commit is the ref read, to tell a missing tag (undefined)
 * from a tag that names something other than a commit (an error).
 */
export async function resolveTagCommit(
  client: GitHubClient,
  repo: Repo,
  tag: string,
): Promise<string | undefined> {
  try {
    const { data } = await client.rest.repos.getCommit({ ...repo, ref: `tags/${tag}`, per_page: 1 });
    if (!/^[0-9a-f]{40}$/i.test(data.sha)) {
      throw new GitHubRequestError(
        'UNEXPECTED_ANSWER',
        `GitHub resolved tag ${tag} to ${quote(data.sha)}, which is not a commit SHA.`,
      );
    }
    return data.sha;
  } catch (error) {
    const status = statusOf(error);
    if (status !== 404 && status !== 422)
      throw explainHttpError(error, `Resolving tag ${tag}`, 'contents: read');
  }
  let object: { sha: string; type: string };
  try {
    const { data } = await client.rest.git.getRef({ ...repo, ref: `tags/${tag}` });
    object = data.object;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw explainHttpError(error, `Resolving tag ${tag}`, 'contents: read');
  }
  throw new GitHubRequestError(
    'UNEXPECTED_ANSWER',
    `Tag ${tag} exists (its ref names ${quote(object.type)} ${quote(object.sha)}) but GitHub resolves it to no commit.`,
  );
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
