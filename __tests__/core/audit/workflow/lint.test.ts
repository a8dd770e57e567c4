/*
 * One fixture per check (__tests__/fixtures/workflows/checks/), each the hardened workflow
 * changed in one place: exactly that check says no, at the exact line and column of the node
 * at fault; the hardened one passes every check. A file that is not YAML, or not a workflow,
 * is an error with its position, never an empty list.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '../../../../src/core/errors.js';
import {
  lintWorkflow,
  WORKFLOW_CHECKS,
  WORKFLOW_RULES,
  WorkflowLintError,
} from '../../../../src/core/audit/workflow/index.js';

const checks = path.resolve(import.meta.dirname, '../../../fixtures/workflows/checks');
const read = (name: string) => fs.readFileSync(path.join(checks, `${name}.yml`), 'utf8');
const lint = (name: string, tagPattern = 'v*') =>
  lintWorkflow(read(name), `.github/workflows/${name}.yml`, { tagPattern });
const where = (name: string, tagPattern?: string) =>
  lint(name, tagPattern).map((f) => `${f.check} ${f.line}:${f.column}`);

describe('lintWorkflow', () => {
  it('names the checks in the contract order, each with its help', () => {
    expect(WORKFLOW_CHECKS).toEqual([
      'unpinned-uses',
      'excessive-permissions',
      'id-token',
      'persist-credentials',
      'dangerous-triggers',
      'tag-trigger',
      'template-injection',
      'step-order',
    ]);
    expect(Object.keys(WORKFLOW_RULES)).toEqual([...WORKFLOW_CHECKS]);
  });

  it('passes the hardened workflow', () => {
    expect(lint('hardened')).toEqual([]);
  });

  it('unpinned-uses: an action by tag and an image by tag (a digest, and a local action, pass)', () => {
    expect(where('unpinned-uses')).toEqual(['unpinned-uses 17:15', 'unpinned-uses 18:15']);
    const [first] = lint('unpinned-uses');
    expect(first).toEqual({
      check: 'unpinned-uses',
      detail:
        'job "build" uses "actions/upload-artifact@v4", pinned to "v4", a tag or branch that can be moved',
      fix: expect.stringMatching(/full 40-hex commit SHA/),
      file: '.github/workflows/unpinned-uses.yml',
      line: 17,
      column: 15,
    });
  });

  it('excessive-permissions: a write grant at the top level, and write-all in a job', () => {
    expect(where('excessive-permissions')).toEqual(['excessive-permissions 7:3']);
    expect(where('excessive-permissions-write-all')).toEqual(['excessive-permissions 20:18']);
  });

  it('id-token: a job that signs nothing holds id-token: write', () => {
    expect(where('id-token')).toEqual(['id-token 12:7']);
    expect(lint('id-token')[0].detail).toMatch(/job "build" holds `id-token: write`/);
  });

  it('persist-credentials: checkout keeps its token in a job with a write grant', () => {
    expect(where('persist-credentials')).toEqual(['persist-credentials 24:15']);
  });

  it('persist-credentials: not where the token can write nothing (id-token: write gives it no power)', () => {
    const text = (grant: string) =>
      `on: release\npermissions: {}\njobs:\n  sign:\n    permissions:\n      ${grant}\n    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n      - uses: actions/attest@1e69f48acb82d1966a394da916b4c1698aa569d6\n`;
    const checks = (grant: string) =>
      lintWorkflow(text(grant), 'w.yml', { tagPattern: 'v*' }).map((f) => `${f.check} ${f.line}:${f.column}`);
    expect(checks('id-token: write')).toEqual([]);
    expect(checks('attestations: write')).toEqual(['persist-credentials 8:15']);
  });

  it('dangerous-triggers: workflow_dispatch on a workflow that publishes', () => {
    expect(where('dangerous-triggers')).toEqual(['dangerous-triggers 6:3']);
    expect(lint('dangerous-triggers')[0].detail).toMatch(/job "release" runs stage-release/);
  });

  it('dangerous-triggers: each of the four on a workflow that writes contents or packages, none on one that cannot', () => {
    const text = (grant: string) =>
      `on:\n  pull_request_target:\n  workflow_run:\n    workflows: [ci]\n  schedule:\n    - cron: '0 0 * * *'\n  workflow_dispatch:\npermissions: {}\njobs:\n  a:\n    permissions:\n      ${grant}\n    steps:\n      - run: make\n`;
    const found = (grant: string) =>
      lintWorkflow(text(grant), 'w.yml', { tagPattern: 'v*' }).map((f) => `${f.check} ${f.line}:${f.column}`);
    const all = [
      'dangerous-triggers 2:3',
      'dangerous-triggers 3:3',
      'dangerous-triggers 5:3',
      'dangerous-triggers 7:3',
    ];
    expect(found('packages: write')).toEqual(all);
    expect(found('contents: write')).toEqual(all);
    expect(found('contents: read')).toEqual([]);
    expect(found('issues: write')).toEqual([]);
  });

  it('tag-trigger: every pattern not provably v* or narrower, at the pattern', () => {
    expect(where('tag-trigger')).toEqual(['tag-trigger 8:9', 'tag-trigger 10:9']);
    // With tag-pattern `*`, all of them are narrower (or equal).
    expect(where('tag-trigger', '**')).toEqual([]);
  });

  it('tag-trigger: a push with no tag filter, or tags-ignore alone, runs for every tag; branches alone for none', () => {
    const on = (trigger: string) =>
      lintWorkflow(`on:${trigger}\njobs: {}\n`, 'w.yml', { tagPattern: 'v*' }).map(
        (f) => `${f.check} ${f.line}:${f.column}`,
      );
    expect(on(' [push]')).toEqual(['tag-trigger 1:6']);
    expect(on('\n  push:\n    paths: [src/**]')).toEqual(['tag-trigger 2:3']);
    expect(on('\n  push:\n    tags-ignore: [nightly]')).toEqual(['tag-trigger 3:5']);
    expect(on('\n  push:\n    branches: [main]')).toEqual([]);
    expect(on('\n  push:\n    tags: v1.2.3')).toEqual([]);
    expect(on('\n  create:\n    tags: [v*]')).toEqual(['tag-trigger 2:3']);
  });

  it('unpinned-uses: an abbreviated commit and a bare action name are not pins', () => {
    const uses = (value: string) =>
      lintWorkflow(`on: release\njobs:\n  a:\n    steps:\n      - uses: ${value}\n`, 'w.yml', {
        tagPattern: 'v*',
      })
        .filter((f) => f.check === 'unpinned-uses')
        .map((f) => f.detail);
    expect(uses('actions/checkout@11bd719')).toEqual([expect.stringMatching(/an abbreviated commit/)]);
    expect(uses('actions/checkout')).toEqual([expect.stringMatching(/pinned to no ref at all/)]);
    expect(uses('actions/checkout@11BD71901BBE5B1630CEEA73D27597364C9AF683')).toHaveLength(1);
    expect(uses('$/.github/actions/build')).toEqual([]);
  });

  it('template-injection: each untrusted expression inside run:, at its `${{`', () => {
    expect(where('template-injection')).toEqual([
      'template-injection 18:17',
      'template-injection 19:22',
      'template-injection 19:53',
      'template-injection 22:20',
    ]);
  });

  it('step-order: undraft before sigstore-sign, and stage-release with no guard before it', () => {
    expect(where('step-order')).toEqual(['step-order 29:15', 'step-order 39:15']);
  });

  it('gives the same positions for a file with CRLF line ends or a byte-order mark', () => {
    const lf = where('template-injection');
    const crlf = lintWorkflow(read('template-injection').replace(/\n/g, '\r\n'), 'w.yml', {
      tagPattern: 'v*',
    });
    expect(crlf.map((f) => `${f.check} ${f.line}:${f.column}`)).toEqual(lf);
    const bom = lintWorkflow(`\uFEFF${read('template-injection')}`, 'w.yml', { tagPattern: 'v*' });
    expect(bom.map((f) => `${f.check} ${f.line}`)).toEqual(lf.map((f) => f.replace(/:\d+$/, '')));
  });

  it('refuses a file that is not YAML, with the position, and no findings', () => {
    let caught: unknown;
    try {
      lint('syntax-error');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WorkflowLintError);
    expect(caught).toMatchObject({
      code: 'WORKFLOW_SYNTAX',
      file: '.github/workflows/syntax-error.yml',
      line: 5,
    });
  });

  it('refuses YAML that is not a workflow, with the position', () => {
    expect(() => lint('shape-error')).toThrow(WorkflowLintError);
    expect(() => lint('shape-error')).toThrow(
      /shape-error\.yml:5:12: the steps of job "build" are not a list/,
    );
  });

  it('refuses a permission scope that is not one, and quotes what the file names', () => {
    const text = (scope: string, job: string) =>
      `on: push\npermissions: {}\njobs:\n  ${job}:\n    permissions:\n      ${scope}: write\n    steps:\n      - run: echo "\${{ github.head_ref }}"\n`;
    expect(() => lintWorkflow(text('Contents', 'build'), 'w.yml', { tagPattern: 'v*' })).toThrow(
      /w\.yml:6:7: "Contents" in the permissions of job "build" is not a permission scope/,
    );
    const [finding] = lintWorkflow(text('contents', '"a\\n::warning::x"'), 'w.yml', {
      tagPattern: 'v*',
    }).filter((f) => f.check === 'template-injection');
    expect(finding.detail).toBe(
      'job "a\\n::warning::x" expands "${{ github.head_ref }}" inside `run:`, where its value becomes shell code',
    );
  });

  it('refuses a tag-pattern that is not a filter pattern, naming the input', () => {
    for (const bad of ['', '!v*', 'v[0-9', 'v\\'])
      expect(() => lint('hardened', bad)).toThrow(ConfigurationError);
    expect(() => lint('hardened', 'v[0-9')).toThrow(/tag-pattern "v\[0-9" has a `\[` without its `\]`/);
  });
});
