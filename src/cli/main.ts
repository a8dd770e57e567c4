import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { messageOf } from '../core/errors.js';
import { parseSha256Digest } from '../core/digest.js';
import type { ArtifactRef } from '../core/sigstore/index.js';
import { PUBLIC_GOOD_FULCIO_URL, PUBLIC_GOOD_REKOR_URL } from '../core/sigstore/inputs.js';
import { VERSION } from './version.js';
import { verifyReleaseCommand } from './verify-release.js';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

class UsageError extends Error {}

/** `--help` or `--version` given to a command: answered with exit 0, nothing else is done. */
class InfoRequest extends Error {
  constructor(readonly kind: 'help' | 'version') {
    super(kind);
  }
}

/** One command of the program: its usage lines, a line saying what it does, and its runner. */
interface Command {
  usage: string[];
  summary: string;
  details?: string[];
  run(args: string[], io: CliIO): Promise<number>;
}

/** Parses `--flag value` pairs (each at most once) and exactly one positional argument. */
function parseArgs(args: string[], allowed: string[]): { flags: Map<string, string>; positional: string } {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    // Asked for help or the version, a command only answers that, whatever else was given.
    if (arg === '--help' || arg === '-h') throw new InfoRequest('help');
    if (arg === '--version') throw new InfoRequest('version');
    if (arg.startsWith('--')) {
      const [name, inline] = arg.includes('=')
        ? [arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg.slice(2), undefined];
      if (!allowed.includes(name)) throw new UsageError(`unknown option --${name}`);
      if (flags.has(name)) throw new UsageError(`--${name} given twice`);
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 1)
    throw new UsageError(`expected exactly one FILE argument, got ${positional.length}`);
  return { flags, positional: positional[0] };
}

/*
 * The Sigstore code (sigstore-js, its protobuf types, TUF) is imported by the command that uses
 * it, when it runs: `--version`, `--help` and a usage error never compile it.
 */
const sigstore = () => import('../core/sigstore/index.js');

/** A path when it exists; else `sha256:<hex>`; anything else is an error. */
function artifactOf(value: string, parseSha256Digest: (value: string) => Buffer | undefined): ArtifactRef {
  if (fs.existsSync(value)) {
    if (!fs.statSync(value).isFile()) throw new UsageError(`${value} is not a regular file`);
    return { file: value };
  }
  const digest = parseSha256Digest(value);
  if (digest) return { sha256: digest };
  throw new UsageError(`${value} is neither an existing file nor a sha256:<64 hex> digest`);
}

function readPublicKey(file: string): crypto.KeyObject {
  const text = fs.readFileSync(file);
  try {
    return crypto.createPublicKey(text);
  } catch {
    return crypto.createPublicKey({ key: text, format: 'der', type: 'spki' });
  }
}

async function verifyCommand(args: string[], io: CliIO): Promise<number> {
  const { flags, positional } = parseArgs(args, [
    'bundle',
    'certificate-identity',
    'certificate-oidc-issuer',
    'key',
    'trusted-root',
  ]);
  const bundle = flags.get('bundle');
  if (!bundle) throw new UsageError('--bundle is required');
  const key = flags.get('key');
  const identity = flags.get('certificate-identity');
  const issuer = flags.get('certificate-oidc-issuer');
  if (key !== undefined && (identity !== undefined || issuer !== undefined)) {
    throw new UsageError('give --key, or --certificate-identity with --certificate-oidc-issuer, not both');
  }
  if (key === undefined && (identity === undefined || issuer === undefined)) {
    throw new UsageError('--certificate-identity and --certificate-oidc-issuer are required (or --key)');
  }
  const { loadTrust, parseBundle, verifyBundle } = await sigstore();
  const artifact = artifactOf(positional, parseSha256Digest);
  let bundleText: string;
  try {
    bundleText = fs.readFileSync(bundle, 'utf8');
  } catch (error) {
    throw new Error(`cannot read bundle ${bundle}: ${messageOf(error)}`, { cause: error });
  }
  // A bundle that cannot be read as one is refused before any trust is fetched.
  parseBundle(bundleText);
  const trust = await loadTrust(flags.get('trusted-root'), { key: key ? readPublicKey(key) : undefined });
  for (const d of trust.dropped) io.err(`warning: trusted root: ignored ${d}`);
  const result = await verifyBundle(
    bundleText,
    artifact,
    trust.material,
    key ? undefined : { identity: identity!, issuer: issuer! },
  );
  if (key && result.identity !== undefined) {
    // A certificate bundle is not "signed with this key" just because a key was given.
    throw new Error('bundle is signed with a certificate, not with the given key');
  }
  io.out(
    `OK: ${positional} (sha256:${result.sha256}) verified` +
      (result.identity ? ` for ${result.identity} (issuer ${result.issuer})` : ' with the given key'),
  );
  return 0;
}

