/*
 * verifyImageEvidence against registries that lie or fail (the OCI registry emulator), and
 * GitHub's attestations API (the GitHub emulator, validated against GitHub's OpenAPI
 * description): what the real registry cannot do. Each fault must be seen to fire.
 */
import type { TrustMaterial } from '@sigstore/verify';
import { createClient } from '../../../src/core/github/client.js';
import { verifyImageEvidence } from '../../../src/core/image/evidence.js';
import { SIGSTORE_BUNDLE_V03 } from '../../../src/core/oci/bundle-referrer.js';
import { OciClient } from '../../../src/core/oci/client.js';
import { OCI_INDEX, OCI_MANIFEST, sha256Digest } from '../../../src/core/oci/media-types.js';
import { referrersTag } from '../../../src/core/oci/referrers.js';
import type { SigningSession } from '../../../src/core/sigstore/sign.js';
import { DEFAULT_TOKEN } from '../../../src/emulator/github/index.js';
import {
  startOciRegistryEmulator,
  type OciRegistryEmulator,
} from '../../../src/emulator/oci-registry/index.js';
import { startSigstore } from '../../../src/emulator/sigstore/index.js';
import { useGitHub } from '../../helpers/github.js';
import { useServer } from '../../helpers/servers.js';
import {
  attach,
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

const sigstore = useServer('sigstore', () => startSigstore());
const gh = useGitHub({ scope: 'all', setup: (g) => void g.state.addRepo(REPO) });
let trust: TrustMaterial;
let good: SigningSession;
beforeAll(() => {
  trust = emulatorTrust(sigstore);
  good = session(sigstore);
});

let emulators: OciRegistryEmulator[] = [];
afterEach(async () => {
  await Promise.all(emulators.map((e) => e.stop()));
  emulators = [];
});
async function registry(options: Parameters<typeof startOciRegistryEmulator>[0] = {}) {
  const emulator = await startOciRegistryEmulator(options);
  emulators.push(emulator);
  const waits: number[] = [];
  const client = new OciClient({
    registry: emulator.host,
    http: { backoffMs: 1, sleep: async (ms) => void waits.push(ms) },
    ...(options.auth ? { credentials: { username: 'releaser', password: 'pw' } } : {}),
  });
  return { emulator, client, waits };
}

/** Every request after `mark` read; none wrote. */
function writesSince(emulator: OciRegistryEmulator, mark: number): string[] {
  return emulator.log
    .slice(mark)
    .filter((e) => e.method !== 'GET' && e.method !== 'HEAD')
    .map((e) => `${e.method} ${e.path}`);
}

describe('verifyImageEvidence against a lying registry', () => {
  it('finds evidence through a referrers API (found-by referrers) and writes nothing', async () => {
    const { emulator, client } = await registry({ referrersApi: true });
    const image = await pushImage(client, 'o/app', 'api');
    const d = image.index.digest;
    await attach(client, 'o/app', image, await signStatement(good, d, SIGN), SIGN);
    await attach(client, 'o/app', image, await signStatement(good, d, SPDX, spdx(1)), SPDX);
    await attach(client, 'o/app', image, await signStatement(good, d, SLSA, provenance()), SLSA);
    // A vulnerability scan (cosign's predicate type) beside them: not evidence here, never fetched.
    const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
    await attach(client, 'o/app', image, await signStatement(good, d, VULN), VULN);
    const mark = emulator.log.length;
    const result = await verifyImageEvidence(client, 'o/app', d, policy(sigstore, trust), newReport());
    expect(result.problems).toEqual([]);
    expect(result.verified.map((v) => v['found-by'])).toEqual(['referrers', 'referrers', 'referrers']);
    expect(writesSince(emulator, mark)).toEqual([]);
    // 1 referrers page + 2 requests (manifest, bundle) per kind: the budget promote-image counts on.
    expect(emulator.log.length - mark).toBe(1 + 2 * 3);
  });

  it('says which manifest a referrers index names that is not there, and passes on the good one beside it', async () => {
    const { emulator, client } = await registry();
    const image = await pushImage(client, 'o/app', 'dangling');
    const d = image.index.digest;
    const absent = sha256Digest(Buffer.from('a referrer that was deleted'));
    const dangling = {
      mediaType: OCI_MANIFEST,
      digest: absent,
      size: 500,
      artifactType: SIGSTORE_BUNDLE_V03,
      annotations: { 'dev.sigstore.bundle.predicateType': SIGN },
    };
    const index = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [dangling] };
    emulator.state.putManifest('o/app', referrersTag(d), Buffer.from(JSON.stringify(index)), OCI_INDEX);
    const only = await verifyImageEvidence(
      client,
      'o/app',
      d,
      policy(sigstore, trust, { require: ['signature'] }),
      newReport(),
    );
    expect(only.problems[0]).toContain(`names the manifest ${absent}, which is not in the registry`);

    await attach(client, 'o/app', image, await signStatement(good, d, SIGN), SIGN);
    const mixed = await verifyImageEvidence(
      client,
      'o/app',
      d,
      policy(sigstore, trust, { require: ['signature'] }),
      newReport(),
    );
    expect(mixed.problems).toEqual([]);
  });

  it('says why each malformed referrer is not evidence: no bundle type, two layers, a layer that is no bundle', async () => {
    const { emulator, client } = await registry({ referrersApi: true });
    const image = await pushImage(client, 'o/app', 'malformed');
    const d = image.index.digest;
    const bundle = await signStatement(good, d, SIGN);
    const layer = {
      mediaType: SIGSTORE_BUNDLE_V03,
      digest: emulator.state.putBlob('o/app', bundle),
      size: bundle.length,
    };
    const empty = {
      mediaType: 'application/vnd.oci.empty.v1+json',
      digest: emulator.state.putBlob('o/app', Buffer.from('{}')),
      size: 2,
    };
    const referrer = (artifactType: string, layers: unknown[]) =>
      emulator.state.putManifest(
        'o/app',
        'x',
        Buffer.from(
          JSON.stringify({
            schemaVersion: 2,
            mediaType: OCI_MANIFEST,
            artifactType,
            config: empty,
            layers,
            subject: { mediaType: OCI_INDEX, digest: d, size: image.index.bytes.length },
          }),
        ),
        OCI_MANIFEST,
      );
    referrer(SIGSTORE_BUNDLE_V03, [layer, layer]);
    referrer(SIGSTORE_BUNDLE_V03, [{ ...layer, mediaType: 'application/octet-stream' }]);
    // Not a bundle at all (an SBOM pushed by another tool): not a candidate, not fetched.
    referrer('application/spdx+json', [layer]);
    const result = await verifyImageEvidence(
      client,
      'o/app',
      d,
      policy(sigstore, trust, { require: ['signature'] }),
      newReport(),
    );
    expect(result.verified).toEqual([]);
    expect(result.problems[0]).toContain('2 Sigstore bundle referrers (referrers)');
    expect(result.problems[0]).toContain('the referrer has 2 layers, not one bundle');
    expect(result.problems[0]).toContain("the referrer's layer is not a Sigstore bundle descriptor");
  });

  it('refuses a referrer whose fallback-index entry names another predicate type than the referrer itself', async () => {
    const { emulator, client } = await registry();
    const image = await pushImage(client, 'o/app', 'relabelled');
    const d = image.index.digest;
    await attach(client, 'o/app', image, await signStatement(good, d, SLSA, provenance()), SLSA);
    // Someone rewrote the index entry's annotation to pass the provenance off as a signature.
    const tag = referrersTag(d);
    const index = JSON.parse(emulator.state.manifest('o/app', tag)!.bytes.toString()) as {
      manifests: { annotations: Record<string, string> }[];
    };
    index.manifests[0].annotations['dev.sigstore.bundle.predicateType'] = SIGN;
    emulator.state.putManifest('o/app', tag, Buffer.from(JSON.stringify(index)), OCI_INDEX);
    const result = await verifyImageEvidence(
      client,
      'o/app',
      d,
      policy(sigstore, trust, { require: ['signature'] }),
      newReport(),
    );
    expect(result.verified).toEqual([]);
    expect(result.problems[0]).toContain(
      `the referrers list says the predicate type is "${SIGN}", the referrer itself "${SLSA}"`,
    );
  });

  it('does not believe a lying Docker-Content-Digest, and refuses a bundle whose bytes were changed', async () => {
    const { emulator, client } = await registry();
    const image = await pushImage(client, 'o/app', 'lies');
    const d = image.index.digest;
    await attach(client, 'o/app', image, await signStatement(good, d, SIGN), SIGN);
    emulator.faults.add({ target: 'manifest', method: 'GET', fault: { kind: 'lying-digest' } });
    const lied = await verifyImageEvidence(
      client,
      'o/app',
      d,
      policy(sigstore, trust, { require: ['signature'] }),
      newReport(),
    );
    expect(emulator.faults.count('lying-digest')).toBeGreaterThan(0);
    expect(lied.problems).toEqual([]);

    emulator.faults.clear();
    emulator.faults.add({ target: 'blob', method: 'GET', fault: { kind: 'wrong-body' } });
    const changed = await verifyImageEvidence(
      client,
      'o/app',
      d,
      policy(sigstore, trust, { require: ['signature'] }),
      newReport(),
    );
    expect(emulator.faults.count('wrong-body')).toBe(1);
    expect(changed.verified).toEqual([]);
    expect(changed.problems[0]).toContain('not the digest asked for');
  });

  it('waits out a 429 with Retry-After, and signs in again after a 401 for an expired token', async () => {
    const { emulator, client, waits } = await registry({
      auth: { users: { releaser: 'pw' } },
    });
    const image = await pushImage(client, 'o/app', 'slow');
    const d = image.index.digest;
    await attach(client, 'o/app', image, await signStatement(good, d, SIGN), SIGN);
    emulator.faults.add({
      target: 'manifest',
      method: 'GET',
      fault: { kind: 'rate-limit', retryAfter: 2 },
      times: 1,
    });
    emulator.faults.add({ target: 'blob', method: 'GET', fault: { kind: 'expired-token' }, times: 1 });
    const result = await verifyImageEvidence(
      client,
      'o/app',
      d,
      policy(sigstore, trust, { require: ['signature'] }),
      newReport(),
    );
    expect(emulator.faults.count('rate-limit')).toBe(1);
    expect(emulator.faults.count('expired-token')).toBe(1);
    expect(waits).toContain(2000);
    expect(result.problems).toEqual([]);
  });
});

