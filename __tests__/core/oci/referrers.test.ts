/*
 * Referrers on a registry without the referrers API (distribution 2.8, as GHCR): the fallback
 * `sha256-<hex>` tag index, written by read-modify-write and re-read. Two writers at once must
 * both end in the index.
 */
import { OciClient } from '../../../src/core/oci/client.js';
import { OCI_INDEX, OCI_MANIFEST, sha256Digest } from '../../../src/core/oci/media-types.js';
import { attachReferrer, listReferrers, referrersTag } from '../../../src/core/oci/referrers.js';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startOciRegistryEmulator } from '../../../src/emulator/oci-registry/index.js';
import { testImage } from '../../helpers/oci-layout.js';
import { startOciRegistry } from '../../helpers/oci-registry.js';
import { useServer } from '../../helpers/servers.js';

const registry = useServer('registry', () => startOciRegistry());
const client = () => new OciClient({ registry: registry.host });
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

async function pushImage(c: OciClient, repository: string, seed: string): Promise<string> {
  const image = testImage(seed);
  for (const b of image.blobs) await c.pushBlob(repository, b.bytes);
  for (const m of image.manifests) await c.putManifest(repository, m.digest, m.bytes, m.mediaType);
  return (await c.putManifest(repository, 'v', image.index.bytes, OCI_INDEX)).digest;
}

/** A referrer manifest as cosign v3 and actions/attest write one: the bundle as its one layer. */
async function referrer(c: OciClient, repository: string, subject: string, name: string) {
  const layer = Buffer.from(JSON.stringify({ bundle: name }));
  const empty = Buffer.from('{}');
  await c.pushBlob(repository, layer);
  await c.pushBlob(repository, empty);
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: BUNDLE,
    config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: sha256Digest(empty), size: 2 },
    layers: [{ mediaType: BUNDLE, digest: sha256Digest(layer), size: layer.length }],
    subject: { mediaType: OCI_INDEX, digest: subject, size: 1 },
    annotations: {
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': name,
    },
  };
  return { bytes: Buffer.from(JSON.stringify(manifest)), mediaType: OCI_MANIFEST };
}

