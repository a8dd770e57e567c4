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
 *   any other third-party action needs a stand-in given by the caller;
 * - `run:` steps run with bash (`-eo pipefail`, as the runner does) in the job's workspace,
 *   with `env:` and the runner's file commands (GITHUB_OUTPUT, GITHUB_ENV);
 * - `${{ }}` over steps, needs, github, env and secrets (see expressions.ts).
 * Any other key or construct is an error, never silently skipped.
 */
import { createHash } from 'node:crypto';
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
import { quote, RehearsalError } from '../errors.js';

const SHA40 = /^[0-9a-f]{40}$/;
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
  thirdParty?: Record<string, (step: StepContext) => Promise<void>>;
  /** Called as each step starts and ends (progress lines, tables). */
  onStep?: (event: StepEvent) => void;
  /** Per-step timeout (default 120 s). */
  stepTimeoutMs?: number;
  /** Hands on the results of build jobs already run with the same inputs (see JobCache). */
  jobCache?: JobCache;
}

export interface StepContext {
  job: string;
  workspace: string;
  runnerTemp: string;
  with: Record<string, string>;
}

export interface StepRecord {
  job: string;
  index: number;
  id?: string;
  label: string;
  kind: 'sealed-release' | 'run' | 'stand-in';
  /** The sealed-release action's name, for `kind: 'sealed-release'`. */
  action?: string;
  with: Record<string, string>;
  /** Inputs the rehearsal added (stand-ins for public services). */
  added: Record<string, string>;
  code: number | null;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
  /** The step was not run again: its job's result came from the JobCache. */
  reused?: boolean;
}

export type StepEvent =
  | { phase: 'start'; record: Omit<StepRecord, 'code' | 'outputs' | 'summary' | 'stdout' | 'stderr'> }
  | { phase: 'end'; record: StepRecord };

export interface WorkflowResult {
  ok: boolean;
  steps: StepRecord[];
  /** The step that failed, if any. */
  failed?: StepRecord;
  jobs: Record<string, { status: 'success' | 'failure' | 'skipped'; outputs: Record<string, string> }>;
}

type Yaml = Record<string, unknown>;

function expectKeys(value: Yaml, allowed: Set<string>, where: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key))
      throw new RehearsalError('UNSUPPORTED', `${where}: the rehearsal does not support ${quote(key)}`);
  }
}

function asRecord(value: unknown, where: string): Yaml {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new RehearsalError('INVALID_WORKFLOW', `${where} must be a mapping`);
  return value as Yaml;
}

function stringMap(value: unknown, where: string): Record<string, string> {
  if (value === undefined) return {};
  const record = asRecord(value, where);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record)) {
    if (typeof v === 'object' && v !== null)
      throw new RehearsalError('INVALID_WORKFLOW', `${where}.${k} must be a scalar`);
    out[k] = String(v);
  }
  return out;
}

