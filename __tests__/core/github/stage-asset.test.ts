/*
 * The never-replace state machine at src level (core/github/stage-asset.ts, local-asset.ts),
 * in-process against the loopback GitHub emulator: which asset counts as ours, the one open
 * handle every byte is read through, and the post-upload digest check on its own.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contentTypeFor, type ReleaseAsset } from '../../../src/core/github/assets.js';
import { githubAssetName } from '../../../src/core/github/asset-names.js';
import { createClient, type GitHubClient, type Repo } from '../../../src/core/github/client.js';
import type { Release } from '../../../src/core/github/releases.js';
import { confirmStillDraft, verifyUploaded } from '../../../src/core/github/asset-upload.js';
import { stageAsset } from '../../../src/core/github/stage-asset.js';
import {
  FileChangedError,
  assertHandleInside,
  closeLocalAssets,
  prepareLocalAssets,
  type LocalAsset,
} from '../../../src/core/github/local-asset.js';
import { DEFAULT_TOKEN, type GitHubEmulator } from '../../../src/emulator/github/index.js';
import { useGitHub } from '../../helpers/github.js';
import { workspace } from '../../helpers/workspace.js';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

// One emulator for the file; each test's exchanges must match GitHub's OpenAPI description.
const emu = useGitHub({ scope: 'all' });
const scratch = workspace({}, 'stage-asset');
let client: GitHubClient;
let counter = 0;
const opened: LocalAsset[] = [];

beforeAll(() => {
  client = createClient(DEFAULT_TOKEN, { baseUrl: emu.url, backoffMs: 1, throttle: false });
});

afterEach(async () => {
  emu.faults.clear();
  await closeLocalAssets(opened.splice(0));
});

interface Setup {
  repo: Repo;
  release: Release;
  draft: ReturnType<GitHubEmulator['state']['addRelease']>;
  root: string;
}

/** A repository with a draft release, and an empty workspace. */
async function setup(): Promise<Setup> {
  const full = `octo-org/stage-${++counter}`;
  emu.state.addRepo(full);
  const draft = emu.state.addRelease(full, { tagName: 'v1.0.0', draft: true });
  const [owner, name] = full.split('/');
  const repo = { owner, repo: name };
  const { data } = await client.rest.repos.getRelease({ ...repo, release_id: draft.id });
  return { repo, release: data as unknown as Release, draft, root: workspace() };
}

/** Writes a file into the workspace and opens it as an asset to stage. */
async function local(root: string, requestedName: string, content: string | Buffer): Promise<LocalAsset> {
  const file = path.join(root, requestedName);
  fs.writeFileSync(file, content);
  const [asset] = await prepareLocalAssets(
    'files',
    [{ file, display: requestedName, requestedName, name: githubAssetName(requestedName) }],
    contentTypeFor,
    root,
  );
  opened.push(asset);
  return asset;
}

const options = { pollMs: 5, concurrentWaitMs: 50 };

describe('which asset is ours: a name match or the predicted rename, never a label', () => {
  it('uploads its own file next to an asset of another name labelled with the requested name', async () => {
    const { repo, release, draft, root } = await setup();
    const impostor = emu.state.addAsset(draft.id, 'other.pdf', 'not the cv\n');
    impostor.label = 'résumé 1.pdf';
    const cv = await local(root, 'résumé 1.pdf', 'cv\n');
    expect(cv.name).toBe('resume.1.pdf');
    const outcome = await stageAsset(client, repo, release, cv, options);
    expect(outcome).toMatchObject({ action: 'uploaded', sha256: sha256('cv\n') });
    expect(outcome.asset?.name).toBe('resume.1.pdf');
    expect(draft.assets.map((a) => a.name).sort()).toEqual(['other.pdf', 'resume.1.pdf']);
  });

  it('leaves a starter asset of another name alone although its label is the requested name', async () => {
    const { repo, release, draft, root } = await setup();
    const starter = emu.state.addAsset(draft.id, 'unrelated.zip', '', { state: 'starter' });
    starter.label = 'my app.zip';
    const app = await local(root, 'my app.zip', 'zip\n');
    const start = emu.log.length;
    const outcome = await stageAsset(client, repo, release, app, options);
    expect(outcome.action).toBe('uploaded');
    expect(draft.assets).toContain(starter);
    expect(emu.log.slice(start).map((e) => e.operationId)).not.toContain('repos/delete-release-asset');
  });

  it('counts the predicted rename and the requested name as its own', async () => {
    const { repo, release, draft, root } = await setup();
    emu.state.addAsset(draft.id, 'resume.1.pdf', 'cv\n');
    emu.state.addAsset(draft.id, 'notes.txt', 'notes\n');
    const renamed = await stageAsset(
      client,
      repo,
      release,
      await local(root, 'résumé 1.pdf', 'cv\n'),
      options,
    );
    expect(renamed).toMatchObject({ action: 'skipped', sha256: sha256('cv\n'), uploads: 0 });
    const same = await stageAsset(client, repo, release, await local(root, 'notes.txt', 'other\n'), options);
    expect(same.action).toBe('failed');
    expect(same.detail).toContain(`sha256:${sha256('notes\n')}`);
    expect(same.detail).toContain(`sha256:${sha256('other\n')}`);
  });
});

