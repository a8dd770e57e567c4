/*
 * The runner's protocol, written by this module alone: workflow commands on stdout
 * (`::name key=value,…::message`) and file commands appended to the files the runner names in
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 *
 * Why not @actions/core: its top level imports its OIDC client, and with it @actions/http-client,
 * undici and @actions/exec, about 1 MB of code that V8 compiles and runs before an action can
 * read its first input. That alone took a bundle past 2.5× a bare `node -e 0`, and a refused
 * configuration needs none of it: only these few lines of protocol. Its package exports only its
 * root, so its lighter files cannot be imported on their own. The escaping and the delimiter
 * below are the protocol's (GitHub's "Workflow commands for GitHub Actions"), so the runner
 * reads exactly what it read before.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';

/** Where an annotation points, as the runner's `file`, `line` and `title` properties. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
}

type CommandProperties = Record<string, string | number | undefined>;

/**
 * A message or property value as the runner reads it back: `%`, CR and LF are percent-encoded,
 * so a message can never end its own line and start a command of its own.
 */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value also escapes `:` and `,`, which separate the properties from each other and the message. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Writes one workflow command line; properties without a value are left out. */
function issue(command: string, properties: CommandProperties, message: string): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  const head = props.length > 0 ? `::${command} ${props.join(',')}` : `::${command}`;
  process.stdout.write(`${head}::${escapeData(message)}${os.EOL}`);
}

function annotationProperties(where: AnnotationProperties): CommandProperties {
  return { title: where.title, file: where.file, line: where.startLine };
}

/** A plain log line. */
export function info(message: string): void {
  process.stdout.write(message + os.EOL);
}

/** A debug log line (shown when the run has step debugging on). */
export function debug(message: string): void {
  issue('debug', {}, message);
}

/** A `::warning::` annotation. */
export function warning(message: string, where: AnnotationProperties = {}): void {
  issue('warning', annotationProperties(where), message);
}

/** An `::error::` annotation. */
export function error(message: string, where: AnnotationProperties = {}): void {
  issue('error', annotationProperties(where), message);
}

/** Fails the step: exit code 1 when the process ends, and the message as an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Asks the runner to mask `value` in every log line from now on. */
export function setSecret(value: string): void {
  issue('add-mask', {}, value);
}

/**
 * Sets one output. In GITHUB_OUTPUT the value sits between two lines holding a random delimiter,
 * so a multi-line value cannot inject another output; a name or value holding the delimiter is
 * refused rather than written. Without GITHUB_OUTPUT (an old runner) the `set-output` command is
 * the fallback.
 */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (!file) {
    process.stdout.write(os.EOL);
    issue('set-output', { name }, value);
    return;
  }
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  if (name.includes(delimiter)) {
    throw new Error(`output name '${name}' holds the GITHUB_OUTPUT delimiter; not written`);
  }
  if (value.includes(delimiter)) {
    throw new Error(`the value of output '${name}' holds the GITHUB_OUTPUT delimiter; not written`);
  }
  // The runner creates the file; one that is missing means the environment is not a runner's.
  if (!fs.existsSync(file)) {
    throw new Error(`GITHUB_OUTPUT names ${file}, which does not exist: output '${name}' was not written`);
  }
  const eol = os.EOL;
  fs.appendFileSync(file, `${name}<<${delimiter}${eol}${value}${eol}${delimiter}${eol}`, {
    encoding: 'utf8',
  });
}

/** Appends markdown (and a line end) to the job summary file named by GITHUB_STEP_SUMMARY. */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    throw new Error(
      'GITHUB_STEP_SUMMARY is not set, so the job summary cannot be written (is this a runner?)',
    );
  }
  try {
    await fs.promises.access(file, fs.constants.R_OK | fs.constants.W_OK);
  } catch {
    throw new Error(`the job summary file ${file} (GITHUB_STEP_SUMMARY) cannot be read and written`);
  }
  await fs.promises.appendFile(file, markdown + os.EOL, { encoding: 'utf8' });
}
