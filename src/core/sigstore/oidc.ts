import { envNumber } from '../env.js';
import { BaseError, ConfigurationError, messageOf, messageWithCauses, quote } from '../errors.js';
import { KnownFailure } from '../known-failures.js';

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
    if (typeof claims === 'object' && claims !== null && !Array.isArray(claims))
      return claims as Record<string, unknown>;
  } catch (error) {
    throw new ConfigurationError(`The identity token's claims cannot be read: ${messageOf(error)}`);
  }
  throw new ConfigurationError("The identity token's claims cannot be read: they are not a JSON object.");
}

/**
 * The runner's OIDC endpoint kept failing (resets, timeouts, 5xx/429) through every retry. Coded
 * `UNREACHABLE`, so the step fails as a service that could not be reached, with this message
 * (which says how many attempts and the last reason), not as an internal error.
 */
export class OidcUnavailableError extends BaseError<'UNREACHABLE'> {
  constructor(message: string) {
    super('UNREACHABLE', message);
  }
}

/**
 * The runner's OIDC endpoint answered, but not with a token:
 * - `OIDC_REFUSED`: an HTTP error other than 401/403 (those are the missing permission);
 * - `OIDC_BAD_ANSWER`: a 2xx whose body is not JSON, or holds no token.
 */
export class OidcError extends BaseError<'OIDC_REFUSED' | 'OIDC_BAD_ANSWER'> {}

/** A token given as is (the `identity-token` input, the CLI's `--identity-token`). */
export function staticIdentityProvider(token: string): IdentityProvider {
  return { getToken: async () => token };
}

export const PERMISSION_MESSAGE =
  'No OIDC identity token is available: the runner sets ACTIONS_ID_TOKEN_REQUEST_URL and ' +
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN only for a job granted `permissions: id-token: write`, and they are not set.';

/**
 * The runner's OIDC endpoint. The token is requested once and shared by every signature of the
 * run (concurrent callers wait for the same request); it is requested again only when it is
 * about to expire. The GET is idempotent, so 5xx/429 answers are retried with backoff.
 */
export function runnerIdentityProvider(
  audience: string,
  env: NodeJS.ProcessEnv = process.env,
  options: {
    retries?: number;
    /** Wait before the first retry, doubled each time (default: SEALED_RELEASE_RETRY_MS, else 1 s). */
    backoffMs?: number;
    /** Per-attempt timeout, headers and body (default: SEALED_RELEASE_REQUEST_TIMEOUT_MS, else 30 s). */
    timeoutMs?: number;
    onToken?: (token: string) => void;
  } = {},
): IdentityProvider {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl || !requestToken) throw new KnownFailure('ID_TOKEN_PERMISSION', PERMISSION_MESSAGE);
  let cached: Promise<{ token: string; exp: number }> | undefined;

  const fetchToken = async (): Promise<{ token: string; exp: number }> => {
    const url = new URL(requestUrl);
    url.searchParams.set('audience', audience);
    const retries = options.retries ?? 3;
    // The variables only shorten waits under test; read from the runner's env like the URL.
    const backoffMs = options.backoffMs ?? envNumber('SEALED_RELEASE_RETRY_MS', env) ?? 1000;
    const timeoutMs = options.timeoutMs ?? envNumber('SEALED_RELEASE_REQUEST_TIMEOUT_MS', env) ?? 30_000;
    let lastError = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, backoffMs * 2 ** (attempt - 1)));
      let text: string;
      let refused: { status: number; text: string } | undefined;
      try {
        // One deadline for the headers and the body: an endpoint that answers the headers and
        // then stalls must not hold the step past the timeout either.
        const response = await fetch(url, {
          headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (response.status >= 500 || response.status === 429) {
          lastError = `HTTP ${response.status}`;
          await response.body?.cancel();
          continue;
        }
        text = await response.text();
        if (!response.ok) refused = { status: response.status, text };
      } catch (error) {
        // A reset or a timeout, before or during the answer: the GET is safe to repeat.
        lastError = messageWithCauses(error);
        continue;
      }
      // The runner's endpoint answers 401/403 to a job without `id-token: write` (the request
      // token it handed out does not carry the scope): the known failure, with its fix.
      if (refused?.status === 401 || refused?.status === 403) {
        throw new KnownFailure(
          'ID_TOKEN_PERMISSION',
          `The runner's OIDC endpoint refused the token request (HTTP ${refused.status}: ${quote(refused.text.trim())}).`,
        );
      }
      if (refused !== undefined) {
        throw new OidcError(
          'OIDC_REFUSED',
          `The runner's OIDC endpoint refused the token request (HTTP ${refused.status}: ${quote(refused.text.trim())}).`,
        );
      }
      let body: { value?: unknown };
      try {
        body = JSON.parse(text) as { value?: unknown };
      } catch {
        throw new OidcError(
          'OIDC_BAD_ANSWER',
          // Not quoted: a 2xx body could hold a token in some other form.
          `The runner's OIDC endpoint answered with something other than JSON (${text.length} characters).`,
        );
      }
      if (typeof body?.value !== 'string' || body.value === '') {
        throw new OidcError('OIDC_BAD_ANSWER', "The runner's OIDC endpoint answered without a token.");
      }
      options.onToken?.(body.value);
      const exp = decodeJwtClaims(body.value).exp;
      return { token: body.value, exp: typeof exp === 'number' ? exp * 1000 : Date.now() + 60_000 };
    }
    throw new OidcUnavailableError(
      `The runner's OIDC endpoint did not answer after ${retries + 1} attempt(s) (${lastError}).`,
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
      `The identity token has no usable job_workflow_ref claim (got ${quote(ref ?? null)}); ` +
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
