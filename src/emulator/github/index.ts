/* The loopback GitHub emulator: start it, change its state, inject faults, read its log. */
export { githubAssetName } from './asset-name.js';
export { DEFAULT_TOKEN } from './auth.js';
export { ROUTE_FAULTS, type FaultControl, type FaultKind, type FaultSpec } from './faults.js';
export { HttpAnswer } from './http.js';
export type { Violation } from './openapi.js';
export { inRepo, type Route, type RouteContext } from './route.js';
export { startGitHubEmulator, type EmulatorOptions, type GitHubEmulator, type LogEntry } from './server.js';
export {
  FULL_PERMISSIONS,
  GitHubState,
  randomSha,
  type Asset,
  type AssetState,
  type HeadRepository,
  type Release,
  type Repository,
  type RunConclusion,
  type RunStatus,
  type TokenPermissions,
  type WorkflowRun,
} from './state.js';
export { MAX_ASSET_SIZE } from './uploads.js';
