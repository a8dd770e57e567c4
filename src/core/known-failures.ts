import { BaseError, causeChain, networkFailure, quote, unreachableMessage } from './errors.js';

/*
 * Failures outside our code whose fix is known, each mapped once, the way github/codeql-action
 * maps its known "user errors": the job lacks a permission, a service it depends on cannot be
 * reached, a registry refuses its credentials. Each is a typed error with a closed code and a
 * `fix` line, so the error boundary reports it as the user's to fix (its message, then
 * "Fix: …") and never as "Internal error".
 */

/**
 * - `ID_TOKEN_PERMISSION`: no OIDC token for the job (the runner set no
 *   `ACTIONS_ID_TOKEN_REQUEST_URL`, or its token endpoint answered 401/403);
 * - `CONTENTS_WRITE_PERMISSION`, `ATTESTATIONS_WRITE_PERMISSION`, `PACKAGES_WRITE_PERMISSION`:
 *   GitHub answered a write with 403 "Resource not accessible by integration";
 * - `TUF_UNREACHABLE`: the TUF repository that serves Sigstore's trusted root could not be read;
 * - `REGISTRY_AUTH`: a registry answered 401/403 to the credentials given (or to none).
 */
export type KnownFailureCode =
  | 'ID_TOKEN_PERMISSION'
  | 'CONTENTS_WRITE_PERMISSION'
  | 'ATTESTATIONS_WRITE_PERMISSION'
  | 'PACKAGES_WRITE_PERMISSION'
  | 'TUF_UNREACHABLE'
  | 'REGISTRY_AUTH';

/** The one table: what each known failure means and what the user does about it. */
export const KNOWN_FAILURES: Readonly<Record<KnownFailureCode, { means: string; fix: string }>> = {
  ID_TOKEN_PERMISSION: {
    means: 'the job may not request an OIDC identity token',
    fix: 'Add `permissions: id-token: write` to the job (a `permissions:` block grants only what it names), or give a token as `identity-token`.',
  },
  CONTENTS_WRITE_PERMISSION: {
    means: "the job's token may not change releases, assets or tags",
    fix: 'Add `permissions: contents: write` to the job.',
  },
  ATTESTATIONS_WRITE_PERMISSION: {
    means: "the job's token may not store attestations",
    fix: 'Add `permissions: attestations: write` (and `id-token: write` to sign them) to the job.',
  },
  PACKAGES_WRITE_PERMISSION: {
    means: "the job's token may not push packages",
    fix: 'Add `permissions: packages: write` to the job.',
  },
  TUF_UNREACHABLE: {
    means: "Sigstore's trusted root could not be read from its TUF repository",
    fix: 'Let the job reach the TUF repository, or give the trusted root yourself: the `trusted-root` input (a trusted_root.json), or `--trusted-root FILE` on the command line.',
  },
  REGISTRY_AUTH: {
    means: 'the registry refused the credentials',
    fix: 'Check the credential inputs: the token must exist, be unexpired and be allowed to read (and, to publish, write) this package.',
  },
};

/**
 * A known external failure: `code` from the table, the message says what happened (and where),
 * `fix` the table's line, or a more precise one (the credential inputs of this action).
 */
export class KnownFailure extends BaseError<KnownFailureCode> {
  constructor(code: KnownFailureCode, message: string, options: { cause?: unknown; fix?: string } = {}) {
    super(code, message, { cause: options.cause, fix: options.fix ?? KNOWN_FAILURES[code].fix });
    this.name = 'KnownFailure';
  }
}

/** The known failures that name a permission of the job's token, by the permission they need. */
const WRITE_PERMISSIONS: Readonly<Record<string, KnownFailureCode>> = {
  'contents: write': 'CONTENTS_WRITE_PERMISSION',
  'attestations: write': 'ATTESTATIONS_WRITE_PERMISSION',
  'packages: write': 'PACKAGES_WRITE_PERMISSION',
  'id-token: write': 'ID_TOKEN_PERMISSION',
};

/**
 * GitHub's 403 to a token without the permission: the body's message is "Resource not accessible
 * by integration" (GitHub's words, the same for every endpoint; seen in the logs of every client
 * and in GitHub's own troubleshooting page for the error). A 403 for another reason (a secondary
 * rate limit, a blocked user, a ruleset) says something else, and is not mapped.
 */
