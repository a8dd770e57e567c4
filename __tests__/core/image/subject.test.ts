/*
 * The image resolved once, and its platforms: on the real registry (distribution 2.8) for what
 * it can hold, on the emulator for an index whose child manifest is gone (the real registry
 * refuses to store such an index).
 */
import { Report } from '../../../src/core/action/report.js';
import { ImageSubjectError } from '../../../src/core/image/errors.js';
import { normalizePlatform, resolveImageSubject } from '../../../src/core/image/subject.js';
import { OciClient } from '../../../src/core/oci/client.js';
import { OCI_INDEX, OCI_MANIFEST, sha256Digest } from '../../../src/core/oci/media-types.js';
import { startOciRegistryEmulator } from '../../../src/emulator/oci-registry/index.js';
import { testImage } from '../../helpers/oci-layout.js';
import { startOciRegistry } from '../../helpers/oci-registry.js';
import { useServer } from '../../helpers/servers.js';
import { pushImage } from './fixture.js';

const registry = useServer('registry', () => startOciRegistry());
let counter = 0;

async function refusal(promise: Promise<unknown>): Promise<ImageSubjectError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImageSubjectError);
  return error as ImageSubjectError;
}

describe('resolveImageSubject on the real registry', () => {
  const client = () => new OciClient({ registry: registry.host });

  it('resolves a digest to the exact bytes, and checks both platforms and their manifests', async () => {
    const c = client();
    const image = await pushImage(c, 'team/subject', `subject-${++counter}`);
    const report = new Report('t');
    const subject = await resolveImageSubject(
      c,
      'team/subject',
      image.index.digest,
      ['linux/amd64', 'linux/arm64'],
      report,
    );
    expect(subject.digest).toBe(image.index.digest);
    expect(subject.bytes.equals(image.index.bytes)).toBe(true);
    expect(subject.mediaType).toBe(OCI_INDEX);
    expect(subject.size).toBe(image.index.bytes.length);
    expect(subject.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(report.rows.map((r) => [r.check, r.ok])).toEqual([
      ['subject', true],
      ['platforms', true],
    ]);
  });

  it('resolves a tag once, to the digest of the bytes served', async () => {
    const c = client();
    const image = await pushImage(c, 'team/subject', `subject-${++counter}`, { tag: 'rc' });
    const report = new Report('t');
    const subject = await resolveImageSubject(c, 'team/subject', 'rc', [], report);
    expect(subject.digest).toBe(image.index.digest);
    expect(report.rows[0].detail).toContain('resolved once from the tag rc');
  });

  it('refuses a single-platform image where two platforms are asked for', async () => {
    const c = client();
    const image = testImage(`single-${++counter}`, { platforms: ['linux/amd64'] });
    for (const b of image.blobs) await c.pushBlob('team/single', b.bytes);
    const [manifest] = image.manifests;
    await c.putManifest('team/single', 'latest', manifest.bytes, OCI_MANIFEST);
    const report = new Report('t');
    const error = await refusal(
      resolveImageSubject(c, 'team/single', manifest.digest, ['linux/amd64', 'linux/arm64'], report),
    );
    expect(error.code).toBe('PLATFORMS');
    expect(error.message).toContain('is a single-platform manifest');
    expect(report.rows.find((r) => r.check === 'platforms')?.ok).toBe(false);
  });

  it('refuses an index that lacks a platform asked for', async () => {
    const c = client();
    const image = await pushImage(c, 'team/amd', `amd-${++counter}`, { platforms: ['linux/amd64'] });
    const error = await refusal(
      resolveImageSubject(c, 'team/amd', image.index.digest, ['linux/amd64', 'linux/arm64'], new Report('t')),
    );
    expect(error.message).toContain('has no manifest for linux/arm64 (it lists linux/amd64)');
  });

  it('refuses a digest the registry does not hold', async () => {
    const error = await refusal(
      resolveImageSubject(client(), 'team/subject', `sha256:${'e'.repeat(64)}`, [], new Report('t')),
    );
    expect(error.code).toBe('SUBJECT_MISSING');
  });

  it('refuses a platform that is not os/architecture[/variant], before any request', async () => {
    const error = await refusal(
      resolveImageSubject(
        client(),
        'team/subject',
        `sha256:${'e'.repeat(64)}`,
        ['linux', 'Linux/AMD64', 'linux/arm/v7'],
        new Report('t'),
      ),
    );
    expect(error.code).toBe('BAD_PLATFORM');
    expect(error.problems).toHaveLength(2);
  });
});

describe('resolveImageSubject against the emulator', () => {
  it('refuses an index whose child manifest is not in the registry, ignoring attestation entries', async () => {
    const emulator = await startOciRegistryEmulator();
    try {
      const image = testImage('orphan');
      const gone = image.manifests[1].digest;
      const child = (m: { digest: string; bytes: Buffer }, platform: Record<string, string>) => ({
        mediaType: OCI_MANIFEST,
        digest: m.digest,
        size: m.bytes.length,
        platform,
      });
      // An attestation entry (BuildKit's `unknown/unknown`) whose manifest is absent: not a platform.
      const attestation = {
        mediaType: OCI_MANIFEST,
        digest: sha256Digest(Buffer.from('absent attestation')),
        size: 17,
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
      };
      const build = (children: unknown[]) =>
        Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: children }));
      const whole = build([
        child(image.manifests[0], { os: 'linux', architecture: 'amd64' }),
        child(image.manifests[1], { os: 'linux', architecture: 'arm64', variant: 'v8' }),
        attestation,
      ]);
      emulator.state.putManifest(
        'team/app',
        image.manifests[0].digest,
        image.manifests[0].bytes,
        OCI_MANIFEST,
      );
      const digest = emulator.state.putManifest('team/app', 'latest', whole, OCI_INDEX);
      const c = new OciClient({ registry: emulator.host });
      const error = await refusal(
        resolveImageSubject(c, 'team/app', digest, ['linux/amd64'], new Report('t')),
      );
      expect(error.message).toContain(
        `the linux/arm64/v8 manifest ${gone} that the index lists is not in the registry`,
      );
      expect(error.problems).toHaveLength(1);

      // With the child back, it passes; `linux/arm64` is found under `linux/arm64/v8`.
      emulator.state.putManifest('team/app', gone, image.manifests[1].bytes, OCI_MANIFEST);
      const subject = await resolveImageSubject(
        c,
        'team/app',
        digest,
        ['linux/amd64', 'linux/arm64'],
        new Report('t'),
      );
      expect(subject.platforms).toEqual(['linux/amd64', 'linux/arm64/v8']);
      expect(emulator.log.filter((e) => e.method !== 'GET' && e.method !== 'HEAD')).toEqual([]);
    } finally {
      await emulator.stop();
    }
  });

  it('normalises platforms only as containerd does', () => {
    expect(normalizePlatform('linux/arm64/v8')).toBe('linux/arm64');
    expect(normalizePlatform('linux/aarch64')).toBe('linux/arm64');
    expect(normalizePlatform('linux/arm/v7')).toBe('linux/arm/v7');
    expect(normalizePlatform('linux/arm64/v9')).toBe('linux/arm64/v9');
  });
});
