/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies of the emulator, checked field by field */
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import * as github from '@actions/github';
import {
  DEFAULT_TOKEN,
  HttpAnswer,
  githubAssetName,
  startGitHubEmulator,
} from '../../src/emulator/github/index.js';
import { useGitHub } from '../helpers/github.js';

const REPO = 'octo-org/octo-repo';
// Every exchange of every test must match GitHub's OpenAPI description (checked after each).
const gh = useGitHub({ setup: (g) => void g.state.addRepo(REPO) });

const auth = { authorization: `token ${DEFAULT_TOKEN}` };

async function api(
  path: string,
  init: { method?: string; body?: unknown; token?: string | null; accept?: string } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const headers: Record<string, string> = { accept: init.accept ?? 'application/vnd.github+json' };
  if (init.token !== null) headers.authorization = `Bearer ${init.token ?? DEFAULT_TOKEN}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${gh.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body:
      init.body === undefined
        ? undefined
        : typeof init.body === 'string'
          ? init.body
          : JSON.stringify(init.body),
    redirect: 'manual',
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, headers: res.headers };
}

/** Uploads through the upload_url template, as octokit does. */
async function upload(uploadUrl: string, name: string, data: Buffer, token = DEFAULT_TOKEN) {
  const url = uploadUrl.replace('{?name,label}', `?name=${encodeURIComponent(name)}`);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      authorization: `token ${token}`,
      'content-type': 'application/octet-stream',
      'content-length': String(data.length),
    },
    body: data,
  });
  return { status: res.status, body: (await res.json()) as any };
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

describe('GitHub emulator: server basics', () => {
  it('binds 127.0.0.1 on two free ports and stops cleanly', async () => {
    expect(gh.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(gh.uploadUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(gh.uploadUrl).not.toBe(gh.url);
  });

  it('answers 401 without a token or with an unknown one, and never logs the token', async () => {
    expect((await api(`/repos/${REPO}`, { token: null })).status).toBe(401);
    expect((await api(`/repos/${REPO}`, { token: 'ghs_wrong' })).status).toBe(401);
    expect((await api(`/repos/${REPO}`)).status).toBe(200);
    expect(JSON.stringify(gh.log)).not.toContain(DEFAULT_TOKEN);
    expect(gh.count('repos/get')).toBe(3);
  });

  it('answers 404 for unknown repositories and routes', async () => {
    expect((await api('/repos/octo-org/nope')).status).toBe(404);
    expect((await api('/nothing/here')).status).toBe(404);
  });

  it('serves the repository, branches, commits and both kinds of tags', async () => {
    const repo = gh.state.repo(REPO);
    const head = gh.state.commit(REPO, { branch: 'main', message: 'Release 1.2.3' });
    gh.state.lightweightTag(REPO, 'v1.0.0', head);
    const tagObject = gh.state.annotatedTag(REPO, 'v1.2.3', head);

    expect((await api(`/repos/${REPO}`)).body.default_branch).toBe('main');
    expect((await api(`/repos/${REPO}/branches/main`)).body.commit.sha).toBe(head);
    expect((await api(`/repos/${REPO}/branches/nope`)).status).toBe(404);
    expect((await api(`/repos/${REPO}/commits/${head}`)).body.sha).toBe(head);
    expect((await api(`/repos/${REPO}/commits/v1.2.3`)).body.sha).toBe(head);
    expect((await api(`/repos/${REPO}/commits/${'f'.repeat(40)}`)).status).toBe(422);

    const light = await api(`/repos/${REPO}/git/ref/tags/v1.0.0`);
    expect(light.body.object).toMatchObject({ type: 'commit', sha: head });
    const annotated = await api(`/repos/${REPO}/git/ref/tags/v1.2.3`);
    expect(annotated.body.object).toMatchObject({ type: 'tag', sha: tagObject });
    expect(tagObject).not.toBe(head);
    const peeled = await api(`/repos/${REPO}/git/tags/${tagObject}`);
    expect(peeled.body.object).toMatchObject({ type: 'commit', sha: head });
    expect((await api(`/repos/${REPO}/git/ref/tags/v9.9.9`)).status).toBe(404);
    expect((await api(`/repos/${REPO}/git/ref/heads/main`)).body.object.sha).toBe(head);
    expect(repo.commits.get(head)!.parents).toHaveLength(1);
  });
});

describe('GitHub emulator: releases', () => {
  it('hides drafts from the by-tag endpoint and from tokens that cannot push', async () => {
    gh.state.addToken('ghs_reader', { contents: 'read' });
    const created = await api(`/repos/${REPO}/releases`, {
      method: 'POST',
      body: { tag_name: 'v1.0.0', draft: true },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      draft: true,
      tag_name: 'v1.0.0',
      immutable: false,
      published_at: null,
    });
    expect(created.body.html_url).toContain('/releases/tag/untagged-');
    expect((await api(`/repos/${REPO}/releases/tags/v1.0.0`)).status).toBe(404);
    expect((await api(`/repos/${REPO}/releases`)).body).toHaveLength(1);
    expect((await api(`/repos/${REPO}/releases`, { token: 'ghs_reader' })).body).toHaveLength(0);
    expect((await api(`/repos/${REPO}/releases/${created.body.id}`, { token: 'ghs_reader' })).status).toBe(
      404,
    );
  });

  it('publishes: creates the tag at the target, refuses a second published release of a tag', async () => {
    const head = gh.state.repo(REPO).branches.get('main')!;
    const draft = await api(`/repos/${REPO}/releases`, {
      method: 'POST',
      body: { tag_name: 'v1.0.0', draft: true },
    });
    const published = await api(`/repos/${REPO}/releases/${draft.body.id}`, {
      method: 'PATCH',
      body: { draft: false },
    });
    expect(published.body).toMatchObject({ draft: false, immutable: false });
    expect(published.body.published_at).toEqual(expect.any(String));
    expect(gh.state.repo(REPO).tags.get('v1.0.0')).toEqual({ type: 'commit', sha: head });
    expect((await api(`/repos/${REPO}/releases/tags/v1.0.0`)).body.id).toBe(draft.body.id);
    expect((await api(`/repos/${REPO}/releases/latest`)).body.id).toBe(draft.body.id);
    const again = await api(`/repos/${REPO}/releases`, { method: 'POST', body: { tag_name: 'v1.0.0' } });
    expect(again.status).toBe(422);
    expect(again.body.errors[0]).toMatchObject({ code: 'already_exists', field: 'tag_name' });
    // Two drafts of one tag are possible on GitHub (that is why the asset core must detect them).
    await api(`/repos/${REPO}/releases`, { method: 'POST', body: { tag_name: 'v2.0.0', draft: true } });
    expect(
      (await api(`/repos/${REPO}/releases`, { method: 'POST', body: { tag_name: 'v2.0.0', draft: true } }))
        .status,
    ).toBe(201);
    const bad = await api(`/repos/${REPO}/releases`, {
      method: 'POST',
      body: { tag_name: 'v3', target_commitish: 'nope' },
    });
    expect(bad.status).toBe(422);
  });

  it('paginates the release list with a Link header and caps per_page at 100', async () => {
    for (let i = 0; i < 230; i++) gh.state.addRelease(REPO, { tagName: `v0.0.${i}`, draft: i % 2 === 0 });
    const first = await api(`/repos/${REPO}/releases?per_page=500`);
    expect(first.body).toHaveLength(100);
    expect(first.headers.get('link')).toContain('rel="next"');
    expect(first.headers.get('link')).toContain('page=3>; rel="last"');
    const seen = new Set<number>();
    let next: string | undefined = `${gh.url}/repos/${REPO}/releases?per_page=100`;
    while (next) {
      const res = await api(next.slice(gh.url.length));
      for (const r of res.body) seen.add(r.id);
      next = /<([^>]+)>; rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
    }
    expect(seen.size).toBe(230);
    // Newest first.
    expect(first.body[0].tag_name).toBe('v0.0.229');
  });

  it('uploads streaming with a sha256 digest, refuses a duplicate name, downloads through a redirect', async () => {
    const release = await api(`/repos/${REPO}/releases`, {
      method: 'POST',
      body: { tag_name: 'v1.0.0', draft: true },
    });
    const data = Buffer.from('the artifact bytes\n');
    const uploaded = await upload(release.body.upload_url, 'app.tar.gz', data);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      name: 'app.tar.gz',
      state: 'uploaded',
      size: data.length,
      digest: `sha256:${sha256(data)}`,
    });
    expect(release.body.upload_url.startsWith(gh.uploadUrl)).toBe(true);

    // A refused upload is answered, not reset, even when the body is large.
    const duplicate = await upload(release.body.upload_url, 'app.tar.gz', Buffer.alloc(8 * 1024 * 1024, 1));
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.errors[0]).toMatchObject({ code: 'already_exists', field: 'name' });

    const assets = await api(`/repos/${REPO}/releases/${release.body.id}/assets`);
    expect(assets.body.map((a: { name: string }) => a.name)).toEqual(['app.tar.gz']);

    const redirect = await api(`/repos/${REPO}/releases/assets/${uploaded.body.id}`, {
      accept: 'application/octet-stream',
    });
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location')!;
    expect(location.startsWith(gh.uploadUrl)).toBe(true);
    const bytes = Buffer.from(await (await fetch(location)).arrayBuffer());
    expect(bytes.equals(data)).toBe(true);
    expect((await fetch(location.replace(/sig=[0-9a-f]+/, 'sig=00'))).status).toBe(404);

    // Octokit follows the redirect itself (and drops the token on the other host).
    const octokit = github.getOctokit(DEFAULT_TOKEN, { baseUrl: gh.url });
    const viaOctokit = await octokit.rest.repos.getReleaseAsset({
      owner: 'octo-org',
      repo: 'octo-repo',
      asset_id: uploaded.body.id,
      headers: { accept: 'application/octet-stream' },
    });
    expect(Buffer.from(viaOctokit.data as unknown as ArrayBuffer).equals(data)).toBe(true);

    expect(
      (await api(`/repos/${REPO}/releases/assets/${uploaded.body.id}`, { method: 'DELETE' })).status,
    ).toBe(204);
    expect((await api(`/repos/${REPO}/releases/${release.body.id}/assets`)).body).toEqual([]);
  });

  it('uploads through octokit with the upload_url template', async () => {
    const octokit = github.getOctokit(DEFAULT_TOKEN, { baseUrl: gh.url });
    const { data: release } = await octokit.rest.repos.createRelease({
      owner: 'octo-org',
      repo: 'octo-repo',
      tag_name: 'v1.0.0',
      draft: true,
    });
    const data = Buffer.from('bytes through octokit');
    const { data: asset } = await octokit.rest.repos.uploadReleaseAsset({
      owner: 'octo-org',
      repo: 'octo-repo',
      release_id: release.id,
      url: release.upload_url,
      name: 'my file (1).zip',
      data: data as unknown as string,
      headers: { 'content-type': 'application/zip', 'content-length': data.length },
    });
    expect(asset).toMatchObject({
      name: 'my.file.1.zip',
      content_type: 'application/zip',
      digest: `sha256:${sha256(data)}`,
    });
  });

  it('rewrites asset names as GitHub does', () => {
    expect(githubAssetName('app v1.zip')).toBe('app.v1.zip');
    expect(githubAssetName('.env')).toBe('default.env');
    expect(githubAssetName('naïve.txt')).toBe('naive.txt');
    // Observed on GitHub: a5_ð_æ_©_ŋ.txt became a5_d_ae_._ng.txt; (x) and ~ became dots.
    expect(githubAssetName('a5_ð_æ_©_ŋ.txt')).toBe('a5_d_ae_._ng.txt');
    expect(githubAssetName('a5_żółw.txt')).toBe('a5_zolw.txt');
    expect(githubAssetName('app(x64)_1.0~rc1.msi')).toBe('app.x64._1.0.rc1.msi');
    expect(githubAssetName('ok-1.2_3+x.tar.gz')).toBe('ok-1.2_3+x.tar.gz');
  });

  it('leaves a starter asset when an upload is cut short, and after a 502 that says so', async () => {
    const release = await api(`/repos/${REPO}/releases`, {
      method: 'POST',
      body: { tag_name: 'v1.0.0', draft: true },
    });
    gh.faults.add({ operation: 'repos/upload-release-asset', kind: 'reset', bytes: 10 });
    await expect(upload(release.body.upload_url, 'big.bin', Buffer.alloc(1024 * 1024, 7))).rejects.toThrow();
    gh.faults.add({
      operation: 'repos/upload-release-asset',
      kind: 'status',
      status: 502,
      leaveStarter: true,
    });
    expect((await upload(release.body.upload_url, 'other.bin', Buffer.from('x'))).status).toBe(502);
    // Give the server a moment to see the reset connection close.
    await new Promise((r) => setTimeout(r, 50));
    const assets = (await api(`/repos/${REPO}/releases/${release.body.id}/assets`)).body;
    expect(
      assets.map((a: { name: string; state: string; size: number }) => [a.name, a.state, a.size]),
    ).toEqual([
      ['big.bin', 'starter', 0],
      ['other.bin', 'starter', 0],
    ]);
    // A starter asset blocks its name until it is deleted: that is the repair the asset rules do.
    expect((await upload(release.body.upload_url, 'big.bin', Buffer.from('x'))).status).toBe(422);
  });

  it('refuses 2 GiB and more before reading the body', async () => {
    const release = await api(`/repos/${REPO}/releases`, {
      method: 'POST',
      body: { tag_name: 'v1.0.0', draft: true },
    });
    const url = new URL(release.body.upload_url.replace('{?name,label}', '?name=huge.bin'));
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(url, {
        method: 'POST',
        headers: {
          ...auth,
          'content-type': 'application/octet-stream',
          'content-length': String(2 * 1024 ** 3),
        },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.write(Buffer.alloc(1024));
    });
    expect(status).toBe(422);
    expect(gh.state.repo(REPO).releases[0].assets).toEqual([]);
  });

  it('makes releases of an immutable-releases repository immutable once published', async () => {
    const repo = gh.state.addRepo('octo-org/locked', { immutableReleases: true });
    const created = await api(`/repos/octo-org/locked/releases`, {
      method: 'POST',
      body: { tag_name: 'v1.0.0', draft: true },
    });
    expect(created.body.immutable).toBe(false);
    const asset = await upload(created.body.upload_url, 'a.txt', Buffer.from('a'));
    const published = await api(`/repos/octo-org/locked/releases/${created.body.id}`, {
      method: 'PATCH',
      body: { draft: false },
    });
    expect(published.body.immutable).toBe(true);
    expect((await upload(created.body.upload_url, 'b.txt', Buffer.from('b'))).status).toBe(422);
    expect(
      (await api(`/repos/octo-org/locked/releases/assets/${asset.body.id}`, { method: 'DELETE' })).status,
    ).toBe(422);
    // Renaming an asset, moving the tag, and going back to a draft are all refused.
    for (const [where, body] of [
      [`assets/${asset.body.id}`, { name: 'c.txt' }],
      [`${created.body.id}`, { tag_name: 'v1.0.1' }],
      [`${created.body.id}`, { draft: true }],
    ] as const) {
      const patched = await api(`/repos/octo-org/locked/releases/${where}`, { method: 'PATCH', body });
      expect([where, body, patched.status]).toEqual([where, body, 422]);
    }
    // Notes stay editable.
    expect(
      (
        await api(`/repos/octo-org/locked/releases/${created.body.id}`, {
          method: 'PATCH',
          body: { body: 'notes' },
        })
      ).body.body,
    ).toBe('notes');
    expect(() => gh.state.lightweightTag('octo-org/locked', 'v1.0.0', repo.branches.get('main')!)).toThrow(
      /immutable/,
    );
    // Deleting it does not free the tag.
    expect(
      (await api(`/repos/octo-org/locked/releases/${created.body.id}`, { method: 'DELETE' })).status,
    ).toBe(204);
    expect(
      (await api(`/repos/octo-org/locked/releases`, { method: 'POST', body: { tag_name: 'v1.0.0' } })).status,
    ).toBe(422);
  });
});

describe('GitHub emulator: workflow runs', () => {
  it('filters runs by head_sha, event, branch and status, newest first, paginated', async () => {
    const head = gh.state.repo(REPO).branches.get('main')!;
    const older = gh.state.addRun(REPO, 'ci.yml', { headSha: head, conclusion: 'failure' });
    const newer = gh.state.addRun(REPO, 'ci.yml', { headSha: head, conclusion: 'success' });
    gh.state.addRun(REPO, 'ci.yml', { headSha: head, event: 'pull_request', headBranch: 'feature' });
    gh.state.addRun(REPO, 'ci.yml', { headSha: 'a'.repeat(40) });
    gh.state.addRun(REPO, 'other.yml', { headSha: head });
    const q = `head_sha=${head}&event=push&branch=main`;
    const runs = await api(`/repos/${REPO}/actions/workflows/ci.yml/runs?${q}`);
    expect(runs.body.total_count).toBe(2);
    expect(runs.body.workflow_runs.map((r: { id: number }) => r.id)).toEqual([newer.id, older.id]);
    const failed = await api(`/repos/${REPO}/actions/workflows/ci.yml/runs?${q}&status=failure`);
    expect(failed.body.workflow_runs.map((r: { id: number }) => r.id)).toEqual([older.id]);
    const byId = await api(`/repos/${REPO}/actions/workflows/${older.workflowId}/runs?event=pull_request`);
    expect(byId.body.total_count).toBe(1);
    expect((await api(`/repos/${REPO}/actions/workflows/nope.yml/runs`)).status).toBe(404);
    expect(
      (await api(`/repos/${REPO}/actions/workflows/${encodeURIComponent('.github/workflows/ci.yml')}/runs`))
        .status,
    ).toBe(404);
    expect((await api(`/repos/${REPO}/actions/workflows/ci.yml`)).body.path).toBe('.github/workflows/ci.yml');

    for (let i = 0; i < 150; i++) gh.state.addRun(REPO, 'many.yml', { headSha: head });
    const page2 = await api(`/repos/${REPO}/actions/workflows/many.yml/runs?per_page=100&page=2`);
    expect(page2.body.workflow_runs).toHaveLength(50);
    expect(page2.body.total_count).toBe(150);
    expect(page2.headers.get('link')).toContain('rel="prev"');
  });

  it('shows the latest attempt in lists and every attempt on its own', async () => {
    const head = gh.state.repo(REPO).branches.get('main')!;
    const run = gh.state.addRun(REPO, 'ci.yml', { headSha: head, conclusion: 'failure' });
    gh.state.rerun(run.id, 'in_progress');
    let listed = (await api(`/repos/${REPO}/actions/workflows/ci.yml/runs`)).body.workflow_runs[0];
    expect(listed).toMatchObject({ run_attempt: 2, status: 'in_progress', conclusion: null });
    gh.state.updateRun(run.id, 'completed', 'success');
    listed = (await api(`/repos/${REPO}/actions/runs/${run.id}`)).body;
    expect(listed).toMatchObject({ run_attempt: 2, status: 'completed', conclusion: 'success' });
    expect((await api(`/repos/${REPO}/actions/runs/${run.id}/attempts/1`)).body).toMatchObject({
      run_attempt: 1,
      conclusion: 'failure',
    });
    expect((await api(`/repos/${REPO}/actions/runs/${run.id}/attempts/3`)).status).toBe(404);
  });
});

describe('GitHub emulator: faults that lie', () => {
  it('unfiltered: lists every run of the repository, forks and other workflows included, ignoring the filters', async () => {
    const head = gh.state.repo(REPO).branches.get('main')!;
    const wanted = gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    const otherSha = gh.state.addRun(REPO, 'ci.yml', { headSha: 'b'.repeat(40), conclusion: 'failure' });
    const otherEvent = gh.state.addRun(REPO, 'ci.yml', { headSha: head, event: 'pull_request' });
    const otherBranch = gh.state.addRun(REPO, 'ci.yml', { headSha: head, headBranch: 'feature' });
    const otherWorkflow = gh.state.addRun(REPO, 'deploy.yml', { headSha: head });
    const fork = gh.state.addRun(REPO, 'ci.yml', {
      headSha: head,
      event: 'pull_request',
      headRepository: 'mallory/octo-repo',
    });
    const renamed = gh.state.addRun(REPO, 'ci.yml', { headSha: head, path: '.github/workflows/evil.yml' });
    const q = `head_sha=${head}&event=push&branch=main&status=success`;
    const honest = await api(`/repos/${REPO}/actions/workflows/ci.yml/runs?${q}`);
    expect(honest.body.workflow_runs.map((r: any) => r.id).sort()).toEqual([wanted.id, renamed.id].sort());

    gh.faults.add({ operation: 'actions/list-workflow-runs', kind: 'unfiltered' });
    const lying = await api(`/repos/${REPO}/actions/workflows/ci.yml/runs?${q}`);
    expect(lying.status).toBe(200);
    const ids = lying.body.workflow_runs.map((r: any) => r.id);
    expect(ids.sort()).toEqual(
      [wanted, otherSha, otherEvent, otherBranch, otherWorkflow, fork, renamed].map((r) => r.id).sort(),
    );
    expect(lying.body.total_count).toBe(7);
    const byId = new Map<number, any>(lying.body.workflow_runs.map((r: any) => [r.id, r]));
    expect(byId.get(otherWorkflow.id).path).toBe('.github/workflows/deploy.yml');
    expect(byId.get(renamed.id).path).toBe('.github/workflows/evil.yml');
    expect(byId.get(otherSha.id).conclusion).toBe('failure');
    const forkRun = byId.get(fork.id);
    expect(forkRun.head_repository).toMatchObject({ full_name: 'mallory/octo-repo', fork: true });
    expect(forkRun.head_repository.id).not.toBe(gh.state.repo(REPO).id);
    expect(forkRun.head_repository_id).toBe(forkRun.head_repository.id);
    expect(forkRun.repository.full_name).toBe(REPO);
    expect(byId.get(wanted.id).head_repository).toMatchObject({ full_name: REPO, fork: false });
    expect(gh.log.at(-1)).toMatchObject({ operationId: 'actions/list-workflow-runs', fault: 'unfiltered' });

    // One request only (times defaults to 1); then the filters apply again.
    const after = await api(`/repos/${REPO}/actions/workflows/ci.yml/runs?${q}`);
    expect(after.body.total_count).toBe(2);
    // The same fork keeps its id across runs.
    const again = gh.state.addRun(REPO, 'ci.yml', { headSha: head, headRepository: 'mallory/octo-repo' });
    expect(again.headRepository).toEqual(fork.headRepository);
  });

  it('wrong-digest: the upload answer and later listings report a digest that is not of the bytes', async () => {
    const release = (
      await api(`/repos/${REPO}/releases`, { method: 'POST', body: { tag_name: 'v1', draft: true } })
    ).body;
    const data = Buffer.from('the bytes that were sent');
    gh.faults.add({ operation: 'repos/upload-release-asset', kind: 'wrong-digest' });
    const lied = await upload(release.upload_url, 'app.tgz', data);
    expect(lied.status).toBe(201);
    expect(lied.body.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(lied.body.digest).not.toBe(`sha256:${sha256(data)}`);
    expect(lied.body).toMatchObject({ state: 'uploaded', size: data.length });
    const listed = (await api(`/repos/${REPO}/releases/${release.id}/assets`)).body;
    expect(listed[0].digest).toBe(lied.body.digest);
    expect((await api(`/repos/${REPO}/releases/assets/${lied.body.id}`)).body.digest).toBe(lied.body.digest);
    // The bytes themselves are stored as sent: only the reported digest lies.
    const redirect = await api(`/repos/${REPO}/releases/assets/${lied.body.id}`, {
      accept: 'application/octet-stream',
    });
    const bytes = Buffer.from(await (await fetch(redirect.headers.get('location')!)).arrayBuffer());
    expect(bytes.equals(data)).toBe(true);

    // A chosen digest, and the next upload is honest again.
    const chosen = `sha256:${'0'.repeat(64)}`;
    gh.faults.add({ operation: 'repos/upload-release-asset', kind: 'wrong-digest', digest: chosen });
    expect((await upload(release.upload_url, 'b.tgz', data)).body.digest).toBe(chosen);
    expect((await upload(release.upload_url, 'c.tgz', data)).body.digest).toBe(`sha256:${sha256(data)}`);
  });
});

describe('GitHub emulator: permissions, faults, validation', () => {
  it('answers 403 (or 404) to tokens that lack the permission', async () => {
    gh.state.addToken('ghs_readonly', { contents: 'read', actions: 'none' });
    gh.state.addToken('ghs_hidden', { contents: 'read' }, 404);
    const write = await api(`/repos/${REPO}/releases`, {
      method: 'POST',
      body: { tag_name: 'v1' },
      token: 'ghs_readonly',
    });
    expect(write.status).toBe(403);
    expect(write.body.message).toBe('Resource not accessible by integration');
    expect(
      (await api(`/repos/${REPO}/actions/workflows/ci.yml/runs`, { token: 'ghs_readonly' })).status,
    ).toBe(403);
    expect((await api(`/repos/${REPO}/actions/workflows/ci.yml/runs`, { token: 'ghs_hidden' })).status).toBe(
      404,
    );
    expect((await api(`/repos/${REPO}/releases`, { token: 'ghs_readonly' })).status).toBe(200);
  });

  it('injects 5xx bursts, 429 with Retry-After, secondary limits, resets, slow and truncated answers', async () => {
    gh.faults.add({ operation: 'repos/get', kind: 'status', status: 503, times: 2 });
    expect((await api(`/repos/${REPO}`)).status).toBe(503);
    expect((await api(`/repos/${REPO}`)).status).toBe(503);
    expect((await api(`/repos/${REPO}`)).status).toBe(200);

    gh.faults.add({ operation: 'repos/get', kind: 'rate-limit', retryAfter: 7 });
    const limited = await api(`/repos/${REPO}`);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);

    gh.faults.add({ operation: 'repos/get', kind: 'secondary-rate-limit', retryAfter: 3 });
    const secondary = await api(`/repos/${REPO}`);
    expect(secondary.status).toBe(403);
    expect(secondary.body.message).toMatch(/secondary rate limit/);

    gh.faults.add({ operation: 'repos/get', kind: 'reset' });
    await expect(api(`/repos/${REPO}`)).rejects.toThrow();

    gh.faults.add({ operation: 'repos/get', kind: 'truncate', bytes: 20 });
    await expect(api(`/repos/${REPO}`)).rejects.toThrow();

    gh.faults.add({ operation: 'repos/get', kind: 'slow', delayMs: 30 });
    expect((await api(`/repos/${REPO}`)).status).toBe(200);

    gh.faults.add({ operation: 'repos/list-releases', kind: 'status', when: (q) => q.get('page') === '2' });
    expect((await api(`/repos/${REPO}/releases?page=1`)).status).toBe(200);
    expect((await api(`/repos/${REPO}/releases?page=2`)).status).toBe(502);
    expect(gh.faults.active).toEqual([]);
    expect(gh.log.filter((e) => e.fault).map((e) => e.fault)).toEqual([
      'status',
      'status',
      'rate-limit',
      'secondary-rate-limit',
      'reset',
      'truncate',
      'slow',
      'status',
    ]);
  });

  it('cuts a download short when told to', async () => {
    const release = gh.state.addRelease(REPO, { tagName: 'v1', draft: true });
    const asset = gh.state.addAsset(release.id, 'a.bin', Buffer.alloc(100_000, 1));
    gh.faults.add({ operation: 'download', kind: 'truncate', bytes: 1000 });
    const redirect = await api(`/repos/${REPO}/releases/assets/${asset.id}`, {
      accept: 'application/octet-stream',
    });
    const res = await fetch(redirect.headers.get('location')!);
    await expect(res.arrayBuffer()).rejects.toThrow();
  });

  it('answers an invalid request as GitHub does and records it', async () => {
    const bad = await api(`/repos/${REPO}/releases`, { method: 'POST', body: { draft: true } });
    expect(bad.status).toBe(422);
    const badType = await api(`/repos/${REPO}/releases`, { method: 'POST', body: { tag_name: 5 } });
    expect(badType.status).toBe(422);
    expect((await api(`/repos/${REPO}/releases`, { method: 'POST', body: '{not json' })).status).toBe(400);
    expect(gh.violations.map((v) => [v.operationId, v.direction])).toEqual([
      ['repos/create-release', 'request'],
      ['repos/create-release', 'request'],
    ]);
    gh.violations.length = 0;
  });

  it('records a response that would not match the description', async () => {
    // Break the state so the emulator's own answer becomes invalid: the check must notice.
    const release = gh.state.addRelease(REPO, { tagName: 'v1' });
    (release as unknown as { draft: unknown }).draft = 'yes';
    await api(`/repos/${REPO}/releases/${release.id}`);
    expect(gh.violations).toHaveLength(1);
    expect(gh.violations[0]).toMatchObject({ direction: 'response', operationId: 'repos/get-release' });
    gh.violations.length = 0;
  });
});

describe('GitHub emulator: the OpenAPI extract', () => {
  it('holds every operation the emulator serves, each with a 2xx response', async () => {
    const { operations } = await import('../../src/emulator/github/openapi.js');
    const { ROUTE_TABLES } = await import('../../src/emulator/github/routes/index.js');
    const byId = new Map(operations().map((o) => [o.operationId, o]));
    for (const route of ROUTE_TABLES.flat()) {
      const operation = byId.get(route.operationId);
      expect(operation).toBeDefined();
      expect([...operation!.responses.keys()].some((status) => /^2\d\d$/.test(status))).toBe(true);
    }
  });
});

describe('GitHub emulator: routes', () => {
  it('has exactly one route for every operation of the extract', async () => {
    const { operations } = await import('../../src/emulator/github/openapi.js');
    const { ROUTE_TABLES } = await import('../../src/emulator/github/routes/index.js');
    const routed = ROUTE_TABLES.flat().map((r) => r.operationId);
    expect(new Set(routed).size).toBe(routed.length);
    expect([...routed].sort()).toEqual(
      operations()
        .map((o) => o.operationId)
        .sort(),
    );
  });

  it('lets a test replace a route, and refuses a route for an operation the extract lacks', async () => {
    const other = await startGitHubEmulator({
      routes: [
        {
          operationId: 'repos/get',
          anonymous: true,
          handle: () => new HttpAnswer(200, { replaced: true }),
        },
      ],
    });
    try {
      const res = await fetch(`${other.url}/repos/${REPO}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ replaced: true });
      // Open to everyone, but an unknown token is still refused.
      const bad = await fetch(`${other.url}/repos/${REPO}`, { headers: { authorization: 'token nope' } });
      expect(bad.status).toBe(401);
      // The replacement's answer does not match the schema: recorded, as for any route.
      expect(other.violations.map((v) => [v.operationId, v.direction])).toEqual([['repos/get', 'response']]);
    } finally {
      await other.stop();
    }
    await expect(
      startGitHubEmulator({ routes: [{ operationId: 'repos/no-such-thing', handle: () => null }] }),
    ).rejects.toThrow(/repos\/no-such-thing is not an operation of the OpenAPI extract/);
  });

  it('refuses a lying fault for an operation whose route cannot tell it', () => {
    expect(() => gh.faults.add({ operation: 'repos/get', kind: 'unfiltered' })).toThrow(
      /'unfiltered' needs operation actions\/list-workflow-runs, got repos\/get/,
    );
    expect(() => gh.faults.add({ kind: 'wrong-digest' })).toThrow(
      /'wrong-digest' needs operation repos\/upload-release-asset, got none/,
    );
    expect(gh.faults.active).toEqual([]);
  });
});

describe('GitHub emulator: web downloads', () => {
  it('serves browser_download_url of a published release without a token, never of a draft', async () => {
    const published = gh.state.addRelease(REPO, { tagName: 'v1.0.0' });
    gh.state.addAsset(published.id, 'a.txt', 'published bytes');
    const draft = gh.state.addRelease(REPO, { tagName: 'v2.0.0', draft: true });
    gh.state.addAsset(draft.id, 'b.txt', 'draft bytes');
    const release = (await api(`/repos/${REPO}/releases/${published.id}`)).body;
    const res = await fetch(release.assets[0].browser_download_url);
    expect(await res.text()).toBe('published bytes');
    const hidden = (await api(`/repos/${REPO}/releases/${draft.id}`)).body;
    expect((await fetch(hidden.assets[0].browser_download_url)).status).toBe(404);
    expect((await fetch(`${gh.url}/${REPO}/releases/download/v2.0.0/b.txt`)).status).toBe(404);
  });
});
