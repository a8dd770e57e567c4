/*
 * attestImage beside an independent writer, on the REAL registry with token auth: @sigstore/oci
 * 0.7.2 (what actions/attest pushes with) and our client update the same `sha256-<hex>` tag index
 * without losing each other's entry, and a statement @sigstore/oci already attached (with its
 * `org.opencontainers.image.created` annotation) is found and kept by a re-run of ours.
 */
import { attachArtifactToImage } from '@sigstore/oci';
import { attestImage, COSIGN_SIGN_PREDICATE, imageStatement } from '../../../src/core/image/attest-image.js';
import { parseImageDigest } from '../../../src/core/image/attest-inputs.js';
import { SIGSTORE_BUNDLE_V03 } from '../../../src/core/oci/bundle-referrer.js';
import { OciClient } from '../../../src/core/oci/client.js';
import { OCI_INDEX } from '../../../src/core/oci/media-types.js';
import { listReferrers, referrersTag } from '../../../src/core/oci/referrers.js';
import { SigningSession, staticIdentityProvider } from '../../../src/core/sigstore/index.js';
import { loadTrust } from '../../../src/core/sigstore/trust.js';
import { GITHUB_ISSUER, startSigstore } from '../../../src/emulator/sigstore/index.js';
import { testImage } from '../../helpers/oci-layout.js';
import { startOciRegistry } from '../../helpers/oci-registry.js';
import { useServer } from '../../helpers/servers.js';

const CREDENTIALS = { username: 'ci', password: 'pw' };
const sigstore = useServer('sigstore', startSigstore);
const registry = useServer('registry', () =>
  startOciRegistry({ users: { ci: CREDENTIALS.password }, grants: { ci: ['*'] } }),
);

it('shares the tag index with @sigstore/oci, and keeps a statement it attached', async () => {
  const client = new OciClient({ registry: registry.host, credentials: CREDENTIALS });
  const image = testImage('interop');
  for (const b of image.blobs) await client.pushBlob('team/app', b.bytes);
  for (const m of image.manifests) await client.putManifest('team/app', m.digest, m.bytes, m.mediaType);
  await client.putManifest('team/app', image.index.digest, image.index.bytes, OCI_INDEX);
  const digest = image.index.digest;
  const reference = parseImageDigest('images', `${registry.host}/team/app@${digest}`);

  const session = new SigningSession(
    { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL },
    staticIdentityProvider(sigstore.issueToken()),
  );
  let signed = 0;
  const clients = {
    registry: client,
    signDsse: (payload: Buffer, type: string) => {
      signed++;
      return session.signDsse(payload, type);
    },
    trust: () => loadTrust(sigstore.trustedRootPath),
  };
  const signer = { identity: sigstore.identity, issuer: GITHUB_ISSUER };

  // Ours first, then @sigstore/oci writes an SBOM statement of ours (signed by the same session)
  // the way actions/attest pushes it.
  const ours = await attestImage(reference, { type: COSIGN_SIGN_PREDICATE, predicate: {} }, signer, clients, {
    settleMs: 1,
  });
  const sbom = {
    type: 'https://cyclonedx.org/bom',
    predicate: { bomFormat: 'CycloneDX', specVersion: '1.6' },
  };
  const theirBundle = await session.signDsse(
    Buffer.from(JSON.stringify(imageStatement(reference, sbom))),
    'application/vnd.in-toto+json',
  );
  const theirs = await attachArtifactToImage({
    credentials: CREDENTIALS,
    imageName: `${registry.host}/team/app`,
    imageDigest: digest,
    artifact: Buffer.from(JSON.stringify(theirBundle)),
    mediaType: SIGSTORE_BUNDLE_V03,
    annotations: {
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': sbom.type,
    },
  });
  const found = await listReferrers(client, 'team/app', digest, SIGSTORE_BUNDLE_V03);
  expect(found.descriptors.map((d) => d.digest).sort()).toEqual([ours.referrerDigest, theirs.digest].sort());
  const theirEntry = found.descriptors.find((d) => d.digest === theirs.digest)!;
  expect(theirEntry.annotations?.['org.opencontainers.image.created']).toMatch(/^\d{4}-/);

  // A run of ours for the same statement finds theirs and keeps it: nothing signed or written.
  const index = await client.requireManifest('team/app', referrersTag(digest));
  signed = 0;
  const again = await attestImage(reference, sbom, signer, clients, { settleMs: 1 });
  expect(again).toMatchObject({ state: 'kept', referrerDigest: theirs.digest });
  expect(signed).toBe(0);
  expect((await client.requireManifest('team/app', referrersTag(digest))).digest).toBe(index.digest);

  // Another statement of the same type (another SBOM) is not "kept": it is attached beside.
  const other = await attestImage(
    reference,
    { type: sbom.type, predicate: { ...sbom.predicate, version: 2 } },
    signer,
    clients,
    { settleMs: 1 },
  );
  expect(other.state).toBe('attached');
  expect(signed).toBe(1);
  expect((await listReferrers(client, 'team/app', digest)).descriptors).toHaveLength(3);
}, 30_000);
