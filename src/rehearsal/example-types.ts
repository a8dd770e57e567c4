/*
 * What an example and a scenario declare (examples.ts and image-examples.ts hold the
 * declarations; see examples.ts for what each field means).
 */
import type { EndState } from './end-state-types.js';
import type { World, WorldSpec } from './world.js';
import type { WorkflowResult } from './workflow/interpreter.js';

export interface Example extends WorldSpec {
  /** The workflow file, relative to the repository root. */
  file: string;
  /** What the run must end in. */
  endState: EndState;
  /** Changes to the world before the run, beyond the tagged commit (earlier releases, other CI runs). */
  setUp?(world: World): void | Promise<void>;
  /** Workflows run after it succeeded, in order, in the same world (a separate promote workflow). */
  then?: FollowUp[];
}

/** A workflow a person starts by hand after the example's run (`workflow_dispatch`, on main). */
export interface FollowUp {
  file: string;
  /** Where the user keeps it: its identity (`GITHUB_WORKFLOW_REF`). */
  workflowPath: string;
  /** The inputs the person types into the form, from what the runs before produced. */
  inputs(world: World, before: WorkflowResult): Record<string, string>;
}

export interface Scenario {
  name: string;
  /** What goes wrong, in one line. */
  story: string;
  example: string;
  /** The step (its action name, or a `run:` label) that must refuse. */
  refusedBy: string;
  /** Changes to the world before the run. */
  prepare(world: World, example: Example): void | Promise<void>;
  /**
   * The refusal comes after the publish (GitHub's seal does not match): the end state is
   * reached, and the step must fail loudly saying so. Every other scenario must publish nothing.
   */
  afterPublish?: boolean;
  /** The tag the Sigstore tokens name instead of the example's. */
  signingTag?: string;
  /** The workflow file the Sigstore tokens name instead of the example's. */
  signingWorkflow?: string;
}
