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
/** An SBOM sbom-attach accepts: valid CycloneDX 1.6 with one component besides its subject. */
const SBOM =
  JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    metadata: {
      component: { type: 'application', 'bom-ref': 'pkg:npm/app@1.2.3', name: 'app', version: '1.2.3' },
    },
    components: [{ type: 'library', 'bom-ref': 'pkg:npm/semver@7.8.6', name: 'semver', version: '7.8.6' }],
  }) + '\n';

/** Real Sigstore bundles from the loopback Sigstore, one per content (signing takes a moment). */
const bundles = new Map<string, Promise<string>>();
function bundleOf(
  bytes: string | Buffer,
  signer = 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3',
): Promise<string> {
  const key = `${signer}\0${sha256(bytes)}`;
  let found = bundles.get(key);
  if (!found) {
    const session = new SigningSession(
      { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 2 },
      staticIdentityProvider(sigstore.issueToken({ job_workflow_ref: signer })),
    );
    found = session.signMessage(Buffer.from(bytes)).then((b) => JSON.stringify(b));
    bundles.set(key, found);
  }
  return found;
}

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

/**
 * A complete draft: an app and a SHA256SUMS, each with its real bundle (verified only with
 * verify-signatures), and an SBOM (evidence by its content: no bundle needed).
 */
async function completeAssets(
  app = APP,
  sums = `${sha256(app)}  app.tgz\n`,
): Promise<Record<string, string>> {
  return {
    'app.tgz': app,
    'app.tgz.sigstore.json': await bundleOf(app),
    SHA256SUMS: sums,
    'SHA256SUMS.sigstore.json': await bundleOf(sums),
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
    // The SHA256SUMS given is the one on the release, byte for byte: evidence, not a payload.
    const sums = `${sha256(APP)}  dist/app.tgz\n`;
    const fx = fixture(await completeAssets(APP, sums), {
      workspace: { 'NOTES.md': '## 1.2.3\n\nFixes.\n', SHA256SUMS: sums },
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
    const fx = fixture(await completeAssets(), { tag: 'v1.4.9' });
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
    const fx = fixture(await completeAssets(), { tag: 'v1.3.0-rc.1' });
    const stable = emu.state.addRelease(fx.repository, { tagName: 'v1.2.0' });
    emu.state.repo(fx.repository).latestReleaseId = stable.id;
    const r = await run(fx, { 'expected-assets': EXPECTED });
    expect(r.code).toBe(0);
    expect(release(fx)).toMatchObject({ draft: false, prerelease: true });
    expect(emu.state.repo(fx.repository).latestReleaseId).toBe(stable.id);
    expect(r.outputs['made-latest']).toBe('false');
  });

  it('make-latest false and prerelease true are obeyed; notes come from RUNNER_TEMP (the guard writes them there)', async () => {
    const fx = fixture(await completeAssets(), { tag: 'v9.0.0' });
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
    const fx = fixture(await completeAssets(), { tag: 'release-2026' });
    const r = await run(fx, { 'expected-assets': EXPECTED });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Configuration error: Tag 'release-2026' is not a SemVer version/);
    expect(writes(fx)).toEqual([]);
    const forced = await run(fx, { 'expected-assets': EXPECTED, prerelease: 'false', 'make-latest': 'true' });
    expect(forced.code).toBe(0);
    expect(release(fx).draft).toBe(false);
  });

  it('a publish whose answer is lost after GitHub applied it converges in the same run', async () => {
    const fx = fixture(await completeAssets());
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
    const fx = fixture(await completeAssets());
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
    const fx = fixture(await completeAssets());
    const [a, b] = await Promise.all([
      run(fx, { 'expected-assets': EXPECTED }),
      run(fx, { 'expected-assets': EXPECTED }),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const rel = release(fx);
    expect(rel.draft).toBe(false);
    expect(rel.assets.map((x) => x.name).sort()).toEqual(Object.keys(await completeAssets()).sort());
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
    const fx = fixture(await completeAssets());
    await refused(
      fx,
      { 'expected-assets': `${EXPECTED}\nwindows-*.zip` },
      /expected: windows-\*\.zip \| ❌ fail \| no uploaded asset matches|expected: windows-\*\.zip: no uploaded asset matches/,
    );
  });

  it('a missing bundle', async () => {
    const assets = await completeAssets();
    delete (assets as Record<string, string>)['app.tgz.sigstore.json'];
    const fx = fixture(assets);
    await refused(fx, { 'expected-assets': EXPECTED }, /no \.sigstore\.json bundle beside 'app\.tgz'/);
  });

  it('an unexpected asset with exact', async () => {
    // The bundle of an expected asset counts as expected; one of an unexpected asset does not.
    const fx = fixture({ ...(await completeAssets()), 'debug.log': 'x', 'debug.log.sigstore.json': '{}' });
    await refused(
      fx,
      { 'expected-assets': EXPECTED, exact: 'true' },
      /assets nobody expected: 'debug\.log', 'debug\.log\.sigstore\.json'/,
    );
  });

  it('a sha256sums mismatch, and an asset without a line', async () => {
    const fx = fixture(
      { ...(await completeAssets()), 'cli.bin': 'cli', 'cli.bin.sigstore.json': '{}' },
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
    expect(r.summary).toMatch(/no line for .*'cli\.bin'/);
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
    const fx = fixture(await completeAssets());
    emu.state.addAsset(fx.draft.id, 'app.zip', 'partial', { state: 'starter' });
    await refused(fx, { 'expected-assets': EXPECTED }, /not fully uploaded: 'app\.zip' \(starter\)/);
  });

  it('a draft targeting another commit, or a tag that moved after the run started', async () => {
    const fx = fixture(await completeAssets());
    const other = emu.state.commit(fx.repository, { branch: 'main', message: 'after the tag' });
    emu.state.repo(fx.repository).releases.find((r) => r.id === fx.draft.id)!.targetCommitish = other;
    await refused(
      fx,
      { 'expected-assets': EXPECTED },
      new RegExp(`the release targets commit ${other}, not the tag's commit ${fx.commit}`),
    );
    const moved = fixture(await completeAssets());
    moved.commit = 'f'.repeat(40);
    await refused(moved, { 'expected-assets': EXPECTED }, /the tag moved after the run started/);
  });

  it('two drafts, and no draft', async () => {
    const fx = fixture(await completeAssets());
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
    const fx = fixture(await completeAssets());
    emu.state.repo(fx.repository).releases.find((r) => r.id === fx.draft.id)!.draft = false;
    const r = await run(fx, { 'expected-assets': `${EXPECTED}\nmissing.zip` });
    expect(r.code).toBe(1);
    expect(r.summary).toMatch(/is already published: checking it, never changing it/);
    expect(r.stdout).toMatch(/expected: missing\.zip: no uploaded asset matches/);
    expect(writes(fx)).toEqual([]);
  });

  it('every configuration error at once, an undeclared input among them, before any request', async () => {
    const fx = fixture(await completeAssets());
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
    ]) {
      expect(r.stdout).toMatch(text);
    }
    expect(r.stdout).toMatch(/Configuration error/);
    expect(r.summary).toContain('| configuration | ❌ fail |');
    expect(emu.log.length).toBe(before);
  });
});

