import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { getTrustedRoot } from '@sigstore/tuf';
import { failureMessage } from '../../src/core/action/run.js';
import { createClient, explainHttpError } from '../../src/core/github/client.js';
import {
  KNOWN_FAILURES,
  KnownFailure,
  registryAuthFailure,
  tufFailure,
  type KnownFailureCode,
} from '../../src/core/known-failures.js';
import { OidcError, runnerIdentityProvider } from '../../src/core/sigstore/oidc.js';

/*
 * The known external failures, each met at the wire (a loopback server answering as the real
 * service does), each ending as its typed failure with its fix, never as "Internal error".
 */

/** A loopback server that answers every request with `status`, `body` and `headers`. */
async function answering(
  status: number,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

/** GitHub's body for a token without the permission (its words, and its documentation link). */
const NOT_ACCESSIBLE = JSON.stringify({
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
  status: '403',
});

describe('the table of known failures', () => {
  it('every code has a meaning and a fix that says what to change', () => {
    const codes = Object.keys(KNOWN_FAILURES) as KnownFailureCode[];
    expect(codes.sort()).toEqual(
      [
        'ATTESTATIONS_WRITE_PERMISSION',
        'CONTENTS_WRITE_PERMISSION',
        'ID_TOKEN_PERMISSION',
        'PACKAGES_WRITE_PERMISSION',
        'REGISTRY_AUTH',
        'TUF_UNREACHABLE',
      ].sort(),
    );
    for (const code of codes) {
      expect(KNOWN_FAILURES[code].fix.length).toBeGreaterThan(20);
      expect(new KnownFailure(code, 'x').fix).toBe(KNOWN_FAILURES[code].fix);
    }
  });
});

describe("GitHub's 403 to a write, through the client", () => {
  it.each([
    ['contents: write', 'CONTENTS_WRITE_PERMISSION', '/repos/o/r/releases'],
    ['attestations: write', 'ATTESTATIONS_WRITE_PERMISSION', '/repos/o/r/attestations'],
    ['packages: write', 'PACKAGES_WRITE_PERMISSION', '/orgs/o/packages'],
  ])('%s: the typed failure with its fix', async (permission, code, route) => {
    const scope = permission.replace(': ', '=');
    const server = await answering(403, NOT_ACCESSIBLE, { 'x-accepted-github-permissions': scope });
    try {
      const client = createClient('ghs_test', { baseUrl: server.url, retries: 0, maskToken: false });
      const error = await rejection(client.request(`POST ${route}`, { data: {} }));
      const explained = explainHttpError(error, `Writing ${route}`, permission);
      expect(explained).toBeInstanceOf(KnownFailure);
      expect((explained as KnownFailure).code).toBe(code);
      expect(explained.message).toContain('GitHub answered 403 "Resource not accessible by integration"');
      expect(explained.message).toContain(`(GitHub accepts: "${scope}")`);
      const message = failureMessage(explained);
      expect(message).not.toMatch(/Internal error/);
      expect(message).toContain(`Fix: Add \`permissions: ${permission}\``);
    } finally {
      await server.close();
    }
  });

  it('a 403 for another reason, or to a read, stays the general "may lack" explanation', async () => {
    const server = await answering(403, JSON.stringify({ message: 'Repository access blocked' }));
    try {
      const client = createClient('ghs_test', { baseUrl: server.url, retries: 0, maskToken: false });
      const error = await rejection(client.request('POST /repos/o/r/releases', { data: {} }));
      const explained = explainHttpError(error, 'Creating', 'contents: write');
      expect(explained).not.toBeInstanceOf(KnownFailure);
      expect(explained.code).toBe('NOT_PERMITTED');
      const read = explainHttpError(
        Object.assign(new Error('Resource not accessible by integration'), { status: 403 }),
        'Reading',
        'actions: read',
      );
      expect(read.code).toBe('NOT_PERMITTED');
    } finally {
      await server.close();
    }
  });
});

describe("the runner's OIDC endpoint", () => {
  it.each([401, 403])('answering %i is the missing id-token permission', async (status) => {
    const server = await answering(status, JSON.stringify({ message: 'no' }));
    try {
      const provider = runnerIdentityProvider(
        'sigstore',
        { ACTIONS_ID_TOKEN_REQUEST_URL: `${server.url}/token`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x' },
        { retries: 0 },
      );
      const error = await rejection(provider.getToken());
      expect(error).toBeInstanceOf(KnownFailure);
      expect((error as KnownFailure).code).toBe('ID_TOKEN_PERMISSION');
      expect(failureMessage(error)).toBe(
        `The runner's OIDC endpoint refused the token request (HTTP ${status}: "{\\"message\\":\\"no\\"}").\n` +
          `Fix: ${KNOWN_FAILURES.ID_TOKEN_PERMISSION.fix}`,
      );
    } finally {
      await server.close();
    }
  });

  it('not set up at all (no ACTIONS_ID_TOKEN_REQUEST_URL) is the same known failure', () => {
    let thrown: unknown;
    try {
      runnerIdentityProvider('sigstore', {});
    } catch (error) {
      thrown = error;
    }
    expect((thrown as KnownFailure).code).toBe('ID_TOKEN_PERMISSION');
    expect(failureMessage(thrown)).toMatch(
      /^No OIDC identity token is available: .*\nFix: Add `permissions: id-token: write`/,
    );
  });

  it('a 404 or an answer without a token is its own typed error, quoted, not a permission', async () => {
    const server = await answering(404, 'x'.repeat(500));
    try {
      const provider = runnerIdentityProvider(
        'sigstore',
        { ACTIONS_ID_TOKEN_REQUEST_URL: `${server.url}/token`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x' },
        { retries: 0 },
      );
      const error = await rejection(provider.getToken());
      expect(error).toBeInstanceOf(OidcError);
      expect((error as OidcError).code).toBe('OIDC_REFUSED');
      expect(failureMessage(error)).toMatch(/\(HTTP 404: "x{117}…"\)\.$/);
    } finally {
      await server.close();
    }
    const empty = await answering(200, '{}');
    try {
      const provider = runnerIdentityProvider(
        'sigstore',
        { ACTIONS_ID_TOKEN_REQUEST_URL: `${empty.url}/token`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x' },
        { retries: 0 },
      );
      const error = await rejection(provider.getToken());
      expect((error as OidcError).code).toBe('OIDC_BAD_ANSWER');
      expect(failureMessage(error)).not.toMatch(/Internal error/);
    } finally {
      await empty.close();
    }
  });
});

describe('an unreachable TUF repository', () => {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'tuf-cache-'));
  afterAll(() => fs.rmSync(cache, { recursive: true, force: true }));

  // The public-good root.json the TUF client ships, as the trusted start for a loopback mirror.
  const seeds = createRequire(import.meta.url)('@sigstore/tuf/seeds.json') as Record<
    string,
    { 'root.json': string }
  >;
  const rootPath = path.join(cache, 'root.json');
  fs.writeFileSync(rootPath, Buffer.from(seeds['https://tuf-repo-cdn.sigstore.dev']['root.json'], 'base64'));

  const load = (mirrorURL: string) =>
    rejection(
      getTrustedRoot({
        mirrorURL,
        rootPath,
        cachePath: fs.mkdtempSync(path.join(cache, 'c-')),
        timeout: 2000,
        retry: false,
      }),
    );

  it('refused connection: TUF_UNREACHABLE, naming trusted-root and --trusted-root (the CLI has no --offline yet)', () => {
    // The chain the TUF client gives outside Jest (seen with node 24 against a closed loopback
    // port): under Jest's VM the client re-wraps fetch's error and drops its cause, so this case
    // meets the wire through the bundle instead (sigstore-sign.test.ts, sigstore-verify offline).
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:40811'), {
      code: 'ECONNREFUSED',
      address: '127.0.0.1',
      port: 40811,
    });
    const error = Object.assign(new Error('error refreshing TUF metadata'), {
      code: 'TUF_REFRESH_METADATA_ERROR',
      cause: new TypeError('fetch failed', { cause: refused }),
    });
    const known = tufFailure(error);
    expect(known?.code).toBe('TUF_UNREACHABLE');
    expect(known?.message).toContain('could not reach 127.0.0.1:40811: connection refused (ECONNREFUSED)');
    const message = failureMessage(known);
    expect(message).toContain('`trusted-root`');
    expect(message).toContain('`--trusted-root FILE`');
    expect(message).not.toContain('--offline');
  });

  it('a 503: TUF_UNREACHABLE; metadata that is not TUF: not "unreachable"', async () => {
    const down = await answering(503, 'down');
    try {
      expect(tufFailure(await load(down.url))?.code).toBe('TUF_UNREACHABLE');
    } finally {
      await down.close();
    }
    const garbage = await answering(200, '{"signed": "nope"}');
    try {
      const error = await load(garbage.url);
      expect(error).toBeDefined();
      expect(tufFailure(error)).toBeUndefined();
    } finally {
      await garbage.close();
    }
  });
});

