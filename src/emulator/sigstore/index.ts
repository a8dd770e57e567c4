/*
 * Local Sigstore services for tests and the rehearsal: Fulcio, Rekor and a timestamp authority
 * built from @sigstore/mock's building blocks (never its nock helpers, which only work
 * in-process), the runner's OIDC token endpoint, and a trusted_root.json for this instance, all
 * behind one HTTP server on 127.0.0.1. Never bundled into dist.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
} from '@sigstore/mock';
import { canonicalizeRekorEntry } from './rekor-canonical.js';
import { buildTrustedRoot, type TrustedRootJSON } from './trusted-root.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export type Service = 'fulcio' | 'rekor' | 'tsa' | 'oidc';

/**
 * A fault for the next `times` requests to one service (default 1):
 * - `status`: answer with this status (and `Retry-After: retryAfter` seconds when given);
 * - `reset`: reset the connection (TCP RST) after reading the request, before any answer, and
 *   without acting on it (nothing is issued or logged);
 * - `slow`: hold the answer `delayMs` before acting on the request and answering; a client that
 *   gave up meanwhile (closed its socket) gets nothing and nothing is issued or logged;
 * - `lost`: act on the request (issue the token or certificate, log the Rekor entry), then reset
 *   the connection instead of answering: the client cannot know it was applied. A retried Rekor
 *   entry then meets a 409 naming the entry, as the real Rekor answers a duplicate;
 * - `truncate`: act on the request, send the answer's headers (with its full length) and its
 *   first `bytes` bytes, then cut the connection.
 */
export type SigstoreFault =
  | { kind: 'status'; status: number; retryAfter?: number; times?: number }
  | { kind: 'reset'; times?: number }
  | { kind: 'slow'; delayMs: number; times?: number }
  | { kind: 'lost'; times?: number }
  | { kind: 'truncate'; bytes: number; times?: number };

export interface SigstoreEmulatorOptions {
  /** Repository in the tokens' claims (default octo-org/octo-repo). */
  repository?: string;
  /** The tag of the workflow ref in the tokens (default v1.2.3). */
  tag?: string;
  /** Audience the emulated Fulcio requires (default sigstore). */
  audience?: string;
}

export interface SigstoreEmulator {
  url: string;
  fulcioURL: string;
  rekorURL: string;
  tsaURL: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL for the runner. */
  oidcRequestURL: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN for the runner. */
  oidcRequestToken: string;
  /** The instance's trusted root, and the same written to a file. */
  trustedRoot: TrustedRootJSON;
  trustedRootPath: string;
  /** Requests seen, per service (token requests counted at the OIDC endpoint). */
  counts: Record<Service, number>;
  /** Every token the OIDC endpoint handed out (tests check none leaks into output). */
  issued: string[];
  /** The identity (certificate SAN) the tokens of this instance carry. */
  identity: string;
  /** An unsigned JWT with GitHub's claims, as the OIDC endpoint issues. */
  issueToken(overrides?: Record<string, unknown>, audience?: string): string;
  /**
   * Claims merged into every token the OIDC endpoint hands out from now on (e.g. a reusable
   * workflow's `job_workflow_ref`); `{}` restores the defaults.
   */
  setTokenClaims(overrides: Record<string, unknown>): void;
  /**
   * Makes Fulcio lie: it certifies `san(the SAN it should write)` and, when given, `issuer`
   * instead of the token's (a CA that certifies someone else). Undefined stops lying.
   */
  lieFulcio(lie?: { san?: (san: string) => string; issuer?: string }): void;
  /** Answers the next `times` requests to a service with this status (fault injection). */
  failNext(service: Service, status: number, times?: number): void;
  /**
   * Injects a fault (status, reset, slow, lost or truncate: see {@link SigstoreFault}) into the
   * next requests to a service; replaces the service's pending fault, `failNext`'s included.
   */
  fault(service: Service, spec: SigstoreFault): void;
  /**
   * Faults that fired, per service (each faulted request counts once), so a test or the
   * matrix can tell a fault that fired from one the step never reached. Not reset by
   * {@link clearFaults}: it records what happened.
   */
  applied: Record<Service, number>;
  /**
   * Whether the injected faults all fired: at least one fault was applied and none is left
   * pending (a fault aimed at a request the step never made did not test anything).
   */
  faultsFired(): boolean;
  /** Drops every pending injected fault. */
  clearFaults(): void;
  /** Runner env for the OIDC endpoint. */
  runnerEnv(): Record<string, string>;
  stop(): Promise<void>;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeJwt(token: string): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3) throw new Error('identity token is not a JWT');
  return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** Starts the services on a free port of 127.0.0.1. */
