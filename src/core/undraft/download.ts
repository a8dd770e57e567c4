import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { messageOf } from '../errors.js';
import { explainHttpError, type GitHubClient, type Repo } from '../github/client.js';
import type { ReleaseAsset } from '../github/assets.js';

/**
 * Downloads a release asset to `dest`, streaming and hashing as the bytes arrive (never held
 * whole in memory), and returns its sha256. A download that is shorter or longer than the size
 * GitHub lists is an error: those bytes are not the asset, whatever they hash to.
 */
export async function downloadAssetTo(
  client: GitHubClient,
  repo: Repo,
  asset: ReleaseAsset,
  dest: string,
): Promise<string> {
  let body: ReadableStream<Uint8Array> | null;
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      ...repo,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
      request: { parseSuccessResponseBody: false },
    });
    body = response.data as unknown as ReadableStream<Uint8Array> | null;
  } catch (error) {
    throw explainHttpError(error, `Downloading asset '${asset.name}'`, 'contents: read');
  }
  const hash = createHash('sha256');
  const out = fs.createWriteStream(dest, { flags: 'wx' });
  let received = 0;
  try {
    if (body) {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        received += chunk.length;
        hash.update(chunk);
        if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
      }
    }
  } catch (error) {
    out.destroy();
    throw new Error(
      `Downloading asset '${asset.name}' broke off after ${received} bytes: ${messageOf(error)}`,
      {
        cause: error,
      },
    );
  }
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
  if (received !== asset.size) {
    throw new Error(
      `Downloading asset '${asset.name}' gave ${received} bytes, but GitHub lists it with ${asset.size}`,
    );
  }
  return hash.digest('hex');
}
