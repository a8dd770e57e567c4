/*
 * Runs a built action the way the GitHub runner does: `node dist/<name>/index.js` with a clean
 * environment of INPUT_* variables (defaults from action.yml, `${{ github.* }}` expressions
 * evaluated), the runner's file commands and context variables. Used by the integration tests
 * and the release rehearsal; never bundled into dist.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { BaseError } from '../core/errors.js';
import { TempFolders } from './temp-folders.js';

/**
 * Why the harness could not run an action as the runner would:
 * - `UNKNOWN_INPUT`: a test passed an input the action.yml does not declare;
 * - `UNSUPPORTED`: an action.yml the harness does not model (a runtime other than node24, a
 *   default expression other than `${{ github.* }}`);
 * - `BAD_FILE_COMMAND`: the action wrote a GITHUB_OUTPUT line the runner would not accept.
 */
export class RunnerError extends BaseError<'UNKNOWN_INPUT' | 'UNSUPPORTED' | 'BAD_FILE_COMMAND'> {}

/** A value an action wrote or a test gave, for a message: quoted, cut at 120 characters. */
function quote(value: string): string {
  const text = JSON.stringify(value);
  return text.length <= 120 ? text : `${text.slice(0, 118)}…"`;
}

export interface RunnerContext {
  /** The repository root (where action.yml files and dist/ live). */
  root: string;
  repository?: string;
  token?: string;
  eventName?: string;
  ref?: string;
  sha?: string;
  serverUrl?: string;
  apiUrl?: string;
  workflowRef?: string;
  workspace?: string;
  /** The webhook payload written to GITHUB_EVENT_PATH. */
  event?: unknown;
}

export interface RunOptions extends RunnerContext {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Kill the process after this long (default 120 s). */
  timeoutMs?: number;
  /** Extra node flags, e.g. for heap limits in memory tests. */
  nodeArgs?: string[];
  /**
   * RUNNER_TEMP to use: steps of one job share it (a step reads what an earlier one wrote there,
   * like tag-semver-guard's release notes). Default: a new one per run.
   */
  runnerTemp?: string;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  githubEnv: string;
  /**
   * RUNNER_TEMP of the run, kept so tests can look at files written there: until `dispose()`,
   * `disposeRuns()` (the test suite calls it after each file) or the process's exit.
   */
  runnerTemp: string;
  workspace: string;
  /** Removes the folder this run made (its RUNNER_TEMP, tool cache and file commands). */
  dispose(): void;
}

/*
 * Every run makes a `runner-<name>-*` folder in the temp dir and keeps it for the caller to read.
 * Whoever made it removes it: the run's own `dispose()`, `disposeRuns()` for all at once (the
 * test suite's afterAll, see __tests__/helpers/cleanup.ts), and an exit hook as the backstop for
 * a plain Node process (the rehearsal, the benchmarks), which fires even after an uncaught error.
 */
const made = new TempFolders();

function track(dir: string): void {
  made.add(dir);
}

function remove(dir: string): void {
  made.remove(dir);
}

/** Removes the folder of every run not yet disposed of. */
export function disposeRuns(): void {
  made.removeAll();
}

/**
 * Where the test suite's clean-up (__tests__/helpers/cleanup.ts, loaded before every test file)
 * finds disposeRuns without importing this module, so the many files that never run an action
 * do not load it (and YAML) only to remove nothing.
 */
export const DISPOSE_RUNS = Symbol.for('sealed-release.runner.disposeRuns');
(globalThis as Record<symbol, unknown>)[DISPOSE_RUNS] = disposeRuns;

/** How many runs' folders are still there (for the tests of the clean-up). */
export function undisposedRuns(): number {
  return made.size;
}

interface ActionYaml {
  inputs?: Record<string, { default?: unknown; required?: boolean }>;
  runs: { using: string; main: string };
}

/** The folder of an action's action.yml. `preflight` is the root action. */
export function actionDir(root: string, name: string): string {
  return name === 'preflight' ? root : path.join(root, name);
}

export function readActionYaml(root: string, name: string): ActionYaml {
  return parseYaml(fs.readFileSync(path.join(actionDir(root, name), 'action.yml'), 'utf8')) as ActionYaml;
}

/** Evaluates the `${{ github.* }}` expressions an action.yml default may hold. */
export function evaluateDefault(value: string, github: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
    const match = /^github\.([a-z_]+)$/.exec(expr);
    if (!match || !(match[1] in github))
      throw new RunnerError('UNSUPPORTED', `runner: cannot evaluate default expression ${quote(expr)}`);
    return github[match[1]];
  });
}

/** Parses a GITHUB_OUTPUT file, `name=value` lines and `name<<DELIM` heredocs. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) body.push(lines[i++]);
      if (i >= lines.length)
        throw new RunnerError('BAD_FILE_COMMAND', `runner: unterminated heredoc for output ${quote(name)}`);
      out[name] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0)
      throw new RunnerError('BAD_FILE_COMMAND', `runner: malformed file command line ${quote(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** Runs `dist/<name>/index.js` (through action.yml's runs.main) as the runner would. */
