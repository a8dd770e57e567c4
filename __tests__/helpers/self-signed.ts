/*
 * A loopback HTTPS server whose certificate no client trusts (self-signed, made by openssl for
 * the test file): what a runner meets behind a TLS-intercepting proxy, or at a mirror with an
 * expired or foreign certificate. `connections` counts the TCP connections it saw, so a test can
 * tell a request that was tried again from one that was not.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { workspace } from './workspace.js';

export interface SelfSignedServer {
  url: string;
  connections: number;
  stop(): Promise<void>;
}

/** Starts the server on 127.0.0.1; every request that gets through is answered with `body`. */
export async function startSelfSignedServer(body = 'bytes'): Promise<SelfSignedServer> {
  const dir = workspace({}, 'tls');
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (_req, res) =>
    res.end(body),
  );
  const handle: SelfSignedServer = { url: '', connections: 0, stop: async () => {} };
  server.on('connection', () => handle.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  handle.url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  handle.stop = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return handle;
}
