/*
 * stage-release and sbom-attach run from their dist bundles, as a runner runs them, against the
 * loopback GitHub emulator (which validates every exchange against GitHub's OpenAPI description).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_TOKEN, type Release } from '../../src/emulator/github/index.js';
import { prepareStaging } from '../../src/actions/stage-release/main.js';
import { closeLocalAssets } from '../../src/core/release/pipeline.js';
import { runAction, visibleText, type RunResult } from '../../src/emulator/runner.js';
import { useGitHub } from '../helpers/github.js';
import { workspace as workspaceWith } from '../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../..');
// One emulator for the file; each test's exchanges must match GitHub's OpenAPI description.
const emu = useGitHub({ scope: 'all' });
const scratch = workspaceWith({}, 'stage-release');
let repoCounter = 0;

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

interface Fixture {
  repository: string;
  commit: string;
  workspace: string;
}

/** A fresh repository with an annotated tag, and a workspace holding the given files. */
function fixture(files: Record<string, string | Buffer>, tag = 'v1.2.3'): Fixture {
  const repository = `octo-org/repo-${++repoCounter}`;
  emu.state.addRepo(repository);
  const commit = emu.state.commit(repository, { message: 'release commit' });
  emu.state.annotatedTag(repository, tag, commit);
  return { repository, commit, workspace: workspaceWith(files) };
}

async function run(
  action: 'stage-release' | 'sbom-attach',
  fx: Fixture,
  inputs: Record<string, string>,
  options: { token?: string; ref?: string } = {},
): Promise<RunResult> {
  const token = options.token ?? DEFAULT_TOKEN;
  const result = await runAction(action, {
    root,
    workspace: fx.workspace,
    repository: fx.repository,
    apiUrl: emu.url,
    serverUrl: emu.serverUrl,
    token,
    ref: options.ref ?? 'refs/tags/v1.2.3',
    inputs,
    env: { SEALED_RELEASE_POLL_MS: '25', SEALED_RELEASE_CONCURRENT_WAIT_MS: '1000' },
  });
  // The token never appears anywhere a user can read.
  expect(visibleText(result)).not.toContain(token);
  return result;
}

function releases(fx: Fixture, tag = 'v1.2.3'): Release[] {
  return emu.state.repo(fx.repository).releases.filter((r) => r.tagName === tag);
}

/** The one release of the fixture's tag (two runs at once must not make two). */
function onlyRelease(fx: Fixture): Release {
  const all = releases(fx);
  expect(all).toHaveLength(1);
  return all[0];
}

function uploadsTo(fx: Fixture): number {
  const [owner, name] = fx.repository.split('/');
  return emu.log.filter(
    (e) => e.operationId === 'repos/upload-release-asset' && e.path.startsWith(`/repos/${owner}/${name}/`),
  ).length;
}

function requestsFor(fx: Fixture): number {
  const [owner, name] = fx.repository.split('/');
  return emu.log.filter((e) => e.path.startsWith(`/repos/${owner}/${name}/`)).length;
}

/**
 * The operations between the first and the second try of `operation` since log entry `start`;
 * there must be a second try.
 */
function betweenTries(start: number, operation: string): (string | null)[] {
  const ops = emu.log.slice(start).map((e) => e.operationId);
  const first = ops.indexOf(operation);
  const second = ops.indexOf(operation, first + 1);
  expect(first).toBeGreaterThanOrEqual(0);
  expect(second).toBeGreaterThan(first);
  return ops.slice(first + 1, second);
}

const FILES = {
  'dist/app-1.2.3.tar.gz': 'tarball bytes\n',
  'dist/SHA256SUMS': 'sums\n',
  'NOTES.md': '## Notes\n',
};

