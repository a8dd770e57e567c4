import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MIN_SECRET_LENGTH } from '../core/action/secret-length.js';
import { messageOf } from '../core/errors.js';
import { parseSha256Digest } from '../core/digest.js';
import type { Bundle } from '@sigstore/bundle';
import type { ArtifactRef } from '../core/sigstore/index.js';
import { PUBLIC_GOOD_FULCIO_URL, PUBLIC_GOOD_REKOR_URL } from '../core/sigstore/inputs.js';
import { mediaTypeOf, parseArgs, readJsonFile } from './args.js';
import { CliError, failureText, InfoRequest, quote, UsageError } from './errors.js';
import { VERSION } from './version.js';
import { readPublicKey } from './key.js';
import { loadCliTrust, TRUST_HELP } from './trust.js';
import { verifyAttestationCommand } from './verify-attestation.js';
import { verifyReleaseCommand } from './verify-release.js';
import { verifyImageCommand } from './verify-image.js';
import { auditCommand } from './audit.js';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

/** One command of the program: its usage lines, a line saying what it does, and its runner. */
interface Command {
  usage: string[];
  summary: string;
  details?: string[];
  run(args: string[], io: CliIO): Promise<number>;
}

/*
 * The Sigstore code (sigstore-js, its protobuf types, TUF) is imported by the command that uses
 * it, when it runs: `--version`, `--help` and a usage error never compile it.
 */
const sigstore = () => import('../core/sigstore/index.js');

/**
 * The text of the bundle `--bundle` names, refused before any trust is fetched when it is not
 * one: not JSON, JSON without a Sigstore bundle's media type, or a bundle sigstore-js cannot read
 * (each message names the file).
 */
async function readBundle(file: string): Promise<{ text: string; bundle: Bundle }> {
  const { text, json } = readJsonFile('bundle', file);
  const mediaType = mediaTypeOf(json);
  if (typeof mediaType !== 'string' || !mediaType.startsWith('application/vnd.dev.sigstore.bundle')) {
    throw new CliError(
      'NOT_A_BUNDLE',
      `${file} is not a Sigstore bundle: ` +
        (mediaType === undefined
          ? 'it has no mediaType'
          : `its mediaType is ${quote(String(mediaType))}, not application/vnd.dev.sigstore.bundle…`),
    );
  }
  const { parseBundle } = await sigstore();
  try {
    return { text, bundle: parseBundle(text) };
  } catch (error) {
    throw new CliError('NOT_A_BUNDLE', `bundle ${file}: ${messageOf(error)}`, { cause: error });
  }
}

