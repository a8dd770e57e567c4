/*
 * A loopback GitHub: the REST subset sealed-release calls, on 127.0.0.1 and a free port, plus
 * the uploads host on a second port (as uploads.github.com is a different host from
 * api.github.com; `upload_url` points at it, and asset downloads redirect to it, so a client
 * that follows the redirect drops its Authorization header exactly as it must with GitHub).
 *
 * This file is the dispatcher. For each request it matches the OpenAPI operation, applies the
 * faults, authenticates and authorises the token, validates parameters and body, hands the
 * request to the operation's route, and validates the answer against the OpenAPI extract
 * (`validate`). The endpoints' behaviour lives in the routes.
 *
 * Adding endpoints (how another area registers its handlers, without touching this file):
 * 1. Put the operation into the extract: add its operationId to OPERATIONS in
 *    scripts/extract-openapi.mjs and run `node scripts/extract-openapi.mjs`.
 * 2. Write `routes/<area>.ts` exporting a `Route[]` (see route.ts): one object per
 *    operationId with `needs` (the token's permission), optionally `anonymous`, `host`,
 *    `streamsBody`, `faults`, and `handle(ctx)` returning an `HttpAnswer` (http.ts). Wrap
 *    `/repos/{owner}/{repo}/…` handlers in `inRepo(…)` for the 404 of an unknown repository.
 *    Bodies come from json.ts (or the area's own file) shaped as GitHub's schema.
 * 3. Add the array to ROUTE_TABLES in routes/index.ts (one import, one line).
 * Start-up throws when two routes claim one operationId or a route names an operation the
 * extract does not have, so a route that can never be reached does not pass unnoticed. Tests
 * can replace a route for one emulator with `startGitHubEmulator({ routes: [...] })`.
 */
import { createHmac, randomBytes } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ANONYMOUS, authenticate, DEFAULT_TOKEN, permitted } from './auth.js';
import { isWebDownload, serveDownload, serveWebDownload } from './downloads.js';
import { faultAnswer, Faults, ROUTE_FAULTS, type FaultControl, type FaultKind } from './faults.js';
import { close, delay, HttpAnswer, listen, notFound, readJson, send } from './http.js';
import * as json from './json.js';
import {
  checkBody,
  checkParameters,
  checkResponse,
  matchOperation,
  operations,
  type Violation,
} from './openapi.js';
import type { EmulatorContext, Route, RouteContext } from './route.js';
import { ROUTE_TABLES } from './routes/index.js';
import { FULL_PERMISSIONS, GitHubState, type TokenSpec } from './state.js';

/** One request, as the emulator saw it. The token is never recorded. */
export interface LogEntry {
  method: string;
  path: string;
  query: string;
  operationId: string | null;
  status: number;
  /** The fault applied, if any. */
  fault?: FaultKind;
}

export interface EmulatorOptions {
  /** Validate every exchange against the OpenAPI extract (default true). */
  validate?: boolean;
  /** Tokens and their permissions; default: DEFAULT_TOKEN with every permission. */
  tokens?: Record<string, Partial<TokenSpec['permissions']>>;
  /** The web host for html_url (default: the API server's own URL). */
  serverUrl?: string;
  /** Seed state to start from (the rehearsal passes one it built). */
  state?: GitHubState;
  /** Routes that replace the built-in route of their operationId (tests of the harness itself). */
  routes?: Route[];
}

export interface GitHubEmulator {
  /** REST root: use as GITHUB_API_URL / baseUrl. */
  url: string;
  /** The uploads host root. */
  uploadUrl: string;
  /** The web root (GITHUB_SERVER_URL). */
  serverUrl: string;
  state: GitHubState;
  log: LogEntry[];
  /** Requests or responses that did not match GitHub's OpenAPI description. */
  violations: Violation[];
  faults: FaultControl;
  /** Called after every answered request (tests use it to change state between polls). */
  onRequest(listener: (entry: LogEntry) => void): void;
  /** Number of logged requests for an operationId. */
  count(operationId: string): number;
  stop(): Promise<void>;
}

