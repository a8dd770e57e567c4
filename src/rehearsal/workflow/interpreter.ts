/*
 * A small, strict interpreter for the subset of GitHub Actions workflows that the examples in
 * docs/examples use, so that the rehearsal runs the very files the README shows:
 * - jobs run in `needs` order; a failed step skips the rest of its job and every job after it;
 * - `uses:` of a sealed-release action (`./<name>`, `./`, or the pinned
 *   `<owner>/sealed-release[/<name>]@<40-hex sha>`) runs the committed bundle through the
 *   runner harness, with `with:` evaluated;
 * - `actions/checkout`, `actions/setup-*`, `actions/upload-artifact` and
 *   `actions/download-artifact` (pinned by SHA) are stood in for by their effect: a fresh copy
 *   of the project in the job's workspace, nothing, and a folder handed between jobs;
 *   any other third-party action needs a stand-in given by the caller (stand-ins.ts);
 * - `run:` steps run with bash (`-eo pipefail`, as the runner does) in the job's workspace,
 *   with `env:` and the runner's file commands (GITHUB_OUTPUT, GITHUB_ENV);
 * - `${{ }}` over steps, needs, github, env and secrets (see expressions.ts);
 * - with a JobCache, a build job already run on the same project and push is handed on
 *   instead of run again (job-cache.ts).
 * Any other key or construct is an error, never silently skipped.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  parseFileCommand,
  readActionYaml,
  runAction,
  spawnCollected,
  type RunResult,
} from '../../emulator/runner.js';
import { hasExpression, interpolate, type ExpressionContext } from './expressions.js';
import { standIn } from './stand-ins.js';
import { checkTrigger } from './triggers.js';
import { quote, RehearsalError } from '../errors.js';
import type { JobCache } from './job-cache.js';
import type { StandIn, StepEvent, StepRecord, WorkflowResult, Yaml } from './types.js';
import { asRecord, expectKeys, needsOf, SHA40, stringMap } from './yaml.js';

export { JobCache } from './job-cache.js';
export type { StandIn, StepContext, StepEvent, StepRecord, WorkflowResult } from './types.js';

const WORKFLOW_KEYS = new Set(['name', 'on', 'permissions', 'jobs', 'env', 'concurrency', 'run-name']);
const JOB_KEYS = new Set([
  'name',
  'runs-on',
  'permissions',
  'needs',
  'outputs',
  'steps',
  'env',
  'environment',
  'timeout-minutes',
  'concurrency',
]);
const STEP_KEYS = new Set([
  'id',
  'name',
  'uses',
  'with',
  'run',
  'env',
  'working-directory',
  'timeout-minutes',
]);

/** The sealed-release action a `uses:` names, or undefined for any other action. */
export function sealedReleaseAction(uses: string): string | undefined {
  if (uses === './') return 'preflight';
  const local = /^\.\/([a-z0-9-]+)$/.exec(uses);
  if (local) return local[1];
  const pinned = /^[A-Za-z0-9-]+\/sealed-release(?:\/([a-z0-9-]+))?@(.+)$/.exec(uses);
  if (!pinned) return undefined;
  if (!SHA40.test(pinned[2]))
    throw new RehearsalError('INVALID_WORKFLOW', `${quote(uses)} is not pinned to a 40-hex commit SHA`);
  return pinned[1] ?? 'preflight';
}

