/*
 * The route table: every operation the emulator serves, by operationId. To add an area, write
 * `routes/<area>.ts` exporting a `Route[]` and list it here (see the comment atop server.ts).
 */
import type { Route } from '../route.js';
import { UPLOAD_ROUTES } from '../uploads.js';
import { ACTIONS_ROUTES } from './actions.js';
import { ASSET_ROUTES } from './assets.js';
import { ATTESTATION_ROUTES } from './attestations.js';
import { GIT_ROUTES } from './git.js';
import { RELEASE_ROUTES } from './releases.js';
import { REPO_ROUTES } from './repos.js';
import { SETTINGS_ROUTES } from './settings.js';

/** Every route table of the emulator; an operationId may appear in only one of them. */
export const ROUTE_TABLES: readonly (readonly Route[])[] = [
  REPO_ROUTES,
  GIT_ROUTES,
  RELEASE_ROUTES,
  ASSET_ROUTES,
  UPLOAD_ROUTES,
  ACTIONS_ROUTES,
  ATTESTATION_ROUTES,
  SETTINGS_ROUTES,
];
