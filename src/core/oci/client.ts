/*
 * An OCI distribution client (distribution-spec `spec.md`, "Pull", "Push", "Content Discovery")
 * over the project's one HTTP layer: every request goes through `exchange` (its retry policy,
 * the https-or-loopback rule, redirects checked hop by hop), authenticated by the registry's own
 * challenge (auth.ts). Bytes stay as the registry served them: a manifest is hashed as received
 * and written as given, never re-serialised, so tag and digest stay one. `Docker-Content-Digest`
 * is never trusted: a digest is always the sha256 of the bytes in hand.
 */
import { registryAuthFailure } from '../known-failures.js';
import { exchange, type HttpOptions } from '../http/fetch.js';
import { quote } from '../quote.js';
import { RegistryAuth, type RegistryCredentials, repositoryScope, TokenRefused } from './auth.js';
import { OciError } from './errors.js';
import { MANIFEST_TYPES, SHA256_DIGEST, sha256Digest } from './media-types.js';
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

/** A manifest as the registry served it. */
export interface Manifest {
  /** sha256 of `bytes`, computed here. */
  digest: string;
  /** The `Content-Type` it was served with (or `mediaType` of the body when the header is missing). */
  mediaType: string;
  bytes: Buffer;
  /** The parsed body; `bytes` is what counts. */
  json: Record<string, unknown>;
}

