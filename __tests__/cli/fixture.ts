/*
 * What the CLI's test files share: a loopback Sigstore for the file, a workspace holding the
 * artifact, bundles of it in every bundle version (on request), and `cliRun`, which spawns the
 * shipped bundle (dist/cli/index.js) as a user would. Split by command so that jest's workers
 * run the files side by side.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { spawnCollected } from '../../src/emulator/runner.js';
import { startSigstore } from '../../src/emulator/sigstore/index.js';
import { SigningSession, staticIdentityProvider } from '../../src/core/sigstore/index.js';
import { root } from '../helpers/sigstore.js';
import { useServer } from '../helpers/servers.js';
import { workspace } from '../helpers/workspace.js';

export const ISSUER = 'https://token.actions.githubusercontent.com';
const cli = path.join(root, 'dist/cli/index.js');

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

/** A loopback port nothing listens on (bound, then closed). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The fixture of one test file. Call at the top level of the file: it starts Sigstore before the
 * file's tests and stops it after them; with `bundles`, it signs the artifact in every bundle
 * version before the tests (message signatures and DSSE, v0.1 to v0.3).
 */
export function useCliFixture(options: { bundles?: boolean } = {}) {
  const sigstore = useServer('sigstore', startSigstore);
  const dir = workspace({}, 'sig-cli');
  const write = (name: string, content: string | Buffer): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  const data = Buffer.from('release artifact bytes\n');
  const artifact = write('artifact.tar.gz', data);
  const sha256 = crypto.createHash('sha256').update(data).digest('hex');
  const bundles: Record<string, string> = {};

  const cliRun = (
    args: string[],
    env: Record<string, string> = {},
  ): Promise<{ code: number | null; stdout: string; stderr: string }> =>
    spawnCollected(process.execPath, [cli, ...args], {
      env: { PATH: process.env.PATH, HOME: dir, ...env },
      timeoutMs: 120_000,
    });

  const verifyArgs = (bundle: string, subject: string, extra: string[] = []): string[] => [
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

  /** verify-bundle of `artifact` with one of the bundles, trusting `trustedRoot` instead. */
  const verifyWithRoot = (bundle: string, trustedRoot: string) =>
    cliRun(
      verifyArgs(bundles[bundle], artifact).map((a) => (a === sigstore.trustedRootPath ? trustedRoot : a)),
    );

  if (options.bundles) {
    beforeAll(async () => {
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
  }

  return { sigstore, dir, artifact, sha256, bundles, write, cliRun, verifyArgs, verifyWithRoot };
}
