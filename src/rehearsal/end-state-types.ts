/*
 * The types of the end states an example declares (end-states.ts checks them), apart from the
 * kinds, so an end state kind in a file of its own (image-end-state.ts) imports no cycle.
 */
import type { EmulatorName } from './emulators.js';
import type { World } from './world.js';
import type { WorkflowResult } from './workflow/interpreter.js';

/** The declared end states, one member per kind. */
export type EndState =
  | {
      kind: 'published-release';
      /** Asset names the published release must hold, exactly. */
      assets: string[];
      /**
       * `false` when the workflow attests no build provenance of its files; otherwise the
       * consumer verifies the signed asset's provenance with `verify-attestation` (a workflow
       * that stopped attesting fails the rehearsal).
       */
      provenance?: false;
    }
  | ImagePromoted;

/** An image promoted in an OCI registry (image-end-state.ts). */
export interface ImagePromoted {
  kind: 'image-promoted';
  /** The tag promote-image must write on the built digest (`2.0.0`, `2.1.0-rc.1`). */
  versionTag: string;
  /** `built`: `latest` must be on the built digest; a version tag: `latest` must still be on its digest. */
  latestOn: 'built' | string;
  /** Predicate types of the bundles that must be attached to the built digest. */
  evidence: string[];
  /** Asset names the published release must hold, exactly. */
  assets: string[];
}

export interface EndStateKind<S extends EndState> {
  /** The emulators (besides GitHub) it reads; the example must declare them. */
  needs: EmulatorName[];
  /** Every way the world differs from the end state; [] when it is reached exactly. */
  check(world: World, state: S, result: WorkflowResult): string[];
  /** Whether anything was published (released, pushed, tagged) for the run's version. */
  published(world: World): boolean;
  /** The end state as the world holds it, for a person. */
  show(world: World, result: WorkflowResult): string[];
  /** A consumer's check afterwards, with the CLI only; problems, [] when it passes. */
  downstream?(root: string, world: World, state: S): Promise<string[]>;
}

/** The kind of the published-release end state (the image's reuses it). */
export type PublishedReleaseKind = EndStateKind<Extract<EndState, { kind: 'published-release' }>>;

/**
 * What a consumer gives `verify-attestation` to check a release's provenance, file or image: the
 * repository, the signer workflow and the tag's ref and commit (compared whole), no self-hosted
 * runner, and the Sigstore emulator's trusted root.
 */
export function consumerProvenanceFlags(world: World): string[] {
  return [
    '--repo',
    world.repository,
    '--signer-workflow',
    `${world.repository}/${world.workflowPath}`,
    '--source-ref',
    `refs/tags/${world.tag}`,
    '--source-digest',
    world.head,
    '--deny-self-hosted-runners',
    '--trusted-root',
    world.sigstore.trustedRootPath,
  ];
}
