/*
 * The workflow interpreter is strict: what it does not model is an error, never skipped. Each
 * refusal has its own test, and the parts that run (needs order, outputs across steps and jobs,
 * env, file commands, a failure stopping everything after it) are checked on small workflows.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { interpolate, type ExpressionContext } from '../../../src/rehearsal/workflow/expressions.js';
import { JobCache, runWorkflow, sealedReleaseAction } from '../../../src/rehearsal/workflow/interpreter.js';
import { matchesFilter } from '../../../src/rehearsal/workflow/triggers.js';

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

async function run(yaml: string, extra: Partial<Parameters<typeof runWorkflow>[1]> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interp-'));
  const project = path.join(dir, 'project');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'hello.txt'), 'hello\n');
  const file = path.join(dir, 'wf.yml');
  fs.writeFileSync(file, yaml);
  try {
    return await runWorkflow(file, { ...world(project), ...extra });
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
      /does not support "strategy"/,
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
      /no stand-in for "someone\/else"/,
    ],
    [
      'checkout that keeps credentials',
      `  a:\n    runs-on: x\n    permissions: {}\n    steps:\n      - uses: ${CHECKOUT}\n`,
      /persist-credentials: false/,
    ],
    [
      'a step condition',
      `  a:\n    runs-on: x\n    permissions: {}\n    steps:\n      - if: always()\n        run: 'true'\n`,
      /does not support "if"/,
    ],
    [
      'a need that does not exist',
      `  a:\n    needs: nope\n    runs-on: x\n    permissions: {}\n    steps:\n      - run: 'true'\n`,
      /needs "nope", which does not exist/,
    ],
  ])('refuses %s', async (_what, jobs, message) => {
    await expect(run(head + jobs)).rejects.toThrow(message);
  });

  it("hands a stand-in's outputs on as the step's, and vars to expressions", async () => {
    const seen: Record<string, string>[] = [];
    const result = await run(
      head +
        `  a:\n    runs-on: x\n    permissions: {}\n    outputs:\n      digest: \${{ steps.build.outputs.digest }}\n    steps:\n` +
        `      - id: build\n        uses: docker/build-push-action@${'1'.repeat(40)}\n        with:\n          name: \${{ vars.IMAGE }}\n`,
      {
        vars: { IMAGE: '127.0.0.1:1/o/app' },
        thirdParty: {
          'docker/build-push-action': async (step) => {
            seen.push(step.with);
            return { digest: `sha256:${'a'.repeat(64)}` };
          },
        },
      },
    );
    expect(result.ok).toBe(true);
    expect(seen).toEqual([{ name: '127.0.0.1:1/o/app' }]);
    expect(result.jobs.a.outputs).toEqual({ digest: `sha256:${'a'.repeat(64)}` });
  });

  const dispatch =
    `on:\n  workflow_dispatch:\n    inputs:\n      version:\n        required: true\n      note:\n        default: none\n` +
    `permissions: {}\njobs:\n  a:\n    runs-on: x\n    permissions: {}\n    steps:\n` +
    `      - id: s\n        env:\n          V: \${{ inputs.version }}/\${{ inputs.note }}\n        run: echo "v=$V" >> "$GITHUB_OUTPUT"\n`;

  it('runs a workflow_dispatch with its inputs, the undeclared ones at their default', async () => {
    const result = await run(dispatch, {
      eventName: 'workflow_dispatch',
      ref: 'refs/heads/main',
      dispatchInputs: { version: '2.0.0' },
    });
    expect(result.ok).toBe(true);
    expect(result.steps[0].outputs).toEqual({ v: '2.0.0/none' });
  });

  it('refuses a workflow_dispatch without a required input or with an undeclared one, and inputs to a push', async () => {
    await expect(
      run(dispatch, {
        eventName: 'workflow_dispatch',
        ref: 'refs/heads/main',
        dispatchInputs: { tag: 'v1' },
      }),
    ).rejects.toThrow(/inputs\.version is required; inputs\.tag is not declared by on\.workflow_dispatch/);
    await expect(
      run(`${head}  a:\n    runs-on: x\n    permissions: {}\n    steps:\n      - run: 'true'\n`, {
        dispatchInputs: { version: '1' },
      }),
    ).rejects.toThrow(/inputs given to a "push" run/);
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

const UPLOAD = 'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02';
const DOWNLOAD = 'actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093';

/**
 * A build job (checkout, a script, upload) and a job that reads its artifact. The script counts
 * its runs in BUILDS (runner env, outside the project) and writes a fresh random word into the
 * artifact, so a reused result shows as the same word with no new run.
 */