describe('referrers through the fallback tag index on the real registry', () => {
  it('names the tag by the referrers tag schema', () => {
    expect(referrersTag(`sha256:${'ab'.repeat(32)}`)).toBe(`sha256-${'ab'.repeat(32)}`);
  });

  it('finds none, then the one attached, with its artifactType and annotations', async () => {
    const c = client();
    const subject = await pushImage(c, 'team/one', 'one');
    expect(await listReferrers(c, 'team/one', subject)).toEqual({ source: 'none', descriptors: [] });
    const attached = await attachReferrer(
      c,
      'team/one',
      subject,
      await referrer(c, 'team/one', subject, 'sig'),
      { settleMs: 5 },
    );
    expect(attached.via).toBe('tag');
    expect(attached.indexWrites).toBe(1);
    const found = await listReferrers(c, 'team/one', subject, BUNDLE);
    expect(found.source).toBe('tag');
    expect(found.descriptors).toEqual([
      {
        mediaType: OCI_MANIFEST,
        digest: attached.digest,
        size: expect.any(Number),
        artifactType: BUNDLE,
        annotations: {
          'dev.sigstore.bundle.content': 'dsse-envelope',
          'dev.sigstore.bundle.predicateType': 'sig',
        },
      },
    ]);
    expect(await listReferrers(c, 'team/one', subject, 'application/other')).toEqual({
      source: 'tag',
      descriptors: [],
    });
    // Attaching again changes nothing.
    const again = await attachReferrer(
      c,
      'team/one',
      subject,
      await referrer(c, 'team/one', subject, 'sig'),
      { settleMs: 5 },
    );
    expect(again).toEqual({ digest: attached.digest, via: 'tag', indexWrites: 0 });
  });

  it('keeps both referrers when two writers read the index before either writes (a barrier forces it)', async () => {
    const c = client();
    const subject = await pushImage(c, 'team/two', 'two');
    const a = await referrer(c, 'team/two', subject, 'a');
    const b = await referrer(c, 'team/two', subject, 'b');
    const proxy = await barrierProxy(registry.url, `/manifests/${referrersTag(subject)}`);
    try {
      const via = () => new OciClient({ registry: proxy.host });
      const [ra, rb] = await Promise.all([
        attachReferrer(via(), 'team/two', subject, a, { settleMs: 20 }),
        attachReferrer(via(), 'team/two', subject, b, { settleMs: 20 }),
      ]);
      const found = await listReferrers(c, 'team/two', subject);
      expect(found.descriptors.map((d) => d.digest).sort()).toEqual([ra.digest, rb.digest].sort());
      // The barrier made one writer lose its first write: it noticed on the re-read and wrote again.
      expect(ra.indexWrites + rb.indexWrites).toBe(3);
    } finally {
      await proxy.stop();
    }
  });

  it('on a registry that honours If-Match, the second writer is refused (412) and adds its entry to the first one', async () => {
    const emulator = await startOciRegistryEmulator({ conditionalWrites: true });
    const proxy = await barrierProxy(emulator.url, '');
    try {
      const c = new OciClient({ registry: emulator.host });
      const subject = await pushImage(c, 'team/cas', 'cas');
      await attachReferrer(c, 'team/cas', subject, await referrer(c, 'team/cas', subject, 'z'), {
        settleMs: 1,
      });
      const a = await referrer(c, 'team/cas', subject, 'a');
      const b = await referrer(c, 'team/cas', subject, 'b');
      proxy.watch(`/manifests/${referrersTag(subject)}`);
      const via = () => new OciClient({ registry: proxy.host });
      const [ra, rb] = await Promise.all([
        attachReferrer(via(), 'team/cas', subject, a, { settleMs: 20, tries: 2 }),
        attachReferrer(via(), 'team/cas', subject, b, { settleMs: 20, tries: 2 }),
      ]);
      expect((await listReferrers(c, 'team/cas', subject)).descriptors).toHaveLength(3);
      // No write was lost and written again: the registry refused the stale one instead.
      expect(ra.indexWrites + rb.indexWrites).toBe(2);
      expect(emulator.log.filter((e) => e.status === 412)).toHaveLength(1);
    } finally {
      await proxy.stop();
      await emulator.stop();
    }
  });

  it('says so when the index keeps losing the referrer (one try, a writer replacing it)', async () => {
    const c = client();
    const subject = await pushImage(c, 'team/lost', 'lost');
    const a = await referrer(c, 'team/lost', subject, 'a');
    const b = await referrer(c, 'team/lost', subject, 'b');
    const proxy = await barrierProxy(registry.url, `/manifests/${referrersTag(subject)}`);
    try {
      const via = () => new OciClient({ registry: proxy.host });
      const results = await Promise.allSettled([
        attachReferrer(via(), 'team/lost', subject, a, { settleMs: 20, tries: 1 }),
        attachReferrer(via(), 'team/lost', subject, b, { settleMs: 20, tries: 1 }),
      ]);
      const lost = results.filter((r) => r.status === 'rejected');
      expect(lost).toHaveLength(1);
      expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'REFERRER_LOST' });
    } finally {
      await proxy.stop();
    }
  });

  it('refuses a referrer whose subject is another digest', async () => {
    const c = client();
    const subject = await pushImage(c, 'team/three', 'three');
    const other = sha256Digest(Buffer.from('other'));
    await expect(
      attachReferrer(c, 'team/three', other, await referrer(c, 'team/three', subject, 'x')),
    ).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
    });
  });
});

/**
 * A loopback proxy to the registry that holds the first two PUTs to `path` until both arrived,
 * sends them on together, and answers neither before both are done: both writers read the index
 * before either wrote, and both writes landed before either re-reads. That is the race a lucky
 * (or a loaded machine's) schedule would otherwise hide or create at random.
 */
async function barrierProxy(
  target: string,
  initialPath: string,
): Promise<{ host: string; watch(path: string): void; stop(): Promise<void> }> {
  let path = initialPath;
  let held: { send: () => Promise<() => void> }[] = [];
  let released = false;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      // Sends the request on; resolves to the function that answers the client.
      const send = async () => {
        const headers = Object.fromEntries(
          Object.entries(req.headers).filter(([k]) => !['host', 'connection', 'content-length'].includes(k)),
        ) as Record<string, string>;
        const body = chunks.length ? Buffer.concat(chunks) : undefined;
        const answer = await fetch(`${target}${req.url}`, {
          method: req.method,
          headers,
          body,
          redirect: 'manual',
        });
        const data = Buffer.from(await answer.arrayBuffer());
        const out: Record<string, string> = {};
        answer.headers.forEach((v, k) => {
          if (k !== 'content-length' && k !== 'transfer-encoding' && k !== 'connection') out[k] = v;
        });
        return () => void res.writeHead(answer.status, out).end(req.method === 'HEAD' ? undefined : data);
      };
      const mine = path !== '' && req.url?.endsWith(path);
      if (mine && req.method === 'PUT' && !released) {
        held.push({ send });
        if (held.length < 2) return;
        released = true;
        const both = held;
        held = [];
        void Promise.all(both.map((h) => h.send())).then((answers) => answers.forEach((answer) => answer()));
        return;
      }
      void send().then((answer) => answer());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    watch: (p: string) => {
      path = p;
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
