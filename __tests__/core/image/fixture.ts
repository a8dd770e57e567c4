/*
 * Evidence for the image tests: in-toto statements about an image digest, signed by the Sigstore
 * emulator through the core's SigningSession (one session per signing identity), attached with
 * the core's attachBundle, and the predicates each kind carries.
 */
import { TrustedRoot } from '@sigstore/protobuf-specs';
import type { TrustMaterial } from '@sigstore/verify';
import { Report } from '../../../src/core/action/report.js';
import type { EvidencePolicy } from '../../../src/core/image/evidence.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../../../src/core/intoto.js';
import { attachBundle } from '../../../src/core/oci/bundle-referrer.js';
import type { OciClient } from '../../../src/core/oci/client.js';
import { OCI_INDEX } from '../../../src/core/oci/media-types.js';
import { staticIdentityProvider } from '../../../src/core/sigstore/oidc.js';
import { SigningSession } from '../../../src/core/sigstore/sign.js';
import { trustOf } from '../../../src/core/sigstore/trust.js';
import { GITHUB_ISSUER, type SigstoreEmulator } from '../../../src/emulator/sigstore/index.js';
import { type TestImage, testImage } from '../../helpers/oci-layout.js';

export const REPO = 'octo-org/octo-repo';
export const COMMIT = '0123456789abcdef0123456789abcdef01234567';
export const SIGN = 'https://sigstore.dev/cosign/sign/v1';
export const SLSA = 'https://slsa.dev/provenance/v1';
export const SPDX = 'https://spdx.dev/Document/v2.3';

/** The emulator's trust material. */
export function emulatorTrust(sigstore: SigstoreEmulator): TrustMaterial {
  return trustOf(TrustedRoot.fromJSON(sigstore.trustedRoot), 'the Sigstore emulator').material;
}

/** A session signing as `job_workflow_ref` (default: the release workflow at the tag v1.2.3). */
export function session(sigstore: SigstoreEmulator, claims: Record<string, unknown> = {}): SigningSession {
  return new SigningSession(
    { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
    staticIdentityProvider(sigstore.issueToken(claims)),
  );
}

/** A signing session for another workflow reference (`owner/repo/.github/workflows/f.yml@ref`). */
export function sessionAs(sigstore: SigstoreEmulator, jobWorkflowRef: string): SigningSession {
  return session(sigstore, { job_workflow_ref: jobWorkflowRef });
}

/** An SPDX 2.3 document: the image it DESCRIBES, and `deps` packages besides. */
export function spdx(deps: number): Record<string, unknown> {
  const pkg = (id: string) => ({
    SPDXID: `SPDXRef-${id}`,
    name: id,
    versionInfo: '1.0.0',
    downloadLocation: 'NOASSERTION',
    externalRefs: [
      {
        referenceCategory: 'PACKAGE-MANAGER',
        referenceType: 'purl',
        referenceLocator: `pkg:npm/${id}@1.0.0`,
      },
    ],
  });
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: 'app',
    documentNamespace: 'https://example.com/app',
    creationInfo: { created: '2026-01-01T00:00:00Z', creators: ['Tool: test'] },
    packages: [pkg('app'), ...Array.from({ length: deps }, (_, i) => pkg(`dep${i}`))],
    relationships: [
      { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-app' },
    ],
  };
}

/** GitHub's workflow provenance for `workflow` (`owner/repo/.github/workflows/f.yml@ref`) at `commit`. */
export function provenance(
  workflow = `${REPO}/.github/workflows/release.yml@refs/tags/v1.2.3`,
  commit = COMMIT,
) {
  const [repoPath, ref] = [
    workflow.slice(0, workflow.indexOf('@')),
    workflow.slice(workflow.indexOf('@') + 1),
  ];
  const parts = repoPath.split('/');
  const repository = `https://github.com/${parts.slice(0, 2).join('/')}`;
  return {
    buildDefinition: {
      buildType: 'https://actions.github.io/buildtypes/workflow/v1',
      externalParameters: { workflow: { ref, repository, path: parts.slice(2).join('/') } },
      internalParameters: {
        github: {
          event_name: 'push',
          repository_id: '100',
          repository_owner_id: '200',
          runner_environment: 'github-hosted',
        },
      },
      resolvedDependencies: [{ uri: `git+${repository}@${ref}`, digest: { gitCommit: commit } }],
    },
    runDetails: {
      builder: { id: `https://github.com/${workflow}` },
      metadata: { invocationId: `${repository}/actions/runs/1000/attempts/1` },
    },
  };
}

/** A v0.3 bundle (JSON bytes) of an in-toto statement about `digest`. */
export async function signStatement(
  signer: SigningSession,
  digest: string,
  predicateType: string,
  predicate: Record<string, unknown> = {},
): Promise<Buffer> {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'registry/app', digest: { sha256: digest.slice('sha256:'.length) } }],
    predicateType,
    predicate,
  };
  const bundle = await signer.signDsse(Buffer.from(JSON.stringify(statement)), IN_TOTO_PAYLOAD_TYPE);
  return Buffer.from(JSON.stringify(bundle));
}

/** Pushes a fresh two-platform image (blobs, manifests, the index under `tag`); returns it. */
export async function pushImage(
  client: OciClient,
  repository: string,
  seed: string,
  options: { platforms?: string[]; tag?: string } = {},
): Promise<TestImage> {
  const image = testImage(seed, options.platforms ? { platforms: options.platforms } : {});
  for (const b of image.blobs) await client.pushBlob(repository, b.bytes);
  for (const m of image.manifests) await client.putManifest(repository, m.digest, m.bytes, m.mediaType);
  await client.putManifest(repository, options.tag ?? 'latest', image.index.bytes, OCI_INDEX);
  return image;
}

/** Attaches a bundle to the image's index as a referrer, annotated with its predicate type. */
export async function attach(
  client: OciClient,
  repository: string,
  image: TestImage,
  bundle: Buffer,
  predicateType: string,
): Promise<string> {
  const subject = { mediaType: OCI_INDEX, digest: image.index.digest, size: image.index.bytes.length };
  const attached = await attachBundle(
    client,
    repository,
    { subject, bundle, content: 'dsse-envelope', predicateType },
    { settleMs: 1 },
  );
  return attached.digest;
}

/** The policy the tests start from: every kind, the emulator's release workflow at v1.2.3. */
export function policy(
  sigstore: SigstoreEmulator,
  trust: TrustMaterial,
  over: Partial<EvidencePolicy> = {},
): EvidencePolicy {
  return {
    require: ['signature', 'sbom', 'provenance'],
    identity: sigstore.identity,
    issuer: GITHUB_ISSUER,
    trust,
    sbomMinComponents: 1,
    attestationsApi: 'false',
    ...over,
  };
}

export const newReport = (): Report => new Report('verify-image');
