/*
 * The registry's token challenge against the real registry with token auth: the client answers
 * the Bearer challenge with the user's credentials, keeps a token per scope, and a registry or
 * token server that refuses ends as the known failure naming the credential inputs.
 */
import { parseChallenges, registryCredentials } from '../../../src/core/oci/auth.js';
import { OciClient } from '../../../src/core/oci/client.js';
import { OCI_INDEX } from '../../../src/core/oci/media-types.js';
import { KnownFailure } from '../../../src/core/known-failures.js';
import { testImage } from '../../helpers/oci-layout.js';
import { startOciRegistry } from '../../helpers/oci-registry.js';
import { useServer } from '../../helpers/servers.js';

const registry = useServer('registry', () =>
  startOciRegistry({
    users: { alice: 'secret', bob: 'other' },
    grants: { alice: ['team/app'], bob: ['team/bob'] },
  }),
);
const as = (username: string, password: string) =>
  new OciClient({ registry: registry.host, credentials: { username, password } });

describe('parseChallenges', () => {
  it('reads quoted parameters holding commas, and several challenges', () => {
    expect(
      parseChallenges(
        'Bearer realm="https://auth.example/token",service="reg",scope="repository:a/b:pull,push", Basic realm="x"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: { realm: 'https://auth.example/token', service: 'reg', scope: 'repository:a/b:pull,push' },
      },
      { scheme: 'basic', params: { realm: 'x' } },
    ]);
    expect(parseChallenges('')).toEqual([]);
  });
});

describe('registryCredentials', () => {
  it('takes the inputs, else the actor and token for ghcr.io only, else none', () => {
    const github = { actor: 'octocat', token: 'ghs_x' };
    expect(registryCredentials('ghcr.io', { username: 'u', password: 'p' }, github)).toEqual({
      username: 'u',
      password: 'p',
    });
    expect(registryCredentials('ghcr.io', {}, github)).toEqual({ username: 'octocat', password: 'ghs_x' });
    expect(registryCredentials('docker.io', {}, github)).toBeUndefined();
    expect(registryCredentials('ghcr.io.evil.example', {}, github)).toBeUndefined();
    expect(registryCredentials('ghcr.io', {}, {})).toBeUndefined();
  });

  it('refuses one credential input without the other, naming both', () => {
    expect(() => registryCredentials('ghcr.io', { username: 'u' })).toThrow(
      'registry-username and registry-password go together: registry-username is set and registry-password is not',
    );
    expect(() => registryCredentials('x.io', { password: 'p' })).toThrow(
      'registry-password is set and registry-username is not',
    );
  });
});

describe('token auth against the real registry', () => {
  it('pushes and reads with a token per scope, asking the realm once per scope', async () => {
    const c = as('alice', 'secret');
    const image = testImage('auth');
    const issued = registry.tokensIssued;
    for (const b of image.blobs) await c.pushBlob('team/app', b.bytes);
    for (const m of image.manifests) await c.putManifest('team/app', m.digest, m.bytes, m.mediaType);
    await c.putManifest('team/app', '1.0.0', image.index.bytes, OCI_INDEX);
    expect((await c.requireManifest('team/app', '1.0.0')).bytes.equals(image.index.bytes)).toBe(true);
    // One token for pull, one for pull,push: the reads and the writes each asked once.
    expect(c.auth.tokenRequests).toBe(2);
    expect(registry.tokensIssued - issued).toBe(2);
    // Each scope's first request is answered 401 once; the image's 15 requests cost 2 more.
    expect(c.requests).toBe(15 + 1 + 2);
  });

  it("refuses a token for another repository's scope: 401 insufficient scope from the registry itself", async () => {
    const tokenAnswer = await fetch(
      `${registry.tokenUrl}?service=test-registry&scope=repository:team/app:pull`,
      {
        headers: { authorization: `Basic ${Buffer.from('alice:secret').toString('base64')}` },
      },
    );
    const { token } = (await tokenAnswer.json()) as { token: string };
    const other = await fetch(`${registry.url}/v2/team/bob/tags/list`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(other.status).toBe(401);
    expect(other.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
  });

  it('ends a repository the credentials do not reach as the known failure naming the credential inputs', async () => {
    const c = as('alice', 'secret');
    const error = await c.getManifest('team/bob', 'latest').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KnownFailure);
    expect(error).toMatchObject({ code: 'REGISTRY_AUTH' });
    expect((error as KnownFailure).message).toContain('the registry answered 401');
    expect((error as KnownFailure).fix).toContain('`registry-username`, `registry-password`');
    // The token was asked for again once before giving up, not in a loop.
    expect(c.auth.tokenRequests).toBe(1);
  });

  it('ends wrong credentials and anonymous access as the same known failure, never with the password in it', async () => {
    const wrong = as('alice', 'not-the-password');
    await expect(wrong.getManifest('team/app', 'latest')).rejects.toMatchObject({ code: 'REGISTRY_AUTH' });
    await expect(wrong.getManifest('team/app', 'latest')).rejects.not.toThrow(/not-the-password/);
    const anonymous = new OciClient({ registry: registry.host });
    await expect(anonymous.getManifest('team/app', 'latest')).rejects.toMatchObject({
      code: 'REGISTRY_AUTH',
    });
  });
});
