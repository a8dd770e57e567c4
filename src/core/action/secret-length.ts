/**
 * The shortest value registered as a secret. Masking a shorter one replaces every occurrence of
 * one to three common characters with `***`, which mangles every message (a token `a` turns
 * "release" into "rele***se") while hiding nothing: such a value is guessed in a few thousand
 * tries, and no credential these actions take is that short (GitHub tokens are 40 characters
 * or more, OIDC tokens are JWTs of hundreds). A shorter value is therefore not registered (not
 * masked by the runner, not redacted by secrets.ts) rather than refused: the request that presents it
 * fails authentication and says so, while refusing here would turn a bad credential into an
 * internal error at start-up. The CLI, which has no runner to mask for it, refuses such a token
 * outright with a usage error (src/cli/main.ts).
 *
 * In a module of its own, without imports, so that the CLI can read it without loading
 * @actions/core (secrets.ts speaks to the runner through it).
 */
export const MIN_SECRET_LENGTH = 4;
