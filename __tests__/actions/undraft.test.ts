/*
 * undraft runs from its dist bundle, as a runner runs it, against the loopback GitHub emulator
 * (every exchange validated against GitHub's OpenAPI description) and the local Sigstore.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_TOKEN, type Release } from '../../src/emulator/github/index.js';
import { startSigstore } from '../../src/emulator/sigstore/index.js';
import { runAction, visibleText, type RunOptions, type RunResult } from '../../src/emulator/runner.js';
import { SigningSession } from '../../src/core/sigstore/sign.js';
import { staticIdentityProvider } from '../../src/core/sigstore/oidc.js';
import { useGitHub, tagPushContext } from '../helpers/github.js';
import { workspace as workspaceWith } from '../helpers/workspace.js';
import { useServer } from '../helpers/servers.js';

const root = path.resolve(import.meta.dirname, '../..');
// One emulator for the file; each test's exchanges must match GitHub's OpenAPI description.
const emu = useGitHub({ scope: 'all' });
let counter = 0;

const sigstore = useServer('sigstore', startSigstore);
const scratch = workspaceWith({}, 'undraft');

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

interface Fixture {
  repository: string;
  commit: string;
  workspace: string;
  draft: Release;
  tag: string;
}

const APP = 'app tarball bytes\n';
const SBOM = '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[]}\n';

/** A fresh repository with an annotated tag and a draft targeting its commit, holding `assets`. */
function fixture(
  assets: Record<string, string | Buffer>,
  options: { tag?: string; immutable?: boolean; workspace?: Record<string, string> } = {},
): Fixture {
  const tag = options.tag ?? 'v1.2.3';
  const repository = `octo-org/undraft-${++counter}`;
  emu.state.addRepo(repository, { immutableReleases: options.immutable ?? false });
  const commit = emu.state.commit(repository, { branch: 'main', message: 'release commit' });
  emu.state.annotatedTag(repository, tag, commit);
  const draft = emu.state.addRelease(repository, {
    tagName: tag,
    draft: true,
    targetCommitish: commit,
    body: 'draft body',
  });
  for (const [name, bytes] of Object.entries(assets)) emu.state.addAsset(draft.id, name, bytes);
  return { repository, commit, workspace: workspaceWith(options.workspace), draft, tag };
}

/** A complete draft: an app with its bundle, a SHA256SUMS, an SBOM (no bundle needed). */
function completeAssets(app = APP): Record<string, string> {
  return {
    'app.tgz': app,
    'app.tgz.sigstore.json': '{"not":"verified unless verify-signatures"}',
    SHA256SUMS: `${sha256(app)}  app.tgz\n`,
    'sbom.cdx.json': SBOM,
  };
}

async function run(
  fx: Fixture,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  context: Partial<RunOptions> = {},
): Promise<RunResult> {
  const result = await runAction('undraft', {
    ...context,
    root,
    workspace: fx.workspace,
    ...tagPushContext(emu, fx),
    inputs,
    env: { SEALED_RELEASE_POLL_MS: '50', ...env },
    timeoutMs: 60_000,
  });
  expect(visibleText(result)).not.toContain(DEFAULT_TOKEN);
  return result;
}

function release(fx: Fixture): Release {
  const all = emu.state.repo(fx.repository).releases.filter((r) => r.tagName === fx.tag);
  expect(all).toHaveLength(1);
  return all[0];
}

/** Requests that would change the repository's releases. */
function writes(fx: Fixture): string[] {
  const [owner, name] = fx.repository.split('/');
  return emu.log
    .filter((e) => e.method !== 'GET' && e.path.startsWith(`/repos/${owner}/${name}/`))
    .map((e) => `${e.method} ${e.operationId}`);
}

const EXPECTED = 'app.tgz\nSHA256SUMS\nsbom.cdx.json';

