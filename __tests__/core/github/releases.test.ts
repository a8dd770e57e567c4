/*
 * Finding the draft at src level (core/github/releases.ts), in-process against the emulator:
 * the target rule on every run, on a draft, with none, and on a published release. (The
 * published-release refusal of findDraft has its own test in core/github/published-release.)
 */
import { createClient, type GitHubClient, type Repo } from '../../../src/core/github/client.js';
import { ReleaseStateError, ensureDraft } from '../../../src/core/github/releases.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { DEFAULT_TOKEN } from '../../../src/emulator/github/index.js';
import { Report } from '../../../src/core/action/report.js';
import { contentTypeFor } from '../../../src/core/github/assets.js';
import { closeLocalAssets, openForStaging, stageOnDraft } from '../../../src/core/release/pipeline.js';
import { useGitHub } from '../../helpers/github.js';
import { workspace } from '../../helpers/workspace.js';

// One emulator for the file; each test's exchanges must match GitHub's OpenAPI description.
const emu = useGitHub({ scope: 'all' });
let client: GitHubClient;
let counter = 0;

beforeAll(() => {
  client = createClient(DEFAULT_TOKEN, { baseUrl: emu.url, backoffMs: 1, throttle: false });
});

/** A repository whose `main` head is `head`, with a second commit `other` on branch `side`. */
function repository(): { full: string; repo: Repo; head: string; other: string } {
  const full = `octo-org/draft-${++counter}`;
  emu.state.addRepo(full);
  const head = emu.state.commit(full, { branch: 'main', message: 'head' });
  const other = emu.state.commit(full, { branch: 'side', message: 'other' });
  const [owner, name] = full.split('/');
  return { full, repo: { owner, repo: name }, head, other };
}

const spec = (target?: string) => ({ tag: 'v1.0.0', target, checkTarget: true, prerelease: false });

describe('ensureDraft: the target rule holds on every run', () => {
  it('with the tag there, refuses a target other than its commit, draft or no draft', async () => {
    const { full, repo, head, other } = repository();
    emu.state.annotatedTag(full, 'v1.0.0', head);
    const first = ensureDraft(client, repo, spec(other));
    await expect(first).rejects.toThrow(ConfigurationError);
    await expect(first).rejects.toThrow(
      `Input 'target' is ${other}, but tag v1.0.0 already points to ${head}`,
    );
    const draft = emu.state.addRelease(full, { tagName: 'v1.0.0', draft: true, targetCommitish: other });
    await expect(ensureDraft(client, repo, spec(other))).rejects.toThrow(
      `Input 'target' is ${other}, but tag v1.0.0 already points to ${head}`,
    );
    // The tag's commit, given or defaulted, is accepted whatever the draft's target_commitish.
    await expect(ensureDraft(client, repo, spec(head))).resolves.toMatchObject({ release: { id: draft.id } });
    await expect(ensureDraft(client, repo, spec())).resolves.toMatchObject({ target: head });
  });

  it('without the tag, holds an existing draft to target: a SHA compared whole, a branch resolved', async () => {
    const { full, repo, head, other } = repository();
    const bySha = emu.state.addRelease(full, {
      tagName: 'v1.0.0',
      draft: true,
      targetCommitish: head.toUpperCase(),
    });
    await expect(ensureDraft(client, repo, spec(head))).resolves.toMatchObject({ release: { id: bySha.id } });
    await expect(ensureDraft(client, repo, spec(other))).rejects.toThrow(
      new RegExp(
        `^draft ${bySha.id} for v1\\.0\\.0 targets '${head.toUpperCase()}', but input 'target' is ${other}`,
      ),
    );
    bySha.targetCommitish = 'main';
    await expect(ensureDraft(client, repo, spec(head))).resolves.toMatchObject({ release: { id: bySha.id } });
    const refused = ensureDraft(client, repo, spec(other));
    await expect(refused).rejects.toThrow(ReleaseStateError);
    await expect(refused).rejects.toMatchObject({ code: 'WRONG_TARGET' });
    await expect(refused).rejects.toThrow(`targets 'main' (commit ${head}), but input 'target' is ${other}`);
  });

  it('without the tag, refuses a draft whose target names no commit, and one with no target to hold it to', async () => {
    const { full, repo, head } = repository();
    emu.state.addRelease(full, { tagName: 'v1.0.0', draft: true, targetCommitish: 'gone-branch' });
    await expect(ensureDraft(client, repo, spec(head))).rejects.toThrow(
      /targets 'gone-branch', which resolves to no commit of octo-org\/draft-\d+/,
    );
    await expect(ensureDraft(client, repo, spec())).rejects.toThrow(
      /does not exist in .* and input 'target' is not set, so draft \d+ \(target_commitish 'gone-branch'\) cannot be checked/,
    );
  });

  it('without checkTarget (sbom-attach, which has no target input) uses the draft as it is', async () => {
    const { full, repo } = repository();
    const draft = emu.state.addRelease(full, {
      tagName: 'v1.0.0',
      draft: true,
      targetCommitish: 'gone-branch',
    });
    await expect(ensureDraft(client, repo, { tag: 'v1.0.0', prerelease: false })).resolves.toMatchObject({
      release: { id: draft.id },
      created: false,
    });
  });
});

describe('stageOnDraft on a published release: the tag is the truth there too', () => {
  it('refuses a target other than the tag commit even when the published release holds the files', async () => {
    const { full, repo, head, other } = repository();
    emu.state.annotatedTag(full, 'v1.0.0', head);
    const release = emu.state.addRelease(full, { tagName: 'v1.0.0', draft: false });
    emu.state.addAsset(release.id, 'app.bin', 'app\n');
    const root = workspace({ 'app.bin': 'app\n' });
    const locals = await openForStaging(
      'files',
      [{ file: `${root}/app.bin`, display: 'app.bin' }],
      contentTypeFor,
      root,
    );
    try {
      const wrong = new Report('stage-release');
      await stageOnDraft(wrong, client, repo, spec(other), locals);
      expect(wrong.failures.map((r) => r.detail)).toEqual([
        `Input 'target' is ${other}, but tag v1.0.0 already points to ${head}: GitHub would release the tag's commit. Drop the input or fix the tag.`,
      ]);
      const right = new Report('stage-release');
      const { outcomes } = await stageOnDraft(right, client, repo, spec(head), locals);
      expect(right.ok).toBe(true);
      expect(outcomes.map((o) => o.action)).toEqual(['skipped']);
    } finally {
      await closeLocalAssets(locals);
    }
  });
});