/** What the caller provides: the repository, the emulators' addresses, the sample project. */
export interface WorkflowWorld {
  /** The sealed-release checkout whose committed dist/ bundles run. */
  root: string;
  /** The files `actions/checkout` puts in each job's workspace (a folder; a git clone when it is a repository). */
  project: string;
  repository: string;
  ref: string;
  sha: string;
  apiUrl: string;
  serverUrl?: string;
  token: string;
  eventName?: string;
  /** The inputs of a `workflow_dispatch` run, checked against `on.workflow_dispatch.inputs`. */
  dispatchInputs?: Record<string, string>;
  /** The repository's configuration variables (`${{ vars.NAME }}`). */
  vars?: Record<string, string>;
  /** The repository's secrets (`${{ secrets.NAME }}`) besides GITHUB_TOKEN, which is `token`. */
  secrets?: Record<string, string>;
  /** Where the user keeps the workflow in their repository (default .github/workflows/release.yml). */
  workflowPath?: string;
  /** Extra runner environment (the OIDC token endpoint for signing). */
  env?: Record<string, string>;
  /**
   * Inputs the rehearsal adds to a sealed-release action because its emulators stand in for
   * the public services (fulcio-url, pypi-url, trusted roots…). Printed with every step.
   */
  standInInputs?: Record<string, Record<string, string>>;
  /** Stand-ins for third-party actions other than checkout/setup/artifacts, by `owner/name`. */
  thirdParty?: Record<string, StandIn>;
  /** Called as each step starts and ends (progress lines, tables). */
  onStep?: (event: StepEvent) => void;
  /** Per-step timeout (default 120 s). */
  stepTimeoutMs?: number;
  /** Hands on the results of build jobs already run with the same inputs (see JobCache). */
  jobCache?: JobCache;
}

/** Orders jobs so that each comes after everything it needs; a cycle or unknown need is an error. */
function jobOrder(jobs: Record<string, Yaml>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, from?: string): void => {
    if (!(name in jobs))
      throw new RehearsalError(
        'INVALID_WORKFLOW',
        `job ${quote(from)} needs ${quote(name)}, which does not exist`,
      );
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting')
      throw new RehearsalError('INVALID_WORKFLOW', `jobs: a cycle of needs through ${quote(name)}`);
    state.set(name, 'visiting');
    for (const need of needsOf(jobs[name])) visit(need, name);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of Object.keys(jobs)) visit(name);
  return order;
}

/** Runs a `run:` script as the runner does: `bash --noprofile --norc -eo pipefail`. */
async function runScript(
  script: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return spawnCollected('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    env,
    timeoutMs,
  });
}