function buildWorkflow(permissions = 'contents: read'): string {
  return (
    head +
    `  build:\n    runs-on: x\n    permissions:\n      ${permissions}\n    outputs:\n      word: \${{ steps.b.outputs.word }}\n    steps:\n` +
    `      - uses: ${CHECKOUT}\n        with:\n          persist-credentials: false\n` +
    `      - id: b\n        run: |\n          echo run >> "$BUILDS"\n          mkdir out\n          w=$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \\n')\n          echo "$w $(cat hello.txt)" > out/word\n          echo "word=$w" >> "$GITHUB_OUTPUT"\n` +
    `      - uses: ${UPLOAD}\n        with:\n          name: built\n          path: out/\n` +
    `  use:\n    needs: build\n    runs-on: x\n    permissions: {}\n    steps:\n` +
    `      - uses: ${DOWNLOAD}\n        with:\n          name: built\n          path: got\n` +
    `      - id: u\n        env:\n          WORD: \${{ needs.build.outputs.word }}\n        run: echo "seen=$WORD|$(cat got/word)" >> "$GITHUB_OUTPUT"\n`
  );
}

describe('the job cache (build jobs handed on between runs)', () => {
  let dir: string;
  let project: string;
  let builds: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interp-cache-'));
    project = path.join(dir, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'hello.txt'), 'hello\n');
    builds = path.join(dir, 'builds');
    fs.writeFileSync(builds, '');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function runWith(cache: JobCache, yaml: string) {
    const file = path.join(dir, 'wf.yml');
    fs.writeFileSync(file, yaml);
    const result = await runWorkflow(file, { ...world(project), env: { BUILDS: builds }, jobCache: cache });
    expect(result.failed).toBeUndefined();
    const seen = result.steps.find((s) => s.id === 'u')?.outputs.seen ?? '';
    return { result, seen, builds: fs.readFileSync(builds, 'utf8').split('\n').filter(Boolean).length };
  }

  it('hands on the artifacts and outputs of an identical build job, marked reused, without running it', async () => {
    const cache = new JobCache();
    const first = await runWith(cache, buildWorkflow());
    expect(first.seen).toMatch(/^([0-9a-f]{16})\|\1 hello$/);
    expect(first.builds).toBe(1);
    const again = await runWith(cache, buildWorkflow());
    expect(again.seen).toBe(first.seen);
    expect(again.builds).toBe(1);
    expect(cache.hits).toBe(1);
    expect(again.result.steps.map((s) => [s.job, s.reused ?? false])).toEqual([
      ['build', true],
      ['build', true],
      ['build', true],
      ['use', false],
      ['use', false],
    ]);
  });

  it('builds again when a file of the project changed', async () => {
    const cache = new JobCache();
    const first = await runWith(cache, buildWorkflow());
    fs.writeFileSync(path.join(project, 'hello.txt'), 'hello again\n');
    const again = await runWith(cache, buildWorkflow());
    expect(again.builds).toBe(2);
    expect(again.seen).toMatch(/ hello again$/);
    expect(again.seen).not.toBe(first.seen);
    expect(cache.hits).toBe(0);
  });

  it('never hands on a job that may write (permissions beyond contents: read)', async () => {
    const cache = new JobCache();
    await runWith(cache, buildWorkflow('contents: write'));
    const again = await runWith(cache, buildWorkflow('contents: write'));
    expect(again.builds).toBe(2);
    expect(cache.hits).toBe(0);
  });
});

describe('expressions', () => {
  const context: ExpressionContext = {
    github: { ref_name: 'v1.0.0' },
    env: { A: 'a' },
    secrets: { GITHUB_TOKEN: 't' },
    vars: { IMAGE: '127.0.0.1:5000/o/app' },
    inputs: { version: '1.2.3' },
    steps: { p: { outputs: { tag: 'v1.0.0' }, declared: ['tag', 'notes'] } },
    needs: { build: { outputs: { v: '1' } } },
  };

  it('evaluates context paths alone or inside a string', () => {
    expect(interpolate('release:${{ steps.p.outputs.tag }}', context, 'x')).toBe('release:v1.0.0');
    expect(
      interpolate('${{ needs.build.outputs.v }}-${{ env.A }}-${{ secrets.GITHUB_TOKEN }}', context, 'x'),
    ).toBe('1-a-t');
    expect(interpolate('${{ steps.p.outputs.notes }}', context, 'x')).toBe('');
    expect(interpolate('${{ vars.IMAGE }}:v${{ inputs.version }}', context, 'x')).toBe(
      '127.0.0.1:5000/o/app:v1.2.3',
    );
    expect(() => interpolate('${{ vars.REGISTRY }}', context, 'x')).toThrow(/not set in this rehearsal/);
    expect(() => interpolate('${{ inputs.tag }}', context, 'x')).toThrow(/not set in this rehearsal/);
  });

  it.each([
    ["${{ format('{0}', github.ref) }}", /only context paths/],
    ["${{ github.ref_name == 'v1' }}", /only context paths/],
    ['${{ github.actor }}', /not set in this rehearsal/],
    ['${{ steps.q.outputs.tag }}', /has not run before this one/],
    ['${{ steps.p.outputs.nope }}', /has no output "nope"/],
    ['${{ needs.other.outputs.v }}', /does not need/],
    ['${{ github.ref_name', /unclosed/],
  ])('refuses %s', (text, message) => {
    expect(() => interpolate(text, context, 'x')).toThrow(message);
  });
});