describe('undraft: evidence is what a file is, not what it is called', () => {
  const refusedWith = async (fx: Fixture, inputs: Record<string, string>): Promise<RunResult> => {
    const r = await run(fx, inputs);
    expect(r.code).toBe(1);
    expect(release(fx).draft).toBe(true);
    expect(writes(fx)).toEqual([]);
    return r;
  };

  it('binaries named like SBOM or checksum tools are payloads: signed and summed, even with exact', async () => {
    const tools = {
      'sbom-tool-linux-x64': '\x7fELF sbom tool',
      b2sum: '\x7fELF b2sum',
      'go-checksum': '\x7fELF go',
    };
    const sums = `${sha256(APP)}  app.tgz\n`;
    const fx = fixture(
      { ...(await completeAssets(APP, sums)), ...tools },
      { workspace: { SHA256SUMS: sums } },
    );
    const r = await refusedWith(fx, {
      'expected-assets': `${EXPECTED}\n${Object.keys(tools).join('\n')}`,
      exact: 'true',
      sha256sums: 'SHA256SUMS',
    });
    for (const name of Object.keys(tools)) {
      expect(r.summary).toMatch(
        new RegExp(`signatures present \\| ❌ fail \\| no \\.sigstore\\.json bundle beside .*'${name}'`),
      );
      expect(r.summary).toMatch(new RegExp(`sha256sums \\| ❌ fail \\| .*no line for .*'${name}'`));
    }
    // The real evidence is still recognised by its content.
    expect(r.summary).toMatch(
      /\| evidence \| ✅ pass \| by content: 2 bundle\(s\) of other assets, 1 SBOM\(s\), the sha256sums file; 4 payload asset\(s\)/,
    );
  });

  it('a bundle of other bytes signs nothing here, and an SBOM-named file that is no SBOM is a payload', async () => {
    const fx = fixture({
      ...(await completeAssets()),
      'app.tgz.sigstore.json': await bundleOf('other bytes'),
      'sbom.cdx.json': '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[]}\n',
    });
    const r = await refusedWith(fx, { 'expected-assets': EXPECTED });
    expect(r.summary).toMatch(
      /no \.sigstore\.json bundle beside 'app\.tgz' \(its 'app\.tgz\.sigstore\.json' is a bundle of sha256:[0-9a-f]{64}, not of 'app\.tgz'/,
    );
    expect(r.summary).toMatch(
      /'sbom\.cdx\.json' \(not an SBOM sbom-attach accepts: "the SBOM lists no component/,
    );
  });

  it('a glob is never met by a bundle alone: the binary it signs must be there', async () => {
    const fx = fixture({
      ...(await completeAssets()),
      'app-linux.tar.gz.sigstore.json': await bundleOf('the linux build that was never uploaded'),
    });
    const r = await refusedWith(fx, {
      'expected-assets': `${EXPECTED}\napp-linux*`,
      'require-signatures': 'false',
    });
    expect(r.summary).toMatch(
      /expected: app-linux\* \| ❌ fail \| no uploaded payload matches, only 'app-linux\.tar\.gz\.sigstore\.json' \(a bundle of 'app-linux\.tar\.gz', which is not on the release\)/,
    );
  });

  it('a glob is met by a payload, or by a bundle whose asset is there; names meet evidence exactly', async () => {
    const fx = fixture(await completeAssets());
    const r = await run(fx, {
      'expected-assets': '*.tgz\n*.tgz.sigstore.json\nsbom.cdx.json\nSHA256SUMS',
      exact: 'true',
    });
    expect(r.code).toBe(0);
    expect(r.summary).toMatch(
      /\| expected: \*\.tgz\.sigstore\.json \| ✅ pass \| matches 'app\.tgz\.sigstore\.json'/,
    );
  });
});

describe('undraft: a draft that targets a branch', () => {
  it("is published once the tag exists, pinned to the tag's commit", async () => {
    // What the web UI, `gh release create --draft` and release-drafter write.
    const fx = fixture(await completeAssets());
    const head = emu.state.commit(fx.repository, { branch: 'main', message: 'main moved on' });
    emu.state.repo(fx.repository).releases.find((r) => r.id === fx.draft.id)!.targetCommitish = 'main';
    const r = await run(fx, { 'expected-assets': EXPECTED });
    expect(r.code).toBe(0);
    expect(r.summary).toMatch(
      /the release targets "main", which GitHub ignores once the tag exists: publishing pins it to/,
    );
    const rel = release(fx);
    expect(rel).toMatchObject({ draft: false, targetCommitish: fx.commit });
    expect(head).not.toBe(fx.commit);
    // Only the publish request could have set it: the draft said 'main'.
    expect(writes(fx)).toEqual(['PATCH repos/update-release']);
    // The tag stays where it was.
    expect(emu.state.peelTag(emu.state.repo(fx.repository), fx.tag)).toBe(fx.commit);
  });
});

describe('undraft: every declared output, on every ending', () => {
  const declared = (): string[] => {
    const text = fs.readFileSync(path.join(root, 'undraft/action.yml'), 'utf8');
    return [...text.slice(text.indexOf('\noutputs:')).matchAll(/^ {2}([a-z0-9-]+):$/gm)]
      .map((m) => m[1])
      .sort();
  };

  it('a glob that matches nothing, and a refused configuration: all declared outputs, nothing else', async () => {
    const fx = fixture(await completeAssets());
    const missing = await run(fx, { 'expected-assets': 'nothing-*.zip' });
    expect(missing.code).toBe(1);
    expect(Object.keys(missing.outputs).sort()).toEqual(declared());
    expect(missing.outputs).toMatchObject({ published: 'false', 'release-id': String(fx.draft.id) });

    const refusedConfig = await run(fx, { 'expected-assets': 'app.tgz', exact: 'maybe' });
    expect(refusedConfig.code).toBe(1);
    expect(Object.keys(refusedConfig.outputs).sort()).toEqual(declared());

    const missingSums = await run(fx, { 'expected-assets': 'app.tgz', sha256sums: 'NOT-THERE' });
    expect(missingSums.code).toBe(1);
    expect(Object.keys(missingSums.outputs).sort()).toEqual(declared());
    expect(release(fx).draft).toBe(true);
  });
});

describe('undraft: verify-signatures', () => {
  async function signedFixture(signer: string): Promise<Fixture> {
    const session = new SigningSession(
      { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 2 },
      staticIdentityProvider(sigstore.issueToken({ job_workflow_ref: signer })),
    );
    const bundle = JSON.stringify(await session.signMessage(Buffer.from(APP)));
    return fixture({ ...(await completeAssets()), 'app.tgz.sigstore.json': bundle });
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

  it('passes for the exact identity, downloading each bundle once', async () => {
    const fx = await signedFixture(mine);
    const r = await runVerifying(fx);
    expect(r.code).toBe(0);
    // Read once to classify it, verified from that same download.
    expect(release(fx).assets.find((a) => a.name === 'app.tgz.sigstore.json')?.downloadCount).toBe(1);
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