describe('stage-release', () => {
  it('creates the draft at the tag commit with the notes and uploads every file, verified', async () => {
    const fx = fixture(FILES);
    const r = await run('stage-release', fx, { files: 'dist/*', 'notes-path': 'NOTES.md' });
    expect(r.code).toBe(0);
    const [draft, ...others] = releases(fx);
    expect(others).toEqual([]);
    expect(draft).toMatchObject({
      draft: true,
      prerelease: false,
      targetCommitish: fx.commit,
      body: '## Notes\n',
    });
    expect(draft.assets.map((a) => [a.name, a.state, a.digest]).sort()).toEqual([
      ['SHA256SUMS', 'uploaded', `sha256:${sha256('sums\n')}`],
      ['app-1.2.3.tar.gz', 'uploaded', `sha256:${sha256('tarball bytes\n')}`],
    ]);
    expect(draft.assets.find((a) => a.name === 'app-1.2.3.tar.gz')!.contentType).toBe('application/gzip');
    expect(r.outputs).toMatchObject({ 'release-id': String(draft.id), uploaded: '2', skipped: '0' });
    expect(r.outputs['release-url']).toMatch(/^http/);
    const assets = JSON.parse(r.outputs.assets) as { name: string; result: string; sha256: string }[];
    expect(assets.map((a) => [a.name, a.result])).toEqual([
      ['SHA256SUMS', 'uploaded'],
      ['app-1.2.3.tar.gz', 'uploaded'],
    ]);
    expect(r.summary).toContain('| asset app-1.2.3.tar.gz | ✅ pass |');
    expect(r.summary).toContain('created draft');

    // Re-run: same draft, nothing uploaded, success again.
    const before = uploadsTo(fx);
    const again = await run('stage-release', fx, { files: 'dist/*', 'notes-path': 'NOTES.md' });
    expect(again.code).toBe(0);
    expect(uploadsTo(fx)).toBe(before);
    expect(releases(fx)).toHaveLength(1);
    expect(again.outputs).toMatchObject({ 'release-id': String(draft.id), uploaded: '0', skipped: '2' });
  });

  it('reads notes from RUNNER_TEMP (where tag-semver-guard writes them) but from nowhere else outside', async () => {
    const fx = fixture({ 'dist/a.bin': 'a' });
    const runnerTemp = fs.mkdtempSync(path.join(scratch, 'runner-temp-'));
    fs.writeFileSync(path.join(runnerTemp, 'notes.md'), 'from the guard\n');
    const base = {
      root,
      workspace: fx.workspace,
      repository: fx.repository,
      apiUrl: emu.url,
      serverUrl: emu.serverUrl,
    };
    const ok = await runAction('stage-release', {
      ...base,
      env: { RUNNER_TEMP: runnerTemp },
      inputs: { files: 'dist/*', 'notes-path': path.join(runnerTemp, 'notes.md') },
    });
    expect(ok.code).toBe(0);
    expect(releases(fx)[0].body).toBe('from the guard\n');

    const fx2 = fixture({ 'dist/a.bin': 'a' });
    const elsewhere = path.join(scratch, 'elsewhere.md');
    fs.writeFileSync(elsewhere, 'x');
    const refused = await run('stage-release', fx2, { files: 'dist/*', 'notes-path': elsewhere });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/Input 'notes-path'.*outside the workspace/);
    expect(requestsFor(fx2)).toBe(0);
  });

  it('skips an identical asset already on the draft, including one without a digest (downloaded and hashed)', async () => {
    const fx = fixture(FILES);
    const draft = emu.state.addRelease(fx.repository, { tagName: 'v1.2.3', draft: true });
    emu.state.addAsset(draft.id, 'app-1.2.3.tar.gz', 'tarball bytes\n');
    emu.state.addAsset(draft.id, 'SHA256SUMS', 'sums\n', { digest: null });
    const r = await run('stage-release', fx, { files: 'dist/*' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ uploaded: '0', skipped: '2', 'release-id': String(draft.id) });
    expect(r.summary).toContain('no digest reported: downloaded and hashed');
    expect(uploadsTo(fx)).toBe(0);
  });

  it('fails closed when an asset without a digest cannot be downloaded whole', async () => {
    const fx = fixture({ 'dist/app.tar.gz': 'tarball bytes\n' });
    const draft = emu.state.addRelease(fx.repository, { tagName: 'v1.2.3', draft: true });
    const old = emu.state.addAsset(draft.id, 'app.tar.gz', 'tarball bytes\n', { digest: null });
    emu.faults.add({ operation: 'download', kind: 'truncate', bytes: 4 });
    const r = await run('stage-release', fx, { files: 'dist/*' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/broke off|gave 4 bytes/);
    expect(r.stdout).not.toMatch(/never replaced/);
    expect(draft.assets).toEqual([old]);
    expect(uploadsTo(fx)).toBe(0);
  });

  it('refuses a different asset of the same name, naming both digests, and leaves it untouched', async () => {
    const fx = fixture(FILES);
    const draft = emu.state.addRelease(fx.repository, { tagName: 'v1.2.3', draft: true });
    const old = emu.state.addAsset(draft.id, 'app-1.2.3.tar.gz', 'other bytes\n');
    const oldNoDigest = emu.state.addAsset(draft.id, 'SHA256SUMS', 'other sums\n', { digest: null });
    const r = await run('stage-release', fx, { files: 'dist/*' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`sha256:${sha256('other bytes\n')}`);
    expect(r.stdout).toContain(`sha256:${sha256('tarball bytes\n')}`);
    expect(r.stdout).toContain(`sha256:${sha256('other sums\n')}`);
    expect(r.stdout).toMatch(/2 checks failed/);
    expect(draft.assets).toEqual([old, oldNoDigest]);
    expect(fs.readFileSync(old.file, 'utf8')).toBe('other bytes\n');
    expect(uploadsTo(fx)).toBe(0);
  });

  it('repairs a starter leftover of a broken upload', async () => {
    const fx = fixture(FILES);
    const draft = emu.state.addRelease(fx.repository, { tagName: 'v1.2.3', draft: true });
    const leftover = emu.state.addAsset(draft.id, 'app-1.2.3.tar.gz', '', { state: 'starter' });
    const r = await run('stage-release', fx, { files: 'dist/*' });
    expect(r.code).toBe(0);
    const asset = draft.assets.find((a) => a.name === 'app-1.2.3.tar.gz')!;
    expect(asset.id).not.toBe(leftover.id);
    expect(asset).toMatchObject({ state: 'uploaded', digest: `sha256:${sha256('tarball bytes\n')}` });
    const assets = JSON.parse(r.outputs.assets) as { name: string; result: string }[];
    expect(assets.find((a) => a.name === 'app-1.2.3.tar.gz')!.result).toBe('repaired');
  });

  it('re-reads the release after a failed upload instead of retrying blindly', async () => {
    const fx = fixture({ 'dist/one.bin': 'one\n' });
    emu.faults.add({
      operation: 'repos/upload-release-asset',
      kind: 'status',
      status: 502,
      leaveStarter: true,
    });
    const start = emu.log.length;
    const r = await run('stage-release', fx, { files: 'dist/*' });
    expect(r.code).toBe(0);
    const between = betweenTries(start, 'repos/upload-release-asset');
    expect(between).toContain('repos/list-release-assets');
    expect(between).toContain('repos/delete-release-asset');
    const [draft] = releases(fx);
    expect(draft.assets.map((a) => [a.name, a.state])).toEqual([['one.bin', 'uploaded']]);
  });

  it('re-reads the release list after a failed create before creating again', async () => {
    const fx = fixture({ 'dist/one.bin': 'one\n' });
    emu.faults.add({ operation: 'repos/create-release', kind: 'status', status: 502 });
    const start = emu.log.length;
    const r = await run('stage-release', fx, { files: 'dist/*' });
    expect(r.code).toBe(0);
    const between = betweenTries(start, 'repos/create-release');
    expect(between).toContain('repos/list-releases');
    expect(releases(fx)).toHaveLength(1);
  });

  it('uses an existing draft before its tag exists only when it targets the target commit', async () => {
    const fx = fixture({ 'dist/one.bin': 'one\n' });
    const ref = { ref: 'refs/heads/main' };
    // target_commitish as a branch name: resolved to its head commit and compared whole.
    const draft = emu.state.addRelease(fx.repository, {
      tagName: 'v7.0.0',
      draft: true,
      targetCommitish: 'main',
    });
    const head = emu.state.repo(fx.repository).branches.get('main')!;
    const r = await run('stage-release', fx, { files: 'dist/*', tag: 'v7.0.0', target: head }, ref);
    expect(r.code).toBe(0);
    expect(r.outputs['release-id']).toBe(String(draft.id));

    // The same draft with another target, or with none: refused on this run as on the first.
    const other = emu.state.commit(fx.repository, { message: 'elsewhere', branch: 'side' });
    const before = uploadsTo(fx);
    const wrong = await run('stage-release', fx, { files: 'dist/*', tag: 'v7.0.0', target: other }, ref);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(
      new RegExp(
        `draft ${draft.id} for v7\\.0\\.0 targets 'main' \\(commit ${head}\\), but input 'target' is ${other}`,
      ),
    );
    const none = await run('stage-release', fx, { files: 'dist/*', tag: 'v7.0.0' }, ref);
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(
      /Tag v7\.0\.0 does not exist .* and input 'target' is not set, so draft \d+ \(target_commitish 'main'\)/,
    );
    expect(uploadsTo(fx)).toBe(before);
  });

  it('recovers from a connection cut mid-upload (the starter it leaves is replaced)', async () => {
    const fx = fixture({ 'dist/big.bin': Buffer.alloc(3 * 1024 * 1024, 7) });
    emu.faults.add({ operation: 'repos/upload-release-asset', kind: 'reset', bytes: 64 * 1024 });
    const r = await run('stage-release', fx, { files: 'dist/*' });
    expect(r.code).toBe(0);
    expect(uploadsTo(fx)).toBe(2);
    const [asset] = releases(fx)[0].assets;
    expect(asset).toMatchObject({ state: 'uploaded', size: 3 * 1024 * 1024 });
    expect(asset.digest).toBe(`sha256:${sha256(Buffer.alloc(3 * 1024 * 1024, 7))}`);
  });

  it('never modifies a published release', async () => {
    const fx = fixture(FILES);
    const published = emu.state.addRelease(fx.repository, { tagName: 'v1.2.3', draft: false });
    const start = emu.log.length;
    const r = await run('stage-release', fx, { files: 'dist/*' });
    expect(r.code).toBe(1);
    // Only the refusal of a published release that lacks the files says this (not the mid-run
    // "was published during this run", nor findDraft's race fallback).
    expect(r.stdout).toMatch(
      new RegExp(
        `published release: the published release ${published.id} for v1\\.2\\.3 \\(.*\\) differs from the local files, and a published release is never modified`,
      ),
    );
    expect(r.stdout).toContain(
      "asset app-1.2.3.tar.gz: release v1.2.3 is published without 'app-1.2.3.tar.gz'; a published release is never modified",
    );
    expect(r.stdout).not.toMatch(/during this run|already has a published release/);
    expect(published.assets).toEqual([]);
    expect(releases(fx)).toEqual([published]);
    const ops = emu.log.slice(start).map((e) => e.operationId);
    for (const write of [
      'repos/create-release',
      'repos/upload-release-asset',
      'repos/delete-release-asset',
    ]) {
      expect(ops).not.toContain(write);
    }
    expect(r.summary).toContain('| published release | ❌ fail |');
  });

  it('finds its draft on a later page of the release list, and fails closed when a page cannot be read', async () => {
    const fx = fixture(FILES);
    const draft = emu.state.addRelease(fx.repository, { tagName: 'v1.2.3', draft: true });
    for (let i = 0; i < 120; i++) emu.state.addRelease(fx.repository, { tagName: `v0.0.${i}` });
    const ok = await run('stage-release', fx, { files: 'dist/*' });
    expect(ok.code).toBe(0);
    expect(ok.outputs['release-id']).toBe(String(draft.id));
    const [owner, name] = fx.repository.split('/');
    const pages = emu.log.filter(
      (e) => e.operationId === 'repos/list-releases' && e.path === `/repos/${owner}/${name}/releases`,
    );
    expect(pages.some((e) => /page=2/.test(e.query))).toBe(true);

    emu.faults.add({
      operation: 'repos/list-releases',
      when: (q) => q.get('page') === '2',
      kind: 'status',
      status: 400,
    });
    const broken = await run('stage-release', fx, { files: 'dist/*' });
    emu.faults.clear();
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/Listing the releases of .* did not finish/);
  });

  /** Publishes `draft` as a parallel job might, right after the first upload of the fixture lands. */
  function publishAfterFirstUpload(fx: Fixture, draft: Release, immutable: boolean): void {
    const [owner, name] = fx.repository.split('/');
    let published = false;
    emu.onRequest((e) => {
      if (
        !published &&
        e.operationId === 'repos/upload-release-asset' &&
        e.path.startsWith(`/repos/${owner}/${name}/`)
      ) {
        published = true;
        draft.draft = false;
        draft.publishedAt = emu.state.now();
        draft.immutable = immutable;
      }
    });
  }

  it('fails, naming what it uploaded after, when the draft is published during the run (mutable release)', async () => {
    // Nothing is read before each upload any more: the release is read once after the last, and
    // a release published in between fails the step, naming the uploads that came after.
    const fx = fixture({ 'dist/a.bin': 'a', 'dist/b.bin': 'b' });
    const draft = emu.state.addRelease(fx.repository, { tagName: 'v1.2.3', draft: true });
    publishAfterFirstUpload(fx, draft, false);
    const r = await run('stage-release', fx, { files: 'dist/*' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `draft release after the uploads: release ${draft.id} for v1.2.3 was published during this run (at ${draft.publishedAt}); ` +
        "a published release is never modified, yet this run finished uploading 'b.bin' at or after that (all it uploaded: 'a.bin', 'b.bin')",
    );
    expect(r.summary).toContain('| draft release after the uploads | ❌ fail |');
  });

  it('stops at the first upload GitHub refuses when the draft is published during the run (immutable release)', async () => {
    // GitHub refuses uploads to a published immutable release; the refusal is explained.
    const fx = fixture({ 'dist/a.bin': 'a', 'dist/b.bin': 'b' });
    const draft = emu.state.addRelease(fx.repository, { tagName: 'v1.2.3', draft: true });
    publishAfterFirstUpload(fx, draft, true);
    const r = await run('stage-release', fx, { files: 'dist/*' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `asset b.bin: release ${draft.id} for v1.2.3 was published during this run; a published release is never modified`,
    );
    expect(r.stdout).toContain(
      `draft release after the uploads: release ${draft.id} for v1.2.3 was published during this run`,
    );
    expect(draft.assets.map((a) => a.name)).toEqual(['a.bin']);
  });

  it('refuses two drafts for one tag, listing both', async () => {
    const fx = fixture(FILES);
    const a = emu.state.addRelease(fx.repository, { tagName: 'v1.2.3', draft: true });
    const b = emu.state.addRelease(fx.repository, { tagName: 'v1.2.3', draft: true });
    const r = await run('stage-release', fx, { files: 'dist/*' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`draft ${a.id}`);
    expect(r.stdout).toContain(`draft ${b.id}`);
    expect(uploadsTo(fx)).toBe(0);
  });

  it('two runs at once end with one draft and one copy of each asset', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 4; i++) files[`dist/part-${i}.bin`] = `part ${i}\n`.repeat(1000);
    const fx = fixture(files);
    const [one, two] = await Promise.all([
      run('stage-release', fx, { files: 'dist/*' }),
      run('stage-release', fx, { files: 'dist/*' }),
    ]);
    expect([one.code, two.code]).toEqual([0, 0]);
    const draft = onlyRelease(fx);
    expect(draft.draft).toBe(true);
    expect(draft.assets.map((a) => a.name).sort()).toEqual(Object.keys(files).map((f) => path.basename(f)));
    for (const asset of draft.assets) {
      expect(asset.state).toBe('uploaded');
      expect(asset.digest).toBe(`sha256:${sha256(files[`dist/${asset.name}`])}`);
    }
    expect(one.outputs['release-id']).toBe(String(draft.id));
    expect(two.outputs['release-id']).toBe(String(draft.id));
  });

  it('names contents: write on a 403, and never shows the token', async () => {
    const fx = fixture(FILES);
    const token = 'ghs_readOnlyToken000000000000000000000000';
    emu.state.addToken(token, { contents: 'read' }, 403);
    const r = await run('stage-release', fx, { files: 'dist/*' }, { token });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('contents: write');
    expect(releases(fx)).toEqual([]);
  });

  it('marks a SemVer prerelease tag as prerelease, or as told', async () => {
    const fx = fixture(FILES, 'v2.0.0-rc.1');
    const ref = 'refs/tags/v2.0.0-rc.1';
    expect((await run('stage-release', fx, { files: 'dist/*' }, { ref })).code).toBe(0);
    expect(releases(fx, 'v2.0.0-rc.1')[0].prerelease).toBe(true);

    const fx2 = fixture(FILES, 'v2.0.0-rc.1');
    expect((await run('stage-release', fx2, { files: 'dist/*', prerelease: 'false' }, { ref })).code).toBe(0);
    expect(releases(fx2, 'v2.0.0-rc.1')[0].prerelease).toBe(false);
  });

  it('refuses a missing tag without target, and a target that is not the tag commit', async () => {
    const fx = fixture(FILES);
    const missing = await run('stage-release', fx, { files: 'dist/*', tag: 'v9.9.9' });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/Tag v9\.9\.9 does not exist/);
    const other = emu.state.commit(fx.repository, { message: 'later' });
    const wrong = await run('stage-release', fx, { files: 'dist/*', target: other });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain(`already points to ${fx.commit}`);
    expect(releases(fx)).toEqual([]);

    // With a draft there, the same inputs are refused again: the tag's commit is the truth on
    // every run, and nothing is attached to the draft.
    const draft = emu.state.addRelease(fx.repository, {
      tagName: 'v1.2.3',
      draft: true,
      targetCommitish: other,
    });
    const again = await run('stage-release', fx, { files: 'dist/*', target: other });
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(
      new RegExp(`Input 'target' is ${other}, but tag v1\\.2\\.3 already points to ${fx.commit}`),
    );
    expect(draft.assets).toEqual([]);
    // Without target the tag's commit is used, whatever the draft's target_commitish says.
    expect((await run('stage-release', fx, { files: 'dist/*' })).code).toBe(0);
    expect(draft.assets).toHaveLength(2);
    emu.state.repo(fx.repository).releases.splice(emu.state.repo(fx.repository).releases.indexOf(draft), 1);

    const created = await run('stage-release', fx, { files: 'dist/*', tag: 'v9.9.9', target: other });
    expect(created.code).toBe(0);
    expect(releases(fx, 'v9.9.9')[0].targetCommitish).toBe(other);
  });

  it('reports names GitHub rewrites, and finds them again on a re-run', async () => {
    const fx = fixture({ 'dist/my app (linux).zip': 'zip\n', 'dist/.config': 'cfg\n' });
    // (globs skip dotfiles, so the dotfile is named explicitly)
    const r = await run('stage-release', fx, { files: 'dist/*\ndist/.config' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::.*renames 'my app \(linux\)\.zip' to 'my\.app\.linux\.zip'/);
    const assets = JSON.parse(r.outputs.assets) as { name: string; 'requested-name': string }[];
    expect(assets.map((a) => [a['requested-name'], a.name]).sort()).toEqual([
      ['.config', 'default.config'],
      ['my app (linux).zip', 'my.app.linux.zip'],
    ]);
    const again = await run('stage-release', fx, { files: 'dist/*\ndist/.config' });
    expect(again.outputs).toMatchObject({ uploaded: '0', skipped: '2' });
  });

  it('never takes an asset of another name for its own because its label is the requested name', async () => {
    const fx = fixture({ 'dist/résumé 1.pdf': 'cv\n', 'dist/app.tar.gz': 'app\n' });
    const draft = emu.state.addRelease(fx.repository, { tagName: 'v1.2.3', draft: true });
    // Impostors: other names, labelled with the names this run asks for. One is a finished
    // upload (it must not count as "already staged"), one a starter (it must not be deleted).
    const fake = emu.state.addAsset(draft.id, 'other.pdf', 'not the cv\n');
    fake.label = 'résumé 1.pdf';
    const starter = emu.state.addAsset(draft.id, 'unrelated.tar.gz', '', { state: 'starter' });
    starter.label = 'app.tar.gz';
    const r = await run('stage-release', fx, { files: 'dist/*' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ uploaded: '2', skipped: '0' });
    expect(draft.assets.map((a) => [a.name, a.state]).sort()).toEqual([
      ['app.tar.gz', 'uploaded'],
      ['other.pdf', 'uploaded'],
      ['resume.1.pdf', 'uploaded'],
      ['unrelated.tar.gz', 'starter'],
    ]);
    expect(draft.assets.find((a) => a.name === 'resume.1.pdf')).toMatchObject({
      label: 'résumé 1.pdf',
      digest: `sha256:${sha256('cv\n')}`,
    });
    expect(r.summary).toContain("GitHub named it 'resume.1.pdf', asked for 'résumé 1.pdf'");
    // A re-run finds both by name (the predicted rename included) and changes nothing.
    const again = await run('stage-release', fx, { files: 'dist/*' });
    expect(again.outputs).toMatchObject({ uploaded: '0', skipped: '2' });
    expect(draft.assets).toHaveLength(4);
  });

  it('deletes its own upload when GitHub reports another digest than was sent, and a clean re-run succeeds', async () => {
    const fx = fixture({ 'dist/app.tar.gz': 'app bytes\n' });
    const lie = `sha256:${'e'.repeat(64)}`;
    emu.faults.add({ operation: 'repos/upload-release-asset', kind: 'wrong-digest', digest: lie });
    const r = await run('stage-release', fx, { files: 'dist/*' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(
        `post-upload digest check: GitHub reports ${lie} for 'app\\.tar\\.gz', but this run sent sha256:${sha256('app bytes\n')}; the asset this run uploaded was deleted`,
      ),
    );
    const [draft] = releases(fx);
    expect(draft.assets).toEqual([]);
    const assets = JSON.parse(r.outputs.assets) as { result: string; sha256: string }[];
    expect(assets).toMatchObject([{ result: 'failed', sha256: sha256('app bytes\n') }]);

    const again = await run('stage-release', fx, { files: 'dist/*' });
    expect(again.code).toBe(0);
    expect(again.outputs).toMatchObject({ uploaded: '1', skipped: '0' });
    expect(draft.assets.map((a) => [a.name, a.digest])).toEqual([
      ['app.tar.gz', `sha256:${sha256('app bytes\n')}`],
    ]);
  });

  it('refuses bad inputs (parseInputs) all at once, undeclared ones included, before any request', async () => {
    const fx = fixture(FILES);
    const r = await runAction('stage-release', {
      root,
      workspace: fx.workspace,
      repository: fx.repository,
      apiUrl: emu.url,
      serverUrl: emu.serverUrl,
      inputs: { files: 'dist/*', target: 'abc123', prerelease: 'yes' },
      env: { INPUT_NOTES_PATH_: 'NOTES.md' },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Configuration error: 3 configuration problems/);
    expect(r.stdout).toMatch(
      /Input 'notes_path_' is not an input of this action: did you mean 'notes-path'\?/,
    );
    expect(r.stdout).toContain(
      "Input 'target' must be a full 40-character hexadecimal commit SHA, got 'abc123'.",
    );
    expect(r.stdout).toMatch(/Input 'prerelease' must be auto, true or false/);
    expect(r.summary.match(/\| configuration \| ❌ fail \|/g)).toHaveLength(3);
    expect(r.outputs).toMatchObject({ 'release-id': '', uploaded: '0', skipped: '0', assets: '[]' });
    expect(requestsFor(fx)).toBe(0);
  });
});

describe('stage-release API economy: requests counted from the emulator log', () => {
  /** The operations the fixture's repository saw since `start`, counted. */
  function operations(fx: Fixture, start: number): Record<string, number> {
    const [owner, name] = fx.repository.split('/');
    const counts: Record<string, number> = {};
    for (const e of emu.log.slice(start)) {
      if (!e.path.startsWith(`/repos/${owner}/${name}/`)) continue;
      const op = e.operationId ?? e.path;
      counts[op] = (counts[op] ?? 0) + 1;
    }
    return counts;
  }

  const total = (ops: Record<string, number>): number => Object.values(ops).reduce((n, c) => n + c, 0);

  // A new files into a repository of R releases. The issue's budget is A + ⌈R/100⌉ + 3; what
  // the fail-closed sequence costs is: the release list (⌈R/100⌉ pages, and one page even when
  // there is no release), the tag's commit, the creation, the race re-read (one page: the
  // newest), A uploads, and one read of the release after the last upload (still a draft, every
  // upload still there). So A + max(1, ⌈R/100⌉) + 4: one over the budget, two at R = 0, each
  // request named below; docs/PERFORMANCE.md's row says why.
  it.each([0, 250])(
    'A = 5 new files, R = %i releases: A + max(1, ⌈R/100⌉) + 4 requests, and a re-run writes nothing',
    async (r) => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 5; i++) files[`dist/f${i}.bin`] = `file ${i}\n`;
      const fx = fixture(files);
      for (let i = 0; i < r; i++) emu.state.addRelease(fx.repository, { tagName: `v0.${i}.0` });
      const pages = Math.max(1, Math.ceil(r / 100));
      const start = emu.log.length;
      const first = await run('stage-release', fx, { files: 'dist/*' });
      expect(first.code).toBe(0);
      const ops = operations(fx, start);
      expect(ops).toEqual({
        'repos/list-releases': pages + 1,
        'repos/get-commit': 1,
        'repos/create-release': 1,
        'repos/upload-release-asset': 5,
        'repos/get-release': 1,
      });
      expect(total(ops)).toBe(5 + pages + 4);

      // Nothing changed: the list, the tag's commit, the draft's assets once; no write.
      const again = emu.log.length;
      const rerun = await run('stage-release', fx, { files: 'dist/*' });
      expect(rerun.code).toBe(0);
      expect(rerun.outputs).toMatchObject({ uploaded: '0', skipped: '5' });
      expect(operations(fx, again)).toEqual({
        'repos/list-releases': pages,
        'repos/get-commit': 1,
        'repos/list-release-assets': 1,
      });
    },
  );

  it('into an existing draft: its assets are listed once, not once per file', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) files[`dist/f${i}.bin`] = `file ${i}\n`;
    const fx = fixture(files);
    emu.state.addRelease(fx.repository, { tagName: 'v1.2.3', draft: true, targetCommitish: fx.commit });
    const start = emu.log.length;
    const r = await run('stage-release', fx, { files: 'dist/*' });
    expect(r.code).toBe(0);
    expect(operations(fx, start)).toEqual({
      'repos/list-releases': 1,
      'repos/get-commit': 1,
      'repos/list-release-assets': 1,
      'repos/upload-release-asset': 5,
      'repos/get-release': 1,
    });
  });
});