describe('one open handle: the bytes hashed are the bytes sent', () => {
  it('sends the file it opened, even when the path is swapped for a symlink afterwards', async () => {
    const { repo, release, draft, root } = await setup();
    const app = await local(root, 'app.bin', 'the built bytes\n');
    const secret = path.join(scratch, `secret-${counter}`);
    fs.writeFileSync(secret, 'a secret from outside the workspace\n');
    fs.renameSync(path.join(root, 'app.bin'), path.join(root, 'moved.bin'));
    fs.symlinkSync(secret, path.join(root, 'app.bin'));
    const outcome = await stageAsset(client, repo, release, app, options);
    expect(outcome).toMatchObject({ action: 'uploaded', sha256: sha256('the built bytes\n') });
    expect(draft.assets[0].digest).toBe(`sha256:${sha256('the built bytes\n')}`);
    expect(fs.readFileSync(draft.assets[0].file, 'utf8')).toBe('the built bytes\n');
  });

  it('refuses to open a file that became a symlink out of the workspace', async () => {
    const { root } = await setup();
    const secret = path.join(scratch, `outside-${counter}`);
    fs.writeFileSync(secret, 'secret\n');
    fs.symlinkSync(secret, path.join(root, 'app.bin'));
    await expect(
      prepareLocalAssets(
        'files',
        [{ file: path.join(root, 'app.bin'), display: 'app.bin', requestedName: 'app.bin', name: 'app.bin' }],
        contentTypeFor,
        root,
      ),
    ).rejects.toThrow(/outside the workspace/);
  });

  it('the handle check on its own: a handle opened outside the workspace is refused', async () => {
    const { root } = await setup();
    const outside = path.join(scratch, `opened-outside-${counter}`);
    fs.writeFileSync(outside, 'secret\n');
    const handle = await fs.promises.open(outside, 'r');
    try {
      const stat = await handle.stat({ bigint: true });
      await expect(assertHandleInside('files', 'app.bin', handle, stat, outside, root)).rejects.toThrow(
        /^Input 'files': 'app\.bin' leads outside the workspace \(opened .*opened-outside-\d+\); nothing is read from it\.$/,
      );
      const inside = path.join(root, 'in.bin');
      fs.writeFileSync(inside, 'ok\n');
      const ok = await fs.promises.open(inside, 'r');
      try {
        await expect(
          assertHandleInside('files', 'in.bin', ok, await ok.stat({ bigint: true }), inside, root),
        ).resolves.toBeUndefined();
      } finally {
        await ok.close();
      }
    } finally {
      await handle.close();
    }
  });

  it('fails and leaves nothing when the file shrinks while it is sent', async () => {
    const { repo, release, draft, root } = await setup();
    const big = await local(root, 'big.bin', Buffer.alloc(3 * 1024 * 1024, 1));
    fs.truncateSync(path.join(root, 'big.bin'), 1024);
    const error = await stageAsset(client, repo, release, big, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileChangedError);
    expect(error).toMatchObject({ code: 'SHRANK' });
    expect((error as Error).message).toMatch(/'big\.bin' ended after \d+ of its 3145728 bytes/);
    expect(draft.assets).toEqual([]);
  });

  it('deletes its own upload when the file was written to while it was sent', async () => {
    const { repo, release, draft, root } = await setup();
    const app = await local(root, 'app.bin', 'version one\n');
    fs.writeFileSync(path.join(root, 'app.bin'), 'version two\n');
    await expect(stageAsset(client, repo, release, app, options)).rejects.toThrow(
      /'app\.bin' changed while this run read it .* The asset this run uploaded was deleted\./,
    );
    expect(draft.assets).toEqual([]);
  });

  it('hashes through the handle only when an asset of the name is already there', async () => {
    const { repo, release, draft, root } = await setup();
    emu.state.addAsset(draft.id, 'same.bin', 'same\n');
    const outcome = await stageAsset(client, repo, release, await local(root, 'same.bin', 'same\n'), options);
    expect(outcome).toMatchObject({ action: 'skipped', uploads: 0, sha256: sha256('same\n') });
  });
});

