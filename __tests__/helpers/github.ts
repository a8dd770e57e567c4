/*
 * The GitHub emulator in tests, with the OpenAPI check that keeps it honest. Two rules make a
 * broken exchange fail cleanly:
 * - the emulator is always stopped first (in `finally`), and only then are its violations
 *   checked, so a failed check never leaves servers listening (Jest would wait for them
 *   forever); stopping has a time limit of its own;
 * - violations are checked after each test and only that test's are reported, so the test that
 *   caused a bad exchange is the one that fails, with the exchange in the message.
 */
import {
  DEFAULT_TOKEN,
  startGitHubEmulator,
  type EmulatorOptions,
  type GitHubEmulator,
  type Violation,
} from '../../src/emulator/github/index.js';

/** How long stopping may take before the test fails instead of hanging. */
const STOP_LIMIT_MS = 10_000;

/** A readable account of violations, one exchange a line with its schema errors. */
export function violationReport(violations: readonly Violation[]): string {
  const lines = violations.map(
    (v) =>
      `- ${v.direction} of ${v.operationId} (${v.method} ${v.path}${v.status ? ` → ${v.status}` : ''}): ` +
      v.errors.join('; '),
  );
  return `GitHub emulator: ${violations.length} exchange(s) did not match GitHub's OpenAPI description:\n${lines.join('\n')}`;
}

/** Throws the violation report when there is any violation. */
export function assertNoViolations(violations: readonly Violation[]): void {
  if (violations.length > 0) throw new Error(violationReport(violations));
}

/** Stops the emulator, failing (not hanging) when that takes longer than the limit. */
export async function stopWithin(gh: GitHubEmulator, ms = STOP_LIMIT_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`GitHub emulator did not stop within ${ms} ms`)), ms);
    timer.unref();
  });
  try {
    await Promise.race([gh.stop(), limit]);
  } finally {
    clearTimeout(timer);
  }
}

export interface GitHubSetup {
  /** Seeds the emulator before each use (repositories, commits, runs…). */
  setup?: (gh: GitHubEmulator) => void | Promise<void>;
  /** Releases what the setup or the test attached to the emulator; runs before it stops, even after a failure. */
  teardown?: (gh: GitHubEmulator) => void | Promise<void>;
  /** Options for `startGitHubEmulator`. */
  emulator?: EmulatorOptions;
}

/** Runs the teardown (if any), then stops the emulator, whatever the teardown did. */
async function finish(gh: GitHubEmulator, teardown: GitHubSetup['teardown']): Promise<void> {
  try {
    await teardown?.(gh);
  } finally {
    await stopWithin(gh);
  }
}

/**
 * Starts an emulator, hands it to `fn`, stops it, then fails on any OpenAPI violation. When
 * `fn` itself fails and there were violations too, the error names both.
 */
export async function withGitHub<T>(
  fn: (gh: GitHubEmulator) => T | Promise<T>,
  { setup, teardown, emulator }: GitHubSetup = {},
): Promise<T> {
  const gh = await startGitHubEmulator(emulator);
  let result: T;
  try {
    await setup?.(gh);
    result = await fn(gh);
  } catch (error) {
    await finish(gh, teardown);
    if (gh.violations.length === 0) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${violationReport(gh.violations)}\nThe test also failed: ${message}`, { cause: error });
  }
  await finish(gh, teardown);
  assertNoViolations(gh.violations);
  return result;
}

/**
 * Registers hooks for an emulator per test (`scope: 'each'`, the default) or one shared by the
 * file (`'all'`), and returns a handle that forwards to the current emulator, so a file keeps
 * writing `gh.state…` and `gh.url` as before. After each test that test's violations fail it;
 * the emulator is stopped before they are checked.
 */
export function useGitHub(options: GitHubSetup & { scope?: 'each' | 'all' } = {}): GitHubEmulator {
  let current: GitHubEmulator | undefined;
  const start = async (): Promise<void> => {
    current = await startGitHubEmulator(options.emulator);
    await options.setup?.(current);
  };
  const stop = async (): Promise<GitHubEmulator | undefined> => {
    const gh = current;
    current = undefined;
    if (gh) await finish(gh, options.teardown);
    return gh;
  };
  if (options.scope === 'all') {
    beforeAll(start);
    // Shared: the violations recorded since the previous test belong to this one.
    afterEach(() => assertNoViolations(current?.violations.splice(0) ?? []));
    afterAll(async () => {
      const gh = await stop();
      assertNoViolations(gh?.violations ?? []);
    });
  } else {
    beforeEach(start);
    afterEach(async () => {
      const gh = await stop();
      assertNoViolations(gh?.violations ?? []);
    });
  }
  return new Proxy({} as GitHubEmulator, {
    get(_target, property) {
      if (!current) throw new Error(`useGitHub: no emulator is running here (reading '${String(property)}')`);
      const value: unknown = Reflect.get(current, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value;
    },
  });
}

/**
 * A lasting fault: every request of `operation` for page `page` answers `status`, so a listing
 * that pages past the first page is cut off there (never a pass on partial data).
 */
export function failPage(gh: GitHubEmulator, operation: string, page: number, status: number): void {
  gh.faults.add({
    operation,
    kind: 'status',
    status,
    times: Infinity,
    when: (q) => q.get('page') === String(page),
  });
}

/**
 * What the runner tells an action run on a tag push (`runAction` options): the emulator's URLs
 * and token, the repository, the tag's ref and its commit.
 */
export function tagPushContext(gh: GitHubEmulator, fx: { repository: string; tag: string; commit: string }) {
  return {
    apiUrl: gh.url,
    serverUrl: gh.serverUrl,
    token: DEFAULT_TOKEN,
    repository: fx.repository,
    ref: `refs/tags/${fx.tag}`,
    sha: fx.commit,
  };
}
