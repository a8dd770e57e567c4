/*
 * Real production bundles after the conformance suite: 36 bundles CPython's release managers
 * signed for real release files (__tests__/cli/fixtures/, see its README), verified offline
 * against the embedded public-good root by the CLI's verify-bundle (in-process: runCli, the code
 * dist/cli/index.js runs), each by its exact identity and issuer; a near miss of each must fail.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { root } from '../helpers/sigstore.js';

interface Sample {
  release: string;
  file: string;
  sha256: string;
  identity: string;
  issuer: string;
  bundle: unknown;
}

const fixtures = path.join(root, '__tests__/cli/fixtures');
const samples = JSON.parse(
  fs.readFileSync(path.join(fixtures, 'cpython-release-bundles.json'), 'utf8'),
) as Sample[];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cpython-bundles-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function verify(
  sample: Sample,
  identity: string,
  issuer: string,
): Promise<{ code: number; err: string }> {
  const bundle = path.join(scratch, `${sample.release}-${sample.file}.sigstore.json`);
  if (!fs.existsSync(bundle)) fs.writeFileSync(bundle, JSON.stringify(sample.bundle));
  const err: string[] = [];
  const code = await runCli(
    [
      'verify-bundle',
      '--bundle',
      bundle,
      '--certificate-identity',
      identity,
      '--certificate-oidc-issuer',
      issuer,
      '--offline',
      `sha256:${sample.sha256}`,
    ],
    { out: () => {}, err: (l) => err.push(l) },
  );
  return { code, err: err.join('\n') };
}

describe('real public-good bundles (CPython releases), offline', () => {
  it('holds a few dozen, from three signers and both bundle generations', () => {
    expect(samples).toHaveLength(36);
    expect(new Set(samples.map((s) => s.identity))).toEqual(
      new Set(['pablogsal@python.org', 'thomas@python.org', 'hugo@python.org']),
    );
    expect(new Set(samples.map((s) => (s.bundle as { mediaType: string }).mediaType)).size).toBe(2);
  });

  describe.each(samples.map((s) => [`${s.release} ${s.file}`, s] as const))('%s', (_name, sample) => {
    it('verifies for its exact identity and issuer', async () => {
      expect(await verify(sample, sample.identity, sample.issuer)).toEqual({ code: 0, err: '' });
    });

    it('refuses near misses of the identity and the issuer', async () => {
      const other = samples.find((s) => s.identity !== sample.identity)!.identity;
      for (const [identity, issuer] of [
        [sample.identity.slice(0, -1), sample.issuer],
        [`${sample.identity}.evil`, sample.issuer],
        [sample.identity.toUpperCase(), sample.issuer],
        [other, sample.issuer],
        [sample.identity, `${sample.issuer}/`],
      ]) {
        const r = await verify(sample, identity, issuer);
        expect({
          identity,
          issuer,
          code: r.code,
          untrusted: r.err.includes('UNTRUSTED_SIGNER_ERROR'),
        }).toEqual({
          identity,
          issuer,
          code: 1,
          untrusted: true,
        });
      }
    });
  });
});
