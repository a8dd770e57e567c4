/*
 * sigstore-sign `images`, spawned as it ships (dist/sigstore-sign/index.js on Node 24), against
 * the Sigstore emulator and the REAL registry (distribution 2.8, with token auth): files and an
 * image signed with one certificate, the referrer found where cosign and promote-image look, a
 * re-run that changes nothing, and the refusals (a tag instead of a digest, an unknown digest,
 * credentials the registry refuses), each writing nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SIGSTORE_BUNDLE_V03 } from '../../src/core/oci/bundle-referrer.js';
import { OciClient } from '../../src/core/oci/client.js';
import { OCI_INDEX } from '../../src/core/oci/media-types.js';
import { listReferrers, referrersTag } from '../../src/core/oci/referrers.js';
import { loadTrust } from '../../src/core/sigstore/trust.js';
import { verifySigstoreBundle } from '../../src/core/sigstore/verify.js';
import { runAction, visibleText, type RunResult } from '../../src/emulator/runner.js';
import { startOciRegistryEmulator } from '../../src/emulator/oci-registry/index.js';
import { GITHUB_ISSUER, startSigstore } from '../../src/emulator/sigstore/index.js';
import { testImage } from '../helpers/oci-layout.js';
import { startOciRegistry } from '../helpers/oci-registry.js';
import { useServer } from '../helpers/servers.js';
import { root, workspaceWith } from '../helpers/sigstore.js';

const sigstore = useServer('sigstore', startSigstore);
const registry = useServer('registry', () =>
  startOciRegistry({ users: { ci: 's3cret', reader: 'r' }, grants: { ci: ['*'], reader: [] } }),
);

const CREDENTIALS = { username: 'ci', password: 's3cret' };
const OUTPUTS = ['bundles', 'identity', 'image-bundles', 'issuer', 'verify-instructions'];

function sign(workspace: string, inputs: Record<string, string>): Promise<RunResult> {
  return runAction('sigstore-sign', {
    root,
    workspace,
    inputs: {
      'fulcio-url': sigstore.fulcioURL,
      'rekor-url': sigstore.rekorURL,
      'tsa-url': sigstore.tsaURL,
      'trusted-root': sigstore.trustedRootPath,
      'registry-username': CREDENTIALS.username,
      'registry-password': CREDENTIALS.password,
      ...inputs,
    },
    env: { ...sigstore.runnerEnv(), SEALED_RELEASE_RETRY_MS: '1' },
    timeoutMs: 60_000,
  });
}

async function pushImage(repository: string, seed: string): Promise<{ client: OciClient; digest: string }> {
  const client = new OciClient({ registry: registry.host, credentials: CREDENTIALS });
  const image = testImage(seed);
  for (const b of image.blobs) await client.pushBlob(repository, b.bytes);
  for (const m of image.manifests) await client.putManifest(repository, m.digest, m.bytes, m.mediaType);
  await client.putManifest(repository, '1.0.0', image.index.bytes, OCI_INDEX);
  return { client, digest: image.index.digest };
}

const failureOf = (r: RunResult) => /^::error::(.*)$/m.exec(r.stdout)?.[1] ?? '';

describe('sigstore-sign images', () => {
  it('signs files and an image with one certificate; the referrer verifies; a re-run changes nothing', async () => {
    const { client, digest } = await pushImage('team/app', 'sign-images-1');
    const ws = workspaceWith({ 'dist/app.tar.gz': 'app\n' });
    const image = `${registry.host}/team/app@${digest}`;
    const before = { ...sigstore.counts };
    const r = await sign(ws, { files: 'dist/*', images: image });
    expect(failureOf(r)).toBe('');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(Object.keys(r.outputs).sort()).toEqual(OUTPUTS);
    // One token, one certificate for the file and the image.
    expect(sigstore.counts.oidc - before.oidc).toBe(1);
    expect(sigstore.counts.fulcio - before.fulcio).toBe(1);
    expect(r.outputs.bundles).toBe('dist/app.tar.gz.sigstore.json');

    const [entry, ...rest] = JSON.parse(r.outputs['image-bundles']) as Record<string, string>[];
    expect(rest).toEqual([]);
    expect(Object.keys(entry).sort()).toEqual(['bundle-digest', 'image', 'referrer-digest']);
    expect(entry.image).toBe(image);

    // Found where promote-image and verify-image look, with its bytes as cosign v3 writes them.
    const found = await listReferrers(client, 'team/app', digest, SIGSTORE_BUNDLE_V03);
    expect(found.source).toBe('tag');
    expect(found.descriptors.map((d) => d.digest)).toEqual([entry['referrer-digest']]);
    const manifest = await client.requireManifest('team/app', entry['referrer-digest']);
    expect(manifest.json.artifactType).toBe(SIGSTORE_BUNDLE_V03);
    expect(manifest.json.subject).toEqual({
      mediaType: OCI_INDEX,
      digest,
      size: (await client.requireManifest('team/app', digest)).bytes.length,
    });
    expect(manifest.json.layers).toEqual([
      { mediaType: SIGSTORE_BUNDLE_V03, digest: entry['bundle-digest'], size: expect.any(Number) },
    ]);
    expect(manifest.json.annotations).toEqual({
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': 'https://sigstore.dev/cosign/sign/v1',
    });
    const bundle = (await client.getBlob('team/app', entry['bundle-digest'])).toString();
    const trust = await loadTrust(sigstore.trustedRootPath);
    const verified = await verifySigstoreBundle(bundle, trust.material, {
      signer: { identity: sigstore.identity, issuer: GITHUB_ISSUER },
      payloadType: 'application/vnd.in-toto+json',
      artifact: { sha256: Buffer.from(digest.slice(7), 'hex') },
    });
    expect(verified.identity).toBe(r.outputs.identity);
    // The file's bundle and the image's bundle carry the same certificate.
    const fileBundle = JSON.parse(fs.readFileSync(path.join(ws, 'dist/app.tar.gz.sigstore.json'), 'utf8'));
    expect(JSON.parse(bundle).verificationMaterial.certificate).toEqual(
      fileBundle.verificationMaterial.certificate,
    );
    expect(r.summary).toContain(`| sign image: ${image} | ✅ pass | signed, verified and attached`);
    expect(r.outputs['verify-instructions']).toContain(
      `cosign verify --certificate-identity ${r.outputs.identity} --certificate-oidc-issuer ${GITHUB_ISSUER} ${image}`,
    );
    expect(r.outputs['verify-instructions']).toContain(
      'cosign verify-blob --bundle app.tar.gz.sigstore.json',
    );
    expect(visibleText(r)).not.toContain(CREDENTIALS.password);

    // A re-run: the signature is kept, nothing is signed, the index is unchanged (one entry).
    const index = await client.requireManifest('team/app', referrersTag(digest));
    const fulcio = sigstore.counts.fulcio;
    const again = await sign(ws, { files: 'dist/*', images: image });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.outputs['image-bundles'])).toEqual([entry]);
    expect(sigstore.counts.fulcio).toBe(fulcio);
    const after = await client.requireManifest('team/app', referrersTag(digest));
    expect(after.digest).toBe(index.digest);
    expect(after.json.manifests).toHaveLength(1);
    expect(again.summary).toContain('already attached and verifies; kept unchanged');
  });

  it('images alone (no files) are enough', async () => {
    const { digest } = await pushImage('team/solo', 'sign-images-2');
    const r = await sign(workspaceWith({}), { images: `${registry.host}/team/solo@${digest}` });
    expect(failureOf(r)).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs.bundles).toBe('');
    expect(JSON.parse(r.outputs['image-bundles'])).toHaveLength(1);
    expect(r.outputs['verify-instructions']).toContain('### Verifying the image signatures');
    expect(r.outputs['verify-instructions']).not.toContain('verify-blob');
  });

  it('a tag instead of a digest, or neither files nor images, is a configuration error; nothing requested', async () => {
    const before = { ...sigstore.counts };
    const tagged = await sign(workspaceWith({}), {
      images: `${registry.host}/team/app:1.0.0\n${registry.host}/team/app:1.0.0@sha256:${'a'.repeat(64)}`,
      'registry-password': '',
    });
    expect(tagged.code).toBe(1);
    const message = failureOf(tagged);
    expect(message).toContain('Configuration error');
    expect(message).toContain(`"${registry.host}/team/app:1.0.0" names a tag, not a digest`);
    expect(message).toContain('names a tag beside its digest');
    expect(message).toContain('REGISTRY/NAME@sha256:<64 lowercase hex>');
    // Every problem at once: the lone username too.
    expect(message).toContain("'registry-username' is set and 'registry-password' is not");
    expect(tagged.outputs['image-bundles']).toBe('[]');
    const none = await sign(workspaceWith({}), {});
    expect(failureOf(none)).toContain("Input 'files' is required unless 'images' is given");
    expect(sigstore.counts.oidc).toBe(before.oidc);
    expect(sigstore.counts.fulcio).toBe(before.fulcio);
  });

  it('an unknown digest fails its row and writes nothing; the other image is still signed', async () => {
    const { client, digest } = await pushImage('team/two', 'sign-images-3');
    const unknown = `sha256:${'1'.repeat(64)}`;
    const r = await sign(workspaceWith({}), {
      images: `${registry.host}/team/two@${unknown}\n${registry.host}/team/two@${digest}`,
    });
    expect(r.code).toBe(1);
    expect(failureOf(r)).toContain(
      'the registry has no manifest under this digest; nothing was signed or written',
    );
    expect(await client.getManifest('team/two', referrersTag(unknown))).toBeUndefined();
    expect(JSON.parse(r.outputs['image-bundles'])).toEqual([
      expect.objectContaining({ image: `${registry.host}/team/two@${digest}` }),
    ]);
  });

  it('a registry refusing the credentials names the inputs; nothing attached', async () => {
    const { client, digest } = await pushImage('team/closed', 'sign-images-4');
    const wrong = await sign(workspaceWith({}), {
      images: `${registry.host}/team/closed@${digest}`,
      'registry-username': 'ci',
      'registry-password': 'not-the-password',
    });
    expect(wrong.code).toBe(1);
    expect(failureOf(wrong)).toMatch(/the registry answered 401/);
    expect(wrong.stdout).toContain('`registry-username`, `registry-password`');
    expect(visibleText(wrong)).not.toContain('not-the-password');
    // A user the token server knows but who may not push this repository.
    const reader = await sign(workspaceWith({}), {
      images: `${registry.host}/team/closed@${digest}`,
      'registry-username': 'reader',
      'registry-password': 'r',
    });
    expect(reader.code).toBe(1);
    expect(failureOf(reader)).toMatch(/the registry answered 401/);
    expect(await client.getManifest('team/closed', referrersTag(digest))).toBeUndefined();
  });
});

describe('sigstore-sign images on the registry emulator (faults, referrers API)', () => {
  const emulator = useServer('emulator', () =>
    startOciRegistryEmulator({ referrersApi: true, auth: { users: { ci: 's3cret' } } }),
  );
  afterEach(() => emulator.faults.clear());

  async function pushTo(repository: string, seed: string) {
    const client = new OciClient({ registry: emulator.host, credentials: CREDENTIALS });
    const image = testImage(seed);
    for (const b of image.blobs) await client.pushBlob(repository, b.bytes);
    for (const m of image.manifests) await client.putManifest(repository, m.digest, m.bytes, m.mediaType);
    await client.putManifest(repository, image.index.digest, image.index.bytes, OCI_INDEX);
    return { client, digest: image.index.digest };
  }

  it('rides out an expired token and a 429 with Retry-After; attaches through the referrers API', async () => {
    const { client, digest } = await pushTo('octo/app', 'emu-sign-1');
    emulator.faults.add({ target: 'manifest', method: 'PUT', fault: { kind: 'expired-token' }, times: 1 });
    emulator.faults.add({
      target: 'blob',
      method: 'HEAD',
      fault: { kind: 'rate-limit', retryAfter: 1 },
      times: 1,
    });
    const r = await sign(workspaceWith({}), { images: `${emulator.host}/octo/app@${digest}` });
    expect(failureOf(r)).toBe('');
    expect(r.code).toBe(0);
    expect(emulator.faults.count('expired-token')).toBe(1);
    expect(emulator.faults.count('rate-limit')).toBe(1);
    const [entry] = JSON.parse(r.outputs['image-bundles']) as Record<string, string>[];
    const found = await listReferrers(client, 'octo/app', digest, SIGSTORE_BUNDLE_V03);
    expect(found.source).toBe('api');
    expect(found.descriptors.map((d) => d.digest)).toEqual([entry['referrer-digest']]);
  });

  it('a registry that lies about the digest it stored fails the image; nothing is reported attached', async () => {
    const { digest } = await pushTo('octo/lies', 'emu-sign-2');
    emulator.faults.add({ target: 'manifest', method: 'PUT', fault: { kind: 'lying-digest' } });
    const r = await sign(workspaceWith({}), { images: `${emulator.host}/octo/lies@${digest}` });
    expect(r.code).toBe(1);
    expect(failureOf(r)).toMatch(/writing the manifest/);
    expect(emulator.faults.count('lying-digest')).toBeGreaterThan(0);
    expect(r.outputs['image-bundles']).toBe('[]');
  });
});
