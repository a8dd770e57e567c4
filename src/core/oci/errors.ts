import { BaseError } from '../errors.js';

/**
 * Why the OCI client refused or failed, decided by code, never by a message's wording:
 * - `BAD_REFERENCE`: an image reference outside the distribution reference grammar (or not by sha256);
 * - `DIGEST_MISMATCH`: bytes whose sha256 is not the digest asked for, or a registry that named
 *   another digest for what was sent;
 * - `NOT_FOUND`: the registry answered 404 for a manifest or blob that must exist;
 * - `BAD_ANSWER`: an answer the client cannot read (a status it did not expect, a body that is not
 *   the JSON asked for, a media type that is not a manifest, a pagination that goes round);
 * - `BAD_MANIFEST`: a manifest given to write that is not JSON, or whose `mediaType` is not the
 *   type it would be written as (nothing is sent);
 * - `CONFLICT`: a conditional write (`If-Match`) refused because the tag moved since it was read;
 * - `TOO_LARGE`: a body over the client's limit;
 * - `BAD_CHALLENGE`: a 401 whose `WWW-Authenticate` names no scheme the client speaks, or a token
 *   server's answer without a token;
 * - `REFERRER_LOST`: the fallback referrers index did not keep the referrer written to it after
 *   every try (writers kept replacing it).
 */
export type OciErrorCode =
  | 'BAD_REFERENCE'
  | 'DIGEST_MISMATCH'
  | 'NOT_FOUND'
  | 'BAD_ANSWER'
  | 'BAD_MANIFEST'
  | 'CONFLICT'
  | 'TOO_LARGE'
  | 'BAD_CHALLENGE'
  | 'REFERRER_LOST';

/** A refusal or failure of the OCI client; the message names the registry, repository and reference. */
export class OciError extends BaseError<OciErrorCode> {
  constructor(code: OciErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'OciError';
  }
}
