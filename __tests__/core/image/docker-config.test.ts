/*
 * The docker client's config as `docker login` writes it: `auths[host].auth`, base64 of
 * user:password; Docker Hub under `https://index.docker.io/v1/`; credential helpers not run.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  DockerConfigError,
  dockerConfigCredentials,
  dockerConfigPath,
} from '../../../src/core/image/docker-config.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-config-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (config: unknown): string => {
  const file = path.join(dir, 'config.json');
  fs.writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
  return file;
};
const b64 = (text: string) => Buffer.from(text).toString('base64');

function refusal(fn: () => unknown): DockerConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DockerConfigError);
    return error as DockerConfigError;
  }
  throw new Error('accepted');
}

describe('dockerConfigCredentials', () => {
  it('reads the entry of exactly this registry, a password with a colon kept whole', () => {
    const file = write({
      auths: {
        'ghcr.io': { auth: b64('octocat:ghp_a:b') },
        'ghcr.io.evil.example': { auth: b64('x:y') },
        'https://index.docker.io/v1/': { auth: b64('hubuser:hubpass') },
        'https://127.0.0.1:5000': { auth: b64('local:pw') },
      },
    });
    expect(dockerConfigCredentials('ghcr.io', file)).toEqual({ username: 'octocat', password: 'ghp_a:b' });
    expect(dockerConfigCredentials('docker.io', file)).toEqual({ username: 'hubuser', password: 'hubpass' });
    expect(dockerConfigCredentials('127.0.0.1:5000', file)).toEqual({ username: 'local', password: 'pw' });
    expect(dockerConfigCredentials('ghcr', file)).toBeUndefined();
    expect(dockerConfigCredentials('quay.io', file)).toBeUndefined();
  });

  it('is anonymous without a config file, and refuses one that is not JSON', () => {
    expect(dockerConfigCredentials('ghcr.io', path.join(dir, 'absent.json'))).toBeUndefined();
    expect(refusal(() => dockerConfigCredentials('ghcr.io', write('{not json'))).code).toBe('UNREADABLE');
    expect(refusal(() => dockerConfigCredentials('ghcr.io', write('[]'))).code).toBe('UNREADABLE');
  });

  it('refuses an auth that is not user:password, and says so when only a credential helper holds it', () => {
    expect(
      refusal(() =>
        dockerConfigCredentials('ghcr.io', write({ auths: { 'ghcr.io': { auth: b64('nocolon') } } })),
      ).code,
    ).toBe('BAD_AUTH');
    const helper = refusal(() =>
      dockerConfigCredentials('ghcr.io', write({ credHelpers: { 'ghcr.io': 'gcloud' } })),
    );
    expect(helper.code).toBe('HELPER_ONLY');
    expect(helper.message).toContain('set REGISTRY_USERNAME and REGISTRY_PASSWORD');
    const store = refusal(() =>
      dockerConfigCredentials('ghcr.io', write({ auths: { 'ghcr.io': {} }, credsStore: 'desktop' })),
    );
    expect(store.code).toBe('HELPER_ONLY');
  });

  it('finds the file through DOCKER_CONFIG, else under HOME', () => {
    expect(dockerConfigPath({ DOCKER_CONFIG: '/x/y' })).toBe('/x/y/config.json');
    expect(dockerConfigPath({ HOME: '/home/u' })).toBe('/home/u/.docker/config.json');
  });
});
