/*
 * A real OCI registry for a test file or a bench: Debian's `docker-registry` (CNCF distribution
 * 2.8), unpacked into .cache/registry by scripts/fetch-registry.sh, started on a free loopback
 * port with an in-memory store, with or without token auth, and stopped (its folder removed)
 * after; and skopeo, fetched beside it. A missing binary fails with the command that fetches it:
 * it never skips. `root` is the checkout holding .cache (default: this file's, from source; a
 * bundled bench passes its own).
 *
 * Token auth (distribution `docs/spec/auth/token.md`, `registry/auth/token`): the registry
 * trusts the certificates of `rootcertbundle` and reads the signing one from the JWT header's
 * `x5c`; the token server here signs ES256 JWTs with a self-signed key made by openssl, and
 * grants a user only the repositories `grants` allows (the token for any other scope carries no
 * access, as Docker's token server does, so the registry answers 401 insufficient_scope).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createPrivateKey, sign, X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { BaseError } from '../../core/errors.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
/** The registry binary of a checkout. */
export const registryBin = (root = ROOT) => path.join(root, '.cache/registry/usr/bin/docker-registry');
/** The skopeo binary of a checkout. */
export const skopeoBin = (root = ROOT) => path.join(root, '.cache/skopeo/usr/bin/skopeo');

/** The real registry or skopeo is missing, or the registry did not start. */
export class RealRegistryError extends BaseError<'MISSING_TOOL' | 'NOT_STARTED' | 'COPY_FAILED'> {}

export interface TokenAuth {
  /** user → password. */
  users: Record<string, string>;
  /** user → repositories the user may pull and push ('*' for all); anonymous gets none. */
  grants: Record<string, string[]>;
}

