/*
 * The examples the rehearsal runs, as a user's repository would run them on a tag push, on the
 * loopback emulators, each with the refusal scenarios that replay how releases go wrong.
 *
 * Each example is a declaration in this table (typed, so a misspelt kind does not compile):
 *   name, file          the workflow file (docs/examples/*.yml, or our own release workflow)
 *   repository, tag     the repository and the pushed tag
 *   files / makeProject the user's project at the release commit (actions/checkout copies it)
 *   emulators           the services the workflow talks to besides GitHub, by kind
 *                       (emulators.ts: 'sigstore', 'registries', 'oci-registry'); GitHub is
 *                       always there
 *   endState            what the run must end in, by kind (end-states.ts: 'published-release'
 *                       with the exact asset names, 'image-promoted')
 *   release             the environment and tags the repository's hardened settings are cut
 *                       for (default `release`, `v*`: what the workflow's audit job checks)
 *   setUp, then         the world before the push (earlier releases), and the workflows a
 *                       person starts by hand afterwards (run-example.ts)
 * Adding an example means a declaration here (the container image examples: image-examples.ts),
 * an entry in EMULATORS and one in END_STATES when it needs new ones; neither the workflow
 * interpreter nor the rehearsal's driver (index.ts) changes.
 *
 * A scenario changes the world (a red CI run, a placeholder CHANGELOG date, an asset left by an
 * earlier botched run…) or the workflow (a maintainer adds workflow_dispatch) and names the step
 * that must refuse; nothing may be published when a step refuses before the publish.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { releaseAttestations } from '../emulator/github/attestations.js';
import { applySettingsFixture } from '../emulator/github/routes/settings-fixtures.js';
import type { EmulatorPool } from './emulators.js';
import { endStateKind } from './end-states.js';
import type { Example, Scenario } from './example-types.js';
import { RehearsalError } from './errors.js';
import { IMAGE_EXAMPLES, IMAGE_SCENARIOS } from './image-examples.js';
import { keepAChangelog, npmProject, pythonProject } from './projects.js';
import { startWorld, type World } from './world.js';
import type { WorkflowResult } from './workflow/interpreter.js';

export type { World } from './world.js';

const NPM: Example = {
  name: 'npm package',
  file: 'docs/examples/release.yml',
  repository: 'octo-org/octo-app',
  tag: 'v2.0.0',
  files: npmProject({ name: 'octo-app', version: '2.0.0', changelog: keepAChangelog('2.0.0', '2026-11-20') }),
  emulators: ['sigstore'],
  endState: {
    kind: 'published-release',
    assets: ['octo-app-2.0.0.tgz', 'octo-app-2.0.0.tgz.sigstore.json', 'sbom.cdx.json'],
  },
};

const MONOREPO: Example = {
  name: 'monorepo package',
  file: 'docs/examples/release-monorepo.yml',
  repository: 'octo-org/octo-monorepo',
  tag: 'octo-lib@1.4.0',
  release: { tags: 'octo-lib@*' },
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
  emulators: ['sigstore'],
  endState: {
    kind: 'published-release',
    assets: ['octo-lib-1.4.0.tgz', 'octo-lib-1.4.0.tgz.sigstore.json', 'sbom.cdx.json'],
  },
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
    emulators: ['sigstore'],
    endState: {
      kind: 'published-release',
      assets: [
        `sealed-release-${version}.tar.gz`,
        `sealed-release-${version}.tar.gz.sigstore.json`,
        'sealed-release.cdx.json',
      ],
    },
  };
}

const PYPI: Example = {
  name: 'Python package on PyPI',
  file: 'docs/examples/release-pypi.yml',
  repository: 'octo-org/octo-py',
  tag: 'v1.0.0',
  files: pythonProject({ version: '1.0.0', changelog: keepAChangelog('1.0.0', '2026-11-21') }),
  emulators: ['sigstore', 'registries'],
  release: { environment: 'pypi' },
  endState: {
    kind: 'published-release',
    assets: ['octo_py-1.0.0-py3-none-any.whl', 'octo_py-1.0.0-py3-none-any.whl.sigstore.json'],
  },
};

export const EXAMPLES: Example[] = [NPM, MONOREPO, PYPI, ...IMAGE_EXAMPLES];

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
    // The audit job lints the workflow the run starts from, and its dangerous-triggers finding
    // refuses first; the preflight's event check (never 'workflow_dispatch') is the next line,
    // proved in its own tests, for a workflow that has no audit job.
    refusedBy: 'audit-settings',
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

SCENARIOS.push({
  name: 'default-repository',
  story:
    "the repository has a new repository's settings: releases not immutable, tags and main unprotected, no release environment",
  example: NPM.name,
  refusedBy: 'audit-settings',
  prepare(world) {
    applySettingsFixture(world.gh.state, world.repository, 'default');
  },
});

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
SCENARIOS.push(ATTESTATION_MISMATCH, ...IMAGE_SCENARIOS);

/** The example a scenario replays. */
export function exampleOf(scenario: Scenario): Example {
  const example = EXAMPLES.find((e) => e.name === scenario.example);
  if (!example) {
    throw new RehearsalError(
      'INVALID_EXAMPLE',
      `scenario ${scenario.name}: no example ${JSON.stringify(scenario.example)}`,
    );
  }
  return example;
}

