/*
 * One scenario per sub-action that talks to a server: the state it starts from, the step it runs
 * and what the world must look like afterwards. `check` returns the forbidden outcomes it finds
 * (a false pass, an asset overwritten, anything published) and `converged` whether a run reached
 * the correct final state. Faults are added by the matrix, between setup and run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PackageRegistryName } from '../emulator/package-registries/index.js';
import type { RunResult } from '../emulator/runner.js';
import { releaseAttestations } from '../emulator/github/attestations.js';
import { SigningSession } from '../core/sigstore/sign.js';
import { staticIdentityProvider } from '../core/sigstore/oidc.js';
import { REPO, sha256, TAG, type World } from './harness.js';

export type Forbidden = 'false pass' | 'asset overwritten' | 'partial publish';

export interface Scenario {
  name: string;
  action: string;
  /** Whether the step must succeed when nothing goes wrong (a trap scenario must fail). */
  truth: 'pass' | 'fail';
  setup(world: World): Promise<void> | void;
  run(world: World): Promise<RunResult>;
  /** Forbidden outcomes visible in the emulator's state and the run's result. */
  check(world: World, result: RunResult): { forbidden: Forbidden[]; detail: string[] };
  /** Whether the world is in the correct final state after a run that succeeded. */
  converged(world: World, result: RunResult): boolean;
}

const APP = 'the application, built\n'.repeat(64);
const OLD = 'an asset uploaded by an earlier step\n';
const TODAY = new Date().toISOString().slice(0, 10);

/** A CycloneDX 1.6 SBOM with `n` library components. */
export function cyclonedx(n: number): string {
  return JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    components: Array.from({ length: n }, (_, i) => ({
      type: 'library',
      name: `lib-${i}`,
      version: '1.0.0',
      purl: `pkg:npm/lib-${i}@1.0.0`,
    })),
  });
}

/** The draft of TAG with `old.bin` already attached (digest null, so comparing it downloads it). */
function draftWithOldAsset(world: World): void {
  const head = world.gh.state.commit(REPO, { branch: 'main', message: 'release' });
  world.gh.state.annotatedTag(REPO, TAG, head);
  world.head = head;
  const draft = world.gh.state.addRelease(REPO, { tagName: TAG, draft: true, targetCommitish: head });
  world.gh.state.addAsset(draft.id, 'old.bin', OLD, { digest: null });
}

/** Asset-rule checks shared by stage-release and sbom-attach. */
function releaseChecks(world: World, expected: Record<string, string>) {
  const releases = world.gh.state.repo(REPO).releases.filter((r) => r.tagName === TAG);
  const forbidden: Forbidden[] = [];
  const detail: string[] = [];
  if (releases.some((r) => !r.draft)) {
    forbidden.push('partial publish');
    detail.push('a release for the tag was published by a step that must never publish');
  }
  for (const r of releases) {
    const old = r.assets.find((a) => a.name === 'old.bin');
    if (old && (fs.readFileSync(old.file, 'utf8') !== OLD || old.state !== 'uploaded')) {
      forbidden.push('asset overwritten');
      detail.push('old.bin changed');
    }
  }
  const drafts = releases.filter((r) => r.draft);
  const assets = drafts.length === 1 ? drafts[0].assets : [];
  const good =
    drafts.length === 1 &&
    Object.entries(expected).every(([name, content]) => {
      const found = assets.filter((a) => a.name === name);
      return (
        found.length === 1 &&
        found[0].state === 'uploaded' &&
        fs.readFileSync(found[0].file).equals(Buffer.from(content)) &&
        (found[0].digest === null || found[0].digest === `sha256:${sha256(content)}`)
      );
    }) &&
    assets.some((a) => a.name === 'old.bin');
  if (drafts.length > 1) detail.push(`${drafts.length} drafts for one tag`);
  return { forbidden, detail, good };
}

function greenRuns(world: World, trap: boolean): string {
  const head = world.gh.state.commit(REPO, { branch: 'main', message: 'release' });
  const other = world.gh.state.commit(REPO, { branch: 'other', message: 'elsewhere' });
  world.gh.state.annotatedTag(REPO, TAG, head);
  world.head = head;
  if (trap) {
    // The released commit's CI failed; green runs exist only for another commit and another
    // workflow. Only a product that re-checks every run the API returns sees the failure.
    world.gh.state.addRun(REPO, 'ci.yml', { headSha: head, conclusion: 'failure' });
    world.gh.state.addRun(REPO, 'ci.yml', { headSha: other });
    world.gh.state.addRun(REPO, 'lint.yml', { headSha: head });
  } else {
    world.gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    world.gh.state.addRun(REPO, 'lint.yml', { headSha: head });
  }
  return head;
}

