/*
 * The runner's protocol, spoken through @actions/core: workflow commands on stdout
 * (`::name key=value,…::message`), file commands appended to the files the runner names in
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, and the exit status. @actions/core owns the escaping,
 * the output heredoc delimiters, masking and annotation properties, and is kept current with the
 * runner by GitHub; this module only adapts it to the rest of core/action (the one place that
 * imports it, which the architecture test holds) and turns its plain errors into typed ones.
 *
 * It used to write the protocol by hand to save @actions/core's start-up (its top level loads
 * its OIDC client, @actions/http-client and undici). That trade was measured against a bare
 * `node -e 0`, the wrong yardstick: every official action pays the same cost. The cold-start
 * row of the benchmark (src/bench/cold.ts) now compares each bundle with a bundle of
 * @actions/core alone.
 */
import * as fs from 'node:fs';
import * as core from '@actions/core';
import { BaseError, messageOf } from '../errors.js';
import { inputVariable } from '../inputs/reader.js';

/**
 * Why the runner's files could not be written:
 * - `NO_SUMMARY_FILE`: GITHUB_STEP_SUMMARY is unset (not a runner, or one without job summaries);
 * - `SUMMARY_NOT_WRITTEN`: the summary file cannot be read and written;
 * - `NO_OUTPUT_FILE`: GITHUB_OUTPUT names a file that does not exist (the runner creates it);
 * - `OUTPUT_NOT_WRITTEN`: @actions/core refused the output (a name or value holding its random
 *   delimiter) or the append failed.
 */
export type RunnerProtocolCode =
  'NO_SUMMARY_FILE' | 'SUMMARY_NOT_WRITTEN' | 'NO_OUTPUT_FILE' | 'OUTPUT_NOT_WRITTEN';

/** The runner's files could not be written (see {@link RunnerProtocolCode}). */
export class RunnerProtocolError extends BaseError<RunnerProtocolCode> {}

/**
 * Where an annotation points: the runner's `title`, `file`, `line`, `endLine`, `col` and
 * `endColumn` properties (@actions/core's AnnotationProperties).
 */
export type AnnotationProperties = core.AnnotationProperties;

/**
 * Only the properties that have a value. @actions/core writes `::error ::m` (a space, no
 * properties) for an object whose keys are all undefined; the runner reads both alike, but the
 * log reads better without it, and a `line` of 0 is no line.
 */
function annotation(where: AnnotationProperties): AnnotationProperties {
  return Object.fromEntries(
    Object.entries(where).filter(([, value]) => value !== undefined && value !== '' && value !== 0),
  ) as AnnotationProperties;
}

/**
 * An input's raw value as the runner passes it (`INPUT_<NAME>`, named as @actions/core names
 * it), untrimmed; undefined when the runner set no such variable. Parsing, collecting every
 * problem and refusing undeclared inputs is the project's own input layer (core/inputs) on top.
 */
export function getInput(name: string): string | undefined {
  const value = core.getInput(name, { trimWhitespace: false });
  // @actions/core answers '' for an unset input; the input layer tells unset from blank.
  if (value === '' && process.env[inputVariable(name)] === undefined) {
    return undefined;
  }
  return value;
}

/** A plain log line. */
export function info(message: string): void {
  core.info(message);
}

/** A debug log line (shown when the run has step debugging on). */
export function debug(message: string): void {
  core.debug(message);
}

/** A `::notice::` annotation. */
export function notice(message: string, where: AnnotationProperties = {}): void {
  core.notice(message, annotation(where));
}

/** A `::warning::` annotation. */
export function warning(message: string, where: AnnotationProperties = {}): void {
  core.warning(message, annotation(where));
}

/** An `::error::` annotation. */
export function error(message: string, where: AnnotationProperties = {}): void {
  core.error(message, annotation(where));
}

/** Fails the step: exit code 1 when the process ends, and the message as an error annotation. */
export function setFailed(message: string): void {
  core.setFailed(message);
}

/** Asks the runner to mask `value` in every log line from now on. */
export function setSecret(value: string): void {
  core.setSecret(value);
}

/** Folds the log lines `fn` writes under `name`, ending the group however `fn` ends. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(name, fn);
}

/**
 * Sets one output. @actions/core writes it to GITHUB_OUTPUT between two lines holding a random
 * delimiter, so a multi-line value cannot inject another output, and refuses a name or value
 * holding the delimiter; without GITHUB_OUTPUT (an old runner) it falls back to `set-output`.
 */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT || '';
  // The runner creates the file; one that is missing means the environment is not a runner's.
  // Checked here so the message names the output that was lost.
  if (file && !fs.existsSync(file)) {
    throw new RunnerProtocolError(
      'NO_OUTPUT_FILE',
      `GITHUB_OUTPUT names ${file}, which does not exist: output '${name}' was not written`,
    );
  }
  try {
    core.setOutput(name, value);
  } catch (cause) {
    throw new RunnerProtocolError(
      'OUTPUT_NOT_WRITTEN',
      `output '${name}' was not written to GITHUB_OUTPUT: ${messageOf(cause)}`,
      { cause },
    );
  }
}

type Summary = typeof core.summary;

/**
 * Appends markdown (and a line end) to the job summary file named by GITHUB_STEP_SUMMARY.
 *
 * Each call writes through a fresh instance of @actions/core's Summary class: the shared
 * `core.summary` remembers the first file it wrote to and keeps its buffer when a write fails,
 * so a second run in the same process (the root preflight composing two actions, a test) would
 * write to the wrong file or repeat the failed text.
 */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    throw new RunnerProtocolError(
      'NO_SUMMARY_FILE',
      'GITHUB_STEP_SUMMARY is not set, so the job summary cannot be written (is this a runner?)',
    );
  }
  const summary = new (core.summary.constructor as new () => Summary)();
  try {
    await summary.addRaw(markdown, true).write();
  } catch (cause) {
    throw new RunnerProtocolError(
      'SUMMARY_NOT_WRITTEN',
      `the job summary file ${file} (GITHUB_STEP_SUMMARY) cannot be read and written`,
      { cause },
    );
  }
}
