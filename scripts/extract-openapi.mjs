// Extracts, from GitHub's official OpenAPI description (@octokit/openapi), the operations
// sealed-release calls plus every component they reference, into the small committed file
// src/emulator/openapi/github-subset.json. The GitHub emulator validates every request and
// response against it in tests, so an emulator that drifts from the real API fails its suite.
//
// The package is 385 MB installed, so it is never a dependency: it is fetched with `npm pack`
// into a temporary directory and only the one JSON file is unpacked.
//   node scripts/extract-openapi.mjs                 # fetch @octokit/openapi@VERSION
//   node scripts/extract-openapi.mjs path/to/api.github.com.json   # use a local copy
// The committed file is then formatted with `npx prettier --write src/emulator/openapi/github-subset.json`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = '23.0.2';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'src', 'emulator', 'openapi', 'github-subset.json');

/** The operations the project calls (by operationId); the emulator serves exactly these. */
const OPERATIONS = [
  'repos/get',
  'repos/get-branch',
  'repos/get-commit',
  'git/get-ref',
  'git/get-tag',
  'repos/list-releases',
  'repos/create-release',
  'repos/get-release',
  'repos/update-release',
  'repos/delete-release',
  'repos/get-release-by-tag',
  'repos/get-latest-release',
  'repos/list-release-assets',
  'repos/get-release-asset',
  'repos/update-release-asset',
  'repos/delete-release-asset',
  'repos/upload-release-asset',
  'actions/get-workflow',
  'actions/list-workflow-runs',
  'actions/get-workflow-run',
  'actions/get-workflow-run-attempt',
  // undraft's seal: GitHub's release attestation, and the trust domain it is signed for.
  'repos/list-attestations',
  'meta/get',
  // verify-attestation --owner: an organization's attestations of a digest.
  'orgs/list-attestations',
  // attest-provenance stores its bundles where `gh attestation verify` finds them.
  'repos/create-attestation',
  // audit-settings: the settings that make a release immutable and its tags protected.
  'repos/check-immutable-releases',
  'repos/get-repo-rulesets',
  'repos/get-repo-ruleset',
  'repos/get-branch-rules',
  'repos/get-branch-protection',
  'repos/get-environment',
  'repos/list-deployment-branch-policies',
  'actions/get-github-actions-permissions-repository',
  'actions/get-github-actions-default-workflow-permissions-repository',
];

function loadSpec() {
  const local = process.argv[2];
  if (local) return JSON.parse(fs.readFileSync(local, 'utf8'));
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'openapi-'));
  try {
    const pack = spawnSync('npm', ['pack', `@octokit/openapi@${VERSION}`, '--silent'], {
      cwd: temp,
      encoding: 'utf8',
    });
    if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
    const tarball = path.join(temp, pack.stdout.trim().split('\n').pop());
    const member = 'package/generated/api.github.com.json';
    const untar = spawnSync('tar', ['xzf', tarball, '-C', temp, member], { encoding: 'utf8' });
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
    return JSON.parse(fs.readFileSync(path.join(temp, member), 'utf8'));
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

/** Drops prose and examples (not needed to validate, and most of the size); keeps the schemas. */
function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'examples' || key === 'example' || key === 'x-github' || key === 'externalDocs') continue;
    if ((key === 'description' || key === 'summary') && typeof value === 'string') continue;
    copy[key] = strip(value);
  }
  return copy;
}

/**
 * Places where GitHub's answers are documented outside the schema. Each correction is narrow and
 * recorded in the file (x-sealed-release-correction), so the subset still says what it changed.
 */
function applyKnownCorrections(components) {
  // The upload operation's own description says a broken upload "may leave an empty asset with
  // a state of `starter`", but the release-asset schema only lists uploaded/open. Assets in
  // that state are exactly what the asset rules must repair, so the emulator must be able to
  // answer with it.
  const state = components.schemas?.['release-asset']?.properties?.state;
  if (!state?.enum) throw new Error('release-asset.state has no enum any more: review the correction');
  if (!state.enum.includes('starter')) state.enum = [...state.enum, 'starter'];
  state['x-sealed-release-correction'] = "'starter' added: documented by repos/upload-release-asset";
}

function main() {
  const spec = loadSpec();
  const paths = {};
  const found = new Set();
  for (const [route, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!OPERATIONS.includes(operation?.operationId)) continue;
      found.add(operation.operationId);
      paths[route] ??= {};
      paths[route][method] = strip(operation);
    }
  }
  const missing = OPERATIONS.filter((id) => !found.has(id));
  if (missing.length > 0) throw new Error(`operations not in the description: ${missing.join(', ')}`);

  // Follow every $ref (transitively) so the subset is self-contained.
  const components = {};
  const queue = [paths];
  while (queue.length > 0) {
    const node = queue.pop();
    if (Array.isArray(node)) {
      queue.push(...node);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(value) ?? [];
        if (!kind) throw new Error(`unexpected $ref ${value}`);
        components[kind] ??= {};
        if (!(name in components[kind])) {
          components[kind][name] = strip(spec.components[kind][name]);
          queue.push(components[kind][name]);
        }
      } else {
        queue.push(value);
      }
    }
  }
  applyKnownCorrections(components);
  for (const kind of Object.keys(components)) {
    components[kind] = Object.fromEntries(
      Object.entries(components[kind]).sort(([a], [b]) => a.localeCompare(b)),
    );
  }
  const subset = {
    openapi: spec.openapi,
    info: { title: spec.info.title, version: spec.info.version },
    'x-source': `@octokit/openapi@${VERSION} generated/api.github.com.json`,
    servers: spec.servers,
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components,
  };
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(subset, null, 1) + '\n');
  console.log(
    `extract-openapi: ${found.size} operations, ${Object.keys(components.schemas ?? {}).length} schemas → ${path.relative(root, out)}`,
  );
}

main();
