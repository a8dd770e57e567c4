/*
 * sealed-release verify-bundle, through the shipped bundle: every bundle version, every way a
 * bundle must be refused, the trusted root's validity windows, and key-signed bundles.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { MessageSignatureBundleBuilder, RekorWitness, type Signature } from '@sigstore/sign';
import { bundleToJSON } from '@sigstore/bundle';
import { writeRoot } from '../helpers/sigstore.js';
import { ISSUER, useCliFixture } from './fixture.js';

const { sigstore, dir, artifact, sha256, bundles, write, cliRun, verifyArgs, verifyWithRoot } = useCliFixture(
  {
    bundles: true,
  },
);

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