function ciScenario(action: 'require-ci-green' | 'preflight', trap: boolean): Scenario {
  let head = '';
  return {
    name: `${action}${trap ? ' (CI failed: a lying listing would hide it)' : ''}`,
    action,
    truth: trap ? 'fail' : 'pass',
    setup(world) {
      head = greenRuns(world, trap);
      if (action === 'preflight') {
        world.write({
          'package.json': '{ "version": "1.2.3" }\n',
          'CHANGELOG.md': `# Changelog\n\n## [1.2.3] - ${TODAY}\n\n- Fixed.\n`,
        });
      }
    },
    run(world) {
      const inputs: Record<string, string> = { workflows: 'ci.yml\nlint.yml', 'require-head': 'false' };
      if (action === 'preflight')
        Object.assign(inputs, { 'version-files': 'package.json', changelog: 'CHANGELOG.md' });
      return world.run(action, inputs, { sha: head });
    },
    check(_world, result) {
      const passed = result.code === 0;
      return passed && trap
        ? { forbidden: ['false pass'], detail: ["passed although the commit's CI failed"] }
        : { forbidden: [], detail: [] };
    },
    // In the trap, only the right failure counts: the one that names the failed workflow.
    converged: (_world, result) =>
      trap ? result.code === 1 && /ci\.yml: failure/.test(result.stdout) : result.code === 0,
  };
}

const stageRelease: Scenario = {
  name: 'stage-release',
  action: 'stage-release',
  truth: 'pass',
  setup(world) {
    draftWithOldAsset(world);
    world.write({ 'dist/app.bin': APP, 'dist/old.bin': OLD });
  },
  run: (world) => world.run('stage-release', { files: 'dist/app.bin\ndist/old.bin', tag: TAG }),
  check(world, result) {
    const c = releaseChecks(world, { 'app.bin': APP });
    if (result.code === 0 && !c.good) {
      c.forbidden.push('false pass');
      c.detail.push('succeeded but the draft does not hold exactly the files with their digests');
    }
    return c;
  },
  converged: (world, result) => result.code === 0 && releaseChecks(world, { 'app.bin': APP }).good,
};

const SBOM = cyclonedx(3);
const sbomAttach: Scenario = {
  name: 'sbom-attach',
  action: 'sbom-attach',
  truth: 'pass',
  setup(world) {
    draftWithOldAsset(world);
    world.write({ 'sbom.cdx.json': SBOM });
  },
  run: (world) => world.run('sbom-attach', { sbom: 'sbom.cdx.json', tag: TAG }),
  check(world, result) {
    const c = releaseChecks(world, { 'sbom.cdx.json': SBOM });
    if (result.code === 0 && !c.good) {
      c.forbidden.push('false pass');
      c.detail.push('succeeded but the SBOM is not attached whole with its digest');
    }
    return c;
  },
  converged: (world, result) => result.code === 0 && releaseChecks(world, { 'sbom.cdx.json': SBOM }).good,
};

const byteIdentity: Scenario = {
  name: 'byte-identity (release:TAG, digest missing: downloads)',
  action: 'byte-identity',
  truth: 'pass',
  setup(world) {
    const head = world.gh.state.commit(REPO, { branch: 'main', message: 'release' });
    world.gh.state.annotatedTag(REPO, TAG, head);
    world.head = head;
    const release = world.gh.state.addRelease(REPO, { tagName: TAG, targetCommitish: head });
    world.gh.state.addAsset(release.id, 'app.bin', APP, { digest: null });
    world.write({ 'dist/app.bin': APP });
  },
  run: (world) => world.run('byte-identity', { files: 'dist/app.bin', against: `release:${TAG}` }),
  check: () => ({ forbidden: [], detail: [] }),
  converged: (_world, result) => result.code === 0 && result.outputs.identical === 'true',
};