export const NOT_ACCESSIBLE = 'Resource not accessible by integration';

/**
 * A GitHub write answered 403 "Resource not accessible by integration" as the known failure of
 * the permission it needs, or undefined when the answer is something else or the permission
 * has no entry in the table. `accepted` is GitHub's `X-Accepted-GitHub-Permissions` header
 * when it sent one (sets of `name=level`, `;` between alternatives, as GitHub's changelog of
 * 2023-08-10 describes it); it is quoted in the message, as GitHub's own word on what is needed.
 */
export function permissionFailure(
  what: string,
  permission: string,
  answer: { status: number | undefined; message: string; accepted?: string },
  cause?: unknown,
): KnownFailure | undefined {
  if (answer.status !== 403 || !answer.message.includes(NOT_ACCESSIBLE)) return undefined;
  const code = WRITE_PERMISSIONS[permission];
  if (code === undefined) return undefined;
  const accepted = answer.accepted ? ` (GitHub accepts: ${quote(answer.accepted)})` : '';
  return new KnownFailure(
    code,
    `${what}: GitHub answered 403 "${NOT_ACCESSIBLE}": ${KNOWN_FAILURES[code].means}${accepted}.`,
    { cause },
  );
}

/**
 * A registry's 401/403 as the known failure `REGISTRY_AUTH`, whose fix names the inputs that
 * hold the credentials (`['github-token']`, `['npm-token']`…). A registry read without
 * credentials (byte-identity's package-registry reads send none) passes `[]` and the inputs that
 * chose the registry (`urlInputs`, e.g. `['npm-registry']`): the fix is then to point those at
 * a registry that serves the package to anonymous reads, since no token would be sent anyway.
 */
export function registryAuthFailure(
  what: string,
  status: number,
  credentialInputs: readonly string[],
  cause?: unknown,
  options: { urlInputs?: readonly string[] } = {},
): KnownFailure {
  const named = (names: readonly string[]): string => names.map((name) => `\`${name}\``).join(', ');
  const urlInputs = options.urlInputs ?? [];
  const anonymous = credentialInputs.length === 0 && urlInputs.length > 0;
  let fix: string | undefined;
  if (credentialInputs.length > 0) {
    fix = `Check the credential input${credentialInputs.length === 1 ? '' : 's'} ${named(credentialInputs)}: the token must exist, be unexpired and be allowed to read (and, to publish, write) this package.`;
  } else if (anonymous) {
    fix = `No credentials are sent to this registry: point input${urlInputs.length === 1 ? '' : 's'} ${named(urlInputs)} at a registry (the public one, or a mirror) that serves this package to anonymous reads.`;
  }
  return new KnownFailure(
    'REGISTRY_AUTH',
    `${what}: the registry answered ${status}: ` +
      (anonymous ? 'it refuses anonymous reads.' : `${KNOWN_FAILURES.REGISTRY_AUTH.means}.`),
    { cause, fix },
  );
}

/**
 * A failure to load Sigstore's trusted root through TUF (no `trusted-root` was given) as the
 * known failure `TUF_UNREACHABLE` when the repository could not be reached: a connection that
 * failed below HTTP anywhere in the cause chain (the TUF client wraps fetch's error: "error
 * refreshing TUF metadata" ← "fetch failed" ← ENOTFOUND, as seen offline here), or an HTTP 5xx.
 * Anything else (metadata that does not verify) is not "unreachable", and undefined is returned:
 * naming a trusted root would be the wrong advice for a tampered repository.
 */
export function tufFailure(error: unknown): KnownFailure | undefined {
  const network = networkFailure(error);
  const status = causeChain(error)
    .map((link) => (link as { statusCode?: unknown; status?: unknown } | null) ?? {})
    .map((link) => link.statusCode ?? link.status)
    .find((s): s is number => typeof s === 'number');
  if (network === undefined && !(status !== undefined && status >= 500)) return undefined;
  const why = network ? unreachableMessage(network.host, network.reason) : `HTTP ${status}`;
  return new KnownFailure(
    'TUF_UNREACHABLE',
    `cannot load the public-good Sigstore trusted root: its TUF repository could not be reached (${why})`,
    { cause: error },
  );
}
