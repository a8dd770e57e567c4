/*
 * The examples in docs/examples, run as a user's repository would run them on a tag push, on
 * the loopback emulators, each with the refusal scenarios that replay how releases go wrong.
 * A scenario changes the world (a red CI run, a placeholder CHANGELOG date, an asset left by
 * an earlier botched run…) or the workflow (a maintainer adds workflow_dispatch) and names the
 * step that must refuse; nothing may be published when a step refuses before the publish.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { releaseAttestations } from '../emulator/github/attestations.js';
import { DEFAULT_TOKEN, startGitHubEmulator, type GitHubEmulator } from '../emulator/github/index.js';
import {
  startPackageRegistryEmulator,
  type PackageRegistryEmulator,
} from '../emulator/package-registries/index.js';
import { startSigstore, type SigstoreEmulator } from '../emulator/sigstore/index.js';
import { keepAChangelog, npmProject, pythonProject, writeFiles, type Files } from './projects.js';
import {
  runWorkflow,
  type StepContext,
  type StepEvent,
  type WorkflowResult,
} from './workflow/interpreter.js';

export interface World {
  gh: GitHubEmulator;
  sigstore: SigstoreEmulator;
  /** PyPI, crates.io and npm, for byte-identity and the publish stand-ins. */
  registries: PackageRegistryEmulator;
  repository: string;
  tag: string;
  head: string;
  /** The project folder actions/checkout copies. */
  project: string;
  /** Added to the runner environment of every step. */
  env: Record<string, string>;
  eventName: string;
  /** The workflow text to run (a scenario may change it). */
  workflow: string;
}

export interface Example {
  name: string;
  /** The workflow file, relative to the repository root. */
  file: string;
  repository: string;
  tag: string;
  /** The tag the Sigstore tokens name (a scenario may sign on another ref). */
  signingTag?: string;
  /** The sample project's files at the release commit. */
  files: Files;
  /** Instead of `files`: makes the project folder itself (our own repository, cloned). */
  makeProject?: (dir: string, root: string) => void;
  /** Asset names the published release must hold, exactly. */
  assets: string[];
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
   * The refusal comes after the publish (GitHub's seal does not match): the release is out, and
   * the step must fail loudly saying so. Every other scenario must publish nothing.
   */
  afterPublish?: boolean;
  /** The tag the Sigstore tokens name instead of the example's. */
  signingTag?: string;
}

const NPM: Example = {
  name: 'npm package',
  file: 'docs/examples/release.yml',
  repository: 'octo-org/octo-app',
  tag: 'v2.0.0',
  files: npmProject({ name: 'octo-app', version: '2.0.0', changelog: keepAChangelog('2.0.0', '2026-11-20') }),
  assets: ['octo-app-2.0.0.tgz', 'octo-app-2.0.0.tgz.sigstore.json', 'sbom.cdx.json'],
};

const MONOREPO: Example = {
  name: 'monorepo package',
  file: 'docs/examples/release-monorepo.yml',
  repository: 'octo-org/octo-monorepo',
  tag: 'octo-lib@1.4.0',
  files: {
    'README.md': '# octo-monorepo\n\nEach package under packages/ is released from its own tag.\n',
    ...npmProject({
      name: 'octo-lib',
      version: '1.4.0',
      dir: 'packages/octo-lib',
      // Dated sections, as conventional-changelog writes them.
      changelog:
        '# Changelog\n\n## 1.4.0 (2026-11-18)\n\n### Features\n\n* sealed releases\n\n## 1.3.0 (2026-10-01)\n\n* first\n',
    }),
  },
  assets: ['octo-lib-1.4.0.tgz', 'octo-lib-1.4.0.tgz.sigstore.json', 'sbom.cdx.json'],
};

/** sealed-release itself, released by its own .github/workflows/release.yml. */
function ownExample(root: string): Example {
  const version = (
    JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
  ).version;
  return {
    name: 'sealed-release itself',
    file: '.github/workflows/release.yml',
    repository: 'octo-org/sealed-release',
    tag: `v${version}`,
    files: {},
    makeProject(dir) {
      // The maintainer's release commit: the committed tree, its CHANGELOG's [Unreleased]
      // section given the version and today's date (what the maintainer does before tagging).
      const git = (...args: string[]) =>
        execFileSync('git', args, {
          cwd: dir,
          stdio: 'pipe',
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 'r',
            GIT_AUTHOR_EMAIL: 'r@example.invalid',
            GIT_COMMITTER_NAME: 'r',
            GIT_COMMITTER_EMAIL: 'r@example.invalid',
          },
        });
      fs.rmSync(dir, { recursive: true, force: true });
      execFileSync('git', ['clone', '--quiet', '--no-hardlinks', root, dir], { stdio: 'pipe' });
      const changelog = path.join(dir, 'CHANGELOG.md');
      const today = new Date().toISOString().slice(0, 10);
      fs.writeFileSync(
        changelog,
        fs
          .readFileSync(changelog, 'utf8')
          .replace('## [Unreleased]', `## [Unreleased]\n\n## [${version}] - ${today}`),
      );
      git('commit', '--quiet', '-am', `Release ${version}`);
    },
    assets: [
      `sealed-release-${version}.tar.gz`,
      `sealed-release-${version}.tar.gz.sigstore.json`,
      'sealed-release.cdx.json',
    ],
  };
}

