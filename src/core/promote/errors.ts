import { BaseError } from '../errors.js';

/**
 * Why promote-image refused, decided by code, never by a message's wording:
 * - `UNVERIFIED`: the evidence required for the digest did not verify (nothing was written);
 * - `TAG_CONFLICT`: the version tag names another digest (nothing was written), or reads back as
 *   another digest after it was written (another writer changed it meanwhile);
 * - `NOT_CONVERGED`: a floating tag kept moving under concurrent writers for every round allowed.
 */
export type PromoteErrorCode = 'UNVERIFIED' | 'TAG_CONFLICT' | 'NOT_CONVERGED';

/** A refusal of the promotion; the message names the image, the tags and the digests. */
export class PromoteError extends BaseError<PromoteErrorCode> {
  constructor(code: PromoteErrorCode, message: string, options?: { cause?: unknown; fix?: string }) {
    super(code, message, options);
    this.name = 'PromoteError';
  }
}
