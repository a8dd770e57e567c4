/*
 * attest-provenance `images`, spawned as it ships, against the Sigstore and GitHub emulators and
 * the REAL registry (distribution 2.8, anonymous): files and two images attested with one
 * certificate, one statement each image, attached as referrers and stored with the attestations
 * API (listed for the image digest), a re-run that changes nothing, and an unknown digest.
 */
import { SIGSTORE_BUNDLE_V03 } from '../../src/core/oci/bundle-referrer.js';
import { OciClient } from '../../src/core/oci/client.js';
import { OCI_INDEX } from '../../src/core/oci/media-types.js';
import { listReferrers, referrersTag } from '../../src/core/oci/referrers.js';
import { loadTrust } from '../../src/core/sigstore/trust.js';
import { verifySigstoreBundle } from '../../src/core/sigstore/verify.js';
import { DEFAULT_TOKEN } from '../../src/emulator/github/index.js';
import { storedAttestations } from '../../src/emulator/github/routes/attestations.js';
import { runAction, type RunResult } from '../../src/emulator/runner.js';
import { GITHUB_ISSUER, startSigstore } from '../../src/emulator/sigstore/index.js';
import { useGitHub } from '../helpers/github.js';
import { testImage } from '../helpers/oci-layout.js';
import { startOciRegistry } from '../helpers/oci-registry.js';
import { useServer } from '../helpers/servers.js';
import { root, workspaceWith } from '../helpers/sigstore.js';

const REPO = 'octo-org/octo-repo';
const sigstore = useServer('sigstore', startSigstore);
const registry = useServer('registry', () => startOciRegistry());
const gh = useGitHub({
  setup: (g) => {
    g.state.addRepo(REPO);
  },
});

function attest(workspace: string, inputs: Record<string, string>): Promise<RunResult> {
  return runAction('attest-provenance', {
    root,
    workspace,
    repository: REPO,
    apiUrl: gh.url,
    serverUrl: 'https://github.com',
    inputs: {
      'fulcio-url': sigstore.fulcioURL,
      'rekor-url': sigstore.rekorURL,
      'tsa-url': sigstore.tsaURL,
      'trusted-root': sigstore.trustedRootPath,
      ...inputs,
    },
    env: { ...sigstore.runnerEnv(), SEALED_RELEASE_RETRY_MS: '1', SEALED_RELEASE_THROTTLE: 'false' },
    timeoutMs: 60_000,
  });
}

async function pushImage(repository: string, seed: string): Promise<string> {
  const client = new OciClient({ registry: registry.host });
  const image = testImage(seed);
  for (const b of image.blobs) await client.pushBlob(repository, b.bytes);
  for (const m of image.manifests) await client.putManifest(repository, m.digest, m.bytes, m.mediaType);
  await client.putManifest(repository, image.index.digest, image.index.bytes, OCI_INDEX);
  return image.index.digest;
}

const failureOf = (r: RunResult) => /^::error::(.*)$/m.exec(r.stdout)?.[1] ?? '';