const PYPI: Example = {
  name: 'Python package on PyPI',
  file: 'docs/examples/release-pypi.yml',
  repository: 'octo-org/octo-py',
  tag: 'v1.0.0',
  files: pythonProject({ version: '1.0.0', changelog: keepAChangelog('1.0.0', '2026-11-21') }),
  assets: ['octo_py-1.0.0-py3-none-any.whl', 'octo_py-1.0.0-py3-none-any.whl.sigstore.json'],
};

export const EXAMPLES: Example[] = [NPM, MONOREPO, PYPI];

/** Every workflow the rehearsal runs: the examples, and our own release workflow. */
export function allExamples(root: string): Example[] {
  return [...EXAMPLES, ownExample(root)];
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'ci-red',
    story: "the release commit's CI run failed",
    example: NPM.name,
    refusedBy: 'preflight',
    prepare(world) {
      // A newer run on the same commit failed: the newest run is the one that counts.
      world.gh.state.addRun(world.repository, 'ci.yml', { headSha: world.head, conclusion: 'failure' });
    },
  },
  {
    name: 'tbd-changelog',
    story: "the CHANGELOG's section for the version is still dated TBD",
    example: NPM.name,
    refusedBy: 'preflight',
    prepare(world) {
      const file = path.join(world.project, 'CHANGELOG.md');
      fs.writeFileSync(
        file,
        fs.readFileSync(file, 'utf8').replace('## [2.0.0] - 2026-11-20', '## [2.0.0] - TBD'),
      );
    },
  },
  {
    name: 'workflow-dispatch',
    story: 'a maintainer re-runs the release by hand (workflow_dispatch) to re-publish',
    example: NPM.name,
    refusedBy: 'preflight',
    prepare(world) {
      world.eventName = 'workflow_dispatch';
      world.workflow = world.workflow.replace(/^on:\n/m, 'on:\n  workflow_dispatch:\n');
    },
  },
  {
    name: 'clobber',
    story: 'an earlier botched run left a draft whose asset has other bytes under the same name',
    example: NPM.name,
    refusedBy: 'stage-release',
    prepare(world) {
      const draft = world.gh.state.addRelease(world.repository, {
        tagName: world.tag,
        draft: true,
        targetCommitish: world.head,
      });
      world.gh.state.addAsset(draft.id, 'octo-app-2.0.0.tgz', 'bytes built somewhere else\n');
    },
  },
  {
    name: 'missing-asset',
    story: 'the release promises a Linux binary that the build never produced',
    example: NPM.name,
    refusedBy: 'undraft',
    prepare(world) {
      world.workflow = world.workflow.replace(
        '          expected-assets: |\n',
        '          expected-assets: |\n            *-linux-x64.tar.gz\n',
      );
    },
  },
  {
    name: 'identity-superstring',
    story: 'the bundles were signed by the workflow on tag v2.0.0x, whose identity contains the expected one',
    example: NPM.name,
    refusedBy: 'undraft',
    signingTag: 'v2.0.0x',
    prepare() {},
  },
];

/** Sets up the emulators and the project for an example; `stop()` tears them down. */
SCENARIOS.push({
  name: 'tampered-registry',
  story:
    "PyPI's files are served with bytes that differ from PyPI's own published digest (a tampered mirror)",
  example: PYPI.name,
  refusedBy: 'byte-identity',
  prepare(world) {
    world.registries.faults.add({ registry: 'pypi', target: 'download', fault: { kind: 'tamper' } });
  },
});

export const ATTESTATION_MISMATCH: Scenario = {
  name: 'attestation-mismatch',
  story: "GitHub's release attestation names a digest that is not the asset's",
  example: NPM.name,
  refusedBy: 'undraft',
  afterPublish: true,
  prepare(world) {
    releaseAttestations(world.gh.state).fault(world.repository, 'wrong-digest');
  },
};
SCENARIOS.push(ATTESTATION_MISMATCH);

