/*
 * The tags promote-image reads and writes, decided from the tag list alone: the version tag
 * (`tag-prefix` + version), the floating tags (`latest`, `major` → `1`, `minor` → `1.2`, each
 * with `tag-prefix`, as the contract's "promote-image" section names them) and the stable
 * versions in each floating tag's scope. A tag counts as a version only when it is exactly
 * `tag-prefix` + strict SemVer 2.0.0 (core/semver.ts: byte for byte, no `v` folding); build
 * metadata cannot occur because an OCI tag has no `+` (distribution's reference grammar). Order
 * is SemVer precedence through the `semver` package (core/semver.ts's compareVersions).
 */
import { compareVersions, parseTag, type SemVer } from '../semver.js';

/** The floating tags the action knows (`floating-tags` input). */
export const FLOATING_KINDS = ['latest', 'major', 'minor'] as const;
export type FloatingKind = (typeof FLOATING_KINDS)[number];

/** A stable version found in the tag list: its tag and its parts. */
export interface TaggedVersion {
  tag: string;
  semver: SemVer;
}

/** The name of a floating tag for `version`: `latest`, `1` or `1.2`, each after `prefix`. */
export function floatingTagName(kind: FloatingKind, prefix: string, version: SemVer): string {
  switch (kind) {
    case 'latest':
      return `${prefix}latest`;
    case 'major':
      return `${prefix}${version.major}`;
    case 'minor':
      return `${prefix}${version.major}.${version.minor}`;
  }
}

/** Whether `other` is in the scope of the floating tag of kind `kind` for `version`. */
export function inScope(kind: FloatingKind, version: SemVer, other: SemVer): boolean {
  if (kind === 'latest') return true;
  if (other.major !== version.major) return false;
  return kind === 'major' || other.minor === version.minor;
}

/**
 * The stable versions among `tags`: the tags that are exactly `prefix` + a SemVer without
 * pre-release, highest first. Anything else (`latest`, `1.2`, `v1.2.3` under prefix `''`,
 * `1.2.3-rc.1`, a `sha256-…` referrers index) is not a version and is ignored.
 */
export function stableVersions(tags: readonly string[], prefix: string): TaggedVersion[] {
  const out: TaggedVersion[] = [];
  for (const tag of tags) {
    if (!tag.startsWith(prefix)) continue;
    const parsed = parseTag(tag, prefix);
    if (!parsed.ok || parsed.value.prerelease.length > 0 || parsed.value.build.length > 0) continue;
    out.push({ tag, semver: parsed.value });
  }
  return out.sort((a, b) => compareVersions(b.semver.version, a.semver.version));
}

/**
 * The versions in the scope of a floating tag that are higher than `version`, highest first:
 * the candidates a floating tag must go to instead, once verified.
 */
export function higherInScope(
  versions: readonly TaggedVersion[],
  kind: FloatingKind,
  version: SemVer,
): TaggedVersion[] {
  return versions.filter(
    (v) => inScope(kind, version, v.semver) && compareVersions(v.semver.version, version.version) > 0,
  );
}
