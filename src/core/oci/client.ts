/*
 * An OCI distribution client (distribution-spec `spec.md`, "Pull", "Push", "Content Discovery")
 * over the project's one HTTP layer: every request goes through `exchange` (its retry policy,
 * the https-or-loopback rule, redirects checked hop by hop), authenticated by the registry's own
 * challenge (auth.ts). Bytes stay as the registry served them: a manifest is hashed as received
 * and written as given, never re-serialised, so tag and digest stay one. `Docker-Content-Digest`
 * is never trusted: a digest is always the sha256 of the bytes in hand.
 */
import { quote } from '../quote.js';
import { OciError } from './errors.js';
import { MANIFEST_TYPES, sha256Digest } from './media-types.js';
import { checkTarget } from './reference.js';
import {
  checkAnnounced,
  MAX_BLOB_BYTES,
  nextLink,
  parseJson,
  RegistryTransport,
  TAG_PAGE,
  unexpected,
} from './transport.js';

export type { OciClientOptions } from './transport.js';

/** A manifest as the registry served it. */
export interface Manifest {
  /** sha256 of `bytes`, computed here. */
  digest: string;
  /** The `Content-Type` it was served with (or `mediaType` of the body when the header is missing). */
  mediaType: string;
  bytes: Buffer;
  /** The parsed body; `bytes` is what counts. */
  json: Record<string, unknown>;
  /** The `ETag` it was served with, for a conditional write (`If-Match`) of the same tag. */
  etag?: string;
}

/** The client of one registry: manifests, blobs and tags. Its methods take the repository. */
export class OciClient extends RegistryTransport {
  /** Where `what` was, for messages; refuses a repository or reference outside the grammar first. */
  private where(repository: string, reference: string): string {
    checkTarget(repository, reference);
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
    // The body's own mediaType must agree with what it was served as: an index served as a
    // single manifest (or the reverse) would be read with the wrong rules.
    if (body.mediaType !== undefined && body.mediaType !== mediaType)
      throw new OciError(
        'BAD_ANSWER',
        `the manifest ${where} was served as ${quote(mediaType)} but its mediaType is ${quote(body.mediaType)}`,
      );
    const etag = answer.headers.get('etag') ?? undefined;
    return { digest, mediaType, bytes: answer.body, json: body, ...(etag === undefined ? {} : { etag }) };
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
   * "Pushing Manifests with Subject"). With `ifMatch` (the `ETag` of the manifest read) the
   * write is conditional: a registry that honours `If-Match` answers 412 when the tag moved since,
   * which is a `CONFLICT` (distribution 2.8 ignores the header and writes).
   */
  async putManifest(
    repository: string,
    reference: string,
    bytes: Uint8Array,
    mediaType: string,
    options: { ifMatch?: string } = {},
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
        'BAD_MANIFEST',
        `the manifest for ${where} has the media type ${quote(mediaType)}, none of ${MANIFEST_TYPES.join(', ')}`,
      );
    let declared: unknown;
    try {
      declared = (JSON.parse(Buffer.from(bytes).toString('utf8')) as { mediaType?: unknown } | null)
        ?.mediaType;
    } catch {
      throw new OciError('BAD_MANIFEST', `the manifest for ${where} is not JSON`);
    }
    if (declared !== undefined && declared !== mediaType)
      throw new OciError(
        'BAD_MANIFEST',
        `the manifest for ${where} declares the mediaType ${quote(declared)} but would be written as ${quote(mediaType)}`,
      );
    const answer = await this.send({
      method: 'PUT',
      path: `/v2/${repository}/manifests/${reference}`,
      repository,
      push: true,
      headers: { 'content-type': mediaType, ...(options.ifMatch ? { 'if-match': options.ifMatch } : {}) },
      body: Buffer.from(bytes),
      what: `writing the manifest ${where}`,
    });
    if (answer.status === 412)
      throw new OciError('CONFLICT', `writing the manifest ${where}: it changed since it was read (412)`);
    if (answer.status !== 201 && answer.status !== 200)
      throw unexpected(`writing the manifest ${where}`, answer);
    checkAnnounced(answer, digest, `writing the manifest ${where}`);
    return { digest, subject: answer.headers.get('oci-subject') ?? undefined };
  }

  /** Whether a blob exists (HEAD; existence only, as for manifests). */
  async hasBlob(repository: string, digest: string): Promise<boolean> {
    const where = this.where(repository, digest);
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
    const where = this.where(repository, digest);
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
    const where = this.where(repository, digest);
    if (options.mountFrom !== undefined) checkTarget(options.mountFrom);
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
    // A PUT whose answer was lost and that was sent again finds its session closed (404): the
    // blob is there if the first one took effect.
    if (put.status === 404 && (await this.hasBlob(repository, digest)))
      return { digest, uploaded: true, mounted: false };
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
    checkTarget(repository);
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
