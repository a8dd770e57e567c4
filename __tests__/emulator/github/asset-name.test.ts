/*
 * The emulator's asset names: a name that differs from an existing asset's only in case is one
 * name (GitHub's behaviour is undocumented; the emulator fails closed, see asset-name.ts), so an
 * upload or a rename to it is refused as already_exists, never stored as a second asset.
 */
import { DEFAULT_TOKEN } from '../../../src/emulator/github/index.js';
import { githubAssetName, sameAssetName } from '../../../src/emulator/github/asset-name.js';
import { useGitHub } from '../../helpers/github.js';

const gh = useGitHub({ scope: 'all' });
const REPO = 'octo-org/names';

async function upload(releaseId: number, name: string, data: string) {
  const res = await fetch(
    `${gh.uploadUrl}/repos/${REPO}/releases/${releaseId}/assets?name=${encodeURIComponent(name)}`,
    {
      method: 'POST',
      headers: {
        authorization: `token ${DEFAULT_TOKEN}`,
        'content-type': 'application/octet-stream',
        'content-length': String(Buffer.byteLength(data)),
      },
      body: data,
    },
  );
  return { status: res.status, body: (await res.json()) as { id?: number; errors?: { code: string }[] } };
}

describe('asset names that differ only in case', () => {
  it('sameAssetName: case-only differences are one name, anything else is not', () => {
    expect(sameAssetName('App.tar.gz', 'app.tar.gz')).toBe(true);
    expect(sameAssetName('app.tar.gz', 'app.tar.gz')).toBe(true);
    expect(sameAssetName('app.tar.gz', 'app.tgz')).toBe(false);
    expect(githubAssetName('App.tar.gz')).toBe('App.tar.gz');
  });

  it('an upload of App.tar.gz beside app.tar.gz is refused as already_exists, and so is a rename to it', async () => {
    gh.state.addRepo(REPO);
    const commit = gh.state.commit(REPO, { branch: 'main' });
    const release = gh.state.addRelease(REPO, { tagName: 'v1.0.0', draft: true, targetCommitish: commit });
    const first = await upload(release.id, 'app.tar.gz', 'lower\n');
    expect(first.status).toBe(201);
    const second = await upload(release.id, 'App.tar.gz', 'upper\n');
    expect(second.status).toBe(422);
    expect(second.body.errors?.[0]).toMatchObject({ code: 'already_exists' });
    expect(release.assets.map((a) => a.name)).toEqual(['app.tar.gz']);

    const other = await upload(release.id, 'other.bin', 'other\n');
    expect(other.status).toBe(201);
    const rename = await fetch(`${gh.url}/repos/${REPO}/releases/assets/${other.body.id}`, {
      method: 'PATCH',
      headers: { authorization: `token ${DEFAULT_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'APP.TAR.GZ' }),
    });
    expect(rename.status).toBe(422);
    expect(release.assets.map((a) => a.name).sort()).toEqual(['app.tar.gz', 'other.bin']);
  });
});
