/*
 * The command-line program's errors. A usage error exits 2 with the usage; `--help` and
 * `--version` exit 0; a CliError (a file that is not what its flag says, a bundle that does not
 * verify) and anything else exit 1 with its message and its causes.
 */
import {
  BaseError,
  messageOf,
  messageWithCauses,
  networkFailure,
  unreachableMessage,
} from '../core/errors.js';

/** A mistake in the command line: exit 2, with the usage. */
export class UsageError extends BaseError<'USAGE'> {
  constructor(message: string) {
    super('USAGE', message);
  }
}

/** `--help` or `--version` given to a command: answered with exit 0, nothing else is done. */
export class InfoRequest extends BaseError<'HELP' | 'VERSION'> {
  constructor(readonly kind: 'help' | 'version') {
    super(kind === 'help' ? 'HELP' : 'VERSION', kind);
  }
}

/**
 * Why a command failed, other than a usage error or a verification the verifier refused:
 * - `UNREADABLE_FILE`: a file a flag names cannot be read;
 * - `NOT_JSON`: it is not JSON;
 * - `NOT_A_BUNDLE`: `--bundle` names JSON that is not a Sigstore bundle;
 * - `NOT_A_SIGNING_CONFIG`: `--signing-config` names JSON that is not a signing config;
 * - `KEY_MISMATCH`: `--key` was given for a bundle signed with a certificate;
 * - `NOT_VERIFIED`: a bundle sign-bundle just made does not verify against `--trusted-root`;
 * - `NO_EMBEDDED_ROOT`: `--offline` for a bundle GitHub's Sigstore signed, whose root is not embedded;
 * - `NOT_A_KEY`: `--key` names a file that is not a usable public key.
 */
export type CliErrorCode =
  | 'UNREADABLE_FILE'
  | 'NOT_JSON'
  | 'NOT_A_BUNDLE'
  | 'NOT_A_SIGNING_CONFIG'
  | 'KEY_MISMATCH'
  | 'NOT_VERIFIED'
  | 'NO_EMBEDDED_ROOT'
  | 'NOT_A_KEY';

/** A command failed (exit 1); see {@link CliErrorCode}. */
export class CliError extends BaseError<CliErrorCode> {}

/** Text read from a file or the network is quoted in messages by core's one `quote()`. */
export { quote } from '../core/quote.js';

/**
 * The message of a failed command: its causes too ("error creating signing certificate" alone
 * hides that Fulcio could not be reached), and for a connection that failed below HTTP, which
 * host and why, in the one wording the actions use.
 */
export function failureText(error: unknown): string {
  const network = networkFailure(error);
  if (network !== undefined) {
    const reason = unreachableMessage(network.host, network.reason);
    const message = messageOf(error);
    return message.includes(reason) ? message : `${message}: ${reason}`;
  }
  return messageWithCauses(error);
}
