/*
 * sbom-attach `image`, spawned as it ships, against the Sigstore and GitHub emulators and the REAL
 * registry (distribution 2.8 with token auth): the validated SBOM attested to the image digest
 * (CycloneDX and SPDX predicate types, the SBOM as predicate), found as a referrer, verified for
 * the exact identity; with `tag` too it also reaches the draft release; an SBOM the judge refuses
 * is never signed or attached; a re-run changes nothing.
 */
import { createHash } from 'node:crypto';
import * as CDX from '@cyclonedx/cyclonedx-library';
import { SIGSTORE_BUNDLE_V03 } from '../../src/core/oci/bundle-referrer.js';
import { OciClient } from '../../src/core/oci/client.js';
import { OCI_INDEX } from '../../src/core/oci/media-types.js';
import { listReferrers, referrersTag } from '../../src/core/oci/referrers.js';
import { loadTrust } from '../../src/core/sigstore/trust.js';
import { verifySigstoreBundle } from '../../src/core/sigstore/verify.js';
import { storedAttestations } from '../../src/emulator/github/routes/attestations.js';
import { DEFAULT_TOKEN } from '../../src/emulator/github/index.js';
import { runAction, visibleText, type RunResult } from '../../src/emulator/runner.js';
import { GITHUB_ISSUER, startSigstore } from '../../src/emulator/sigstore/index.js';
import { useGitHub } from '../helpers/github.js';
import { testImage } from '../helpers/oci-layout.js';
import { startOciRegistry } from '../helpers/oci-registry.js';
import { useServer } from '../helpers/servers.js';
import { root, workspaceWith } from '../helpers/sigstore.js';

const REPO = 'octo-org/octo-repo';
const CREDENTIALS = { username: 'ci', password: 'registry-s3cret' };
const sigstore = useServer('sigstore', startSigstore);
const registry = useServer('registry', () =>
  startOciRegistry({ users: { ci: CREDENTIALS.password }, grants: { ci: ['*'] } }),
);
const READ_ONLY = 'ghs_noAttestationsWrite00000000000000000000';
const gh = useGitHub({
  setup: (g) => {
    g.state.addRepo(REPO);
    g.state.addToken(READ_ONLY, { contents: 'write' }, 403);
    const commit = g.state.commit(REPO, { message: 'release commit' });
    g.state.annotatedTag(REPO, 'v1.2.3', commit);
  },
});

function cyclonedx(components: number): string {
  const b = new CDX.Models.Bom();
  for (let i = 0; i < components; i++)
    b.components.add(
      new CDX.Models.Component(CDX.Enums.ComponentType.Library, `lib-${i}`, { version: '1.0.0' }),
    );
  return new CDX.Serialize.JsonSerializer(
    new CDX.Serialize.JSON.Normalize.Factory(CDX.Spec.Spec1dot6),
  ).serialize(b);
}

const SPDX = JSON.stringify({
  spdxVersion: 'SPDX-2.3',
  dataLicense: 'CC0-1.0',
  SPDXID: 'SPDXRef-DOCUMENT',
  name: 'octo-app',
  documentNamespace: 'https://example.com/spdx/octo-app-2.0.0',
  creationInfo: { created: '2026-12-01T10:00:00Z', creators: ['Tool: syft-1.18.0'] },
  documentDescribes: ['SPDXRef-Package-octo-app'],
  packages: [
    {
      SPDXID: 'SPDXRef-Package-octo-app',
      name: 'octo-app',
      versionInfo: '2.0.0',
      downloadLocation: 'NOASSERTION',
    },
    {
      SPDXID: 'SPDXRef-Package-semver',
      name: 'semver',
      versionInfo: '7.6.0',
      downloadLocation: 'NOASSERTION',
    },
  ],
  relationships: [
    {
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: 'SPDXRef-Package-octo-app',
    },
  ],
});

function attach(
  files: Record<string, string>,
  inputs: Record<string, string>,
  options: { token?: string } = {},
): Promise<RunResult> {
  return runAction('sbom-attach', {
    root,
    workspace: workspaceWith(files),
    repository: REPO,
    apiUrl: gh.url,
    serverUrl: 'https://github.com',
    ref: 'refs/heads/main',
    token: options.token,
    inputs: {
      'fulcio-url': sigstore.fulcioURL,
      'rekor-url': sigstore.rekorURL,
      'tsa-url': sigstore.tsaURL,
      'trusted-root': sigstore.trustedRootPath,
      'registry-username': CREDENTIALS.username,
      'registry-password': CREDENTIALS.password,
      ...inputs,
    },
    env: { ...sigstore.runnerEnv(), SEALED_RELEASE_RETRY_MS: '1', SEALED_RELEASE_THROTTLE: 'false' },
    timeoutMs: 60_000,
  });
}

