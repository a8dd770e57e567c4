/*
 * Setup for the promotion tests: images pushed to a registry (the real one through our client, or
 * straight into the emulator's state), an OCI client that records the methods it sent, and an
 * evidence verifier that says yes only for the digests it is given (promote's core takes the
 * verifier as an argument, so the promotion is tested on its own; the action's tests run the real
 * one). No module is mocked: every request goes to a loopback registry.
 */
import { Report } from '../../src/core/action/report.js';
import type { EvidenceResult } from '../../src/core/image/evidence.js';
import { OciClient } from '../../src/core/oci/client.js';
import { OCI_INDEX } from '../../src/core/oci/media-types.js';
import type { Request } from '../../src/core/oci/transport.js';
import type { EvidenceVerifier, PromotePlan, PromoteSubject } from '../../src/core/promote/plan.js';
import type { FloatingKind } from '../../src/core/promote/tags.js';
import { parseSemVer } from '../../src/core/semver.js';
import type { OciRegistryState } from '../../src/emulator/oci-registry/index.js';
import { type TestImage, testImage } from './oci-layout.js';

/** An OciClient that keeps the method and path of every request it sends. */
export class RecordingClient extends OciClient {
  readonly sent: { method: string; path: string }[] = [];

  override async send(request: Request) {
    this.sent.push({ method: request.method, path: request.path });
    return super.send(request);
  }

  /** Manifest PUTs sent (the writes of a promotion). */
  get manifestPuts(): number {
    return this.sent.filter((r) => r.method === 'PUT' && r.path.includes('/manifests/')).length;
  }
}

/** The subject of a promotion: the index of `image`, exactly as pushed. */
export function subjectOf(image: TestImage): PromoteSubject {
  return { digest: image.index.digest, mediaType: OCI_INDEX, bytes: image.index.bytes };
}

/** Pushes `image` through `client`: blobs, child manifests by digest, the index under each tag (or by digest). */
export async function pushImage(
  client: OciClient,
  repository: string,
  image: TestImage,
  tags: string[] = [],
) {
  for (const b of image.blobs) await client.pushBlob(repository, b.bytes);
  for (const m of image.manifests) await client.putManifest(repository, m.digest, m.bytes, m.mediaType);
  await client.putManifest(repository, image.index.digest, image.index.bytes, OCI_INDEX);
  for (const tag of tags) await client.putManifest(repository, tag, image.index.bytes, OCI_INDEX);
}

/** Puts `image` straight into the emulator's state (no request), tagged with `tags`. */
export function seedImage(
  state: OciRegistryState,
  repository: string,
  image: TestImage,
  tags: string[] = [],
) {
  for (const b of image.blobs) state.putBlob(repository, b.bytes);
  for (const m of image.manifests) state.putManifest(repository, m.digest, m.bytes, m.mediaType);
  state.putManifest(repository, image.index.digest, image.index.bytes, OCI_INDEX);
  for (const tag of tags) state.repository(repository).tags.set(tag, image.index.digest);
}

/** Images by version, each with bytes of its own. */
export function images(...versions: string[]): Record<string, TestImage> {
  return Object.fromEntries(versions.map((v) => [v, testImage(`release ${v}`)]));
}

/**
 * A verifier that verifies exactly the digests in `good` (a signature row each) and refuses any
 * other; `calls` lists the digests asked about.
 */
export function verifierOf(good: Iterable<string>): EvidenceVerifier & { calls: string[] } {
  const allowed = new Set(good);
  const calls: string[] = [];
  const verify = async (digest: string, report: Report): Promise<EvidenceResult> => {
    calls.push(digest);
    if (!allowed.has(digest)) {
      report.fail('signature', `no signature verifies for ${digest}`);
      return { verified: [], problems: [`signature: no bundle for ${digest}`] };
    }
    report.pass('signature', `verified for ${digest}`);
    return {
      verified: [
        {
          kind: 'signature',
          'predicate-type': 'https://sigstore.dev/cosign/sign/v1',
          identity: 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.2.3',
          issuer: 'https://token.actions.githubusercontent.com',
          'bundle-digest': `sha256:${'b'.repeat(64)}`,
          'found-by': 'referrers',
        },
      ],
      problems: [],
    };
  };
  return Object.assign(verify, { calls });
}

/** A plan for `version` of `image` in `repository`. */
export function planOf(
  repository: string,
  image: TestImage,
  version: string,
  options: { floating?: FloatingKind[]; tagPrefix?: string; dryRun?: boolean } = {},
): PromotePlan {
  const parsed = parseSemVer(version);
  if (!parsed.ok) throw new Error(`bad test version ${version}`);
  return {
    repository,
    subject: subjectOf(image),
    version: parsed.value,
    tagPrefix: options.tagPrefix ?? '',
    floating: options.floating ?? ['latest'],
    dryRun: options.dryRun ?? false,
  };
}

/** A fresh report for one promotion. */
export const newReport = () => new Report('promote-image');
