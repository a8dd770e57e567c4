/*
 * Image references, read by the grammar of distribution's `reference` package (reference.go:
 * `reference := name [ ":" tag ] [ "@" digest ]`, its domain, path-component and tag rules) and
 * normalised as its normalize.go does for Docker Hub (`splitDockerDomain`): a first component
 * without `.` or `:` that is not `localhost` (and is lower case) is not a registry, so the image
 * is on `docker.io`; `index.docker.io` is `docker.io`; a one-component Docker Hub name is
 * `library/NAME`. The API of `docker.io` is served at `registry-1.docker.io`.
 */
import { quote } from '../quote.js';
import { isLoopbackHost } from '../http/url.js';
import { OciError } from './errors.js';
import { SHA256_DIGEST } from './media-types.js';

/** A parsed reference: where, which repository, and a tag, a digest, or both. */
export interface ImageReference {
  /** As the user names it after normalisation (`docker.io`, `ghcr.io`, `127.0.0.1:5000`). */
  registry: string;
  /** The repository path (`library/alpine`, `owner/app`). */
  repository: string;
  tag?: string;
  /** `sha256:<hex>`; the only algorithm accepted. */
  digest?: string;
}

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`,
);
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[_.]|__|[-]*)[a-z0-9]+)*';
const PATH = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const TAG = /^[\w][\w.-]{0,127}$/;
/** reference.go's NameTotalLengthMax. */
const NAME_MAX = 255;

/** The accepted form, as messages name it. */
export const REFERENCE_FORM = 'REGISTRY/NAME:TAG or REGISTRY/NAME@sha256:<64 hex>';

/**
 * Parses `text`, throwing `BAD_REFERENCE` with the accepted form. `what` names the value in the
 * message (an input's name). A digest other than sha256 is refused: it is the one the client checks.
 */
export function parseReference(text: string, what = 'image reference'): ImageReference {
  const refuse = (why: string): never => {
    throw new OciError('BAD_REFERENCE', `${what} ${quote(text)} ${why}; expected ${REFERENCE_FORM}`);
  };
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!SHA256_DIGEST.test(digest)) refuse('has a digest that is not sha256:<64 lowercase hex>');
  }
  let tag: string | undefined;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) refuse('has a tag outside [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}');
  }
  const { registry, repository } = splitDomain(rest, refuse);
  if (`${registry}/${repository}`.length > NAME_MAX) refuse(`has a name longer than ${NAME_MAX} characters`);
  const reference: ImageReference = { registry, repository };
  if (tag !== undefined) reference.tag = tag;
  if (digest !== undefined) reference.digest = digest;
  return reference;
}

/** Parses a reference that must name a repository only (no tag, no digest). */
export function parseRepository(text: string, what = 'image'): ImageReference {
  const reference = parseReference(text, what);
  if (reference.tag !== undefined || reference.digest !== undefined)
    throw new OciError(
      'BAD_REFERENCE',
      `${what} ${quote(text)} names a tag or digest; expected REGISTRY/NAME`,
    );
  return reference;
}

function splitDomain(name: string, refuse: (why: string) => never): { registry: string; repository: string } {
  const i = name.indexOf('/');
  const first = i === -1 ? '' : name.slice(0, i);
  let registry: string;
  let repository: string;
  if (i === -1 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    registry = 'docker.io';
    repository = name;
  } else {
    registry = first;
    repository = name.slice(i + 1);
    if (!DOMAIN.test(registry))
      refuse('has a registry that is not a host name or address with an optional port');
  }
  if (registry === 'index.docker.io') registry = 'docker.io';
  if (registry === 'docker.io' && !repository.includes('/')) repository = `library/${repository}`;
  if (!PATH.test(repository))
    refuse('has a name that is not lower-case components of [a-z0-9] joined by . _ __ or -, separated by /');
  return { registry, repository };
}

/**
 * Refuses a repository or a tag-or-digest outside the grammar before it becomes part of a URL
 * path (`../`, `?`, `#` and spaces would send the request elsewhere on the registry).
 */
export function checkTarget(repository: string, reference?: string): void {
  if (!PATH.test(repository) || repository.length > NAME_MAX)
    throw new OciError(
      'BAD_REFERENCE',
      `the repository ${quote(repository)} is not lower-case components of [a-z0-9] joined by . _ __ or -, separated by /`,
    );
  if (reference !== undefined && !TAG.test(reference) && !SHA256_DIGEST.test(reference))
    throw new OciError(
      'BAD_REFERENCE',
      `${quote(reference)} is neither a tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}) nor sha256:<64 lowercase hex>`,
    );
}

/** The reference as text: `registry/repository[:tag][@digest]`. */
export function formatReference(reference: ImageReference): string {
  const tag = reference.tag === undefined ? '' : `:${reference.tag}`;
  const digest = reference.digest === undefined ? '' : `@${reference.digest}`;
  return `${reference.registry}/${reference.repository}${tag}${digest}`;
}

/**
 * The base URL of a registry's API: `https://`, or plain `http://` for a loopback registry (the
 * contract's one exception: tests, a local registry). Docker Hub's API is `registry-1.docker.io`.
 */
export function registryBaseUrl(registry: string): string {
  const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
  const hostname = new URL(`http://${host}`).hostname;
  return `${isLoopbackHost(hostname) ? 'http' : 'https'}://${host}`;
}
