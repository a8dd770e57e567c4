/*
 * The OCI client against a registry that lies (src/emulator/oci-registry): each check of the
 * client has a case here where it must say no, and the registry features distribution 2.8 lacks
 * (a referrers API, paged tag lists, a GHCR-like token realm) are exercised.
 */
import { OciClient } from '../../../src/core/oci/client.js';
import { OCI_INDEX, OCI_MANIFEST, sha256Digest } from '../../../src/core/oci/media-types.js';
import { attachReferrer, listReferrers, referrersTag } from '../../../src/core/oci/referrers.js';
import {
  startOciRegistryEmulator,
  type OciRegistryEmulator,
} from '../../../src/emulator/oci-registry/index.js';
import { type TestImage, testImage } from '../../helpers/oci-layout.js';

let emulators: OciRegistryEmulator[] = [];
afterEach(async () => {
  await Promise.all(emulators.map((e) => e.stop()));
  emulators = [];
});
async function registry(
  options: Parameters<typeof startOciRegistryEmulator>[0] = {},
): Promise<OciRegistryEmulator> {
  const emulator = await startOciRegistryEmulator(options);
  emulators.push(emulator);
  return emulator;
}

/** Waits the client was asked to make, recorded instead of slept. */
function fastClient(host: string, extra: Partial<ConstructorParameters<typeof OciClient>[0]> = {}) {
  const waits: number[] = [];
  const client = new OciClient({
    registry: host,
    http: { backoffMs: 1, sleep: async (ms) => void waits.push(ms) },
    ...extra,
  });
  return { client, waits };
}

async function push(c: OciClient, repository: string, image: TestImage, tag: string): Promise<void> {
  for (const b of image.blobs) await c.pushBlob(repository, b.bytes);
  for (const m of image.manifests) await c.putManifest(repository, m.digest, m.bytes, m.mediaType);
  await c.putManifest(repository, tag, image.index.bytes, OCI_INDEX);
}

describe('a Docker-Content-Digest that lies', () => {
  it('is not believed on a read: the digest is the sha256 of the bytes served', async () => {
    const reg = await registry();
    const { client } = fastClient(reg.host);
    const image = testImage('lie-read');
    await push(client, 'o/app', image, '1.0.0');
    reg.faults.add({ target: 'manifest', method: 'GET', fault: { kind: 'lying-digest' } });
    const got = await client.requireManifest('o/app', '1.0.0');
    expect(got.digest).toBe(image.index.digest);
    expect(reg.faults.count('lying-digest')).toBe(1);
  });

  it('on a manifest PUT is refused: the registry says it stored something else', async () => {
    const reg = await registry();
    const { client } = fastClient(reg.host);
    const image = testImage('lie-put');
    for (const b of image.blobs) await client.pushBlob('o/app', b.bytes);
    reg.faults.add({ target: 'manifest', method: 'PUT', fault: { kind: 'lying-digest' }, times: 1 });
    await expect(
      client.putManifest('o/app', 'v1', image.manifests[0].bytes, OCI_MANIFEST),
    ).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
      message: expect.stringContaining(`not ${image.manifests[0].digest} (the sha256 of the bytes sent)`),
    });
  });

  it('on a blob upload is refused', async () => {
    const reg = await registry();
    const { client } = fastClient(reg.host);
    reg.faults.add({ target: 'upload', method: 'PUT', fault: { kind: 'lying-digest' } });
    await expect(client.pushBlob('o/app', Buffer.from('layer'))).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
    });
  });
});

describe('a body that does not hash to the digest', () => {
  it('is refused for a manifest read by digest, with the digest it does hash to', async () => {
    const reg = await registry();
    const { client } = fastClient(reg.host);
    const image = testImage('wrong-body');
    await push(client, 'o/app', image, '1.0.0');
    reg.faults.add({ target: 'manifest', method: 'GET', fault: { kind: 'wrong-body' } });
    await expect(client.getManifest('o/app', image.index.digest)).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
      message: expect.stringContaining('not the digest asked for'),
    });
  });

  it('is refused for a blob', async () => {
    const reg = await registry();
    const { client } = fastClient(reg.host);
    const { digest } = await client.pushBlob('o/app', Buffer.from('config bytes'));
    reg.faults.add({ target: 'blob', method: 'GET', fault: { kind: 'wrong-body' } });
    await expect(client.getBlob('o/app', digest)).rejects.toMatchObject({ code: 'DIGEST_MISMATCH' });
  });
});