export async function startSigstore(options: SigstoreEmulatorOptions = {}): Promise<SigstoreEmulator> {
  const repository = options.repository ?? 'octo-org/octo-repo';
  const tag = options.tag ?? 'v1.2.3';
  const requiredAudience = options.audience ?? 'sigstore';
  const oidcRequestToken = crypto.randomBytes(24).toString('hex');
  const counts: Record<Service, number> = { fulcio: 0, rekor: 0, tsa: 0, oidc: 0 };
  const applied: Record<Service, number> = { fulcio: 0, rekor: 0, tsa: 0, oidc: 0 };
  const faults: Record<Service, (SigstoreFault & { left: number }) | undefined> = {
    fulcio: undefined,
    rekor: undefined,
    tsa: undefined,
    oidc: undefined,
  };

  const issued: string[] = [];
  let tokenClaims: Record<string, unknown> = {};
  let fulcioLie: { san?: (san: string) => string; issuer?: string } | undefined;
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const key = () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const caKeys = key();
  const ctKeys = key();
  const tlogKeys = key();
  const tsaKeys = key();
  const ctlog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(caKeys, ctlog);
  const tlog = await initializeTLog(url, tlogKeys);
  const tsa = await initializeTSA(tsaKeys);
  // The mock TSA stamps the current time with milliseconds, which pkijs writes with trailing
  // zeros trimmed ('.5Z'); sigstore's parser (like RFC 3161 practice) accepts only whole seconds
  // or exactly three digits, so about one stamp in ten would not parse. Whole seconds, as the
  // real timestamp authority issues.
  (tsa as unknown as { getCurrentTime: () => Date }).getCurrentTime = () =>
    new Date(Math.floor(Date.now() / 1000) * 1000);
  // The SAN of a GitHub Actions certificate is the server URL + the job's workflow ref; the
  // mock reads the SAN from one claim, so the emulated Fulcio hands it a claim holding that.
  const fulcio = fulcioHandler(ca, { subjectClaim: 'sealed_release_san' });
  const rekor = rekorHandler(tlog);
  const timestamp = tsaHandler(tsa);

  const workflowRef = `${repository}/.github/workflows/release.yml@refs/tags/${tag}`;
  const identity = `https://github.com/${workflowRef}`;

  const issueToken = (overrides: Record<string, unknown> = {}, audience = requiredAudience): string => {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      jti: crypto.randomUUID(),
      sub: `repo:${repository}:ref:refs/tags/${tag}`,
      aud: audience,
      ref: `refs/tags/${tag}`,
      ref_type: 'tag',
      sha: '0123456789abcdef0123456789abcdef01234567',
      repository,
      repository_owner: repository.split('/')[0],
      repository_id: '100',
      repository_owner_id: '200',
      repository_visibility: 'public',
      run_id: '1000',
      run_number: '1',
      run_attempt: '1',
      runner_environment: 'github-hosted',
      actor: 'octocat',
      workflow: 'release',
      event_name: 'push',
      workflow_ref: workflowRef,
      workflow_sha: '0123456789abcdef0123456789abcdef01234567',
      job_workflow_ref: workflowRef,
      job_workflow_sha: '0123456789abcdef0123456789abcdef01234567',
      iss: GITHUB_ISSUER,
      nbf: now - 5,
      iat: now,
      exp: now + 300,
      ...overrides,
    };
    return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
  };

  /** What the real Fulcio checks before it issues anything, done here so tests can fail. */
  const checkSigningRequest = (body: string): string => {
    const json = JSON.parse(body) as {
      credentials?: { oidcIdentityToken?: string };
      publicKeyRequest?: { publicKey?: { content?: string }; proofOfPossession?: string };
    };
    const token = json.credentials?.oidcIdentityToken ?? '';
    const claims = decodeJwt(token);
    if (claims.iss !== GITHUB_ISSUER) throw new Error(`unknown issuer ${String(claims.iss)}`);
    const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!aud.includes(requiredAudience)) throw new Error(`audience must be ${requiredAudience}`);
    if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now()) throw new Error('token expired');
    if (typeof claims.job_workflow_ref !== 'string') throw new Error('token has no job_workflow_ref');
    const pem = json.publicKeyRequest?.publicKey?.content;
    const pop = json.publicKeyRequest?.proofOfPossession;
    if (!pem || !pop) throw new Error('publicKeyRequest with proofOfPossession required');
    if (!crypto.verify('sha256', Buffer.from(String(claims.sub)), pem, Buffer.from(pop, 'base64'))) {
      throw new Error('proof of possession does not verify');
    }
    // As Fulcio does for GitHub Actions: the SAN is the server URL + job_workflow_ref (the
    // workflow running the job, the reusable one in a reusable workflow), never workflow_ref.
    const san = `https://github.com/${claims.job_workflow_ref}`;
    const rewritten = {
      ...claims,
      ...(fulcioLie?.issuer === undefined ? {} : { iss: fulcioLie.issuer }),
      sealed_release_san: fulcioLie?.san ? fulcioLie.san(san) : san,
    };
    json.credentials = { oidcIdentityToken: `${base64url({ alg: 'none' })}.${base64url(rewritten)}.` };
    return JSON.stringify(json);
  };

  const readBody = (req: http.IncomingMessage): Promise<string> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  /** Answers that a `lost` fault cuts after the request was acted on. */
  const lost = new WeakSet<http.ServerResponse>();
  /** Answers that a `truncate` fault cuts after this many bytes of the body. */
  const truncated = new WeakMap<http.ServerResponse, number>();
  /** Rekor entries logged, by canonical body (duplicates get 409) and by UUID (for GET). */
  const rekorByBody = new Map<string, string>();
  const rekorByUuid = new Map<string, string>();

  const send = (
    res: http.ServerResponse,
    status: number,
    body: string | ArrayBufferView,
    type = 'application/json',
    headers: Record<string, string> = {},
  ): void => {
    if (lost.has(res)) {
      // The request was acted on; its answer never leaves.
      res.socket?.resetAndDestroy();
      return;
    }
    const bytes =
      typeof body === 'string'
        ? Buffer.from(body)
        : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    const cutAt = truncated.get(res);
    res.writeHead(status, { 'content-type': type, 'content-length': String(bytes.length), ...headers });
    if (cutAt !== undefined && cutAt < bytes.length) {
      // The promised length never arrives: the client sees a body cut short.
      res.write(bytes.subarray(0, cutAt), () => res.socket?.destroy());
      return;
    }
    res.end(bytes);
  };

  /**
   * Applies the pending fault of a service to this request. `true`: the request was answered
   * (or cut) by the fault and must not be served; `false`: serve it (after a `slow` delay).
   */
  const injected = async (service: Service, res: http.ServerResponse): Promise<boolean> => {
    const fault = faults[service];
    if (!fault) return false;
    fault.left -= 1;
    if (fault.left <= 0) faults[service] = undefined;
    applied[service] += 1;
    if (fault.kind === 'reset') {
      // An RST, not a polite FIN: the client sees ECONNRESET with no answer at all.
      res.socket?.resetAndDestroy();
      return true;
    }
    if (fault.kind === 'lost') {
      lost.add(res);
      return false;
    }
    if (fault.kind === 'truncate') {
      truncated.set(res, fault.bytes);
      return false;
    }
    if (fault.kind === 'slow') {
      // The wait also ends when the client leaves (or stop() closes the connection), so no
      // timer outlives the request.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, fault.delayMs);
        res.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      // The client timed out and left: nothing is issued or logged for it (the `lost` fault is
      // the one where the service acts and the answer goes missing).
      return res.socket === null || res.socket.destroyed || res.closed;
    }
    res.writeHead(fault.status, {
      'content-type': 'application/json',
      ...(fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) }),
    });
    res.end(JSON.stringify({ message: `injected ${fault.status}` }));
    return true;
  };

  server.on('request', (req, res) => {
    void (async () => {
      const requestUrl = new URL(req.url ?? '/', url);
      const body = await readBody(req);
      try {
        if (req.method === 'GET' && requestUrl.pathname === '/oidc/token') {
          counts.oidc += 1;
          if (await injected('oidc', res)) return;
          if (req.headers.authorization !== `Bearer ${oidcRequestToken}`) {
            return send(res, 401, JSON.stringify({ message: 'bad request token' }));
          }
          const audience = requestUrl.searchParams.get('audience') ?? 'https://github.com/' + repository;
          const token = issueToken(tokenClaims, audience);
          issued.push(token);
          return send(res, 200, JSON.stringify({ value: token }));
        }
        if (req.method === 'POST' && requestUrl.pathname === fulcio.path) {
          counts.fulcio += 1;
          if (await injected('fulcio', res)) return;
          let checked: string;
          try {
            checked = checkSigningRequest(body);
          } catch (error) {
            return send(res, 400, JSON.stringify({ message: (error as Error).message }));
          }
          const out = await fulcio.fn(checked);
          return send(res, out.statusCode, out.response, out.contentType);
        }
        if (req.method === 'POST' && requestUrl.pathname === rekor.path) {
          counts.rekor += 1;
          if (await injected('rekor', res)) return;
          const canonical = JSON.stringify(canonicalizeRekorEntry(JSON.parse(body)));
          // As Rekor does: an entry already in the log is not logged twice; the 409 names it,
          // so a client whose first answer was lost can read the entry instead.
          const existing = rekorByBody.get(canonical);
          if (existing !== undefined) {
            return send(
              res,
              409,
              JSON.stringify({
                code: 409,
                message: `an equivalent entry already exists with UUID ${existing}`,
              }),
              'application/json',
              { location: `${rekor.path}/${existing}` },
            );
          }
          const out = await rekor.fn(canonical);
          if (out.statusCode === 201 && typeof out.response === 'string') {
            const uuid = Object.keys(JSON.parse(out.response) as Record<string, unknown>)[0];
            rekorByBody.set(canonical, uuid);
            rekorByUuid.set(uuid, out.response);
          }
          return send(res, out.statusCode, out.response, out.contentType);
        }
        if (req.method === 'GET' && requestUrl.pathname.startsWith(`${rekor.path}/`)) {
          counts.rekor += 1;
          if (await injected('rekor', res)) return;
          const entry = rekorByUuid.get(requestUrl.pathname.slice(rekor.path.length + 1));
          return entry === undefined
            ? send(res, 404, JSON.stringify({ code: 404, message: 'entry not found' }))
            : send(res, 200, entry);
        }
        if (req.method === 'POST' && requestUrl.pathname === timestamp.path) {
          counts.tsa += 1;
          if (await injected('tsa', res)) return;
          const out = await timestamp.fn(body);
          return send(res, out.statusCode, out.response, out.contentType ?? 'application/timestamp-reply');
        }
        send(res, 404, JSON.stringify({ message: 'not found' }));
      } catch (error) {
        send(res, 400, JSON.stringify({ message: (error as Error).message }));
      }
    })();
  });

  const trustedRoot = buildTrustedRoot({
    url,
    caRoot: Buffer.from(ca.rootCertificate.buffer),
    ctlogKey: ctlog.publicKey,
    ctlogId: Buffer.from(ctlog.logID.buffer),
    tlogKey: tlogKeys.publicKey.export({ format: 'der', type: 'spki' }),
    tsaChain: [Buffer.from(tsa.intCertificate.buffer), Buffer.from(tsa.rootCertificate.buffer)],
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigstore-emulator-'));
  const trustedRootPath = path.join(dir, 'trusted_root.json');
  fs.writeFileSync(trustedRootPath, JSON.stringify(trustedRoot, null, 2));

  return {
    url,
    fulcioURL: url,
    rekorURL: url,
    tsaURL: `${url}/api/v1/timestamp`,
    oidcRequestURL: `${url}/oidc/token`,
    oidcRequestToken,
    trustedRoot,
    trustedRootPath,
    counts,
    issued,
    identity,
    issueToken,
    setTokenClaims(overrides) {
      tokenClaims = { ...overrides };
    },
    lieFulcio(lie) {
      fulcioLie = lie;
    },
    failNext(service, status, times = 1) {
      faults[service] = { kind: 'status', status, left: times };
    },
    fault(service, spec) {
      const times = spec.times ?? 1;
      if (!(times >= 1)) throw new Error(`a fault needs times >= 1, got ${times}`);
      faults[service] = { ...spec, left: times };
    },
    applied,
    faultsFired() {
      return Object.values(applied).some((n) => n > 0) && Object.values(faults).every((f) => f === undefined);
    },
    clearFaults() {
      for (const service of Object.keys(faults) as Service[]) faults[service] = undefined;
      fulcioLie = undefined;
      tokenClaims = {};
    },
    runnerEnv() {
      return {
        ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/oidc/token`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidcRequestToken,
      };
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
