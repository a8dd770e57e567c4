/*
 * Registry credentials from the docker client's config file, for the CLI's `verify-image` (a
 * person about to `docker pull` has logged in with `docker login`): `$DOCKER_CONFIG/config.json`,
 * else `~/.docker/config.json`; under `auths`, the registry's entry, whose `auth` is base64 of
 * `user:password` (docker/cli `cli/config/configfile/file.go`, `decodeAuth`; `docker login`
 * writes the key as the bare host, and as `https://index.docker.io/v1/` for Docker Hub; older
 * clients wrote `https://host`). Credential helpers (`credsStore`, `credHelpers`) are programs
 * to run: they are not run here, and a registry they hold is reported so the user can set
 * REGISTRY_USERNAME / REGISTRY_PASSWORD instead of being silently anonymous.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BaseError, messageOf } from '../errors.js';
import type { RegistryCredentials } from '../oci/auth.js';
import { quote } from '../quote.js';

/**
 * Why the docker config cannot give credentials it should:
 * - `UNREADABLE`: the file exists but cannot be read, or is not a JSON object;
 * - `BAD_AUTH`: the registry's `auth` is not base64 of `user:password`;
 * - `HELPER_ONLY`: only a credential helper holds the registry's credentials.
 */
export class DockerConfigError extends BaseError<'UNREADABLE' | 'BAD_AUTH' | 'HELPER_ONLY'> {}

/** The config file the docker client reads. */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_CONFIG
    ? path.join(env.DOCKER_CONFIG, 'config.json')
    : path.join(env.HOME || os.homedir(), '.docker', 'config.json');
}

/** The `auths` key of a registry as `docker login` may have written it, normalised to the registry's name. */
function registryOfKey(key: string): string {
  const host = key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}

/**
 * The credentials the docker config holds for `registry` (as references name it: `ghcr.io`,
 * `docker.io`, `127.0.0.1:5000`), or undefined when there is no config file or no entry for it.
 */
export function dockerConfigCredentials(
  registry: string,
  file: string = dockerConfigPath(),
): RegistryCredentials | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DockerConfigError('UNREADABLE', `cannot read the docker config ${file}: ${messageOf(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DockerConfigError('UNREADABLE', `the docker config ${file} is not JSON`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new DockerConfigError('UNREADABLE', `the docker config ${file} is not a JSON object`);
  const config = json as { auths?: unknown; credHelpers?: unknown; credsStore?: unknown };
  const auths =
    config.auths && typeof config.auths === 'object' ? (config.auths as Record<string, unknown>) : {};
  const key = Object.keys(auths).find((k) => registryOfKey(k) === registry);
  const entry = key === undefined ? undefined : (auths[key] as { auth?: unknown } | null);
  if (typeof entry?.auth === 'string' && entry.auth !== '') {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0 || colon === decoded.length - 1)
      throw new DockerConfigError(
        'BAD_AUTH',
        `the docker config ${file}: auths[${quote(key)}].auth is not base64 of user:password`,
      );
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  const helpers = config.credHelpers && typeof config.credHelpers === 'object' ? config.credHelpers : {};
  const helper = Object.keys(helpers).some((k) => registryOfKey(k) === registry);
  if (helper || (key !== undefined && typeof config.credsStore === 'string'))
    throw new DockerConfigError(
      'HELPER_ONLY',
      `the docker config ${file} keeps the credentials of ${registry} in a credential helper, which is not run: set REGISTRY_USERNAME and REGISTRY_PASSWORD`,
    );
  return undefined;
}