export async function startWorld(
  example: Example,
  signingTag?: string,
  root = process.cwd(),
): Promise<World & { stop(): Promise<void> }> {
  const gh = await startGitHubEmulator();
  const sigstore = await startSigstore({ repository: example.repository, tag: signingTag ?? example.tag });
  const registries = await startPackageRegistryEmulator();
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearsal-project-'));
  gh.state.addRepo(example.repository, { immutableReleases: true });
  const head = gh.state.commit(example.repository, { branch: 'main', message: `Release ${example.tag}` });
  gh.state.annotatedTag(example.repository, example.tag, head);
  gh.state.addRun(example.repository, 'ci.yml', { headSha: head, conclusion: 'success' });
  if (example.makeProject) example.makeProject(project, root);
  else writeFiles(project, example.files);
  return {
    gh,
    sigstore,
    registries,
    repository: example.repository,
    tag: example.tag,
    head,
    project,
    env: sigstore.runnerEnv(),
    eventName: 'push',
    workflow: '',
    async stop() {
      await gh.stop();
      await sigstore.stop();
      await registries.stop();
      fs.rmSync(project, { recursive: true, force: true });
    },
  };
}

/** Runs the example's workflow file in a prepared world. */
export async function runExample(
  root: string,
  example: Example,
  world: World,
  onStep?: (event: StepEvent) => void,
): Promise<WorkflowResult> {
  const source = path.join(root, example.file);
  const text = world.workflow || fs.readFileSync(source, 'utf8');
  const file = path.join(
    world.project,
    '..',
    `${path.basename(world.project)}-${path.basename(example.file)}`,
  );
  fs.writeFileSync(file, text);
  try {
    return await runWorkflow(file, {
      root,
      project: world.project,
      repository: world.repository,
      ref: `refs/tags/${world.tag}`,
      sha: world.head,
      apiUrl: world.gh.url,
      token: DEFAULT_TOKEN,
      eventName: world.eventName,
      env: world.env,
      standInInputs: {
        'sigstore-sign': {
          'fulcio-url': world.sigstore.fulcioURL,
          'rekor-url': world.sigstore.rekorURL,
          'tsa-url': world.sigstore.tsaURL,
          'trusted-root': world.sigstore.trustedRootPath,
        },
        'byte-identity': {
          'pypi-url': world.registries.urls.pypi,
          'crates-index-url': world.registries.urls.cratesIndex,
          'crates-api-url': world.registries.urls.cratesApi,
          'npm-registry': world.registries.urls.npm,
        },
        undraft: {
          'trusted-root': world.sigstore.trustedRootPath,
          'attestation-trusted-root': await releaseAttestations(world.gh.state).trustedRootPath(),
          'attestation-timeout': '20s',
        },
      },
      thirdParty: { 'pypa/gh-action-pypi-publish': (step) => publishToPypi(world, step) },
      onStep,
    });
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/**
 * The stand-in for pypa/gh-action-pypi-publish: every file in `packages-dir` becomes part of its
 * version on the emulated PyPI (trusted publishing needs no token there). As on PyPI, a file
 * that already exists is an error unless `skip-existing` is set.
 */
async function publishToPypi(world: World, step: StepContext): Promise<void> {
  for (const key of Object.keys(step.with)) {
    if (!['packages-dir', 'skip-existing', 'verbose', 'print-hash'].includes(key)) {
      throw new Error(`the stand-in for pypa/gh-action-pypi-publish does not support '${key}'`);
    }
  }
  const dir = path.join(step.workspace, step.with['packages-dir'] ?? 'dist');
  const names = fs.readdirSync(dir).filter((n) => /\.(whl|tar\.gz)$/.test(n));
  if (names.length === 0) throw new Error(`no distributions in ${step.with['packages-dir'] ?? 'dist/'}`);
  for (const name of names) {
    const match = /^([A-Za-z0-9_.]+)-([0-9][^-]*?)(?:-[^-]+-[^-]+-[^-]+\.whl|\.tar\.gz)$/.exec(name);
    if (!match) throw new Error(`'${name}' is not a distribution file name`);
    const [, project, version] = match;
    const existing = world.registries.state.pypi
      .get(project.toLowerCase().replace(/[-_.]+/g, '-'))
      ?.versions.get(version);
    if (existing?.files.some((f) => f.name === name)) {
      if (step.with['skip-existing'] === 'true') continue;
      throw new Error(`PyPI already has '${name}' (400 File already exists)`);
    }
    const files = Object.fromEntries((existing?.files ?? []).map((f) => [f.name, f.bytes]));
    files[name] = fs.readFileSync(path.join(dir, name));
    world.registries.state.publishPypi(project.replace(/_/g, '-'), version, files);
  }
}

/** What the emulator holds for the tag, for the final report and the checks. */
export function releaseState(world: World): {
  releases: {
    draft: boolean;
    immutable: boolean;
    assets: { name: string; digest: string | null; state: string }[];
  }[];
} {
  const releases = world.gh.state.repo(world.repository).releases.filter((r) => r.tagName === world.tag);
  return {
    releases: releases.map((r) => ({
      draft: r.draft,
      immutable: r.immutable,
      assets: r.assets.map((a) => ({ name: a.name, digest: a.digest, state: a.state })),
    })),
  };
}
