import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { MessageSignatureBundleBuilder, RekorWitness, type Signature } from '@sigstore/sign';
import { bundleToJSON } from '@sigstore/bundle';
import { spawnCollected } from '../../src/emulator/runner.js';
import { startSigstore } from '../../src/emulator/sigstore/index.js';
import { SigningSession, staticIdentityProvider } from '../../src/core/sigstore/index.js';
import { COMMANDS } from '../../src/cli/main.js';
import { VERSION } from '../../src/cli/version.js';
import { root, writeRoot } from '../helpers/sigstore.js';
import { useServer } from '../helpers/servers.js';
import { workspace } from '../helpers/workspace.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const cli = path.join(root, 'dist/cli/index.js');

let artifact: string;
let sha256: string;
const bundles: Record<string, string> = {};

function cliRun(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return spawnCollected(process.execPath, [cli, ...args], {
    // Node's compile cache: the bundle's 3 MB of chunks are compiled by the first spawn and
    // read back by the others (a third of each start here). The code run is the same bundle.
    env: { PATH: process.env.PATH, HOME: dir, NODE_COMPILE_CACHE: path.join(dir, '.compile-cache'), ...env },
    timeoutMs: 120_000,
  });
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** A loopback port nothing listens on (bound, then closed). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

type Json = Record<string, unknown> & { verificationMaterial: Record<string, unknown> };

/** The same signed data in another bundle version's envelope. */
function reencode(v03: string, version: '0.1' | '0.2' | '0.3-legacy'): string {
  const b = JSON.parse(v03) as Json;
  if (version === '0.3-legacy') {
    b.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.3';
    return JSON.stringify(b);
  }
  b.mediaType = `application/vnd.dev.sigstore.bundle+json;version=${version}`;
  const vm = b.verificationMaterial;
  vm.x509CertificateChain = { certificates: [vm.certificate] };
  delete vm.certificate;
  return JSON.stringify(b);
}

function verifyArgs(bundle: string, subject: string, extra: string[] = []): string[] {
  return [
    'verify-bundle',
    '--bundle',
    bundle,
    '--certificate-identity',
    sigstore.identity,
    '--certificate-oidc-issuer',
    ISSUER,
    '--trusted-root',
    sigstore.trustedRootPath,
    ...extra,
    subject,
  ];
}

/** verify-bundle of `artifact` with one of the bundles, trusting `trustedRoot` instead. */
function verifyWithRoot(bundle: string, trustedRoot: string) {
  return cliRun(
    verifyArgs(bundles[bundle], artifact).map((a) => (a === sigstore.trustedRootPath ? trustedRoot : a)),
  );
}

const sigstore = useServer('sigstore', startSigstore);
const dir = workspace({}, 'sig-cli');

beforeAll(async () => {
  const data = Buffer.from('release artifact bytes\n');
  artifact = write('artifact.tar.gz', data);
  sha256 = crypto.createHash('sha256').update(data).digest('hex');
  const session = new SigningSession(
    { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
    staticIdentityProvider(sigstore.issueToken()),
  );
  const message = JSON.stringify(await session.signMessage(data));
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'artifact.tar.gz', digest: { sha256 } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {},
  };
  const dsse = JSON.stringify(
    await session.signDsse(Buffer.from(JSON.stringify(statement)), 'application/vnd.in-toto+json'),
  );
  for (const [kind, v03] of [
    ['message', message],
    ['dsse', dsse],
  ] as const) {
    bundles[`${kind} v0.3`] = write(`${kind}-v0.3.json`, v03);
    bundles[`${kind} v0.3 legacy media type`] = write(`${kind}-v0.3l.json`, reencode(v03, '0.3-legacy'));
    bundles[`${kind} v0.2`] = write(`${kind}-v0.2.json`, reencode(v03, '0.2'));
    bundles[`${kind} v0.1`] = write(`${kind}-v0.1.json`, reencode(v03, '0.1'));
  }
});

describe('cli verify-bundle on every bundle version', () => {
  const variants = [
    'message v0.3',
    'message v0.3 legacy media type',
    'message v0.2',
    'message v0.1',
    'dsse v0.3',
    'dsse v0.3 legacy media type',
    'dsse v0.2',
    'dsse v0.1',
  ];

  it.each(variants)('%s: verifies the file and its digest', async (variant) => {
    // Independent runs of the bundle start together: two cores, and each start is mostly compiling.
    const [byFile, byDigest] = await Promise.all([
      cliRun(verifyArgs(bundles[variant], artifact)),
      cliRun(verifyArgs(bundles[variant], `sha256:${sha256}`)),
    ]);
    expect(byFile.stderr).toBe('');
    expect(byFile.code).toBe(0);
    expect(byFile.stdout).toContain(`verified for ${sigstore.identity}`);
    expect(byDigest.code).toBe(0);
  });

  it.each(variants)(
    '%s: refuses a wrong identity, a wrong issuer, a tampered artifact and a tampered bundle',
    async (variant) => {
      const bundle = JSON.parse(fs.readFileSync(bundles[variant], 'utf8'));
      const content = bundle.messageSignature ?? bundle.dsseEnvelope.signatures[0];
      const field = bundle.messageSignature ? 'signature' : 'sig';
      const sig = Buffer.from(content[field], 'base64');
      sig[sig.length - 1] ^= 0x01;
      content[field] = sig.toString('base64');
      const slug = variant.replace(/\W+/g, '-');
      const tamperedBundle = write(`tampered-${slug}.json`, JSON.stringify(bundle));
      const tamperedFile = write(`tampered-${slug}.tar.gz`, 'release artifact bytes!\n');
      const [wrongIdentity, wrongIssuer, tampered, otherDigest, badBundle] = await Promise.all([
        cliRun([
          'verify-bundle',
          '--bundle',
          bundles[variant],
          '--certificate-identity',
          sigstore.identity.replace('v1.2.3', 'v1.2.4'),
          '--certificate-oidc-issuer',
          ISSUER,
          '--trusted-root',
          sigstore.trustedRootPath,
          artifact,
        ]),
        cliRun([
          'verify-bundle',
          '--bundle',
          bundles[variant],
          '--certificate-identity',
          sigstore.identity,
          '--certificate-oidc-issuer',
          'https://accounts.google.com',
          '--trusted-root',
          sigstore.trustedRootPath,
          artifact,
        ]),
        cliRun(verifyArgs(bundles[variant], tamperedFile)),
        cliRun(verifyArgs(bundles[variant], `sha256:${'0'.repeat(64)}`)),
        cliRun(verifyArgs(tamperedBundle, artifact)),
      ]);
      expect(wrongIdentity.code).toBe(1);
      expect(wrongIdentity.stderr).toContain('UNTRUSTED_SIGNER_ERROR');
      expect(wrongIssuer.code).toBe(1);
      expect(tampered.code).toBe(1);
      expect(tampered.stderr).toMatch(/does not match|no subject/);
      expect(otherDigest.code).toBe(1);
      expect(badBundle.code).toBe(1);
      expect(badBundle.stderr).toMatch(/SIGNATURE_ERROR|TLOG_BODY_ERROR|TIMESTAMP_ERROR/);
    },
  );

  it('refuses a DSSE bundle whose statement was swapped for one naming the artifact (payload tampered)', async () => {
    const bundle = JSON.parse(fs.readFileSync(bundles['dsse v0.3'], 'utf8'));
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
    statement.predicate = { forged: true };
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    const r = await cliRun(verifyArgs(write('dsse-forged.json', JSON.stringify(bundle)), artifact));
    expect(r.code).toBe(1);
  });

  it('refuses an unknown bundle version, malformed JSON and a bundle missing its proof', async () => {
    const bundle = JSON.parse(fs.readFileSync(bundles['message v0.3'], 'utf8'));
    const v09 = write(
      'v09.json',
      JSON.stringify({ ...bundle, mediaType: 'application/vnd.dev.sigstore.bundle.v0.9+json' }),
    );
    delete bundle.verificationMaterial.tlogEntries[0].inclusionProof;
    const [unknown, malformed, noProof] = await Promise.all([
      cliRun(verifyArgs(v09, artifact)),
      cliRun(verifyArgs(write('malformed.json', '{"mediaType": '), artifact)),
      cliRun(verifyArgs(write('noproof.json', JSON.stringify(bundle)), artifact)),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown bundle media type');
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('not valid JSON');
    expect(noProof.code).toBe(1);
    expect(noProof.stderr).toContain('inclusionProof');
  });
});

describe('trust root validity windows', () => {
  it('refuses when no key window covers the signing time', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const past = {
      start: new Date(Date.now() - 7_200_000).toISOString(),
      end: new Date(Date.now() - 3_600_000).toISOString(),
    };
    const cases = {
      'ca-future': (r: typeof sigstore.trustedRoot) =>
        (r.certificateAuthorities[0].validFor = { start: future }),
      'ca-expired': (r: typeof sigstore.trustedRoot) => (r.certificateAuthorities[0].validFor = past),
      'tlog-expired': (r: typeof sigstore.trustedRoot) => (r.tlogs[0].publicKey.validFor = past),
      'ctlog-future': (r: typeof sigstore.trustedRoot) =>
        (r.ctlogs[0].publicKey.validFor = { start: future }),
      'tsa-expired': (r: typeof sigstore.trustedRoot) => (r.timestampAuthorities[0].validFor = past),
    };
    const runs = await Promise.all(
      Object.entries(cases).map(async ([name, edit]) => {
        const r = await verifyWithRoot(
          'message v0.3',
          writeRoot(dir, `${name}.json`, sigstore.trustedRoot, edit),
        );
        return [name, r.code];
      }),
    );
    expect(runs).toEqual(Object.keys(cases).map((name) => [name, 1]));
  });

  it('treats a window without a start as invalid, not as unbounded', async () => {
    const cases = {
      'ca-no-start': (r: typeof sigstore.trustedRoot) => delete r.certificateAuthorities[0].validFor!.start,
      'ca-no-validity': (r: typeof sigstore.trustedRoot) => delete r.certificateAuthorities[0].validFor,
      'tlog-no-start': (r: typeof sigstore.trustedRoot) => delete r.tlogs[0].publicKey.validFor!.start,
      'ctlog-no-start': (r: typeof sigstore.trustedRoot) => delete r.ctlogs[0].publicKey.validFor!.start,
    };
    const runs = await Promise.all(
      Object.entries(cases).map(async ([name, edit]) => {
        const r = await verifyWithRoot(
          'message v0.1',
          writeRoot(dir, `${name}.json`, sigstore.trustedRoot, edit),
        );
        return [name, r.code, r.stderr.includes('validity has no start')];
      }),
    );
    expect(runs).toEqual(Object.keys(cases).map((name) => [name, 1, true]));
  });

  it('refuses a malformed trusted root', async () => {
    const r = await verifyWithRoot('message v0.3', write('bad-root.json', '{'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not valid JSON');
  });

  it('without --trusted-root uses public-good trust through TUF, and fails closed when TUF is unreachable', async () => {
    const r = await cliRun([
      'verify-bundle',
      '--bundle',
      bundles['message v0.3'],
      '--certificate-identity',
      sigstore.identity,
      '--certificate-oidc-issuer',
      ISSUER,
      artifact,
    ]);
    // Offline here: the public-good root cannot be fetched, so nothing verifies.
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('public-good Sigstore trusted root through TUF');
  });
});

describe('cli verify-bundle --key', () => {
  let keyBundle: string;
  let publicKeyFile: string;

  beforeAll(async () => {
    const pair = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const publicKey = pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    publicKeyFile = write('key.pub', publicKey);
    const builder = new MessageSignatureBundleBuilder({
      signer: {
        sign: async (data: Buffer): Promise<Signature> => ({
          signature: crypto.sign('sha256', data, pair.privateKey),
          key: { $case: 'publicKey', publicKey, hint: 'release-key' },
        }),
      },
      witnesses: [new RekorWitness({ rekorBaseURL: sigstore.rekorURL, retry: { retries: 0 } })],
    });
    keyBundle = write(
      'key-bundle.json',
      JSON.stringify(bundleToJSON(await builder.create({ data: fs.readFileSync(artifact) }))),
    );
  });

  const keyArgs = (bundle: string, key: string, subject: string) => [
    'verify-bundle',
    '--bundle',
    bundle,
    '--key',
    key,
    '--trusted-root',
    sigstore.trustedRootPath,
    subject,
  ];

  it('verifies a key-signed bundle with its key, by file and by digest', async () => {
    const runs = await Promise.all([
      cliRun(keyArgs(keyBundle, publicKeyFile, artifact)),
      cliRun(keyArgs(keyBundle, publicKeyFile, `sha256:${sha256}`)),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
  });

  it('refuses another key, a tampered artifact, and a certificate bundle presented as key-signed', async () => {
    const other = write(
      'other.pub',
      crypto
        .generateKeyPairSync('ec', { namedCurve: 'P-256' })
        .publicKey.export({ format: 'pem', type: 'spki' }),
    );
    const runs = await Promise.all([
      cliRun(keyArgs(keyBundle, other, artifact)),
      cliRun(keyArgs(keyBundle, publicKeyFile, write('t2', 'x'))),
      cliRun(keyArgs(bundles['message v0.3'], publicKeyFile, artifact)),
    ]);
    expect(runs.map((r) => r.code)).toEqual([1, 1, 1]);
  });
});

describe('cli verify-bundle --key with an Ed25519 key', () => {
  it('verifies the file (pure Ed25519 signs the message, so a digest alone cannot be verified)', async () => {
    const pair = crypto.generateKeyPairSync('ed25519');
    const publicKey = pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const keyFile = write('ed.pub', publicKey);
    const builder = new MessageSignatureBundleBuilder({
      signer: {
        sign: async (data: Buffer): Promise<Signature> => ({
          signature: crypto.sign(null, data, pair.privateKey),
          key: { $case: 'publicKey', publicKey, hint: 'ed-key' },
        }),
      },
      witnesses: [new RekorWitness({ rekorBaseURL: sigstore.rekorURL, retry: { retries: 0 } })],
    });
    const bundle = write(
      'ed-bundle.json',
      JSON.stringify(bundleToJSON(await builder.create({ data: fs.readFileSync(artifact) }))),
    );
    const args = (subject: string) => [
      'verify-bundle',
      '--bundle',
      bundle,
      '--key',
      keyFile,
      '--trusted-root',
      sigstore.trustedRootPath,
      subject,
    ];
    const runs = await Promise.all([
      cliRun(args(artifact)),
      cliRun(args(write('ed-tampered', 'release artifact bytes?\n'))),
      cliRun(args(`sha256:${sha256}`)),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 1, 1]);
  });
});

describe('cli sign-bundle', () => {
  function signingConfig(): string {
    const start = new Date(Date.now() - 3_600_000).toISOString();
    const service = (url: string) => ({ url, majorApiVersion: 1, validFor: { start }, operator: 'local' });
    return write(
      'signing_config.json',
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
        caUrls: [service(sigstore.fulcioURL)],
        oidcUrls: [],
        rekorTlogUrls: [service(sigstore.rekorURL)],
        tsaUrls: [service(sigstore.tsaURL)],
        rekorTlogConfig: { selector: 'ANY' },
        tsaConfig: { selector: 'ANY' },
      }),
    );
  }

  /** sign-bundle of `artifact` with the services of a signing config, writing `bundle`. */
  function signWithConfig(token: string, bundle: string, extra: string[] = [], config = signingConfig()) {
    return cliRun(
      [
        'sign-bundle',
        '--identity-token',
        token,
        '--bundle',
        bundle,
        ...extra,
        '--signing-config',
        config,
        artifact,
      ],
      // Retries of an unreachable service wait milliseconds, not seconds.
      { SEALED_RELEASE_RETRY_MS: '1' },
    );
  }

  it('with --trusted-root, writes the bundle only when it verifies against that root', async () => {
    const good = path.join(dir, 'rooted.sigstore.json');
    const ok = await signWithConfig(sigstore.issueToken(), good, [
      '--trusted-root',
      sigstore.trustedRootPath,
    ]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`verified against ${sigstore.trustedRootPath}`);
    // A root in which the instance's CA is no longer valid: the bundle Fulcio just certified
    // does not verify against it, so it must not be written.
    const past = {
      start: new Date(Date.now() - 7_200_000).toISOString(),
      end: new Date(Date.now() - 3_600_000).toISOString(),
    };
    const expired = writeRoot(dir, 'sign-ca-expired.json', sigstore.trustedRoot, (r) => {
      r.certificateAuthorities[0].validFor = past;
    });
    const bad = path.join(dir, 'unrooted.sigstore.json');
    const refused = await signWithConfig(sigstore.issueToken(), bad, ['--trusted-root', expired]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`the new bundle does not verify against trusted root ${expired}`);
    expect(refused.stderr).toContain(`${bad} was not written`);
    expect(fs.existsSync(bad)).toBe(false);
  });

  it('names the service it could not reach, not only "error creating signing certificate"', async () => {
    const port = await closedPort();
    const start = new Date(Date.now() - 3_600_000).toISOString();
    const service = (url: string) => ({ url, majorApiVersion: 1, validFor: { start }, operator: 'local' });
    const config = write(
      'unreachable_signing_config.json',
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
        caUrls: [service(`http://127.0.0.1:${port}`)],
        oidcUrls: [],
        rekorTlogUrls: [service(sigstore.rekorURL)],
        tsaUrls: [service(sigstore.tsaURL)],
        rekorTlogConfig: { selector: 'ANY' },
        tsaConfig: { selector: 'ANY' },
      }),
    );
    const bundle = path.join(dir, 'offline.sigstore.json');
    const r = await signWithConfig(sigstore.issueToken(), bundle, [], config);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`could not reach 127.0.0.1:${port}: connection refused (ECONNREFUSED)`);
    expect(fs.existsSync(bundle)).toBe(false);
  });

  it('refuses a token too short to hide, without garbling the message', async () => {
    const tokens = ['a', 'eyJ'];
    const runs = await Promise.all(
      tokens.map((token) =>
        cliRun(['sign-bundle', '--identity-token', token, '--bundle', 'b.json', artifact]),
      ),
    );
    for (const [i, r] of runs.entries()) {
      const token = tokens[i];
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `error: --identity-token is ${token.length} character(s) long: too short to be an OIDC identity token`,
      );
      expect(r.stderr).toContain('usage:\n  sealed-release sign-bundle');
      expect(r.stderr).not.toContain('***');
    }
  });

  it('names a signing config that is not JSON or not a signing config', async () => {
    const notJson = write('config-not-json.json', 'hi\n\u001b[31m');
    const r = await signWithConfig(sigstore.issueToken(), path.join(dir, 'x.json'), [], notJson);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: signing config ${notJson} is not valid JSON: "`);
    // The parser quotes the file's bytes: they are escaped, never echoed raw.
    expect(r.stderr).not.toContain('\u001b');
    const other = write('config-other.json', JSON.stringify({ mediaType: 'text/plain' }));
    const r2 = await signWithConfig(sigstore.issueToken(), path.join(dir, 'x.json'), [], other);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain(
      `error: ${other} is not a Sigstore signing config v0.2: its mediaType is "text/plain"`,
    );
  });

  it('signs with the services of a signing config; the bundle then verifies', async () => {
    const bundle = path.join(dir, 'signed.sigstore.json');
    const token = sigstore.issueToken();
    const r = await signWithConfig(token, bundle, ['--trusted-root', sigstore.trustedRootPath]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(token);
    expect((await cliRun(verifyArgs(bundle, artifact))).code).toBe(0);
  });

  it('fails with a token Fulcio refuses, without printing the token', async () => {
    const token = sigstore.issueToken({}, 'wrong-audience');
    const bundle = path.join(dir, 'refused.sigstore.json');
    const r = await signWithConfig(token, bundle);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toContain(token);
    expect(fs.existsSync(bundle)).toBe(false);
  });

  it('rejects usage errors with exit 2', async () => {
    const runs = await Promise.all([
      cliRun(['verify-bundle', '--bundle', 'x']),
      cliRun(['frobnicate']),
      cliRun(verifyArgs(bundles['message v0.3'], 'sha256:abc')),
      cliRun([...verifyArgs(bundles['message v0.3'], artifact), '--key', 'k']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2]);
  });
});

describe('cli errors name what is wrong', () => {
  it('a bundle that is not JSON, or JSON that is not a bundle, is named as such', async () => {
    const notJson = write('not-json.sigstore.json', 'hi\n\u0007');
    const r = await cliRun(verifyArgs(notJson, artifact));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: bundle ${notJson} is not valid JSON: "`);
    expect(r.stderr).not.toContain('\u0007');
    const empty = write('empty.sigstore.json', '{}');
    const r2 = await cliRun(verifyArgs(empty, artifact));
    expect(r2.code).toBe(1);
    expect(r2.stderr).toBe(`error: ${empty} is not a Sigstore bundle: it has no mediaType\n`);
    const root = await cliRun(verifyArgs(sigstore.trustedRootPath, artifact));
    expect(root.code).toBe(1);
    expect(root.stderr).toContain(
      `error: ${sigstore.trustedRootPath} is not a Sigstore bundle: its mediaType is "application/vnd.dev.sigstore.trustedroot`,
    );
  });

  it('a flag followed by another flag is missing its value (not "expected exactly one FILE")', async () => {
    const r = await cliRun([
      'verify-bundle',
      '--bundle',
      '--certificate-identity',
      sigstore.identity,
      '--certificate-oidc-issuer',
      ISSUER,
      artifact,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --bundle needs a value\n/);
    const release = await cliRun(['verify-release', '--repo', '--tag', 'v1.2.3']);
    expect(release.code).toBe(2);
    expect(release.stderr).toMatch(/^error: --repo needs a value\n/);
    // A value that starts with -- is still given with =.
    const inline = await cliRun(['verify-bundle', '--bundle=--odd', '--key', 'k', artifact]);
    expect(inline.stderr).not.toContain('needs a value');
  });

  it('a malformed GITHUB_API_URL or GITHUB_SERVER_URL is named with its value (not "Invalid URL")', async () => {
    const variables = ['GITHUB_API_URL', 'GITHUB_SERVER_URL'];
    const runs = await Promise.all(
      variables.map((variable) =>
        cliRun(['verify-release', '--repo', 'o/r', '--tag', 'v1.2.3'], {
          GH_TOKEN: 'a-token-for-the-test',
          [variable]: 'api.example.com',
        }),
      ),
    );
    for (const [i, r] of runs.entries()) {
      const variable = variables[i];
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`error: ${variable} is "api.example.com", which is not an http(s) URL`);
      expect(r.stderr).not.toContain('Invalid URL');
    }
  });
});

describe('cli --help and --version', () => {
  const version = (
    JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
  ).version;

  it('the program answers --help, -h, help, --version and version with exit 0', async () => {
    const [helps, versions] = await Promise.all([
      Promise.all([['--help'], ['-h'], ['help']].map((args) => cliRun(args))),
      Promise.all([['--version'], ['version']].map((args) => cliRun(args))),
    ]);
    for (const r of helps) {
      expect(r.code).toBe(0);
      for (const name of Object.keys(COMMANDS)) expect(r.stdout).toContain(`sealed-release ${name}`);
    }
    for (const r of versions) {
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`sealed-release ${version}\n`);
    }
    expect(VERSION).toBe(version);
  });

  it.each(Object.keys(COMMANDS))('%s answers --help, -h, help and --version with exit 0', async (name) => {
    const [v, ...helps] = await Promise.all(
      [
        [name, '--version'],
        [name, '--help'],
        [name, '-h'],
        ['help', name],
        [name, '--bundle', 'x', '--help'],
      ].map((args) => cliRun(args)),
    );
    for (const r of helps) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(`usage:\n  sealed-release ${name}`);
    }
    expect(v.code).toBe(0);
    expect(v.stdout).toBe(`sealed-release ${version}\n`);
  });

  it('unknown options, commands and help topics still exit 2, with the usage on stderr', async () => {
    const [option, ...others] = await Promise.all(
      [
        ['verify-bundle', '--frobnicate', 'x', 'file'],
        ['sign-bundle', '--verbose'],
        [],
        ['help', 'frobnicate'],
        ['--frobnicate'],
      ].map((args) => cliRun(args)),
    );
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('unknown option --frobnicate');
    expect(option.stderr).toContain('usage:\n  sealed-release verify-bundle');
    expect(others.map((r) => r.code)).toEqual([2, 2, 2, 2]);
  });
});