/** Runs every job of the workflow file in `needs` order against the world's emulators. */
export async function runWorkflow(file: string, world: WorkflowWorld): Promise<WorkflowResult> {
  const doc = asRecord(parseYaml(fs.readFileSync(file, 'utf8')), file);
  expectKeys(doc, WORKFLOW_KEYS, file);
  const eventName = world.eventName ?? 'push';
  const inputs = checkTrigger(doc.on, eventName, world.ref, file, world.dispatchInputs ?? {});
  const jobs = asRecord(doc.jobs, `${file}: jobs`) as Record<string, Yaml>;
  const workflowEnvRaw = stringMap(doc.env, `${file}: env`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearsal-workflow-'));
  const artifacts = path.join(scratch, 'artifacts');
  fs.mkdirSync(artifacts);
  const refName = world.ref.replace(/^refs\/(heads|tags)\//, '');
  const serverUrl = world.serverUrl ?? 'https://github.com';
  const workflowRef = `${world.repository}/${world.workflowPath ?? '.github/workflows/release.yml'}@${world.ref}`;
  const result: WorkflowResult = { ok: true, steps: [], jobs: {} };
  const timeoutMs = world.stepTimeoutMs ?? 120_000;

  try {
    for (const jobName of jobOrder(jobs)) {
      const job = asRecord(jobs[jobName], `job ${quote(jobName)}`);
      expectKeys(job, JOB_KEYS, `job ${quote(jobName)}`);
      if (job.permissions === undefined)
        throw new RehearsalError(
          'INVALID_WORKFLOW',
          `job ${quote(jobName)} has no 'permissions': grant each job only what it needs`,
        );
      const needs = needsOf(job);
      if (needs.some((n) => result.jobs[n]?.status !== 'success')) {
        result.jobs[jobName] = { status: 'skipped', outputs: {} };
        continue;
      }
      const cacheKey = world.jobCache?.keyOf(job, {
        workflowEnv: doc.env,
        project: world.project,
        push: [world.repository, world.ref, world.sha, eventName, serverUrl, workflowRef],
      });
      const reused = cacheKey === undefined ? undefined : world.jobCache?.reuse(cacheKey, artifacts);
      if (reused) {
        for (const record of reused.steps) {
          world.onStep?.({ phase: 'start', record });
          result.steps.push(record);
          world.onStep?.({ phase: 'end', record });
        }
        result.jobs[jobName] = { status: 'success', outputs: reused.outputs };
        continue;
      }
      const artifactsBefore = new Set(fs.readdirSync(artifacts));
      const jobDir = path.join(scratch, jobName);
      const workspace = path.join(jobDir, 'workspace');
      const runnerTemp = path.join(jobDir, 'temp');
      fs.mkdirSync(workspace, { recursive: true });
      fs.mkdirSync(runnerTemp, { recursive: true });
      const github: Record<string, string> = {
        repository: world.repository,
        repository_owner: world.repository.split('/')[0],
        // The user who pushed the tag or started the run (docker/login-action's username on GHCR).
        actor: world.repository.split('/')[0],
        ref: world.ref,
        ref_name: refName,
        ref_type: world.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
        sha: world.sha,
        event_name: eventName,
        server_url: serverUrl,
        api_url: world.apiUrl,
        workflow_ref: workflowRef,
        workspace,
        token: world.token,
        job: jobName,
      };
      const context: ExpressionContext = {
        github,
        env: {},
        secrets: { ...(world.secrets ?? {}), GITHUB_TOKEN: world.token },
        vars: world.vars ?? {},
        inputs,
        steps: {},
        needs: Object.fromEntries(needs.map((n) => [n, { outputs: result.jobs[n].outputs }])),
      };
      context.env = { ...interpolateMap(workflowEnvRaw, context, `${file}: env`) };
      Object.assign(
        context.env,
        interpolateMap(stringMap(job.env, `job ${quote(jobName)}.env`), context, `job ${quote(jobName)}.env`),
      );
      const addedEnv: Record<string, string> = {};
      const steps = job.steps;
      if (!Array.isArray(steps) || steps.length === 0)
        throw new RehearsalError('INVALID_WORKFLOW', `job ${quote(jobName)} has no steps`);
      let failed = false;
      for (const [index, rawStep] of steps.entries()) {
        const step = asRecord(rawStep, `job ${quote(jobName)} step ${index + 1}`);
        const where = `job ${quote(jobName)} step ${index + 1}${step.id ? ` (${quote(step.id)})` : ''}`;
        expectKeys(step, STEP_KEYS, where);
        const stepEnv = {
          ...context.env,
          ...addedEnv,
          ...interpolateMap(stringMap(step.env, `${where}.env`), context, `${where}.env`),
        };
        const withRaw = stringMap(step.with, `${where}.with`);
        const withValues = interpolateMap(withRaw, { ...context, env: stepEnv }, `${where}.with`);
        const id = step.id === undefined ? undefined : String(step.id);
        const base = { job: jobName, index, id, with: withValues };
        let record: StepRecord;
        if (typeof step.run === 'string') {
          if (step.uses !== undefined)
            throw new RehearsalError('INVALID_WORKFLOW', `${where}: both 'run' and 'uses'`);
          if (hasExpression(step.run)) {
            throw new RehearsalError(
              'INVALID_WORKFLOW',
              `${where}: '\${{ }}' inside 'run:' is script injection; pass the value through 'env:'`,
            );
          }
          const label = String(step.name ?? step.run.split('\n')[0]);
          world.onStep?.({ phase: 'start', record: { ...base, label, kind: 'run', added: {} } });
          const files = {
            GITHUB_OUTPUT: path.join(jobDir, `output-${index}`),
            GITHUB_ENV: path.join(jobDir, `env-${index}`),
            GITHUB_STEP_SUMMARY: path.join(jobDir, `summary-${index}`),
            GITHUB_PATH: path.join(jobDir, `path-${index}`),
          };
          for (const f of Object.values(files)) fs.writeFileSync(f, '');
          const cwd = step['working-directory']
            ? path.join(workspace, String(step['working-directory']))
            : workspace;
          const ran = await runScript(
            step.run,
            cwd,
            {
              ...runnerEnv(github, workspace, runnerTemp, world),
              ...files,
              ...stepEnv,
            },
            timeoutMs,
          );
          Object.assign(addedEnv, parseFileCommand(fs.readFileSync(files.GITHUB_ENV, 'utf8')));
          record = {
            ...base,
            label,
            kind: 'run',
            added: {},
            code: ran.code,
            outputs: parseFileCommand(fs.readFileSync(files.GITHUB_OUTPUT, 'utf8')),
            summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
            stdout: ran.stdout,
            stderr: ran.stderr,
          };
        } else if (typeof step.uses === 'string') {
          const uses = step.uses;
          const action = sealedReleaseAction(uses);
          if (action) {
            const added = world.standInInputs?.[action] ?? {};
            const label = String(step.name ?? action);
            world.onStep?.({
              phase: 'start',
              record: { ...base, label, kind: 'sealed-release', action, added },
            });
            const declared = Object.keys(readActionYaml(world.root, action).inputs ?? {});
            const ran: RunResult = await runAction(action, {
              root: world.root,
              workspace,
              runnerTemp,
              repository: world.repository,
              apiUrl: world.apiUrl,
              serverUrl,
              token: world.token,
              ref: world.ref,
              sha: world.sha,
              eventName,
              workflowRef,
              inputs: {
                ...withValues,
                ...Object.fromEntries(Object.entries(added).filter(([k]) => declared.includes(k))),
              },
              env: { ...(world.env ?? {}), ...stepEnv },
              timeoutMs,
            });
            // Everything the step wrote is read below; its RUNNER_TEMP and workspace are the job's.
            ran.dispose();
            const outputsDeclared = Object.keys(
              (readActionYaml(world.root, action) as { outputs?: Record<string, unknown> }).outputs ?? {},
            );
            context.steps[id ?? `__${index}`] = { outputs: ran.outputs, declared: outputsDeclared };
            record = {
              ...base,
              label,
              kind: 'sealed-release',
              action,
              added,
              code: ran.code,
              outputs: ran.outputs,
              summary: ran.summary,
              stdout: ran.stdout,
              stderr: ran.stderr,
            };
          } else {
            record = await standIn(
              uses,
              base,
              { job: jobName, workspace, runnerTemp, with: withValues },
              { ...world, running: { file, path: world.workflowPath ?? '.github/workflows/release.yml' } },
              artifacts,
              where,
            );
          }
        } else {
          throw new RehearsalError('INVALID_WORKFLOW', `${where}: a step needs 'run' or 'uses'`);
        }
        if (record.kind !== 'sealed-release' && id) context.steps[id] = { outputs: record.outputs };
        result.steps.push(record);
        world.onStep?.({ phase: 'end', record });
        if (record.code !== 0) {
          failed = true;
          result.ok = false;
          result.failed ??= record;
          break;
        }
      }
      const outputs = failed
        ? {}
        : interpolateMap(
            stringMap(job.outputs, `job ${quote(jobName)}.outputs`),
            context,
            `job ${quote(jobName)}.outputs`,
          );
      result.jobs[jobName] = { status: failed ? 'failure' : 'success', outputs };
      if (!failed && cacheKey !== undefined) {
        world.jobCache?.keep(cacheKey, {
          outputs,
          steps: result.steps.filter((step) => step.job === jobName),
          artifacts,
          before: artifactsBefore,
        });
      }
    }
    return result;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function interpolateMap(
  map: Record<string, string>,
  context: ExpressionContext,
  where: string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(map).map(([k, v]) => [k, interpolate(v, context, `${where}.${k}`)]),
  );
}

/** The environment a runner gives a `run:` step. */
function runnerEnv(
  github: Record<string, string>,
  workspace: string,
  runnerTemp: string,
  world: WorkflowWorld,
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerTemp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: github.repository,
    GITHUB_ACTOR: github.actor,
    GITHUB_REF: github.ref,
    GITHUB_REF_NAME: github.ref_name,
    GITHUB_REF_TYPE: github.ref_type,
    GITHUB_SHA: github.sha,
    GITHUB_EVENT_NAME: github.event_name,
    GITHUB_SERVER_URL: github.server_url,
    GITHUB_API_URL: github.api_url,
    GITHUB_WORKFLOW_REF: github.workflow_ref,
    // The machine is offline but for the package registries: npm must not phone home.
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...(world.env ?? {}),
  };
}
