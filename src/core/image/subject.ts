/*
 * The image a promotion or a verification is about, resolved once: a digest (or a tag, read
 * once and then never again) to the exact manifest bytes the registry holds, hashed here (the
 * client checks a digest against the body's sha256; `Docker-Content-Digest` is never trusted).
 * From then on only the digest is used, so a tag moved meanwhile changes nothing.
 *
 * `platforms` (the contract's promote-image input and verify-image's `--platforms`): the image
 * must be an index holding a manifest for each platform asked for, and every platform manifest
 * the index lists must be in the registry (a `docker pull` of a listed platform whose manifest is
 * gone fails on the user's machine). BuildKit's attestation entries (`unknown/unknown`) are not
 * platforms and are not checked (image-index.ts).
 */
import type { Report } from '../action/report.js';
import type { OciClient } from '../oci/client.js';
import { imagePlatforms } from '../oci/image-index.js';
import { isIndexType } from '../oci/media-types.js';
import { quote } from '../quote.js';
import { ImageSubjectError } from './errors.js';

/** The image as resolved: its digest and the exact bytes behind it. */
export interface ImageSubject {
  repository: string;
  /** `sha256:<hex>` of `bytes`. */
  digest: string;
  mediaType: string;
  size: number;
  bytes: Buffer;
  /** The platforms the index lists (`linux/amd64`…), empty for a single manifest. */
  platforms: string[];
}

/** `os/architecture[/variant]`, each part as the image spec's platform fields allow. */
const PLATFORM = /^[a-z0-9_.-]+\/[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)?$/;

/** The accepted form of a platform, as messages name it. */
export const PLATFORM_FORM = 'os/architecture[/variant], e.g. linux/amd64 or linux/arm/v7';

/**
 * A platform as containerd compares them (containerd/platforms `database.go`, `normalizeArch`):
 * `aarch64` is `arm64`, `x86_64` is `amd64`, and `arm64/v8` is plain `arm64`; buildx
 * writes either, so `linux/arm64` asked for is found under `linux/arm64/v8` too. Nothing else is
 * folded: the comparison is otherwise exact.
 */
export function normalizePlatform(platform: string): string {
  const [os, arch, variant] = platform.split('/');
  const a = arch === 'aarch64' ? 'arm64' : arch === 'x86_64' ? 'amd64' : arch;
  const v =
    a === 'arm64' && (variant === 'v8' || variant === '8' || variant === 'v8.0') ? undefined : variant;
  return [os, a, ...(v ? [v] : [])].join('/');
}

/** Every platform not of the accepted form, each named. */
export function platformProblems(platforms: readonly string[], what = 'platforms'): string[] {
  return platforms
    .filter((p) => !PLATFORM.test(p))
    .map((p) => `${what}: ${quote(p)} is not ${PLATFORM_FORM}`);
}

/**
 * Resolves `reference` (a digest or a tag) ONCE to the exact manifest bytes (sha256 checked by
 * the client), then checks `platforms`: an index holding a manifest for each platform, every
 * platform manifest it lists present in the registry (HEAD by digest), `unknown/unknown`
 * attestation entries ignored. Adds a `subject` row and, when platforms are asked for, a
 * `platforms` row; throws {@link ImageSubjectError} listing every problem found.
 */
export async function resolveImageSubject(
  client: OciClient,
  repository: string,
  reference: string,
  platforms: readonly string[],
  report: Report,
): Promise<ImageSubject> {
  const where = `${client.registry}/${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`;
  const bad = platformProblems(platforms);
  if (bad.length > 0) {
    report.fail('platforms', bad.join('; '));
    throw new ImageSubjectError('BAD_PLATFORM', bad);
  }
  const manifest = await client.getManifest(repository, reference);
  if (!manifest) {
    const problem = `${where} does not exist in the registry`;
    report.fail('subject', problem);
    throw new ImageSubjectError('SUBJECT_MISSING', [problem]);
  }
  const listed = imagePlatforms(manifest);
  const subject: ImageSubject = {
    repository,
    digest: manifest.digest,
    mediaType: manifest.mediaType,
    size: manifest.bytes.length,
    bytes: manifest.bytes,
    platforms: [...listed.platforms.keys()],
  };
  report.pass(
    'subject',
    `${client.registry}/${repository}@${manifest.digest} (${manifest.mediaType}, ${subject.size} bytes` +
      (reference === manifest.digest ? ')' : `, resolved once from the tag ${reference})`),
  );
  if (platforms.length === 0) return subject;

  const problems: string[] = [];
  if (!isIndexType(manifest.mediaType)) {
    problems.push(
      `${client.registry}/${repository}@${manifest.digest} is a single-platform manifest (${manifest.mediaType}), not an index holding ${platforms.join(', ')}`,
    );
  } else {
    const byNormal = new Map([...listed.platforms].map(([name, d]) => [normalizePlatform(name), d]));
    const missing = platforms.filter((p) => !byNormal.has(normalizePlatform(p)));
    if (missing.length > 0)
      problems.push(
        `the index ${manifest.digest} has no manifest for ${missing.join(', ')} (it lists ${subject.platforms.join(', ') || 'no platform'})`,
      );
    // Every platform the index lists, not only those asked for: a listed platform whose manifest
    // is gone is a broken image for whoever pulls it.
    for (const [name, child] of listed.platforms) {
      if (!(await client.hasManifest(repository, child.digest)))
        problems.push(`the ${name} manifest ${child.digest} that the index lists is not in the registry`);
    }
  }
  if (problems.length > 0) {
    report.fail('platforms', problems.join('; '));
    throw new ImageSubjectError('PLATFORMS', problems);
  }
  report.pass(
    'platforms',
    `${platforms.join(', ')} present; ${listed.platforms.size} platform manifest${listed.platforms.size === 1 ? '' : 's'} in the registry`,
  );
  return subject;
}
