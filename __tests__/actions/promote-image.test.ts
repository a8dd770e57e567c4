/*
 * promote-image's bundle, spawned as it ships (dist/promote-image/index.js on Node 24 with a
 * runner's environment), against the emulators: an OCI registry (counting every request), the
 * Sigstore emulator (the bundles are signed with core's SigningSession.signDsse and attached with
 * core's attachBundle, as the release workflow's steps do) and the GitHub emulator (git-tag's
 * commit). A multi-arch image with a signature, an SBOM and a provenance is promoted, dry-run
 * first; a re-run writes nothing; the request count stays within the bound; an unsigned
 * digest and a provenance of another commit are refused with nothing written.
 */
import { OciClient } from '../../src/core/oci/client.js';
import { OCI_INDEX } from '../../src/core/oci/media-types.js';
import { runAction, type RunResult } from '../../src/emulator/runner.js';
import { startOciRegistryEmulator } from '../../src/emulator/oci-registry/index.js';
import { startSigstore } from '../../src/emulator/sigstore/index.js';
import {
  attach,
  COMMIT,
  provenance,
  pushImage,
  REPO,
  session,
  SIGN,
  signStatement,
  SLSA,
  SPDX,
  spdx,
} from '../core/image/fixture.js';
import { useGitHub } from '../helpers/github.js';
import { useServer } from '../helpers/servers.js';
import { root, workspaceWith } from '../helpers/sigstore.js';

const sigstore = useServer('sigstore', () => startSigstore());
const registry = useServer('registry', () => startOciRegistryEmulator({ referrersApi: true }));
const gh = useGitHub({
  scope: 'all',
  setup: (g) => {
    g.state.addRepo(REPO);
    g.state.commit(REPO, { sha: COMMIT });
    g.state.lightweightTag(REPO, 'v1.2.3', COMMIT);
  },
});

const failureOf = (r: RunResult) => /^::error::(.*)$/m.exec(r.stdout)?.[1] ?? '';

function promote(inputs: Record<string, string>, sha?: string): Promise<RunResult> {
  return runAction('promote-image', {
    sha,
    root,
    workspace: workspaceWith({}),
    repository: REPO,
    apiUrl: gh.url,
    serverUrl: 'https://github.com',
    ref: 'refs/heads/main', // a promotion started by hand: the commit comes from git-tag
    inputs: {
      'certificate-identity': sigstore.identity,
      'trusted-root': sigstore.trustedRootPath,
      'git-tag': 'v1.2.3',
      'attestations-api': 'false',
      ...inputs,
    },
    env: { SEALED_RELEASE_RETRY_MS: '1', SEALED_RELEASE_THROTTLE: 'false' },
    timeoutMs: 60_000,
  });
}

/** A two-platform image in `repository`, signed, with an SBOM and a provenance at `commit`. */
async function signedImage(repository: string, seed: string, commit = COMMIT) {
  const client = new OciClient({ registry: registry.host });
  const image = await pushImage(client, repository, seed, { tag: `build-${seed}` });
  const signer = session(sigstore);
  const d = image.index.digest;
  await attach(client, repository, image, await signStatement(signer, d, SIGN), SIGN);
  await attach(client, repository, image, await signStatement(signer, d, SPDX, spdx(3)), SPDX);
  await attach(
    client,
    repository,
    image,
    await signStatement(signer, d, SLSA, provenance(undefined, commit)),
    SLSA,
  );
  return image;
}

const tagsOf = (repository: string) => registry.state.repository(repository).tags;
const puts = (from: number) =>
  registry.log.slice(from).filter((e) => e.method === 'PUT' && e.target === 'manifest').length;

