/*
 * The upload body of core/github/local-asset.ts on its own: the exact bytes of the open handle,
 * hashed as they are handed over, read only when asked for, through a fixed ring of buffers
 * (memory that does not grow with the file), ended for good by stop(); and the same body sent
 * by the product's GitHub client to loopback servers, one that reads it whole and one that
 * answers before it has read it all.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { contentTypeFor } from '../../../src/core/github/assets.js';
import { createClient } from '../../../src/core/github/client.js';
import {
  FileChangedError,
  closeLocalAssets,
  prepareLocalAssets,
  sendingBody,
  type LocalAsset,
} from '../../../src/core/github/local-asset.js';
import { workspace } from '../../helpers/workspace.js';

const MiB = 1024 * 1024;
const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
const opened: LocalAsset[] = [];

afterEach(async () => {
  await closeLocalAssets(opened.splice(0));
});

/** Writes `content` (or a sparse file of `content` bytes) and opens it as an asset to stage. */
async function local(content: Buffer | number, name = 'asset.bin'): Promise<LocalAsset> {
  const root = workspace({}, 'local-asset');
  const file = path.join(root, name);
  if (typeof content === 'number') {
    fs.writeFileSync(file, '');
    fs.truncateSync(file, content);
  } else {
    fs.writeFileSync(file, content);
  }
  const [asset] = await prepareLocalAssets(
    'files',
    [{ file, display: name, requestedName: name, name }],
    contentTypeFor,
    root,
  );
  opened.push(asset);
  return asset;
}

/** The same asset with its handle's reads counted (positions in order). */
function counted(asset: LocalAsset): { asset: LocalAsset; reads: number[] } {
  const reads: number[] = [];
  const handle = Object.create(asset.handle) as fs.promises.FileHandle;
  const read = asset.handle.read.bind(asset.handle) as (...args: unknown[]) => unknown;
  (handle as unknown as { read: (...args: unknown[]) => unknown }).read = (...args: unknown[]) => {
    reads.push(args[3] as number);
    return read(...args);
  };
  return { asset: { ...asset, handle }, reads };
}

const tick = (ms = 20): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('the upload body', () => {
  it('hands over the exact bytes in chunks of at most 1 MiB, and their sha256 only once all were taken', async () => {
    const content = randomBytes(5 * MiB + 7);
    const body = sendingBody(await local(content));
    const reader = body.stream.getReader();
    const copies: Buffer[] = [];
    let taken = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      expect(value.byteLength).toBeGreaterThan(0);
      expect(value.byteLength).toBeLessThanOrEqual(MiB);
      // The buffers are reused: what was handed over must be copied before the next read.
      copies.push(Buffer.from(value));
      taken += value.byteLength;
      // Not "sent" until the request asked for more after the last byte.
      expect(body.sent()).toBeUndefined();
    }
    expect(taken).toBe(content.length);
    expect(Buffer.concat(copies).equals(content)).toBe(true);
    expect(body.sent()).toBe(sha256(content));
    expect(body.failure()).toBeUndefined();
  });

  it('an empty file: no chunk, and the sha256 of nothing once the request asked for the end', async () => {
    const body = sendingBody(await local(Buffer.alloc(0)));
    const reader = body.stream.getReader();
    expect(body.sent()).toBeUndefined();
    expect(await reader.read()).toEqual({ done: true, value: undefined });
    expect(body.sent()).toBe(sha256(Buffer.alloc(0)));
  });

  it('holds a fixed ring of buffers whatever the size of the file (memory does not grow with it)', async () => {
    for (const size of [4 * MiB, 64 * MiB]) {
      const body = sendingBody(await local(size));
      const buffers = new Set<ArrayBufferLike>();
      let chunks = 0;
      for await (const chunk of body.stream) {
        buffers.add(chunk.buffer);
        chunks++;
      }
      expect(chunks).toBe(size / MiB);
      // A fresh buffer per chunk would give one per chunk (64 for 64 MiB): garbage that V8
      // collects late, which is what made a 2 GiB upload peak at 160 MiB of RSS.
      expect(buffers.size).toBe(3);
      expect(body.sent()).toBe(sha256(Buffer.alloc(size)));
    }
  });

  it('reads nothing ahead: the file is read only when the request asks for a chunk', async () => {
    const { asset, reads } = counted(await local(randomBytes(4 * MiB)));
    const body = sendingBody(asset);
    await tick();
    expect(reads).toEqual([]);
    const reader = body.stream.getReader();
    await reader.read();
    await tick();
    // One read for the one chunk taken: a chunk handed over is never refilled behind the
    // request's back (that is what makes reusing the buffers safe).
    expect(reads).toEqual([0]);
    await reader.read();
    await tick();
    expect(reads).toEqual([0, MiB]);
    await reader.cancel();
  });

  it('stop(): no read after it, nothing counts as sent, and a reader waiting for a chunk gets an error', async () => {
    const { asset, reads } = counted(await local(randomBytes(3 * MiB)));
    const body = sendingBody(asset);
    const reader = body.stream.getReader();
    await reader.read();
    body.stop();
    await expect(reader.read()).rejects.toThrow(/the upload body of 'asset\.bin' was ended/);
    expect(reads).toEqual([0]);
    expect(body.sent()).toBeUndefined();
    body.stop(); // a second stop is harmless
  });

  it('stop() while a chunk is being read: the chunk is not handed over and the reader gets an error', async () => {
    const body = sendingBody(await local(randomBytes(2 * MiB)));
    const reader = body.stream.getReader();
    const pending = reader.read();
    body.stop();
    await expect(pending).rejects.toThrow(/was ended/);
    expect(body.sent()).toBeUndefined();
  });

  it('a file that shrank after it was opened fails the body with SHRANK, and says so', async () => {
    const asset = await local(randomBytes(3 * MiB));
    fs.truncateSync(asset.file, MiB + 10);
    const body = sendingBody(asset);
    const reader = body.stream.getReader();
    expect((await reader.read()).value?.byteLength).toBe(MiB);
    expect((await reader.read()).value?.byteLength).toBe(10);
    const error = await reader.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileChangedError);
    expect(error).toMatchObject({ code: 'SHRANK' });
    expect(body.failure()).toBe(error);
    expect(body.sent()).toBeUndefined();
  });
});

