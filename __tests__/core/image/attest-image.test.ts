/*
 * core/image/attest-image.ts in-process: a digest signed and attached as a referrer on the REAL
 * registry (distribution 2.8: the fallback tag index), kept on a re-run, and each way it must say
 * no (an unknown digest, a certificate for someone else, a bundle over another statement, a
 * registry that lies), with nothing written in each; then the emulator's referrers API and its
 * faults (an expired token, 429 with Retry-After, a lying digest, GHCR's packages: write).
 */
import {
  attestImage,
  COSIGN_SIGN_PREDICATE,
  ImageAttestationError,
  type AttestImageClients,
} from '../../../src/core/image/attest-image.js';
import { parseImageDigest } from '../../../src/core/image/attest-inputs.js';
import { explainRegistryRefusal, registryClients } from '../../../src/core/image/credentials.js';
import { SIGSTORE_BUNDLE_V03 } from '../../../src/core/oci/bundle-referrer.js';
import { OciClient } from '../../../src/core/oci/client.js';
import { OCI_INDEX } from '../../../src/core/oci/media-types.js';
import { listReferrers, referrersTag } from '../../../src/core/oci/referrers.js';
import { SigningSession, staticIdentityProvider } from '../../../src/core/sigstore/index.js';
import { loadTrust } from '../../../src/core/sigstore/trust.js';
import { verifySigstoreBundle } from '../../../src/core/sigstore/verify.js';
import { startOciRegistryEmulator } from '../../../src/emulator/oci-registry/index.js';
import { GITHUB_ISSUER, startSigstore } from '../../../src/emulator/sigstore/index.js';
import { testImage } from '../../helpers/oci-layout.js';
import { startOciRegistry } from '../../helpers/oci-registry.js';
import { useServer } from '../../helpers/servers.js';

const sigstore = useServer('sigstore', startSigstore);
const registry = useServer('registry', () => startOciRegistry());

const SIGN = { type: COSIGN_SIGN_PREDICATE, predicate: {} };

/** Pushes a fresh two-platform image; returns its index digest. */
async function pushImage(client: OciClient, repository: string, seed: string): Promise<string> {
  const image = testImage(seed);
  for (const b of image.blobs) await client.pushBlob(repository, b.bytes);
  for (const m of image.manifests) await client.putManifest(repository, m.digest, m.bytes, m.mediaType);
  await client.putManifest(repository, image.index.digest, image.index.bytes, OCI_INDEX);
  return image.index.digest;
}

function signing(registryClient: OciClient) {
  const session = new SigningSession(
    { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL },
    staticIdentityProvider(sigstore.issueToken()),
  );
  const calls = { sign: 0 };
  const clients: AttestImageClients = {
    registry: registryClient,
    signDsse: (payload, type) => {
      calls.sign++;
      return session.signDsse(payload, type);
    },
    trust: () => loadTrust(sigstore.trustedRootPath),
  };
  return { session, clients, calls };
}

const signer = () => ({ identity: sigstore.identity, issuer: GITHUB_ISSUER });
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error & { code?: string; fix?: string },
  );

afterEach(() => sigstore.lieFulcio(undefined));