// Kept alike on purpose (docs/ARCHITECTURE.md): each command declares its own flags to parseArgs.
async function signCommand(args: string[], io: CliIO): Promise<number> {
  const { flags, positional } = parseArgs(args, [
    'identity-token',
    'bundle',
    'trusted-root',
    'signing-config',
  ]);
  const token = flags.get('identity-token');
  const bundle = flags.get('bundle');
  if (!token) throw new UsageError('--identity-token is required');
  if (!bundle) throw new UsageError('--bundle is required');
  if (!fs.existsSync(positional) || !fs.statSync(positional).isFile()) {
    throw new UsageError(`${positional} is not an existing file`);
  }
  const [
    { builderFromSigningConfig, SigningSession, staticIdentityProvider, toBundleV03 },
    { bundleToJSON },
  ] = await Promise.all([sigstore(), import('@sigstore/bundle')]);
  const identity = staticIdentityProvider(token);
  const config = flags.get('signing-config');
  // With a signing config, sigstore-js's own service selection signs (it takes the bytes); the
  // default services sign a streamed digest, for files of any size.
  const signed = config
    ? toBundleV03(
        bundleToJSON(
          await builderFromSigningConfig(fs.readFileSync(config, 'utf8'), identity).create({
            data: fs.readFileSync(positional),
          }),
        ),
      )
    : (
        await new SigningSession(
          { fulcioURL: PUBLIC_GOOD_FULCIO_URL, rekorURL: PUBLIC_GOOD_REKOR_URL },
          identity,
        ).signFile(positional)
      ).bundle;
  const temp = path.join(
    path.dirname(path.resolve(bundle)),
    `.${path.basename(bundle)}.${crypto.randomBytes(6).toString('hex')}.tmp`,
  );
  fs.writeFileSync(temp, JSON.stringify(signed) + '\n', { flag: 'wx' });
  fs.renameSync(temp, bundle);
  io.out(`OK: signed ${positional}, bundle ${bundle}`);
  return 0;
}

/**
 * The commands, by name. A new command is one entry here: the top-level usage, `help NAME`,
 * and `NAME --help` / `--version` come from it.
 */
export const COMMANDS: Record<string, Command> = {
  'verify-bundle': {
    summary: 'Verify a Sigstore bundle for a file or a sha256 digest (sigstore-conformance client protocol).',
    usage: [
      'sealed-release verify-bundle --bundle B --certificate-identity I --certificate-oidc-issuer U [--trusted-root T] FILE_OR_DIGEST',
      'sealed-release verify-bundle --bundle B --key K [--trusted-root T] FILE_OR_DIGEST',
    ],
    details: [
      'FILE_OR_DIGEST is a path, or sha256:<64 hex> when no such path exists.',
      "--certificate-identity is the certificate's whole SAN, compared byte for byte;",
      '--certificate-oidc-issuer likewise. Without --trusted-root, public-good Sigstore trust is',
      'fetched and verified through TUF. Exit 0 only when verified, 1 when not, 2 for a usage error.',
    ],
    run: verifyCommand,
  },
  'sign-bundle': {
    summary: 'Sign a file keylessly with an OIDC identity token and write its Sigstore bundle.',
    usage: [
      'sealed-release sign-bundle --identity-token T --bundle B [--trusted-root T] [--signing-config S] FILE',
    ],
    details: ['Exit 0 when signed, 1 when signing failed, 2 for a usage error.'],
    run: signCommand,
  },
  'verify-release': verifyReleaseCommand({ usage: UsageError, info: InfoRequest }),
};

function programUsage(): string {
  return [
    'usage:',
    ...Object.values(COMMANDS).flatMap((c) => c.usage.map((u) => `  ${u}`)),
    '  sealed-release COMMAND --help | --version',
    '',
    'commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`),
  ].join('\n');
}

function commandUsage(name: string): string {
  const c = COMMANDS[name];
  return ['usage:', ...c.usage.map((u) => `  ${u}`), '', c.summary, ...(c.details ?? [])].join('\n');
}

/** Runs one command; returns the exit code. The token never reaches the output. */
export async function runCli(args: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = args;
  const tokenIndex = rest.indexOf('--identity-token');
  const inline = rest.find((a) => a.startsWith('--identity-token='));
  const token = tokenIndex >= 0 ? rest[tokenIndex + 1] : inline?.slice('--identity-token='.length);
  const clean = (text: string) => (token ? text.split(token).join('***') : text);
  const known = command !== undefined && Object.hasOwn(COMMANDS, command);
  try {
    switch (command) {
      case undefined:
        throw new UsageError('no command given');
      case '--version':
      case 'version':
        io.out(`sealed-release ${VERSION}`);
        return 0;
      case '--help':
      case '-h':
        io.out(programUsage());
        return 0;
      case 'help':
        if (rest.length === 0) {
          io.out(programUsage());
          return 0;
        }
        if (rest.length > 1 || !Object.hasOwn(COMMANDS, rest[0])) {
          throw new UsageError(`no help for '${rest.join(' ')}'`);
        }
        io.out(commandUsage(rest[0]));
        return 0;
    }
    if (!known) throw new UsageError(`unknown command '${command}'`);
    return await COMMANDS[command].run(rest, io);
  } catch (error) {
    if (error instanceof InfoRequest) {
      io.out(error.kind === 'version' ? `sealed-release ${VERSION}` : commandUsage(command!));
      return 0;
    }
    if (error instanceof UsageError) {
      io.err(`error: ${clean(error.message)}\n${known ? commandUsage(command!) : programUsage()}`);
      return 2;
    }
    io.err(`error: ${clean(messageOf(error))}`);
    return 1;
  }
}
