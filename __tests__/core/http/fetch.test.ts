/*
 * The shared HTTP layer against loopback servers: which failures are tried again for which
 * methods, Retry-After in both of its forms, a refused certificate named and never retried,
 * and a non-idempotent request sent again only after the caller re-read the state.
 */
import * as nodeHttp from 'node:http';
import type { AddressInfo } from 'node:net';
import { exchange, HttpError, type HttpOptions } from '../../../src/core/http/fetch.js';
import { isIdempotent, retryAfterMs } from '../../../src/core/http/retry.js';
import { checkFetchUrl } from '../../../src/core/http/url.js';
import { startSelfSignedServer } from '../../helpers/self-signed.js';

const http: HttpOptions = { attempts: 3, backoffMs: 1, timeoutMs: 5000 };

/** A loopback server answering each request with the next of `answers` (the last one repeats). */
async function scripted(answers: { status: number; headers?: Record<string, string>; body?: string }[]) {
  const seen: { method: string; url: string; body: string }[] = [];
  const server = nodeHttp.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', body });
      const answer = answers[Math.min(seen.length - 1, answers.length - 1)];
      res.writeHead(answer.status, answer.headers ?? {});
      res.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const text = async (response: Response) => `${response.status} ${await response.text()}`;

describe('exchange', () => {
  it('tries an idempotent request (PUT) again after a 503, sending its body each time', async () => {
    const server = await scripted([{ status: 503 }, { status: 201, body: 'made' }]);
    try {
      const result = await exchange(
        `${server.url}/m`,
        { what: 'the manifest', method: 'PUT', body: () => 'doc', http },
        text,
      );
      expect(result).toBe('201 made');
      expect(server.seen).toEqual([
        { method: 'PUT', url: '/m', body: 'doc' },
        { method: 'PUT', url: '/m', body: 'doc' },
      ]);
    } finally {
      await server.stop();
    }
  });

  it('never sends a POST again unless the caller re-read the state', async () => {
    const server = await scripted([{ status: 503 }, { status: 201, body: 'posted' }]);
    try {
      const once = exchange(
        `${server.url}/p`,
        { what: 'the upload', method: 'POST', body: () => 'x', http },
        text,
      );
      await expect(once).rejects.toThrow(HttpError);
      await expect(once).rejects.toMatchObject({ code: 'NOT_RETRIED' });
      expect(server.seen).toHaveLength(1);
    } finally {
      await server.stop();
    }
    const second = await scripted([{ status: 503 }, { status: 201, body: 'posted' }]);
    try {
      // The state was re-read and the first POST had not landed: sent again.
      const rereads: string[] = [];
      const again = await exchange(
        `${second.url}/p`,
        {
          what: 'the upload',
          method: 'POST',
          body: () => 'x',
          http,
          reread: async () => void rereads.push('read'),
        },
        text,
      );
      expect(again).toBe('201 posted');
      expect(rereads).toEqual(['read']);
      expect(second.seen).toHaveLength(2);
    } finally {
      await second.stop();
    }
  });

  it('ends a POST with what the re-read found when the first try took effect', async () => {
    const server = await scripted([{ status: 502 }]);
    try {
      const result = await exchange(
        `${server.url}/p`,
        { what: 'the upload', method: 'POST', body: () => 'x', http, reread: async () => 'already there' },
        text,
      );
      expect(result).toBe('already there');
      expect(server.seen).toHaveLength(1);
    } finally {
      await server.stop();
    }
  });

  it('a 303 turns the request into a GET; a redirect off loopback over http is refused', async () => {
    const server = await scripted([
      { status: 303, headers: { location: '/result' } },
      { status: 200, body: 'result' },
    ]);
    try {
      await expect(
        exchange(`${server.url}/p`, { what: 'the post', method: 'POST', body: () => 'x', http }, text),
      ).resolves.toBe('200 result');
      expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual(['POST /p', 'GET /result']);
    } finally {
      await server.stop();
    }
    const away = await scripted([{ status: 302, headers: { location: 'http://example.com/x' } }]);
    try {
      await expect(exchange(`${away.url}/x`, { what: 'the doc', http }, text)).rejects.toMatchObject({
        code: 'REDIRECT_REFUSED',
        message: expect.stringMatching(/^the doc was redirected to a URL that is not https/),
      });
    } finally {
      await away.stop();
    }
  });

  it('refuses a URL it must not fetch from, quoting it', async () => {
    await expect(exchange('http://example.com/a', { what: 'the doc' }, text)).rejects.toThrow(
      /^the doc: the URL "http:\/\/example\.com\/a" is not https/,
    );
  });

  it('a refused certificate is named by its code and never tried again', async () => {
    const server = await startSelfSignedServer();
    try {
      const failure = exchange(`${server.url}/a.tgz`, { what: 'the download', http }, text);
      await expect(failure).rejects.toMatchObject({
        code: 'TLS_CERTIFICATE',
        message: expect.stringMatching(
          /^the download failed: the server's TLS certificate was refused \(self-signed certificate \(DEPTH_ZERO_SELF_SIGNED_CERT\)\); not tried again/,
        ),
      });
      expect(server.connections).toBe(1);
    } finally {
      await server.stop();
    }
  });

  it('a connection refused is tried again, and the failure names the cause, not only "fetch failed"', async () => {
    const server = await scripted([{ status: 200 }]);
    const url = server.url;
    await server.stop();
    await expect(exchange(`${url}/gone`, { what: 'the doc', http }, text)).rejects.toThrow(
      /^the doc failed after 3 tries \(last: .*fetch failed: .*ECONNREFUSED/,
    );
  });
});

describe('retry policy', () => {
  it('reads Retry-After as seconds or as an HTTP-date, and nothing else', () => {
    const now = () => Date.parse('2026-12-07T13:00:00Z');
    const answer = (value: string) => new Response(null, { status: 429, headers: { 'retry-after': value } });
    expect(retryAfterMs(answer('7'), now)).toBe(7000);
    expect(retryAfterMs(answer('Mon, 07 Dec 2026 13:00:30 GMT'), now)).toBe(30_000);
    expect(retryAfterMs(answer('Mon, 07 Dec 2026 12:00:00 GMT'), now)).toBe(0);
    expect(retryAfterMs(answer('soon'), now)).toBeUndefined();
    expect(retryAfterMs(answer('-3'), now)).toBeUndefined();
  });

  it('knows which methods are idempotent (RFC 9110)', () => {
    expect(['GET', 'head', 'PUT', 'DELETE'].every(isIdempotent)).toBe(true);
    expect(['POST', 'PATCH'].some(isIdempotent)).toBe(false);
  });

  it('fetches from https, or http on loopback only, never with credentials', () => {
    expect(checkFetchUrl('http://example.com/a.whl')).toMatch(/not https/);
    expect(checkFetchUrl('https://user:pw@example.com/a.whl')).toMatch(/credentials/);
    expect(checkFetchUrl('http://127.0.0.1:9/a')).toBeInstanceOf(URL);
    expect(checkFetchUrl('ftp://example.com/a')).toMatch(/not https/);
  });
});
