/* Git references and tag objects: `git/get-ref`, `git/get-tag`, and how a commit-ish resolves. */
import { HttpAnswer, notFound } from '../http.js';
import * as json from '../json.js';
import { inRepo, type Route } from '../route.js';
import type { GitHubState, Repository } from '../state.js';

/** A branch, tag, full SHA or unique SHA prefix → the commit SHA, as GitHub resolves a ref. */
export function resolveCommitish(state: GitHubState, repo: Repository, ref: string): string | undefined {
  // A qualified name (`tags/v1`, `heads/main`, with or without `refs/`) looks in its namespace only.
  const qualified = /^(?:refs\/)?(tags|heads)\/(.+)$/.exec(ref);
  if (qualified) {
    const [, space, name] = qualified;
    return space === 'tags'
      ? repo.tags.has(name)
        ? state.peelTag(repo, name)
        : undefined
      : repo.branches.get(name);
  }
  if (repo.branches.has(ref)) return repo.branches.get(ref);
  if (repo.tags.has(ref)) return state.peelTag(repo, ref);
  if (repo.commits.has(ref)) return ref;
  if (/^[0-9a-f]{7,39}$/.test(ref)) {
    const matches = [...repo.commits.keys()].filter((sha) => sha.startsWith(ref));
    if (matches.length === 1) return matches[0];
  }
  return undefined;
}

export const GIT_ROUTES: Route[] = [
  {
    operationId: 'git/get-ref',
    needs: { scope: 'contents', level: 'read' },
    handle: inRepo(({ urls, params }, repo) => {
      const ref = params.ref;
      let object: { type: string; sha: string } | undefined;
      if (ref.startsWith('tags/')) object = repo.tags.get(ref.slice(5));
      else if (ref.startsWith('heads/')) {
        const sha = repo.branches.get(ref.slice(6));
        object = sha ? { type: 'commit', sha } : undefined;
      }
      if (!object) return notFound();
      return new HttpAnswer(200, json.gitRef(urls, repo, `refs/${ref}`, object));
    }),
  },
  {
    operationId: 'git/get-tag',
    needs: { scope: 'contents', level: 'read' },
    handle: inRepo(({ urls, params }, repo) => {
      const tag = repo.tagObjects.get(params.tag_sha);
      if (!tag) return notFound();
      return new HttpAnswer(200, json.gitTag(urls, repo, tag));
    }),
  },
];