describe("a registry's 401/403", () => {
  it('names the credential inputs in its fix', async () => {
    const server = await answering(401, '{"errors":[{"code":"UNAUTHORIZED"}]}', {
      'www-authenticate': 'Bearer realm="x",service="y"',
    });
    try {
      const response = await fetch(`${server.url}/v2/`);
      const known = registryAuthFailure('Reading ghcr.io/o/app', response.status, ['registry-token']);
      expect(known.code).toBe('REGISTRY_AUTH');
      expect(failureMessage(known)).toBe(
        'Reading ghcr.io/o/app: the registry answered 401: the registry refused the credentials.\n' +
          'Fix: Check the credential input `registry-token`: the token must exist, be unexpired and be allowed to read (and, to publish, write) this package.',
      );
    } finally {
      await server.close();
    }
  });
  it('read without credentials, names the input that chose the registry instead', () => {
    const known = registryAuthFailure('npm:left-pad@1.3.0: the npm packument', 403, [], undefined, {
      urlInputs: ['npm-registry'],
    });
    expect(known.code).toBe('REGISTRY_AUTH');
    expect(failureMessage(known)).toBe(
      'npm:left-pad@1.3.0: the npm packument: the registry answered 403: it refuses anonymous reads.\n' +
        'Fix: No credentials are sent to this registry: point input `npm-registry` at a registry (the public one, or a mirror) that serves this package to anonymous reads.',
    );
  });
});
