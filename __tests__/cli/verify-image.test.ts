/*
 * `sealed-release verify-image`, the bundled CLI (dist/cli/index.js, built with `npm run package
 * -- cli`) against the real registry with token auth and the Sigstore emulator's trusted root:
 * an image signed, with an SBOM and a provenance, passes with one line per check; each check
 * that fails says so on its line and the exit is 1; the command line's problems are all named at
 * once (exit 2); credentials come from REGISTRY_USERNAME/REGISTRY_PASSWORD or the docker config.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OciClient } from '../../src/core/oci/client.js';
import { startSigstore } from '../../src/emulator/sigstore/index.js';
import { spawnCollected } from '../../src/emulator/runner.js';
import { startOciRegistry } from '../helpers/oci-registry.js';
import { useServer } from '../helpers/servers.js';
import {
  attach,
  COMMIT,
  provenance,
  pushImage,
  session,
  SIGN,
  signStatement,
  SLSA,
  SPDX,
  spdx,
} from '../core/image/fixture.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');
const credentials = { username: 'puller', password: 'pull-secret-value' };
const registry = useServer('registry', () =>
  startOciRegistry({ users: { puller: credentials.password }, grants: { puller: ['*'] } }),
);
const sigstore = useServer('sigstore', () => startSigstore());

let scratch: string;
let dockerConfig: string;
let signed: string;
let unsigned: string;

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-image-'));
  dockerConfig = path.join(scratch, 'docker');
  fs.mkdirSync(dockerConfig);
  const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
  fs.writeFileSync(
    path.join(dockerConfig, 'config.json'),
    JSON.stringify({ auths: { [registry.host]: { auth } } }),
  );
  const client = new OciClient({ registry: registry.host, credentials });
  const image = await pushImage(client, 'team/app', 'cli-signed');
  const d = image.index.digest;
  const good = session(sigstore);
  await attach(client, 'team/app', image, await signStatement(good, d, SIGN), SIGN);
  await attach(client, 'team/app', image, await signStatement(good, d, SPDX, spdx(2)), SPDX);
  await attach(client, 'team/app', image, await signStatement(good, d, SLSA, provenance()), SLSA);
  signed = `${registry.host}/team/app@${d}`;
  unsigned = `${registry.host}/team/app@${(await pushImage(client, 'team/app', 'cli-unsigned', { tag: 'u' })).index.digest}`;
});

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

const run = (args: string[], env: Record<string, string> = { DOCKER_CONFIG: dockerConfig }) =>
  spawnCollected(process.execPath, [cli, 'verify-image', ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: scratch, ...env },
    timeoutMs: 60_000,
  });

const identityArgs = () => [
  '--certificate-identity',
  sigstore.identity,
  '--trusted-root',
  sigstore.trustedRootPath,
];

describe('verify-image', () => {
  it('passes a signed, attested two-platform image: one line per check, exit 0', async () => {
    const r = await run([
      signed,
      ...identityArgs(),
      '--commit',
      COMMIT,
      '--platforms',
      'linux/amd64,linux/arm64',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => l.split(':')[0])).toEqual([
      'PASS subject',
      'PASS platforms',
      'PASS signature',
      'PASS sbom',
      'PASS provenance',
      'OK',
    ]);
    expect(lines[2]).toContain(`signed by ${sigstore.identity} (tag-index`);
  });

  it('refuses an identity one character short of the SAN: every kind fails, exit 1', async () => {
    const r = await run([
      signed,
      '--certificate-identity',
      sigstore.identity.slice(0, -1),
      '--trusted-root',
      sigstore.trustedRootPath,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL signature: .*UNTRUSTED_SIGNER_ERROR/m);
    expect(r.stdout).toMatch(/^FAIL sbom: /m);
    expect(r.stdout).toMatch(/^FAIL provenance: /m);
    expect(r.stderr).toContain('3 of 4 checks failed');
  });

  it('reports a platform the index lacks and still checks the evidence; refuses another commit', async () => {
    const r = await run([
      signed,
      ...identityArgs(),
      '--platforms',
      'linux/amd64,linux/s390x',
      '--commit',
      'a'.repeat(40),
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL platforms: .*has no manifest for linux\/s390x/m);
    expect(r.stdout).toMatch(/^PASS signature: /m);
    expect(r.stdout).toMatch(
      /^FAIL provenance: .*source commit \(1\.3\.6\.1\.4\.1\.57264\.1\.13\) is "0123/m,
    );
  });

  it('refuses an unsigned digest', async () => {
    const r = await run([unsigned, ...identityArgs(), '--require', 'signature']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL signature: no signature evidence/m);
  });

  it('names every problem of the command line at once, before any request (exit 2)', async () => {
    const r = await run([
      `${registry.host}/team/app:latest`,
      '--require',
      'signature,attestation',
      '--commit',
      'HEAD',
      '--platforms',
      'linux',
    ]);
    expect(r.code).toBe(2);
    for (const problem of [
      'names no digest',
      '--certificate-identity is required',
      '"attestation" is none of signature, sbom, provenance',
      '--commit "HEAD" is not a 40-character',
      '--commit is checked on the provenance',
      '--platforms: "linux" is not os/architecture',
    ])
      expect(r.stderr).toContain(problem);
  });

  it('takes REGISTRY_USERNAME/REGISTRY_PASSWORD, refuses one without the other, and fails anonymous on a private registry', async () => {
    const args = [signed, ...identityArgs(), '--require', 'signature'];
    const withEnv = await run(args, {
      REGISTRY_USERNAME: credentials.username,
      REGISTRY_PASSWORD: credentials.password,
    });
    expect(withEnv.code).toBe(0);
    const half = await run(args, { REGISTRY_USERNAME: credentials.username });
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('REGISTRY_USERNAME and REGISTRY_PASSWORD go together');
    const anonymous = await run(args, { DOCKER_CONFIG: path.join(scratch, 'nowhere') });
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toContain(
      'Fix: Check the credential inputs `REGISTRY_USERNAME`, `REGISTRY_PASSWORD`',
    );
    const wrong = await run(args, {
      REGISTRY_USERNAME: credentials.username,
      REGISTRY_PASSWORD: 'not-the-password',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr + wrong.stdout).not.toContain('not-the-password');
  });

  it("--offline verifies against the embedded public-good root, which did not sign the emulator's bundles", async () => {
    const r = await run([
      signed,
      '--certificate-identity',
      sigstore.identity,
      '--offline',
      '--require',
      'signature',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^PASS subject: /m);
    expect(r.stdout).toMatch(/^FAIL signature: .*(CERTIFICATE|chain|TLOG|SIGNATURE)/im);
  });

  it('is listed in --help', async () => {
    const r = await spawnCollected(process.execPath, [cli, '--help'], {
      env: { PATH: process.env.PATH ?? '' },
      timeoutMs: 30_000,
    });
    expect(r.stdout).toContain(
      'sealed-release verify-image REGISTRY/NAME@sha256:<hex> --certificate-identity I',
    );
  });
});