describe('a manifest served as another type than it declares', () => {
  it('is refused: an index read as a single manifest (or the reverse) would be read by the wrong rules', async () => {
    const reg = await registry();
    const { client } = fastClient(reg.host);
    const image = testImage('rewrapped');
    await push(client, 'o/app', image, '1.0.0');
    const manifest = image.manifests[0];
    // Stored with the index's content type, as a registry that re-wraps what it serves would.
    reg.state
      .repository('o/app')
      .manifests.set(manifest.digest, { bytes: manifest.bytes, mediaType: OCI_INDEX });
    await expect(client.getManifest('o/app', manifest.digest)).rejects.toMatchObject({
      code: 'BAD_ANSWER',
      message: expect.stringContaining(
        'was served as "application/vnd.oci.image.index.v1+json" but its mediaType is',
      ),
    });
  });
});

describe('tag lists', () => {
  it('follows Link pages to the end, one request per page of 1000', async () => {
    const reg = await registry({ tagPageSize: 1000 });
    const { client } = fastClient(reg.host);
    const image = testImage('tags');
    await push(client, 'o/app', image, 'seed');
    const repo = reg.state.repository('o/app');
    for (let i = 0; i < 2500; i++) repo.tags.set(`1.0.${i}`, image.index.digest);
    const before = reg.count('tags');
    const tags = await client.listTags('o/app');
    expect(tags).toHaveLength(2501);
    expect(new Set(tags).size).toBe(2501);
    expect(reg.count('tags') - before).toBe(3);
  });

  it('reads an unsorted list without pagination whole', async () => {
    const reg = await registry();
    const { client } = fastClient(reg.host);
    const image = testImage('unsorted');
    await push(client, 'o/app', image, 'b');
    await client.putManifest('o/app', 'a', image.index.bytes, OCI_INDEX);
    await client.putManifest('o/app', 'c', image.index.bytes, OCI_INDEX);
    expect(await client.listTags('o/app')).toEqual(['c', 'a', 'b']);
  });
});

describe('a working referrers API', () => {
  it('is used: the referrer is attached without any index tag, and listed by the API with the filter', async () => {
    const reg = await registry({ referrersApi: true });
    const { client } = fastClient(reg.host);
    const image = testImage('referrers');
    await push(client, 'o/app', image, '1.0.0');
    const empty = Buffer.from('{}');
    await client.pushBlob('o/app', empty);
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: sha256Digest(empty), size: 2 },
        layers: [],
        subject: { mediaType: OCI_INDEX, digest: image.index.digest, size: image.index.bytes.length },
      }),
    );
    const attached = await attachReferrer(client, 'o/app', image.index.digest, {
      bytes: manifest,
      mediaType: OCI_MANIFEST,
    });
    expect(attached).toEqual({ digest: sha256Digest(manifest), via: 'api', indexWrites: 0 });
    expect(reg.state.repository('o/app').tags.has(referrersTag(image.index.digest))).toBe(false);
    const found = await listReferrers(
      client,
      'o/app',
      image.index.digest,
      'application/vnd.dev.sigstore.bundle.v0.3+json',
    );
    expect(found.source).toBe('api');
    expect(found.descriptors.map((d) => d.digest)).toEqual([attached.digest]);
    expect(
      (await listReferrers(client, 'o/app', image.index.digest, 'application/other')).descriptors,
    ).toEqual([]);
  });
});

