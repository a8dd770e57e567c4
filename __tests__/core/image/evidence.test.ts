/*
 * An image's evidence on the real registry (CNCF distribution 2.8: no referrers API, so the
 * fallback tag index), signed by the Sigstore emulator through the core's SigningSession: the
 * three kinds pass for the release workflow, and each refusal the issue lists says no, naming
 * why each candidate failed.
 */
import type { TrustMaterial } from '@sigstore/verify';
import { verifyImageEvidence } from '../../../src/core/image/evidence.js';
import { bundleReferrer } from '../../../src/core/oci/bundle-referrer.js';
import { OciClient } from '../../../src/core/oci/client.js';
import { OCI_INDEX, sha256Digest } from '../../../src/core/oci/media-types.js';
import { referrersTag } from '../../../src/core/oci/referrers.js';
import { startSigstore } from '../../../src/emulator/sigstore/index.js';
import type { SigningSession } from '../../../src/core/sigstore/sign.js';
import type { TestImage } from '../../helpers/oci-layout.js';
import { startOciRegistry } from '../../helpers/oci-registry.js';
import { useServer } from '../../helpers/servers.js';
import {
  attach,
  COMMIT,
  emulatorTrust,
  newReport,
  policy,
  provenance,
  pushImage,
  REPO,
  session,
  sessionAs,
  SIGN,
  signStatement,
  SLSA,
  SPDX,
  spdx,
} from './fixture.js';

const registry = useServer('registry', () => startOciRegistry());
const sigstore = useServer('sigstore', () => startSigstore());

let client: OciClient;
let trust: TrustMaterial;
let good: SigningSession;
/** Signed by the release workflow: a signature, an SBOM and a provenance, and a stranger's signature beside them. */
let image: TestImage;
let counter = 0;

beforeAll(async () => {
  client = new OciClient({ registry: registry.host });
  trust = emulatorTrust(sigstore);
  good = session(sigstore);
  image = await pushImage(client, 'team/app', 'evidence-good');
  const d = image.index.digest;
  const stranger = sessionAs(sigstore, `evil-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3`);
  await attach(client, 'team/app', image, await signStatement(stranger, d, SIGN), SIGN);
  await attach(client, 'team/app', image, await signStatement(good, d, SIGN), SIGN);
  await attach(client, 'team/app', image, await signStatement(good, d, SPDX, spdx(3)), SPDX);
  await attach(client, 'team/app', image, await signStatement(good, d, SLSA, provenance()), SLSA);
});

/** A fresh image in its own repository. */
async function fresh(): Promise<{ repository: string; image: TestImage }> {
  const repository = `team/case-${++counter}`;
  return { repository, image: await pushImage(client, repository, `case-${counter}`) };
}