/** Refuses a `--trusted-root` that is not JSON before anything is fetched or signed (the file is named). */
function checkTrustedRootFile(file: string | undefined): void {
  if (file !== undefined) readJsonFile('trusted root', file);
}

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
  const { verifyBundle } = await sigstore();
  const artifact = artifactOf(positional, parseSha256Digest);
  // A bundle that cannot be read as one is refused before any trust is fetched.
  const { text: bundleText, bundle: parsed } = await readBundle(bundle);
  const trust = await loadCliTrust(flags, { key: key ? readPublicKey(key) : undefined, bundle: parsed });
  for (const d of trust.dropped) io.err(`warning: trusted root: ignored ${d}`);
  const result = await verifyBundle(
    bundleText,
    artifact,
    trust.material,
    key ? undefined : { identity: identity!, issuer: issuer! },
  );
  if (key && result.identity !== undefined) {
    // A certificate bundle is not "signed with this key" just because a key was given.
    throw new CliError('KEY_MISMATCH', 'bundle is signed with a certificate, not with the given key');
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
  // It takes --trusted-root, so the shared parser lets --offline through: signing needs Fulcio and Rekor.
  if (flags.has('offline'))
    throw new UsageError('sign-bundle cannot run --offline: it signs through Fulcio and Rekor');
  if (!token) throw new UsageError('--identity-token is required');
  if (!bundle) throw new UsageError('--bundle is required');
  if (!fs.existsSync(positional) || !fs.statSync(positional).isFile()) {
    throw new UsageError(`${positional} is not an existing file`);
  }
  const trustedRoot = flags.get('trusted-root');
  const configFile = flags.get('signing-config');
  // Every file is read and checked before anything is requested from a service.
  checkTrustedRootFile(trustedRoot);
  const config = configFile === undefined ? undefined : readSigningConfig(configFile);
  const [
    {
      builderFromSigningConfig,
      certificateIdentityOf,
      loadTrust,
      SigningSession,
      staticIdentityProvider,
      toBundleV03,
      verifyBundle,
    },
    { bundleToJSON },
  ] = await Promise.all([sigstore(), import('@sigstore/bundle')]);
  const trust = trustedRoot === undefined ? undefined : await loadTrust(trustedRoot);
  for (const d of trust?.dropped ?? []) io.err(`warning: trusted root: ignored ${d}`);
  const identity = staticIdentityProvider(token);
  // With a signing config, sigstore-js's own service selection signs (it takes the bytes); the
  // default services sign a streamed digest, for files of any size.
  const signed = config
    ? toBundleV03(
        bundleToJSON(
          await builderFromSigningConfig(config, identity).create({
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
  const text = JSON.stringify(signed);
  if (trust) {
    // The trusted root names the instance the bundle is for (sigstore-conformance passes the
    // staging root with staging services): the new bundle must verify against it, certificate
    // chain, log entry and timestamps, for the identity its own certificate names, or it is not
    // written.
    try {
      const raw = (signed.verificationMaterial as { certificate?: { rawBytes?: string } }).certificate
        ?.rawBytes;
      if (raw === undefined) throw new CliError('NOT_VERIFIED', 'the new bundle carries no certificate');
      const signer = certificateIdentityOf(Buffer.from(raw, 'base64'));
      await verifyBundle(text, { file: positional }, trust.material, {
        identity: signer.san,
        issuer: signer.issuer,
      });
    } catch (error) {
      throw new CliError(
        'NOT_VERIFIED',
        `the new bundle does not verify against trusted root ${trustedRoot} (${messageOf(error)}); ${bundle} was not written`,
        { cause: error },
      );
    }
  }
  const temp = path.join(
    path.dirname(path.resolve(bundle)),
    `.${path.basename(bundle)}.${crypto.randomBytes(6).toString('hex')}.tmp`,
  );
  fs.writeFileSync(temp, text + '\n', { flag: 'wx' });
  fs.renameSync(temp, bundle);
  io.out(`OK: signed ${positional}, bundle ${bundle}` + (trust ? `, verified against ${trustedRoot}` : ''));
  return 0;
}

/** The text of the signing config `--signing-config` names, refused (naming the file) when it is not one. */
function readSigningConfig(file: string): string {
  const { text, json } = readJsonFile('signing config', file);
  const mediaType = mediaTypeOf(json);
  if (mediaType !== 'application/vnd.dev.sigstore.signingconfig.v0.2+json') {
    throw new CliError(
      'NOT_A_SIGNING_CONFIG',
      `${file} is not a Sigstore signing config v0.2: ` +
        (mediaType === undefined
          ? 'it has no mediaType'
          : `its mediaType is ${quote(String(mediaType))}, not application/vnd.dev.sigstore.signingconfig.v0.2+json`),
    );
  }
  return text;
}

/**
 * The commands, by name. A new command is one entry here: the top-level usage, `help NAME`,
 * and `NAME --help` / `--version` come from it.
 */
export const COMMANDS: Record<string, Command> = {
  'verify-bundle': {
    summary: 'Verify a Sigstore bundle for a file or a sha256 digest (sigstore-conformance client protocol).',
    usage: [
      'sealed-release verify-bundle --bundle B --certificate-identity I --certificate-oidc-issuer U [--trusted-root T | --offline] FILE_OR_DIGEST',
      'sealed-release verify-bundle --bundle B --key K [--trusted-root T | --offline] FILE_OR_DIGEST',
    ],
    details: [
      'FILE_OR_DIGEST is a path, or sha256:<64 hex> when no such path exists.',
      "--certificate-identity is the certificate's whole SAN, compared byte for byte;",
      '--certificate-oidc-issuer likewise.',
      ...TRUST_HELP,
      'Exit 0 only when verified, 1 when not, 2 for a usage error.',
    ],
    run: verifyCommand,
  },
  'sign-bundle': {
    summary: 'Sign a file keylessly with an OIDC identity token and write its Sigstore bundle.',
    usage: [
      'sealed-release sign-bundle --identity-token T --bundle B [--trusted-root T] [--signing-config S] FILE',
    ],
    details: [
      'With --trusted-root, the new bundle must verify against that root (for the identity its',
      'certificate names) or it is not written. Exit 0 when signed, 1 when signing or that',
      'verification failed, 2 for a usage error.',
    ],
    run: signCommand,
  },
  'verify-release': verifyReleaseCommand({ usage: UsageError, info: InfoRequest }),
  'verify-attestation': verifyAttestationCommand,
  'verify-image': verifyImageCommand,
  audit: auditCommand,
};

function programUsage(): string {
  return [
    'usage:',
    ...Object.values(COMMANDS).flatMap((c) => c.usage.map((u) => `  ${u}`)),
    '  sealed-release COMMAND --help | --version',
    '',
    'commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(18)} ${c.summary}`),
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
  // A token too short to mask (secrets.ts) is refused below, so it is never used to redact.
  const secret = token !== undefined && token.length >= MIN_SECRET_LENGTH ? token : undefined;
  const clean = (text: string) => (secret ? text.split(secret).join('***') : text);
  const known = command !== undefined && Object.hasOwn(COMMANDS, command);
  try {
    if (token && !secret) {
      // Unlike the actions, the CLI has no runner to mask for it: it refuses such a token
      // outright, and the message does not repeat it.
      throw new UsageError(
        `--identity-token is ${token.length} character(s) long: too short to be an OIDC identity ` +
          `token (a JWT), and too short to hide from the output (at least ${MIN_SECRET_LENGTH})`,
      );
    }
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
    io.err(`error: ${clean(failureText(error))}`);
    return 1;
  }
}
