/*
 * "A published release is never modified": the first layer (findDraft, before anything is
 * created) has its own test and its own message, so it cannot vanish behind the later layers
 * (ensureDraft's re-read after creating, the release read after the last upload, GitHub's own
 * refusal of uploads to an immutable release), which also refuse but with other words and after
 * other requests.
 */
import { createClient } from '../../../src/core/github/client.js';
import { ensureDraft, findDraft, ReleaseStateError } from '../../../src/core/github/releases.js';
import { DEFAULT_TOKEN } from '../../../src/emulator/github/index.js';
import { useGitHub } from '../../helpers/github.js';

const owner = 'octo-org';
const repo = 'octo-repo';
const REPO = `${owner}/${repo}`;
/** Only findDraft's refusal says this (the later layers say "was published … during/while"). */
const FIRST_LAYER =
  /^tag v1\.2\.3 already has a published release \d+ \(.*\); a published release is never modified\. Publish under a new tag instead\.$/;

const gh = useGitHub({
  setup: (g) => {
    g.state.addRepo(REPO);
    const head = g.state.commit(REPO, { branch: 'main' });
    g.state.lightweightTag(REPO, 'v1.2.3', head);
  },
});
const client = () => createClient(DEFAULT_TOKEN, { baseUrl: gh.url, throttle: false, retries: 0 });

describe('a published release is never modified: the first layer', () => {
  it('findDraft refuses a tag that has a published release, with its own message', async () => {
    const published = gh.state.addRelease(REPO, { tagName: 'v1.2.3' });
    const refusal = findDraft(client(), { owner, repo }, 'v1.2.3');
    await expect(refusal).rejects.toThrow(ReleaseStateError);
    await expect(findDraft(client(), { owner, repo }, 'v1.2.3')).rejects.toThrow(FIRST_LAYER);
    expect(published.draft).toBe(false);
  });

  it('ensureDraft refuses before it creates anything: no draft is made and deleted', async () => {
    const published = gh.state.addRelease(REPO, { tagName: 'v1.2.3' });
    await expect(
      ensureDraft(client(), { owner, repo }, { tag: 'v1.2.3', prerelease: false }),
    ).rejects.toThrow(FIRST_LAYER);
    expect(gh.count('repos/create-release')).toBe(0);
    expect(gh.count('repos/delete-release')).toBe(0);
    expect(gh.state.repo(REPO).releases).toEqual([published]);
  });

  it('the later layer (published while the draft was created) says something else', async () => {
    // The tag is published by someone else between this run's list and its create request.
    gh.onRequest((entry) => {
      if (entry.operationId === 'repos/create-release' && entry.status === 201) {
        gh.state.addRelease(REPO, { tagName: 'v1.2.3' });
      }
    });
    const refusal = ensureDraft(client(), { owner, repo }, { tag: 'v1.2.3', prerelease: false });
    await expect(refusal).rejects.toThrow(/^tag v1\.2\.3 was published while this run created a draft/);
    await expect(refusal).rejects.not.toThrow(FIRST_LAYER);
    // Its own draft was removed again; the published release stays as it was.
    expect(gh.count('repos/delete-release')).toBe(1);
    expect(gh.state.repo(REPO).releases.map((r) => r.draft)).toEqual([false]);
  });
});
