import type { GitHubClient, Repo } from '../github/client.js';
import { remoteSha256, type AssetDigest, type ReleaseAsset } from '../github/assets.js';

export type { AssetDigest } from '../github/assets.js';

/** An asset's sha256, from its reported digest or by downloading it ({@link remoteSha256}); cached per asset. */
export class Digests {
  private readonly known = new Map<number, Promise<AssetDigest>>();
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: Repo,
  ) {}

  of(asset: ReleaseAsset): Promise<AssetDigest> {
    let found = this.known.get(asset.id);
    if (!found) {
      // The one remote-digest path (github/assets.ts), cached per asset for undraft's checks.
      found = remoteSha256(this.client, this.repo, asset);
      this.known.set(asset.id, found);
    }
    return found;
  }

  /** Records a digest learnt by downloading the asset for another check. */
  learn(asset: ReleaseAsset, sha256: string): void {
    if (!this.known.has(asset.id)) this.known.set(asset.id, Promise.resolve({ sha256, how: 'download' }));
  }
}
