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
        'job build uses "actions/upload-artifact@v4", pinned to "v4", a tag or branch that can be moved',
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
    expect(lint('id-token')[0].detail).toMatch(/job build holds `id-token: write`/);
  });

  it('persist-credentials: checkout keeps its token in a job with a write grant', () => {
    expect(where('persist-credentials')).toEqual(['persist-credentials 24:15']);
  });

  it('dangerous-triggers: workflow_dispatch on a workflow that publishes', () => {
    expect(where('dangerous-triggers')).toEqual(['dangerous-triggers 6:3']);
    expect(lint('dangerous-triggers')[0].detail).toMatch(/job release runs stage-release/);
  });

  it('tag-trigger: every pattern not provably v* or narrower, at the pattern', () => {
    expect(where('tag-trigger')).toEqual(['tag-trigger 8:9', 'tag-trigger 10:9']);
    // With tag-pattern `*`, all of them are narrower (or equal).
    expect(where('tag-trigger', '**')).toEqual([]);
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
    expect(() => lint('shape-error')).toThrow(/shape-error\.yml:5:12: jobs\.build\.steps is not a list/);
  });

  it('refuses a tag-pattern that is not a filter pattern, naming the input', () => {
    for (const bad of ['', '!v*', 'v[0-9', 'v\\'])
      expect(() => lint('hardened', bad)).toThrow(ConfigurationError);
    expect(() => lint('hardened', 'v[0-9')).toThrow(/tag-pattern "v\[0-9" has a `\[` without its `\]`/);
  });
});
