/*
 * Release assets: list, get (JSON, or a redirect to the bytes), rename/relabel, delete. Names
 * are rewritten as GitHub rewrites them; a duplicate name is 422 `already_exists`; the assets
 * of an immutable release never change. Uploads are in ../uploads.ts (another host, streamed).
 */
import * as fs from 'node:fs';
import { githubAssetName, sameAssetName } from '../asset-name.js';
import { visible } from '../auth.js';
import { downloadLocation } from '../downloads.js';
import { HttpAnswer, notFound, paginate } from '../http.js';
import * as json from '../json.js';
import { inRepo, type RouteContext, type Route } from '../route.js';
import type { Repository } from '../state.js';
import { immutableRefusal } from './releases.js';

/** The asset of `{asset_id}` in this repository, if the token may see its release. */
function findVisibleAsset({ state, params, token }: RouteContext, repo: Repository) {
  const found = state.findAsset(Number(params.asset_id));
  return found && found.repo === repo && visible(token, found.release) ? found : undefined;
}

const read = { scope: 'contents', level: 'read' } as const;
const write = { scope: 'contents', level: 'write' } as const;

export const ASSET_ROUTES: Route[] = [
  {
    operationId: 'repos/list-release-assets',
    needs: read,
    handle: inRepo(({ urls, params, pathname, query, token }, repo) => {
      const release = repo.releases.find((x) => x.id === Number(params.release_id));
      if (!release || !visible(token, release)) return notFound();
      const { page, headers } = paginate(urls.api, pathname, query, release.assets);
      return new HttpAnswer(
        200,
        page.map((a) => json.asset(urls, repo, release, a)),
        headers,
      );
    }),
  },
  {
    operationId: 'repos/get-release-asset',
    needs: read,
    handle: inRepo((ctx, repo) => {
      const found = findVisibleAsset(ctx, repo);
      if (!found) return notFound();
      if ((ctx.req.headers.accept ?? '').includes('application/octet-stream')) {
        // GitHub redirects to a short-lived signed URL on another host.
        return new HttpAnswer(302, undefined, { location: downloadLocation(ctx, found.asset) });
      }
      return new HttpAnswer(200, json.asset(ctx.urls, repo, found.release, found.asset));
    }),
  },
  {
    operationId: 'repos/update-release-asset',
    needs: write,
    handle: inRepo((ctx, repo) => {
      const found = findVisibleAsset(ctx, repo);
      if (!found) return notFound();
      if (found.release.immutable) return immutableRefusal('change the assets of');
      const input = (ctx.body ?? {}) as Record<string, unknown>;
      if (typeof input.name === 'string') {
        const name = githubAssetName(input.name);
        if (found.release.assets.some((a) => a !== found.asset && sameAssetName(a.name, name))) {
          return new HttpAnswer(
            422,
            json.validationFailed([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]),
          );
        }
        found.asset.name = name;
      }
      if (typeof input.label === 'string') found.asset.label = input.label;
      found.asset.updatedAt = ctx.state.now();
      return new HttpAnswer(200, json.asset(ctx.urls, repo, found.release, found.asset));
    }),
  },
  {
    // Kept alike on purpose (docs/ARCHITECTURE.md): each route checks as GitHub does, in GitHub's order.
    operationId: 'repos/delete-release-asset',
    needs: write,
    handle: inRepo((ctx, repo) => {
      const found = findVisibleAsset(ctx, repo);
      if (!found) return notFound();
      if (found.release.immutable) return immutableRefusal('delete the assets of');
      found.release.assets.splice(found.release.assets.indexOf(found.asset), 1);
      fs.rmSync(found.asset.file, { force: true });
      return new HttpAnswer(204);
    }),
  },
];
