/*
 * Referrers: the manifests whose `subject` is a digest (signatures, attestations). Found through
 * the referrers API (`GET /v2/<name>/referrers/<digest>`, distribution-spec v1.1 "Listing
 * Referrers"), and where a registry has none (distribution 2.8 answers 404, GHCR too) through the
 * fallback tag index: an OCI index under the tag `<alg>-<ref>` (distribution-spec "Referrers Tag
 * Schema": the algorithm and the encoded digest joined by `-`, cut to 32 and 64 characters),
 * whose `manifests` are the referrers' descriptors with their `artifactType` and `annotations`.
 * Writers update that index by read-modify-write, conditional on the `ETag` read (`If-Match`, as
 * `@sigstore/oci` does), so a registry that honours it refuses a write over a newer index; where
 * it is ignored (distribution 2.8) two writers can replace each other's entry, so each re-reads
 * after writing and writes again until its entry is there.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { OciClient } from './client.js';
import { nextLink, parseJson } from './transport.js';
import { OciError } from './errors.js';
import { quote } from '../quote.js';
import { checkTarget } from './reference.js';
import { type Descriptor, OCI_INDEX, SHA256_DIGEST, sha256Digest } from './media-types.js';

/** The fallback tag of a subject digest (`sha256:<hex>` → `sha256-<hex>`). */
export function referrersTag(subject: string): string {
  const [algorithm, encoded] = subject.split(':');
  return `${algorithm.slice(0, 32)}-${encoded.slice(0, 64)}`;
}

/** The referrers found, and where. */
export interface Referrers {
  /** `api`: the registry's referrers API; `tag`: the fallback tag index; `none`: neither holds any. */
  source: 'api' | 'tag' | 'none';
  descriptors: Descriptor[];
}

/**
 * The referrers of `subject`, from the API when the registry has it, else from the fallback tag
 * index. `artifactType` filters them (on our side too: a registry may ignore the filter, and
 * says whether it applied it in `OCI-Filters-Applied`).
 */
export async function listReferrers(
  client: OciClient,
  repository: string,
  subject: string,
  artifactType?: string,
): Promise<Referrers> {
  const what = `the referrers of ${client.registry}/${repository}@${subject}`;
  checkTarget(repository);
  if (!SHA256_DIGEST.test(subject))
    throw new OciError('BAD_REFERENCE', `${what}: the subject is not sha256:<64 lowercase hex>`);
  const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
  let next: string | undefined = `${client.baseUrl}/v2/${repository}/referrers/${subject}${query}`;
  const descriptors: Descriptor[] = [];
  const visited = new Set<string>();
  let api = true;
  while (next !== undefined) {
    if (visited.has(next))
      throw new OciError('BAD_ANSWER', `${what}: the pages lead back to a page already read`);
    visited.add(next);
    const answer = await client.send({ method: 'GET', path: next, repository, what });
    // 404 is a registry without the API (distribution 2.8: Go's plain-text 404). A first answer
    // that is not an OCI index is no API either: GHCR answers some of these with a 303 to a page
    // that is not one (TOOLCHAIN.md, measured). Only an index counts, as @sigstore/oci counts
    // only a 200 to its probe.
    const type = answer.headers.get('content-type')?.split(';')[0].trim();
    if (visited.size === 1 && (answer.status === 404 || (answer.status === 200 && type !== OCI_INDEX))) {
      api = false;
      break;
    }
    if (answer.status === 200 && type !== OCI_INDEX)
      throw new OciError(
        'BAD_ANSWER',
        `${what}: a later page is ${quote(type ?? 'untyped')}, not an OCI index`,
      );
    if (answer.status !== 200)
      throw new OciError('BAD_ANSWER', `${what}: the registry answered ${answer.status}`);
    descriptors.push(...indexDescriptors(parseJson(answer.body, what), what));
    next = nextLink(answer.headers.get('link'), next, what);
  }
  if (api) return { source: 'api', descriptors: filter(descriptors, artifactType) };
  const index = await client.getManifest(repository, referrersTag(subject));
  if (!index) return { source: 'none', descriptors: [] };
  return { source: 'tag', descriptors: filter(indexDescriptors(index.json, what), artifactType) };
}

function filter(descriptors: Descriptor[], artifactType: string | undefined): Descriptor[] {
  return artifactType ? descriptors.filter((d) => d.artifactType === artifactType) : descriptors;
}

