/*
 * byte-identity's inputs, checked whole: every problem is collected and reported in one
 * ConfigurationError, each naming the input, the value and the accepted form, before anything
 * is requested, run or written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError, messageOf } from '../../core/errors.js';
import { expandFiles } from '../../core/files.js';
import { parseRepository, type Repo } from '../../core/github/client.js';
import { type InputReader, parseBoolean, parseDuration, parseEnum, parseList } from '../../core/inputs.js';
import { displayPath, resolveInWorkspace } from '../../core/paths.js';
import { DEFAULT_CRATES_API_URL, DEFAULT_CRATES_INDEX_URL } from '../../core/registries/crates.js';
import { type LocalFile, type Mode, MODES } from '../../core/registries/identity.js';
import { DEFAULT_NPM_REGISTRY } from '../../core/registries/npm.js';
import { DEFAULT_PYPI_URL } from '../../core/registries/pypi.js';
import { checkDownloadUrl, parseReference, type Reference } from '../../core/registries/registry.js';

/** The inputs byte-identity/action.yml declares (a test keeps the two equal). */
export const INPUT_NAMES = [
  'files',
  'against',
  'mode',
  'output-dir',
  'exact-set',
  'propagation-timeout',
  'repackage',
  'pypi-url',
  'crates-index-url',
  'crates-api-url',
  'npm-registry',
  'github-token',
  'repository',
] as const;

export interface ByteIdentityInputs {
  /** Glob patterns of the local files (`!pattern` excludes). */
  files: string[];
  references: Reference[];
  mode: Mode;
  /** Absolute; default `RUNNER_TEMP/canonical`. */
  outputDir: string;
  exactSet: boolean;
  propagationTimeoutMs: number;
  /** The command and its arguments, one a line; empty when not given. */
  repackage: string[];
  pypiUrl: string;
  cratesIndexUrl: string;
  cratesApiUrl: string;
  npmRegistry: string;
  token: string;
  /** Needed only for `release:` references. */
  repository?: Repo;
}

/** Where the defaults come from: the runner's environment, passed in so parsing stays pure. */
export interface InputEnvironment {
  /** The whole environment, to find `INPUT_*` variables the action does not declare. */
  env?: Record<string, string | undefined>;
  runnerTemp?: string;
  repository?: string;
}

const inputVariable = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/**
 * Parses every input, collecting every problem. Returns the inputs (best effort where a value
 * was refused) and the problems; {@link parseInputs} throws when there is any.
 */