describe('attest-provenance images', () => {
  it('attests files and two images with one certificate; each image its own stored, attached statement', async () => {
    const app = await pushImage('team/app', 'prov-1');
    const worker = await pushImage('team/worker', 'prov-2');
    const images = [`${registry.host}/team/app@${app}`, `${registry.host}/team/worker@${worker}`];
    const ws = workspaceWith({ 'dist/app.tar.gz': 'app\n' });
    const before = { ...sigstore.counts };
    const stored = storedAttestations(gh.state).length;
    const r = await attest(ws, { files: 'dist/*', images: images.join('\n') });
    expect(failureOf(r)).toBe('');
    expect(r.code).toBe(0);
    expect(sigstore.counts.fulcio - before.fulcio).toBe(1);
    const subjects = JSON.parse(r.outputs.subjects) as { name: string; digest: { sha256: string } }[];
    expect(subjects.map((s) => s.name)).toEqual([
      'app.tar.gz',
      `${registry.host}/team/app`,
      `${registry.host}/team/worker`,
    ]);
    expect(subjects[1].digest).toEqual({ sha256: app.slice(7) });
    // One attestation for the files' statement, one per image, in subject order.
    const ids = r.outputs['attestation-ids'].split('\n');
    expect(ids).toHaveLength(3);
    expect(storedAttestations(gh.state).length - stored).toBe(3);

    const client = new OciClient({ registry: registry.host });
    const trust = await loadTrust(sigstore.trustedRootPath);
    for (const [repository, digest] of [
      ['team/app', app],
      ['team/worker', worker],
    ]) {
      const found = await listReferrers(client, repository, digest, SIGSTORE_BUNDLE_V03);
      expect(found.descriptors).toHaveLength(1);
      expect(found.descriptors[0].annotations).toEqual({
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1',
      });
      const manifest = await client.requireManifest(repository, found.descriptors[0].digest);
      const layer = (manifest.json.layers as { digest: string }[])[0];
      const bundle = (await client.getBlob(repository, layer.digest)).toString();
      const verified = await verifySigstoreBundle(bundle, trust.material, {
        signer: { identity: sigstore.identity, issuer: GITHUB_ISSUER },
        payloadType: 'application/vnd.in-toto+json',
        artifact: { sha256: Buffer.from(digest.slice(7), 'hex') },
      });
      const statement = JSON.parse(verified.payload!.toString());
      expect(statement.subject).toEqual([
        { name: `${registry.host}/${repository}`, digest: { sha256: digest.slice(7) } },
      ]);
      expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
      expect(statement.predicate.runDetails.builder.id).toBe(sigstore.identity);
      // The same bundle is listed by the attestations API for the image digest.
      const response = await fetch(
        `${gh.url}/repos/${REPO}/attestations/${digest}?predicate_type=provenance`,
        {
          headers: { authorization: `Bearer ${DEFAULT_TOKEN}` },
        },
      );
      const listed = ((await response.json()) as { attestations: { bundle: unknown }[] }).attestations;
      expect(listed.map((a) => a.bundle)).toEqual([JSON.parse(bundle)]);
    }

    // A re-run in the same attempt: the images' statements are kept; only the files' is signed again.
    const index = await client.requireManifest('team/app', referrersTag(app));
    const again = await attest(ws, { files: 'dist/*', images: images.join('\n') });
    expect(again.code).toBe(0);
    expect(again.outputs['attestation-ids'].split('\n')).toHaveLength(1);
    expect((await client.requireManifest('team/app', referrersTag(app))).digest).toBe(index.digest);
    expect(again.summary).toContain('kept unchanged');
  });

  it('images alone with attestations-api: false attach and store nothing; an unknown digest writes nothing', async () => {
    const digest = await pushImage('team/solo', 'prov-3');
    const stored = storedAttestations(gh.state).length;
    const r = await attest(workspaceWith({}), {
      images: `${registry.host}/team/solo@${digest}`,
      'attestations-api': 'false',
    });
    expect(failureOf(r)).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs['bundle-path']).toBe('');
    expect(r.outputs['attestation-ids']).toBe('');
    expect(storedAttestations(gh.state)).toHaveLength(stored);
    expect(JSON.parse(r.outputs.subjects)).toEqual([
      { name: `${registry.host}/team/solo`, digest: { sha256: digest.slice(7) } },
    ]);

    const unknown = `sha256:${'2'.repeat(64)}`;
    const missing = await attest(workspaceWith({}), { images: `${registry.host}/team/solo@${unknown}` });
    expect(missing.code).toBe(1);
    expect(failureOf(missing)).toContain('the registry has no manifest under this digest');
    expect(storedAttestations(gh.state)).toHaveLength(stored);
    expect(
      await new OciClient({ registry: registry.host }).getManifest('team/solo', referrersTag(unknown)),
    ).toBeUndefined();
  });
});