export async function runAction(name: string, options: RunOptions): Promise<RunResult> {
  const action = readActionYaml(options.root, name);
  if (action.runs.using !== 'node24')
    throw new RunnerError('UNSUPPORTED', `runner: ${name} does not run on node24`);
  const main = path.resolve(actionDir(options.root, name), action.runs.main);
  for (const inputName of Object.keys(options.inputs ?? {})) {
    if (!(inputName in (action.inputs ?? {})))
      throw new RunnerError('UNKNOWN_INPUT', `runner: ${name} has no input ${quote(inputName)}`);
  }

  const temp = fs.mkdtempSync(path.join(os.tmpdir(), `runner-${name}-`));
  track(temp);
  try {
    const runnerTemp = options.runnerTemp ?? path.join(temp, 'temp');
    const toolCache = path.join(temp, 'tool-cache');
    const workspace = options.workspace ?? path.join(temp, 'workspace');
    for (const dir of [runnerTemp, toolCache, workspace]) fs.mkdirSync(dir, { recursive: true });
    const files = {
      GITHUB_OUTPUT: path.join(temp, 'output'),
      GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'),
      GITHUB_ENV: path.join(temp, 'env'),
      GITHUB_STATE: path.join(temp, 'state'),
      GITHUB_PATH: path.join(temp, 'path'),
      GITHUB_EVENT_PATH: path.join(temp, 'event.json'),
    };
    for (const f of Object.values(files)) fs.writeFileSync(f, '');
    fs.writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));

    const repository = options.repository ?? 'octo-org/octo-repo';
    const ref = options.ref ?? 'refs/tags/v1.2.3';
    const serverUrl = options.serverUrl ?? 'https://github.com';
    const apiUrl = options.apiUrl ?? 'https://api.github.com';
    const sha = options.sha ?? '0123456789abcdef0123456789abcdef01234567';
    const eventName = options.eventName ?? 'push';
    const workflowRef = options.workflowRef ?? `${repository}/.github/workflows/release.yml@${ref}`;
    const token = options.token ?? 'ghs_testtoken0000000000000000000000000000';
    const refName = ref.replace(/^refs\/(heads|tags)\//, '');
    const github: Record<string, string> = {
      token,
      repository,
      repository_owner: repository.split('/')[0],
      ref,
      ref_name: refName,
      sha,
      event_name: eventName,
      server_url: serverUrl,
      api_url: apiUrl,
      workflow_ref: workflowRef,
      workspace,
    };

    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? temp,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: toolCache,
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: github.repository_owner,
      GITHUB_REF: ref,
      GITHUB_REF_NAME: refName,
      GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      GITHUB_SHA: sha,
      GITHUB_EVENT_NAME: eventName,
      GITHUB_SERVER_URL: serverUrl,
      GITHUB_API_URL: apiUrl,
      GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
      GITHUB_WORKFLOW: 'release',
      GITHUB_WORKFLOW_REF: workflowRef,
      GITHUB_JOB: 'release',
      GITHUB_RUN_ID: '1000',
      GITHUB_RUN_NUMBER: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'octocat',
      ...files,
    };
    for (const [inputName, spec] of Object.entries(action.inputs ?? {})) {
      const given = options.inputs?.[inputName];
      const value =
        given ?? (spec.default === undefined ? undefined : evaluateDefault(String(spec.default), github));
      if (value !== undefined) env[`INPUT_${inputName.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    // The emulators need no spacing between writes (see createClient); a test may set it back.
    env.SEALED_RELEASE_THROTTLE = 'false';
    Object.assign(env, options.env ?? {});

    const { code, stdout, stderr } = await spawnCollected(
      process.execPath,
      [...(options.nodeArgs ?? []), main],
      { cwd: workspace, env, timeoutMs: options.timeoutMs ?? 120_000 },
    );
    return {
      code,
      stdout,
      stderr,
      outputs: parseFileCommand(fs.readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      githubEnv: fs.readFileSync(files.GITHUB_ENV, 'utf8'),
      runnerTemp,
      workspace,
      dispose: () => remove(temp),
    };
  } catch (error) {
    // A run that could not start or be read back leaves nothing to read: its folder goes at once.
    remove(temp);
    throw error;
  }
}

/**
 * Everything a run leaves for a person to read: stdout (less the `::add-mask::` commands, which
 * the runner consumes and never shows), stderr, the job summary, the outputs and GITHUB_ENV.
 */
export function visibleText(result: RunResult): string {
  const stdout = result.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, result.stderr, result.summary, JSON.stringify(result.outputs), result.githubEnv].join('\n');
}

/** Whether a secret shows anywhere a person can read it after the run. */
export function leaksSecret(result: RunResult, secret: string): boolean {
  return visibleText(result).includes(secret);
}

/**
 * Runs a process to its end with no stdin, collecting stdout and stderr; killed (SIGKILL) after
 * `timeoutMs`, so a hung step ends the test instead of hanging it. The runner harness and the
 * rehearsal's workflow interpreter both start processes this way.
 */
export async function spawnCollected(
  command: string,
  args: string[],
  options: { cwd?: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  try {
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { code, stdout, stderr };
  } finally {
    clearTimeout(timer);
  }
}