export interface OciRegistry {
  /** `127.0.0.1:PORT`, as references name it. */
  host: string;
  url: string;
  /** With token auth: the token server's URL and the tokens it issued. */
  tokenUrl?: string;
  tokensIssued: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** Starts the registry (and its token server when `auth` is given); stop() ends both and removes the folder. */
export async function startOciRegistry(auth?: TokenAuth, root = ROOT): Promise<OciRegistry> {
  const bin = registryBin(root);
  if (!fs.existsSync(bin))
    throw new RealRegistryError(
      'MISSING_TOOL',
      `no registry at ${bin}: run scripts/fetch-registry.sh (CI runs it before the tests)`,
    );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oci-registry-'));
  const port = await freePort();
  const handle: OciRegistry = {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    tokensIssued: 0,
    stop: async () => {},
  };
  let tokenServer: http.Server | undefined;
  let authConfig = '';
  if (auth) {
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
        '/CN=token-issuer',
      ],
      { stdio: 'ignore' },
    );
    const privateKey = createPrivateKey(fs.readFileSync(key));
    const x5c = Buffer.from(new X509Certificate(fs.readFileSync(cert)).raw).toString('base64');
    tokenServer = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
      let user = '';
      if (basic) {
        const [name, ...rest] = Buffer.from(basic[1], 'base64').toString().split(':');
        if (auth.users[name] !== rest.join(':')) {
          res.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"bad credentials"}');
          return;
        }
        user = name;
      }
      const allowed = auth.grants[user] ?? [];
      const access = url.searchParams.getAll('scope').flatMap((scope) => {
        const [type, name, actions] = scope.split(':');
        if (type !== 'repository' || !(allowed.includes('*') || allowed.includes(name))) return [];
        return [{ type, name, actions: actions.split(',') }];
      });
      const now = Math.floor(Date.now() / 1000);
      const header = { alg: 'ES256', typ: 'JWT', x5c: [x5c] };
      const claims = {
        iss: 'test-issuer',
        sub: user,
        aud: url.searchParams.get('service'),
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: String(Math.random()),
        access,
      };
      const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
      // JWS ES256 signatures are r‖s (RFC 7518 §3.4), not DER.
      const signature = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
      handle.tokensIssued++;
      const token = `${input}.${b64url(signature)}`;
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ token, access_token: token, expires_in: 300 }));
    });
    await new Promise<void>((resolve) => tokenServer!.listen(0, '127.0.0.1', resolve));
    handle.tokenUrl = `http://127.0.0.1:${(tokenServer.address() as net.AddressInfo).port}/token`;
    authConfig = `auth: {token: {realm: "${handle.tokenUrl}", service: test-registry, issuer: test-issuer, rootcertbundle: "${cert}"}}\n`;
  }
  const config = path.join(dir, 'config.yml');
  fs.writeFileSync(
    config,
    `version: 0.1\nlog: {level: error}\nstorage: {inmemory: {}, delete: {enabled: true}}\nhttp: {addr: "127.0.0.1:${port}", secret: test}\n${authConfig}`,
  );
  const child: ChildProcess = spawn(bin, ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  // A worker that dies before its afterAll must not leave the registry running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()).slice(-4000));
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    if (tokenServer) {
      tokenServer.closeAllConnections();
      await new Promise<void>((resolve) => tokenServer!.close(() => resolve()));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  handle.stop = stop;
  // Ready when /v2/ answers (200 open, 401 with auth); it starts in 65–240 ms here.
  for (let i = 0; ; i++) {
    try {
      const response = await fetch(`${handle.url}/v2/`);
      await response.body?.cancel();
      if (response.status === 200 || response.status === 401) break;
    } catch {
      // not listening yet
    }
    if (i > 100 || child.exitCode !== null) {
      await stop();
      throw new RealRegistryError('NOT_STARTED', `the registry did not start: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return handle;
}

/** skopeo's command line for a copy, in a scratch folder of its own (its policy and HOME). */
function skopeoCommand(
  source: string,
  destination: string,
  root: string,
): { bin: string; args: string[]; env: NodeJS.ProcessEnv; dir: string } {
  const bin = skopeoBin(root);
  if (!fs.existsSync(bin))
    throw new RealRegistryError(
      'MISSING_TOOL',
      `no skopeo at ${bin}: run scripts/fetch-registry.sh (CI runs it before the tests)`,
    );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skopeo-'));
  const policy = path.join(dir, 'policy.json');
  fs.writeFileSync(policy, JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] }));
  const lib = path.join(root, '.cache/skopeo/usr/lib');
  const libDirs = fs
    .readdirSync(lib)
    .filter((d) => d.endsWith('-linux-gnu'))
    .map((d) => path.join(lib, d));
  const args = [
    'copy',
    '--all',
    '--preserve-digests',
    '--src-tls-verify=false',
    '--dest-tls-verify=false',
    '--policy',
    policy,
    '--quiet',
    source,
    destination,
  ];
  const env = { ...process.env, LD_LIBRARY_PATH: libDirs.join(':'), HOME: dir, XDG_RUNTIME_DIR: dir };
  return { bin, args, env, dir };
}

/**
 * Runs `skopeo copy --all --preserve-digests` (1.9.3, fetched beside the registry) from `source`
 * to `destination` (`oci:DIR:TAG`, `docker://HOST/NAME:TAG`), over plain http on loopback, with
 * a policy that accepts anything (the images are the test's own). Returns the time it took, ms.
 * Synchronous: the registry must be another process (distribution 2.8), never a server of this one.
 */
export function skopeoCopy(source: string, destination: string, root = ROOT): number {
  const { bin, args, env, dir } = skopeoCommand(source, destination, root);
  try {
    const started = performance.now();
    execFileSync(bin, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    return performance.now() - started;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** {@link skopeoCopy} without blocking: for a registry served by this very process (the emulator). */
export async function skopeoCopyAsync(source: string, destination: string, root = ROOT): Promise<number> {
  const { bin, args, env, dir } = skopeoCommand(source, destination, root);
  try {
    const started = performance.now();
    const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (code !== 0) throw new RealRegistryError('COPY_FAILED', `skopeo copy failed (${code}): ${stderr}`);
    return performance.now() - started;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
