/*
 * undraft's configuration and dependencies, in a module of their own so that the action's
 * inputs can name the types without loading the pipeline (and with it the clients).
 */
import type { GitHubClient, Repo } from '../github/client.js';

export type TriState = 'auto' | 'true' | 'false';

/** undraft's configuration, already checked (see the action's parseInputs). */
export interface UndraftConfig {
  repository: Repo;
  tag: string;
  expectedAssets: string[];
  exact: boolean;
  requireSignatures: boolean;
  bundleSuffix: string;
  verifySignatures: boolean;
  /** Every payload asset a subject of verified SLSA v1 provenance (provenance.ts). */
  verifyProvenance: boolean;
  certificateIdentity?: string;
  certificateIssuer: string;
  trustedRoot?: string;
  sha256sums?: string;
  notesPath?: string;
  appendNotes?: string;
  makeLatest: TriState;
  prerelease: TriState;
  verifyAttestation: TriState;
  attestationTimeoutMs: number;
  attestationTrustedRoot?: string;
}

export interface UndraftDeps {
  client: GitHubClient;
  /** GITHUB_SERVER_URL (decides the attestation trust domain). */
  serverUrl: string;
  /** Where downloads and the attestation go (RUNNER_TEMP). */
  tempDir: string;
  /** The run's own ref and commit, when it runs on the tag: the tag must not have moved since. */
  runRef?: string;
  runSha?: string;
  pollMs?: number;
  log?: (line: string) => void;
}
