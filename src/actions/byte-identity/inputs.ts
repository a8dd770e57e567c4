/*
 * byte-identity's inputs, checked whole: every problem is collected and reported in one
 * ConfigurationError, each naming the input, the value and the accepted form, before anything
 * is requested, run or written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { messageOf } from '../../core/errors.js';
import { parseRepository, type Repo } from '../../core/github/repository.js';
import { checkFetchUrl } from '../../core/http/url.js';
import { type InputReader, Inputs } from '../../core/inputs/index.js';
import { selectFiles } from '../../core/glob.js';
import { displayPath, resolveInWorkspace } from '../../core/paths.js';
import { DEFAULT_CRATES_API_URL, DEFAULT_CRATES_INDEX_URL } from '../../core/digest-sources/crates.js';
import type { LocalFile } from '../../core/digest-sources/types.js';
import { DEFAULT_NPM_REGISTRY } from '../../core/digest-sources/npm.js';
import { DEFAULT_PYPI_URL } from '../../core/digest-sources/pypi.js';
import { type Mode, MODES, parseReference, type Reference } from '../../core/digest-sources/reference.js';

/** The inputs byte-identity/action.yml declares (a test keeps the two equal). */
export const INPUT_NAMES = [
  'files',
  'against',
  'mode',
  'output-dir',
  'exact-set',
  'allow-yanked',
  'propagation-timeout',
  'repackage',
  'pypi-url',
  'crates-index-url',
  'crates-api-url',
  'npm-registry',
  'github-token',
  'repository',
] as const;

/**
 * The outputs byte-identity/action.yml declares: runEntry writes every one on every ending (a test
 * checks both agree).
 */
export const OUTPUT_NAMES = ['identical', 'report', 'sha256sums', 'canonical', 'canonical-dir'] as const;

