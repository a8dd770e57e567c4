/*
 * What a route is: the handler of one OpenAPI operation (by operationId), with the permission
 * it needs and the faults it can tell. The dispatcher (server.ts) does everything common to all
 * operations first (faults, authentication, permissions, parameter and body validation) and
 * validates the answer; a route only models the endpoint's behaviour.
 */
import type * as http from 'node:http';
import type { Needs } from './auth.js';
import type { ActiveFault, FaultKind } from './faults.js';
import { notFound, type HttpAnswer } from './http.js';
import type * as json from './json.js';
import type { CompiledOperation } from './openapi.js';
import type { GitHubState, Repository, TokenSpec } from './state.js';

/** What every route of one emulator shares. */
export interface EmulatorContext {
  state: GitHubState;
  urls: json.Urls;
  /** The signature of an asset's short-lived download URL (on the uploads host). */
  sign(assetId: number): string;
}

/** One request, as a route sees it (already authenticated, authorised and validated). */
export interface RouteContext extends EmulatorContext {
  operation: CompiledOperation;
  /** Path parameters, decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The request path as sent (not decoded), for pagination links. */
  pathname: string;
  req: http.IncomingMessage;
  res: http.ServerResponse;
  token: TokenSpec;
  /** The JSON body, validated against the operation (undefined for GET/DELETE and streamed bodies). */
  body: unknown;
  /** The fault taken for this request, if it is one the route declared in `faults`. */
  fault?: ActiveFault;
}

/**
 * The handler of one operation. It answers an `HttpAnswer`, or null when the connection is
 * already gone (nothing more can be sent).
 */
export interface Route {
  /** The operationId in the OpenAPI extract (the path and method come from there). */
  operationId: string;
  /** The permission the token needs; none beyond a valid token when absent. */
  needs?: Needs;
  /** Served without a token too (GitHub's public endpoints, e.g. `/meta`). An unknown token is still 401. */
  anonymous?: boolean;
  /** The host it is served on (default `api`; uploads go to the uploads host). */
  host?: 'api' | 'uploads';
  /** The route reads the request body itself (uploads stream it); the dispatcher does not parse it. */
  streamsBody?: boolean;
  /**
   * Fault kinds this route applies itself (handed over as `ctx.fault`) instead of the
   * dispatcher's generic handling. The lying kinds (`ROUTE_FAULTS`) can only be added for an
   * operation whose route lists them.
   */
  faults?: readonly FaultKind[];
  handle(ctx: RouteContext): HttpAnswer | null | Promise<HttpAnswer | null>;
}

/** A handler for `/repos/{owner}/{repo}/…`: 404 when the repository does not exist. */
export function inRepo(
  handle: (ctx: RouteContext, repo: Repository) => HttpAnswer | null | Promise<HttpAnswer | null>,
): Route['handle'] {
  return (ctx) => {
    const repo = ctx.state.findRepo(ctx.params.owner, ctx.params.repo);
    return repo ? handle(ctx, repo) : notFound();
  };
}
