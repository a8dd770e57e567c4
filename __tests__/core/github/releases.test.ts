/*
 * Finding the draft at src level (core/github/releases.ts), in-process against the emulator:
 * the target rule on every run, on a draft, with none, and on a published release. (The
 * published-release refusal of findDraft has its own test in core/github/published-release.)
 */
import { createClient, type GitHubClient, type Repo } from '../../../src/core/github/client.js';
import {
  ReleaseStateError,
  ensureDraft,
  findDraft,
  readReleaseListing,
} from '../../../src/core/github/releases.js';
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

describe('the race re-read after creating: the newest releases, as many pages as are new', () => {
  /** list-releases requests of `full` since log entry `start`. */
  const listings = (full: string, start: number): number =>
    emu.log
      .slice(start)
      .filter((e) => e.operationId === 'repos/list-releases' && e.path === `/repos/${full}/releases`).length;

  it('reads one page when the repository has many releases (250) and nothing new appeared', async () => {
    const { full, repo, head } = repository();
    for (let i = 0; i < 250; i++) emu.state.addRelease(full, { tagName: `v0.${i}.0` });
    const start = emu.log.length;
    const listing = await readReleaseListing(client, repo, 'v1.0.0');
    expect(listings(full, start)).toBe(3);
    const made = await ensureDraft(client, repo, spec(head), { listing });
    expect(made).toMatchObject({ created: true });
    // The three pages of the first listing, then page 1 only.
    expect(listings(full, start)).toBe(4);
  });

  it('reads past page 1 when more than a page of releases appeared, and yields to a concurrent draft found there', async () => {
    const { full, repo, head } = repository();
    for (let i = 0; i < 5; i++) emu.state.addRelease(full, { tagName: `v0.${i}.0` });
    const listing = await readReleaseListing(client, repo, 'v1.0.0');
    // After this run's listing and before its creation: a concurrent run's draft for the tag,
    // then 150 releases of other tags, which push it to page 2 of the newest-first list.
    const concurrent = emu.state.addRelease(full, { tagName: 'v1.0.0', draft: true, targetCommitish: head });
    for (let i = 0; i < 150; i++) emu.state.addRelease(full, { tagName: `v2.${i}.0` });
    const start = emu.log.length;
    const made = await ensureDraft(client, repo, spec(head), { listing });
    expect(made).toMatchObject({ created: false, yieldedTo: concurrent.id, release: { id: concurrent.id } });
    expect(listings(full, start)).toBe(2);
    // This run's duplicate was deleted: one draft for the tag.
    expect(
      emu.state
        .repo(full)
        .releases.filter((r) => r.tagName === 'v1.0.0')
        .map((r) => r.id),
    ).toEqual([concurrent.id]);
  });
});

describe('two drafts: a race settling, or an error', () => {
  it('waits while a concurrent run removes its duplicate, then uses the one left', async () => {
    const { full, repo, head } = repository();
    const first = emu.state.addRelease(full, { tagName: 'v1.0.0', draft: true, targetCommitish: head });
    const duplicate = emu.state.addRelease(full, { tagName: 'v1.0.0', draft: true, targetCommitish: head });
    let reads = 0;
    emu.onRequest((e) => {
      // The duplicate's creator deletes it after this run's first look.
      if (e.operationId === 'repos/list-releases' && e.path === `/repos/${full}/releases` && ++reads === 1) {
        const releases = emu.state.repo(full).releases;
        releases.splice(releases.indexOf(duplicate), 1);
      }
    });
    const found = await findDraft(client, repo, 'v1.0.0', { pollMs: 5, concurrentWaitMs: 2000 });
    expect(found?.id).toBe(first.id);
    expect(reads).toBe(2);
  });

  it('refuses two drafts that stay, naming both, after the wait', async () => {
    const { full, repo, head } = repository();
    const a = emu.state.addRelease(full, { tagName: 'v1.0.0', draft: true, targetCommitish: head });
    const b = emu.state.addRelease(full, { tagName: 'v1.0.0', draft: true, targetCommitish: head });
    const refusal = findDraft(client, repo, 'v1.0.0', { pollMs: 5, concurrentWaitMs: 50 });
    await expect(refusal).rejects.toThrow(ReleaseStateError);
    await expect(refusal).rejects.toThrow(
      new RegExp(`^tag v1\\.0\\.0 has 2 draft releases: draft ${a.id} .*; draft ${b.id} .*Delete the ones`),
    );
  });
});
