import {
  BUNDLE_V01_MEDIA_TYPE,
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_LEGACY_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
  bundleFromJSON,
  ValidationError,
  type Bundle,
} from '@sigstore/bundle';
import { BaseError, messageOf } from '../errors.js';
import { quote } from '../quote.js';

/** The bundle media types this verifier knows. Anything else is refused, not guessed at. */
export const KNOWN_BUNDLE_MEDIA_TYPES = [
  BUNDLE_V01_MEDIA_TYPE,
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_LEGACY_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
] as const;

export class BundleFormatError extends BaseError<'BUNDLE_FORMAT'> {
  constructor(message: string) {
    super('BUNDLE_FORMAT', message);
    this.name = 'BundleFormatError';
  }
}

/**
 * Parses a Sigstore bundle: valid JSON, a known media type, and the fields that version
 * requires (v0.1 an inclusion promise, v0.2+ an inclusion proof, v0.3 a single certificate).
 */
export function parseBundle(text: string): Bundle {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BundleFormatError(`bundle is not valid JSON: ${messageOf(error)}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new BundleFormatError('bundle is not a JSON object');
  }
  const mediaType = (json as { mediaType?: unknown }).mediaType;
  if (mediaType === undefined) {
    throw new BundleFormatError(
      `unknown bundle media type: the bundle has no mediaType field (known: ${KNOWN_BUNDLE_MEDIA_TYPES.join(', ')})`,
    );
  }
  if (typeof mediaType !== 'string' || !(KNOWN_BUNDLE_MEDIA_TYPES as readonly string[]).includes(mediaType)) {
    throw new BundleFormatError(
      `unknown bundle media type ${quote(mediaType)} (known: ${KNOWN_BUNDLE_MEDIA_TYPES.join(', ')})`,
    );
  }
  try {
    return bundleFromJSON(json);
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new BundleFormatError(
        `bundle is malformed: ${error.message} (${(error.fields ?? []).join(', ')})`,
      );
    }
    throw new BundleFormatError(`bundle is malformed: ${messageOf(error)}`);
  }
}
