/*
 * What a promotion is given and what it returns, shared by the sequence (promote.ts), the
 * floating tags (floating.ts) and the action that wires them (src/actions/promote-image).
 */
import type { Report } from '../action/report.js';
import type { EvidenceResult, VerifiedEvidence } from '../image/evidence.js';
import type { SemVer } from '../semver.js';
import type { FloatingKind } from './tags.js';

/**
 * Finds and verifies the evidence of one digest, adding its rows to `report` (core/image's
 * verifyImageEvidence, bound to a client, a repository and a policy). It writes nothing; a
 * refusal is a problem, a transport failure is thrown.
 */
export type EvidenceVerifier = (digest: string, report: Report) => Promise<EvidenceResult>;

/** The manifest promoted, exactly as the registry served it (resolved once, at the start). */
export interface PromoteSubject {
  digest: string;
  mediaType: string;
  bytes: Buffer;
}

export interface PromotePlan {
  /** The repository (`owner/app`) on the client's registry. */
  repository: string;
  subject: PromoteSubject;
  /** Strict SemVer, without the prefix. */
  version: SemVer;
  tagPrefix: string;
  floating: readonly FloatingKind[];
  /** Verify and report the plan; write nothing. */
  dryRun: boolean;
}

/** What happened to a floating tag (the `floating` output's values). */
export type FloatingOutcome = 'moved' | 'unchanged' | 'skipped-prerelease' | 'skipped-older';

export interface PromoteResult {
  digest: string;
  versionTag: string;
  /** `created` also in a dry run, where it is the plan. */
  versionTagState: 'created' | 'unchanged';
  /** Floating tag name → outcome (in a dry run, the plan). */
  floating: Record<string, FloatingOutcome>;
  verified: VerifiedEvidence[];
  /** Manifest PUTs made (0 on a re-run or a dry run). */
  writes: number;
  /** Rounds of floating-tag writes (0 when none was needed). */
  rounds: number;
}