describe('attestImage on the real registry (no referrers API)', () => {
  it('signs the digest, attaches the bundle in the cosign v3 layout, and a re-run keeps it', async () => {
    const client = new OciClient({ registry: registry.host });
    const digest = await pushImage(client, 'team/app', 'attest-1');
    const image = parseImageDigest('images', `${registry.host}/team/app@${digest}`);
    const { clients, calls } = signing(client);
    const first = await attestImage(image, SIGN, signer(), clients, { settleMs: 1 });
    expect(first).toMatchObject({
      image: `${registry.host}/team/app@${digest}`,
      via: 'tag',
      state: 'attached',
      identity: sigstore.identity,
    });
    expect(calls.sign).toBe(1);

    // The referrer manifest, byte for byte what cosign v3 / actions/attest write (no created).
    const manifest = await client.requireManifest('team/app', first.referrerDigest);
    const index = await client.requireManifest('team/app', digest);
    expect(manifest.json).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: SIGSTORE_BUNDLE_V03,
      config: {
        mediaType: 'application/vnd.oci.empty.v1+json',
        digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
        size: 2,
      },
      layers: [{ mediaType: SIGSTORE_BUNDLE_V03, digest: first.bundleDigest, size: expect.any(Number) }],
      subject: { mediaType: OCI_INDEX, digest, size: index.bytes.length },
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE,
      },
    });

    // The bundle in the layer verifies for exactly the job's identity, over the statement whose
    // one subject is the image's name and digest, with cosign's empty predicate.
    const bundle = await client.getBlob('team/app', first.bundleDigest);
    const verified = await verifySigstoreBundle(
      bundle.toString(),
      (await loadTrust(sigstore.trustedRootPath)).material,
      {
        signer: signer(),
        payloadType: 'application/vnd.in-toto+json',
        artifact: { sha256: Buffer.from(digest.slice(7), 'hex') },
      },
    );
    expect(verified.identity).toBe(sigstore.identity);
    expect(JSON.parse(verified.payload!.toString())).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: `${registry.host}/team/app`, digest: { sha256: digest.slice(7) } }],
      predicateType: COSIGN_SIGN_PREDICATE,
      predicate: {},
    });
    // Another identity does not verify it (the check can say no).
    await expect(
      verifySigstoreBundle(bundle.toString(), (await loadTrust(sigstore.trustedRootPath)).material, {
        signer: { identity: `${sigstore.identity}x`, issuer: GITHUB_ISSUER },
        payloadType: 'application/vnd.in-toto+json',
      }),
    ).rejects.toThrow(/UNTRUSTED_SIGNER_ERROR/);

    // listReferrers (what promote-image and verify-image read) finds it.
    const found = await listReferrers(client, 'team/app', digest, SIGSTORE_BUNDLE_V03);
    expect(found.source).toBe('tag');
    expect(found.descriptors.map((d) => d.digest)).toEqual([first.referrerDigest]);

    // A re-run: kept, nothing signed, the index unchanged and holding the referrer once.
    const tagIndex = await client.requireManifest('team/app', referrersTag(digest));
    const again = await attestImage(image, SIGN, signer(), clients, { settleMs: 1 });
    expect(again).toMatchObject({
      state: 'kept',
      referrerDigest: first.referrerDigest,
      bundleDigest: first.bundleDigest,
    });
    expect(calls.sign).toBe(1);
    const after = await client.requireManifest('team/app', referrersTag(digest));
    expect(after.digest).toBe(tagIndex.digest);
    expect((after.json.manifests as unknown[]).length).toBe(1);

    // Another predicate for the same digest is a second referrer, not a "kept" signature.
    const sbom = await attestImage(
      image,
      { type: 'https://cyclonedx.org/bom', predicate: { bomFormat: 'CycloneDX' } },
      signer(),
      clients,
      { settleMs: 1 },
    );
    expect(sbom.state).toBe('attached');
    expect((await listReferrers(client, 'team/app', digest)).descriptors).toHaveLength(2);
  });

  it('an unknown digest: nothing signed, nothing written', async () => {
    const client = new OciClient({ registry: registry.host });
    const digest = `sha256:${'0'.repeat(64)}`;
    const { clients, calls } = signing(client);
    const error = await errorOf(
      attestImage(
        parseImageDigest('images', `${registry.host}/team/none@${digest}`),
        SIGN,
        signer(),
        clients,
      ),
    );
    expect(error).toBeInstanceOf(ImageAttestationError);
    expect(error?.code).toBe('UNKNOWN_DIGEST');
    expect(error?.message).toContain('nothing was signed or written');
    expect(calls.sign).toBe(0);
    expect(await client.getManifest('team/none', referrersTag(digest))).toBeUndefined();
  });

  it('a certificate for another identity, or a bundle over another statement: nothing attached', async () => {
    const client = new OciClient({ registry: registry.host });
    const digest = await pushImage(client, 'team/lies', 'attest-lies');
    const image = parseImageDigest('images', `${registry.host}/team/lies@${digest}`);
    sigstore.lieFulcio({ san: (san) => `${san}.evil` });
    const lied = signing(client);
    await expect(attestImage(image, SIGN, signer(), lied.clients, { settleMs: 1 })).rejects.toThrow(
      /UNTRUSTED_SIGNER_ERROR/,
    );
    sigstore.lieFulcio(undefined);
    const other = signing(client);
    other.clients.signDsse = (payload, type) =>
      other.session.signDsse(
        Buffer.from(payload.toString().replace('"predicate":{}', '"predicate":{"x":1}')),
        type,
      );
    const error = await errorOf(attestImage(image, SIGN, signer(), other.clients, { settleMs: 1 }));
    expect(error?.code).toBe('STATEMENT_MISMATCH');
    expect(await client.getManifest('team/lies', referrersTag(digest))).toBeUndefined();
  });
});