async function pushImage(repository: string, seed: string): Promise<{ client: OciClient; digest: string }> {
  const client = new OciClient({ registry: registry.host, credentials: CREDENTIALS });
  const image = testImage(seed);
  for (const b of image.blobs) await client.pushBlob(repository, b.bytes);
  for (const m of image.manifests) await client.putManifest(repository, m.digest, m.bytes, m.mediaType);
  await client.putManifest(repository, image.index.digest, image.index.bytes, OCI_INDEX);
  return { client, digest: image.index.digest };
}

/** The one SBOM attestation of the digest: its referrer annotations and verified statement. */
async function attestationOf(client: OciClient, repository: string, digest: string) {
  const found = await listReferrers(client, repository, digest, SIGSTORE_BUNDLE_V03);
  expect(found.descriptors).toHaveLength(1);
  const manifest = await client.requireManifest(repository, found.descriptors[0].digest);
  const layer = (manifest.json.layers as { digest: string }[])[0];
  const bundle = (await client.getBlob(repository, layer.digest)).toString();
  const verified = await verifySigstoreBundle(bundle, (await loadTrust(sigstore.trustedRootPath)).material, {
    signer: { identity: sigstore.identity, issuer: GITHUB_ISSUER },
    payloadType: 'application/vnd.in-toto+json',
    artifact: { sha256: Buffer.from(digest.slice(7), 'hex') },
  });
  return {
    referrer: found.descriptors[0].digest,
    annotations: manifest.json.annotations,
    statement: JSON.parse(verified.payload!.toString()) as Record<string, unknown>,
  };
}

const failureOf = (r: RunResult) => /^::error::(.*)$/m.exec(r.stdout)?.[1] ?? '';