export interface ByteIdentityInputs {
  /** Glob patterns of the local files (`!pattern` excludes). */
  files: string[];
  references: Reference[];
  mode: Mode;
  /** Absolute; default `RUNNER_TEMP/canonical`. */
  outputDir: string;
  exactSet: boolean;
  /** Accept a version PyPI or crates.io marks yanked. */
  allowYanked: boolean;
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
export type InputEnvironment = Partial<
  Record<'RUNNER_TEMP' | 'GITHUB_REPOSITORY' | 'GITHUB_WORKSPACE', string>
>;

/**
 * Reads every input into `inputs`, which records each problem instead of throwing, so the
 * caller can add its own checks (the local files) before {@link Inputs.finish} reports them
 * all. Undeclared `INPUT_*` variables are refused by the entry (runEntry), not here.
 */
export function readInputs(inputs: Inputs, environment: InputEnvironment = {}): ByteIdentityInputs {
  const files = inputs.list('files', { required: 'the local files as globs' });
  const references: Reference[] = [];
  const seen = new Set<string>();
  for (const line of inputs.list('against', { required: 'references such as pypi:PROJECT==VERSION' })) {
    let reference: Reference;
    try {
      reference = parseReference(line);
    } catch (error) {
      inputs.problem(`Input 'against': ${messageOf(error)}`);
      continue;
    }
    if (seen.has(reference.raw)) {
      inputs.problem(`Input 'against': '${reference.raw}' is given twice.`);
      continue;
    }
    seen.add(reference.raw);
    references.push(reference);
  }

  const mode = inputs.enum<Mode>('mode', MODES, 'verify');
  const exactSet = inputs.boolean('exact-set', false);
  const allowYanked = inputs.boolean('allow-yanked', false);
  const propagationTimeoutMs = inputs.duration('propagation-timeout', '0');
  // One argument a line, kept verbatim apart from the line's own surrounding blanks: it runs
  // with no shell, so nothing in it is ever interpreted.
  const repackage = inputs
    .raw('repackage')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  // @actions/exec splits its first argument at blanks and quotes (never through a shell); a
  // program name holding either would be split, so it is refused rather than reinterpreted.
  if (repackage.length > 0 && /[\s"']/.test(repackage[0])) {
    inputs.problem(
      `Input 'repackage': the first line must be the program alone (one word, no quotes), got '${repackage[0]}'; put each argument on its own line.`,
    );
  }

  const url = (name: string, fallback: string): string => {
    const raw = inputs.optional(name) ?? fallback;
    const checked = checkFetchUrl(raw);
    if (typeof checked === 'string') {
      inputs.problem(`Input '${name}': '${raw}' ${checked}; expected an https URL (http only on loopback).`);
      return fallback;
    }
    if (checked.search || checked.hash) {
      inputs.problem(`Input '${name}': '${raw}' has a query or fragment; expected a base URL.`);
      return fallback;
    }
    return checked.href.replace(/\/+$/, '');
  };
  const pypiUrl = url('pypi-url', DEFAULT_PYPI_URL);
  const cratesIndexUrl = url('crates-index-url', DEFAULT_CRATES_INDEX_URL);
  const cratesApiUrl = url('crates-api-url', DEFAULT_CRATES_API_URL);
  const npmRegistry = url('npm-registry', DEFAULT_NPM_REGISTRY);

  let outputDir = inputs.optional('output-dir');
  if (outputDir === undefined) {
    if (environment.RUNNER_TEMP) outputDir = path.join(environment.RUNNER_TEMP, 'canonical');
    else if (mode === 'canonicalize') {
      inputs.problem(`Input 'output-dir' is required when RUNNER_TEMP is not set (mode: canonicalize).`);
    }
  } else {
    outputDir = path.resolve(environment.GITHUB_WORKSPACE ?? '.', outputDir);
  }

  if (mode === 'canonicalize') {
    // The recovery path hands on one set of bytes: with two references, whose would it be?
    if (references.length > 1) {
      inputs.problem(
        `Input 'against': mode 'canonicalize' takes exactly one reference (the registry whose bytes become canonical), got ${references.length}.`,
      );
    }
    for (const r of references.filter((r) => r.kind === 'sums')) {
      inputs.problem(
        `Input 'against': '${r.raw}' has digests but no bytes, so mode 'canonicalize' cannot hand its files on; use mode 'verify', or a reference that serves the files.`,
      );
    }
  }

  const token = inputs.optional('github-token') ?? '';
  let repository: Repo | undefined;
  if (references.some((r) => r.kind === 'release')) {
    if (!token) inputs.problem(`Input 'github-token' is required for a release: reference.`);
    repository = inputs.attempt(() =>
      parseRepository('repository', inputs.optional('repository') ?? environment.GITHUB_REPOSITORY ?? ''),
    );
  }

  return {
    files,
    references,
    mode,
    outputDir: outputDir ?? '',
    exactSet,
    allowYanked,
    propagationTimeoutMs,
    repackage,
    pypiUrl,
    cratesIndexUrl,
    cratesApiUrl,
    npmRegistry,
    token,
    repository,
  };
}

/**
 * Parses every byte-identity input (pure: the reader and the environment are passed in).
 * Throws one ConfigurationError listing every problem.
 */
export function parseInputs(read: InputReader, environment: InputEnvironment = {}): ByteIdentityInputs {
  const inputs = new Inputs(read);
  return inputs.finish(readInputs(inputs, environment));
}

/**
 * The entry's parser: the inputs, and, when no `repackage` command will rebuild them first,
 * the local files and the `dir:`/`sums:` paths too, so one message lists every problem.
 */
export function parseConfiguration(
  read: InputReader,
  environment: InputEnvironment,
  root: string,
): ByteIdentityInputs {
  const inputs = new Inputs(read);
  const value = readInputs(inputs, environment);
  if (value.repackage.length === 0) {
    for (const problem of localFiles(value, root).problems) inputs.problem(problem);
  }
  return inputs.finish(value);
}

/**
 * The local files the globs name (`!pattern` excludes), each pattern checked on its own so
 * that every pattern that matches nothing is reported (a release that silently compares fewer
 * files than the workflow named is the failure this action exists to prevent), and two files
 * with one basename refused (files are matched to a reference by name, so which of the two
 * would be compared is not knowable). Also checks that the `dir:` and `sums:` references exist
 * inside the workspace. Returns the files and every problem.
 */
export function localFiles(
  inputs: Pick<ByteIdentityInputs, 'files' | 'references'>,
  root: string,
): { locals: LocalFile[]; problems: string[] } {
  // The one expansion of file patterns (core/glob.ts), every pattern's problem reported.
  const selected = selectFiles('files', inputs.files, root);
  const problems = selected.problems.map((p) => p.message);
  const found = selected.files;
  const byName = new Map<string, string[]>();
  for (const file of found) {
    const name = path.basename(file);
    byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  if (problems.length === 0 && found.length === 0) {
    // Only exclusions ('!…'), or nothing at all: comparing zero files would prove nothing.
    problems.push(
      `Input 'files' selects no file: every line is an exclusion ('!pattern'); add a pattern that selects the files to compare, e.g. dist/*.`,
    );
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
    let stat: fs.Stats;
    try {
      stat = fs.statSync(resolveInWorkspace('against', reference.path, { root }));
    } catch (error) {
      problems.push(messageOf(error));
      continue;
    }
    if (reference.kind === 'dir' && !stat.isDirectory()) {
      problems.push(`Input 'against': '${reference.raw}': ${reference.path} is not a directory.`);
    }
    if (reference.kind === 'sums' && !stat.isFile()) {
      problems.push(`Input 'against': '${reference.raw}': ${reference.path} is not a file.`);
    }
  }
  return { locals, problems };
}