describe('undraft: publishing a complete draft', () => {
  it('publishes with the notes, latest by SemVer, re-reads it, and a re-run is a no-op', async () => {
    const fx = fixture(completeAssets(), {
      workspace: { 'NOTES.md': '## 1.2.3\n\nFixes.\n', SHA256SUMS: `${sha256(APP)}  dist/app.tgz\n` },
    });
    // An older stable release: 1.2.3 is higher, so it becomes latest.
    const older = emu.state.addRelease(fx.repository, { tagName: 'v1.2.2' });
    emu.state.repo(fx.repository).latestReleaseId = older.id;

    const r = await run(fx, {
      'expected-assets': EXPECTED,
      exact: 'true',
      sha256sums: 'SHA256SUMS',
      'notes-path': 'NOTES.md',
      'append-notes': 'Verify with sigstore.',
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rel = release(fx);
    expect(rel).toMatchObject({
      draft: false,
      prerelease: false,
      body: '## 1.2.3\n\nFixes.\n\nVerify with sigstore.',
    });
    expect(emu.state.repo(fx.repository).latestReleaseId).toBe(rel.id);
    expect(r.outputs).toMatchObject({
      'release-id': String(rel.id),
      published: 'true',
      'made-latest': 'true',
      'already-published': 'false',
      immutable: 'false',
      'attestation-verified': 'false',
      'attestation-path': '',
    });
    for (const row of [
      'release',
      'tag and commit',
      'asset states',
      'expected: app.tgz',
      'exact',
      'signatures present',
      'sha256sums',
      'latest',
      'publish',
      'published release',
      'release attestation',
    ]) {
      expect(r.summary).toContain(`| ${row} | ✅ pass |`);
    }
    expect(writes(fx)).toEqual(['PATCH repos/update-release']);

    const again = await run(fx, {
      'expected-assets': EXPECTED,
      exact: 'true',
      sha256sums: 'SHA256SUMS',
      'notes-path': 'NOTES.md',
    });
    expect(again.code).toBe(0);
    expect(again.outputs).toMatchObject({
      published: 'true',
      'already-published': 'true',
      'made-latest': 'false',
    });
    expect(writes(fx)).toEqual(['PATCH repos/update-release']);
    expect(again.summary).toContain('already published');
  });

  it('a back-port patch release is published but not latest (SemVer, not dates)', async () => {
    const fx = fixture(completeAssets(), { tag: 'v1.4.9' });
    const newer = emu.state.addRelease(fx.repository, { tagName: 'v2.0.0' });
    emu.state.addRelease(fx.repository, { tagName: 'v3.0.0-rc.1', prerelease: true });
    emu.state.repo(fx.repository).latestReleaseId = newer.id;
    const r = await run(fx, { 'expected-assets': EXPECTED });
    expect(r.code).toBe(0);
    expect(release(fx).draft).toBe(false);
    expect(emu.state.repo(fx.repository).latestReleaseId).toBe(newer.id);
    expect(r.outputs).toMatchObject({ published: 'true', 'made-latest': 'false' });
    expect(r.summary).toMatch(/v1\.4\.9 &lt; highest published stable v2\.0\.0/);
  });

  it('a prerelease is published as a prerelease and not latest', async () => {
    const fx = fixture(completeAssets(), { tag: 'v1.3.0-rc.1' });
    const stable = emu.state.addRelease(fx.repository, { tagName: 'v1.2.0' });
    emu.state.repo(fx.repository).latestReleaseId = stable.id;
    const r = await run(fx, { 'expected-assets': EXPECTED });
    expect(r.code).toBe(0);
    expect(release(fx)).toMatchObject({ draft: false, prerelease: true });
    expect(emu.state.repo(fx.repository).latestReleaseId).toBe(stable.id);
    expect(r.outputs['made-latest']).toBe('false');
  });

  it('make-latest false and prerelease true are obeyed; notes come from RUNNER_TEMP (the guard writes them there)', async () => {
    const fx = fixture(completeAssets(), { tag: 'v9.0.0' });
    const runnerTemp = fs.mkdtempSync(path.join(scratch, 'runner-temp-'));
    const notes = path.join(runnerTemp, 'release-notes.md');
    fs.writeFileSync(notes, 'From the guard.\n');
    const result = await run(
      fx,
      { 'expected-assets': EXPECTED, 'make-latest': 'false', prerelease: 'true', 'notes-path': notes },
      {},
      { runnerTemp },
    );
    expect(result.code).toBe(0);
    expect(release(fx)).toMatchObject({ draft: false, prerelease: true, body: 'From the guard.\n' });
    expect(emu.state.repo(fx.repository).latestReleaseId).toBeNull();
    expect(result.outputs['made-latest']).toBe('false');
  });

  it('a tag that is not SemVer cannot decide prerelease/latest on auto: a configuration error, nothing written', async () => {
    const fx = fixture(completeAssets(), { tag: 'release-2026' });
    const r = await run(fx, { 'expected-assets': EXPECTED });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Configuration error: Tag 'release-2026' is not a SemVer version/);
    expect(writes(fx)).toEqual([]);
    const forced = await run(fx, { 'expected-assets': EXPECTED, prerelease: 'false', 'make-latest': 'true' });
    expect(forced.code).toBe(0);
    expect(release(fx).draft).toBe(false);
  });

  it('a publish whose answer is lost after GitHub applied it converges in the same run', async () => {
    const fx = fixture(completeAssets());
    const [owner, name] = fx.repository.split('/');
    emu.faults.add({
      operation: 'repos/update-release',
      kind: 'truncate',
      bytes: 10,
      when: (_q, _m, p) => p.startsWith(`/repos/${owner}/${name}/`),
    });
    const r = await run(fx, { 'expected-assets': EXPECTED });
    expect(r.code).toBe(0);
    expect(release(fx).draft).toBe(false);
    expect(r.summary).toMatch(/the publish request failed .* but the release is published/);
    const again = await run(fx, { 'expected-assets': EXPECTED });
    expect(again.code).toBe(0);
    expect(again.outputs['already-published']).toBe('true');
  });

  it('published by another run between the checks and the publish: checked, not published again', async () => {
    const fx = fixture(completeAssets());
    const [owner, name] = fx.repository.split('/');
    let lists = 0;
    emu.onRequest((entry) => {
      // The second listing is the make-latest one, right before the pre-publish re-read.
      if (entry.operationId !== 'repos/list-releases' || !entry.path.startsWith(`/repos/${owner}/${name}/`))
        return;
      if (++lists === 2) {
        const draft = emu.state.repo(fx.repository).releases.find((r) => r.id === fx.draft.id)!;
        draft.draft = false;
        draft.publishedAt = emu.state.now();
      }
    });
    const r = await run(fx, { 'expected-assets': EXPECTED });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({
      published: 'true',
      'already-published': 'true',
      'made-latest': 'false',
    });
    expect(r.summary).toMatch(/published meanwhile by a concurrent run .*; not published again/);
    expect(writes(fx)).toEqual([]);
  });

  it('two concurrent runs end with one published release, both succeeding', async () => {
    const fx = fixture(completeAssets());
    const [a, b] = await Promise.all([
      run(fx, { 'expected-assets': EXPECTED }),
      run(fx, { 'expected-assets': EXPECTED }),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const rel = release(fx);
    expect(rel.draft).toBe(false);
    expect(rel.assets.map((x) => x.name).sort()).toEqual(Object.keys(completeAssets()).sort());
    // At least one run published it; a run that found it published did not publish again.
    const publishers = [a, b].filter((x) => x.outputs['already-published'] === 'false');
    expect(publishers.length).toBeGreaterThanOrEqual(1);
    expect(writes(fx).length).toBe(publishers.length);
  });
});

describe('undraft: refusals leave the draft untouched', () => {
  const refused = async (
    fx: Fixture,
    inputs: Record<string, string>,
    pattern: RegExp,
  ): Promise<RunResult> => {
    // Everything but the download counter (a check may download an asset to hash it).
    const state = (): string =>
      JSON.stringify(release(fx), (key, value: unknown) => (key === 'downloadCount' ? undefined : value));
    const before = state();
    const r = await run(fx, inputs);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(pattern);
    expect(r.summary).toMatch(pattern);
    expect(state()).toBe(before);
    expect(writes(fx)).toEqual([]);
    expect(r.outputs.published).toBe('false');
    expect(r.summary).toContain('| publish | ❌ fail | not published');
    return r;
  };

  it('one missing asset', async () => {
    const fx = fixture(completeAssets());
    await refused(
      fx,
      { 'expected-assets': `${EXPECTED}\nwindows-*.zip` },
      /expected: windows-\*\.zip \| ❌ fail \| no uploaded asset matches|expected: windows-\*\.zip: no uploaded asset matches/,
    );
  });

  it('a missing bundle', async () => {
    const assets = completeAssets();
    delete (assets as Record<string, string>)['app.tgz.sigstore.json'];
    const fx = fixture(assets);
    await refused(fx, { 'expected-assets': EXPECTED }, /no \.sigstore\.json bundle beside 'app\.tgz'/);
  });

  it('an unexpected asset with exact', async () => {
    // The bundle of an expected asset counts as expected; one of an unexpected asset does not.
    const fx = fixture({ ...completeAssets(), 'debug.log': 'x', 'debug.log.sigstore.json': '{}' });
    await refused(
      fx,
      { 'expected-assets': EXPECTED, exact: 'true' },
      /assets nobody expected: 'debug\.log', 'debug\.log\.sigstore\.json'/,
    );
  });

  it('a sha256sums mismatch, and an asset without a line', async () => {
    const fx = fixture(
      { ...completeAssets(), 'cli.bin': 'cli', 'cli.bin.sigstore.json': '{}' },
      {
        workspace: { SUMS: `${sha256('other bytes')}  app.tgz\n${sha256('x')}  gone.zip\n` },
      },
    );
    const r = await refused(
      fx,
      { 'expected-assets': EXPECTED, sha256sums: 'SUMS' },
      /'app\.tgz' is sha256:[0-9a-f]{64} but line 1 says sha256:/,
    );
    expect(r.summary).toMatch(/'gone\.zip' \(line 2\) is not an uploaded asset/);
    expect(r.summary).toMatch(/no line for 'cli\.bin'/);
  });

  it('an asset without a digest is downloaded and hashed for sha256sums', async () => {
    const fx = fixture({}, { workspace: { SUMS: `${sha256('tampered?')}  app.tgz\n` } });
    emu.state.addAsset(fx.draft.id, 'app.tgz', 'real bytes', { digest: null });
    await refused(
      fx,
      { 'expected-assets': 'app.tgz', 'require-signatures': 'false', sha256sums: 'SUMS' },
      /\(downloaded: no digest reported\)/,
    );
  });

  it('a starter asset (a broken upload)', async () => {
    const fx = fixture(completeAssets());
    emu.state.addAsset(fx.draft.id, 'app.zip', 'partial', { state: 'starter' });
    await refused(fx, { 'expected-assets': EXPECTED }, /not fully uploaded: 'app\.zip' \(starter\)/);
  });

  it('a draft targeting a branch, or a tag that moved after the run started', async () => {
    const fx = fixture(completeAssets());
    emu.state.repo(fx.repository).releases.find((r) => r.id === fx.draft.id)!.targetCommitish = 'main';
    await refused(fx, { 'expected-assets': EXPECTED }, /the release targets 'main', not the tag's commit/);
    const moved = fixture(completeAssets());
    moved.commit = 'f'.repeat(40);
    await refused(moved, { 'expected-assets': EXPECTED }, /the tag moved after the run started/);
  });

  it('two drafts, and no draft', async () => {
    const fx = fixture(completeAssets());
    emu.state.addRelease(fx.repository, { tagName: fx.tag, draft: true, targetCommitish: fx.commit });
    const r = await run(fx, { 'expected-assets': EXPECTED });
    expect(r.code).toBe(1);
    expect(r.summary).toMatch(/has 2 drafts/);
    expect(writes(fx)).toEqual([]);
    const none = fixture({});
    emu.state.repo(none.repository).releases.length = 0;
    const n = await run(none, { 'expected-assets': EXPECTED });
    expect(n.code).toBe(1);
    expect(n.summary).toMatch(/no draft release for tag v1\.2\.3/);
  });

  it('a published release that fails a check fails, and nothing is touched', async () => {
    const fx = fixture(completeAssets());
    emu.state.repo(fx.repository).releases.find((r) => r.id === fx.draft.id)!.draft = false;
    const r = await run(fx, { 'expected-assets': `${EXPECTED}\nmissing.zip` });
    expect(r.code).toBe(1);
    expect(r.summary).toMatch(/is already published: checking it, never changing it/);
    expect(r.stdout).toMatch(/expected: missing\.zip: no uploaded asset matches/);
    expect(writes(fx)).toEqual([]);
  });

  it('every configuration error at once, an undeclared input among them, before any request', async () => {
    const fx = fixture(completeAssets());
    const before = emu.log.length;
    const r = await run(
      fx,
      { 'expected-assets': '', exact: 'yes', 'make-latest': 'sometimes', 'verify-signatures': 'true' },
      { INPUT_EXPECTED_ASSET: 'app.tgz' },
    );
    expect(r.code).toBe(1);
    for (const text of [
      /expected_asset/,
      /'expected-assets' is required/,
      /'exact' must be a boolean/,
      /'make-latest' must be one of/,
      /'certificate-identity' is required/,
    ]) {
      expect(r.stdout).toMatch(text);
    }
    expect(r.stdout).toMatch(/Configuration error/);
    expect(r.summary).toContain('| configuration | ❌ fail |');
    expect(emu.log.length).toBe(before);
  });
});

describe('undraft: verify-signatures', () => {
  async function signedFixture(signer: string): Promise<Fixture> {
    const session = new SigningSession(
      { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
      staticIdentityProvider(sigstore.issueToken({ job_workflow_ref: signer })),
    );
    const bundle = JSON.stringify(await session.signMessage(Buffer.from(APP)));
    return fixture({ ...completeAssets(), 'app.tgz.sigstore.json': bundle });
  }
  const mine = 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3';
  /** undraft verifying each signature against `mine` exactly. */
  const runVerifying = (fx: Parameters<typeof run>[0]) =>
    run(fx, {
      'expected-assets': EXPECTED,
      'verify-signatures': 'true',
      'certificate-identity': `https://github.com/${mine}`,
      'trusted-root': sigstore.trustedRootPath,
    });

  it('passes for the exact identity', async () => {
    const fx = await signedFixture(mine);
    const r = await runVerifying(fx);
    expect(r.code).toBe(0);
    expect(r.summary).toMatch(
      /\| signature: app\.tgz \| ✅ pass \| sha256:[0-9a-f]{64} signed by https:\/\/github\.com\/octo-org/,
    );
  });

  it('refuses a bundle of another identity, and a SAN that only contains the expected one', async () => {
    const fx = await signedFixture('evil-org/evil-repo/.github/workflows/release.yml@refs/tags/v1.2.3');
    const r = await runVerifying(fx);
    expect(r.code).toBe(1);
    expect(r.summary).toMatch(/\| signature: app\.tgz \| ❌ fail \|/);
    expect(release(fx).draft).toBe(true);

    // The SAN https://github.com/<mine>-fork contains the expected identity as a prefix.
    const longer = await signedFixture(`${mine}-fork`);
    const l = await runVerifying(longer);
    expect(l.code).toBe(1);
    expect(release(longer).draft).toBe(true);
  });
});