describe('sbom-attach image', () => {
  it('attests a CycloneDX SBOM to the digest without a release; a re-run keeps it', async () => {
    const { client, digest } = await pushImage('team/app', 'sbom-1');
    const sbom = cyclonedx(3);
    const image = `${registry.host}/team/app@${digest}`;
    const r = await attach({ 'sbom.cdx.json': sbom }, { sbom: 'sbom.cdx.json', image });
    expect(failureOf(r)).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({
      format: 'cyclonedx',
      components: '3',
      uploaded: 'false',
      'asset-id': '',
    });
    const [entry] = JSON.parse(r.outputs['image-bundles']) as Record<string, string>[];
    expect(entry.image).toBe(image);
    const a = await attestationOf(client, 'team/app', digest);
    expect(a.referrer).toBe(entry['referrer-digest']);
    expect(a.annotations).toEqual({
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': 'https://cyclonedx.org/bom',
    });
    expect(a.statement).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: `${registry.host}/team/app`, digest: { sha256: digest.slice(7) } }],
      predicateType: 'https://cyclonedx.org/bom',
      predicate: JSON.parse(sbom),
    });
    expect(gh.state.repo(REPO).releases).toEqual([]);
    expect(visibleText(r)).not.toContain(CREDENTIALS.password);

    const index = await client.requireManifest('team/app', referrersTag(digest));
    const fulcio = sigstore.counts.fulcio;
    const again = await attach({ 'sbom.cdx.json': sbom }, { sbom: 'sbom.cdx.json', image });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.outputs['image-bundles'])).toEqual([entry]);
    expect(sigstore.counts.fulcio).toBe(fulcio);
    expect((await client.requireManifest('team/app', referrersTag(digest))).digest).toBe(index.digest);
  });

  it("attests an SPDX SBOM with its own version's predicate type, and with tag it reaches the release too", async () => {
    const { client, digest } = await pushImage('team/spdx', 'sbom-2');
    const r = await attach(
      { 'app.spdx.json': SPDX },
      { sbom: 'app.spdx.json', image: `${registry.host}/team/spdx@${digest}`, tag: 'v1.2.3' },
    );
    expect(failureOf(r)).toBe('');
    expect(r.code).toBe(0);
    const a = await attestationOf(client, 'team/spdx', digest);
    expect(a.statement.predicateType).toBe('https://spdx.dev/Document/v2.3');
    expect(a.statement.predicate).toEqual(JSON.parse(SPDX));
    expect(r.outputs.uploaded).toBe('true');
    const [release] = gh.state.repo(REPO).releases;
    expect(release.assets.map((x) => x.name)).toEqual(['app.spdx.json']);
  });

  it('an SBOM the judge refuses is never signed or attached; a tag is a configuration error', async () => {
    const { client, digest } = await pushImage('team/thin', 'sbom-3');
    const before = { ...sigstore.counts };
    const thin = await attach(
      { 'sbom.cdx.json': cyclonedx(0) },
      { sbom: 'sbom.cdx.json', image: `${registry.host}/team/thin@${digest}` },
    );
    expect(thin.code).toBe(1);
    expect(thin.stdout).toMatch(/components: the SBOM lists no component/);
    expect(sigstore.counts.oidc).toBe(before.oidc);
    expect(sigstore.counts.fulcio).toBe(before.fulcio);
    expect(await client.getManifest('team/thin', referrersTag(digest))).toBeUndefined();
    expect(thin.outputs['image-bundles']).toBe('[]');

    const tagged = await attach(
      { 'sbom.cdx.json': cyclonedx(2) },
      { sbom: 'sbom.cdx.json', image: `${registry.host}/team/thin:1.0.0` },
    );
    expect(tagged.code).toBe(1);
    expect(failureOf(tagged)).toContain('names a tag, not a digest');
    expect(sigstore.counts.oidc).toBe(before.oidc);
  });

  it('without id-token: write the known failure names the permission; nothing attached', async () => {
    const { client, digest } = await pushImage('team/noperm', 'sbom-4');
    const env = { ...sigstore.runnerEnv() };
    const r = await runAction('sbom-attach', {
      root,
      workspace: workspaceWith({ 'sbom.cdx.json': cyclonedx(2) }),
      repository: REPO,
      apiUrl: gh.url,
      serverUrl: 'https://github.com',
      ref: 'refs/heads/main',
      inputs: {
        sbom: 'sbom.cdx.json',
        image: `${registry.host}/team/noperm@${digest}`,
        'registry-username': CREDENTIALS.username,
        'registry-password': CREDENTIALS.password,
        'trusted-root': sigstore.trustedRootPath,
      },
      env: {
        ...Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('ACTIONS_ID_TOKEN'))),
        SEALED_RELEASE_RETRY_MS: '1',
      },
      timeoutMs: 60_000,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('id-token: write');
    expect(r.stdout).not.toMatch(/Internal error/);
    expect(await client.getManifest('team/noperm', referrersTag(digest))).toBeUndefined();
  });

  it('attest-subjects: one statement over the files, verified and stored; listed for each file', async () => {
    const sbom = cyclonedx(2);
    const before = storedAttestations(gh.state).length;
    const r = await attach(
      { 'sbom.cdx.json': sbom, 'dist/app.tar.gz': 'app\n', 'dist/app.zip': 'zip\n' },
      { sbom: 'sbom.cdx.json', 'attest-subjects': 'dist/*' },
    );
    expect(failureOf(r)).toBe('');
    expect(r.code).toBe(0);
    const stored = storedAttestations(gh.state);
    expect(stored.length - before).toBe(1);
    expect(r.outputs['attestation-ids']).toBe(String(stored[stored.length - 1].id));
    expect(r.outputs['attestation-urls']).toBe(
      `https://github.com/${REPO}/attestations/${r.outputs['attestation-ids']}`,
    );
    const sha = (t: string) => sha256Hex(t);
    for (const [name, body] of [
      ['app.tar.gz', 'app\n'],
      ['app.zip', 'zip\n'],
    ]) {
      const response = await fetch(
        `${gh.url}/repos/${REPO}/attestations/sha256:${sha(body)}?predicate_type=sbom`,
        {
          headers: { authorization: `Bearer ${DEFAULT_TOKEN}` },
        },
      );
      const listed = ((await response.json()) as { attestations: { bundle: unknown }[] }).attestations;
      expect(listed).toHaveLength(1);
      const verified = await verifySigstoreBundle(
        JSON.stringify(listed[0].bundle),
        (await loadTrust(sigstore.trustedRootPath)).material,
        {
          signer: { identity: sigstore.identity, issuer: GITHUB_ISSUER },
          payloadType: 'application/vnd.in-toto+json',
          artifact: { sha256: Buffer.from(sha(body), 'hex') },
        },
      );
      const statement = JSON.parse(verified.payload!.toString());
      expect(statement.subject).toContainEqual({ name, digest: { sha256: sha(body) } });
      expect(statement.predicateType).toBe('https://cyclonedx.org/bom');
      expect(statement.predicate).toEqual(JSON.parse(sbom));
    }
    expect(gh.state.repo(REPO).releases.filter((x) => x.tagName === 'v9.9.9')).toEqual([]);
  });

  it('attest-subjects: a certificate for another identity is refused; nothing is stored', async () => {
    const before = storedAttestations(gh.state).length;
    sigstore.lieFulcio({ san: (san) => `${san}-other` });
    try {
      const r = await attach(
        { 'sbom.cdx.json': cyclonedx(2), 'dist/app.tar.gz': 'app\n' },
        { sbom: 'sbom.cdx.json', 'attest-subjects': 'dist/*' },
      );
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/UNTRUSTED_SIGNER_ERROR/);
    } finally {
      sigstore.lieFulcio(undefined);
    }
    expect(storedAttestations(gh.state)).toHaveLength(before);
  });

  it('attest-subjects without attestations: write names the permission', async () => {
    const r = await attach(
      { 'sbom.cdx.json': cyclonedx(2), 'dist/app.tar.gz': 'app\n' },
      { sbom: 'sbom.cdx.json', 'attest-subjects': 'dist/*' },
      { token: READ_ONLY },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('attestations: write');
    expect(r.stdout).not.toMatch(/Internal error/);
  });
});

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
