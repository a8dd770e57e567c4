/*
 * The bad-input corpus of promote-image and audit-settings (ARCHITECTURE step 10): each case is
 * the action's working inputs with one thing changed, and must be refused naming the input (or
 * the value given), with no trace (corpus.ts: no write request, no Sigstore request, nothing
 * changed in the workspace).
 *
 * promote-image's working inputs point at a registry address nothing listens on (port 9,
 * discard): a case that got past the inputs would fail on the network, without naming the
 * input, so it would not pass as refused. audit-settings' working inputs are a run that passes:
 * the hardened settings fixture read with a token that can read them, a workflow that passes
 * every check, and its SARIF file in the workspace (so a run that got as far as writing it
 * leaves a trace). `WORKING` holds both, and a test runs each to prove it is accepted: the
 * refusals are then about the one input changed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ADMIN_TOKEN, applySettingsFixture } from '../emulator/github/routes/settings-fixtures.js';
import type { BadInput } from './corpus-types.js';
import { REPO, TAG, type World } from './harness.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const IDENTITY = `https://github.com/${REPO}/.github/workflows/release.yml@refs/tags/${TAG}`;
const WORKFLOW = '.github/workflows/release.yml';

/** A release workflow that passes every workflow check (as __tests__/fixtures/workflows/checks/hardened.yml). */
const HARDENED_WORKFLOW = `name: release
on:
  push:
    tags: ['v*']
permissions: {}
jobs:
  release:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      id-token: write
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          persist-credentials: false
      - uses: octo/sealed-release@0123456789abcdef0123456789abcdef01234567
      - uses: octo/sealed-release/sigstore-sign@0123456789abcdef0123456789abcdef01234567
        with:
          files: out/*
      - uses: octo/sealed-release/stage-release@0123456789abcdef0123456789abcdef01234567
      - uses: octo/sealed-release/undraft@0123456789abcdef0123456789abcdef01234567
`;

/** The hardened settings, readable by ADMIN_TOKEN (a fine-grained token with administration: read). */
async function hardenedRepository(world: World): Promise<void> {
  world.gh.state.addToken(ADMIN_TOKEN, {
    contents: 'read',
    actions: 'read',
    metadata: 'read',
    administration: 'read',
  });
  applySettingsFixture(world.gh.state, REPO, 'hardened');
}

/** The working inputs (and files, preparation) of each action: every case changes one thing. */
export const WORKING: Record<
  'promote-image' | 'audit-settings',
  Omit<BadInput, 'id' | 'category' | 'names'>
> = {
  'promote-image': {
    action: 'promote-image',
    inputs: {
      image: '127.0.0.1:9/octo-org/app',
      digest: DIGEST,
      version: '1.2.3',
      'certificate-identity': IDENTITY,
    },
  },
  'audit-settings': {
    action: 'audit-settings',
    inputs: {
      'github-token': ADMIN_TOKEN,
      workflow: WORKFLOW,
      environment: 'release',
      'required-checks': 'ci',
      'sarif-path': 'audit.sarif',
    },
    files: { [WORKFLOW]: HARDENED_WORKFLOW },
    prepare: hardenedRepository,
  },
};

const REMOVE = '\u0000remove';

/** One case: the action's working inputs changed by `over` (REMOVE deletes an input). */
function bad(
  action: keyof typeof WORKING,
  category: string,
  id: string,
  over: Record<string, string>,
  names: string[],
  extra: Partial<BadInput> = {},
): BadInput {
  const base = WORKING[action];
  const inputs = { ...base.inputs };
  for (const [k, v] of Object.entries(over)) {
    if (v === REMOVE) delete inputs[k];
    else inputs[k] = v;
  }
  return {
    ...base,
    id,
    category,
    inputs,
    names,
    ...extra,
    files: { ...(base.files ?? {}), ...(extra.files ?? {}) },
  };
}

/** Writes a file beside the workspace (what `../name` from it reaches), so a refusal is about the path. */
function outside(name: string, text: string): (world: World) => Promise<void> {
  return async (world) => {
    await WORKING['audit-settings'].prepare?.(world);
    fs.writeFileSync(path.join(world.workspace, '..', name), text);
  };
}

