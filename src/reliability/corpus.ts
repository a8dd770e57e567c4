/*
 * The bad-input corpus: inputs a careless or hostile workflow can pass. Each must end in a clear
 * error (exit 1, an ::error:: line, no stack trace) that names the input or the value given,
 * and leave no trace: no request that writes, no file created or changed in the workspace, no
 * certificate requested, no log entry made.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RunResult } from '../emulator/runner.js';
import { clearFailure, failureText, REPO, TAG, World, type Leak } from './harness.js';
import { cyclonedx } from './scenarios.js';
import type { BadInput } from './corpus-types.js';
import { imageAndAuditCases } from './corpus-image-audit.js';

export type { BadInput } from './corpus-types.js';

export interface CorpusResult {
  id: string;
  action: string;
  category: string;
  refused: boolean;
  named: boolean;
  traceless: boolean;
  clean: boolean;
  detail: string;
  leaks: Leak[];
}

const TODAY = new Date().toISOString().slice(0, 10);
const PKG = '{ "version": "1.2.3" }\n';
const CHANGELOG = `# Changelog\n\n## [1.2.3] - ${TODAY}\n\n- Fixed.\n`;
const GUARD_FILES = { 'package.json': PKG, 'CHANGELOG.md': CHANGELOG };
const NON_UTF8 = Buffer.from([0x23, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x0a]);
const SBOM = cyclonedx(2);
const APP = 'application bytes\n';
const GIB = 1024 ** 3;

function c(
  action: string,
  category: string,
  id: string,
  inputs: Record<string, string>,
  names: string[],
  extra: Partial<BadInput> = {},
): BadInput {
  return { id, action, category, inputs, names, ...extra };
}

/** The inputs a working step of each action needs, so a case changes one thing. */
const BASE: Record<string, Record<string, string>> = {
  'tag-semver-guard': { tag: TAG, 'version-files': 'package.json', changelog: 'CHANGELOG.md' },
  preflight: { tag: TAG, 'version-files': 'package.json', changelog: 'CHANGELOG.md', workflows: 'ci.yml' },
  'require-ci-green': { workflows: 'ci.yml', 'require-head': 'false' },
  'sigstore-sign': { files: 'dist/app.bin' },
  'sigstore-verify': { files: 'dist/app.bin' },
  'stage-release': { tag: TAG, files: 'dist/app.bin' },
  'sbom-attach': { tag: TAG, sbom: 'sbom.cdx.json' },
  'byte-identity': { files: 'dist/app.bin', against: 'dir:ref' },
  undraft: { tag: TAG, 'expected-assets': 'app.bin', 'verify-release-attestation': 'false' },
};
const FILES: Record<string, Record<string, string | Buffer>> = {
  'tag-semver-guard': GUARD_FILES,
  preflight: GUARD_FILES,
  'sigstore-sign': { 'dist/app.bin': APP },
  'sigstore-verify': { 'dist/app.bin': APP },
  'stage-release': { 'dist/app.bin': APP },
  'sbom-attach': { 'sbom.cdx.json': SBOM },
  'byte-identity': { 'dist/app.bin': APP, 'ref/app.bin': APP },
};

/** One case with the action's working inputs, changed by `over` (an empty string removes an input). */
function bad(
  action: string,
  category: string,
  id: string,
  over: Record<string, string>,
  names: string[],
  extra: Partial<BadInput> = {},
): BadInput {
  const inputs = { ...BASE[action] };
  for (const [k, v] of Object.entries(over)) {
    if (v === '\u0000remove') delete inputs[k];
    else inputs[k] = v;
  }
  return c(action, category, id, inputs, names, {
    ...extra,
    files: { ...(FILES[action] ?? {}), ...(extra.files ?? {}) },
  });
}

async function signApp(world: World): Promise<void> {
  const r = await world.run(
    'sigstore-sign',
    {
      files: 'dist/app.bin',
      'fulcio-url': world.sigstore.fulcioURL,
      'rekor-url': world.sigstore.rekorURL,
      'trusted-root': world.sigstore.trustedRootPath,
    },
    { label: 'corpus: signing for sigstore-verify' },
  );
  if (r.code !== 0) throw new Error(`corpus: could not sign the fixture: ${failureText(r)}`);
}

