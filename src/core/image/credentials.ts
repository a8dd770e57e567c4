/*
 * The registry clients of one run that signs or attests images: one OciClient per registry (so
 * a token obtained once serves every image of that registry), with the credentials the contract
 * sets ("Container images": `registry-username` / `registry-password` when given; for `ghcr.io`
 * otherwise `github.actor` and `github-token`; anonymous elsewhere, through `registryCredentials`
 * of core/oci/auth.ts), and a registry's refusal turned into the known failure with its fix.
 */
import { KnownFailure } from '../known-failures.js';
import type { HttpOptions } from '../http/fetch.js';
import { BaseError } from '../errors.js';
import { registryCredentials } from '../oci/auth.js';
import { OciClient } from '../oci/client.js';
import type { RegistryInputs } from './attest-inputs.js';

/** Where the credentials of a registry came from: the fix of a refusal names that. */
export type CredentialSource = 'inputs' | 'github-token' | 'anonymous';

/** Gives the one client of each registry of a run. */
export interface RegistryClients {
  client(registry: string): OciClient;
  /** Where the credentials sent to `registry` came from. */
  source(registry: string): CredentialSource;
}

/**
 * Makes the run's clients. `github` is the runner's actor (`GITHUB_ACTOR`) and the action's
 * `github-token`, the default credentials of `ghcr.io`. `baseUrls` points a registry's API
 * elsewhere (tests: a `ghcr.io` that is an emulator on loopback).
 */
export function registryClients(
  given: RegistryInputs,
  github: { actor?: string; token?: string },
  options: { http?: HttpOptions; baseUrls?: Record<string, string> } = {},
): RegistryClients {
  const clients = new Map<string, OciClient>();
  const sources = new Map<string, CredentialSource>();
  const open = (registry: string): OciClient => {
    let client = clients.get(registry);
    if (client) return client;
    const credentials = registryCredentials(registry, given, github);
    const source: CredentialSource =
      given.username !== undefined ? 'inputs' : credentials ? 'github-token' : 'anonymous';
    client = new OciClient({
      registry,
      credentials,
      credentialInputs:
        source === 'github-token' ? ['github-token'] : ['registry-username', 'registry-password'],
      http: options.http,
      baseUrl: options.baseUrls?.[registry],
    });
    clients.set(registry, client);
    sources.set(registry, source);
    return client;
  };
  return {
    client: open,
    source: (registry) => {
      open(registry);
      return sources.get(registry)!;
    },
  };
}

/**
 * A registry's refusal (the known failure `REGISTRY_AUTH`, raised by the OCI transport) of a
 * push to `ghcr.io` with the job's own token: GHCR refuses `GITHUB_TOKEN` without the
 * `packages: write` permission, so the fix names it (and the inputs that replace the token).
 * Anything else is returned as it was.
 */
export function explainRegistryRefusal(error: unknown, registry: string, source: CredentialSource): unknown {
  if (!(error instanceof BaseError) || error.code !== 'REGISTRY_AUTH') return error;
  if (registry === 'ghcr.io' && source === 'github-token')
    return new KnownFailure('PACKAGES_WRITE_PERMISSION', `${error.message}`, {
      cause: error,
      fix: "Add `permissions: packages: write` to the job (the default credentials of ghcr.io are github.actor and the job's github-token), or give `registry-username` and `registry-password` with a token that may write this package.",
    });
  if (source === 'anonymous')
    return new KnownFailure('REGISTRY_AUTH', `${error.message}`, {
      cause: error,
      fix: 'No credentials were sent to this registry: give `registry-username` and `registry-password` with a token that may read and write this repository.',
    });
  return error;
}
