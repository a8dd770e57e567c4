import { BaseError } from '../errors.js';

/**
 * Why undraft could not learn what an asset holds:
 * - `SHORT_DOWNLOAD`: a download gave another number of bytes than GitHub lists for the asset;
 * - `UNDOCUMENTED_DIGEST`: GitHub reports a digest in a form its documentation does not give
 *   (only `sha256:<64 hex>` is documented), so the asset's sha256 is unknown.
 */
export type UndraftCode = 'SHORT_DOWNLOAD' | 'UNDOCUMENTED_DIGEST';

/** An asset whose bytes or digest cannot be known; the check that needed them fails. */
export class UndraftError extends BaseError<UndraftCode> {
  constructor(code: UndraftCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'UndraftError';
  }
}