function flip(file: string, at: (size: number) => number): void {
  const bytes = fs.readFileSync(file);
  const i = at(bytes.length);
  bytes[i] ^= 0x01;
  fs.writeFileSync(file, bytes);
}

/** The whole corpus; `quick` picks the subset the test suite runs. */
export function corpus(undraft = false): BadInput[] {
  const T = 'tag';
  const cases: BadInput[] = [];
  // Tags: metacharacters, lookalikes, invisible characters, traversal, for every action taking one.
  const badTags: [string, string, string][] = [
    ['tag-shell', 'v1.2.3;id', 'metacharacter'],
    ['tag-subst', 'v1.2.3$(id)', 'metacharacter'],
    ['tag-backtick', 'v1.2.3`id`', 'metacharacter'],
    ['tag-newline', 'v1.2.3\nv9.9.9', 'metacharacter'],
    ['tag-fullwidth', 'v\uff11.2.3', 'Unicode lookalike'],
    ['tag-cyrillic', '\u0475' + '1.2.3', 'Unicode lookalike'],
    ['tag-zwsp', 'v1.2.3\u200b', 'invisible character'],
    ['tag-rlo', 'v1.2.3\u202e', 'invisible character'],
    ['tag-traversal', '../v1.2.3', 'path traversal'],
  ];
  for (const [id, value, category] of badTags)
    cases.push(bad('tag-semver-guard', `tag: ${category}`, `guard-${id}`, { tag: value }, [T, value]));
  for (const [id, value, category] of badTags.slice(0, 7))
    cases.push(bad('stage-release', `tag: ${category}`, `stage-${id}`, { tag: value }, [T, value]));
  for (const [id, value, category] of [badTags[1], badTags[4], badTags[6]])
    cases.push(bad('sbom-attach', `tag: ${category}`, `sbom-${id}`, { tag: value }, [T, value]));
  for (const [id, value, category] of [badTags[0], badTags[5], badTags[7]])
    cases.push(bad('require-ci-green', `tag: ${category}`, `ci-${id}`, { tag: value }, [T, value]));
  cases.push(
    bad('preflight', 'tag: invisible character', 'preflight-tag-zwsp', { tag: 'v1.2.3\u2060' }, [T]),
  );
  cases.push(
    bad(
      'byte-identity',
      'tag: invisible character',
      'bytes-release-zwsp',
      { against: `release:${TAG}\u200b` },
      ['against'],
    ),
  );

  // Paths: traversal and symlinks out of the workspace, in every path input that names workspace
  // files. (`trusted-root` is not one: a private instance's root legitimately lives outside the
  // workspace, e.g. in RUNNER_TEMP; its malformed-JSON case is below.)
  const traversal: [string, string, Record<string, string>][] = [
    ['tag-semver-guard', 'version-files', {}],
    ['tag-semver-guard', 'changelog', {}],
    ['preflight', 'version-files', {}],
    ['sigstore-sign', 'files', {}],
    ['sigstore-verify', 'files', {}],
    ['stage-release', 'files', {}],
    ['stage-release', 'notes-path', {}],
    ['sbom-attach', 'sbom', {}],
    ['byte-identity', 'files', {}],
    ['byte-identity', 'output-dir', { mode: 'canonicalize' }],
  ];
  for (const [action, input, more] of traversal) {
    cases.push(
      bad(action, 'path traversal', `${action}-${input}-traversal`, { ...more, [input]: '../outside.txt' }, [
        input,
        '../outside.txt',
      ]),
    );
    if (input === 'output-dir') continue;
    cases.push(
      bad(
        action,
        'symlink out of the workspace',
        `${action}-${input}-symlink`,
        { ...more, [input]: 'link.txt' },
        [input, 'link.txt'],
        {
          symlinks: { 'link.txt': '@outside' },
        },
      ),
    );
  }
  cases.push(
    bad('byte-identity', 'path traversal', 'bytes-against-dir-traversal', { against: 'dir:../..' }, [
      'against',
      'dir:../..',
    ]),
  );
  cases.push(
    bad(
      'byte-identity',
      'path traversal',
      'bytes-against-sums-traversal',
      { against: 'sums:../outside.txt' },
      ['against', '../outside.txt'],
    ),
  );

  // Globs that match nothing.
  for (const [action, input] of [
    ['sigstore-sign', 'files'],
    ['sigstore-verify', 'files'],
    ['stage-release', 'files'],
    ['sbom-attach', 'sbom'],
    ['byte-identity', 'files'],
  ] as const) {
    cases.push(
      bad(action, 'glob matching nothing', `${action}-${input}-nothing`, { [input]: 'nothing/*.bin' }, [
        input,
        'nothing/*.bin',
      ]),
    );
  }

  // Undeclared (misspelled) inputs, as the runner passes them on.
  for (const [action, variable, name] of [
    ['tag-semver-guard', 'INPUT_VERSION_FILE', 'version_file'],
    ['preflight', 'INPUT_WORKFLOW', 'workflow'],
    ['require-ci-green', 'INPUT_WORKFLOW', 'workflow'],
    ['sigstore-sign', 'INPUT_FILE', 'file'],
    ['sigstore-verify', 'INPUT_CERTIFICATE_IDENTITY_REGEX', 'certificate_identity_regex'],
    ['stage-release', 'INPUT_NOTES', 'notes'],
    ['sbom-attach', 'INPUT_SBOMS', 'sboms'],
    ['byte-identity', 'INPUT_AGAINS', 'agains'],
  ] as const) {
    cases.push(
      bad(action, 'undeclared input', `${action}-undeclared`, {}, [name, variable, name.replace(/_/g, '-')], {
        env: { [variable]: 'x' },
      }),
    );
  }

  // Non-UTF-8 and huge files.
  cases.push(
    bad('tag-semver-guard', 'non-UTF-8 file', 'guard-changelog-non-utf8', {}, ['changelog', 'CHANGELOG.md'], {
      files: { 'CHANGELOG.md': NON_UTF8 },
    }),
  );
  cases.push(
    bad(
      'tag-semver-guard',
      'non-UTF-8 file',
      'guard-package-non-utf8',
      {},
      ['version-files', 'package.json'],
      { files: { 'package.json': NON_UTF8 } },
    ),
  );
  cases.push(
    bad(
      'stage-release',
      'non-UTF-8 file',
      'stage-notes-non-utf8',
      { 'notes-path': 'NOTES.md' },
      ['notes-path', 'NOTES.md'],
      { files: { 'NOTES.md': NON_UTF8 } },
    ),
  );
  cases.push(
    bad('sbom-attach', 'non-UTF-8 file', 'sbom-non-utf8', {}, ['sbom', 'sbom.cdx.json'], {
      files: { 'sbom.cdx.json': NON_UTF8 },
    }),
  );
  cases.push(
    bad(
      'stage-release',
      'huge file',
      'stage-2gib',
      { files: 'dist/huge.bin' },
      ['huge.bin', '2 GiB', '2147483648'],
      { sparse: { 'dist/huge.bin': 2 * GIB } },
    ),
  );
  cases.push(
    bad('sbom-attach', 'huge file', 'sbom-huge', {}, ['sbom', 'sbom.cdx.json'], {
      sparse: { 'sbom.cdx.json': 700 * 1024 * 1024 },
    }),
  );
  cases.push(
    bad('tag-semver-guard', 'huge file', 'guard-changelog-huge', {}, ['changelog', 'CHANGELOG.md'], {
      sparse: { 'CHANGELOG.md': 600 * 1024 * 1024 },
    }),
  );

  // Malformed JSON, TOML, YAML, Markdown.
  cases.push(
    bad('tag-semver-guard', 'malformed JSON', 'guard-json', {}, ['version-files', 'package.json'], {
      files: { 'package.json': '{ "version": "1.2.3", ' },
    }),
  );
  cases.push(
    bad(
      'tag-semver-guard',
      'malformed TOML',
      'guard-toml',
      { 'version-files': 'Cargo.toml' },
      ['version-files', 'Cargo.toml'],
      { files: { 'Cargo.toml': '[package\nversion = "1.2.3"\n' } },
    ),
  );
  cases.push(
    bad(
      'tag-semver-guard',
      'malformed YAML',
      'guard-yaml',
      { 'version-files': 'Chart.yaml' },
      ['version-files', 'Chart.yaml'],
      { files: { 'Chart.yaml': 'version: "1.2.3\n  name: [x\n' } },
    ),
  );
  cases.push(
    bad('tag-semver-guard', 'malformed Markdown', 'guard-md-fenced', {}, ['changelog', 'CHANGELOG.md'], {
      files: { 'CHANGELOG.md': `# Changelog\n\n\`\`\`\n## [1.2.3] - ${TODAY}\n\`\`\`\n` },
    }),
  );
  cases.push(
    bad('tag-semver-guard', 'malformed Markdown', 'guard-md-comment', {}, ['changelog', 'CHANGELOG.md'], {
      files: { 'CHANGELOG.md': `# Changelog\n\n<!--\n## [1.2.3] - ${TODAY}\n-->\n` },
    }),
  );
  cases.push(
    bad('sbom-attach', 'malformed JSON', 'sbom-json', {}, ['sbom', 'sbom.cdx.json'], {
      files: { 'sbom.cdx.json': '{"bomFormat": "CycloneDX", ' },
    }),
  );
  cases.push(
    bad(
      'sigstore-sign',
      'malformed JSON',
      'sign-trusted-root-json',
      { 'trusted-root': 'root.json' },
      ['trusted-root', 'root.json'],
      { files: { 'root.json': '{ "mediaType": ' } },
    ),
  );
  cases.push(
    bad(
      'byte-identity',
      'malformed sums file',
      'bytes-sums',
      { against: 'sums:SHA256SUMS' },
      ['against', 'SHA256SUMS'],
      { files: { SHA256SUMS: 'not a digest  app.bin\n' } },
    ),
  );

  // SBOMs of the wrong schema.
  cases.push(
    bad(
      'sbom-attach',
      'SBOM of the wrong schema',
      'sbom-cdx-components-string',
      {},
      ['sbom', 'sbom.cdx.json'],
      {
        files: {
          'sbom.cdx.json': JSON.stringify({
            bomFormat: 'CycloneDX',
            specVersion: '1.6',
            version: 1,
            components: 'lib',
          }),
        },
      },
    ),
  );
  cases.push(
    bad(
      'sbom-attach',
      'SBOM of the wrong schema',
      'sbom-cdx-spec-unknown',
      {},
      ['sbom', 'sbom.cdx.json', '9.9'],
      {
        files: {
          'sbom.cdx.json': JSON.stringify({
            bomFormat: 'CycloneDX',
            specVersion: '9.9',
            version: 1,
            components: [],
          }),
        },
      },
    ),
  );
  cases.push(
    bad(
      'sbom-attach',
      'SBOM of the wrong schema',
      'sbom-spdx-version',
      {},
      ['sbom', 'sbom.cdx.json', 'SPDX-9.9'],
      {
        files: {
          'sbom.cdx.json': JSON.stringify({
            spdxVersion: 'SPDX-9.9',
            SPDXID: 'SPDXRef-DOCUMENT',
            name: 'x',
            packages: [],
          }),
        },
      },
    ),
  );
  cases.push(
    bad('sbom-attach', 'SBOM of the wrong schema', 'sbom-not-sbom', {}, ['sbom', 'sbom.cdx.json'], {
      files: { 'sbom.cdx.json': '{"name": "package.json, not an SBOM", "version": "1.0.0"}' },
    }),
  );

  // Bundles with flipped bytes (and a flipped artifact).
  cases.push(
    bad('sigstore-verify', 'bundle with a flipped byte', 'verify-flipped-signature', {}, ['app.bin'], {
      prepare: async (w) => {
        await signApp(w);
        const file = path.join(w.workspace, 'dist', 'app.bin.sigstore.json');
        const bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
        const sig = Buffer.from(bundle.messageSignature.signature, 'base64');
        sig[sig.length - 3] ^= 0x01;
        bundle.messageSignature.signature = sig.toString('base64');
        fs.writeFileSync(file, JSON.stringify(bundle));
      },
    }),
  );
  cases.push(
    bad('sigstore-verify', 'bundle with a flipped byte', 'verify-flipped-raw', {}, ['app.bin'], {
      prepare: async (w) => {
        await signApp(w);
        flip(path.join(w.workspace, 'dist', 'app.bin.sigstore.json'), (n) => Math.floor(n / 2));
      },
    }),
  );
  cases.push(
    bad('sigstore-verify', 'bundle with a flipped byte', 'verify-flipped-artifact', {}, ['app.bin'], {
      prepare: async (w) => {
        await signApp(w);
        flip(path.join(w.workspace, 'dist', 'app.bin'), () => 0);
      },
    }),
  );

  // Durations and numbers out of range.
  for (const [action, input] of [
    ['require-ci-green', 'timeout'],
    ['require-ci-green', 'poll-interval'],
    ['preflight', 'timeout'],
    ['byte-identity', 'propagation-timeout'],
  ] as const) {
    cases.push(
      bad(action, 'bad duration', `${action}-${input}-negative`, { [input]: '-5m' }, [input, '-5m']),
    );
    cases.push(bad(action, 'bad duration', `${action}-${input}-huge`, { [input]: '1e9h' }, [input, '1e9h']));
  }
  cases.push(
    bad('sbom-attach', 'bad number', 'sbom-min-components-negative', { 'min-components': '-1' }, [
      'min-components',
    ]),
  );
  cases.push(
    bad('sbom-attach', 'bad number', 'sbom-min-components-word', { 'min-components': 'many' }, [
      'min-components',
    ]),
  );

  // Unknown enum values and bad booleans.
  cases.push(
    bad('tag-semver-guard', 'unknown enum value', 'guard-on-reject', { 'on-reject': 'ignore' }, [
      'on-reject',
    ]),
  );
  cases.push(
    bad('tag-semver-guard', 'bad boolean', 'guard-allow-prerelease', { 'allow-prerelease': 'yes' }, [
      'allow-prerelease',
    ]),
  );
  cases.push(bad('tag-semver-guard', 'bad prefix', 'guard-prefix', { prefix: 'v?' }, ['prefix']));
  cases.push(
    bad('preflight', 'unknown enum value', 'preflight-on-reject', { 'on-reject': 'explode' }, ['on-reject']),
  );
  cases.push(
    bad('require-ci-green', 'bad boolean', 'ci-require-head', { 'require-head': 'sure' }, ['require-head']),
  );
  cases.push(bad('require-ci-green', 'bad value', 'ci-sha', { sha: 'g'.repeat(40) }, ['sha']));
  cases.push(
    bad('require-ci-green', 'bad value', 'ci-repository', { repository: 'octo-org/octo repo' }, [
      'repository',
    ]),
  );
  cases.push(
    bad('require-ci-green', 'path traversal', 'ci-workflows-traversal', { workflows: '../../evil.yml' }, [
      'workflows',
    ]),
  );
  cases.push(bad('sigstore-sign', 'bad boolean', 'sign-verify', { verify: 'ja' }, ['verify']));
  cases.push(
    bad('sigstore-sign', 'bad URL', 'sign-fulcio-url', { 'fulcio-url': 'ftp://fulcio.example' }, [
      'fulcio-url',
    ]),
  );
  cases.push(
    bad('sigstore-sign', 'bad value', 'sign-identity-token', { 'identity-token': 'not-a-jwt' }, [
      'identity-token',
    ]),
  );
  cases.push(
    bad(
      'sigstore-verify',
      'conflicting inputs',
      'verify-both-identities',
      {
        'certificate-identity': 'https://github.com/o/r/.github/workflows/x.yml@refs/tags/v1',
        'certificate-identity-regexp': '.*',
      },
      ['certificate-identity'],
    ),
  );
  cases.push(
    bad('sigstore-verify', 'bad value', 'verify-regexp', { 'certificate-identity-regexp': '(' }, [
      'certificate-identity-regexp',
    ]),
  );
  cases.push(
    bad('stage-release', 'unknown enum value', 'stage-prerelease', { prerelease: 'perhaps' }, ['prerelease']),
  );
  cases.push(bad('stage-release', 'bad value', 'stage-target', { target: 'not-a-sha' }, ['target']));
  cases.push(
    bad('sbom-attach', 'bad value', 'sbom-asset-name', { 'asset-name': '../x.json' }, ['asset-name']),
  );
  cases.push(bad('byte-identity', 'unknown enum value', 'bytes-mode', { mode: 'compare' }, ['mode']));
  cases.push(
    bad('byte-identity', 'unknown enum value', 'bytes-against-kind', { against: 'ftp:example' }, ['against']),
  );
  cases.push(bad('byte-identity', 'bad boolean', 'bytes-exact-set', { 'exact-set': 'si' }, ['exact-set']));
  // undraft (when it is on this commit).
  if (undraft) {
    for (const [id, value, category] of [badTags[0], badTags[4], badTags[6], badTags[7]]) {
      cases.push(bad('undraft', `tag: ${category}`, `undraft-${id}`, { tag: value }, [T, value]));
    }
    cases.push(
      bad(
        'undraft',
        'bad duration',
        'undraft-attestation-timeout-negative',
        { 'attestation-timeout': '-5m' },
        ['attestation-timeout'],
      ),
    );
    cases.push(
      bad('undraft', 'bad duration', 'undraft-attestation-timeout-huge', { 'attestation-timeout': '1e9h' }, [
        'attestation-timeout',
      ]),
    );
    cases.push(
      bad('undraft', 'unknown enum value', 'undraft-make-latest', { 'make-latest': 'always' }, [
        'make-latest',
      ]),
    );
    cases.push(
      bad(
        'undraft',
        'unknown enum value',
        'undraft-verify-attestation',
        { 'verify-release-attestation': 'sometimes' },
        ['verify-release-attestation'],
      ),
    );
    cases.push(bad('undraft', 'bad boolean', 'undraft-exact', { exact: 'yep' }, ['exact']));
    cases.push(
      bad('undraft', 'path traversal', 'undraft-notes-path-traversal', { 'notes-path': '../outside.txt' }, [
        'notes-path',
        '../outside.txt',
      ]),
    );
    cases.push(
      bad(
        'undraft',
        'symlink out of the workspace',
        'undraft-notes-path-symlink',
        { 'notes-path': 'link.txt' },
        ['notes-path', 'link.txt'],
        { symlinks: { 'link.txt': '@outside' } },
      ),
    );
    cases.push(
      bad('undraft', 'path traversal', 'undraft-sha256sums-traversal', { sha256sums: '../outside.txt' }, [
        'sha256sums',
        '../outside.txt',
      ]),
    );
    cases.push(
      bad(
        'undraft',
        'malformed sums file',
        'undraft-sha256sums-malformed',
        { sha256sums: 'SHA256SUMS' },
        ['sha256sums', 'SHA256SUMS'],
        { files: { SHA256SUMS: 'zz  app.bin\n' } },
      ),
    );
    cases.push(
      bad(
        'undraft',
        'undeclared input',
        'undraft-undeclared',
        {},
        ['expected_asset', 'INPUT_EXPECTED_ASSET', 'expected-asset'],
        { env: { INPUT_EXPECTED_ASSET: 'x' } },
      ),
    );
    cases.push(
      bad('undraft', 'bad value', 'undraft-expected-empty', { 'expected-assets': '# only a comment' }, [
        'expected-assets',
      ]),
    );
  }
  cases.push(...imageAndAuditCases());
  return cases;
}