/** GitHub's filter patterns: `*` matches within a path segment, `**` across, `?` one character. */
export function matchesFilter(pattern: string, value: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '.';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`).test(value);
}

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

function needsOf(job: Yaml): string[] {
  const needs = job.needs;
  if (needs === undefined) return [];
  if (typeof needs === 'string') return [needs];
  if (Array.isArray(needs) && needs.every((n) => typeof n === 'string')) return needs as string[];
  throw new RehearsalError('INVALID_WORKFLOW', `needs must be a job name or a list of them`);
}

function copyTree(from: string, to: string): void {
  fs.cpSync(from, to, {
    recursive: true,
    dereference: false,
    filter: (src) => path.basename(src) !== 'node_modules' || src === from,
  });
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

/*
 * A build job is the slowest part of a run (npm ci, npm pack, pip wheel) and the scenarios of an
 * example repeat it unchanged. A job is a build job here when nothing but the project and its
 * own definition can shape what it makes: it needs no other job, its permissions are at most
 * `contents: read`, and its steps are `run:` scripts, checkout, setup-* and upload-artifact only
 * (no sealed-release action, no download, no stand-in for a service). Its key is the job's
 * definition, the workflow's env, every file of the project (names and bytes) and the push it
 * runs for (repository, ref, commit, event, workflow ref); the emulators' URLs and tokens are
 * not in it, as such a job has no business with them. With the same key, its artifacts, outputs
 * and step records are handed on, each record marked `reused`, instead of building again.
 */
interface CachedJob {
  outputs: Record<string, string>;
  steps: StepRecord[];
  /** The artifacts it uploaded: name → relative path → bytes. */
  artifacts: Map<string, Map<string, Buffer>>;
}

/** The results of build jobs, kept across the runs that share this object (a test file, a rehearsal). */
export class JobCache {
  private readonly jobs = new Map<string, CachedJob>();
  /** How many times a job's result was handed on instead of run. */
  hits = 0;

  get(key: string): CachedJob | undefined {
    return this.jobs.get(key);
  }

  set(key: string, job: CachedJob): void {
    this.jobs.set(key, job);
  }
}

const BUILD_STEPS = /^actions\/(checkout|setup-[a-z]+|upload-artifact)@/;

/** Whether a job only builds from the project (see JobCache), so its result may be handed on. */
export function isBuildJob(job: Yaml): boolean {
  if (needsOf(job).length > 0) return false;
  const permissions = job.permissions;
  const readOnly =
    permissions !== null &&
    typeof permissions === 'object' &&
    Object.entries(permissions).every(([scope, grant]) => scope === 'contents' && grant === 'read');
  if (!readOnly) return false;
  const steps = Array.isArray(job.steps) ? (job.steps as unknown[]) : [];
  return steps.every((step) => {
    const s = step as Yaml;
    return typeof s.run === 'string' || (typeof s.uses === 'string' && BUILD_STEPS.test(s.uses));
  });
}

/** Every file under `dir` (what checkout copies: node_modules below the top left out), names and bytes. */
function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (at: string): void => {
    for (const entry of fs
      .readdirSync(at, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
        continue;
      }
      hash.update(`${path.relative(dir, full)}\0`);
      hash.update(entry.isSymbolicLink() ? `-> ${fs.readlinkSync(full)}` : fs.readFileSync(full));
      hash.update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

function readArtifacts(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, full), fs.readFileSync(full));
    }
  }
  return files;
}

/** Runs every job of the workflow file in `needs` order against the world's emulators. */
export async function runWorkflow(file: string, world: WorkflowWorld): Promise<WorkflowResult> {
  const doc = asRecord(parseYaml(fs.readFileSync(file, 'utf8')), file);
  expectKeys(doc, WORKFLOW_KEYS, file);
  const eventName = world.eventName ?? 'push';
  checkTrigger(doc.on, eventName, world.ref, file);
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
      const cacheKey =
        world.jobCache && isBuildJob(job)
          ? createHash('sha256')
              .update(
                JSON.stringify({
                  job,
                  env: doc.env ?? null,
                  project: treeDigest(world.project),
                  push: [world.repository, world.ref, world.sha, eventName, serverUrl, workflowRef],
                }),
              )
              .digest('hex')
          : undefined;
      const cached = cacheKey === undefined ? undefined : world.jobCache?.get(cacheKey);
      if (cached && world.jobCache) {
        world.jobCache.hits++;
        for (const [name, files] of cached.artifacts) {
          for (const [rel, bytes] of files) {
            const target = path.join(artifacts, name, rel);
            fs.mkdirSync(path.dirname(target), { recursive: true });
            fs.writeFileSync(target, bytes);
          }
        }
        for (const step of cached.steps) {
          const record = { ...step, reused: true };
          world.onStep?.({ phase: 'start', record });
          result.steps.push(record);
          world.onStep?.({ phase: 'end', record });
        }
        result.jobs[jobName] = { status: 'success', outputs: { ...cached.outputs } };
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
        secrets: { GITHUB_TOKEN: world.token },
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
              world,
              artifacts,
              where,
            );
          }
        } else {
          throw new RehearsalError('INVALID_WORKFLOW', `${where}: a step needs 'run' or 'uses'`);
        }
        if (record.kind === 'run' && id) context.steps[id] = { outputs: record.outputs };
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
        const made = fs.readdirSync(artifacts).filter((name) => !artifactsBefore.has(name));
        world.jobCache?.set(cacheKey, {
          outputs,
          steps: result.steps.filter((step) => step.job === jobName),
          artifacts: new Map(made.map((name) => [name, readArtifacts(path.join(artifacts, name))])),
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

/** The workflow must run for this event and ref: a push of a tag its `on.push.tags` matches. */
function checkTrigger(on: unknown, eventName: string, ref: string, file: string): void {
  const triggers = asRecord(on, `${file}: on`);
  const trigger = triggers[eventName];
  if (trigger === undefined)
    throw new RehearsalError('INVALID_WORKFLOW', `${file}: does not run on ${quote(eventName)}`);
  if (eventName === 'push' && ref.startsWith('refs/tags/')) {
    const tags = (asRecord(trigger, `${file}: on.push`).tags ?? []) as unknown;
    if (!Array.isArray(tags))
      throw new RehearsalError('INVALID_WORKFLOW', `${file}: on.push.tags must be a list`);
    const tag = ref.slice('refs/tags/'.length);
    if (!tags.some((p) => matchesFilter(String(p), tag))) {
      throw new RehearsalError(
        'INVALID_WORKFLOW',
        `${file}: a push of tag ${quote(tag)} does not match on.push.tags (${quote(tags.join(', '))})`,
      );
    }
  }
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

/** The third-party actions the rehearsal stands in for, by their effect. */
async function standIn(
  uses: string,
  base: { job: string; index: number; id?: string; with: Record<string, string> },
  step: StepContext,
  world: WorkflowWorld,
  artifacts: string,
  where: string,
): Promise<StepRecord> {
  const match = /^([A-Za-z0-9-]+\/[A-Za-z0-9_.-]+)@(.+)$/.exec(uses);
  if (!match)
    throw new RehearsalError(
      'INVALID_WORKFLOW',
      `${where}: ${quote(`uses: ${uses}`)} is not an action reference`,
    );
  const [, name, ref] = match;
  if (!SHA40.test(ref))
    throw new RehearsalError(
      'INVALID_WORKFLOW',
      `${where}: ${quote(uses)} is not pinned to a 40-hex commit SHA`,
    );
  const record = (detail: string, code = 0): StepRecord => ({
    ...base,
    label: `${name} (stood in: ${detail})`,
    kind: 'stand-in',
    added: {},
    code,
    outputs: {},
    summary: '',
    stdout: '',
    stderr: '',
  });
  world.onStep?.({ phase: 'start', record: { ...base, label: name, kind: 'stand-in', added: {} } });
  const w = step.with;
  const allow = (keys: string[]): void => {
    for (const key of Object.keys(w))
      if (!keys.includes(key))
        throw new RehearsalError(
          'UNSUPPORTED',
          `${where}: the stand-in for ${quote(name)} does not support ${quote(key)}`,
        );
  };
  switch (name) {
    case 'actions/checkout': {
      allow(['persist-credentials', 'fetch-depth']);
      if (w['persist-credentials'] !== 'false')
        throw new RehearsalError(
          'INVALID_WORKFLOW',
          `${where}: checkout must set persist-credentials: false`,
        );
      fs.rmSync(step.workspace, { recursive: true, force: true });
      copyTree(world.project, step.workspace);
      return record('a fresh copy of the project in the workspace');
    }
    case 'actions/setup-node':
    case 'actions/setup-python':
      allow(['node-version', 'node-version-file', 'python-version', 'python-version-file']);
      return record('the machine already has it');
    case 'actions/upload-artifact': {
      allow(['name', 'path', 'if-no-files-found', 'retention-days']);
      const source = path.join(step.workspace, w.path ?? '');
      if (!w.name || !w.path)
        throw new RehearsalError('INVALID_WORKFLOW', `${where}: upload-artifact needs 'name' and 'path'`);
      if (
        !fs.existsSync(source) ||
        (fs.statSync(source).isDirectory() && fs.readdirSync(source).length === 0)
      ) {
        return record(`nothing at '${w.path}' to upload`, 1);
      }
      const target = path.join(artifacts, w.name);
      if (fs.existsSync(target)) return record(`an artifact named '${w.name}' exists already`, 1);
      fs.mkdirSync(target, { recursive: true });
      if (fs.statSync(source).isDirectory()) fs.cpSync(source, target, { recursive: true });
      else fs.copyFileSync(source, path.join(target, path.basename(source)));
      return record(`'${w.path}' handed on as artifact '${w.name}'`);
    }
    case 'actions/download-artifact': {
      allow(['name', 'path']);
      if (!w.name) throw new RehearsalError('INVALID_WORKFLOW', `${where}: download-artifact needs 'name'`);
      const source = path.join(artifacts, w.name);
      if (!fs.existsSync(source)) return record(`no artifact named '${w.name}'`, 1);
      const target = path.join(step.workspace, w.path ?? '.');
      fs.mkdirSync(target, { recursive: true });
      fs.cpSync(source, target, { recursive: true });
      return record(`artifact '${w.name}' into '${w.path ?? '.'}'`);
    }
    default: {
      const custom = world.thirdParty?.[name];
      if (!custom)
        throw new RehearsalError('UNSUPPORTED', `${where}: the rehearsal has no stand-in for ${quote(name)}`);
      try {
        await custom(step);
        return record('the emulated service received it');
      } catch (error) {
        return { ...record(error instanceof Error ? error.message : String(error), 1) };
      }
    }
  }
}
