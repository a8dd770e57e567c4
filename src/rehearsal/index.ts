/*
 * The release rehearsal: the README's own release workflows (docs/examples/*.yml) run as a tag
 * push runs them, on the loopback emulators, with the committed dist/ bundles. It ends with the
 * published release, its assets and digests, and a downstream check with the CLI.
 *
 *   npm run rehearse                      every example, to a published release
 *   npm run rehearse -- --list            the refusal scenarios
 *   npm run rehearse -- --scenario NAME   one way a release goes wrong, refused
 *   npm run rehearse -- --scenarios       every scenario
 *
 * It exits non-zero when anything does not end the way it must: an example that does not
 * publish, or a scenario that is not refused by the step that must refuse it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  EXAMPLES,
  allExamples,
  SCENARIOS,
  releaseState,
  runExample,
  startWorld,
  type Example,
  type Scenario,
  type World,
} from './examples.js';
import { releaseAttestations } from '../emulator/github/attestations.js';
import { DEFAULT_TOKEN } from '../emulator/github/index.js';
import { spawnCollected } from '../emulator/runner.js';
import { printStep } from './report.js';

function usage(): never {
  console.error('usage: rehearse [--list | --scenario NAME | --scenarios]');
  process.exit(2);
}

async function rehearseExample(root: string, example: Example): Promise<string[]> {
  console.log(`\n════ ${example.file} (${example.name}): push of tag ${example.tag} ════`);
  const world = await startWorld(example, undefined, root);
  try {
    const result = await runExample(root, example, world, (e) => printStep(e));
    const problems: string[] = [];
    if (!result.ok) problems.push(`the workflow failed at ${result.failed?.job} · ${result.failed?.label}`);
    const state = releaseState(world);
    const published = state.releases.filter((r) => !r.draft);
    if (state.releases.length !== 1 || published.length !== 1) {
      problems.push(
        `expected one published release for ${example.tag}, found ${state.releases.length} (${published.length} published)`,
      );
    } else {
      const release = published[0];
      console.log(`\n  the release ${example.tag}: published${release.immutable ? ', immutable' : ''}`);
      for (const asset of release.assets)
        console.log(`    ${asset.name.padEnd(40)} ${asset.digest ?? '(no digest)'} ${asset.state}`);
      const names = release.assets.map((a) => a.name).sort();
      if (JSON.stringify(names) !== JSON.stringify([...example.assets].sort())) {
        problems.push(`the release holds ${names.join(', ')}; expected ${example.assets.join(', ')}`);
      }
    }
    const undraft = result.steps.find((s) => s.action === 'undraft');
    if (undraft)
      console.log(`  attestation-verified: ${undraft.outputs['attestation-verified'] ?? '(not set)'}`);
    if (problems.length === 0) problems.push(...(await downstreamCheck(root, example, world)));
    return problems;
  } finally {
    await world.stop();
  }
}

/**
 * What a consumer of the release does, with nothing but the CLI: download an asset and its
 * bundle from the published release, check GitHub's seal (`verify-release`) and the Sigstore
 * bundle for exactly the release workflow's identity (`verify-bundle`).
 */
