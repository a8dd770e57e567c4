/*
 * The shapes shared by every manifest reader: what the user asked for (a spec), what a file
 * declares, and the one error type, whose `code` says what kind of problem it is so callers
 * decide on the code, never on the wording of a message.
 */
import { BaseError } from '../errors.js';

/** One `version-files` entry: `path` or `path:key.path`. */
export interface VersionFileSpec {
  /** The entry exactly as given. */
  raw: string;
  /** The path part, as given (relative to the workspace). */
  path: string;
  /** The explicit key path, when given. */
  keyPath?: string[];
}

/** What a version file declares. */
export interface DeclaredVersion {
  /** The file the version was read from, relative to the workspace (a Cargo workspace root, when followed). */
  file: string;
  /** 1-based line of the version, when it could be located in the text. */
  line?: number;
  /** The version the file means: for an exact pin `=1.2.3`, `1.2.3`. */
  version: string;
  /** Where in the file: `package.version`, `__version__`, … */
  key: string;
  /** The value as written, when it differs from `version` (a requirement). */
  written?: string;
  /** Set when the value is a requirement that is not an exact pin: never equal to a tag. */
  notExact?: string;
}

/**
 * What went wrong with a version file:
 * - `missing`: the path names nothing in the workspace;
 * - `not-a-file`: it names a directory or another non-regular file;
 * - `unreadable`: it exists but cannot be read;
 * - `syntax`: it does not parse as its format;
 * - `no-version`: it declares no version where one is expected;
 * - `not-a-string`: the value is there but is not a version string;
 * - `dynamic`: the version is computed by the build backend, not written in this file;
 * - `ambiguous`: the file holds more than one candidate, or one whose final value depends on
 *   running the code (Python);
 * - `unsupported`: the file is not a kind this action reads.
 */
export type VersionFileErrorCode =
  | 'missing'
  | 'not-a-file'
  | 'unreadable'
  | 'syntax'
  | 'no-version'
  | 'not-a-string'
  | 'dynamic'
  | 'ambiguous'
  | 'unsupported';

/** A problem with one version file: its kind (`code`), which file and, when known, which line. */
export class VersionFileError extends BaseError<VersionFileErrorCode> {
  constructor(
    code: VersionFileErrorCode,
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(code, message);
    this.name = 'VersionFileError';
  }
}
