/* The loopback GitHub emulator: start it, change its state, inject faults, read its log. */
export {
  DEFAULT_TOKEN,
  MAX_ASSET_SIZE,
  githubAssetName,
  startGitHubEmulator,
  type EmulatorOptions,
  type FaultKind,
  type FaultSpec,
  type GitHubEmulator,
  type LogEntry,
} from './server.js';
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
export type { Violation } from './openapi.js';
