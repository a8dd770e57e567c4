import * as fs from 'node:fs';
import type { ChangelogDate } from '../changelog.js';
import type { OnReject } from '../action/checks.js';
import { ON_REJECT_VALUES } from '../action/checks.js';
import { eventProblem } from '../github/events.js';
import { type InputReader, Inputs } from '../inputs/index.js';
import { resolveInWorkspace } from '../paths.js';
import { characterProblems, isPlainPrefix } from '../semver.js';
import { parseVersionFileSpec } from '../manifests/spec.js';
import type { VersionFileSpec } from '../manifests/types.js';

/*
 * tag-semver-guard's inputs: their names, their parsing, and every problem at once. Apart from
 * the checks (check.ts), so an entry that only parses (and a refused configuration) loads
 * nothing the checks need.
 */

/** `changelog-date`'s values. */
export const CHANGELOG_DATE_VALUES: readonly ChangelogDate[] = ['required', 'optional'];

export interface GuardInputs {
  /** The tag given explicitly; undefined means "the tag of GITHUB_REF". */
  tag?: string;
  prefix: string;
  allowPrerelease: boolean;
  allowBuildMetadata: boolean;
  allowedEvents: string[];
  onReject: OnReject;
  versionFiles: VersionFileSpec[];
  /** Changelog path as given (checked not to escape the workspace). */
  changelog?: string;
  /** `required`: the version's heading must carry a date; `optional`: an undated one passes. */
  changelogDate: ChangelogDate;
}

/**
 * The guard's inputs, as tag-semver-guard/action.yml declares them. The root preflight
 * declares them too (with require-ci-green's), and a test checks both files against this list.
 */
export const GUARD_INPUT_NAMES = [
  'tag',
  'prefix',
  'allow-prerelease',
  'allow-build-metadata',
  'allowed-events',
  'on-reject',
  'version-files',
  'changelog',
  'changelog-date',
] as const;

/**
 * Reads every guard input into `inputs`, the collecting reader: each problem is recorded and
 * parsing goes on, so one run reports every configuration error, each naming the input, the
 * value and the accepted form. `read` is the same reader, for the two inputs whose unset and
 * empty values differ (`tag` and `prefix` are taken exactly as given, nothing trimmed). The
 * preflight composes this with require-ci-green's parser over one collector.
 */
export function collectGuardInputs(inputs: Inputs, read: InputReader, root: string): GuardInputs {
  const rawTag = read('tag');
  let tag: string | undefined;
  if (rawTag !== undefined && rawTag !== '') {
    // The tag is used as given, so anything a shell or a ref name would treat specially is
    // refused outright instead of being quietly trimmed or escaped.
    const problems = characterProblems(rawTag);
    if (problems.length > 0)
      inputs.problem(`Input 'tag' ${JSON.stringify(rawTag)}: the tag ${problems.join(' The tag ')}`);
    else if (rawTag.startsWith('refs/'))
      inputs.problem(
        `Input 'tag' must be a tag name such as 'v1.2.3', not a ref ('${rawTag}'); leave it empty to use the tag of GITHUB_REF.`,
      );
    else tag = rawTag;
  }

  const rawPrefix = read('prefix');
  const prefix = rawPrefix === undefined ? 'v' : rawPrefix;
  if (!isPlainPrefix(prefix) || prefix.length > 64)
    inputs.problem(
      `Input 'prefix' must be a plain string of at most 64 ASCII letters, digits, '.', '_', '-', '/' or '@' (e.g. 'v', 'mylib/v', 'pkg@', '@scope/pkg@'), matched exactly (not a pattern, nothing trimmed); got ${JSON.stringify(prefix)}.`,
    );

  // In action.yml's order, so the problems are listed in the order the inputs are documented.
  const allowPrerelease = inputs.boolean('allow-prerelease', false);
  const allowBuildMetadata = inputs.boolean('allow-build-metadata', false);
  const events = inputs.list('allowed-events');
  const allowedEvents = events.length > 0 ? events : ['push'];
  for (const event of allowedEvents) {
    const problem = eventProblem('allowed-events', event);
    if (problem) inputs.problem(problem);
  }

  const onReject = inputs.enum('on-reject', ON_REJECT_VALUES, 'fail');
  const versionFiles: VersionFileSpec[] = [];
  // Escapes and missing files are refused now, with every other problem, before anything is
  // written: a bad prefix and a missing file are one refusal that names both.
  for (const raw of inputs.list('version-files')) {
    const spec = inputs.attempt(() => parseVersionFileSpec('version-files', raw));
    if (spec === undefined) continue;
    const file = inputs.attempt(() =>
      resolveInWorkspace('version-files', spec.path, { root, mustExist: false }),
    );
    if (file === undefined) continue;
    if (!fs.existsSync(file))
      inputs.problem(`Input 'version-files': ${spec.path} does not exist in the workspace.`);
    else versionFiles.push(spec);
  }
  const changelog = inputs.optional('changelog');
  if (changelog !== undefined) inputs.attempt(() => resolveInWorkspace('changelog', changelog, { root }));

  return {
    tag,
    prefix,
    allowPrerelease,
    allowBuildMetadata,
    allowedEvents,
    onReject,
    versionFiles,
    changelog,
    changelogDate: inputs.enum('changelog-date', CHANGELOG_DATE_VALUES, 'required'),
  };
}

/**
 * Parses and validates every guard input; throws one ConfigurationError listing every problem.
 * The action then runs no check and writes no file (its entry writes the refusal summary and
 * `ok=false`).
 */
export function parseGuardInputs(read: InputReader, root: string): GuardInputs {
  const inputs = new Inputs(read);
  return inputs.finish(collectGuardInputs(inputs, read, root));
}
