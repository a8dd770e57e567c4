import { BaseError } from '../errors.js';

/**
 * Why undraft could not learn what an asset holds:
 * - `SHORT_DOWNLOAD`: a download gave another number of bytes than GitHub lists for the asset.
 * A digest in a form GitHub does not document is github/assets.ts's `reportedSha256` error.
 */
export type UndraftCode = 'SHORT_DOWNLOAD';

/** An asset whose bytes or digest cannot be known; the check that needed them fails. */
export class UndraftError extends BaseError<UndraftCode> {
  constructor(code: UndraftCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'UndraftError';
  }
}
