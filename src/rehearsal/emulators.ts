/*
 * The services an example's workflow talks to, emulated on loopback. GitHub is always there
 * (every step gets GITHUB_API_URL); an example declares the others it needs by kind
 * (`emulators: ['sigstore', 'registries']` in examples.ts), and each kind here says what it
 * adds to a run: runner environment, inputs of sealed-release actions that point at it instead
 * of the public service, repository secrets it knows (GitHub's AUDIT_TOKEN, which can read the
 * administration settings), and stand-ins for the third-party actions that talk to it. A new
 * service is one more entry in EMULATORS (the OCI registry of the image examples: oci-registry.ts);
 * the workflow interpreter does not change.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { attestationListing } from '../emulator/github/attestation-faults.js';
import { releaseAttestations } from '../emulator/github/attestations.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/github/index.js';
import { ADMIN_TOKEN } from '../emulator/github/routes/settings-fixtures.js';
import {
  startPackageRegistryEmulator,
  type PackageRegistryEmulator,
} from '../emulator/package-registries/index.js';
import { startSigstore, type SigstoreEmulator } from '../emulator/sigstore/index.js';
import type { OciRegistryEmulator } from '../emulator/oci-registry/server.js';
import { RehearsalError } from './errors.js';
import { startImageRegistry } from './oci-registry.js';
import type { StandIn, StepContext } from './workflow/interpreter.js';

/** What an emulator adds to the runs of the world it is part of. */
export interface Emulated {
  /** Runner environment every step gets (e.g. the OIDC token endpoint). */
  env: Record<string, string>;
  /** Repository variables the workflow reads (`${{ vars.IMAGE }}`: the emulator's address). */
  vars: Record<string, string>;
  /** Repository secrets the workflow reads (`${{ secrets.AUDIT_TOKEN }}`: a token the emulator knows). */
  secrets?: Record<string, string>;
  /** Inputs added to sealed-release actions, by action name, pointing them at the emulator. */
  inputs: Record<string, Record<string, string>>;
  /** Stand-ins for third-party actions that talk to this service, by `owner/name`. */
  thirdParty: Record<string, StandIn>;
  stop(): Promise<void>;
  /** Synchronous removal of what it wrote to disk, for the exit hook (servers die with the process). */
  removeFiles(): void;
}

/** Who the run is: what the emulators need to know to answer as the real services would. */
export interface RunIdentity {
  repository: string;
  /** The tag the workflow runs for. */
  tag: string;
  /** The tag the Sigstore tokens name (a scenario may sign on another ref). */
  signingTag: string;
  /** The workflow file the Sigstore tokens name (`.github/workflows/release.yml` unless declared). */
  signingWorkflow: string;
  /** The release commit: the tokens' `sha` claim, which attest-provenance writes as the commit built. */
  sha: string;
}

/** The started emulators of a world, by kind (GitHub always; the rest when declared). */
export interface Emulators {
  github: GitHubEmulator;
  sigstore: SigstoreEmulator;
  registries: PackageRegistryEmulator;
  'oci-registry': OciRegistryEmulator;
}

/** A started emulator and what it adds to a world's runs. */
export type Started<K extends keyof Emulators> = { emulator: Emulators[K] } & Emulated;

export interface EmulatorKind<K extends keyof Emulators> {
  /** What it stands in for, one line. */
  what: string;
  start(who: RunIdentity): Promise<Started<K>>;
  /**
   * When given, one started emulator serves the worlds of an EmulatorPool one after the other
   * (its keys and certificate authorities are the slow part of starting one): `enter` makes it
   * answer for a new world, `leave` forgets what that world changed (its faults, its claims).
   * Without it (the registries, whose published packages are the world's state), each world
   * starts its own.
   */
  reuse?: {
    enter(emulator: Emulators[K], who: RunIdentity): void;
    leave(emulator: Emulators[K], who: RunIdentity): void;
  };
}

const none = { env: {}, vars: {}, inputs: {}, thirdParty: {} };

