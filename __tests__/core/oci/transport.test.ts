/*
 * The OCI transport: the registry's token goes to the registry's origin only (an upload
 * `Location` on another host, as a registry backed by object storage hands out, never sees it),
 * `Link` headers are read by RFC 8288, and a body over the limit is refused.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { OciClient } from '../../../src/core/oci/client.js';
import { nextLink } from '../../../src/core/oci/transport.js';
import { startOciRegistryEmulator } from '../../../src/emulator/oci-registry/index.js';

async function listen(handler: http.RequestListener): Promise<{ url: string; stop(): Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('the registry token', () => {
  it('is sent to the registry, never to an upload Location on another host', async () => {
    const storageSaw: (string | undefined)[] = [];
    const storage = await listen((req, res) => {
      storageSaw.push(req.headers.authorization);
      req.resume();
      req.on('end', () => res.writeHead(201).end());
    });
    const registrySaw: (string | undefined)[] = [];
    const registry = await listen((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/token') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"token":"registry-secret"}');
        return;
      }
      if (req.headers.authorization !== 'Bearer registry-secret') {
        res
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://${req.headers.host}/token",service="s"`,
          })
          .end();
        return;
      }
      registrySaw.push(req.headers.authorization);
      if (req.method === 'HEAD') res.writeHead(404).end();
      else if (req.method === 'POST') res.writeHead(202, { location: `${storage.url}/upload/1?sig=x` }).end();
      else res.writeHead(500).end();
    });
    try {
      const client = new OciClient({ registry: new URL(registry.url).host });
      const pushed = await client.pushBlob('o/app', Buffer.from('layer'));
      expect(pushed.uploaded).toBe(true);
      expect(registrySaw).toEqual(['Bearer registry-secret', 'Bearer registry-secret']);
      expect(storageSaw).toEqual([undefined]);
    } finally {
      await Promise.all([storage.stop(), registry.stop()]);
    }
  });
});

describe('a Basic challenge', () => {
  it('is answered with the credentials, and without any is the known failure', async () => {
    const expected = `Basic ${Buffer.from('u:p').toString('base64')}`;
    const registry = await listen((req, res) => {
      if (req.headers.authorization !== expected)
        res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end();
      else res.writeHead(404).end();
    });
    try {
      const host = new URL(registry.url).host;
      const withCredentials = new OciClient({
        registry: host,
        credentials: { username: 'u', password: 'p' },
      });
      expect(await withCredentials.hasBlob('o/app', `sha256:${'0'.repeat(64)}`)).toBe(false);
      expect(withCredentials.auth.tokenRequests).toBe(0);
      const anonymous = new OciClient({ registry: host });
      await expect(anonymous.hasBlob('o/app', `sha256:${'0'.repeat(64)}`)).rejects.toMatchObject({
        code: 'REGISTRY_AUTH',
      });
    } finally {
      await registry.stop();
    }
  });

  it('a 401 without a challenge the client speaks is a BAD_CHALLENGE, quoted', async () => {
    const registry = await listen((_req, res) =>
      res.writeHead(401, { 'www-authenticate': 'Negotiate abc' }).end(),
    );
    try {
      const client = new OciClient({ registry: new URL(registry.url).host });
      await expect(client.getManifest('o/app', 'x')).rejects.toMatchObject({
        code: 'BAD_CHALLENGE',
        message: expect.stringContaining('the challenge "Negotiate abc"'),
      });
    } finally {
      await registry.stop();
    }
  });
});

describe('nextLink', () => {
  it('finds rel="next" among several links and resolves it against the page', () => {
    const base = 'https://r.example/v2/o/app/tags/list?n=2';
    expect(
      nextLink(
        '<https://r.example/prev>; rel="prev", </v2/o/app/tags/list?n=2&last=b>; rel="next"',
        base,
        'tags',
      ),
    ).toBe('https://r.example/v2/o/app/tags/list?n=2&last=b');
    expect(nextLink('</v2/o/app/tags/list?last=b>; rel=next', base, 'tags')).toBe(
      'https://r.example/v2/o/app/tags/list?last=b',
    );
    expect(nextLink('</x>; rel="nextish"', base, 'tags')).toBeUndefined();
    expect(nextLink(null, base, 'tags')).toBeUndefined();
  });
});

describe('a body over the limit', () => {
  it('is refused, not read into memory whole', async () => {
    const reg = await startOciRegistryEmulator();
    try {
      const client = new OciClient({ registry: reg.host });
      const { digest } = await client.pushBlob('o/app', Buffer.alloc(2048, 1));
      await expect(client.getBlob('o/app', digest, 1024)).rejects.toMatchObject({ code: 'TOO_LARGE' });
    } finally {
      await reg.stop();
    }
  });
});
