/*
 * Our client and another tool agree, on the real registry: what skopeo pushes from an OCI layout
 * our client reads byte for byte under the same digests, and what our client pushes skopeo copies
 * back into a layout holding the same bytes. Neither side's JSON is re-serialised by the other.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OciClient } from '../../../src/core/oci/client.js';
import { OCI_INDEX } from '../../../src/core/oci/media-types.js';
import { readLayout, testImage, writeLayout } from '../../helpers/oci-layout.js';
import { skopeoCopy, startOciRegistry } from '../../helpers/oci-registry.js';
import { useServer } from '../../helpers/servers.js';
import { workspace } from '../../helpers/workspace.js';

const registry = useServer('registry', () => startOciRegistry());

describe('our client and skopeo on the real registry', () => {
  it('reads what skopeo pushed from a layout, byte for byte', async () => {
    const dir = workspace({}, 'layout');
    const image = testImage('from-skopeo', { canonical: false });
    writeLayout(dir, image, '2.0.0');
    skopeoCopy(`oci:${dir}:2.0.0`, `docker://${registry.host}/team/skopeo:2.0.0`);
    const client = new OciClient({ registry: registry.host });
    const index = await client.requireManifest('team/skopeo', '2.0.0');
    expect(index.digest).toBe(image.index.digest);
    expect(index.bytes.equals(image.index.bytes)).toBe(true);
    for (const m of image.manifests)
      expect((await client.requireManifest('team/skopeo', m.digest)).bytes.equals(m.bytes)).toBe(true);
    for (const b of image.blobs)
      expect((await client.getBlob('team/skopeo', b.digest)).equals(b.bytes)).toBe(true);
  });

  it('pushes what skopeo copies back into a layout with the same bytes, and times both', async () => {
    const image = testImage('to-skopeo', { canonical: false });
    const client = new OciClient({ registry: registry.host });
    const started = performance.now();
    for (const b of image.blobs) await client.pushBlob('team/ours', b.bytes);
    for (const m of image.manifests) await client.putManifest('team/ours', m.digest, m.bytes, m.mediaType);
    await client.putManifest('team/ours', '3.0.0', image.index.bytes, OCI_INDEX);
    const ours = performance.now() - started;
    const dir = workspace({}, 'copied');
    const theirs = skopeoCopy(`docker://${registry.host}/team/ours:3.0.0`, `oci:${dir}:3.0.0`);
    const copied = readLayout(dir);
    expect(copied.index.digest).toBe(image.index.digest);
    expect(copied.index.bytes.equals(image.index.bytes)).toBe(true);
    expect(copied.manifests.map((m) => m.digest)).toEqual(image.manifests.map((m) => m.digest));
    expect(copied.blobs.map((b) => b.digest)).toEqual(image.blobs.map((b) => b.digest));
    expect(fs.existsSync(path.join(dir, 'oci-layout'))).toBe(true);
    console.log(
      `push of a 2-platform index: ours ${ours.toFixed(0)} ms; skopeo copy of it back ${theirs.toFixed(0)} ms`,
    );
  });
});