/** The GitHub emulator, with its release attestations (the seal undraft verifies). */
const GITHUB: EmulatorKind<'github'> = {
  what: 'the REST API and uploads host, and the release attestations of immutable releases',
  async start() {
    const gh = await startGitHubEmulator();
    // The examples' audit job reads the administration settings with a fine-grained token the
    // user stores as the secret AUDIT_TOKEN (Administration, Actions and Metadata: read), as the
    // audit's fix asks; the workflow's GITHUB_TOKEN cannot read them.
    gh.state.addToken(ADMIN_TOKEN, {
      contents: 'read',
      actions: 'read',
      metadata: 'read',
      administration: 'read',
    });
    const seal = releaseAttestations(gh.state);
    const removeFiles = (): void => {
      // The attestation authority's trusted root lives in its own gh-attestations-* folder.
      seal.dispose();
      gh.state.dispose();
    };
    return {
      emulator: gh,
      ...none,
      secrets: { AUDIT_TOKEN: ADMIN_TOKEN },
      inputs: {
        undraft: {
          'attestation-trusted-root': await seal.trustedRootPath(),
          'attestation-timeout': '20s',
        },
      },
      async stop() {
        await gh.stop();
        removeFiles();
      },
      removeFiles,
    };
  },
  reuse: {
    // The world adds its repository afresh (addRepo replaces one of the same name).
    enter() {},
    leave(gh, who) {
      releaseAttestations(gh.state).clearFaults();
      attestationListing(gh.state).clearFaults();
      gh.faults.clear();
      gh.state.repos.delete(who.repository.toLowerCase());
    },
  },
};

/** The claims of the runner's OIDC tokens for a run (what startSigstore derives from its options). */
function tokenClaims(who: RunIdentity): Record<string, unknown> {
  const ref = `refs/tags/${who.signingTag}`;
  const workflowRef = `${who.repository}/${who.signingWorkflow}@${ref}`;
  return {
    sub: `repo:${who.repository}:ref:${ref}`,
    ref,
    sha: who.sha,
    repository: who.repository,
    repository_owner: who.repository.split('/')[0],
    workflow_ref: workflowRef,
    job_workflow_ref: workflowRef,
  };
}

export const EMULATORS: { [K in Exclude<keyof Emulators, 'github'>]: EmulatorKind<K> } = {
  sigstore: {
    what: 'Fulcio, Rekor, a timestamp authority and the runner OIDC token endpoint',
    async start(who) {
      const sigstore = await startSigstore({ repository: who.repository, tag: who.signingTag });
      const signer = {
        'fulcio-url': sigstore.fulcioURL,
        'rekor-url': sigstore.rekorURL,
        'tsa-url': sigstore.tsaURL,
        'trusted-root': sigstore.trustedRootPath,
      };
      return {
        emulator: sigstore,
        env: sigstore.runnerEnv(),
        vars: {},
        inputs: {
          'sigstore-sign': signer,
          'attest-provenance': signer,
          // sbom-attach signs when it attests an SBOM to an image.
          'sbom-attach': signer,
          'sigstore-verify': { 'trusted-root': sigstore.trustedRootPath },
          undraft: { 'trusted-root': sigstore.trustedRootPath },
          'promote-image': { 'trusted-root': sigstore.trustedRootPath },
        },
        thirdParty: {},
        stop: () => sigstore.stop(),
        removeFiles: () =>
          fs.rmSync(path.dirname(sigstore.trustedRootPath), { recursive: true, force: true }),
      };
    },
    reuse: {
      enter: (sigstore, who) => sigstore.setTokenClaims(tokenClaims(who)),
      // Faults, a lying Fulcio and the claims all end here.
      leave: (sigstore) => sigstore.clearFaults(),
    },
  },
  registries: {
    what: 'PyPI, crates.io and npm (byte-identity, and the publish stand-ins)',
    async start() {
      const registries = await startPackageRegistryEmulator();
      return {
        emulator: registries,
        env: {},
        vars: {},
        inputs: {
          'byte-identity': {
            'pypi-url': registries.urls.pypi,
            'crates-index-url': registries.urls.cratesIndex,
            'crates-api-url': registries.urls.cratesApi,
            'npm-registry': registries.urls.npm,
          },
        },
        thirdParty: { 'pypa/gh-action-pypi-publish': (step) => publishToPypi(registries, step) },
        stop: () => registries.stop(),
        removeFiles: () => {},
      };
    },
  },
  'oci-registry': {
    what: 'an OCI registry without the referrers API, as GHCR (the image, its tags and its evidence)',
    // One per world: the registry's contents are the world's state.
    start: (who) => startImageRegistry(who.repository),
  },
};

const KINDS: { [K in keyof Emulators]: EmulatorKind<K> } = { github: GITHUB, ...EMULATORS };

/**
 * Emulators kept running for the worlds of a test file or a rehearsal, one world at a time:
 * those with `reuse` start once (a world takes one, and its stop() gives it back), the others
 * start with each world. `stop()` stops them all and removes their files.
 */
