/*
 * The OCI registry of the image examples and its stand-ins for docker's actions: the build is
 * pushed by digest (no tag), as a two-platform index with buildx's attestation manifests unless
 * `provenance: false`, and every input the stand-in does not model, or a push that would write a
 * tag, is refused with nothing pushed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { built, startImageRegistry } from '../../src/rehearsal/oci-registry.js';

let registry: Awaited<ReturnType<typeof startImageRegistry>>;
let workspace: string;

beforeEach(async () => {
  registry = await startImageRegistry('Octo-Org/octo-image');
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'oci-stand-in-'));
  fs.writeFileSync(path.join(workspace, 'Dockerfile'), 'FROM scratch\nCOPY . /app\n');
  fs.writeFileSync(path.join(workspace, 'index.js'), 'console.log(1)\n');
});
afterEach(async () => {
  await registry.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
});

const step = (w: Record<string, string>) => ({ job: 'image', workspace, runnerTemp: workspace, with: w });
const image = () => registry.vars.IMAGE;
const byDigest = () => `type=image,name=${image()},push-by-digest=true,name-canonical=true,push=true`;
const build = (w: Record<string, string>) => registry.thirdParty['docker/build-push-action'](step(w));

it('hands the workflow the registry and a lowercase image name as repository variables', () => {
  expect(registry.vars).toEqual({
    REGISTRY: registry.emulator.host,
    IMAGE: `${registry.emulator.host}/octo-org/octo-image`,
  });
});

it('builds two platforms and pushes the index by digest, writing no tag', async () => {
  const outputs = await build({ context: '.', platforms: 'linux/amd64,linux/arm64', outputs: byDigest() });
  const digest = (outputs as Record<string, string>).digest;
  expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(built(registry.emulator)).toEqual([digest]);
  const repo = registry.emulator.state.repository('octo-org/octo-image');
  expect([...repo.tags.keys()]).toEqual([]);
  const index = JSON.parse(repo.manifests.get(digest)!.bytes.toString()) as {
    manifests: {
      digest: string;
      platform: { os: string; architecture: string };
      annotations?: Record<string, string>;
    }[];
  };
  expect(index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`)).toEqual([
    'linux/amd64',
    'linux/arm64',
    'unknown/unknown',
    'unknown/unknown',
  ]);
  // buildx's attestation manifests name the platform manifest they are about.
  expect(index.manifests[2].annotations).toEqual({
    'vnd.docker.reference.digest': index.manifests[0].digest,
    'vnd.docker.reference.type': 'attestation-manifest',
  });
  for (const m of index.manifests) expect(repo.manifests.has(m.digest)).toBe(true);
  // Only blob uploads and manifests by digest went over the wire.
  const puts = registry.emulator.log.filter((e) => e.method === 'PUT' && e.target === 'manifest');
  expect(puts.every((e) => /\/manifests\/sha256:/.test(e.path))).toBe(true);
  expect(JSON.parse((outputs as Record<string, string>).metadata)).toEqual({
    'containerimage.digest': digest,
    'image.name': image(),
  });
});

it('leaves buildx attestations out with provenance: false, and builds the same context reproducibly', async () => {
  const a = (await build({
    platforms: 'linux/amd64\nlinux/arm64',
    outputs: byDigest(),
    provenance: 'false',
  })) as Record<string, string>;
  const b = (await build({
    platforms: 'linux/amd64,linux/arm64',
    outputs: byDigest(),
    provenance: 'false',
  })) as Record<string, string>;
  expect(a.digest).toBe(b.digest);
  const index = JSON.parse(
    registry.emulator.state.repository('octo-org/octo-image').manifests.get(a.digest)!.bytes.toString(),
  ) as { manifests: unknown[] };
  expect(index.manifests).toHaveLength(2);
  fs.writeFileSync(path.join(workspace, 'index.js'), 'console.log(2)\n');
  const c = (await build({
    platforms: 'linux/amd64,linux/arm64',
    outputs: byDigest(),
    provenance: 'false',
  })) as Record<string, string>;
  expect(c.digest).not.toBe(a.digest);
});

it('refuses every input it does not model and a push that would write a tag, all at once, pushing nothing', async () => {
  await expect(
    build({
      platforms: 'linux/amd64,windows',
      tags: `${image()}:2.0.0`,
      push: 'true',
      outputs: `type=image,name=${image()},push=true`,
    }),
  ).rejects.toThrow(
    /does not support "tags".*does not support "push".*platform "windows" is not os\/architecture.*push-by-digest=true/,
  );
  await expect(build({ outputs: byDigest() })).rejects.toThrow(/'platforms' is required/);
  await expect(
    build({ platforms: 'linux/amd64', outputs: byDigest().replace(registry.emulator.host, 'ghcr.io') }),
  ).rejects.toThrow(/is not an image in the rehearsal's registry/);
  await expect(build({ platforms: 'linux/amd64', outputs: byDigest(), provenance: 'maybe' })).rejects.toThrow(
    /'provenance' "maybe" is none of/,
  );
  await expect(build({ platforms: 'linux/amd64', outputs: `${byDigest()},push=false` })).rejects.toThrow(
    /gives "push" twice/,
  );
  await expect(build({ platforms: 'linux/amd64', outputs: `${byDigest()},oops` })).rejects.toThrow(
    /"oops" is not key=value/,
  );
  expect(registry.emulator.log).toEqual([]);
  expect(built(registry.emulator)).toEqual([]);
});

it("logs in only to the rehearsal's registry, with a username and a password", async () => {
  const login = registry.thirdParty['docker/login-action'];
  const host = registry.emulator.host;
  await expect(login(step({ registry: host, username: 'octo-org', password: 't' }))).resolves.toBeUndefined();
  await expect(login(step({ registry: 'ghcr.io', username: 'octo-org', password: 't' }))).rejects.toThrow(
    /is not the rehearsal's/,
  );
  await expect(login(step({ registry: host, username: 'octo-org' }))).rejects.toThrow(
    /password are required/,
  );
  await expect(
    login(step({ registry: host, username: 'u', password: 'p', logout: 'false' })),
  ).rejects.toThrow(/does not support "logout"/);
  await expect(registry.thirdParty['docker/setup-buildx-action'](step({ driver: 'docker' }))).rejects.toThrow(
    /does not support "driver"/,
  );
});
