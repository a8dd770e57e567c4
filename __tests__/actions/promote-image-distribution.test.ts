/*
 * promote-image's bundle against the real registry (CNCF distribution 2.8 on loopback: no
 * referrers API, so the evidence is found through the `sha256-<hex>` tag index; no
 * compare-and-swap; the tag list unsorted and read whole), the evidence signed by the Sigstore
 * emulator with core's SigningSession and attached with core's attachBundle.
 */
import { OciClient } from '../../src/core/oci/client.js';
import { runAction, type RunResult } from '../../src/emulator/runner.js';
import { startSigstore } from '../../src/emulator/sigstore/index.js';
import { attach, pushImage, session, SIGN, signStatement, SPDX, spdx } from '../core/image/fixture.js';
import { startOciRegistry } from '../helpers/oci-registry.js';
import { useServer } from '../helpers/servers.js';
import { root, workspaceWith } from '../helpers/sigstore.js';

const sigstore = useServer('sigstore', () => startSigstore());
const registry = useServer('registry', () => startOciRegistry());
const failureOf = (r: RunResult) => /^::error::(.*)$/m.exec(r.stdout)?.[1] ?? '';

function promote(digest: string, version: string): Promise<RunResult> {
  return runAction('promote-image', {
    root,
    workspace: workspaceWith({}),
    repository: 'octo-org/octo-repo',
    ref: 'refs/heads/main',
    inputs: {
      image: `${registry.host}/team/app`,
      digest,
      version,
      'certificate-identity': sigstore.identity,
      'trusted-root': sigstore.trustedRootPath,
      require: 'signature\nsbom',
      'attestations-api': 'false',
      platforms: 'linux/amd64\nlinux/arm64',
      'floating-tags': 'latest\nmajor',
    },
    env: { SEALED_RELEASE_RETRY_MS: '1' },
    timeoutMs: 60_000,
  });
}

describe('promote-image against distribution 2.8', () => {
  it('promotes through the tag index, keeps latest on the highest version, and a re-run writes nothing', async () => {
    const client = new OciClient({ registry: registry.host });
    const signer = session(sigstore);
    const images = [];
    for (const seed of ['dist-2.0.0', 'dist-1.5.0']) {
      const image = await pushImage(client, 'team/app', seed, { tag: `build-${seed}` });
      const d = image.index.digest;
      await attach(client, 'team/app', image, await signStatement(signer, d, SIGN), SIGN);
      await attach(client, 'team/app', image, await signStatement(signer, d, SPDX, spdx(2)), SPDX);
      images.push(image);
    }
    const [v2, v15] = images;
    const first = await promote(v2.index.digest, '2.0.0');
    expect(failureOf(first)).toBe('');
    expect(first.outputs).toMatchObject({
      'version-tag': 'created',
      floating: JSON.stringify({ latest: 'moved', '2': 'moved' }),
      writes: '3',
    });
    expect(
      (JSON.parse(first.outputs.verified) as { 'found-by': string }[]).map((v) => v['found-by']),
    ).toEqual(['tag-index', 'tag-index']);
    // An older version afterwards: its version tag and its major tag, never latest.
    const older = await promote(v15.index.digest, '1.5.0');
    expect(failureOf(older)).toBe('');
    expect(older.outputs).toMatchObject({
      floating: JSON.stringify({ latest: 'skipped-older', '1': 'moved' }),
      writes: '2',
    });
    expect((await client.requireManifest('team/app', 'latest')).digest).toBe(v2.index.digest);
    expect((await client.requireManifest('team/app', '1')).digest).toBe(v15.index.digest);
    const again = await promote(v2.index.digest, '2.0.0');
    expect(again.outputs).toMatchObject({ 'version-tag': 'unchanged', writes: '0' });
  });
});