describe('the post-upload digest check', () => {
  async function uploadedAsset(s: Setup, name: string, bytes: string): Promise<ReleaseAsset> {
    const asset = emu.state.addAsset(s.draft.id, name, bytes);
    const { data } = await client.rest.repos.getReleaseAsset({ ...s.repo, asset_id: asset.id });
    return data as unknown as ReleaseAsset;
  }

  it('on its own: a reported digest other than what was sent fails, names both, and deletes the asset', async () => {
    const s = await setup();
    const app = await local(s.root, 'app.bin', 'sent bytes\n');
    const asset = await uploadedAsset(s, 'app.bin', 'stored bytes\n');
    const outcome = await verifyUploaded(client, s.repo, app, asset, sha256('sent bytes\n'), 'uploaded', 1);
    expect(outcome?.action).toBe('failed');
    expect(outcome?.detail).toBe(
      `post-upload digest check: GitHub reports sha256:${sha256('stored bytes\n')} for 'app.bin', ` +
        `but this run sent sha256:${sha256('sent bytes\n')}; the asset this run uploaded was deleted; run again`,
    );
    expect(s.draft.assets).toEqual([]);
  });

  it('takes the digest from the upload answer without a request; re-reads only an answer without one', async () => {
    const s = await setup();
    const app = await local(s.root, 'app.bin', 'bytes\n');
    const asset = await uploadedAsset(s, 'app.bin', 'bytes\n');
    const start = emu.log.length;
    await expect(
      verifyUploaded(client, s.repo, app, asset, sha256('bytes\n'), 'uploaded', 1),
    ).resolves.toMatchObject({
      action: 'uploaded',
    });
    expect(emu.log.length).toBe(start);
    // An answer without a digest is read again (here GitHub's re-read has it).
    const bare = { ...asset, digest: null };
    await expect(
      verifyUploaded(client, s.repo, app, bare, sha256('bytes\n'), 'uploaded', 1),
    ).resolves.toMatchObject({
      action: 'uploaded',
    });
    expect(emu.log.slice(start).map((e) => e.operationId)).toEqual(['repos/get-release-asset']);
    // And a re-read that finds other bytes still says no.
    const other = await uploadedAsset(s, 'other.bin', 'stored\n');
    const lying = await verifyUploaded(
      client,
      s.repo,
      await local(s.root, 'other.bin', 'sent\n'),
      { ...other, digest: null, state: 'starter' },
      sha256('sent\n'),
      'uploaded',
      1,
    );
    expect(lying).toMatchObject({ action: 'failed' });
    expect(lying?.detail).toMatch(/^post-upload digest check: GitHub reports sha256:/);
  });

  it('on its own: passes an asset whose digest is what was sent', async () => {
    const s = await setup();
    const app = await local(s.root, 'app.bin', 'bytes\n');
    const asset = await uploadedAsset(s, 'app.bin', 'bytes\n');
    const outcome = await verifyUploaded(client, s.repo, app, asset, sha256('bytes\n'), 'uploaded', 1);
    expect(outcome).toMatchObject({
      action: 'uploaded',
      detail: `uploaded and verified, sha256:${sha256('bytes\n')}`,
    });
    expect(s.draft.assets).toHaveLength(1);
  });

  it('through stageAsset: GitHub lying about the digest of an upload deletes it at once', async () => {
    const s = await setup();
    emu.faults.add({ operation: 'repos/upload-release-asset', kind: 'wrong-digest' });
    const app = await local(s.root, 'app.bin', 'app\n');
    const outcome = await stageAsset(client, s.repo, s.release, app, options);
    expect(outcome).toMatchObject({ action: 'failed', uploads: 1, sha256: sha256('app\n') });
    expect(outcome.detail).toMatch(
      new RegExp(
        `^post-upload digest check: GitHub reports sha256:[0-9a-f]{64} for 'app\\.bin', but this run sent sha256:${sha256('app\n')}`,
      ),
    );
    expect(s.draft.assets).toEqual([]);
    // Nothing is left to fail a re-run: the next one uploads cleanly.
    const again = await stageAsset(client, s.repo, s.release, app, options);
    expect(again).toMatchObject({ action: 'uploaded', sha256: sha256('app\n') });
  });
});