export function collectInputs(
  read: InputReader,
  environment: InputEnvironment = {},
): { inputs: ByteIdentityInputs; problems: string[] } {
  const problems: string[] = [];
  const attempt = <T>(fallback: T, fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      problems.push(messageOf(error));
      return fallback;
    }
  };
  const optional = (name: string): string | undefined => {
    const value = (read(name) ?? '').trim();
    return value === '' ? undefined : value;
  };

  // A misspelled `with:` key reaches the action as an undeclared INPUT_* variable (the runner
  // only warns): refusing it keeps a typo from silently dropping a setting.
  const declared = new Set(INPUT_NAMES.map(inputVariable));
  for (const variable of Object.keys(environment.env ?? {}).sort()) {
    if (variable.startsWith('INPUT_') && !declared.has(variable)) {
      problems.push(
        `Input '${variable.slice('INPUT_'.length).toLowerCase()}' is not an input of byte-identity (it arrived as ${variable}); the inputs are ${INPUT_NAMES.join(', ')}.`,
      );
    }
  }

  const files = parseList(read('files') ?? '');
  if (files.length === 0)
    problems.push(`Input 'files' is required: give the local files as globs, one a line.`);

  const againstLines = parseList(read('against') ?? '');
  if (againstLines.length === 0) {
    problems.push(`Input 'against' is required: give references, one a line (e.g. pypi:PROJECT==VERSION).`);
  }
  const references: Reference[] = [];
  const seen = new Set<string>();
  for (const line of againstLines) {
    try {
      const reference = parseReference(line);
      if (seen.has(reference.raw)) throw new Error(`'${reference.raw}' is given twice`);
      seen.add(reference.raw);
      references.push(reference);
    } catch (error) {
      problems.push(`Input 'against': ${messageOf(error)}`);
    }
  }

  const mode = attempt<Mode>('verify', () => parseEnum('mode', optional('mode') ?? 'verify', MODES));
  const exactSet = attempt(false, () => parseBoolean('exact-set', optional('exact-set') ?? 'false'));
  const propagationTimeoutMs = attempt(0, () =>
    parseDuration('propagation-timeout', optional('propagation-timeout') ?? '0'),
  );
  // One argument a line, kept verbatim apart from the line's own surrounding blanks: it runs
  // with no shell, so nothing in it is ever interpreted.
  const repackage = (read('repackage') ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  // @actions/exec splits its first argument at blanks and quotes (never through a shell); a
  // program name holding either would be split, so it is refused rather than reinterpreted.
  if (repackage.length > 0 && /[\s"']/.test(repackage[0])) {
    problems.push(
      `Input 'repackage': the first line must be the program alone (one word, no quotes), got '${repackage[0]}'; put each argument on its own line.`,
    );
  }

  const url = (name: string, fallback: string): string => {
    const raw = optional(name) ?? fallback;
    const checked = checkDownloadUrl(raw);
    if (typeof checked === 'string') {
      problems.push(`Input '${name}': '${raw}' ${checked}; expected an https URL (http only on loopback).`);
      return fallback;
    }
    if (checked.search || checked.hash) {
      problems.push(`Input '${name}': '${raw}' has a query or fragment; expected a base URL.`);
      return fallback;
    }
    return checked.href.replace(/\/+$/, '');
  };
  const pypiUrl = url('pypi-url', DEFAULT_PYPI_URL);
  const cratesIndexUrl = url('crates-index-url', DEFAULT_CRATES_INDEX_URL);
  const cratesApiUrl = url('crates-api-url', DEFAULT_CRATES_API_URL);
  const npmRegistry = url('npm-registry', DEFAULT_NPM_REGISTRY);

  let outputDir = optional('output-dir');
  if (outputDir === undefined) {
    if (environment.runnerTemp) outputDir = path.join(environment.runnerTemp, 'canonical');
    else if (mode === 'canonicalize') {
      problems.push(`Input 'output-dir' is required when RUNNER_TEMP is not set (mode: canonicalize).`);
    }
  }

  if (mode === 'canonicalize') {
    // The recovery path hands on one set of bytes: with two references, whose would it be?
    if (references.length > 1) {
      problems.push(
        `Input 'against': mode 'canonicalize' takes exactly one reference (the registry whose bytes become canonical), got ${references.length}.`,
      );
    }
    for (const r of references.filter((r) => r.kind === 'sums')) {
      problems.push(
        `Input 'against': '${r.raw}' has digests but no bytes, so mode 'canonicalize' cannot hand its files on; use mode 'verify', or a reference that serves the files.`,
      );
    }
  }

  const token = optional('github-token') ?? '';
  let repository: Repo | undefined;
  if (references.some((r) => r.kind === 'release')) {
    if (!token) problems.push(`Input 'github-token' is required for a release: reference.`);
    repository = attempt(undefined, () =>
      parseRepository('repository', optional('repository') ?? environment.repository ?? ''),
    );
  }

  return {
    inputs: {
      files,
      references,
      mode,
      outputDir: outputDir ?? '',
      exactSet,
      propagationTimeoutMs,
      repackage,
      pypiUrl,
      cratesIndexUrl,
      cratesApiUrl,
      npmRegistry,
      token,
      repository,
    },
    problems,
  };
}

/** One ConfigurationError listing every problem. */
export function configurationError(problems: string[]): ConfigurationError {
  if (problems.length === 1) return new ConfigurationError(problems[0]);
  return new ConfigurationError(
    `${problems.length} problems with the inputs:\n${problems.map((p) => `- ${p}`).join('\n')}`,
  );
}

/**
 * Parses every byte-identity input (pure: the reader and the environment are passed in).
 * Throws one ConfigurationError listing every problem.
 */
export function parseInputs(read: InputReader, environment: InputEnvironment = {}): ByteIdentityInputs {
  const { inputs, problems } = collectInputs(read, environment);
  if (problems.length > 0) throw configurationError(problems);
  return inputs;
}

/**
 * The local files the globs name, each pattern checked on its own so that every pattern that
 * matches nothing is reported, and two files with one basename refused (files are matched to
 * a reference by name, so which of the two would be compared is not knowable). Also checks that
 * the `dir:` and `sums:` references exist inside the workspace. Returns the files and problems.
 */
export async function collectLocalFiles(
  inputs: Pick<ByteIdentityInputs, 'files' | 'references'>,
  root: string,
): Promise<{ locals: LocalFile[]; problems: string[] }> {
  const problems: string[] = [];
  const excludes = inputs.files.filter((p) => p.startsWith('!'));
  const found = new Set<string>();
  for (const pattern of inputs.files.filter((p) => !p.startsWith('!'))) {
    try {
      for (const file of await expandFiles('files', [pattern, ...excludes], root)) found.add(file);
    } catch (error) {
      problems.push(messageOf(error));
    }
  }
  const byName = new Map<string, string[]>();
  for (const file of [...found].sort()) {
    const name = path.basename(file);
    byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  const locals: LocalFile[] = [];
  for (const [name, paths] of byName) {
    if (paths.length > 1) {
      problems.push(
        `Input 'files': ${paths.length} files are named '${name}' (${paths.map((p) => displayPath(p, root)).join(', ')}); files are matched to references by name, so each name must be unique.`,
      );
      continue;
    }
    locals.push({ name, path: paths[0], display: displayPath(paths[0], root) });
  }
  for (const reference of inputs.references) {
    if (reference.kind !== 'dir' && reference.kind !== 'sums') continue;
    try {
      const resolved = resolveInWorkspace('against', reference.path, { root });
      const stat = fs.statSync(resolved);
      if (reference.kind === 'dir' && !stat.isDirectory())
        throw new Error(`'${reference.raw}': ${reference.path} is not a directory.`);
      if (reference.kind === 'sums' && !stat.isFile())
        throw new Error(`'${reference.raw}': ${reference.path} is not a file.`);
    } catch (error) {
      const message = messageOf(error);
      problems.push(message.startsWith("Input 'against'") ? message : `Input 'against': ${message}`);
    }
  }
  return { locals, problems };
}
