import type { GitHubClient, Repo } from '../github/client.js';
import { downloadAssetSha256, sha256OfDigest, type ReleaseAsset } from '../github/assets.js';
import { UndraftError } from './errors.js';
import { quote } from '../quote.js';

/** An asset's sha256 and how it was learnt. */
export interface AssetDigest {
  sha256: string;
  how: 'digest' | 'download';
}

/** An asset's sha256, from its reported digest or by downloading it; cached per asset. */
export class Digests {
  private readonly known = new Map<number, Promise<AssetDigest>>();
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: Repo,
  ) {}

  of(asset: ReleaseAsset): Promise<AssetDigest> {
    let found = this.known.get(asset.id);
    if (!found) {
      found = (async (): Promise<AssetDigest> => {
        const reported = sha256OfDigest(asset.digest);
        if (reported) return { sha256: reported, how: 'digest' };
        if (asset.digest) {
          throw new UndraftError(
            'UNDOCUMENTED_DIGEST',
            `asset '${asset.name}' reports a digest GitHub does not document (${quote(asset.digest)})`,
          );
        }
        // No digest (assets from before GitHub computed them): the bytes themselves decide.
        return {
          sha256: await downloadAssetSha256(this.client, this.repo, asset.id, asset.size),
          how: 'download',
        };
      })();
      this.known.set(asset.id, found);
    }
    return found;
  }

  /** Records a digest learnt by downloading the asset for another check. */
  learn(asset: ReleaseAsset, sha256: string): void {
    if (!this.known.has(asset.id)) this.known.set(asset.id, Promise.resolve({ sha256, how: 'download' }));
  }
}