describe('promote-image (the bundle)', () => {
  it('resolves source-tag once, and refuses a git-tag that does not exist, writing nothing', async () => {
    const image = await signedImage('team/bytag', 'bytag');
    const ok = await promote({
      image: `${registry.host}/team/bytag`,
      'source-tag': 'build-bytag',
      version: '1.2.3',
    });
    expect(failureOf(ok)).toBe('');
    expect(ok.outputs).toMatchObject({ digest: image.index.digest, 'version-tag': 'created', writes: '2' });
    const mark = registry.log.length;
    const r = await promote({
      image: `${registry.host}/team/bytag`,
      digest: image.index.digest,
      version: '1.2.4',
      'git-tag': 'v1.2.4',
    });
    expect(r.code).toBe(1);
    expect(failureOf(r)).toMatch(/git tag v1\.2\.4 does not exist in octo-org\/octo-repo/);
    expect(registry.log.length).toBe(mark); // refused before the registry was asked anything
  });

  it('promotes a signed multi-arch image: dry-run first, then for real, then a re-run that writes nothing', async () => {
    const repository = 'team/app';
    const image = await signedImage(repository, 'e2e');
    const base = {
      image: `${registry.host}/${repository}`,
      digest: image.index.digest,
      version: '1.2.3',
      platforms: 'linux/amd64\nlinux/arm64',
      'floating-tags': 'latest\nmajor\nminor',
    };
    const tagsBefore = [...tagsOf(repository).keys()];

    let mark = registry.log.length;
    const dry = await promote({ ...base, 'dry-run': 'true' });
    expect(failureOf(dry)).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.outputs).toMatchObject({
      digest: image.index.digest,
      'version-tag': 'created',
      floating: JSON.stringify({ latest: 'moved', '1': 'moved', '1.2': 'moved' }),
      writes: '0',
    });
    expect(puts(mark)).toBe(0);
    expect([...tagsOf(repository).keys()]).toEqual(tagsBefore);

    mark = registry.log.length;
    const first = await promote(base);
    expect(failureOf(first)).toBe('');
    expect(first.code).toBe(0);
    const requests = registry.log.length - mark;
    expect(first.outputs).toMatchObject({
      'version-tag': 'created',
      floating: JSON.stringify({ latest: 'moved', '1': 'moved', '1.2': 'moved' }),
      writes: '4',
    });
    const verified = JSON.parse(first.outputs.verified) as Record<string, string>[];
    expect(verified.map((v) => [v.kind, v['predicate-type'], v['found-by'], v.identity])).toEqual([
      ['signature', SIGN, 'referrers', sigstore.identity],
      ['sbom', SPDX, 'referrers', sigstore.identity],
      ['provenance', SLSA, 'referrers', sigstore.identity],
    ]);
    for (const tag of ['1.2.3', 'latest', '1', '1.2'])
      expect(tagsOf(repository).get(tag)).toBe(image.index.digest);
    expect(first.summary).toMatch(/git tag .*v1\.2\.3 is commit 0123456789abcdef0123456789abcdef01234567/);

    mark = registry.log.length;
    const again = await promote(base);
    expect(again.code).toBe(0);
    const rerunRequests = registry.log.length - mark;
    expect(again.outputs).toMatchObject({
      'version-tag': 'unchanged',
      floating: JSON.stringify({ latest: 'unchanged', '1': 'unchanged', '1.2': 'unchanged' }),
      writes: '0',
    });
    expect(puts(mark)).toBe(0);

    // The bound: P + 2B + ⌈T/1000⌉ + 8 requests, P platforms, B bundles, T tags.
    const P = 2;
    const B = 3;
    const T = tagsBefore.length;
    const bound = P + 2 * B + Math.ceil(T / 1000) + 8;
    console.log(
      `promote-image requests (P=${P}, B=${B}, T=${T}, 3 floating tags): first ${requests}, re-run ${rerunRequests}, bound ${bound}`,
    );
    expect(rerunRequests).toBeLessThanOrEqual(bound);
  });

  it('refuses an unsigned digest, writing nothing', async () => {
    const client = new OciClient({ registry: registry.host });
    const image = await pushImage(client, 'team/unsigned', 'unsigned', { tag: 'build' });
    const mark = registry.log.length;
    const r = await promote({
      image: `${registry.host}/team/unsigned`,
      digest: image.index.digest,
      version: '1.2.3',
    });
    expect(r.code).toBe(1);
    expect(failureOf(r)).toMatch(/is not promoted: .*signature.*Nothing was written/);
    expect(r.outputs).toMatchObject({ writes: '0', 'version-tag': '', verified: '[]' });
    expect(puts(mark)).toBe(0);
    expect(tagsOf('team/unsigned').has('1.2.3')).toBe(false);
  });

  it("refuses a provenance of another commit than git-tag's, writing nothing", async () => {
    const image = await signedImage('team/othercommit', 'other-commit', 'f'.repeat(40));
    const mark = registry.log.length;
    // GITHUB_SHA is the commit the provenance names: it is never taken for git-tag's commit.
    const r = await promote(
      { image: `${registry.host}/team/othercommit`, digest: image.index.digest, version: '1.2.3' },
      'f'.repeat(40),
    );
    expect(r.code).toBe(1);
    expect(failureOf(r)).toMatch(new RegExp(`built from the commit .f{40}., not ${COMMIT}`));
    expect(puts(mark)).toBe(0);
    expect(tagsOf('team/othercommit').has('1.2.3')).toBe(false);
  });

  it('refuses an existing version tag on another digest, writing nothing', async () => {
    const image = await signedImage('team/taken', 'taken');
    const other = await signedImage('team/taken', 'taken-other');
    registry.state.repository('team/taken').tags.set('1.2.3', other.index.digest);
    const mark = registry.log.length;
    const r = await promote({
      image: `${registry.host}/team/taken`,
      digest: image.index.digest,
      version: '1.2.3',
    });
    expect(r.code).toBe(1);
    expect(failureOf(r)).toContain(`1.2.3 already names ${other.index.digest}, not ${image.index.digest}`);
    expect(puts(mark)).toBe(0);
  });

  it('two bundles promoting 1.2.3 and 1.3.0 at once both end with latest on 1.3.0', async () => {
    const repository = 'team/race';
    const low = await signedImage(repository, 'race-low');
    const high = await signedImage(repository, 'race-high');
    const inputs = (digest: string, version: string) => ({
      image: `${registry.host}/${repository}`,
      digest,
      version,
      'floating-tags': 'latest\nminor',
    });
    const [a, b] = await Promise.all([
      promote(inputs(low.index.digest, '1.2.3')),
      promote(inputs(high.index.digest, '1.3.0')),
    ]);
    expect([failureOf(a), failureOf(b)]).toEqual(['', '']);
    expect(tagsOf(repository).get('latest')).toBe(high.index.digest);
    expect(tagsOf(repository).get('1.2')).toBe(low.index.digest);
    expect(tagsOf(repository).get('1.3')).toBe(high.index.digest);
    expect(JSON.parse(b.outputs.floating)).toEqual({ latest: 'moved', '1.3': 'moved' });
    expect(['moved', 'skipped-older']).toContain(JSON.parse(a.outputs.floating).latest);
  });

  it('a version tag re-wrapped by another writer after our write fails the run, and writes says what was written', async () => {
    const repository = 'team/rewrapped';
    const image = await signedImage(repository, 'rewrapped');
    const rewrapped = Buffer.from(`${image.index.bytes.toString()} `);
    let fired = false;
    registry.faults.add({
      target: 'manifest',
      method: 'GET',
      fault: {
        kind: 'meanwhile',
        run: (state) => {
          if (fired || state.repository(repository).tags.get('1.2.3') !== image.index.digest) return;
          fired = true;
          state.putManifest(repository, '1.2.3', rewrapped, OCI_INDEX);
        },
      },
    });
    try {
      const r = await promote({
        image: `${registry.host}/${repository}`,
        digest: image.index.digest,
        version: '1.2.3',
      });
      expect(fired).toBe(true);
      expect(r.code).toBe(1);
      expect(failureOf(r)).toMatch(
        /1\.2\.3 was written with .* but reads back as sha256:[0-9a-f]{64}: another writer changed it meanwhile/,
      );
      expect(r.outputs).toMatchObject({ digest: image.index.digest, writes: '1', 'version-tag': '' });
      expect(tagsOf(repository).has('latest')).toBe(false);
    } finally {
      registry.faults.clear();
    }
  });
});