/** The answer of one exchange, its body read whole (bounded). */
interface Answer {
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

/** The client of one registry. Its methods take the repository; tokens are kept per scope. */
export class OciClient {
  readonly registry: string;
  readonly baseUrl: string;
  /** Requests sent to the registry (token requests are counted by `auth.tokenRequests`). */
  requests = 0;
  readonly auth: RegistryAuth;
  private readonly http: HttpOptions | undefined;
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
    const limit = request.limit ?? MAX_MANIFEST_BYTES;
    const body = request.body;
    this.requests++;
    return exchange(
      url,
      {
        what: request.what,
        method: request.method,
        headers: request.headers,
        authorization,
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

  /** Where `what` was, for messages. */
  private where(repository: string, reference: string): string {
    return `${this.registry}/${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`;
  }

  /**
   * The manifest under a digest or a tag, with all four manifest types in `Accept`. By digest the
   * body's sha256 must be the digest asked for; by tag the digest is the body's sha256. Returns
   * undefined on 404.
   */
  async getManifest(repository: string, reference: string): Promise<Manifest | undefined> {
    const where = this.where(repository, reference);
    const answer = await this.send({
      method: 'GET',
      path: `/v2/${repository}/manifests/${reference}`,
      repository,
      headers: { accept: MANIFEST_TYPES.join(', ') },
      what: `the manifest ${where}`,
    });
    if (answer.status === 404) return undefined;
    if (answer.status !== 200) throw unexpected(`the manifest ${where}`, answer);
    const digest = sha256Digest(answer.body);
    if (reference.startsWith('sha256:') && digest !== reference)
      throw new OciError(
        'DIGEST_MISMATCH',
        `the manifest ${where}: the registry served bytes whose sha256 is ${digest}, not the digest asked for`,
      );
    let json: unknown;
    try {
      json = JSON.parse(answer.body.toString('utf8'));
    } catch {
      throw new OciError(
        'BAD_ANSWER',
        `the manifest ${where} is not JSON: ${quote(answer.body.toString('utf8'))}`,
      );
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json))
      throw new OciError('BAD_ANSWER', `the manifest ${where} is not a JSON object`);
    const body = json as Record<string, unknown>;
    const header = answer.headers.get('content-type')?.split(';')[0].trim();
    const mediaType = header && MANIFEST_TYPES.includes(header) ? header : body.mediaType;
    if (typeof mediaType !== 'string' || !MANIFEST_TYPES.includes(mediaType))
      throw new OciError(
        'BAD_ANSWER',
        `the manifest ${where} has the media type ${quote(header ?? mediaType)}, none of ${MANIFEST_TYPES.join(', ')}`,
      );
    return { digest, mediaType, bytes: answer.body, json: body };
  }

  /** Like getManifest, but a missing manifest is a `NOT_FOUND` failure. */
  async requireManifest(repository: string, reference: string): Promise<Manifest> {
    const manifest = await this.getManifest(repository, reference);
    if (!manifest)
      throw new OciError('NOT_FOUND', `the manifest ${this.where(repository, reference)} does not exist`);
    return manifest;
  }

  /**
   * Whether a manifest exists (HEAD). Only existence and size are returned: the digest a HEAD
   * announces (`Docker-Content-Digest`) cannot be checked without the bytes, so it is not used.
   */
  async hasManifest(repository: string, reference: string): Promise<boolean> {
    const where = this.where(repository, reference);
    const answer = await this.send({
      method: 'HEAD',
      path: `/v2/${repository}/manifests/${reference}`,
      repository,
      headers: { accept: MANIFEST_TYPES.join(', ') },
      what: `the manifest ${where}`,
    });
    if (answer.status === 404) return false;
    if (answer.status === 200) return true;
    throw unexpected(`the manifest ${where}`, answer);
  }

  /**
   * Writes `bytes` exactly under a tag or a digest and returns their sha256. Under a digest it
   * must be the bytes' own; a `Docker-Content-Digest` in the answer must name it too (a registry
   * that stored something else says so there). Returns the answer's `OCI-Subject` header, which a
   * registry with the referrers API sends for a manifest with a `subject` (distribution-spec,
   * "Pushing Manifests with Subject").
   */
  async putManifest(
    repository: string,
    reference: string,
    bytes: Uint8Array,
    mediaType: string,
  ): Promise<{ digest: string; subject: string | undefined }> {
    const digest = sha256Digest(bytes);
    const where = this.where(repository, reference);
    if (reference.startsWith('sha256:') && reference !== digest)
      throw new OciError(
        'DIGEST_MISMATCH',
        `the manifest for ${where} hashes to ${digest}, not to the digest it is written under`,
      );
    if (!MANIFEST_TYPES.includes(mediaType))
      throw new OciError(
        'BAD_ANSWER',
        `the manifest for ${where} has the media type ${quote(mediaType)}, none of ${MANIFEST_TYPES.join(', ')}`,
      );
    const answer = await this.send({
      method: 'PUT',
      path: `/v2/${repository}/manifests/${reference}`,
      repository,
      push: true,
      headers: { 'content-type': mediaType },
      body: Buffer.from(bytes),
      what: `writing the manifest ${where}`,
    });
    if (answer.status !== 201 && answer.status !== 200)
      throw unexpected(`writing the manifest ${where}`, answer);
    checkAnnounced(answer, digest, `writing the manifest ${where}`);
    return { digest, subject: answer.headers.get('oci-subject') ?? undefined };
  }

  /** Whether a blob exists (HEAD; existence only, as for manifests). */
  async hasBlob(repository: string, digest: string): Promise<boolean> {
    const where = `${this.registry}/${repository}@${digest}`;
    const answer = await this.send({
      method: 'HEAD',
      path: `/v2/${repository}/blobs/${digest}`,
      repository,
      what: `the blob ${where}`,
    });
    if (answer.status === 404) return false;
    if (answer.status === 200) return true;
    throw unexpected(`the blob ${where}`, answer);
  }

  /** A blob's bytes, whose sha256 must be `digest`. */
  async getBlob(repository: string, digest: string, limit = MAX_BLOB_BYTES): Promise<Buffer> {
    const where = `${this.registry}/${repository}@${digest}`;
    const answer = await this.send({
      method: 'GET',
      path: `/v2/${repository}/blobs/${digest}`,
      repository,
      limit,
      what: `the blob ${where}`,
    });
    if (answer.status === 404) throw new OciError('NOT_FOUND', `the blob ${where} does not exist`);
    if (answer.status !== 200) throw unexpected(`the blob ${where}`, answer);
    const got = sha256Digest(answer.body);
    if (got !== digest)
      throw new OciError(
        'DIGEST_MISMATCH',
        `the blob ${where}: the registry served bytes whose sha256 is ${got}, not the digest asked for`,
      );
    return answer.body;
  }

  /**
   * Puts a blob unless it is already there: a cross-repository mount from `mountFrom` when given
   * (201: mounted; 202: the registry opened an upload instead, which is used), otherwise a
   * monolithic upload (POST, then PUT `?digest=` with the bytes). Returns its digest and whether
   * bytes were sent.
   */
  async pushBlob(
    repository: string,
    bytes: Uint8Array,
    options: { mountFrom?: string } = {},
  ): Promise<{ digest: string; uploaded: boolean; mounted: boolean }> {
    const digest = sha256Digest(bytes);
    const where = `${this.registry}/${repository}@${digest}`;
    if (await this.hasBlob(repository, digest)) return { digest, uploaded: false, mounted: false };
    const query = options.mountFrom ? `?mount=${digest}&from=${encodeURIComponent(options.mountFrom)}` : '';
    const opened = await this.send({
      method: 'POST',
      path: `/v2/${repository}/blobs/uploads/${query}`,
      repository,
      push: true,
      from: options.mountFrom,
      headers: { 'content-length': '0' },
      what: `opening the upload of ${where}`,
    });
    if (opened.status === 201) {
      checkAnnounced(opened, digest, `mounting ${where}`);
      return { digest, uploaded: false, mounted: true };
    }
    if (opened.status !== 202) throw unexpected(`opening the upload of ${where}`, opened);
    const location = opened.headers.get('location');
    if (!location)
      throw new OciError('BAD_ANSWER', `opening the upload of ${where}: the registry sent no Location`);
    const target = new URL(location, `${this.baseUrl}/`);
    target.searchParams.set('digest', digest);
    const put = await this.send({
      method: 'PUT',
      path: target.href,
      repository,
      push: true,
      headers: { 'content-type': 'application/octet-stream' },
      body: Buffer.from(bytes),
      what: `uploading ${where}`,
    });
    if (put.status !== 201) throw unexpected(`uploading ${where}`, put);
    checkAnnounced(put, digest, `uploading ${where}`);
    return { digest, uploaded: true, mounted: false };
  }

  /**
   * Every tag of the repository, in the order served, asking `n=1000` a page and following `Link:
   * <…>; rel="next"` (distribution-spec, "Listing Tags"); a registry that ignores `n` and sends
   * no `Link` (distribution 2.8) is read whole in one request. A `Link` that leads back to a page
   * already read, or a page that adds nothing, is a failure: the list could not be finished.
   */
  async listTags(repository: string): Promise<string[]> {
    const tags: string[] = [];
    const seen = new Set<string>();
    const visited = new Set<string>();
    let next: string | undefined = `${this.baseUrl}/v2/${repository}/tags/list?n=${TAG_PAGE}`;
    const what = `the tags of ${this.registry}/${repository}`;
    while (next !== undefined) {
      if (visited.has(next))
        throw new OciError('BAD_ANSWER', `${what}: the pages lead back to ${quote(next)}`);
      visited.add(next);
      const answer = await this.send({ method: 'GET', path: next, repository, what, limit: MAX_BLOB_BYTES });
      if (answer.status === 404) return [];
      if (answer.status !== 200) throw unexpected(what, answer);
      const page = parseJson(answer.body, what) as { tags?: unknown };
      if (
        page.tags !== null &&
        page.tags !== undefined &&
        (!Array.isArray(page.tags) || page.tags.some((t) => typeof t !== 'string'))
      )
        throw new OciError('BAD_ANSWER', `${what}: "tags" is not a list of strings`);
      let added = 0;
      for (const tag of (page.tags as string[] | null | undefined) ?? []) {
        if (seen.has(tag)) continue;
        seen.add(tag);
        tags.push(tag);
        added++;
      }
      next = nextLink(answer.headers.get('link'), next, what);
      if (next !== undefined && added === 0)
        throw new OciError('BAD_ANSWER', `${what}: a page with a next Link added no tag`);
      if (next !== undefined && new URL(next).origin !== new URL(this.baseUrl).origin)
        throw new OciError('BAD_ANSWER', `${what}: the next page ${quote(next)} is on another host`);
    }
    return tags;
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
function checkAnnounced(answer: Answer, digest: string, what: string): void {
  const announced = answer.headers.get('docker-content-digest');
  if (announced !== null && announced !== digest)
    throw new OciError(
      'DIGEST_MISMATCH',
      `${what}: the registry answered with the digest ${quote(announced)}, not ${digest} (the sha256 of the bytes sent)`,
    );
}

function unexpected(what: string, answer: Answer): OciError {
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

export { SHA256_DIGEST };