async function downstreamCheck(root: string, example: Example, world: World): Promise<string[]> {
  const release = world.gh.state
    .repo(world.repository)
    .releases.find((r) => r.tagName === world.tag && !r.draft);
  const asset = release?.assets.find((a) => !a.name.endsWith('.sigstore.json') && !a.name.includes('cdx'));
  const bundle = release?.assets.find((a) => a.name === `${asset?.name}.sigstore.json`);
  if (!release || !asset || !bundle) return ['downstream: no signed asset on the published release'];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearsal-downstream-'));
  try {
    const download = async (name: string, id: number): Promise<string> => {
      const response = await fetch(`${world.gh.url}/repos/${world.repository}/releases/assets/${id}`, {
        headers: { accept: 'application/octet-stream', authorization: `Bearer ${DEFAULT_TOKEN}` },
      });
      if (!response.ok) throw new Error(`downloading ${name}: HTTP ${response.status}`);
      const file = path.join(dir, name);
      fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      return file;
    };
    const assetFile = await download(asset.name, asset.id);
    const bundleFile = await download(bundle.name, bundle.id);
    const cli = path.join(root, 'dist', 'cli', 'index.js');
    const env = {
      PATH: process.env.PATH ?? '',
      GITHUB_API_URL: world.gh.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_TOKEN: DEFAULT_TOKEN,
    };
    const identity = `https://github.com/${world.repository}/.github/workflows/release.yml@refs/tags/${world.tag}`;
    const runs: [string, string[]][] = [
      [
        'verify-release',
        [
          'verify-release',
          '--repo',
          world.repository,
          '--tag',
          world.tag,
          '--trusted-root',
          await releaseAttestations(world.gh.state).trustedRootPath(),
          assetFile,
        ],
      ],
      [
        'verify-bundle',
        [
          'verify-bundle',
          '--bundle',
          bundleFile,
          '--certificate-identity',
          identity,
          '--certificate-oidc-issuer',
          'https://token.actions.githubusercontent.com',
          '--trusted-root',
          world.sigstore.trustedRootPath,
          assetFile,
        ],
      ],
    ];
    const problems: string[] = [];
    console.log(`\n  downstream, with the CLI only (${asset.name} and its bundle downloaded):`);
    for (const [label, args] of runs) {
      // Asynchronously: the emulators answering the CLI run in this very process.
      const ran = await runNode(cli, args, env);
      const said = `${ran.stdout}${ran.stderr}`.trim().split('\n').slice(-1)[0] ?? '';
      console.log(`    sealed-release ${label}: exit ${ran.status} — ${said}`);
      if (ran.status !== 0)
        problems.push(`downstream ${label} exited ${ran.status}: ${ran.stdout}${ran.stderr}`);
    }
    return problems;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function runNode(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await spawnCollected(process.execPath, [script, ...args], {
    env,
    timeoutMs: 60_000,
  });
  return { status: code, stdout, stderr };
}

async function rehearseScenario(root: string, scenario: Scenario): Promise<string[]> {
  const example = EXAMPLES.find((e) => e.name === scenario.example);
  if (!example) return [`scenario ${scenario.name}: no example '${scenario.example}'`];
  console.log(`\n════ scenario ${scenario.name}: ${scenario.story} ════`);
  const world = await startWorld(example, scenario.signingTag, root);
  try {
    world.workflow = fs.readFileSync(path.join(root, example.file), 'utf8');
    await scenario.prepare(world, example);
    const result = await runExample(root, example, world, (e) => printStep(e));
    const problems: string[] = [];
    const refused = result.failed;
    if (!refused) problems.push('nothing refused: the workflow succeeded');
    else if ((refused.action ?? refused.label) !== scenario.refusedBy) {
      problems.push(`refused by ${refused.action ?? refused.label}, expected ${scenario.refusedBy}`);
    } else {
      console.log(`\n  refused by ${scenario.refusedBy} with exit ${refused.code}, as it must be`);
    }
    const published = releaseState(world).releases.filter((r) => !r.draft);
    if (scenario.afterPublish) {
      const said = `${refused?.stdout ?? ''}${refused?.summary ?? ''}`;
      if (!/release is out|is published/i.test(said))
        problems.push('the failure does not say that the release is out');
    } else if (published.length > 0) problems.push(`a release was published for ${world.tag}`);
    return problems;
  } finally {
    await world.stop();
  }
}

async function main(): Promise<void> {
  const [root = process.cwd(), ...args] = process.argv.slice(2);
  let runs: (() => Promise<string[]>)[];
  if (args.length === 0) runs = allExamples(root).map((e) => () => rehearseExample(root, e));
  else if (args[0] === '--list' && args.length === 1) {
    for (const s of SCENARIOS) console.log(`${s.name.padEnd(22)} ${s.story} (refused by ${s.refusedBy})`);
    return;
  } else if (args[0] === '--scenario' && args.length === 2) {
    const scenario = SCENARIOS.find((s) => s.name === args[1]);
    if (!scenario) {
      console.error(`no scenario '${args[1]}'; --list shows them`);
      process.exit(2);
    }
    runs = [() => rehearseScenario(root, scenario)];
  } else if (args[0] === '--scenarios' && args.length === 1)
    runs = SCENARIOS.map((s) => () => rehearseScenario(root, s));
  else usage();

  const started = Date.now();
  const problems: string[] = [];
  for (const run of runs) problems.push(...(await run()));
  for (const p of problems) console.log(`!! ${p}`);
  console.log(
    `\nrehearsal: ${problems.length === 0 ? 'everything ended as it must' : `${problems.length} problem(s)`} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
