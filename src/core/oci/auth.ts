/*
 * The registry's own authentication, as the distribution spec and Docker's token specification
 * (distribution `docs/spec/auth/token.md`) describe it: a request without credentials is answered
 * 401 with `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (or `Basic realm="…"`); the
 * client asks the realm for a token (`GET realm?service=…&scope=…`, with the user's Basic
 * credentials when there are any, anonymously otherwise) and sends `Authorization: Bearer <token>`.
 * The token answer holds `token` or `access_token` (both named there). Tokens are kept per scope,
 * and one that is answered 401 is asked for again once before the failure is the user's.
 */
import { exchange, type HttpOptions } from '../http/fetch.js';
import { ConfigurationError } from '../errors.js';
import { quote } from '../quote.js';
import { OciError } from './errors.js';

/** What the user gave: `registry-username` / `registry-password`, or nothing (anonymous). */
export interface RegistryCredentials {
  username: string;
  password: string;
}

/** One challenge of a `WWW-Authenticate` header: its scheme (lower case) and parameters. */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/**
 * The challenges of a `WWW-Authenticate` header (RFC 9110 §11.6.1: `scheme` then comma-separated
 * `name=value` parameters, values a token or a quoted string, which may hold commas: `scope=
 * "repository:a:pull,push"`). A header may hold several challenges; a word not followed by `=`
 * starts the next one.
 */
export function parseChallenges(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let i = 0;
  const skip = (pattern: RegExp) => {
    while (i < header.length && pattern.test(header[i])) i++;
  };
  const token = (): string => {
    const start = i;
    while (i < header.length && /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(header[i])) i++;
    return header.slice(start, i);
  };
  let current: Challenge | undefined;
  while (i < header.length) {
    skip(/[\s,]/);
    const word = token();
    if (!word) {
      i++;
      continue;
    }
    skip(/\s/);
    if (header[i] === '=' && current) {
      i++;
      skip(/\s/);
      let value = '';
      if (header[i] === '"') {
        i++;
        while (i < header.length && header[i] !== '"') {
          if (header[i] === '\\') i++;
          value += header[i++] ?? '';
        }
        i++;
      } else {
        value = token();
      }
      current.params[word.toLowerCase()] = value;
    } else {
      current = { scheme: word.toLowerCase(), params: {} };
      challenges.push(current);
    }
  }
  return challenges;
}

/** The scope of a repository for an access (Docker's token spec, "Requesting a Token"). */
export function repositoryScope(repository: string, push: boolean): string {
  return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
}

/**
 * Holds the tokens of one registry: `header(scopes)` gives the `Authorization` header known for
 * those scopes (none at first: the registry says what it wants), `answer(challenge, scopes)`
 * obtains one after a 401, `forget(scopes)` drops one the registry refused.
 */
export class RegistryAuth {
  private readonly tokens = new Map<string, string>();
  /** Token requests made (the request counts of a push or a read include them). */
  tokenRequests = 0;

  constructor(
    private readonly registry: string,
    private readonly credentials: RegistryCredentials | undefined,
    private readonly http: HttpOptions | undefined,
  ) {}

  header(scopes: readonly string[]): string | undefined {
    return this.tokens.get(scopes.join(' '));
  }

  forget(scopes: readonly string[]): void {
    this.tokens.delete(scopes.join(' '));
  }

  /**
   * Obtains the `Authorization` header a 401's `WWW-Authenticate` asks for. Returns undefined
   * when the challenge is Basic and no credentials were given (the user's to fix: the caller
   * turns the 401 into the known failure).
   */
  async answer(wwwAuthenticate: string | null, scopes: readonly string[]): Promise<string | undefined> {
    const challenges = parseChallenges(wwwAuthenticate ?? '');
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    const basic = challenges.find((c) => c.scheme === 'basic');
    const key = scopes.join(' ');
    if (bearer) {
      const value = `Bearer ${await this.token(bearer, scopes)}`;
      this.tokens.set(key, value);
      return value;
    }
    if (basic) {
      if (!this.credentials) return undefined;
      const { username, password } = this.credentials;
      const value = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
      this.tokens.set(key, value);
      return value;
    }
    throw new OciError(
      'BAD_CHALLENGE',
      `${this.registry} answered 401 with ${wwwAuthenticate === null ? 'no WWW-Authenticate header' : `the challenge ${quote(wwwAuthenticate)}`}; expected Bearer realm="…" or Basic`,
    );
  }

  /** Asks the challenge's realm for a token covering `scopes` (and the challenge's own scope). */
  private async token(challenge: Challenge, scopes: readonly string[]): Promise<string> {
    const realm = challenge.params.realm;
    if (!realm)
      throw new OciError('BAD_CHALLENGE', `${this.registry} sent a Bearer challenge without a realm`);
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new OciError(
        'BAD_CHALLENGE',
        `${this.registry} sent a Bearer realm that is not a URL: ${quote(realm)}`,
      );
    }
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    const wanted = new Set(scopes);
    if (challenge.params.scope) for (const s of challenge.params.scope.split(' ')) if (s) wanted.add(s);
    for (const scope of wanted) url.searchParams.append('scope', scope);
    const authorization = this.credentials
      ? `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`
      : undefined;
    this.tokenRequests++;
    const what = `the token for ${[...wanted].join(' ')} from ${url.origin}`;
    return exchange(url, { what, authorization, http: this.http }, async (response) => {
      const text = await response.text();
      if (response.status === 401 || response.status === 403) {
        throw new TokenRefused(response.status);
      }
      if (response.status !== 200)
        throw new OciError(
          'BAD_ANSWER',
          `${what}: the token server answered ${response.status} ${quote(text)}`,
        );
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new OciError('BAD_CHALLENGE', `${what}: the answer is not JSON: ${quote(text)}`);
      }
      const { token, access_token: accessToken } = (body ?? {}) as {
        token?: unknown;
        access_token?: unknown;
      };
      const value = typeof token === 'string' && token ? token : accessToken;
      if (typeof value !== 'string' || !value || /[\s]/.test(value))
        throw new OciError('BAD_CHALLENGE', `${what}: the answer holds no token`);
      return value;
    });
  }
}

/** The token server refused the credentials (401/403): the client ends it as the known failure. */
export class TokenRefused extends OciError {
  constructor(readonly status: number) {
    super('BAD_CHALLENGE', `the token server answered ${status}`);
    this.name = 'TokenRefused';
  }
}

/**
 * The credentials for a registry, as the contract's "Container images" section sets them: the
 * `registry-username` / `registry-password` inputs when given (both, or a configuration error
 * naming them); for `ghcr.io` otherwise the workflow's actor and token (`github.actor`,
 * `github-token`; pushing needs `packages: write`); anonymous elsewhere.
 */
export function registryCredentials(
  registry: string,
  given: { username?: string; password?: string },
  github: { actor?: string; token?: string } = {},
): RegistryCredentials | undefined {
  const username = given.username?.trim() ? given.username : undefined;
  const password = given.password ? given.password : undefined;
  if ((username === undefined) !== (password === undefined))
    throw new ConfigurationError(
      `registry-username and registry-password go together: ${username === undefined ? 'registry-password' : 'registry-username'} is set and ${username === undefined ? 'registry-username' : 'registry-password'} is not`,
    );
  if (username !== undefined && password !== undefined) return { username, password };
  if (registry === 'ghcr.io' && github.actor && github.token)
    return { username: github.actor, password: github.token };
  return undefined;
}
