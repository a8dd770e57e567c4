import type { GitHubClient, Repo } from '../github/client.js';
import { streamAsset, type ReleaseAsset } from '../github/assets.js';
import { UndraftError } from './errors.js';

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
  const what = `Downloading asset '${asset.name}'`;
  const { sha256, received } = await streamAsset(client, repo, asset.id, what, dest);
  if (received !== asset.size) {
    throw new UndraftError(
      'SHORT_DOWNLOAD',
      `${what} gave ${received} bytes, but GitHub lists it with ${asset.size}`,
    );
  }
  return sha256;
}
