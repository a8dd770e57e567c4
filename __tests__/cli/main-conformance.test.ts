/*
 * sigstore-conformance's verification suite (the cases copied into
 * __tests__/fixtures/sigstore-conformance/, see its README): every case, with the artifact given
 * as a path and as `sha256:<hex>`, as the suite's test_verify runs them, through the CLI's
 * verify-bundle in-process (runCli, the code dist/cli/index.js runs; a spawn per case would
 * cost 140 cold starts). A case without a trusted root of its own is verified `--offline`,
 * against the embedded public-good root. A `_fail` case must exit 1 (a verification that said
 * no, not a usage error), every other case 0.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { root } from '../helpers/sigstore.js';

const suite = path.join(root, '__tests__/fixtures/sigstore-conformance/bundle-verify');
const DEFAULT_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com';

const cases = fs
  .readdirSync(suite, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** The suite's BundleMaterials.from_dir: the case's files, or the defaults. */
function argsOf(name: string, asDigest: boolean): string[] {
  const dir = path.join(suite, name);
  const file = (f: string) => path.join(dir, f);
  const has = (f: string) => fs.existsSync(file(f));
  const artifact = has('artifact') ? file('artifact') : path.join(suite, 'a.txt');
  const args = ['verify-bundle', '--bundle', file('bundle.sigstore.json')];
  if (has('key.pub')) args.push('--key', file('key.pub'));
  else
    args.push(
      '--certificate-identity',
      has('identity') ? fs.readFileSync(file('identity'), 'utf8').trim() : DEFAULT_IDENTITY,
      '--certificate-oidc-issuer',
      has('issuer') ? fs.readFileSync(file('issuer'), 'utf8').trim() : DEFAULT_ISSUER,
    );
  args.push(...(has('trusted_root.json') ? ['--trusted-root', file('trusted_root.json')] : ['--offline']));
  args.push(
    asDigest
      ? `sha256:${crypto.createHash('sha256').update(fs.readFileSync(artifact)).digest('hex')}`
      : artifact,
  );
  return args;
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('sigstore-conformance verify suite, offline', () => {
  it('holds the whole suite: 70 cases, 32 of them without a trusted root of their own', () => {
    expect(cases).toHaveLength(70);
    expect(cases.filter((c) => !fs.existsSync(path.join(suite, c, 'trusted_root.json')))).toHaveLength(32);
  });

  describe.each(cases)('%s', (name) => {
    const fail = name.endsWith('_fail');
    it.each([
      ['path', false],
      ['digest', true],
    ])(`${fail ? 'is refused' : 'verifies'} (artifact as a %s)`, async (_kind, asDigest) => {
      const r = await run(argsOf(name, asDigest as boolean));
      // A refusal is a verification that said no (1), never a usage error (2).
      expect({ code: r.code, err: r.err }).toEqual({
        code: fail ? 1 : 0,
        err: fail ? expect.any(String) : '',
      });
    });
  });
});

describe('conformance failures that say what is wrong with the bundle', () => {
  it('a v0.1 bundle with a root certificate in its chain and an inclusion proof without a checkpoint', async () => {
    const r = await run(argsOf('bundle-with-root-cert_fail', false));
    expect(r.code).toBe(1);
    expect(r.err).toContain('BUNDLE_STRUCTURE: the bundle cannot be verified');
    expect(r.err).toContain('the certificate chain holds a self-signed root certificate (#');
    expect(r.err).toContain('transparency log entry #1 has an inclusion proof without a checkpoint');
    expect(r.err).not.toContain('Cannot read properties');
  });

  it('a managed key that is not a key: the point is not on its curve', async () => {
    const r = await run(argsOf('managed-key-wrong-key_fail', false));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /--key .*key\.pub cannot verify anything: it is an EC public key for P-256 whose point is not on that curve/,
    );
    expect(r.err).not.toContain('Failed to read asymmetric key');
  });

  it('an integrated time outside the certificate: the times are named', async () => {
    const r = await run(argsOf('integrated-time-in-future_fail', false));
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "CERTIFICATE_ERROR: Failed to verify certificate chain: transparency log entry #1's integrated time 2026-05-07T15:34:11Z " +
        "is outside the signing certificate's validity (2026-05-07T15:18:10Z to 2026-05-07T15:28:10Z)",
    );
  });
});