describe('the asset map a run keeps instead of listing before each file', () => {
  it('trusts an empty map for the first look, and a same-name asset it did not know is caught by the 422, never replaced', async () => {
    const s = await setup();
    // The draft holds assets this run's map does not know (a concurrent run uploaded them).
    emu.state.addAsset(s.draft.id, 'same.bin', 'same\n');
    emu.state.addAsset(s.draft.id, 'other.bin', 'theirs\n');
    const assets = new Map();
    const start = emu.log.length;
    const same = await stageAsset(client, s.repo, s.release, await local(s.root, 'same.bin', 'same\n'), {
      ...options,
      assets,
    });
    expect(same).toMatchObject({ action: 'skipped', uploads: 1 });
    // No listing before the upload: upload, refused, then the re-read.
    expect(emu.log.slice(start).map((e) => e.operationId)).toEqual([
      'repos/upload-release-asset',
      'repos/list-release-assets',
    ]);
    // The re-read refreshed the map: the next file's first look knows 'other.bin' and refuses it.
    const other = await stageAsset(client, s.repo, s.release, await local(s.root, 'other.bin', 'mine\n'), {
      ...options,
      assets,
    });
    expect(other.action).toBe('failed');
    expect(other.detail).toMatch(/an asset is never replaced/);
    expect(other.uploads).toBe(0);
    expect(s.draft.assets.map((a) => a.name)).toEqual(['same.bin', 'other.bin']);
  });
});

describe('the check after the last upload (confirmStillDraft)', () => {
  async function staged(s: Setup, ...names: string[]) {
    const outcomes = [];
    for (const name of names) {
      outcomes.push(
        await stageAsset(client, s.repo, s.release, await local(s.root, name, `${name}\n`), options),
      );
    }
    return outcomes;
  }

  it('passes a draft that holds every upload, with one request', async () => {
    const s = await setup();
    const outcomes = await staged(s, 'a.bin', 'b.bin');
    const start = emu.log.length;
    await expect(confirmStillDraft(client, s.repo, s.release, outcomes)).resolves.toEqual([]);
    expect(emu.log.slice(start).map((e) => e.operationId)).toEqual(['repos/get-release']);
  });

  it('requests nothing when nothing was uploaded', async () => {
    const s = await setup();
    emu.state.addAsset(s.draft.id, 'a.bin', 'a.bin\n');
    const outcomes = await staged(s, 'a.bin');
    expect(outcomes[0].action).toBe('skipped');
    const start = emu.log.length;
    await expect(confirmStillDraft(client, s.repo, s.release, outcomes)).resolves.toEqual([]);
    expect(emu.log.length).toBe(start);
  });

  it('says no when an upload vanished after it was verified, naming it', async () => {
    const s = await setup();
    const outcomes = await staged(s, 'a.bin', 'b.bin');
    s.draft.assets.splice(
      s.draft.assets.findIndex((a) => a.name === 'a.bin'),
      1,
    );
    const problems = await confirmStillDraft(client, s.repo, s.release, outcomes);
    expect(problems).toEqual([
      `asset 'a.bin' (${outcomes[0].asset?.id}) that this run uploaded and verified is no longer on draft ${s.draft.id} as it was (a concurrent run may have taken it for a broken upload); run again`,
    ]);
    // The embedded list's miss was read again in full before it was called gone.
    expect(emu.log.slice(-2).map((e) => e.operationId)).toEqual([
      'repos/get-release',
      'repos/list-release-assets',
    ]);
  });

  it('says no when the draft was published or deleted meanwhile', async () => {
    const s = await setup();
    const outcomes = await staged(s, 'a.bin');
    s.draft.draft = false;
    s.draft.publishedAt = emu.state.now();
    const [published] = await confirmStillDraft(client, s.repo, s.release, outcomes);
    expect(published).toContain(
      `release ${s.draft.id} for v1.0.0 was published during this run (at ${s.draft.publishedAt}); a published release is never modified, yet this run finished uploading none at or after that (all it uploaded: 'a.bin')`,
    );
    const releases = emu.state.repo(`${s.repo.owner}/${s.repo.repo}`).releases;
    releases.splice(releases.indexOf(s.draft), 1);
    await expect(confirmStillDraft(client, s.repo, s.release, outcomes)).resolves.toEqual([
      `draft release ${s.draft.id} for v1.0.0 was deleted during this run, with whatever this run uploaded to it; run again`,
    ]);
  });
});
