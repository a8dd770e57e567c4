/*
 * A loopback OCI registry that can lie: for what the real registry (distribution 2.8, started by
 * the tests) cannot do: a working referrers API (switchable), tag lists paged with `Link`, a
 * GHCR-like token realm, and the faults of faults.ts. Its honest answers copy distribution 2.8's,
 * as observed here with curl (status codes, `Docker-Content-Digest`, `Location`, `Range`,
 * `Docker-Upload-UUID`, the `{"errors":[{code, message, detail}]}` body), and the referrers API
 * follows the distribution spec v1.1 ("Listing Referrers": an OCI index, `OCI-Filters-Applied`;
 * "Pushing Manifests with Subject": `OCI-Subject`). GHCR's challenge is `Bearer
 * realm="https://ghcr.io/token",service="ghcr.io",scope="repository:<name>:pull"`. Tests and the
 * rehearsal only; never bundled.
 */
import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type OciFault, OciFaults, type OciTarget } from './faults.js';
import { digestOf, OciRegistryState } from './state.js';

export interface OciRegistryOptions {
  /**
   * Answer `GET /v2/<name>/referrers/<digest>` and send `OCI-Subject` (default false, as
   * distribution 2.8 and GHCR). `'redirect'`: a 303 to an HTML page instead, as GHCR sometimes
   * answers (TOOLCHAIN.md).
   */
  referrersApi?: boolean | 'redirect';
  /**
   * Honour `n` and `last` in `tags/list`, sorted, at most this many a page, with `Link` to the
   * next page. Unset: the whole list in one answer, unsorted, `n` ignored (distribution 2.8).
   */
  tagPageSize?: number;
  /** Honour `If-Match` on a manifest PUT by tag: 412 when the tag's ETag is another (distribution 2.8 ignores it). */
  conditionalWrites?: boolean;
  /** A GHCR-like token realm at `/token`: users and whether anonymous pulls are allowed. */
  auth?: { users: Record<string, string>; anonymousPull?: boolean };
}

export interface OciLogEntry {
  method: string;
  path: string;
  target: OciTarget | 'base';
  status: number;
  fault?: OciFault['kind'];
}

export interface OciRegistryEmulator {
  /** `127.0.0.1:PORT`, as references name it. */
  host: string;
  url: string;
  state: OciRegistryState;
  faults: OciFaults;
  options: OciRegistryOptions;
  log: OciLogEntry[];
  count(target: OciTarget, method?: string): number;
  stop(): Promise<void>;
}

const API_VERSION = { 'docker-distribution-api-version': 'registry/2.0' };

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

const error = (status: number, code: string, message: string, detail: unknown = null): Answer => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ errors: [{ code, message, detail }] }),
});

/** One byte flipped: same length, other bytes. */
function flipped(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  if (out.length > 0) out[out.length - 1] ^= 1;
  return out;
}

const otherDigest = (digest: string) => digestOf(Buffer.from(`not ${digest}`));