/** The routes by operationId; throws on a duplicate or on an operation the extract lacks. */
function routeMap(overrides: Route[]): Map<string, Route> {
  const known = new Set(operations().map((o) => o.operationId));
  const routes = new Map<string, Route>();
  for (const route of ROUTE_TABLES.flat()) {
    if (routes.has(route.operationId)) throw new Error(`emulator: two routes for ${route.operationId}`);
    routes.set(route.operationId, route);
  }
  for (const route of overrides) routes.set(route.operationId, route);
  for (const id of routes.keys()) {
    if (!known.has(id)) throw new Error(`emulator: route ${id} is not an operation of the OpenAPI extract`);
  }
  return routes;
}

/** Starts the emulator. Stop it with `stop()`. */
export async function startGitHubEmulator(options: EmulatorOptions = {}): Promise<GitHubEmulator> {
  const state = options.state ?? new GitHubState();
  if (options.tokens) {
    for (const [token, permissions] of Object.entries(options.tokens)) state.addToken(token, permissions);
  } else if (state.tokens.size === 0) {
    state.tokens.set(DEFAULT_TOKEN, { permissions: { ...FULL_PERMISSIONS } });
  }
  const validate = options.validate ?? true;
  const routes = routeMap(options.routes ?? []);
  const log: LogEntry[] = [];
  const violations: Violation[] = [];
  const listeners: ((entry: LogEntry) => void)[] = [];
  const signingKey = randomBytes(32);
  const faults = new Faults((spec) => {
    // A lie only a route can tell must name an operation whose route tells it.
    if (!ROUTE_FAULTS.includes(spec.kind)) return;
    const route = spec.operation ? routes.get(spec.operation) : undefined;
    if (!route?.faults?.includes(spec.kind)) {
      const tellers = [...routes.values()]
        .filter((r) => r.faults?.includes(spec.kind))
        .map((r) => r.operationId);
      throw new Error(
        `emulator: fault '${spec.kind}' needs operation ${tellers.join(' or ')}, got ${spec.operation ?? 'none'}`,
      );
    }
  });

  const api = http.createServer();
  const uploads = http.createServer();
  await Promise.all([listen(api), listen(uploads)]);
  const urls: json.Urls = {
    api: `http://127.0.0.1:${(api.address() as AddressInfo).port}`,
    uploads: `http://127.0.0.1:${(uploads.address() as AddressInfo).port}`,
    web: '',
  };
  urls.web = (options.serverUrl ?? urls.api).replace(/\/+$/, '');
  const shared: EmulatorContext = {
    state,
    urls,
    sign: (assetId) => createHmac('sha256', signingKey).update(String(assetId)).digest('hex'),
  };

  function record(entry: LogEntry): void {
    log.push(entry);
    for (const listener of listeners) listener(entry);
  }

  async function handle(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    host: 'api' | 'uploads',
  ): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const entry: LogEntry = { method, path: url.pathname, query: url.search, operationId: null, status: 0 };
    const finish = (status: number): void => {
      entry.status = status;
      record(entry);
    };

    if (host === 'uploads' && method === 'GET' && url.pathname.startsWith('/_downloads/')) {
      entry.operationId = 'download';
      const fault = faults.take('download', url.searchParams, method, url.pathname);
      if (fault) entry.fault = fault.kind;
      return finish(await serveDownload(shared, req, res, url, fault));
    }
    if (host === 'api' && method === 'GET' && isWebDownload(url.pathname)) {
      entry.operationId = 'web-download';
      return finish(serveWebDownload(shared, res, url.pathname));
    }

    let pathname: string;
    try {
      pathname = decodeURI(url.pathname);
    } catch {
      pathname = url.pathname;
    }
    const matched = matchOperation(method, url.pathname);
    const route = matched ? routes.get(matched.operation.operationId) : undefined;
    if (!matched || !route || (route.host ?? 'api') !== host) {
      req.resume();
      send(res, notFound());
      return finish(404);
    }
    const { operation, params } = matched;
    entry.operationId = operation.operationId;
    const violation = (direction: Violation['direction'], errors: string[], status?: number): void => {
      violations.push({
        operationId: operation.operationId,
        direction,
        method,
        path: pathname,
        status,
        errors,
      });
    };
    const answer = async (a: HttpAnswer, truncateAt?: number): Promise<void> => {
      if (validate && a.status !== 302 && a.status !== 204) {
        const errors = checkResponse(operation, a.status, a.body);
        if (errors.length > 0) violation('response', errors, a.status);
      }
      send(res, a, truncateAt);
      finish(a.status);
    };

    const taken = faults.take(operation.operationId, url.searchParams, method, url.pathname);
    if (taken) entry.fault = taken.kind;
    // The route applies the kinds it declares; the dispatcher applies the others to any route.
    const fault = taken && route.faults?.includes(taken.kind) ? taken : undefined;
    if (taken && !fault) {
      if (taken.kind === 'reset') {
        req.socket.destroy();
        return finish(0);
      }
      const replaced = faultAnswer(taken);
      if (replaced) {
        req.resume();
        return answer(replaced);
      }
    }
    if (taken?.kind === 'slow') await delay(taken.delayMs ?? 1000);
    const truncateAt = taken?.kind === 'truncate' && !fault ? (taken.bytes ?? 0) : undefined;

    // A route open to everyone still refuses a token it does not know, as GitHub does.
    const token =
      authenticate(state, req) ?? (route.anonymous && !req.headers.authorization ? ANONYMOUS : undefined);
    if (!token) {
      req.resume();
      return answer(new HttpAnswer(401, json.errorBody(401, 'Bad credentials')));
    }
    if (route.needs && !permitted(token, route.needs.scope, route.needs.level)) {
      req.resume();
      const status = token.deniedStatus ?? 403;
      return answer(
        status === 404
          ? notFound()
          : new HttpAnswer(403, json.errorBody(403, 'Resource not accessible by integration')),
      );
    }

    const queryValues: Record<string, unknown> = { ...params };
    for (const [k, v] of url.searchParams) queryValues[k] = v;
    const paramErrors = checkParameters(operation, queryValues);
    if (paramErrors.length > 0) {
      req.resume();
      violation('request', paramErrors);
      return answer(
        new HttpAnswer(422, json.validationFailed([], `Invalid request.\n\n${paramErrors.join('\n')}`)),
      );
    }

    let body: unknown;
    if (!route.streamsBody && method !== 'GET' && method !== 'DELETE' && operation.validateBody) {
      const parsed = await readJson(req);
      if (parsed.error) return answer(new HttpAnswer(400, json.errorBody(400, parsed.error)));
      body = parsed.body;
      const bodyErrors = checkBody(operation, body);
      if (bodyErrors.length > 0) {
        violation('request', bodyErrors);
        return answer(
          new HttpAnswer(422, json.validationFailed([], `Invalid request.\n\n${bodyErrors.join('\n')}`)),
        );
      }
    } else if (!route.streamsBody) {
      req.resume();
    }

    const ctx: RouteContext = {
      ...shared,
      operation,
      params,
      query: url.searchParams,
      pathname: url.pathname,
      req,
      res,
      token,
      body,
      fault,
    };
    const result = await route.handle(ctx);
    if (result === null) return finish(0);
    if (!route.streamsBody) return answer(result, truncateAt);

    // A streamed body the route refused before reading it all: a small body is read to its end
    // first, so the client sees the answer rather than a reset while it is still sending; a
    // large one (the 2 GiB refusal) is answered at once and the connection closed.
    const declared = Number(req.headers['content-length'] ?? 0);
    if (!req.complete && declared <= 64 * 1024 * 1024) {
      req.resume();
      await new Promise<void>((resolve) => {
        req.once('end', resolve);
        req.once('close', resolve);
      });
    }
    if (!req.complete) res.setHeader('connection', 'close');
    await answer(result, truncateAt);
    if (!req.complete) req.socket.end();
  }

  const wrap = (host: 'api' | 'uploads') => (req: http.IncomingMessage, res: http.ServerResponse) => {
    handle(req, res, host).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json.errorBody(500, `emulator error: ${String(error)}`)));
      }
    });
  };
  api.on('request', wrap('api'));
  uploads.on('request', wrap('uploads'));

  return {
    url: urls.api,
    uploadUrl: urls.uploads,
    serverUrl: urls.web,
    state,
    log,
    violations,
    faults,
    onRequest(listener) {
      listeners.push(listener);
    },
    count(operationId: string) {
      return log.filter((e) => e.operationId === operationId).length;
    },
    async stop() {
      await Promise.all([close(api), close(uploads)]);
      if (!options.state) state.dispose();
    },
  };
}
