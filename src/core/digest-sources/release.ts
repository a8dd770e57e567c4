/*
 * A GitHub release, drafts included: the by-tag endpoint cannot see drafts, so the release list
 * is paginated to the end (any page that fails fails the lookup). Each asset's `digest`
 * (`sha256:<hex>`, computed by GitHub at upload) is the published digest; assets uploaded
 * before GitHub computed digests have `digest: null` and are downloaded and hashed instead.
 */
import type { GitHubClient, Repo } from '../github/client.js';
import { listAssets, reportedSha256 } from '../github/assets.js';
import { listReleasesForTag } from '../github/releases.js';
import { type Lookup, DigestSourceError, type ServedFile, type Source } from './source.js';
import type { Reference } from './reference.js';
import { quote } from '../quote.js';
import { messageOf } from '../errors.js';

const messageOfRepo = (repo: Repo): string => `${repo.owner}/${repo.repo}`;

/** The source for `release:TAG` in `repo`. `token` authorises asset downloads. */
export function releaseSource(
  reference: Extract<Reference, { kind: 'release' }>,
  options: { client: GitHubClient; repo: Repo; token: string },
): Source {
  const { client, repo, token } = options;
  return {
    reference,
    algorithm: 'sha256',
    servesBytes: true,
    async lookup(): Promise<Lookup> {
      let releases;
      try {
        releases = await listReleasesForTag(client, repo, reference.tag);
      } catch (error) {
        throw new DigestSourceError(reference.raw, (error as Error).message, { cause: error });
      }
      if (releases.length === 0) {
        return {
          state: 'pending',
          detail: `${messageOfRepo(repo)} has no release (draft or published) for tag ${reference.tag}`,
        };
      }
      if (releases.length > 1) {
        // Which one holds the real bytes is not knowable: refuse rather than pick.
        throw new DigestSourceError(
          reference.raw,
          `${messageOfRepo(repo)} has ${releases.length} releases for tag ${reference.tag} (ids ${releases
            .map((r) => r.id)
            .join(', ')}); delete the stray drafts`,
        );
      }
      const release = releases[0];
      let assets;
      try {
        assets = await listAssets(client, repo, release.id);
      } catch (error) {
        throw new DigestSourceError(reference.raw, (error as Error).message, { cause: error });
      }
      const files: ServedFile[] = [];
      for (const asset of assets) {
        if (asset.state !== 'uploaded') {
          // A `starter` asset is an upload that broke: it serves no bytes, so it is no evidence.
          throw new DigestSourceError(
            reference.raw,
            `asset ${quote(asset.name)} is in state ${quote(asset.state)} (an upload that did not finish); delete it and upload again`,
          );
        }
        // The one reading of GitHub's `digest` field (github/assets.ts); without one, the bytes
        // are downloaded and hashed by the comparison like any source's.
        let sha256: string | undefined;
        try {
          sha256 = reportedSha256(asset);
        } catch (error) {
          throw new DigestSourceError(reference.raw, messageOf(error), { cause: error });
        }
        files.push({
          name: asset.name,
          published: sha256 ? { sha256 } : {},
          size: asset.size,
          url: asset.url,
          auth: `Bearer ${token}`,
          headers: { accept: 'application/octet-stream' },
          note: release.draft ? 'draft release' : undefined,
        });
      }
      return { state: 'found', files };
    },
  };
}
