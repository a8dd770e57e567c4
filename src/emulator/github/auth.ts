/*
 * Tokens and permissions: who may call what. GitHub answers 401 to a missing or unknown token,
 * 403 (or 404, where it hides resources) to a token without the permission, and hides drafts
 * from tokens that cannot push.
 */
import type * as http from 'node:http';
import type { GitHubState, Level, Release, TokenPermissions, TokenSpec } from './state.js';

/** The token the runner harness uses by default; it has every permission. */
export const DEFAULT_TOKEN = 'ghs_testtoken0000000000000000000000000000';

/** The permission an operation needs. */
export interface Needs {
  scope: keyof TokenPermissions;
  level: Level;
}

/** The caller of a route that is open to everyone (no Authorization header): no permission at all. */
export const ANONYMOUS: TokenSpec = {
  permissions: { contents: 'none', actions: 'none', metadata: 'none', attestations: 'none' },
};

const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };

/** The token of a request (`token …` or `Bearer …`), if the state knows it. */
export function authenticate(state: GitHubState, req: http.IncomingMessage): TokenSpec | undefined {
  const header = req.headers.authorization ?? '';
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header);
  return match ? state.tokens.get(match[1]) : undefined;
}

/** Whether the token holds at least `level` of `scope`. */
export function permitted(token: TokenSpec, scope: keyof TokenPermissions, level: Level): boolean {
  return RANK[token.permissions[scope] ?? 'none'] >= RANK[level];
}

/** Drafts are only visible to tokens that can push (contents: write), as on GitHub. */
export function visible(token: TokenSpec, release: Release): boolean {
  return !release.draft || permitted(token, 'contents', 'write');
}
