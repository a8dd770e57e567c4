/*
 * A world for one run of an example: the GitHub emulator with the repository at its release
 * commit (tagged, CI green), the emulators the example declared, and the project folder
 * actions/checkout copies. Whoever starts a world stops it (`stop()`), which removes everything
 * it wrote to the temp dir; an exit hook removes the files of any world still running when the
 * process ends (an interrupted rehearsal), so no gh-attestations-*, gh-emulator-*,
 * sigstore-emulator-* or rehearsal-project-* folder is left behind.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { GitHubEmulator } from '../emulator/github/index.js';
import { applySettingsFixture, type ReleaseShape } from '../emulator/github/routes/settings-fixtures.js';
import type { OciRegistryEmulator } from '../emulator/oci-registry/server.js';
import type { PackageRegistryEmulator } from '../emulator/package-registries/index.js';
import type { SigstoreEmulator } from '../emulator/sigstore/index.js';
import { EMULATORS, EmulatorPool, type EmulatorName, type Emulators, type Started } from './emulators.js';
import { RehearsalError } from './errors.js';
import { writeFiles, type Files } from './projects.js';
import type { StandIn } from './workflow/interpreter.js';
import { TempFolders } from '../emulator/temp-folders.js';

/** What a world is made from (an example's declaration, less its end state). */
export interface WorldSpec {
  name: string;
  repository: string;
  tag: string;
  /** The tag the Sigstore tokens name (default: `tag`). */
  signingTag?: string;
  /** Where the user keeps the workflow (default `.github/workflows/release.yml`): its identity. */
  workflowPath?: string;
  /** The workflow the Sigstore tokens name (default: `workflowPath`). */
  signingWorkflow?: string;
  /** The emulators besides GitHub the workflow talks to. */
  emulators: readonly EmulatorName[];
  /**
   * The release environment and tags the repository's hardened settings are cut for (default
   * `release` and `v*`): what the workflow's audit job checks.
   */
  release?: ReleaseShape;
  /** The sample project's files at the release commit. */
  files: Files;
  /** Instead of `files`: makes the project folder itself (our own repository, cloned). */
  makeProject?: (dir: string, root: string) => void;
}

export interface World {
  gh: GitHubEmulator;
  /** The declared emulators; reading one the example did not declare is an error. */
  readonly sigstore: SigstoreEmulator;
  readonly registries: PackageRegistryEmulator;
  readonly ociRegistry: OciRegistryEmulator;
  /** The emulators the example declared (GitHub besides). */
  emulators: readonly EmulatorName[];
  repository: string;
  tag: string;
  /** Where the user keeps the workflow the tag push runs (its identity's path). */
  workflowPath: string;
  head: string;
  /** The project folder actions/checkout copies. */
  project: string;
  /** Added to the runner environment of every step. */
  env: Record<string, string>;
  /** The repository's configuration variables (`${{ vars.* }}`). */
  vars: Record<string, string>;
  /** The repository's secrets besides GITHUB_TOKEN (`${{ secrets.* }}`). */
  secrets: Record<string, string>;
  /** Inputs the emulators add to sealed-release actions, by action. */
  inputs: Record<string, Record<string, string>>;
  /** Stand-ins for third-party actions, by `owner/name`. */
  thirdParty: Record<string, StandIn>;
  eventName: string;
  /** The workflow text to run (a scenario may change it; empty: the file as committed). */
  workflow: string;
  /** The texts of the workflows run after it (the example's `then`), by file, as a scenario changed them. */
  followUps: Record<string, string>;
  stop(): Promise<void>;
}

/** The project folders of the worlds not stopped yet, removed at exit whatever the way out. */
const projects = new TempFolders();

/**
 * Starts GitHub and the declared emulators and lays out the project; `stop()` undoes it all.
 * With a pool (a test file's, the rehearsal's), the emulators that can serve one world after
 * another come from it and go back to it; without one, the world starts and stops its own.
 */