describe('stage-release local half (prepareStaging), in-process', () => {
  const inputs = (files: string[]) => ({
    token: 'x',
    repository: { owner: 'o', repo: 'r' },
    tag: 'v1.2.3',
    files,
    prerelease: 'auto' as const,
  });

  it('refuses two files that would become one asset name', async () => {
    const { workspace } = fixture({ 'a/app 1.zip': 'x', 'b/app.1.zip': 'y' });
    await expect(prepareStaging(inputs(['*/*.zip']), workspace)).rejects.toThrow(
      /would all become the asset 'app\.1\.zip'/,
    );
  });

  it('refuses a file of 2 GiB, naming the limit and the file', async () => {
    const { workspace } = fixture({ 'dist/small.bin': 'small' });
    const handle = fs.openSync(path.join(workspace, 'dist', 'huge.bin'), 'w');
    fs.ftruncateSync(handle, 2 * 1024 ** 3);
    fs.closeSync(handle);
    const refused = prepareStaging(inputs(['dist/*']), workspace);
    await expect(refused).rejects.toThrow(
      /GitHub refuses release assets of 2 GiB \(2147483648 bytes\) or more/,
    );
    await expect(refused).rejects.toThrow(/'dist\/huge\.bin' \(2147483648 bytes\) is too large/);
  });

  it('opens every file under its planned name', async () => {
    const { workspace } = fixture({ 'dist/my app (linux).zip': 'zip\n' });
    const { locals } = await prepareStaging(inputs(['dist/*']), workspace);
    await closeLocalAssets(locals);
    expect(locals.map((l) => [l.display, l.requestedName, l.name, l.size])).toEqual([
      ['dist/my app (linux).zip', 'my app (linux).zip', 'my.app.linux.zip', 4],
    ]);
  });
});