/**
 * Starts the world of an example (or of a scenario of it: its signing tag, and the committed
 * workflow text ready to be changed), after checking that the declaration is whole: its end
 * state's kind exists and reads only emulators the example declared.
 */
export async function startExample(
  example: Example,
  root: string,
  scenario?: Scenario,
  /** Emulators shared by the worlds of a test file or a rehearsal, one world at a time. */
  pool?: EmulatorPool,
): Promise<World> {
  const missing = endStateKind(example.endState).needs.filter((n) => !example.emulators.includes(n));
  if (missing.length > 0) {
    throw new RehearsalError(
      'INVALID_EXAMPLE',
      `${example.name}: its end state ${example.endState.kind} reads the ${missing.join(', ')} emulator(s), which it does not declare`,
    );
  }
  const world = await startWorld(
    {
      ...example,
      signingTag: scenario?.signingTag ?? example.signingTag,
      signingWorkflow: scenario?.signingWorkflow ?? example.signingWorkflow,
    },
    root,
    pool,
  );
  try {
    await example.setUp?.(world);
  } catch (error) {
    await world.stop();
    throw error;
  }
  if (scenario) {
    world.workflow = fs.readFileSync(path.join(root, example.file), 'utf8');
    for (const next of example.then ?? [])
      world.followUps[next.file] = fs.readFileSync(path.join(root, next.file), 'utf8');
  }
  return world;
}

/** Every way a run differs from its example's end state; [] when it is reached exactly. */
export function checkEndState(example: Example, world: World, result: WorkflowResult): string[] {
  return endStateKind(example.endState).check(world, example.endState, result);
}

/**
 * Every way a scenario's run differs from what it must end in: refused by the step that must
 * refuse, with exit 1; nothing published, or (afterPublish) published and said loudly.
 */
export function checkScenario(
  scenario: Scenario,
  example: Example,
  world: World,
  result: WorkflowResult,
): string[] {
  const problems: string[] = [];
  const refused = result.failed;
  if (!refused) problems.push('nothing refused: the workflow succeeded');
  else if ((refused.action ?? refused.label) !== scenario.refusedBy) {
    problems.push(`refused by ${refused.action ?? refused.label}, expected ${scenario.refusedBy}`);
  } else if (refused.code !== 1) problems.push(`${scenario.refusedBy} exited ${refused.code}, not 1`);
  const published = endStateKind(example.endState).published(world);
  if (scenario.afterPublish) {
    if (!published)
      problems.push(`nothing was published for ${world.tag}, though the refusal comes after it`);
    const said = `${refused?.stdout ?? ''}${refused?.summary ?? ''}`;
    if (!/release is out|is published/i.test(said))
      problems.push('the failure does not say that the release is out');
  } else if (published) problems.push(`something was published for ${world.tag}`);
  return problems;
}
