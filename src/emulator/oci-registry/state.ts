/*
 * What the OCI registry emulator holds: per repository, manifests by digest (the exact bytes and
 * the media type they were put with), tags, and blobs. Referrers are derived from the manifests'
 * `subject`, as a registry with the referrers API does.
 */
import { createHash } from 'node:crypto';

export interface StoredManifest {
  bytes: Buffer;
  mediaType: string;
}

export interface Repository {
  manifests: Map<string, StoredManifest>;
  tags: Map<string, string>;
  blobs: Map<string, Buffer>;
}

export function digestOf(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export class OciRegistryState {
  readonly repositories = new Map<string, Repository>();

  repository(name: string): Repository {
    let repo = this.repositories.get(name);
    if (!repo) {
      repo = { manifests: new Map(), tags: new Map(), blobs: new Map() };
      this.repositories.set(name, repo);
    }
    return repo;
  }

  /** A stored manifest by tag or digest. */
  manifest(name: string, reference: string): (StoredManifest & { digest: string }) | undefined {
    const repo = this.repositories.get(name);
    if (!repo) return undefined;
    const digest = reference.startsWith('sha256:') ? reference : repo.tags.get(reference);
    const stored = digest === undefined ? undefined : repo.manifests.get(digest);
    return stored && digest ? { ...stored, digest } : undefined;
  }

  /** Stores a manifest (and the tag, when the reference is one); returns its digest. */
  putManifest(name: string, reference: string, bytes: Buffer, mediaType: string): string {
    const repo = this.repository(name);
    const digest = digestOf(bytes);
    repo.manifests.set(digest, { bytes, mediaType });
    if (!reference.startsWith('sha256:')) repo.tags.set(reference, digest);
    return digest;
  }

  putBlob(name: string, bytes: Buffer): string {
    const digest = digestOf(bytes);
    this.repository(name).blobs.set(digest, bytes);
    return digest;
  }

  /** The descriptors of the manifests whose `subject` is `digest` (the referrers API's answer). */
  referrers(name: string, digest: string): Record<string, unknown>[] {
    const repo = this.repositories.get(name);
    if (!repo) return [];
    const out: Record<string, unknown>[] = [];
    for (const [d, m] of repo.manifests) {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(m.bytes.toString()) as Record<string, unknown>;
      } catch {
        continue;
      }
      if ((body.subject as { digest?: unknown } | undefined)?.digest !== digest) continue;
      const descriptor: Record<string, unknown> = { mediaType: m.mediaType, digest: d, size: m.bytes.length };
      const artifactType =
        body.artifactType ?? (body.config as { mediaType?: unknown } | undefined)?.mediaType;
      if (artifactType !== undefined) descriptor.artifactType = artifactType;
      if (body.annotations !== undefined) descriptor.annotations = body.annotations;
      out.push(descriptor);
    }
    return out;
  }
}