describe('attestImage on the registry emulator', () => {
  const emulator = useServer('emulator', () =>
    startOciRegistryEmulator({ referrersApi: true, auth: { users: { octocat: 'pw' } } }),
  );
  afterEach(() => emulator.faults.clear());

  const clientsFor = (given: { username?: string; password?: string }, github = {}) =>
    registryClients(given, github, { baseUrls: { 'ghcr.io': emulator.url } });

  it('attaches through the referrers API, through an expired token and a 429 with Retry-After', async () => {
    const client = clientsFor({ username: 'octocat', password: 'pw' }).client(emulator.host);
    const digest = await pushImage(client, 'octo/app', 'emu-1');
    emulator.faults.add({ target: 'manifest', method: 'PUT', fault: { kind: 'expired-token' }, times: 1 });
    emulator.faults.add({ target: 'referrers', fault: { kind: 'rate-limit', retryAfter: 1 }, times: 1 });
    const { clients } = signing(client);
    const image = parseImageDigest('images', `${emulator.host}/octo/app@${digest}`);
    const attached = await attestImage(image, SIGN, signer(), clients, { settleMs: 1 });
    expect(attached).toMatchObject({ via: 'api', state: 'attached' });
    expect(emulator.faults.count('expired-token')).toBe(1);
    expect(emulator.faults.count('rate-limit')).toBe(1);
    const found = await listReferrers(client, 'octo/app', digest, SIGSTORE_BUNDLE_V03);
    expect(found).toMatchObject({ source: 'api' });
    expect(found.descriptors.map((d) => d.digest)).toEqual([attached.referrerDigest]);
    // No fallback index where the registry tracks subjects itself.
    expect(await client.getManifest('octo/app', referrersTag(digest))).toBeUndefined();
    const again = await attestImage(image, SIGN, signer(), clients, { settleMs: 1 });
    expect(again).toMatchObject({ state: 'kept', via: 'api', referrerDigest: attached.referrerDigest });
  }, 30_000);

  it('a registry that serves other bytes for the digest, or names another digest for a write, stops it', async () => {
    const client = clientsFor({ username: 'octocat', password: 'pw' }).client(emulator.host);
    const digest = await pushImage(client, 'octo/lying', 'emu-lies');
    const image = parseImageDigest('images', `${emulator.host}/octo/lying@${digest}`);
    const { clients, calls } = signing(client);
    emulator.faults.add({ target: 'manifest', method: 'GET', fault: { kind: 'wrong-body' }, times: 1 });
    const wrong = await errorOf(attestImage(image, SIGN, signer(), clients, { settleMs: 1 }));
    expect(wrong?.code).toBe('DIGEST_MISMATCH');
    expect(calls.sign).toBe(0);
    emulator.faults.add({ target: 'manifest', method: 'PUT', fault: { kind: 'lying-digest' } });
    const lying = await errorOf(attestImage(image, SIGN, signer(), clients, { settleMs: 1 }));
    expect(lying?.code).toBe('DIGEST_MISMATCH');
    // The run fails: what the registry says it stored is not what was sent.
    expect(lying?.message).toMatch(/writing the manifest/);
    expect(emulator.faults.count('lying-digest')).toBeGreaterThan(0);
  }, 30_000);

  it("ghcr.io refusing the job's token names packages: write; given credentials are named", async () => {
    const writer = clientsFor({ username: 'octocat', password: 'pw' }).client(emulator.host);
    const digest = await pushImage(writer, 'octo/ghcr', 'emu-ghcr');
    const github = clientsFor({}, { actor: 'octocat', token: 'ghs_notAllowed' });
    expect(github.source('ghcr.io')).toBe('github-token');
    const image = parseImageDigest('images', `ghcr.io/octo/ghcr@${digest}`);
    const { clients } = signing(github.client('ghcr.io'));
    const refused = await errorOf(attestImage(image, SIGN, signer(), clients, { settleMs: 1 }));
    expect(refused?.code).toBe('REGISTRY_AUTH');
    const explained = explainRegistryRefusal(refused, 'ghcr.io', 'github-token') as Error & {
      code: string;
      fix: string;
    };
    expect(explained.code).toBe('PACKAGES_WRITE_PERMISSION');
    expect(explained.fix).toContain('packages: write');
    // With the inputs: the refusal names them, not packages: write.
    const given = clientsFor({ username: 'octocat', password: 'wrong' });
    const wrong = await errorOf(
      attestImage(parseImageDigest('images', `${emulator.host}/octo/ghcr@${digest}`), SIGN, signer(), {
        ...clients,
        registry: given.client(emulator.host),
      }),
    );
    const named = explainRegistryRefusal(wrong, emulator.host, given.source(emulator.host)) as Error & {
      code: string;
      fix: string;
    };
    expect(named.code).toBe('REGISTRY_AUTH');
    expect(named.fix).toContain('`registry-username`');
    expect(named.fix).not.toContain('packages: write');
  }, 30_000);
});
