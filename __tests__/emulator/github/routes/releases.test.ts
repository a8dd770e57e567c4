/*
 * The emulator's update-a-release as GitHub answers it for `target_commitish`: a branch name or
 * a full commit SHA, checked also when the tag exists, and never moving an existing tag (see
 * releaseTarget in src/emulator/github/routes/releases.ts for the sources).
 */
import { DEFAULT_TOKEN } from '../../../../src/emulator/github/index.js';
import { useGitHub } from '../../../helpers/github.js';

const REPO = 'octo-org/octo-repo';
// Every exchange must match GitHub's OpenAPI description (checked after each test).
const gh = useGitHub({ setup: (g) => void g.state.addRepo(REPO) });

async function patch(id: number, body: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${gh.url}/repos/${REPO}/releases/${id}`, {
    method: 'PATCH',
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${DEFAULT_TOKEN}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

describe('update a release: target_commitish', () => {
  it('refuses a tag name, a ref, a short SHA, an unknown SHA and an empty string with 422, even when the tag exists', async () => {
    const tagged = gh.state.commit(REPO, { branch: 'main', message: 'tagged' });
    gh.state.annotatedTag(REPO, 'v1.0.0', tagged);
    const draft = gh.state.addRelease(REPO, { tagName: 'v1.0.0', draft: true, targetCommitish: 'main' });
    for (const target of ['v1.0.0', 'refs/heads/main', tagged.slice(0, 7), 'f'.repeat(40), '']) {
      const r = await patch(draft.id, { target_commitish: target, draft: false });
      expect(r.status).toBe(422);
      expect(r.body).toMatchObject({
        errors: [{ resource: 'Release', code: 'invalid', field: 'target_commitish' }],
      });
    }
    expect(gh.state.repo(REPO).releases[0]).toMatchObject({ draft: true, targetCommitish: 'main' });
  });

  it('pins a draft that named a branch to a full SHA on publishing; an existing tag never moves', async () => {
    const tagged = gh.state.commit(REPO, { branch: 'main', message: 'tagged' });
    gh.state.annotatedTag(REPO, 'v1.0.0', tagged);
    const later = gh.state.commit(REPO, { branch: 'main', message: 'main moved on' });
    const draft = gh.state.addRelease(REPO, { tagName: 'v1.0.0', draft: true, targetCommitish: 'main' });
    // A full SHA of another commit is accepted as GitHub accepts it: unused, the tag exists.
    const r = await patch(draft.id, { target_commitish: later, draft: false });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ draft: false, target_commitish: later });
    const repo = gh.state.repo(REPO);
    expect(gh.state.peelTag(repo, 'v1.0.0')).toBe(tagged);
    // A branch name is accepted too.
    const other = gh.state.addRelease(REPO, { tagName: 'v1.0.1', draft: true, targetCommitish: tagged });
    expect((await patch(other.id, { target_commitish: 'main' })).status).toBe(200);
  });
});