/** A registry kind byte-identity reads: how a version is published and what its file is called. */
interface RegistryKind {
  registry: PackageRegistryName;
  reference: string;
  file: string;
  publish(world: World, bytes: string): void;
}

const REGISTRY_KINDS: RegistryKind[] = [
  {
    registry: 'npm',
    reference: 'npm:@acme/app@1.2.3',
    file: 'acme-app-1.2.3.tgz',
    publish: (world, bytes) => void world.registry.state.publishNpm('@acme/app', '1.2.3', bytes),
  },
  {
    registry: 'pypi',
    reference: 'pypi:acme-app==1.2.3',
    file: 'acme_app-1.2.3-py3-none-any.whl',
    publish: (world, bytes) =>
      void world.registry.state.publishPypi('acme-app', '1.2.3', {
        'acme_app-1.2.3-py3-none-any.whl': bytes,
      }),
  },
  {
    registry: 'crates',
    reference: 'crates:acme-app@1.2.3',
    file: 'acme-app-1.2.3.crate',
    publish: (world, bytes) => void world.registry.state.publishCrate('acme-app', '1.2.3', bytes),
  },
];

/** The registry a byte-identity scenario reads, from its name (undefined: not a registry scenario). */
export function registryOf(scenario: string): PackageRegistryName | undefined {
  return REGISTRY_KINDS.find((k) => scenario.startsWith(`byte-identity (${k.registry}:`))?.registry;
}

/**
 * byte-identity in canonicalize mode against a registry that serves the version: it reads the
 * metadata, downloads the file, checks the bytes against the registry's own published digest and
 * hands them on. Handing on bytes that differ from the published ones is a false pass.
 */
function registryScenario(kind: RegistryKind): Scenario {
  const out = (world: World) => path.join(world.workspace, 'canonical', kind.file);
  const handedOn = (world: World) => fs.existsSync(out(world)) && fs.readFileSync(out(world), 'utf8') === APP;
  return {
    name: `byte-identity (${kind.reference}, canonicalize: downloads)`,
    action: 'byte-identity',
    truth: 'pass',
    setup(world) {
      kind.publish(world, APP);
      world.write({ [`dist/${kind.file}`]: APP });
    },
    run: (world) =>
      world.run('byte-identity', {
        files: 'dist/*',
        against: kind.reference,
        mode: 'canonicalize',
        'output-dir': 'canonical',
        ...world.registryInputs(),
      }),
    check(world, result) {
      const dir = path.join(world.workspace, 'canonical');
      const listed = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
      if (result.code === 0 && (!handedOn(world) || result.outputs.canonical !== 'reference')) {
        return {
          forbidden: ['false pass'],
          detail: ["succeeded without handing on the registry's published bytes"],
        };
      }
      if (result.code !== 0 && listed.length > 0) {
        // A failed step must not leave a file that looks canonical for a later step to pick up.
        return { forbidden: ['false pass'], detail: [`failed but left ${listed.join(', ')} in output-dir`] };
      }
      return { forbidden: [], detail: [] };
    },
    converged: (world, result) =>
      result.code === 0 && result.outputs.canonical === 'reference' && handedOn(world),
  };
}

const sigstoreSign: Scenario = {
  name: 'sigstore-sign',
  action: 'sigstore-sign',
  truth: 'pass',
  setup(world) {
    world.write({ 'dist/app.bin': APP });
  },
  run: (world) =>
    world.run('sigstore-sign', {
      files: 'dist/app.bin',
      'fulcio-url': world.sigstore.fulcioURL,
      'rekor-url': world.sigstore.rekorURL,
      'trusted-root': world.sigstore.trustedRootPath,
    }),
  check(world, result) {
    const bundle = path.join(world.workspace, 'dist', 'app.bin.sigstore.json');
    if (result.code === 0 && !fs.existsSync(bundle)) {
      return { forbidden: ['false pass'], detail: ['succeeded without writing the bundle'] };
    }
    return { forbidden: [], detail: [] };
  },
  converged: (world, result) =>
    result.code === 0 && fs.existsSync(path.join(world.workspace, 'dist', 'app.bin.sigstore.json')),
};

