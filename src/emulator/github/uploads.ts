/*
 * `repos/upload-release-asset`, on the uploads host. The body streams to disk while it is
 * hashed (multi-GiB bodies are never held in memory); the digest GitHub reports is computed
 * from the bytes received. A connection cut mid-upload leaves a `starter` asset of size 0, and
 * 2 GiB or more is refused before the body is read, as on GitHub.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { githubAssetName, sameAssetName } from './asset-name.js';
import { visible } from './auth.js';
import { HttpAnswer, notFound } from './http.js';
import * as json from './json.js';
import type { Route } from './route.js';
import { immutableRefusal } from './routes/releases.js';

/** GitHub refuses release assets of 2 GiB or more. */
export const MAX_ASSET_SIZE = 2 * 1024 ** 3;

export const UPLOAD_ROUTES: Route[] = [
  {
    operationId: 'repos/upload-release-asset',
    needs: { scope: 'contents', level: 'write' },
    host: 'uploads',
    streamsBody: true,
    // `reset` cuts the upload after `bytes`, `status` can leave a starter asset, and
    // `wrong-digest` lies about the bytes: all three need the upload's own state.
    faults: ['reset', 'status', 'wrong-digest'],
    async handle({ state, urls, req, res, params, query, token, fault }) {
      const repo = state.findRepo(params.owner, params.repo);
      const release = repo?.releases.find((x) => x.id === Number(params.release_id));
      if (!repo || !release || !visible(token, release)) return notFound();
      if (release.immutable) return immutableRefusal('upload assets to');
      const lengthHeader = req.headers['content-length'];
      if (lengthHeader === undefined || !/^\d+$/.test(lengthHeader)) {
        return new HttpAnswer(400, json.errorBody(400, 'Content-Length header is required'));
      }
      const length = Number(lengthHeader);
      if (length >= MAX_ASSET_SIZE) {
        return new HttpAnswer(
          422,
          json.validationFailed([
            {
              resource: 'ReleaseAsset',
              code: 'custom',
              field: 'size',
              message: 'size must be less than 2147483648 bytes',
            },
          ]),
        );
      }
      const name = githubAssetName(query.get('name') ?? '');
      if (release.assets.some((a) => sameAssetName(a.name, name))) {
        return new HttpAnswer(
          422,
          json.validationFailed([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]),
        );
      }
      const asset = state.newAsset(
        name,
        req.headers['content-type'] ?? 'application/octet-stream',
        query.get('label'),
      );
      release.assets.push(asset);
      if (fault?.kind === 'status') {
        if (!fault.leaveStarter) release.assets.splice(release.assets.indexOf(asset), 1);
        return new HttpAnswer(fault.status ?? 502, json.errorBody(fault.status ?? 502, 'Bad Gateway'));
      }
      // Stream to disk, hashing as the bytes arrive: multi-GiB bodies are never held in memory.
      const hash = createHash('sha256');
      const out = fs.createWriteStream(asset.file);
      let received = 0;
      const cutAt = fault?.kind === 'reset' ? (fault.bytes ?? 0) : Infinity;
      const complete = await new Promise<boolean>((resolve) => {
        let done = false;
        const finish = (ok: boolean): void => {
          if (done) return;
          done = true;
          out.end(() => resolve(ok));
        };
        req.on('data', (chunk: Buffer) => {
          received += chunk.length;
          hash.update(chunk);
          if (!out.write(chunk)) {
            req.pause();
            out.once('drain', () => req.resume());
          }
          if (received >= cutAt || received > length) {
            req.socket.destroy();
            finish(false);
          }
        });
        req.on('end', () => finish(received === length));
        req.on('error', () => finish(false));
        req.on('close', () => finish(received === length && req.complete));
      });
      if (!complete || res.destroyed) {
        // The connection broke mid-upload: GitHub leaves the asset as `starter`, size 0.
        return null;
      }
      asset.state = 'uploaded';
      asset.size = received;
      const received256 = hash.digest('hex');
      // The `wrong-digest` fault lies: the digest of other bytes is stored, so the upload's answer
      // and every later listing report it.
      asset.digest =
        fault?.kind === 'wrong-digest'
          ? (fault.digest ?? `sha256:${createHash('sha256').update(`not ${received256}`).digest('hex')}`)
          : `sha256:${received256}`;
      asset.updatedAt = state.now();
      return new HttpAnswer(201, json.asset(urls, repo, release, asset));
    },
  },
];
