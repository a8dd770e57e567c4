/*
 * The workflow interpreter is strict: what it does not model is an error, never skipped. Each
 * refusal has its own test, and the parts that run (needs order, outputs across steps and jobs,
 * env, file commands, a failure stopping everything after it) are checked on small workflows.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { interpolate, type ExpressionContext } from '../../../src/rehearsal/workflow/expressions.js';
import {
  matchesFilter,
  runWorkflow,
  sealedReleaseAction,
} from '../../../src/rehearsal/workflow/interpreter.js';

const root = path.resolve(import.meta.dirname, '../../..');
const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683';

function world(project: string) {
  return {
    root,
    project,
    repository: 'octo-org/octo-app',
    ref: 'refs/tags/v1.0.0',
    sha: 'a'.repeat(40),
    apiUrl: 'http://127.0.0.1:9',
    token: 'ghs_test',
  };
}

async function run(yaml: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interp-'));
  const project = path.join(dir, 'project');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'hello.txt'), 'hello\n');
  const file = path.join(dir, 'wf.yml');
  fs.writeFileSync(file, yaml);
  try {
    return await runWorkflow(file, world(project));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const head = `on:\n  push:\n    tags: ['v*']\npermissions: {}\njobs:\n`;

describe('the workflow interpreter', () => {
  it('runs jobs in needs order, passing outputs through steps, jobs, env and file commands', async () => {
    const result = await run(
      head +
        `  second:\n    needs: first\n    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n` +
        `      - id: s\n        env:\n          GOT: \${{ needs.first.outputs.word }}\n        run: echo "heard=$GOT-$LATER" >> "$GITHUB_OUTPUT"\n` +
        `  first:\n    runs-on: ubuntu-latest\n    permissions: {}\n    outputs:\n      word: \${{ steps.w.outputs.word }}\n    steps:\n` +
        `      - uses: ${CHECKOUT}\n        with:\n          persist-credentials: false\n` +
        `      - run: echo "LATER=$(cat hello.txt)" >> "$GITHUB_ENV"\n` +
        `      - id: w\n        env:\n          TAG: \${{ github.ref_name }}\n        run: echo "word=$LATER@$TAG" >> "$GITHUB_OUTPUT"\n`,
    );
    expect(result.ok).toBe(true);
    expect(result.jobs.first.outputs).toEqual({ word: 'hello@v1.0.0' });
    expect(result.steps.map((s) => s.job)).toEqual(['first', 'first', 'first', 'second']);
    expect(result.steps[3].outputs).toEqual({ heard: 'hello@v1.0.0-' });
  });

  it('stops a job at its failed step and skips the jobs that need it', async () => {
    const result = await run(
      head +
        `  a:\n    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n      - run: exit 3\n      - run: echo never\n` +
        `  b:\n    needs: a\n    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n      - run: echo never\n`,
    );
    expect(result.ok).toBe(false);
    expect(result.failed?.code).toBe(3);
    expect(result.steps).toHaveLength(1);
    expect(result.jobs.b.status).toBe('skipped');
  });

  it.each([
    [
      'an unknown key',
      `  a:\n    runs-on: x\n    permissions: {}\n    strategy: {}\n    steps:\n      - run: 'true'\n`,
      /does not support 'strategy'/,
    ],
    [
      'a job without permissions',
      `  a:\n    runs-on: x\n    steps:\n      - run: 'true'\n`,
      /has no 'permissions'/,
    ],
    [
      'an expression inside run:',
      `  a:\n    runs-on: x\n    permissions: {}\n    steps:\n      - run: echo \${{ github.ref }}\n`,
      /script injection/,
    ],
    [
      'an unpinned action',
      `  a:\n    runs-on: x\n    permissions: {}\n    steps:\n      - uses: actions/checkout@v4\n`,
      /not pinned to a 40-hex commit SHA/,
    ],
    [
      'an action with no stand-in',
      `  a:\n    runs-on: x\n    permissions: {}\n    steps:\n      - uses: someone/else@${'b'.repeat(40)}\n`,
      /no stand-in for 'someone\/else'/,
    ],
    [
      'checkout that keeps credentials',
      `  a:\n    runs-on: x\n    permissions: {}\n    steps:\n      - uses: ${CHECKOUT}\n`,
      /persist-credentials: false/,
    ],
    [
      'a step condition',
      `  a:\n    runs-on: x\n    permissions: {}\n    steps:\n      - if: always()\n        run: 'true'\n`,
      /does not support 'if'/,
    ],
    [
      'a need that does not exist',
      `  a:\n    needs: nope\n    runs-on: x\n    permissions: {}\n    steps:\n      - run: 'true'\n`,
      /needs 'nope', which does not exist/,
    ],
  ])('refuses %s', async (_what, jobs, message) => {
    await expect(run(head + jobs)).rejects.toThrow(message);
  });

  it('refuses a tag push that on.push.tags does not match', async () => {
    await expect(
      run(
        `on:\n  push:\n    tags: ['release-*']\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    permissions: {}\n    steps:\n      - run: 'true'\n`,
      ),
    ).rejects.toThrow(/does not match on.push.tags/);
  });

  it('matches GitHub filter patterns', () => {
    expect(matchesFilter('v*', 'v1.2.3')).toBe(true);
    expect(matchesFilter('v*', 'x/v1')).toBe(false);
    expect(matchesFilter('octo-lib@*', 'octo-lib@1.4.0')).toBe(true);
    expect(matchesFilter('**', 'a/b')).toBe(true);
  });

  it('resolves sealed-release uses: forms, and refuses an unpinned one', () => {
    expect(sealedReleaseAction('./')).toBe('preflight');
    expect(sealedReleaseAction('./undraft')).toBe('undraft');
    expect(sealedReleaseAction(`OWNER/sealed-release@${'0'.repeat(40)}`)).toBe('preflight');
    expect(sealedReleaseAction(`OWNER/sealed-release/stage-release@${'0'.repeat(40)}`)).toBe('stage-release');
    expect(sealedReleaseAction(`${CHECKOUT}`)).toBeUndefined();
    expect(() => sealedReleaseAction('OWNER/sealed-release/undraft@v1')).toThrow(/not pinned/);
  });
});

describe('expressions', () => {
  const context: ExpressionContext = {
    github: { ref_name: 'v1.0.0' },
    env: { A: 'a' },
    secrets: { GITHUB_TOKEN: 't' },
    steps: { p: { outputs: { tag: 'v1.0.0' }, declared: ['tag', 'notes'] } },
    needs: { build: { outputs: { v: '1' } } },
  };

  it('evaluates context paths alone or inside a string', () => {
    expect(interpolate('release:${{ steps.p.outputs.tag }}', context, 'x')).toBe('release:v1.0.0');
    expect(
      interpolate('${{ needs.build.outputs.v }}-${{ env.A }}-${{ secrets.GITHUB_TOKEN }}', context, 'x'),
    ).toBe('1-a-t');
    expect(interpolate('${{ steps.p.outputs.notes }}', context, 'x')).toBe('');
  });

  it.each([
    ["${{ format('{0}', github.ref) }}", /only context paths/],
    ["${{ github.ref_name == 'v1' }}", /only context paths/],
    ['${{ github.actor }}', /not set in this rehearsal/],
    ['${{ steps.q.outputs.tag }}', /has not run before this one/],
    ['${{ steps.p.outputs.nope }}', /has no output 'nope'/],
    ['${{ needs.other.outputs.v }}', /does not need/],
    ['${{ github.ref_name', /unclosed/],
  ])('refuses %s', (text, message) => {
    expect(() => interpolate(text, context, 'x')).toThrow(message);
  });
});
