/*
 * promote-image's bundle against a registry that wants credentials (the emulator's GHCR-like
 * token realm: `WWW-Authenticate: Bearer realm=…,service=…,scope=…`, anonymous pulls allowed,
 * pushes only with a user's token): `registry-username` / `registry-password` promote; a wrong
 * password is the registry's refusal naming those inputs, with nothing written; no credentials
 * at all reads but cannot write.
 */
import { OciClient } from '../../src/core/oci/client.js';
import { runAction, visibleText, type RunResult } from '../../src/emulator/runner.js';
import { startOciRegistryEmulator } from '../../src/emulator/oci-registry/index.js';
import { startSigstore } from '../../src/emulator/sigstore/index.js';
import { attach, pushImage, session, SIGN, signStatement } from '../core/image/fixture.js';
import { useServer } from '../helpers/servers.js';
import { root, workspaceWith } from '../helpers/sigstore.js';

const USER = 'releaser';
const PASSWORD = 'registry-secret-0123';
const sigstore = useServer('sigstore', () => startSigstore());
const registry = useServer('registry', () =>
  startOciRegistryEmulator({
    referrersApi: true,
    auth: { users: { [USER]: PASSWORD }, anonymousPull: true },
  }),
);

const failureOf = (r: RunResult) => /^::error::(.*)$/m.exec(r.stdout)?.[1] ?? '';

function promote(repository: string, digest: string, inputs: Record<string, string> = {}) {
  return runAction('promote-image', {
    root,
    workspace: workspaceWith({}),
    repository: 'octo-org/octo-repo',
    ref: 'refs/tags/v1.2.3',
    inputs: {
      image: `${registry.host}/${repository}`,
      digest,
      'certificate-identity': sigstore.identity,
      'trusted-root': sigstore.trustedRootPath,
      version: '1.2.3',
      require: 'signature',
      'attestations-api': 'false',
      ...inputs,
    },
    env: { SEALED_RELEASE_RETRY_MS: '1' },
    timeoutMs: 60_000,
  });
}

async function signed(repository: string) {
  const client = new OciClient({
    registry: registry.host,
    credentials: { username: USER, password: PASSWORD },
  });
  const image = await pushImage(client, repository, repository, { tag: 'build' });
  await attach(
    client,
    repository,
    image,
    await signStatement(session(sigstore), image.index.digest, SIGN),
    SIGN,
  );
  return image;
}

const puts = (from: number) =>
  registry.log.slice(from).filter((e) => e.method === 'PUT' && e.target === 'manifest' && e.status < 300)
    .length;

describe('promote-image with registry credentials', () => {
  it('promotes with registry-username and registry-password; the password never shows', async () => {
    const image = await signed('team/auth-ok');
    const r = await promote('team/auth-ok', image.index.digest, {
      'registry-username': USER,
      'registry-password': PASSWORD,
    });
    expect(failureOf(r)).toBe('');
    expect(r.outputs).toMatchObject({ 'version-tag': 'created', writes: '2' });
    expect(registry.state.repository('team/auth-ok').tags.get('1.2.3')).toBe(image.index.digest);
    expect(visibleText(r)).not.toContain(PASSWORD);
  });

  it('a wrong password is the registry refusing the credentials, naming the inputs; nothing is written', async () => {
    const image = await signed('team/auth-bad');
    const mark = registry.log.length;
    const r = await promote('team/auth-bad', image.index.digest, {
      'registry-username': USER,
      'registry-password': 'wrong-password-000',
    });
    expect(r.code).toBe(1);
    expect(failureOf(r)).toMatch(/the registry answered 401/);
    expect(r.stdout).toMatch(/`registry-username`, `registry-password`/);
    expect(puts(mark)).toBe(0);
  });

  it('without credentials it verifies (anonymous pulls) but the first write is refused', async () => {
    const image = await signed('team/auth-none');
    const mark = registry.log.length;
    const r = await promote('team/auth-none', image.index.digest);
    expect(r.code).toBe(1);
    expect(r.summary).toMatch(/signature \| ✅ pass/);
    expect(failureOf(r)).toMatch(/writing the manifest .*1\.2\.3.*the registry answered 401/);
    expect(puts(mark)).toBe(0);
  });
});
