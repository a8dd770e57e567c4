/*
 * The transport of the OCI client: one request to a registry over the project's one HTTP layer
 * (`exchange`: its retry policy, the https-or-loopback rule, redirects checked hop by hop),
 * authenticated by the registry's own challenge (auth.ts), its body read whole up to a limit.
 * The registry's token goes to the registry's own origin only: an upload `Location` or a `Link`
 * on another host never sees it.
 */
import { registryAuthFailure } from '../known-failures.js';
import { exchange, type HttpOptions } from '../http/fetch.js';
import { quote } from '../quote.js';
import { RegistryAuth, type RegistryCredentials, repositoryScope, TokenRefused } from './auth.js';
import { OciError } from './errors.js';
import { registryBaseUrl } from './reference.js';

/** How a client is made. */
export interface OciClientOptions {
  /** The registry as references name it (`ghcr.io`, `127.0.0.1:5000`, `docker.io`). */
  registry: string;
  /** None: anonymous (a Bearer token is still asked for, without credentials). */
  credentials?: RegistryCredentials;
  /** The inputs that hold the credentials, named by the fix of a 401/403. */
  credentialInputs?: readonly string[];
  http?: HttpOptions;
  /** The API's base URL, when it is not the one the registry's name implies. */
  baseUrl?: string;
}

/** The answer of one exchange, its body read whole (bounded). */
export interface Answer {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** Largest manifest read: the distribution spec says registries SHOULD accept at least 4 MiB. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Largest blob read into memory (configs, layers of bundles and SBOMs; never image layers). */
export const MAX_BLOB_BYTES = 64 * 1024 * 1024;
/** Tags asked for per page (`n`); a registry may send fewer, or ignore it and send all. */
export const TAG_PAGE = 1000;

/** One request as the client sends it. */
export interface Request {
  method: string;
  /** A path under the base URL (`/v2/…`) or an absolute URL a registry handed out (`Location`, `Link`). */
  path: string;
  repository: string;
  push?: boolean;
  /** Another repository read in the same request (a cross-repository mount). */
  from?: string;
  headers?: Record<string, string>;
  body?: Buffer;
  limit?: number;
  what: string;
}

/**
 * Requests to one registry; tokens are kept per scope. The OCI client (client.ts) and the
 * referrers (referrers.ts) speak through it.
 */
export class RegistryTransport {
  readonly registry: string;
  readonly baseUrl: string;
  /** Requests sent to the registry, a retried one counted once (token requests: `auth.tokenRequests`). */
  requests = 0;
  readonly auth: RegistryAuth;
  protected readonly http: HttpOptions | undefined;
  private readonly credentialInputs: readonly string[];

  constructor(options: OciClientOptions) {
    this.registry = options.registry;
    this.baseUrl = (options.baseUrl ?? registryBaseUrl(options.registry)).replace(/\/+$/, '');
    this.http = options.http;
    this.credentialInputs = options.credentialInputs ?? ['registry-username', 'registry-password'];
    this.auth = new RegistryAuth(options.registry, options.credentials, options.http);
  }

  /**
   * Sends a request with the token known for its scope; on a 401 obtains one from the challenge
   * and sends it once more; a second 401, or a 403, is the user's credentials (the known failure
   * that names the credential inputs).
   */
  async send(request: Request): Promise<Answer> {
    const scopes = [repositoryScope(request.repository, request.push ?? false)];
    if (request.from) scopes.push(repositoryScope(request.from, false));
    for (let round = 0; ; round++) {
      const answer = await this.once(request, this.auth.header(scopes));
      if (answer.status === 403) throw this.refused(request, 403);
      if (answer.status !== 401) return answer;
      if (round > 0) throw this.refused(request, 401);
      this.auth.forget(scopes);
      let header: string | undefined;
      try {
        header = await this.auth.answer(answer.headers.get('www-authenticate'), scopes);
      } catch (error) {
        if (error instanceof TokenRefused) throw this.refused(request, error.status, error);
        throw error;
      }
      if (header === undefined) throw this.refused(request, 401);
    }
  }

  private refused(request: Request, status: number, cause?: unknown): Error {
    return registryAuthFailure(
      `${request.what} (${this.registry}/${request.repository})`,
      status,
      this.credentialInputs,
      cause,
    );
  }

  private async once(request: Request, authorization: string | undefined): Promise<Answer> {
    const url = /^https?:\/\//.test(request.path) ? request.path : `${this.baseUrl}${request.path}`;
    const sameOrigin = URL.canParse(url) && new URL(url).origin === new URL(this.baseUrl).origin;
    const limit = request.limit ?? MAX_MANIFEST_BYTES;
    const body = request.body;
    this.requests++;
    return exchange(
      url,
      {
        what: request.what,
        method: request.method,
        headers: request.headers,
        authorization: sameOrigin ? authorization : undefined,
        http: this.http,
        body: body === undefined ? undefined : () => new Uint8Array(body),
        // A POST opens an upload session; a lost answer leaves only an unused session behind, so
        // sending it again has no effect anyone can see.
        reread: request.method === 'POST' ? async () => undefined : undefined,
      },
      async (response, touch) => ({
        status: response.status,
        headers: response.headers,
        body: await readBounded(response, limit, touch, request.what),
      }),
    );
  }
}

/** Reads a body chunk by chunk, refusing one over `limit` bytes. */
async function readBounded(
  response: Response,
  limit: number,
  touch: () => void,
  what: string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  if (!response.body) return Buffer.alloc(0);
  for await (const chunk of response.body) {
    touch();
    size += chunk.length;
    if (size > limit) {
      await response.body.cancel().catch(() => {});
      throw new OciError('TOO_LARGE', `${what}: the answer is over ${limit} bytes`);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** A `Docker-Content-Digest` that names another digest than the bytes sent: the registry stored something else. */
export function checkAnnounced(answer: Answer, digest: string, what: string): void {
  const announced = answer.headers.get('docker-content-digest');
  if (announced !== null && announced !== digest)
    throw new OciError(
      'DIGEST_MISMATCH',
      `${what}: the registry answered with the digest ${quote(announced)}, not ${digest} (the sha256 of the bytes sent)`,
    );
}

export function unexpected(what: string, answer: Answer): OciError {
  return new OciError(
    'BAD_ANSWER',
    `${what}: the registry answered ${answer.status} ${quote(answer.body.toString('utf8'))}`,
  );
}

/** A JSON object from a body, or `BAD_ANSWER` naming what it was. */
export function parseJson(body: Buffer, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw new OciError('BAD_ANSWER', `${what}: the answer is not JSON: ${quote(body.toString('utf8'))}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new OciError('BAD_ANSWER', `${what}: the answer is not a JSON object`);
  return value as Record<string, unknown>;
}

/** The `rel="next"` target of a `Link` header (RFC 8288), resolved against the page's URL. */
export function nextLink(header: string | null, base: string, what: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    if (!/;\s*rel="?next"?(?:\s|;|$)/i.test(match[2])) continue;
    try {
      return new URL(match[1], base).href;
    } catch {
      throw new OciError('BAD_ANSWER', `${what}: the next Link ${quote(match[1])} is not a URL`);
    }
  }
  return undefined;
}
