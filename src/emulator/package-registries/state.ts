/*
 * What the registry emulator publishes: PyPI releases, crates and npm versions, each with the
 * digests the real registry computes at upload (PyPI `digests.sha256`, the crates `cksum`, npm
 * `dist.integrity` sha512). A version can be made to appear only after N asks (CDN lag).
 */
import { createHash } from 'node:crypto';

/** One published file: its name, bytes and the digests computed from those bytes at publish. */
export interface PublishedFile {
  name: string;
  bytes: Buffer;
  sha256: string;
  sha512: string;
}

/** A published version. `hiddenFor` metadata asks answer "not there" before it appears. */
export interface PublishedVersion {
  version: string;
  files: PublishedFile[];
  hiddenFor: number;
  /** How many times its metadata was asked for. */
  asks: number;
  yanked: boolean;
  /** PyPI: the digests each file lists (PyPI lists all three; a mirror may list fewer). */
  pypiDigests: PypiDigest[];
  /** npm: whether `dist.integrity` is listed (versions published before npm 5 have only `shasum`). */
  integrity: boolean;
  /** npm: the `version` field of the version's entry, when a mirror lies about it. */
  versionField?: string;
}

export type PypiDigest = 'sha256' | 'md5' | 'blake2b_256';

export interface PublishOptions {
  /** The first N metadata requests that would show this version do not (CDN lag). */
  hiddenFor?: number;
  yanked?: boolean;
  /** PyPI: list only these digests (default all three, as PyPI does). */
  pypiDigests?: PypiDigest[];
  /** npm: false lists only the sha1 `shasum`, as the packuments of pre-2017 versions do. */
  integrity?: boolean;
  /** npm: a `version` field that differs from the version's key (a lying mirror). */
  versionField?: string;
}

/** PEP 503 normalisation: how PyPI finds a project whatever its spelling. */
export function normalizePypiName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

function file(name: string, bytes: Buffer | string): PublishedFile {
  const data = Buffer.from(bytes);
  return {
    name,
    bytes: data,
    sha256: createHash('sha256').update(data).digest('hex'),
    sha512: createHash('sha512').update(data).digest('hex'),
  };
}

function version(v: string, files: PublishedFile[], options: PublishOptions): PublishedVersion {
  return {
    version: v,
    files,
    hiddenFor: options.hiddenFor ?? 0,
    asks: 0,
    yanked: options.yanked ?? false,
    pypiDigests: options.pypiDigests ?? ['blake2b_256', 'md5', 'sha256'],
    integrity: options.integrity ?? true,
    versionField: options.versionField,
  };
}

/** The emulator's registries. */
export class PackageRegistryState {
  /** normalized project → { name as published, versions } */
  readonly pypi = new Map<string, { name: string; versions: Map<string, PublishedVersion> }>();
  /** lowercase crate → { name as published, versions } */
  readonly crates = new Map<string, { name: string; versions: Map<string, PublishedVersion> }>();
  /** package name → versions */
  readonly npm = new Map<string, Map<string, PublishedVersion>>();

  /** Publishes files (wheels, sdists) as a PyPI release. */
  publishPypi(
    project: string,
    v: string,
    files: Record<string, Buffer | string>,
    options: PublishOptions = {},
  ): PublishedVersion {
    const key = normalizePypiName(project);
    const entry = this.pypi.get(key) ?? { name: project, versions: new Map() };
    this.pypi.set(key, entry);
    const published = version(
      v,
      Object.entries(files).map(([name, bytes]) => file(name, bytes)),
      options,
    );
    entry.versions.set(v, published);
    return published;
  }

  /** Publishes a .crate file. */
  publishCrate(
    crate: string,
    v: string,
    bytes: Buffer | string,
    options: PublishOptions = {},
  ): PublishedVersion {
    const key = crate.toLowerCase();
    const entry = this.crates.get(key) ?? { name: crate, versions: new Map() };
    this.crates.set(key, entry);
    const published = version(v, [file(`${crate}-${v}.crate`, bytes)], options);
    entry.versions.set(v, published);
    return published;
  }

  // Kept alike on purpose (docs/ARCHITECTURE.md): one publish method per registry, each naming its files its own way.
  /** Publishes an npm tarball; its name on the registry is `<unscoped name>-<version>.tgz`. */
  publishNpm(
    name: string,
    v: string,
    bytes: Buffer | string,
    options: PublishOptions = {},
  ): PublishedVersion {
    const versions = this.npm.get(name) ?? new Map<string, PublishedVersion>();
    this.npm.set(name, versions);
    const published = version(v, [file(`${name.split('/').pop()}-${v}.tgz`, bytes)], options);
    versions.set(v, published);
    return published;
  }

  /** Counts an ask of a version's metadata; true when the version is visible to this ask. */
  visible(published: PublishedVersion): boolean {
    published.asks++;
    return published.asks > published.hiddenFor;
  }
}