describe('a referrers API that answers with something else than an index', () => {
  it('is taken for no API: the fallback tag index is written and read (GHCR 303s some of these)', async () => {
    const reg = await registry({ referrersApi: 'redirect' });
    const { client } = fastClient(reg.host);
    const image = testImage('redirect');
    await push(client, 'o/app', image, '1.0.0');
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        config: {
          mediaType: 'application/vnd.oci.empty.v1+json',
          digest: sha256Digest(Buffer.from('{}')),
          size: 2,
        },
        layers: [],
        subject: { mediaType: OCI_INDEX, digest: image.index.digest, size: image.index.bytes.length },
      }),
    );
    const attached = await attachReferrer(
      client,
      'o/app',
      image.index.digest,
      { bytes: manifest, mediaType: OCI_MANIFEST },
      { settleMs: 1 },
    );
    expect(attached.via).toBe('tag');
    const found = await listReferrers(client, 'o/app', image.index.digest);
    expect(found).toEqual({
      source: 'tag',
      descriptors: [expect.objectContaining({ digest: attached.digest })],
    });
    expect(reg.log.some((e) => e.target === 'referrers' && e.status === 303)).toBe(true);
  });

  it('refuses a repository or reference outside the grammar before it becomes a URL path', async () => {
    const reg = await registry();
    const { client } = fastClient(reg.host);
    await expect(client.getManifest('o/app', '../../v2/other/manifests/x')).rejects.toMatchObject({
      code: 'BAD_REFERENCE',
    });
    await expect(client.getManifest('o/../app', 'latest')).rejects.toMatchObject({ code: 'BAD_REFERENCE' });
    await expect(client.getBlob('o/app', 'sha256:x?y')).rejects.toMatchObject({ code: 'BAD_REFERENCE' });
    await expect(client.listTags('O/App')).rejects.toMatchObject({ code: 'BAD_REFERENCE' });
    expect(reg.log).toHaveLength(0);
  });

  it('refuses a subject that is not a sha256 digest before asking anything', async () => {
    const reg = await registry();
    const { client } = fastClient(reg.host);
    await expect(listReferrers(client, 'o/app', 'sha256:../../x')).rejects.toMatchObject({
      code: 'BAD_REFERENCE',
    });
    expect(reg.log).toHaveLength(0);
  });
});

describe('429 with Retry-After', () => {
  it('waits what the registry asked for, then reads', async () => {
    const reg = await registry();
    const { client, waits } = fastClient(reg.host);
    const image = testImage('rate');
    await push(client, 'o/app', image, '1.0.0');
    reg.faults.add({
      target: 'manifest',
      method: 'GET',
      fault: { kind: 'rate-limit', retryAfter: 7 },
      times: 2,
    });
    expect((await client.requireManifest('o/app', '1.0.0')).digest).toBe(image.index.digest);
    expect(waits).toEqual([7000, 7000]);
  });

  it('fails at once when the wait asked for is over the limit', async () => {
    const reg = await registry();
    const { client } = fastClient(reg.host, {});
    reg.faults.add({ target: 'manifest', fault: { kind: 'rate-limit', retryAfter: 3600 } });
    await expect(client.getManifest('o/app', 'x')).rejects.toMatchObject({ code: 'WAIT_TOO_LONG' });
    expect(reg.count('manifest')).toBe(1);
  });
});

describe('a GHCR-like token realm', () => {
  const auth = { users: { actor: 'ghs_token' }, anonymousPull: true };

  it('pulls anonymously, pushes with credentials, and asks again once when a token expires', async () => {
    const reg = await registry({ auth });
    const image = testImage('ghcr');
    const { client: writer } = fastClient(reg.host, {
      credentials: { username: 'actor', password: 'ghs_token' },
    });
    await push(writer, 'o/app', image, '1.0.0');
    const { client: reader } = fastClient(reg.host);
    expect((await reader.requireManifest('o/app', '1.0.0')).digest).toBe(image.index.digest);
    expect(reader.auth.tokenRequests).toBe(1);
    reg.faults.add({ target: 'manifest', method: 'GET', fault: { kind: 'expired-token' }, times: 1 });
    expect((await reader.requireManifest('o/app', '1.0.0')).digest).toBe(image.index.digest);
    expect(reader.auth.tokenRequests).toBe(2);
  });

  it('ends an anonymous push, and a token that keeps expiring, as the known failure', async () => {
    const reg = await registry({ auth });
    const { client } = fastClient(reg.host);
    await expect(client.pushBlob('o/app', Buffer.from('x'))).rejects.toMatchObject({ code: 'REGISTRY_AUTH' });
    reg.faults.add({ target: 'manifest', fault: { kind: 'expired-token' } });
    await expect(client.getManifest('o/app', 'latest')).rejects.toMatchObject({
      code: 'REGISTRY_AUTH',
      fix: expect.stringContaining('`registry-username`, `registry-password`'),
    });
  });
});