describe('verifyImageEvidence on the real registry', () => {
  it('verifies a signature, an SBOM and a provenance through the tag index, a stranger beside them', async () => {
    const report = newReport();
    const result = await verifyImageEvidence(
      client,
      'team/app',
      image.index.digest,
      policy(sigstore, trust, { commit: COMMIT }),
      report,
    );
    expect(result.problems).toEqual([]);
    expect(result.verified.map((v) => [v.kind, v['predicate-type'], v['found-by']])).toEqual([
      ['signature', SIGN, 'tag-index'],
      ['sbom', SPDX, 'tag-index'],
      ['provenance', SLSA, 'tag-index'],
    ]);
    for (const v of result.verified) {
      expect(v.identity).toBe(sigstore.identity);
      expect(v.issuer).toBe('https://token.actions.githubusercontent.com');
      expect(v['bundle-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    expect(report.rows.map((r) => [r.check, r.ok])).toEqual([
      ['signature', true],
      ['sbom', true],
      ['provenance', true],
    ]);
  });

  it('refuses an unsigned digest: every required kind is a problem', async () => {
    const { repository, image: unsigned } = await fresh();
    const report = newReport();
    const result = await verifyImageEvidence(
      client,
      repository,
      unsigned.index.digest,
      policy(sigstore, trust),
      report,
    );
    expect(result.verified).toEqual([]);
    expect(result.problems).toHaveLength(3);
    expect(result.problems[0]).toContain('no signature evidence');
    expect(result.problems[0]).toContain('no referrers API, no fallback tag index');
    expect(report.ok).toBe(false);
  });

  it.each([
    ['another workflow', `${REPO}/.github/workflows/other.yml@refs/tags/v1.2.3`],
    ['another repository', `octo-org/other-repo/.github/workflows/release.yml@refs/tags/v1.2.3`],
    ['a branch instead of the tag', `${REPO}/.github/workflows/release.yml@refs/heads/main`],
    // The SAN holds `x` where the identity holds `.`: a RegExp search would take one for the other.
    ['a metacharacter standing for a literal', `${REPO}/.github/workflows/releasexyml@refs/tags/v1.2.3`],
    [
      'a longer tag (the identity a prefix of the SAN)',
      `${REPO}/.github/workflows/release.yml@refs/tags/v1.2.3-rc`,
    ],
  ])('refuses a signature by %s', async (_name, workflowRef) => {
    const { repository, image: signed } = await fresh();
    const other = sessionAs(sigstore, workflowRef);
    await attach(client, repository, signed, await signStatement(other, signed.index.digest, SIGN), SIGN);
    const result = await verifyImageEvidence(
      client,
      repository,
      signed.index.digest,
      policy(sigstore, trust, { require: ['signature'] }),
      newReport(),
    );
    expect(result.verified).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain(`https://github.com/${workflowRef}`);
    expect(result.problems[0]).toContain('UNTRUSTED_SIGNER_ERROR');
  });

  it.each([
    ['a prefix of the SAN', (id: string) => id.slice(0, -2)],
    ['a suffix of the SAN', (id: string) => id.slice('https://'.length)],
    ['the SAN with more after it', (id: string) => `${id}-rc`],
    ['another repository', (id: string) => id.replace('octo-repo', 'octo-rep0')],
    ['a branch instead of the tag', (id: string) => id.replace('refs/tags/v1.2.3', 'refs/heads/main')],
    ['a pattern-looking identity', (id: string) => id.replace('release.yml', 'release.*')],
  ])('refuses an identity that is %s: identities are compared whole', async (_name, near) => {
    const identity = near(sigstore.identity);
    expect(identity).not.toBe(sigstore.identity);
    const result = await verifyImageEvidence(
      client,
      'team/app',
      image.index.digest,
      policy(sigstore, trust, { identity }),
      newReport(),
    );
    expect(result.verified).toEqual([]);
    expect(result.problems).toHaveLength(3);
    for (const problem of result.problems) expect(problem).toContain('UNTRUSTED_SIGNER_ERROR');
  });

  it('refuses an issuer that is not exactly the one asked for', async () => {
    const result = await verifyImageEvidence(
      client,
      'team/app',
      image.index.digest,
      policy(sigstore, trust, {
        issuer: 'https://token.actions.githubusercontent.com/',
        require: ['signature'],
      }),
      newReport(),
    );
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain('UNTRUSTED_SIGNER_ERROR');
  });

  it('refuses a signature whose statement is about another digest (attached to this one)', async () => {
    const { repository, image: target } = await fresh();
    await attach(client, repository, target, await signStatement(good, image.index.digest, SIGN), SIGN);
    const result = await verifyImageEvidence(
      client,
      repository,
      target.index.digest,
      policy(sigstore, trust, { require: ['signature'] }),
      newReport(),
    );
    expect(result.verified).toEqual([]);
    expect(result.problems[0]).toContain(`no subject of the in-toto statement has ${target.index.digest}`);
  });

  it('refuses a statement about this digest and another one besides', async () => {
    const { repository, image: target } = await fresh();
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [
        { name: 'a', digest: { sha256: target.index.digest.slice(7) } },
        { name: 'b', digest: { sha256: image.index.digest.slice(7) } },
      ],
      predicateType: SIGN,
      predicate: {},
    };
    const { IN_TOTO_PAYLOAD_TYPE } = await import('../../../src/core/intoto.js');
    const bundle = Buffer.from(
      JSON.stringify(await good.signDsse(Buffer.from(JSON.stringify(statement)), IN_TOTO_PAYLOAD_TYPE)),
    );
    await attach(client, repository, target, bundle, SIGN);
    const result = await verifyImageEvidence(
      client,
      repository,
      target.index.digest,
      policy(sigstore, trust, { require: ['signature'] }),
      newReport(),
    );
    expect(result.verified).toEqual([]);
    expect(result.problems[0]).toContain('the statement has 2 subjects, not the one image');
  });

  it('refuses a referrer listed under this digest whose subject is another image', async () => {
    const { repository, image: target } = await fresh();
    const other = await pushImage(client, repository, `other-${counter}`, { tag: 'other' });
    // A referrer about `other`, signed for `other`, written into `target`'s fallback index.
    const bundle = await signStatement(good, other.index.digest, SIGN);
    await client.pushBlob(repository, bundle);
    await client.pushBlob(repository, Buffer.from('{}'));
    const referrer = bundleReferrer({
      subject: { mediaType: OCI_INDEX, digest: other.index.digest, size: other.index.bytes.length },
      bundle,
      content: 'dsse-envelope',
      predicateType: SIGN,
    });
    const put = await client.putManifest(
      repository,
      sha256Digest(referrer.bytes),
      referrer.bytes,
      referrer.mediaType,
    );
    const index = {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [
        {
          mediaType: referrer.mediaType,
          digest: put.digest,
          size: referrer.bytes.length,
          artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
          annotations: { 'dev.sigstore.bundle.predicateType': SIGN },
        },
      ],
    };
    await client.putManifest(
      repository,
      referrersTag(target.index.digest),
      Buffer.from(JSON.stringify(index)),
      OCI_INDEX,
    );
    const result = await verifyImageEvidence(
      client,
      repository,
      target.index.digest,
      policy(sigstore, trust, { require: ['signature'] }),
      newReport(),
    );
    expect(result.verified).toEqual([]);
    expect(result.problems[0]).toContain(
      `the referrer's subject is "${other.index.digest}", not ${target.index.digest}`,
    );
  });

  it('refuses an SBOM that lists only its own subject, and one with no package at all', async () => {
    const { repository, image: target } = await fresh();
    const d = target.index.digest;
    await attach(client, repository, target, await signStatement(good, d, SPDX, spdx(0)), SPDX);
    const empty = { ...spdx(0), packages: [], relationships: [] };
    await attach(client, repository, target, await signStatement(good, d, SPDX, empty), SPDX);
    const result = await verifyImageEvidence(
      client,
      repository,
      d,
      policy(sigstore, trust, { require: ['sbom'] }),
      newReport(),
    );
    expect(result.verified).toEqual([]);
    expect(result.problems[0]).toContain('no component besides its own subject');
    expect(result.problems[0].match(/the SBOM is refused/g)).toHaveLength(2);
  });

  it('verifies a CycloneDX SBOM, and refuses an SPDX document under the CycloneDX predicate type', async () => {
    const { repository, image: target } = await fresh();
    const d = target.index.digest;
    const CDX = 'https://cyclonedx.org/bom';
    const bom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      version: 1,
      metadata: { component: { type: 'container', name: 'app' } },
      components: [{ type: 'library', name: 'left-pad', version: '1.3.0', purl: 'pkg:npm/left-pad@1.3.0' }],
    };
    await attach(client, repository, target, await signStatement(good, d, CDX, spdx(2)), CDX);
    const mislabelled = await verifyImageEvidence(
      client,
      repository,
      d,
      policy(sigstore, trust, { require: ['sbom'] }),
      newReport(),
    );
    expect(mislabelled.problems[0]).toContain('names cyclonedx but the predicate is spdx');
    await attach(client, repository, target, await signStatement(good, d, CDX, bom), CDX);
    const result = await verifyImageEvidence(
      client,
      repository,
      d,
      policy(sigstore, trust, { require: ['sbom'] }),
      newReport(),
    );
    expect(result.problems).toEqual([]);
    expect(result.verified[0]['predicate-type']).toBe(CDX);
  });

  it('refuses an SBOM with fewer components than sbom-min-components', async () => {
    const result = await verifyImageEvidence(
      client,
      'team/app',
      image.index.digest,
      policy(sigstore, trust, { require: ['sbom'], sbomMinComponents: 4 }),
      newReport(),
    );
    expect(result.problems[0]).toContain('3 components, fewer than min-components (4)');
  });

  it('refuses a provenance from another commit, and one whose workflow is not the signer', async () => {
    const { repository, image: target } = await fresh();
    const d = target.index.digest;
    await attach(
      client,
      repository,
      target,
      await signStatement(good, d, SLSA, provenance(undefined, 'f'.repeat(40))),
      SLSA,
    );
    const elsewhere = provenance(`${REPO}/.github/workflows/other.yml@refs/tags/v1.2.3`);
    await attach(client, repository, target, await signStatement(good, d, SLSA, elsewhere), SLSA);
    const result = await verifyImageEvidence(
      client,
      repository,
      d,
      policy(sigstore, trust, { require: ['provenance'], commit: COMMIT }),
      newReport(),
    );
    expect(result.verified).toEqual([]);
    expect(result.problems[0]).toContain(`built from the commit "${'f'.repeat(40)}", not ${COMMIT}`);
    expect(result.problems[0]).toContain("the provenance's workflow is");
    // Without a commit to match, the first passes: the commit check is what said no.
    const loose = await verifyImageEvidence(
      client,
      repository,
      d,
      policy(sigstore, trust, { require: ['provenance'] }),
      newReport(),
    );
    expect(loose.problems).toEqual([]);
  });

  it("refuses a provenance of another build type, and one whose commit is another repository's", async () => {
    const { repository, image: target } = await fresh();
    const d = target.index.digest;
    const generator = provenance();
    generator.buildDefinition.buildType =
      'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';
    await attach(client, repository, target, await signStatement(good, d, SLSA, generator), SLSA);
    const forked = provenance();
    forked.buildDefinition.resolvedDependencies[0].uri =
      'git+https://github.com/evil-org/octo-repo@refs/tags/v1.2.3';
    await attach(client, repository, target, await signStatement(good, d, SLSA, forked), SLSA);
    const result = await verifyImageEvidence(
      client,
      repository,
      d,
      policy(sigstore, trust, { require: ['provenance'], commit: COMMIT }),
      newReport(),
    );
    expect(result.verified).toEqual([]);
    expect(result.problems[0]).toContain('the build type is "https://slsa-framework.github.io/');
    expect(result.problems[0]).toContain("is not of the workflow's repository");
  });

  it('refuses a provenance naming the commit whose certificate was issued for another one', async () => {
    const { repository, image: target } = await fresh();
    const d = target.index.digest;
    // The predicate names COMMIT; the run's token (and so its certificate) names another commit.
    const elsewhere = session(sigstore, { sha: 'b'.repeat(40) });
    await attach(client, repository, target, await signStatement(elsewhere, d, SLSA, provenance()), SLSA);
    const result = await verifyImageEvidence(
      client,
      repository,
      d,
      policy(sigstore, trust, { require: ['provenance'], commit: COMMIT }),
      newReport(),
    );
    expect(result.verified).toEqual([]);
    expect(result.problems[0]).toContain(
      `the certificate's source commit (1.3.6.1.4.1.57264.1.13) is "${'b'.repeat(40)}", not ${COMMIT}`,
    );
  });

  it('refuses a bundle annotated as one kind that signs another', async () => {
    const { repository, image: target } = await fresh();
    await attach(
      client,
      repository,
      target,
      await signStatement(good, target.index.digest, SLSA, provenance()),
      SIGN,
    );
    const result = await verifyImageEvidence(
      client,
      repository,
      target.index.digest,
      policy(sigstore, trust, { require: ['signature'] }),
      newReport(),
    );
    expect(result.problems[0]).toContain(
      'annotated "https://sigstore.dev/cosign/sign/v1" but the signed statement is',
    );
  });

  it('refuses a policy that is not whole, naming every problem, before any request', async () => {
    const error = await verifyImageEvidence(
      client,
      'team/app',
      'sha256:ABC',
      {
        ...policy(sigstore, trust),
        require: ['signature', 'attestation' as never],
        identity: '',
        sbomMinComponents: -1,
        commit: 'HEAD',
        attestationsApi: 'true',
      },
      newReport(),
    ).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.name).toBe('ConfigurationError');
    for (const problem of [
      '"attestation" is none of signature, sbom, provenance',
      'certificate-identity: the exact SAN',
      'sbom-min-components: -1',
      'commit: "HEAD"',
      'attestations-api: true needs a GitHub client',
      'digest: "sha256:ABC"',
    ])
      expect(error?.message).toContain(problem);
  });
});
