/*
 * HTTP plumbing shared by the dispatcher and the routes: an answer value, GitHub's standard
 * headers, JSON request bodies, Link-header pagination, and server start/stop.
 */
import type * as http from 'node:http';
import * as json from './json.js';

/** What a route answers: a status, a JSON body (or none) and extra headers. */
export class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

/** GitHub's 404, which it also gives for resources a token may not see. */
export const notFound = (): HttpAnswer => new HttpAnswer(404, json.errorBody(404, 'Not Found'));

/**
 * Sends an answer with GitHub's headers. `truncateAt` sends only that many bytes of the body
 * (after a Content-Length promising all of them) and cuts the connection: the `truncate` fault.
 */
export function send(res: http.ServerResponse, answer: HttpAnswer, truncateAt?: number): void {
  const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
  const headers: Record<string, string> = {
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-resource': 'core',
    ...answer.headers,
  };
  if (answer.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
  headers['content-length'] = String(Buffer.byteLength(payload));
  res.writeHead(answer.status, headers);
  if (truncateAt !== undefined) {
    res.write(Buffer.from(payload).subarray(0, truncateAt));
    res.socket?.destroy();
    return;
  }
  res.end(payload);
}

/** Reads a JSON request body; an empty body is `{}` without `body`, bad JSON an `error`. */
export async function readJson(req: http.IncomingMessage): Promise<{ body?: unknown; error?: string }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return { body: JSON.parse(text) };
  } catch {
    return { error: 'Problems parsing JSON' };
  }
}

/** One page of `items` and its Link header, as GitHub paginates lists. */
export function paginate<T>(
  apiUrl: string,
  pathname: string,
  query: URLSearchParams,
  items: T[],
): { page: T[]; headers: Record<string, string> } {
  // GitHub caps per_page at 100 and treats page < 1 as 1.
  const perPage = Math.min(Math.max(Number(query.get('per_page') ?? 30) || 30, 1), 100);
  const page = Math.max(Number(query.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string): string => {
    const q = new URLSearchParams(query);
    q.set('per_page', String(perPage));
    q.set('page', String(n));
    return `<${apiUrl}${pathname}?${q.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

/** Listens on 127.0.0.1 and a free port. */
export function listen(server: http.Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
}

/** Closes a server and every connection it still holds (a stuck client must not keep it open). */
export function close(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
