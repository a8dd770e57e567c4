/*
 * The inputs every action that writes to the draft release shares (stage-release, sbom-attach):
 * the token, the repository and the tag, parsed one way.
 */
import { parseRepository, type Repo } from '../github/repository.js';
import { tagFromInputOrRef, type Inputs } from '../inputs/index.js';

export interface ReleaseInputs {
  token: string;
  repository: Repo;
  /** The `tag` input, else the tag of `GITHUB_REF`. */
  tag: string;
}

/** Reads `github-token`, `repository` and `tag` into `inputs` (problems are collected there). */
export function parseReleaseInputs(inputs: Inputs, env: NodeJS.ProcessEnv): ReleaseInputs {
  const token = inputs.required('github-token', 'a token with contents: write');
  const rawRepository = inputs.required('repository', "the repository as 'owner/name'");
  const repository =
    rawRepository === '' ? undefined : inputs.attempt(() => parseRepository('repository', rawRepository));
  const tag = inputs.attempt(() => tagFromInputOrRef('tag', inputs.optional('tag'), env.GITHUB_REF ?? ''));
  return { token, repository: repository ?? { owner: '', repo: '' }, tag: tag ?? '' };
}
