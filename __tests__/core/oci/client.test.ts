/*
 * The OCI client against the real registry (distribution 2.8 on loopback, one for the file):
 * an image written as an OCI layout is pushed and read back byte for byte, non-canonical JSON
 * keeps its digest, a wrong digest is refused, tags are listed.
 */
import { OciClient } from '../../../src/core/oci/client.js';
import { OciError } from '../../../src/core/oci/errors.js';
import { OCI_INDEX, OCI_MANIFEST, sha256Digest } from '../../../src/core/oci/media-types.js';
import { readLayout, type TestImage, testImage, writeLayout } from '../../helpers/oci-layout.js';
import { startOciRegistry } from '../../helpers/oci-registry.js';
import { useServer } from '../../helpers/servers.js';
import { workspace } from '../../helpers/workspace.js';

const registry = useServer('registry', () => startOciRegistry());
const client = () => new OciClient({ registry: registry.host });

/** Pushes an image as a release job would: blobs, then each manifest by digest, then the index under `tag`. */
async function push(c: OciClient, repository: string, image: TestImage, tag: string): Promise<string> {
  for (const b of image.blobs) await c.pushBlob(repository, b.bytes);
  for (const m of image.manifests) await c.putManifest(repository, m.digest, m.bytes, m.mediaType);
  return (await c.putManifest(repository, tag, image.index.bytes, OCI_INDEX)).digest;
}

describe('OciClient against the real registry', () => {
  it('pushes an OCI layout and reads every byte back as written', async () => {
    const dir = workspace({}, 'layout');
    writeLayout(dir, testImage('roundtrip'), '1.0.0');
    const image = readLayout(dir);
    const writer = client();
    const digest = await push(writer, 'team/app', image, '1.0.0');
    expect(digest).toBe(image.index.digest);
    const pushRequests = writer.requests;

    const reader = client();
    const byTag = await reader.requireManifest('team/app', '1.0.0');
    expect(byTag.digest).toBe(image.index.digest);
    expect(byTag.mediaType).toBe(OCI_INDEX);
    expect(byTag.bytes.equals(image.index.bytes)).toBe(true);
    for (const m of image.manifests) {
      const got = await reader.requireManifest('team/app', m.digest);
      expect(got.bytes.equals(m.bytes)).toBe(true);
      expect(got.mediaType).toBe(OCI_MANIFEST);
    }
    for (const b of image.blobs)
      expect((await reader.getBlob('team/app', b.digest)).equals(b.bytes)).toBe(true);
    // The request counts of the measure (2 platforms: 4 blobs, 2 manifests, 1 index).
    console.log(`push: ${pushRequests} requests; read back: ${reader.requests} requests`);
    expect(pushRequests).toBe(4 * 3 + 3);
    expect(reader.requests).toBe(1 + 2 + 4);

    // A second push sends no blob again: each is found by HEAD.
    const again = client();
    await push(again, 'team/app', image, '1.0.0');
    expect(again.requests).toBe(4 + 3);
  });

  it('keeps the digest of non-canonical JSON (spaces, key order): the bytes are never re-serialised', async () => {
    const image = testImage('spaced', { canonical: false });
    expect(image.index.bytes.toString()).toContain('\n   ');
    const c = client();
    await push(c, 'team/spaced', image, 'a');
    await c.putManifest('team/spaced', 'b', image.index.bytes, OCI_INDEX);
    const a = await c.requireManifest('team/spaced', 'a');
    const b = await c.requireManifest('team/spaced', 'b');
    expect(a.digest).toBe(image.index.digest);
    expect(b.digest).toBe(image.index.digest);
    expect(a.bytes.equals(image.index.bytes)).toBe(true);
    // The same document compacted is another digest: the digest belongs to the bytes.
    expect(sha256Digest(Buffer.from(JSON.stringify(JSON.parse(image.index.bytes.toString()))))).not.toBe(
      image.index.digest,
    );
  });

  it('refuses to write bytes under a digest that is not theirs, and nothing is written', async () => {
    const image = testImage('wrong');
    const c = client();
    await push(c, 'team/wrong', image, 'x');
    const other = image.manifests[1].digest;
    await expect(
      c.putManifest('team/wrong', other, image.manifests[0].bytes, OCI_MANIFEST),
    ).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
    });
    expect((await c.requireManifest('team/wrong', other)).bytes.equals(image.manifests[1].bytes)).toBe(true);
  });

  it('refuses to write a manifest as another type than it declares, sending nothing', async () => {
    const c = client();
    const image = testImage('declared');
    const before = c.requests;
    await expect(c.putManifest('team/declared', 'x', image.index.bytes, OCI_MANIFEST)).rejects.toMatchObject({
      code: 'BAD_MANIFEST',
    });
    await expect(
      c.putManifest('team/declared', 'x', Buffer.from('not json'), OCI_MANIFEST),
    ).rejects.toMatchObject({
      code: 'BAD_MANIFEST',
    });
    expect(c.requests).toBe(before);
  });

  it('says a manifest or blob that is not there is missing, and HEAD agrees with GET', async () => {
    const c = client();
    const absent = sha256Digest(Buffer.from('absent'));
    expect(await c.getManifest('team/app', absent)).toBeUndefined();
    expect(await c.hasManifest('team/app', absent)).toBe(false);
    expect(await c.hasBlob('team/app', absent)).toBe(false);
    await expect(c.getBlob('team/app', absent)).rejects.toBeInstanceOf(OciError);
    const image = testImage('head');
    await push(c, 'team/head', image, 'h');
    expect(await c.hasManifest('team/head', image.index.digest)).toBe(true);
    expect(await c.hasManifest('team/head', 'h')).toBe(true);
    expect(await c.hasBlob('team/head', image.blobs[0].digest)).toBe(true);
  });

  it('mounts a blob from another repository instead of uploading it', async () => {
    const c = client();
    const image = testImage('mount');
    await push(c, 'team/source', image, 'm');
    const mounted = await c.pushBlob('team/target', image.blobs[1].bytes, { mountFrom: 'team/source' });
    expect(mounted).toEqual({ digest: image.blobs[1].digest, uploaded: false, mounted: true });
    expect((await c.getBlob('team/target', image.blobs[1].digest)).equals(image.blobs[1].bytes)).toBe(true);
  });

  it('lists every tag of a registry that ignores n and sends no Link, in one request', async () => {
    const c = client();
    const image = testImage('tags');
    await push(c, 'team/tags', image, '1.0.0');
    for (const tag of ['1.1.0', 'latest', '1', '1.1'])
      await c.putManifest('team/tags', tag, image.index.bytes, OCI_INDEX);
    const before = c.requests;
    expect((await c.listTags('team/tags')).sort()).toEqual(['1', '1.0.0', '1.1', '1.1.0', 'latest']);
    expect(c.requests - before).toBe(1);
    expect(await c.listTags('team/never-pushed')).toEqual([]);
  });
});