/** promote-image's and audit-settings' cases. */
export function imageAndAuditCases(): BadInput[] {
  const P = 'promote-image';
  const A = 'audit-settings';
  return [
    // promote-image: the image, the digest, the version and the tags it would write.
    bad(P, 'bad value', 'promote-image-tagged', { image: '127.0.0.1:9/octo-org/app:latest' }, ['image']),
    bad(P, 'path traversal', 'promote-image-traversal', { image: '127.0.0.1:9/octo-org/../app' }, ['image']),
    bad(P, 'metacharacter', 'promote-image-shell', { image: '127.0.0.1:9/octo-org/app;id' }, ['image']),
    bad(P, 'bad value', 'promote-image-digest-short', { digest: 'sha256:abc' }, ['digest']),
    bad(P, 'bad value', 'promote-image-digest-upper', { digest: DIGEST.toUpperCase() }, ['digest']),
    bad(P, 'bad value', 'promote-image-digest-and-source-tag', { 'source-tag': 'v1.2.3' }, [
      'source-tag',
      'digest',
    ]),
    bad(P, 'missing input', 'promote-image-no-digest', { digest: REMOVE }, ['digest']),
    bad(P, 'metacharacter', 'promote-image-source-tag-shell', { digest: REMOVE, 'source-tag': 'v1;id' }, [
      'source-tag',
    ]),
    bad(P, 'bad value', 'promote-image-version-build', { version: '1.2.3+build.5' }, ['version']),
    bad(P, 'Unicode lookalike', 'promote-image-version-fullwidth', { version: '\uff11.2.3' }, ['version']),
    bad(P, 'invisible character', 'promote-image-version-zwsp', { version: '1.2.3\u200b' }, ['version']),
    bad(P, 'bad value', 'promote-image-tag-prefix-dash', { 'tag-prefix': '-v' }, ['tag-prefix']),
    bad(P, 'missing input', 'promote-image-no-identity', { 'certificate-identity': REMOVE }, [
      'certificate-identity',
    ]),
    bad(P, 'bad value', 'promote-image-issuer-http', { 'certificate-oidc-issuer': 'http://issuer.example' }, [
      'certificate-oidc-issuer',
    ]),
    bad(P, 'bad value', 'promote-image-require-typo', { require: 'signatures' }, ['require', 'signatures']),
    bad(P, 'bad value', 'promote-image-platforms', { platforms: 'linux' }, ['platforms']),
    bad(P, 'bad value', 'promote-image-floating-none-and-latest', { 'floating-tags': 'latest\nnone' }, [
      'floating-tags',
    ]),
    bad(P, 'bad value', 'promote-image-dry-run', { 'dry-run': 'yes' }, ['dry-run']),
    bad(P, 'undeclared input', 'promote-image-undeclared', {}, ['floating_tags', 'INPUT_FLOATING_TAGS'], {
      env: { INPUT_FLOATING_TAGS: 'major' },
    }),

    // audit-settings: the levels, the tag pattern, the files it reads and writes.
    bad(A, 'bad value', 'audit-checks-unknown', { checks: 'sha-pining: warn' }, ['sha-pining']),
    bad(A, 'bad value', 'audit-checks-level', { checks: 'tag-ruleset: loud' }, ['loud']),
    bad(A, 'bad value', 'audit-tag-pattern-negated', { 'tag-pattern': '!v*' }, ['tag-pattern']),
    bad(A, 'bad value', 'audit-workflow-not-yaml', { workflow: 'release.txt' }, ['workflow']),
    bad(
      A,
      'path traversal',
      'audit-workflow-traversal',
      { workflow: '../outside.yml' },
      ['workflow', '../outside.yml'],
      {
        prepare: outside('outside.yml', HARDENED_WORKFLOW),
      },
    ),
    bad(
      A,
      'symlink out of the workspace',
      'audit-workflow-symlink',
      { workflow: 'link.yml' },
      ['workflow', 'link.yml'],
      {
        symlinks: { 'link.yml': '@outside' },
      },
    ),
    bad(A, 'bad value', 'audit-sarif-path-folder', { 'sarif-path': 'out/' }, ['sarif-path']),
    bad(A, 'path traversal', 'audit-sarif-path-traversal', { 'sarif-path': '../audit.sarif' }, [
      'sarif-path',
      '../audit.sarif',
    ]),
    bad(A, 'bad value', 'audit-repository', { repository: 'octo-org' }, ['repository']),
    // Given empty (a secret that is not set expands to ''): the default applies only when absent.
    bad(A, 'missing input', 'audit-no-token', { 'github-token': '' }, ['github-token']),
    bad(A, 'undeclared input', 'audit-undeclared', {}, ['required_checks', 'INPUT_REQUIRED_CHECKS'], {
      env: { INPUT_REQUIRED_CHECKS: 'ci' },
    }),
  ];
}
