import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { messageOf } from '../core/errors.js';
import {
  builderFromSigningConfig,
  loadTrust,
  parseBundle,
  parseSha256Digest,
  SigningSession,
  PUBLIC_GOOD_FULCIO_URL,
  PUBLIC_GOOD_REKOR_URL,
  staticIdentityProvider,
  toBundleV03,
  verifyBundle,
  type ArtifactRef,
} from '../core/sigstore/index.js';
import { bundleToJSON } from '@sigstore/bundle';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

class UsageError extends Error {}

const USAGE = [
  'usage:',
  '  sealed-release verify-bundle --bundle B --certificate-identity I --certificate-oidc-issuer U [--trusted-root T] FILE_OR_DIGEST',
  '  sealed-release verify-bundle --bundle B --key K [--trusted-root T] FILE_OR_DIGEST',
  '  sealed-release sign-bundle --identity-token T --bundle B [--trusted-root T] [--signing-config S] FILE',
  'FILE_OR_DIGEST is a path, or sha256:<64 hex> when no such path exists.',
].join('\n');

/** Parses `--flag value` pairs (each at most once) and exactly one positional argument. */
function parseArgs(args: string[], allowed: string[]): { flags: Map<string, string>; positional: string } {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
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

/** A path when it exists; else `sha256:<hex>`; anything else is an error. */
function artifactOf(value: string): ArtifactRef {
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
  const artifact = artifactOf(positional);
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

/** Runs one command; returns the exit code. The token never reaches the output. */
export async function runCli(args: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = args;
  const tokenIndex = rest.indexOf('--identity-token');
  const inline = rest.find((a) => a.startsWith('--identity-token='));
  const token = tokenIndex >= 0 ? rest[tokenIndex + 1] : inline?.slice('--identity-token='.length);
  const clean = (text: string) => (token ? text.split(token).join('***') : text);
  try {
    switch (command) {
      case 'verify-bundle':
        return await verifyCommand(rest, io);
      case 'sign-bundle':
        return await signCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`error: ${clean(error.message)}\n${USAGE}`);
      return 2;
    }
    io.err(`error: ${clean(messageOf(error))}`);
    return 1;
  }
}
