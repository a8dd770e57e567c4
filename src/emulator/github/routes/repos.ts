/* Repositories, branches and commits: `repos/get`, `repos/get-branch`, `repos/get-commit`. */
import { HttpAnswer } from '../http.js';
import * as json from '../json.js';
import { inRepo, type Route } from '../route.js';
import { resolveCommitish } from './git.js';

export const REPO_ROUTES: Route[] = [
  {
    operationId: 'repos/get',
    needs: { scope: 'metadata', level: 'read' },
    handle: inRepo(({ urls }, repo) => new HttpAnswer(200, json.fullRepository(urls, repo))),
  },
  {
    operationId: 'repos/get-branch',
    needs: { scope: 'contents', level: 'read' },
    handle: inRepo(({ urls, params }, repo) => {
      const sha = repo.branches.get(params.branch);
      if (!sha) return new HttpAnswer(404, json.errorBody(404, 'Branch not found'));
      return new HttpAnswer(200, json.branch(urls, repo, params.branch, repo.commits.get(sha)!));
    }),
  },
  {
    operationId: 'repos/get-commit',
    needs: { scope: 'contents', level: 'read' },
    handle: inRepo(({ state, urls, params }, repo) => {
      const sha = resolveCommitish(state, repo, params.ref);
      if (!sha) {
        // A full SHA that does not exist is 422; anything else that does not resolve is 404.
        return /^[0-9a-f]{40}$/.test(params.ref)
          ? new HttpAnswer(422, json.validationFailed([], `No commit found for SHA: ${params.ref}`))
          : new HttpAnswer(404, json.errorBody(404, `No commit found for SHA: ${params.ref}`));
      }
      return new HttpAnswer(200, json.commit(urls, repo, repo.commits.get(sha)!));
    }),
  },
];
