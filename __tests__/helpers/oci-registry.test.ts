/*
 * The registry helper itself: the real registry answers /v2/, and with token auth it sends the
 * real challenge and accepts a token from our token server.
 */
import { startOciRegistry } from './oci-registry.js';

describe('startOciRegistry', () => {
  it('starts an open registry that answers /v2/, and stops it', async () => {
    const registry = await startOciRegistry();
    try {
      const response = await fetch(`${registry.url}/v2/`);
      expect(response.status).toBe(200);
      expect(response.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
    } finally {
      await registry.stop();
    }
    await expect(fetch(`${registry.url}/v2/`)).rejects.toThrow();
  });

  it('with token auth, sends the Bearer challenge and accepts a token from the realm', async () => {
    const registry = await startOciRegistry({ users: { alice: 'secret' }, grants: { alice: ['team/app'] } });
    try {
      const denied = await fetch(`${registry.url}/v2/team/app/tags/list`);
      expect(denied.status).toBe(401);
      expect(denied.headers.get('www-authenticate')).toBe(
        `Bearer realm="${registry.tokenUrl}",service="test-registry",scope="repository:team/app:pull"`,
      );
      const tokenAnswer = await fetch(
        `${registry.tokenUrl}?service=test-registry&scope=repository:team/app:pull`,
        {
          headers: { authorization: `Basic ${Buffer.from('alice:secret').toString('base64')}` },
        },
      );
      const { token } = (await tokenAnswer.json()) as { token: string };
      const allowed = await fetch(`${registry.url}/v2/team/app/tags/list`, {
        headers: { authorization: `Bearer ${token}` },
      });
      // The repository is empty: 404 NAME_UNKNOWN, past the auth.
      expect(allowed.status).toBe(404);
      const wrong = await fetch(`${registry.tokenUrl}?service=test-registry`, {
        headers: { authorization: `Basic ${Buffer.from('alice:nope').toString('base64')}` },
      });
      expect(wrong.status).toBe(401);
    } finally {
      await registry.stop();
    }
  });
});