describe('the upload body through the GitHub client', () => {
  let server: http.Server | undefined;

  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  /** A loopback server; `answer` sees the request and the bytes it chose to read. */
  async function serve(
    answer: (req: http.IncomingMessage, res: http.ServerResponse) => void,
  ): Promise<string> {
    server = http.createServer(answer);
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const post = (url: string, asset: LocalAsset, body: ReturnType<typeof sendingBody>) =>
    createClient('ghs_local_asset_test_token', { baseUrl: url, throttle: false, maskToken: false }).request({
      method: 'POST',
      url: `${url}/upload?name=asset.bin`,
      data: body.stream,
      headers: { 'content-type': 'application/octet-stream', 'content-length': asset.size },
      request: { retries: 0, redirect: 'error' },
    });

  it('sends the file whole with its exact Content-Length (not chunked), and sent() is what arrived', async () => {
    const content = randomBytes(3 * MiB + 123);
    const asset = await local(content);
    let received = Buffer.alloc(0);
    let headers: http.IncomingHttpHeaders = {};
    const url = await serve((req, res) => {
      headers = req.headers;
      const parts: Buffer[] = [];
      req.on('data', (chunk: Buffer) => parts.push(chunk));
      req.on('end', () => {
        received = Buffer.concat(parts);
        res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":1}');
      });
    });
    const body = sendingBody(asset);
    try {
      await post(url, asset, body);
    } finally {
      body.stop();
    }
    expect(headers['content-length']).toBe(String(content.length));
    expect(headers['transfer-encoding']).toBeUndefined();
    expect(headers.authorization).toBe('token ghs_local_asset_test_token');
    expect(received.equals(content)).toBe(true);
    expect(body.sent()).toBe(sha256(content));
  });

  it('an empty file goes as a body of Content-Length 0', async () => {
    const asset = await local(Buffer.alloc(0));
    let headers: http.IncomingHttpHeaders = {};
    let bytes = -1;
    const url = await serve((req, res) => {
      headers = req.headers;
      bytes = 0;
      req.on('data', (chunk: Buffer) => (bytes += chunk.length));
      req.on('end', () => res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":1}'));
    });
    const body = sendingBody(asset);
    try {
      await post(url, asset, body);
    } finally {
      body.stop();
    }
    expect(headers['content-length']).toBe('0');
    expect(bytes).toBe(0);
    expect(body.sent()).toBe(sha256(Buffer.alloc(0)));
  });

  it('a server that answers before reading the whole body: sent() stays undefined, and nothing hangs', async () => {
    // Far more than loopback socket buffers can hold, so the answer comes while bytes are left.
    const asset = await local(64 * MiB);
    const url = await serve((req, res) => {
      let seen = 0;
      req.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (seen >= MiB && !res.headersSent) {
          req.pause();
          res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":1}');
        }
      });
    });
    const body = sendingBody(asset);
    try {
      // The request may resolve with the early answer or fail as the connection closes; either
      // way the caller must not count the file as sent.
      await post(url, asset, body).catch(() => undefined);
    } finally {
      body.stop();
    }
    expect(body.sent()).toBeUndefined();
  }, 20_000);
});