describe('sbom-attach', () => {
  // `npm sbom` takes a second or more of CPU (several under load) and its document is the same
  // for every test of this file: made once per format, on first use.
  const sboms = new Map<string, string>();
  const npmSbom = (format: string): string => {
    let text = sboms.get(format);
    if (text === undefined) {
      text = execFileSync('npm', ['sbom', '--sbom-format', format, '--package-lock-only'], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      sboms.set(format, text);
    }
    return text;
  };

  it('attaches a CycloneDX SBOM from npm sbom with its content type, and skips it on a re-run', async () => {
    const text = npmSbom('cyclonedx');
    const fx = fixture({ 'sbom.cdx.json': text });
    const inputs = {
      sbom: 'sbom.cdx.json',
      'require-components': 'pkg:npm/semver\n@actions/core',
      'min-components': '10',
    };
    const r = await run('sbom-attach', fx, inputs);
    expect(r.code).toBe(0);
    const [draft] = releases(fx);
    const [asset] = draft.assets;
    expect(asset).toMatchObject({
      name: 'sbom.cdx.json',
      contentType: 'application/vnd.cyclonedx+json',
      digest: `sha256:${sha256(text)}`,
    });
    const parsed = JSON.parse(text) as { specVersion: string; components: unknown[] };
    expect(r.outputs).toMatchObject({
      format: 'cyclonedx',
      'spec-version': parsed.specVersion,
      components: String(parsed.components.length),
      sha256: sha256(text),
      'asset-id': String(asset.id),
      uploaded: 'true',
    });
    expect(r.outputs['asset-url']).toMatch(/^http/);
    expect(r.summary).toContain(`| CycloneDX | ${parsed.specVersion} | ${parsed.components.length} |`);

    const again = await run('sbom-attach', fx, inputs);
    expect(again.code).toBe(0);
    expect(again.outputs).toMatchObject({ uploaded: 'false', 'asset-id': String(asset.id) });
    expect(uploadsTo(fx)).toBe(1);
  });

  it('attaches an SPDX SBOM under asset-name with the SPDX content type', async () => {
    const text = npmSbom('spdx');
    const fx = fixture({ 'out/sbom.json': text });
    const r = await run('sbom-attach', fx, { sbom: 'out/*.json', 'asset-name': 'app-1.2.3.spdx.json' });
    expect(r.code).toBe(0);
    const [asset] = releases(fx)[0].assets;
    expect(asset).toMatchObject({ name: 'app-1.2.3.spdx.json', contentType: 'application/spdx+json' });
    expect(r.outputs).toMatchObject({ format: 'spdx', 'spec-version': 'SPDX-2.3', uploaded: 'true' });
  });

  it('uses an existing draft of a tag that is not SemVer (the prerelease flag is not needed)', async () => {
    const fx = fixture({ 'sbom.cdx.json': npmSbom('cyclonedx') }, 'nightly');
    emu.state.addRelease(fx.repository, { tagName: 'nightly', draft: true });
    const r = await run('sbom-attach', fx, { sbom: 'sbom.cdx.json' }, { ref: 'refs/tags/nightly' });
    expect(r.code).toBe(0);
    expect(releases(fx, 'nightly')[0].assets).toHaveLength(1);

    const fresh = fixture({ 'sbom.cdx.json': npmSbom('cyclonedx') }, 'nightly');
    const refused = await run('sbom-attach', fresh, { sbom: 'sbom.cdx.json' }, { ref: 'refs/tags/nightly' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/not SemVer/);
    expect(releases(fresh, 'nightly')).toEqual([]);
  });

  it('runs at the same time as stage-release on a fresh tag: one draft holds everything', async () => {
    const fx = fixture({ 'sbom.cdx.json': npmSbom('cyclonedx'), 'dist/app.tar.gz': 'app\n' });
    const [staged, attached] = await Promise.all([
      run('stage-release', fx, { files: 'dist/*' }),
      run('sbom-attach', fx, { sbom: 'sbom.cdx.json' }),
    ]);
    expect([staged.code, attached.code]).toEqual([0, 0]);
    expect(
      onlyRelease(fx)
        .assets.map((a) => a.name)
        .sort(),
    ).toEqual(['app.tar.gz', 'sbom.cdx.json']);
  });

  it('stage-release, sbom-attach and stage-release at once on a fresh tag: one draft, every run passes (3 rounds)', async () => {
    // The racers that lose the creation delete their own draft at once, and a run whose first
    // listing caught two drafts in that moment waits for the duplicate to go, instead of
    // failing with "2 draft releases".
    const sbom = npmSbom('cyclonedx');
    for (let round = 0; round < 3; round++) {
      const fx = fixture({ 'sbom.cdx.json': sbom, 'dist/app.tar.gz': 'app\n', 'dist/app.zip': 'zip\n' });
      // A slow deletion of a duplicate draft widens the moment in which two drafts exist.
      emu.faults.add({ operation: 'repos/delete-release', kind: 'slow', delayMs: 700, times: Infinity });
      const runs = await Promise.all([
        run('stage-release', fx, { files: 'dist/*' }),
        run('sbom-attach', fx, { sbom: 'sbom.cdx.json' }),
        run('stage-release', fx, { files: 'dist/*' }),
      ]).finally(() => emu.faults.clear());
      expect(runs.map((r) => (r.code === 0 ? 'passed' : r.stdout))).toEqual(['passed', 'passed', 'passed']);
      const draft = onlyRelease(fx);
      expect(draft.draft).toBe(true);
      expect(draft.assets.map((a) => `${a.name}:${a.state}`).sort()).toEqual([
        'app.tar.gz:uploaded',
        'app.zip:uploaded',
        'sbom.cdx.json:uploaded',
      ]);
      expect(new Set(runs.map((r) => r.outputs['release-id']).filter(Boolean))).toEqual(
        new Set([String(draft.id)]),
      );
    }
  }, 60_000);

  it('refuses to replace a different SBOM already attached', async () => {
    const text = npmSbom('cyclonedx');
    const fx = fixture({ 'sbom.cdx.json': text });
    const draft = emu.state.addRelease(fx.repository, { tagName: 'v1.2.3', draft: true });
    const old = emu.state.addAsset(draft.id, 'sbom.cdx.json', '{"old": true}');
    const r = await run('sbom-attach', fx, { sbom: 'sbom.cdx.json' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`sha256:${sha256('{"old": true}')}`);
    expect(r.stdout).toContain(`sha256:${sha256(text)}`);
    expect(draft.assets).toEqual([old]);
    expect(r.outputs.uploaded).toBe('false');
  });
});