export const SCENARIOS = {
  requireCiGreen: ciScenario('require-ci-green', false),
  requireCiGreenTrap: ciScenario('require-ci-green', true),
  preflight: ciScenario('preflight', false),
  preflightTrap: ciScenario('preflight', true),
  stageRelease,
  sbomAttach,
  byteIdentity,
  byteIdentityNpm: registryScenario(REGISTRY_KINDS[0]),
  byteIdentityPypi: registryScenario(REGISTRY_KINDS[1]),
  byteIdentityCrates: registryScenario(REGISTRY_KINDS[2]),
  sigstoreSign,
};

/**
 * A real bundle of `bytes` from the world's loopback Sigstore: undraft tells a bundle from a
 * payload by its content (it must name the asset's sha256), not by its name.
 */
async function bundleOf(world: World, bytes: string): Promise<string> {
  const session = new SigningSession(
    {
      fulcioURL: world.sigstore.fulcioURL,
      rekorURL: world.sigstore.rekorURL,
      tsaURL: world.sigstore.tsaURL,
      retries: 2,
    },
    staticIdentityProvider(world.sigstore.issueToken({})),
  );
  return JSON.stringify(await session.signMessage(Buffer.from(bytes)));
}
const UNDRAFT_EXPECTED = ['app.bin', 'app.bin.sigstore.json', 'sbom.cdx.json'];

/**
 * undraft (when it is on this commit): the draft holds everything, or (trap) lacks the app's
 * bundle. Publishing anything incomplete is a partial publish; a trap that passes is a false pass.
 */
function undraftScenario(trap: boolean): Scenario {
  const check = (world: World, result: RunResult) => {
    const releases = world.gh.state.repo(REPO).releases.filter((r) => r.tagName === TAG);
    const forbidden: Forbidden[] = [];
    const detail: string[] = [];
    for (const r of releases.filter((x) => !x.draft)) {
      const names = r.assets.filter((a) => a.state === 'uploaded').map((a) => a.name);
      if (!UNDRAFT_EXPECTED.every((n) => names.includes(n))) {
        forbidden.push('partial publish');
        detail.push(`published with ${names.join(', ') || 'no assets'}`);
      }
    }
    if (trap && result.code === 0) {
      forbidden.push('false pass');
      detail.push('passed although an expected asset is missing');
    }
    return { forbidden, detail };
  };
  return {
    name: `undraft${trap ? ' (bundle missing: must not publish)' : ''}`,
    action: 'undraft',
    truth: trap ? 'fail' : 'pass',
    async setup(world) {
      // Immutable releases, as undraft's users should have them: publishing then gets GitHub's
      // release attestation, which undraft verifies (the attestation faults act there).
      world.gh.state.repo(REPO).immutableReleases = true;
      const head = world.gh.state.commit(REPO, { branch: 'main', message: 'release' });
      world.gh.state.annotatedTag(REPO, TAG, head);
      world.head = head;
      const draft = world.gh.state.addRelease(REPO, { tagName: TAG, draft: true, targetCommitish: head });
      world.gh.state.addAsset(draft.id, 'app.bin', APP);
      if (!trap) world.gh.state.addAsset(draft.id, 'app.bin.sigstore.json', await bundleOf(world, APP));
      world.gh.state.addAsset(draft.id, 'sbom.cdx.json', SBOM);
    },
    run: async (world) =>
      world.run('undraft', {
        tag: TAG,
        'expected-assets': UNDRAFT_EXPECTED.join('\n'),
        'verify-release-attestation': 'true',
        'attestation-trusted-root': await releaseAttestations(world.gh.state).trustedRootPath(),
        'attestation-timeout': '3s',
      }),
    check,
    converged(world, result) {
      const releases = world.gh.state.repo(REPO).releases.filter((r) => r.tagName === TAG);
      if (trap) return result.code === 1 && releases.every((r) => r.draft);
      return (
        result.code === 0 &&
        releases.length === 1 &&
        !releases[0].draft &&
        check(world, result).forbidden.length === 0
      );
    },
  };
}

/** Scenarios of actions that exist on this commit (undraft lands later than the others). */
export function scenariosFor(root: string): Scenario[] {
  const all = Object.values(SCENARIOS);
  if (
    fs.existsSync(path.join(root, 'undraft', 'action.yml')) &&
    fs.existsSync(path.join(root, 'dist', 'undraft', 'index.js'))
  ) {
    all.push(undraftScenario(false), undraftScenario(true));
  }
  return all;
}