export class EmulatorPool {
  private readonly running = new Map<keyof Emulators, Promise<Started<keyof Emulators>>>();
  /** Everything started and not stopped yet, for the exit hook. */
  private readonly live = new Set<Emulated>();
  private busy = false;

  /** A started emulator of this kind for a world, and how the world gives it back. */
  async take<K extends keyof Emulators>(
    kind: K,
    who: RunIdentity,
  ): Promise<Started<K> & { giveBack(): Promise<void> }> {
    const spec = KINDS[kind] as EmulatorKind<K>;
    if (!spec.reuse) {
      const own = await this.start(spec, who);
      return {
        ...own,
        giveBack: async () => {
          this.live.delete(own);
          await own.stop();
        },
      };
    }
    let started = this.running.get(kind) as Promise<Started<K>> | undefined;
    if (!started) {
      started = this.start(spec, who);
      this.running.set(kind, started);
    }
    const service = await started;
    spec.reuse.enter(service.emulator, who);
    const { leave } = spec.reuse;
    return { ...service, giveBack: async () => leave(service.emulator, who) };
  }

  private async start<K extends keyof Emulators>(
    spec: EmulatorKind<K>,
    who: RunIdentity,
  ): Promise<Started<K>> {
    const service = await spec.start(who);
    this.live.add(service);
    onExit(this.live);
    return service;
  }

  /** Marks the pool in use by a world: the worlds of one pool run one after the other. */
  claim(name: string): () => void {
    if (this.busy) {
      throw new RehearsalError(
        'INVALID_EXAMPLE',
        `${name}: the emulators of this pool serve another world now`,
      );
    }
    this.busy = true;
    return () => {
      this.busy = false;
    };
  }

  /** Stops every emulator still running and removes its files. */
  async stop(): Promise<void> {
    await Promise.allSettled([...this.running.values()]);
    this.running.clear();
    const services = [...this.live];
    this.live.clear();
    for (const service of services) {
      try {
        await service.stop();
      } finally {
        service.removeFiles();
      }
    }
  }
}

/*
 * The backstop: when the process ends with emulators still running (an interrupted rehearsal,
 * an uncaught error), their files go with it; the servers die with the process.
 */
const pools = new Set<Set<Emulated>>();
let exitHook = false;

function onExit(live: Set<Emulated>): void {
  pools.add(live);
  if (exitHook) return;
  exitHook = true;
  process.once('exit', () => {
    for (const set of pools) for (const service of set) service.removeFiles();
  });
}

export type EmulatorName = keyof typeof EMULATORS;

/**
 * The stand-in for pypa/gh-action-pypi-publish: every file in `packages-dir` becomes part of its
 * version on the emulated PyPI (trusted publishing needs no token there). As on PyPI, a file
 * that already exists is an error unless `skip-existing` is set.
 */
async function publishToPypi(registries: PackageRegistryEmulator, step: StepContext): Promise<void> {
  for (const key of Object.keys(step.with)) {
    if (!['packages-dir', 'skip-existing', 'verbose', 'print-hash'].includes(key)) {
      throw new RehearsalError(
        'UNSUPPORTED',
        `the stand-in for pypa/gh-action-pypi-publish does not support '${key}'`,
      );
    }
  }
  const dir = path.join(step.workspace, step.with['packages-dir'] ?? 'dist');
  const names = fs.readdirSync(dir).filter((n) => /\.(whl|tar\.gz)$/.test(n));
  if (names.length === 0)
    throw new RehearsalError('STEP_FAILED', `no distributions in ${step.with['packages-dir'] ?? 'dist/'}`);
  for (const name of names) {
    const match = /^([A-Za-z0-9_.]+)-([0-9][^-]*?)(?:-[^-]+-[^-]+-[^-]+\.whl|\.tar\.gz)$/.exec(name);
    if (!match)
      throw new RehearsalError('STEP_FAILED', `${JSON.stringify(name)} is not a distribution file name`);
    const [, project, version] = match;
    const existing = registries.state.pypi
      .get(project.toLowerCase().replace(/[-_.]+/g, '-'))
      ?.versions.get(version);
    if (existing?.files.some((f) => f.name === name)) {
      if (step.with['skip-existing'] === 'true') continue;
      throw new RehearsalError('STEP_FAILED', `PyPI already has '${name}' (400 File already exists)`);
    }
    const files = Object.fromEntries((existing?.files ?? []).map((f) => [f.name, f.bytes]));
    files[name] = fs.readFileSync(path.join(dir, name));
    registries.state.publishPypi(project.replace(/_/g, '-'), version, files);
  }
}
