/*
 * byte-identity's `against` lines: one parser for every reference kind, refusing anything that
 * is not exactly one of the documented forms, so that a name put into a URL path can never
 * climb out of its segment.
 */
import { BaseError } from '../errors.js';
import { checkFetchUrl } from '../http/url.js';
import { parseTagName } from '../inputs/parsers.js';

/** An `against` line that is not one of the accepted forms; the message names the form. */
export class ReferenceSyntaxError extends BaseError<'INVALID_REFERENCE'> {
  constructor(message: string) {
    super('INVALID_REFERENCE', message);
    this.name = 'ReferenceSyntaxError';
  }
}

/** byte-identity's modes: check the local files against a reference, or write the reference's canonical set. */
export type Mode = 'verify' | 'canonicalize';
export const MODES: readonly Mode[] = ['verify', 'canonicalize'];

/** A parsed `against` line. `raw` is the line as the user wrote it, for messages. */
export type Reference =
  | { kind: 'dir'; raw: string; path: string }
  | { kind: 'sums'; raw: string; path: string }
  | { kind: 'release'; raw: string; tag: string }
  | { kind: 'pypi'; raw: string; project: string; version: string }
  | { kind: 'crates'; raw: string; crate: string; version: string }
  | { kind: 'npm'; raw: string; name: string; version: string }
  | { kind: 'url'; raw: string; url: string };

export type ReferenceKind = Reference['kind'];

/** The reference kinds, in the order the `against` input documents them. */
export const REFERENCE_KINDS: readonly ReferenceKind[] = [
  'dir',
  'sums',
  'release',
  'pypi',
  'crates',
  'npm',
  'url',
];

const FORMS: Record<ReferenceKind, string> = {
  dir: 'dir:PATH',
  sums: 'sums:PATH',
  release: 'release:TAG',
  pypi: 'pypi:PROJECT==VERSION',
  crates: 'crates:CRATE@VERSION',
  npm: 'npm:NAME@VERSION',
  url: 'url:URL',
};

/** The accepted forms, for error messages. */
export const REFERENCE_FORMS = REFERENCE_KINDS.map((k) => FORMS[k]).join(', ');

// Names and versions are restricted to what the registries themselves accept, and never hold
// '/', '?', '#' or '%': they are put into URL paths, and a name that could climb out of its path
// segment would make the action read another project's digests.
const PYPI_PROJECT = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const PYPI_VERSION = /^[A-Za-z0-9](?:[A-Za-z0-9.+!_-]*[A-Za-z0-9])?$/;
const CRATE = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const SEMVER_LIKE = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
// npm's naming rules (validate-npm-package-name): new names are lowercase, URL-safe, at most 214
// characters and start with neither '.' nor '_'; names published before those rules may hold
// capitals and the characters ~'!()* and be longer ("validForOldPackages": `JSONStream`). Such
// names are still served, so they are read. Scopes came later and were always lowercase.
const NPM_NAME =
  /^(?:@[a-z0-9][a-z0-9._~-]*\/[a-z0-9][a-z0-9._~-]*|[A-Za-z0-9~'!()*-][A-Za-z0-9._~'!()*-]*)$/;

/**
 * Parses one `against` line. Throws a ReferenceSyntaxError whose message says what is wrong and
 * the accepted form; the input layer prefixes the input's name and collects every such error.
 */
export function parseReference(line: string): Reference {
  const raw = line.trim();
  const colon = raw.indexOf(':');
  const scheme = colon < 0 ? '' : raw.slice(0, colon);
  const rest = colon < 0 ? '' : raw.slice(colon + 1).trim();
  const bad = (why: string, kind?: ReferenceKind): ReferenceSyntaxError =>
    new ReferenceSyntaxError(
      `'${raw}' ${why}; expected ${kind ? FORMS[kind] : `one of ${REFERENCE_FORMS}`}.`,
    );
  switch (scheme) {
    case 'dir':
    case 'sums':
      if (rest === '' || rest.includes('\0')) throw bad('has no path', scheme);
      return { kind: scheme, raw, path: rest };
    case 'release': {
      // The one tag parser of every action: lookalike and invisible characters are refused, so a
      // reference cannot name a tag that only looks like the release.
      let tag: string;
      try {
        tag = parseTagName('against', rest);
      } catch {
        throw bad(
          "is not a valid tag name (printable ASCII, no spaces, none of ~^:?*[\\, no '..')",
          'release',
        );
      }
      return { kind: 'release', raw, tag };
    }
    case 'pypi': {
      const match = /^([^=\s]+)==([^=\s]+)$/.exec(rest);
      if (!match) throw bad('does not name one exact version', 'pypi');
      if (!PYPI_PROJECT.test(match[1])) throw bad(`has an invalid project name '${match[1]}'`, 'pypi');
      if (!PYPI_VERSION.test(match[2])) throw bad(`has an invalid version '${match[2]}'`, 'pypi');
      return { kind: 'pypi', raw, project: match[1], version: match[2] };
    }
    case 'crates': {
      const at = rest.lastIndexOf('@');
      if (at <= 0) throw bad('does not name one exact version', 'crates');
      const crate = rest.slice(0, at);
      const version = rest.slice(at + 1);
      if (!CRATE.test(crate)) throw bad(`has an invalid crate name '${crate}'`, 'crates');
      if (!SEMVER_LIKE.test(version)) throw bad(`has an invalid version '${version}' (semver)`, 'crates');
      return { kind: 'crates', raw, crate, version };
    }
    case 'npm': {
      // '@scope/name@1.2.3': the version is after the last '@' that is not the scope's.
      const at = rest.lastIndexOf('@');
      if (at <= 0) throw bad('does not name one exact version', 'npm');
      const name = rest.slice(0, at);
      const version = rest.slice(at + 1);
      if (!NPM_NAME.test(name) || name.length > 1000)
        throw bad(`has an invalid package name '${name}'`, 'npm');
      if (!SEMVER_LIKE.test(version)) throw bad(`has an invalid version '${version}' (semver)`, 'npm');
      return { kind: 'npm', raw, name, version };
    }
    case 'url': {
      const checked = checkFetchUrl(rest);
      if (typeof checked === 'string') throw bad(checked, 'url');
      const name = urlFileName(checked);
      if (name === undefined) throw bad('has no file name at the end of its path', 'url');
      return { kind: 'url', raw, url: checked.href };
    }
    default:
      throw bad(scheme === '' ? 'has no scheme' : `has an unknown scheme '${scheme}'`);
  }
}

/** The last path segment, decoded: the file name a URL serves. */
export function urlFileName(url: URL): string | undefined {
  const segment = url.pathname.split('/').pop() ?? '';
  let name: string;
  try {
    name = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  if (name === '' || name === '.' || name === '..' || /[\\/\0]/.test(name)) return undefined;
  return name;
}
