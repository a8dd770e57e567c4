/*
 * The hardened example workflows of docs/examples, which the README shows and the rehearsal
 * runs, pass every workflow check, except what promote-image.yml does on purpose (a release made
 * official by hand, with an environment's reviewers as the approval): it is started by
 * `workflow_dispatch` and publishes (undraft, promote-image), and its job runs no guard before
 * them. Those findings are right by the contract's definitions, and stay reported. The
 * project's own workflows (.github/workflows) pass every check too.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintWorkflow } from '../../../../src/core/audit/workflow/index.js';

const examples = path.resolve(import.meta.dirname, '../../../../docs/examples');
const lint = (name: string, tagPattern = 'v*') =>
  lintWorkflow(fs.readFileSync(path.join(examples, name), 'utf8'), `docs/examples/${name}`, {
    tagPattern,
  }).map((f) => `${f.check} ${f.line}:${f.column}`);

describe('the example workflows', () => {
  it('lints every example there is', () => {
    expect(fs.readdirSync(examples).sort()).toEqual([
      'promote-image.yml',
      'release-image.yml',
      'release-monorepo.yml',
      'release-pypi.yml',
      'release.yml',
    ]);
  });

  it.each(['release.yml', 'release-image.yml', 'release-pypi.yml'])('%s passes every check', (name) => {
    expect(lint(name)).toEqual([]);
  });

  it('release-monorepo.yml passes every check with its own tag pattern, and fails tag-trigger with v*', () => {
    expect(lint('release-monorepo.yml', 'octo-lib@*')).toEqual([]);
    expect(lint('release-monorepo.yml')).toEqual(['tag-trigger 9:12']);
  });

  it("sealed-release's own workflows pass every check", () => {
    const own = path.resolve(import.meta.dirname, '../../../../.github/workflows');
    const names = fs.readdirSync(own).filter((f) => /\.ya?ml$/.test(f));
    expect(names.length).toBeGreaterThan(0);
    const found = names.flatMap((name) =>
      lintWorkflow(fs.readFileSync(path.join(own, name), 'utf8'), `.github/workflows/${name}`, {
        tagPattern: 'v*',
      }).map((f) => `${f.file} ${f.check} ${f.line}:${f.column} ${f.detail}`),
    );
    expect(found).toEqual([]);
  });

  it('promote-image.yml: workflow_dispatch on a publishing workflow, and no guard before promote-image', () => {
    expect(lint('promote-image.yml')).toEqual(['dangerous-triggers 16:3', 'step-order 47:15']);
  });
});