/** The `manifests` of an index, each checked to be a descriptor. */
function indexDescriptors(index: Record<string, unknown>, what: string): Descriptor[] {
  const manifests = index.manifests ?? [];
  if (!Array.isArray(manifests)) throw new OciError('BAD_ANSWER', `${what}: "manifests" is not a list`);
  return manifests.map((m, i) => {
    const d = m as Partial<Descriptor> | null;
    if (
      !d ||
      typeof d.mediaType !== 'string' ||
      typeof d.digest !== 'string' ||
      !SHA256_DIGEST.test(d.digest) ||
      typeof d.size !== 'number'
    )
      throw new OciError(
        'BAD_ANSWER',
        `${what}: manifests[${i}] is not a descriptor with mediaType, a sha256 digest and size`,
      );
    return d as Descriptor;
  });
}

/** How an attach went: the referrer's digest, and how it is found. */
export interface Attached {
  digest: string;
  /** `api`: the registry tracks `subject` itself (it answered `OCI-Subject`); `tag`: the fallback index holds it. */
  via: 'api' | 'tag';
  /** Writes of the fallback index it took (0 with the API, 1 without a concurrent writer). */
  indexWrites: number;
}

/**
 * Attaches a referrer manifest (with `subject` = `subject`): pushes it by digest; when the
 * registry does not answer `OCI-Subject` (no referrers API), adds its descriptor to the fallback
 * tag index by read-modify-write and re-reads the index until the descriptor is there (after a
 * short wait, so a writer that read before our write has had its turn), at most `tries` times.
 */
export async function attachReferrer(
  client: OciClient,
  repository: string,
  subject: string,
  manifest: { bytes: Uint8Array; mediaType: string },
  options: { tries?: number; settleMs?: number } = {},
): Promise<Attached> {
  const json = parseJson(Buffer.from(manifest.bytes), 'the referrer manifest');
  const named = (json.subject as { digest?: unknown } | undefined)?.digest;
  if (named !== subject)
    throw new OciError(
      'DIGEST_MISMATCH',
      `the referrer manifest's subject is ${quote(named)}, not ${subject}`,
    );
  const digest = sha256Digest(manifest.bytes);
  const put = await client.putManifest(repository, digest, manifest.bytes, manifest.mediaType);
  if (put.subject === subject) return { digest, via: 'api', indexWrites: 0 };
  const descriptor: Descriptor = { mediaType: manifest.mediaType, digest, size: manifest.bytes.length };
  const artifactType = json.artifactType ?? (json.config as { mediaType?: unknown } | undefined)?.mediaType;
  if (typeof artifactType === 'string') descriptor.artifactType = artifactType;
  if (json.annotations && typeof json.annotations === 'object')
    descriptor.annotations = json.annotations as Record<string, string>;
  const tag = referrersTag(subject);
  const tries = options.tries ?? 5;
  const settleMs = options.settleMs ?? 200;
  let writes = 0;
  for (let attempt = 0; attempt < tries; attempt++) {
    const current = await client.getManifest(repository, tag);
    const held = current ? indexDescriptors(current.json, `the referrers index ${tag}`) : [];
    if (!held.some((d) => d.digest === digest)) {
      // The index as read, with ours added; entries and fields we do not know are kept as they are.
      const index: Record<string, unknown> = current
        ? { ...current.json }
        : { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] };
      index.manifests = [...((index.manifests as unknown[]) ?? []), descriptor];
      try {
        await client.putManifest(repository, tag, Buffer.from(JSON.stringify(index)), OCI_INDEX, {
          ifMatch: current?.etag,
        });
      } catch (error) {
        // Another writer got there first: read its index and add ours to it.
        if (error instanceof OciError && error.code === 'CONFLICT') continue;
        throw error;
      }
      writes++;
    }
    await sleep(settleMs * (1 + Math.random()));
    const after = await client.getManifest(repository, tag);
    if (after && indexDescriptors(after.json, `the referrers index ${tag}`).some((d) => d.digest === digest))
      return { digest, via: 'tag', indexWrites: writes };
  }
  throw new OciError(
    'REFERRER_LOST',
    `the referrers index ${client.registry}/${repository}:${tag} lost ${digest} after ${tries} writes; other writers keep replacing it`,
  );
}