export async function startOciRegistryEmulator(
  options: OciRegistryOptions = {},
): Promise<OciRegistryEmulator> {
  const state = new OciRegistryState();
  const faults = new OciFaults();
  const log: OciLogEntry[] = [];
  const tokens = new Map<string, Set<string>>();
  const uploads = new Set<string>();
  let base = '';

  const scopeOf = (name: string, method: string) =>
    `repository:${name}:${method === 'GET' || method === 'HEAD' ? 'pull' : 'push'}`;

  const challenge = (name: string, method: string, insufficient: boolean): Answer => ({
    ...error(401, 'UNAUTHORIZED', 'authentication required'),
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'www-authenticate': `Bearer realm="${base}/token",service="emulated-ghcr",scope="repository:${name}:${method === 'GET' || method === 'HEAD' ? 'pull' : 'pull,push'}"${insufficient ? ',error="insufficient_scope"' : ''}`,
    },
  });

  const token = (url: URL, authorization: string | undefined): Answer => {
    const auth = options.auth!;
    let user: string | undefined;
    const basic = /^Basic (.+)$/.exec(authorization ?? '');
    if (basic) {
      const [name, ...rest] = Buffer.from(basic[1], 'base64').toString().split(':');
      if (auth.users[name] !== rest.join(':')) return error(401, 'UNAUTHORIZED', 'authentication required');
      user = name;
    }
    const granted = new Set<string>();
    for (const scope of url.searchParams.getAll('scope')) {
      const [type, name, actions] = scope.split(':');
      if (type !== 'repository' || !actions) continue;
      for (const action of actions.split(',')) {
        if (user !== undefined || (action === 'pull' && auth.anonymousPull))
          granted.add(`repository:${name}:${action}`);
      }
    }
    const value = randomUUID().replaceAll('-', '');
    tokens.set(value, granted);
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: value }),
    };
  };

  const route = (
    method: string,
    url: URL,
    req: http.IncomingMessage,
    body: Buffer,
  ): [OciTarget | 'base', Answer, OciFault?] => {
    if (url.pathname === '/token' && options.auth) {
      const fault = faults.take('token', method);
      return [
        'token',
        fault
          ? (faulted(fault) ?? token(url, req.headers.authorization))
          : token(url, req.headers.authorization),
        fault,
      ];
    }
    if (url.pathname === '/v2/' || url.pathname === '/v2') return ['base', { status: 200, body: '{}' }];
    if (url.pathname === '/')
      return [
        'base',
        { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>rate limited</html>' },
      ];
    const match = /^\/v2\/(.+?)\/(manifests|blobs|tags|referrers)\/(.*)$/.exec(url.pathname);
    if (!match) return ['base', error(404, 'NOT_FOUND', 'not found')];
    const [, name, kind, rest] = match;
    const target: OciTarget =
      kind === 'blobs' && rest.startsWith('uploads')
        ? 'upload'
        : kind === 'manifests'
          ? 'manifest'
          : kind === 'blobs'
            ? 'blob'
            : (kind as OciTarget);
    const fault = faults.take(target, method);
    if (fault?.kind === 'meanwhile') fault.run(state);
    if (options.auth) {
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
      const granted = bearer ? tokens.get(bearer[1]) : undefined;
      if (!granted || fault?.kind === 'expired-token') return [target, challenge(name, method, false), fault];
      if (!granted.has(scopeOf(name, method))) return [target, challenge(name, method, true), fault];
    }
    const early = fault ? faulted(fault) : undefined;
    if (early) return [target, early, fault];
    const answer = handle(target, method, name, rest, url, req, body, fault);
    return [target, answer, fault];
  };

  const handle = (
    target: OciTarget,
    method: string,
    name: string,
    rest: string,
    url: URL,
    req: http.IncomingMessage,
    body: Buffer,
    fault: OciFault | undefined,
  ): Answer => {
    const lie = fault?.kind === 'lying-digest';
    const wrongBody = fault?.kind === 'wrong-body';
    if (target === 'manifest') {
      if (method === 'PUT') {
        const type = (req.headers['content-type'] ?? '').split(';')[0].trim();
        const digest = digestOf(body);
        if (rest.startsWith('sha256:') && rest !== digest)
          return error(400, 'DIGEST_INVALID', 'provided digest did not match uploaded content');
        const ifMatch = req.headers['if-match'];
        if (options.conditionalWrites && ifMatch !== undefined) {
          const now = state.manifest(name, rest);
          if (!now || `"${now.digest}"` !== ifMatch)
            return error(412, 'PRECONDITION_FAILED', 'the tag moved');
        }
        state.putManifest(name, rest, body, type);
        const headers: Record<string, string> = {
          'docker-content-digest': lie ? otherDigest(digest) : digest,
          location: `${base}/v2/${name}/manifests/${digest}`,
        };
        if (options.referrersApi === true) {
          const subject = (JSON.parse(body.toString()) as { subject?: { digest?: string } }).subject?.digest;
          if (subject) headers['oci-subject'] = subject;
        }
        return { status: 201, headers };
      }
      if (method !== 'GET' && method !== 'HEAD') return error(405, 'UNSUPPORTED', 'method not allowed');
      const stored = state.manifest(name, rest);
      if (!stored)
        return error(
          404,
          'MANIFEST_UNKNOWN',
          'manifest unknown',
          rest.startsWith('sha256:') ? null : { Tag: rest },
        );
      const bytes = wrongBody ? flipped(stored.bytes) : stored.bytes;
      return {
        status: 200,
        headers: {
          'content-type': stored.mediaType,
          'docker-content-digest': lie ? otherDigest(stored.digest) : stored.digest,
          etag: `"${stored.digest}"`,
        },
        body: bytes,
      };
    }
    if (target === 'blob') {
      const bytes = state.repositories.get(name)?.blobs.get(rest);
      if (!bytes) return error(404, 'BLOB_UNKNOWN', 'blob unknown to registry', rest);
      return {
        status: 200,
        headers: {
          'content-type': 'application/octet-stream',
          'docker-content-digest': lie ? otherDigest(rest) : rest,
          etag: `"${rest}"`,
        },
        body: wrongBody ? flipped(bytes) : bytes,
      };
    }
    if (target === 'upload') {
      if (method === 'POST') {
        const mount = url.searchParams.get('mount');
        const from = url.searchParams.get('from');
        const source = mount && from ? state.repositories.get(from)?.blobs.get(mount) : undefined;
        if (mount && source) {
          state.putBlob(name, source);
          return {
            status: 201,
            headers: {
              'docker-content-digest': lie ? otherDigest(mount) : mount,
              location: `${base}/v2/${name}/blobs/${mount}`,
            },
          };
        }
        const uuid = randomUUID();
        uploads.add(uuid);
        return {
          status: 202,
          headers: {
            location: `${base}/v2/${name}/blobs/uploads/${uuid}?_state=emulated`,
            range: '0-0',
            'docker-upload-uuid': uuid,
          },
        };
      }
      if (method === 'PUT') {
        const uuid = rest.slice('uploads/'.length);
        if (!uploads.delete(uuid))
          return error(404, 'BLOB_UPLOAD_UNKNOWN', 'blob upload unknown to registry');
        const digest = url.searchParams.get('digest');
        if (digest !== digestOf(body))
          return error(400, 'DIGEST_INVALID', 'provided digest did not match uploaded content');
        state.putBlob(name, body);
        return {
          status: 201,
          headers: {
            'docker-content-digest': lie ? otherDigest(digest) : digest,
            location: `${base}/v2/${name}/blobs/${digest}`,
          },
        };
      }
      return error(405, 'UNSUPPORTED', 'method not allowed');
    }
    if (target === 'tags') {
      const all = [...(state.repositories.get(name)?.tags.keys() ?? [])];
      if (!state.repositories.has(name))
        return error(404, 'NAME_UNKNOWN', 'repository name not known to registry', { name });
      if (options.tagPageSize === undefined) return json({ name, tags: all.reverse() });
      const n = Math.min(
        Number(url.searchParams.get('n') ?? options.tagPageSize) || options.tagPageSize,
        options.tagPageSize,
      );
      const last = url.searchParams.get('last');
      const sorted = all.sort();
      const from = last === null ? 0 : sorted.findIndex((t) => t > last);
      const page = from < 0 ? [] : sorted.slice(from, from + n);
      const headers: Record<string, string> = {};
      if (from >= 0 && from + n < sorted.length)
        headers.link = `</v2/${name}/tags/list?n=${n}&last=${encodeURIComponent(page[page.length - 1])}>; rel="next"`;
      return { ...json({ name, tags: page }), headers: { ...json({}).headers, ...headers } };
    }
    // referrers
    if (options.referrersApi === 'redirect') return { status: 303, headers: { location: '/' } };
    if (!options.referrersApi)
      return {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: '404 page not found\n',
      };
    const artifactType = url.searchParams.get('artifactType');
    let manifests = state.referrers(name, rest);
    const headers: Record<string, string> = { 'content-type': 'application/vnd.oci.image.index.v1+json' };
    if (artifactType) {
      manifests = manifests.filter((m) => m.artifactType === artifactType);
      headers['oci-filters-applied'] = 'artifactType';
    }
    return {
      status: 200,
      headers,
      body: JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests,
      }),
    };
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const url = new URL(req.url ?? '/', base);
      const [target, answer, fault] = route(method, url, req, Buffer.concat(chunks));
      const body = answer.body === undefined ? Buffer.alloc(0) : Buffer.from(answer.body);
      res.writeHead(answer.status, { ...API_VERSION, ...answer.headers, 'content-length': body.length });
      res.end(method === 'HEAD' ? undefined : body);
      log.push({
        method,
        path: url.pathname,
        target,
        status: answer.status,
        ...(fault ? { fault: fault.kind } : {}),
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  base = `http://${host}`;
  return {
    host,
    url: base,
    state,
    faults,
    options,
    log,
    count: (target, method) =>
      log.filter((e) => e.target === target && (method === undefined || e.method === method)).length,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function json(value: unknown): Answer {
  return {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(value),
  };
}

/** The answer a fault replaces the real one with, or undefined when the fault changes the real one. */
function faulted(fault: OciFault): Answer | undefined {
  if (fault.kind === 'rate-limit')
    return {
      ...error(429, 'TOOMANYREQUESTS', 'too many requests'),
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'retry-after': String(fault.retryAfter ?? 1),
      },
    };
  if (fault.kind === 'status') return error(fault.status ?? 503, 'UNAVAILABLE', 'service unavailable');
  return undefined;
}