/** The ids the test suite runs on every CI run (fast ones, one or more per category). */
export const QUICK_CORPUS = [
  'guard-tag-shell',
  'guard-tag-zwsp',
  'stage-tag-fullwidth',
  'stage-release-files-traversal',
  'stage-release-files-symlink',
  'sbom-attach-sbom-nothing',
  'require-ci-green-undeclared',
  'stage-release-undeclared',
  'stage-notes-non-utf8',
  'guard-toml',
  'sbom-cdx-components-string',
  'require-ci-green-timeout-negative',
  'byte-identity-propagation-timeout-huge',
  'bytes-mode',
  'sign-verify',
  'sign-trusted-root-json',
  'sign-identity-token',
  'promote-image-digest-short',
  'audit-workflow-traversal',
];

function snapshot(dir: string): string {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .sort()
    .map((f) => {
      const st = fs.lstatSync(path.join(dir, f));
      return `${f}:${st.isFile() ? st.size : st.isSymbolicLink() ? 'link' : 'dir'}:${st.mtimeMs}`;
    })
    .join('\n');
}

/** Runs one case in a fresh world and judges it. */
export async function runCase(root: string, scratch: string, item: BadInput): Promise<CorpusResult> {
  const world = await World.start(root, scratch);
  const outside = path.join(scratch, 'outside.txt');
  fs.writeFileSync(outside, '# outside the workspace\n');
  try {
    const head = world.gh.state.commit(REPO, { branch: 'main', message: 'release' });
    world.gh.state.annotatedTag(REPO, TAG, head);
    world.gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    world.write(item.files ?? {});
    // `../outside.txt` from the workspace is `outside`: it exists, so a refusal is about the
    // path, not about a missing file.
    for (const [link, target] of Object.entries(item.symlinks ?? {})) {
      fs.symlinkSync(target === '@outside' ? outside : target, path.join(world.workspace, link));
    }
    for (const [file, size] of Object.entries(item.sparse ?? {})) {
      const full = path.join(world.workspace, file);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      const fd = fs.openSync(full, 'w');
      fs.ftruncateSync(fd, size);
      fs.closeSync(fd);
    }
    if (item.prepare) await item.prepare(world);
    const inputs = { ...item.inputs };
    if (item.action === 'sigstore-sign') {
      Object.assign(inputs, {
        'fulcio-url': inputs['fulcio-url'] ?? world.sigstore.fulcioURL,
        'rekor-url': world.sigstore.rekorURL,
      });
      inputs['trusted-root'] ??= world.sigstore.trustedRootPath;
    }
    if (item.action === 'sigstore-verify') {
      if (!('certificate-identity-regexp' in inputs))
        inputs['certificate-identity'] ??= world.sigstore.identity;
      inputs['trusted-root'] ??= world.sigstore.trustedRootPath;
    }
    const before = snapshot(world.workspace);
    const logFrom = world.gh.log.length;
    const signFrom = world.sigstore.counts.fulcio + world.sigstore.counts.rekor;
    const result: RunResult = await world.run(item.action, inputs, {
      env: item.env,
      sha: head,
      label: `corpus: ${item.id}`,
    });
    const refused = clearFailure(result);
    const error = `${result.stdout}\n${result.stderr}`;
    const named = item.names.some((n) => error.includes(n));
    const writes = world.writes(logFrom);
    const certs = world.sigstore.counts.fulcio + world.sigstore.counts.rekor - signFrom;
    const changed = snapshot(world.workspace) !== before;
    const traceless = writes === 0 && certs === 0 && !changed;
    const detail = [
      result.code === 0
        ? 'ACCEPTED (exit 0)'
        : refused
          ? failureText(result)
          : `unclear failure (exit ${result.code}): ${failureText(result)}`,
      named ? '' : `does not name ${item.names.map((n) => `'${n}'`).join(' or ')}`,
      writes ? `${writes} write request(s)` : '',
      certs ? `${certs} Sigstore request(s)` : '',
      changed ? 'workspace changed' : '',
    ]
      .filter(Boolean)
      .join('; ');
    return {
      id: item.id,
      action: item.action,
      category: item.category,
      refused,
      named,
      traceless,
      clean: refused && named && traceless,
      detail,
      leaks: world.leaks(),
    };
  } catch (error) {
    return {
      id: item.id,
      action: item.action,
      category: item.category,
      refused: false,
      named: false,
      traceless: false,
      clean: false,
      detail: `corpus error: ${String(error)}`,
      leaks: [],
    };
  } finally {
    await world.stop();
  }
}
