/*
 * Asset downloads. `Accept: application/octet-stream` on an asset, and a published release's
 * browser_download_url on the web host, redirect to a short-lived signed URL on the uploads
 * host, as GitHub does: a client that follows the redirect to the other host drops its
 * Authorization header, and the emulator serves the bytes only with a valid signature.
 */
import * as fs from 'node:fs';
import type * as http from 'node:http';
import type { ActiveFault } from './faults.js';
import { delay, HttpAnswer, send } from './http.js';
import * as json from './json.js';
import type { EmulatorContext } from './route.js';
import type { Asset } from './state.js';

/** The signed download URL of an asset, on the uploads host. */
export function downloadLocation({ urls, sign }: EmulatorContext, asset: Asset): string {
  return `${urls.uploads}/_downloads/${asset.id}/${encodeURIComponent(asset.name)}?sig=${sign(asset.id)}`;
}

function plainNotFound(res: http.ServerResponse): number {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not Found');
  return 404;
}

/**
 * Serves `GET /_downloads/{id}/{name}?sig=…` on the uploads host, with the `download` faults
 * (`reset`, `status`, `slow`, `truncate`). Returns the status for the log (0: connection cut).
 */
export async function serveDownload(
  ctx: EmulatorContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  fault: ActiveFault | undefined,
): Promise<number> {
  if (fault?.kind === 'reset') {
    req.socket.destroy();
    return 0;
  }
  if (fault?.kind === 'status') {
    send(res, new HttpAnswer(fault.status ?? 502, json.errorBody(fault.status ?? 502, 'Server Error')));
    return fault.status ?? 502;
  }
  if (fault?.kind === 'slow') await delay(fault.delayMs ?? 1000);
  const match = /^\/_downloads\/(\d+)\/[^/]+$/.exec(url.pathname);
  const found = match ? ctx.state.findAsset(Number(match[1])) : undefined;
  if (!found || url.searchParams.get('sig') !== ctx.sign(found.asset.id)) return plainNotFound(res);
  found.asset.downloadCount++;
  const size = fs.statSync(found.asset.file).size;
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': String(size),
    'content-disposition': `attachment; filename=${encodeURIComponent(found.asset.name)}`,
  });
  const stream = fs.createReadStream(
    found.asset.file,
    fault?.kind === 'truncate' ? { end: (fault.bytes ?? 0) - 1 } : {},
  );
  if (fault?.kind === 'truncate') {
    // Fewer bytes than Content-Length promised, then the connection is cut.
    if ((fault.bytes ?? 0) <= 0) {
      res.socket?.destroy();
      return 200;
    }
    stream.on('end', () => res.socket?.destroy());
    stream.pipe(res, { end: false });
  } else {
    stream.pipe(res);
  }
  return 200;
}

const WEB_DOWNLOAD = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/;

/** Whether a path on the web host is a browser_download_url. */
export function isWebDownload(pathname: string): boolean {
  return WEB_DOWNLOAD.test(pathname);
}

/**
 * The web host's download link (browser_download_url) of a published release: no token
 * needed, a redirect to the signed URL as on GitHub. Drafts are not served here.
 */
export function serveWebDownload(ctx: EmulatorContext, res: http.ServerResponse, pathname: string): number {
  const web = WEB_DOWNLOAD.exec(pathname)!;
  const repo = ctx.state.findRepo(decodeURIComponent(web[1]), decodeURIComponent(web[2]));
  const release = repo?.releases.find((r) => !r.draft && r.tagName === decodeURIComponent(web[3]));
  const found = release?.assets.find((a) => a.name === decodeURIComponent(web[4]) && a.state === 'uploaded');
  if (!found) return plainNotFound(res);
  res.writeHead(302, { location: downloadLocation(ctx, found) });
  res.end();
  return 302;
}
