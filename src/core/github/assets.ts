/*
 * Release assets: list them, read an asset's sha256 (GitHub's reported digest, else a streamed
 * download), and the content types uploads declare. byte-identity and undraft read assets
 * through exactly these.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { sha256Hex } from '../digest.js';
import { messageOf, quote } from '../errors.js';
import { explainHttpError, GitHubRequestError, paginateAll, type GitHubClient, type Repo } from './client.js';

/** GitHub refuses release assets of 2 GiB or more ("each file must be under 2 GiB"). */
export const MAX_ASSET_BYTES = 2 * 1024 * 1024 * 1024;

export interface ReleaseAsset {
  id: number;
  name: string;
  label: string | null;
  state: string;
  size: number;
  digest?: string | null;
  content_type: string;
  browser_download_url: string;
  url: string;
  created_at?: string;
  /** When the upload finished (GitHub's answer to the upload carries it too). */
  updated_at?: string;
}

/** All assets of a release, paginated to the end. */
export async function listAssets(
  client: GitHubClient,
  repo: Repo,
  releaseId: number,
): Promise<ReleaseAsset[]> {
  try {
    return await paginateAll<ReleaseAsset>(
      client,
      'GET /repos/{owner}/{repo}/releases/{release_id}/assets',
      { ...repo, release_id: releaseId },
      { what: `assets of release ${releaseId}` },
    );
  } catch (error) {
    throw explainHttpError(error, `Listing the assets of release ${releaseId}`, 'contents: write');
  }
}

/** A release's assets by name (a name is unique on a release), the map stageAsset keeps. */
export function assetsByName(assets: ReleaseAsset[]): Map<string, ReleaseAsset> {
  return new Map(assets.map((a) => [a.name, a]));
}

/** `sha256:<hex>` → `<hex>`; anything else (another algorithm, malformed) → undefined. */
export function sha256OfDigest(digest: string | null | undefined): string | undefined {
  return digest ? sha256Hex(digest.trim()) : undefined;
}

/**
 * Streams one release asset from GitHub, hashing the bytes as they arrive (never held whole in
 * memory) and, given `dest`, writing them to a new file there (`wx`: never over an existing
 * one). Returns the sha256 and how many bytes came: the caller compares that count with the
 * size GitHub lists, since a short read would hash to a "different" asset. Every message
 * starts with `what` (the download and why).
 */
export async function streamAsset(
  client: GitHubClient,
  repo: Repo,
  assetId: number,
  what: string,
  dest?: string,
): Promise<{ sha256: string; received: number }> {
  let body: ReadableStream<Uint8Array> | null;
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      ...repo,
      asset_id: assetId,
      headers: { accept: 'application/octet-stream' },
      request: { parseSuccessResponseBody: false },
    });
    body = response.data as unknown as ReadableStream<Uint8Array> | null;
  } catch (error) {
    throw explainHttpError(error, what, 'contents: read');
  }
  const hash = createHash('sha256');
  const out = dest === undefined ? undefined : fs.createWriteStream(dest, { flags: 'wx' });
  let received = 0;
  try {
    if (body) {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        received += chunk.length;
        hash.update(chunk);
        if (out && !out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
      }
    }
  } catch (error) {
    out?.destroy();
    throw new GitHubRequestError(
      'INCOMPLETE_DOWNLOAD',
      `${what} broke off after ${received} bytes: ${messageOf(error)}`,
      error,
    );
  }
  if (out) {
    await new Promise<void>((resolve, reject) =>
      out.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
  }
  return { sha256: hash.digest('hex'), received };
}

/**
 * The sha256 of an asset's bytes as GitHub serves them, downloaded as a stream and hashed as
 * it arrives. Used when GitHub reports no digest (assets uploaded before digests existed).
 */
export async function downloadAssetSha256(
  client: GitHubClient,
  repo: Repo,
  assetId: number,
  expectedSize?: number,
): Promise<string> {
  const { sha256, received } = await streamAsset(
    client,
    repo,
    assetId,
    `Downloading asset ${assetId} to hash it`,
  );
  // A short read would hash to a "different" asset: say what really happened instead.
  if (expectedSize !== undefined && received !== expectedSize) {
    throw new GitHubRequestError(
      'INCOMPLETE_DOWNLOAD',
      `Downloading asset ${assetId} to hash it gave ${received} bytes, but GitHub lists it with ${expectedSize}; its digest is unknown`,
    );
  }
  return sha256;
}

/**
 * The sha256 GitHub reports for an asset (its `digest`, `sha256:<hex>`, nullable in GitHub's
 * OpenAPI description of a release asset), or undefined when it reports none (assets uploaded
 * before GitHub computed digests). A digest in any other form is an error, never "no digest":
 * an undocumented form may be a change of algorithm, and reading past it would trust bytes
 * nobody vouched for. The one reading of the field, for every path that needs an asset's digest.
 */
export function reportedSha256(asset: Pick<ReleaseAsset, 'name' | 'digest'>): string | undefined {
  const reported = sha256OfDigest(asset.digest);
  if (reported || !asset.digest) return reported;
  throw new GitHubRequestError(
    'UNEXPECTED_ANSWER',
    `asset ${quote(asset.name)} reports a digest GitHub does not document (${quote(asset.digest)})`,
  );
}

/** An asset's sha256 and how it was learnt. */
export interface AssetDigest {
  sha256: string;
  how: 'digest' | 'download';
}

/**
 * The sha256 of an existing asset: its reported digest ({@link reportedSha256}), else a
 * streamed download whose byte count must be the size GitHub lists. stage-release, sbom-attach
 * and undraft all learn a remote digest through this one function.
 */
export async function remoteSha256(
  client: GitHubClient,
  repo: Repo,
  asset: ReleaseAsset,
): Promise<AssetDigest> {
  const reported = reportedSha256(asset);
  if (reported) return { sha256: reported, how: 'digest' };
  return { sha256: await downloadAssetSha256(client, repo, asset.id, asset.size), how: 'download' };
}

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.zip': 'application/zip',
  '.gz': 'application/gzip',
  '.tgz': 'application/gzip',
  '.xz': 'application/x-xz',
  '.bz2': 'application/x-bzip2',
  '.zst': 'application/zstd',
  '.tar': 'application/x-tar',
  '.whl': 'application/zip',
  '.jar': 'application/java-archive',
  '.deb': 'application/vnd.debian.binary-package',
  '.rpm': 'application/x-rpm',
  '.pem': 'application/x-pem-file',
  '.sig': 'application/pgp-signature',
  '.asc': 'application/pgp-signature',
};

/** A content type from the file extension; `application/octet-stream` when unknown. */
export function contentTypeFor(name: string): string {
  if (/\.sigstore(\.json)?$/.test(name)) return 'application/vnd.dev.sigstore.bundle.v0.3+json';
  if (/\.intoto\.jsonl$/.test(name)) return 'application/vnd.in-toto+json';
  if (/^SHA\d+SUMS/.test(name)) return 'text/plain';
  const ext = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}