describe("verifyImageEvidence and GitHub's attestations API", () => {
  const github = () => ({ client: createClient(DEFAULT_TOKEN, { baseUrl: gh.url }), repository: REPO });

  async function store(bundle: Buffer): Promise<void> {
    await github().client.request('POST /repos/{owner}/{repo}/attestations', {
      owner: REPO.split('/')[0],
      repo: REPO.split('/')[1],
      bundle: JSON.parse(bundle.toString()) as Record<string, unknown>,
    } as never);
  }

  it("auto: looks there only when the registry holds no evidence, and finds every page's bundles", async () => {
    const { client } = await registry();
    const image = await pushImage(client, 'o/app', 'api-only');
    const d = image.index.digest;
    // A stranger's first, so the good one is on the second page.
    const stranger = sessionAs(sigstore, `${REPO}/.github/workflows/other.yml@refs/tags/v1.2.3`);
    await store(await signStatement(stranger, d, SLSA, provenance()));
    await store(await signStatement(good, d, SLSA, provenance()));
    const { releaseAttestations } = await import('../../../src/emulator/github/attestations.js');
    releaseAttestations(gh.state).pageSize = 1;
    try {
      const result = await verifyImageEvidence(
        client,
        'o/app',
        d,
        policy(sigstore, trust, { require: ['provenance'], attestationsApi: 'auto', github: github() }),
        newReport(),
      );
      expect(result.problems).toEqual([]);
      expect(result.verified.map((v) => v['found-by'])).toEqual(['attestations-api']);

      const never = await verifyImageEvidence(
        client,
        'o/app',
        d,
        policy(sigstore, trust, { require: ['provenance'], attestationsApi: 'false', github: github() }),
        newReport(),
      );
      expect(never.problems[0]).toContain('the attestations API was not asked');

      // The registry holds a signature: `auto` no longer asks GitHub, `true` does.
      await attach(client, 'o/app', image, await signStatement(good, d, SIGN), SIGN);
      const auto = await verifyImageEvidence(
        client,
        'o/app',
        d,
        policy(sigstore, trust, { require: ['provenance'], attestationsApi: 'auto', github: github() }),
        newReport(),
      );
      expect(auto.verified).toEqual([]);
      const always = await verifyImageEvidence(
        client,
        'o/app',
        d,
        policy(sigstore, trust, {
          require: ['provenance', 'signature'],
          attestationsApi: 'true',
          github: github(),
        }),
        newReport(),
      );
      expect(always.problems).toEqual([]);
      expect(always.verified.map((v) => [v.kind, v['found-by']])).toEqual([
        ['provenance', 'attestations-api'],
        ['signature', 'tag-index'],
      ]);
    } finally {
      releaseAttestations(gh.state).pageSize = 100;
    }
  });

  it('a later page that cannot be read fails the listing instead of judging part of it', async () => {
    const { client } = await registry();
    const image = await pushImage(client, 'o/app', 'api-broken');
    const d = image.index.digest;
    await store(await signStatement(good, d, SLSA, provenance(undefined, 'f'.repeat(40))));
    await store(await signStatement(good, d, SLSA, provenance()));
    const { releaseAttestations } = await import('../../../src/emulator/github/attestations.js');
    releaseAttestations(gh.state).pageSize = 1;
    // Every page after the first (GitHub pages attestations by cursor: `after`).
    gh.faults.add({
      operation: 'repos/list-attestations',
      kind: 'status',
      status: 500,
      times: Infinity,
      when: (q) => q.has('after'),
    });
    try {
      await expect(
        verifyImageEvidence(
          client,
          'o/app',
          d,
          policy(sigstore, trust, {
            require: ['provenance'],
            attestationsApi: 'true',
            github: {
              client: createClient(DEFAULT_TOKEN, { baseUrl: gh.url, retries: 0 }),
              repository: REPO,
            },
          }),
          newReport(),
        ),
      ).rejects.toThrow(/Listing the attestations of sha256:[0-9a-f]{64} in octo-org\/octo-repo \(page 2\)/);
    } finally {
      gh.faults.clear();
      releaseAttestations(gh.state).pageSize = 100;
    }
  });
});
