import { ConfigurationError, messageOf } from '../errors.js';

/** Supplies the OIDC identity token that Fulcio exchanges for a certificate. */
export interface IdentityProvider {
  getToken(): Promise<string>;
}

/** The claims of a JWT, without verifying it (Fulcio verifies it; we only read our own token). */
export function decodeJwtClaims(token: string): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3)
    throw new ConfigurationError('The identity token is not a JWT (expected three dot-separated parts).');
  try {
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as unknown;
    if (typeof claims !== 'object' || claims === null) throw new Error('claims are not an object');
    return claims as Record<string, unknown>;
  } catch (error) {
    throw new ConfigurationError(`The identity token's claims cannot be read: ${messageOf(error)}`);
  }
}

/** A token given as is (the `identity-token` input, the CLI's `--identity-token`). */
export function staticIdentityProvider(token: string): IdentityProvider {
  return { getToken: async () => token };
}

export const PERMISSION_MESSAGE =
  'No OIDC identity token is available: give `identity-token`, or grant the job `permissions: id-token: write` ' +
  '(the runner then sets ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN).';

/**
 * The runner's OIDC endpoint. The token is requested once and shared by every signature of the
 * run (concurrent callers wait for the same request); it is requested again only when it is
 * about to expire. The GET is idempotent, so 5xx/429 answers are retried with backoff.
 */
export function runnerIdentityProvider(
  audience: string,
  env: NodeJS.ProcessEnv = process.env,
  options: { retries?: number; backoffMs?: number; onToken?: (token: string) => void } = {},
): IdentityProvider {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl || !requestToken) throw new ConfigurationError(PERMISSION_MESSAGE);
  let cached: Promise<{ token: string; exp: number }> | undefined;

  const fetchToken = async (): Promise<{ token: string; exp: number }> => {
    const url = new URL(requestUrl);
    url.searchParams.set('audience', audience);
    const retries = options.retries ?? 3;
    let lastError = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0)
        await new Promise((r) => setTimeout(r, (options.backoffMs ?? 1000) * 2 ** (attempt - 1)));
      let response: Response;
      try {
        response = await fetch(url, {
          headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
          signal: AbortSignal.timeout(30_000),
        });
      } catch (error) {
        lastError = messageOf(error);
        continue;
      }
      if (response.status >= 500 || response.status === 429) {
        lastError = `HTTP ${response.status}`;
        await response.body?.cancel();
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new Error(
          `The runner's OIDC endpoint refused the token request (HTTP ${response.status}); the job needs \`permissions: id-token: write\`.`,
        );
      }
      const body = (await response.json()) as { value?: unknown };
      if (typeof body.value !== 'string' || body.value === '') {
        throw new Error("The runner's OIDC endpoint answered without a token.");
      }
      options.onToken?.(body.value);
      const exp = decodeJwtClaims(body.value).exp;
      return { token: body.value, exp: typeof exp === 'number' ? exp * 1000 : Date.now() + 60_000 };
    }
    throw new Error(
      `The runner's OIDC endpoint did not answer after ${retries + 1} attempts (${lastError}).`,
    );
  };

  return {
    async getToken() {
      if (cached) {
        const current = await cached.catch(() => undefined);
        // A token with under a minute left could expire between here and Fulcio.
        if (current && current.exp - Date.now() > 60_000) return current.token;
      }
      cached = fetchToken();
      return (await cached).token;
    },
  };
}

/**
 * The identity Fulcio certifies for a GitHub Actions token: the SAN is the server URL + the
 * token's `job_workflow_ref` claim (the workflow file that runs the job: in a reusable workflow,
 * the reusable one, not the caller that GITHUB_WORKFLOW_REF names), and the issuer is the
 * token's `iss`. This is what a signature made with the token must verify for, exactly.
 */
export function signingIdentityOfToken(
  claims: Record<string, unknown>,
  serverUrl: string,
): { identity: string; issuer: string; jobWorkflowRef: string } {
  const ref = claims.job_workflow_ref;
  // Control characters or spaces in it would make a SAN no workflow ref can be: not a token
  // from GitHub Actions, or a forged one; Fulcio would refuse it too.
  if (typeof ref !== 'string' || !/^[^\s\p{Cc}]+@[^\s\p{Cc}]+$/u.test(ref)) {
    throw new ConfigurationError(
      `The identity token has no usable job_workflow_ref claim (got ${JSON.stringify(ref ?? null)}); ` +
        'sigstore-sign signs with a GitHub Actions OIDC token, whose job_workflow_ref Fulcio writes as the identity.',
    );
  }
  if (typeof claims.iss !== 'string' || claims.iss === '') {
    throw new ConfigurationError('The identity token has no issuer (iss) claim.');
  }
  return {
    identity: `${serverUrl.replace(/\/+$/, '')}/${ref}`,
    issuer: claims.iss,
    jobWorkflowRef: ref,
  };
}
