/*
 * The registry emulator's dispatcher: one loopback HTTP server, a route table (routes.ts), the
 * faults applied on the way out, and a log of every request. Tests and the rehearsal only;
 * never bundled into dist.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Fault, Faults, type PackageRegistryName, type Target } from './faults.js';
import { type Reply, registryUrls, type RegistryUrls, ROUTES } from './routes.js';
import { PackageRegistryState } from './state.js';

export interface LogEntry {
  method: string;
  path: string;
  registry?: PackageRegistryName;
  target?: Target;
  status: number;
  fault?: Fault['kind'];
}

export interface PackageRegistryEmulator {
  urls: RegistryUrls;
  state: PackageRegistryState;
  faults: Faults;
  log: LogEntry[];
  /** Requests to one registry's metadata or downloads. */
  count(registry: PackageRegistryName, target: Target): number;
  stop(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, type: string, body: Buffer | string): void {
  const data = Buffer.from(body);
  res.writeHead(status, { 'content-type': type, 'content-length': data.length });
  res.end(data);
}

/** Announces the whole body, sends its first `bytes`, then cuts the connection (a cut transfer). */
function sendCut(res: http.ServerResponse, type: string, body: Buffer, bytes: number): void {
  res.writeHead(200, { 'content-type': type, 'content-length': body.length });
  res.write(body.subarray(0, bytes), () => res.destroy());
}

/** Writes a reply, with the fault (if any) applied. Returns the status sent (0: connection cut). */
function reply(res: http.ServerResponse, out: Reply, fault: Fault | undefined): number {
  if (fault?.kind === 'reset') {
    // Nothing at all is answered: the client sees its connection die (ECONNRESET / socket hang up).
    res.socket?.destroy();
    return 0;
  }
  if (fault?.kind === 'status') {
    const status = fault.status ?? 503;
    send(res, status, 'application/json', `{"message": "emulated ${status}"}`);
    return status;
  }
  if (fault?.kind === 'rate-limit') {
    const data = Buffer.from('{"message": "emulated rate limit"}');
    res.writeHead(429, {
      'content-type': 'application/json',
      'content-length': data.length,
      'retry-after': String(fault.retryAfter ?? 1),
    });
    res.end(data);
    return 429;
  }
  switch (out.kind) {
    case 'status':
      send(res, out.status, 'application/json', out.body ?? '');
      return out.status;
    case 'redirect':
      res.writeHead(302, { location: out.location, 'content-length': 0 });
      res.end();
      return 302;
    case 'json':
    case 'text': {
      const text = out.kind === 'json' ? JSON.stringify(out.body) : out.body;
      const type = out.kind === 'json' ? 'application/json' : 'text/plain';
      if (fault?.kind === 'truncate') {
        const body = Buffer.from(text);
        sendCut(res, type, body, fault.bytes ?? Math.floor(body.length / 2));
        return 200;
      }
      // Malformed: a 200 whose JSON stops half-way (as a proxy error page or a cut cache entry).
      send(
        res,
        200,
        type,
        fault?.kind === 'malformed' ? text.slice(0, Math.max(1, Math.floor(text.length / 2))) : text,
      );
      return 200;
    }
    case 'file': {
      let bytes = out.file.bytes;
      if (fault?.kind === 'tamper') {
        bytes = Buffer.from(bytes);
        bytes[0] ^= 0xff;
      }
      if (fault?.kind === 'short') bytes = bytes.subarray(0, fault.bytes ?? Math.floor(bytes.length / 2));
      if (fault?.kind === 'truncate') {
        sendCut(res, 'application/octet-stream', bytes, fault.bytes ?? Math.floor(bytes.length / 2));
        return 200;
      }
      send(res, 200, 'application/octet-stream', bytes);
      return 200;
    }
  }
}

/** Starts the emulator on 127.0.0.1 on a free port. */
export async function startPackageRegistryEmulator(): Promise<PackageRegistryEmulator> {
  const state = new PackageRegistryState();
  const faults = new Faults();
  const log: LogEntry[] = [];
  // Known once the server listens (the port is chosen by the system).
  const bound: { urls?: RegistryUrls } = {};
  // Slow answers still waiting: stop() clears them, so a stopped emulator holds no timer.
  const waiting = new Set<NodeJS.Timeout>();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const entry: LogEntry = { method: req.method ?? 'GET', path: url.pathname, status: 0 };
    log.push(entry);
    req.resume();
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        entry.status = 405;
        send(res, 405, 'application/json', '{"message": "method not allowed"}');
        return;
      }
      for (const route of ROUTES) {
        const match = route.pattern.exec(url.pathname);
        if (!match) continue;
        entry.registry = route.registry;
        entry.target = route.target;
        const fault = faults.take(route.registry, route.target);
        entry.fault = fault?.kind;
        if (fault?.kind === 'slow') {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(() => {
              waiting.delete(timer);
              resolve();
            }, fault.delayMs ?? 1000);
            waiting.add(timer);
          });
          // The client gave up (its timeout): nothing is left to answer.
          if (res.destroyed || req.socket.destroyed) {
            entry.status = 0;
            return;
          }
        }
        entry.status = reply(res, route.handle(match, bound.urls!, state), fault);
        return;
      }
      entry.status = 404;
      send(res, 404, 'application/json', '{"message": "Not Found"}');
    } catch (error) {
      entry.status = 500;
      send(res, 500, 'text/plain', `emulator bug: ${(error as Error).message}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const urls = (bound.urls = registryUrls(`http://127.0.0.1:${port}`));
  return {
    urls,
    state,
    faults,
    log,
    count: (registry, target) => log.filter((e) => e.registry === registry && e.target === target).length,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const timer of waiting) clearTimeout(timer);
        waiting.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
