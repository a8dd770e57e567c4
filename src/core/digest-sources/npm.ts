/*
 * npm: the packument (`<registry>/<name>`, a scoped name with its '/' escaped) lists every
 * version; `versions[v].dist.integrity` is a Subresource Integrity string whose sha512 the
 * registry computed at publish, and `dist.tarball` is where the bytes are. Only the sha512 is
 * accepted as the identity: the legacy `shasum` is sha1, which is not collision-resistant, so a
 * version that lists only a `shasum` (published before npm 5 added `integrity`) is refused for
 * want of an accepted digest, never compared on downloaded bytes.
 */
import type { HttpOptions } from '../http/fetch.js';
import { joinUrl } from '../http/url.js';
import { quote } from '../quote.js';
import { getJson, isObject } from './metadata.js';
import { type Lookup, DigestSourceError, type ServedFile, type Source } from './source.js';
import type { Reference } from './reference.js';

export const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org';

/** The packument URL path of a package name (`@scope/name` → `@scope%2fname`). */
export function packumentPath(name: string): string {
  return name.startsWith('@') ? name.replace('/', '%2f') : name;
}

/**
 * The file name `npm pack` gives a version's tarball, which is what the local file is called:
 * `name-1.2.3.tgz`, and for `@scope/name` `scope-name-1.2.3.tgz`.
 */
export function npmPackFileName(name: string, version: string): string {
  return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

/** The sha512 hex digests an SRI string carries (it may list several, space-separated). */
export function sha512OfIntegrity(integrity: string): string[] {
  const out: string[] = [];
  for (const token of integrity.trim().split(/\s+/)) {
    const match = /^sha512-([A-Za-z0-9+/]{86}==)(?:\?.*)?$/.exec(token);
    if (match) out.push(Buffer.from(match[1], 'base64').toString('hex'));
  }
  return out;
}

// Kept alike on purpose (docs/ARCHITECTURE.md): every source fills in the same Source fields; the lookup is its own.
/** The source for `npm:NAME@VERSION`. */
export function npmSource(
  reference: Extract<Reference, { kind: 'npm' }>,
  options: { registry?: string; http?: HttpOptions } = {},
): Source {
  const registry = options.registry ?? DEFAULT_NPM_REGISTRY;
  const url = joinUrl(registry, packumentPath(reference.name));
  return {
    reference,
    algorithm: 'sha512',
    servesBytes: true,
    async lookup(): Promise<Lookup> {
      const doc = await getJson(reference.raw, url, 'the npm packument', {
        ...options.http,
        input: 'npm-registry',
      });
      const missing = `the npm registry does not serve ${reference.name}@${reference.version}`;
      if (doc === undefined) return { state: 'pending', detail: `${missing} (404 from ${url})` };
      const file = parsePackumentVersion(reference.raw, doc, reference.name, reference.version, registry);
      if (!file) return { state: 'pending', detail: `${missing} (not in the packument's versions)` };
      return { state: 'found', files: [file] };
    },
  };
}

/** The tarball of one version of a packument, or undefined when the version is not listed. */
export function parsePackumentVersion(
  reference: string,
  doc: unknown,
  name: string,
  version: string,
  registry?: string,
): ServedFile | undefined {
  const bad = (why: string): DigestSourceError =>
    new DigestSourceError(reference, `the npm packument ${why}`);
  if (!isObject(doc) || !isObject(doc.versions)) throw bad("has no 'versions' object");
  if (doc.name !== undefined && doc.name !== name) throw bad(`is for another package (${quote(doc.name)})`);
  const entry = doc.versions[version];
  if (entry === undefined) return undefined;
  if (!isObject(entry) || !isObject(entry.dist)) throw bad(`has no dist for ${version}`);
  // The key and the entry's own `version` are one value in every packument the registry writes;
  // a document where they differ cannot be trusted to say which tarball is which version.
  if (entry.version !== version) {
    throw bad(`versions[${quote(version)}] says it is version ${quote(entry.version ?? null)}: refused`);
  }
  const { tarball, integrity, shasum } = entry.dist;
  if (typeof tarball !== 'string') throw bad(`has no dist.tarball for ${version}`);
  const published: ServedFile['published'] = {};
  if (integrity !== undefined) {
    if (typeof integrity !== 'string') throw bad(`has a dist.integrity for ${version} that is not a string`);
    const digests = [...new Set(sha512OfIntegrity(integrity))];
    // Two different sha512 values for one tarball cannot both be right: refuse to choose.
    if (digests.length > 1) throw bad(`lists ${digests.length} different sha512 digests for ${version}`);
    if (digests.length === 0 && /sha512-/.test(integrity))
      throw bad(`has a malformed sha512 integrity for ${version}`);
    if (digests.length === 1) published.sha512 = digests[0];
  }
  const file: ServedFile = {
    name: npmPackFileName(name, version),
    published,
    url: upgradeTarballUrl(tarball, registry),
    input: 'npm-registry',
  };
  if (!published.sha512) {
    const found =
      typeof shasum === 'string' && integrity === undefined ? 'only a sha1 `shasum`' : 'no sha512';
    file.noAcceptedDigest = `the npm registry lists ${found} for ${name}@${version} and no sha512 \`dist.integrity\`; byte-identity accepts only dist.integrity sha512 (sha1 is not collision-resistant), so these bytes are neither compared nor handed on`;
  }
  return file;
}

/**
 * Old packuments list `http://` tarball URLs on the registry's own host; npm itself fetches them
 * over https. The same upgrade is made here for the registry's host only (any other http URL is
 * refused at download time, loopback apart).
 */
export function upgradeTarballUrl(tarball: string, registry: string | undefined): string {
  if (!registry) return tarball;
  try {
    const t = new URL(tarball);
    const r = new URL(registry);
    if (t.protocol === 'http:' && r.protocol === 'https:' && t.host === r.host) {
      t.protocol = 'https:';
      return t.href;
    }
  } catch {
    // Not a URL: refused where it is used.
  }
  return tarball;
}