export async function startWorld(
  spec: WorldSpec,
  root = process.cwd(),
  shared?: EmulatorPool,
): Promise<World> {
  for (const name of spec.emulators) {
    if (!(name in EMULATORS)) {
      throw new RehearsalError(
        'INVALID_EXAMPLE',
        `${spec.name}: no emulator ${JSON.stringify(name)}; there are ${Object.keys(EMULATORS).join(', ')}`,
      );
    }
  }
  // The release commit's SHA follows from the example, as the same tree at the same tag would
  // have the same commit: runs of one example are pushes of one commit, so the build job's
  // result can be handed on between them (JobCache); a changed project still rebuilds.
  const sha = createHash('sha1').update(`${spec.repository} ${spec.tag}`).digest('hex');
  const workflowPath = spec.workflowPath ?? '.github/workflows/release.yml';
  const who = {
    repository: spec.repository,
    tag: spec.tag,
    signingTag: spec.signingTag ?? spec.tag,
    signingWorkflow: spec.signingWorkflow ?? workflowPath,
    sha,
  };
  const pool = shared ?? new EmulatorPool();
  const free = pool.claim(spec.name);
  const taken: { giveBack(): Promise<void> }[] = [];
  const services: Started<keyof Emulators>[] = [];
  const started: Partial<Emulators> = {};
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearsal-project-'));
  projects.add(project);
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    try {
      for (const t of taken.reverse()) await t.giveBack();
      if (!shared) await pool.stop();
    } finally {
      projects.remove(project);
      free();
    }
  };
  try {
    const github = await pool.take('github', who);
    taken.push(github);
    services.push(github);
    started.github = github.emulator;
    for (const name of spec.emulators) {
      const service = await pool.take(name, who);
      taken.push(service);
      services.push(service);
      (started as Record<string, unknown>)[name] = service.emulator;
    }
    const gh = github.emulator;
    gh.state.addRepo(spec.repository, { immutableReleases: true });
    // A repository set up as the audit asks (tags v* locked, main protected, the `release`
    // environment reviewed and tag-only): a scenario may set it back to a new repository's.
    applySettingsFixture(gh.state, spec.repository, 'hardened', spec.release);
    const head = gh.state.commit(spec.repository, { branch: 'main', message: `Release ${spec.tag}`, sha });
    gh.state.annotatedTag(spec.repository, spec.tag, head);
    gh.state.addRun(spec.repository, 'ci.yml', { headSha: head, conclusion: 'success' });
    if (spec.makeProject) spec.makeProject(project, root);
    else writeFiles(project, spec.files);

    const inputs: World['inputs'] = {};
    for (const s of services) {
      for (const [action, added] of Object.entries(s.inputs))
        inputs[action] = { ...inputs[action], ...added };
    }
    const need = <K extends keyof Emulators>(name: K): Emulators[K] => {
      const emulator = started[name];
      if (!emulator) {
        throw new RehearsalError(
          'NOT_DECLARED',
          `${spec.name} does not declare the ${name} emulator (add it to its emulators)`,
        );
      }
      return emulator;
    };
    return {
      gh,
      get sigstore() {
        return need('sigstore');
      },
      get registries() {
        return need('registries');
      },
      get ociRegistry() {
        return need('oci-registry');
      },
      emulators: spec.emulators,
      repository: spec.repository,
      tag: spec.tag,
      workflowPath,
      head,
      project,
      env: Object.assign({}, ...services.map((s) => s.env)) as Record<string, string>,
      vars: Object.assign({}, ...services.map((s) => s.vars)) as Record<string, string>,
      secrets: Object.assign({}, ...services.map((s) => s.secrets ?? {})) as Record<string, string>,
      inputs,
      thirdParty: Object.assign({}, ...services.map((s) => s.thirdParty)) as World['thirdParty'],
      eventName: 'push',
      workflow: '',
      followUps: {},
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
