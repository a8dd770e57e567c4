import type { KeyObject } from 'node:crypto';
import { p256, p384 } from '@noble/curves/nist.js';
import { BaseError } from '../errors.js';

/**
 * A public key this verifier cannot use:
 * - `UNSUPPORTED_KEY`: not an EC key, or on a curve other than P-256 and P-384;
 * - `MALFORMED_KEY`: coordinates of the wrong length for its curve.
 */
export class KeyError extends BaseError<'UNSUPPORTED_KEY' | 'MALFORMED_KEY'> {}

/*
 * ECDSA verification over a digest the caller already computed. Node's crypto can only verify
 * ECDSA over the message (it hashes it itself), but a release artifact may be gigabytes (hashed
 * once, streaming, with bounded memory) or given only as `sha256:<hex>` (the conformance
 * protocol). The curve arithmetic, DER parsing and point validation come from @noble/curves
 * (audited), not from code of ours.
 */

type Verifier = typeof p256;

/**
 * The curves we accept, keyed by the OpenSSL name Node reports in `asymmetricKeyDetails`, with
 * the JWK name it must agree with and the byte length of one coordinate.
 */
const CURVES: Record<string, { jwk: string; curve: Verifier; coordinateBytes: number }> = {
  prime256v1: { jwk: 'P-256', curve: p256, coordinateBytes: 32 },
  secp384r1: { jwk: 'P-384', curve: p384, coordinateBytes: 48 },
};

/**
 * The key as an uncompressed SEC 1 point (0x04 || X || Y), checked against the curve we verify
 * with. JWK is the export every Node 24 has (the newer raw export is not on older 24.x runners),
 * and Node pads each coordinate to the field size, which we check rather than assume.
 */
function publicPoint(key: KeyObject): { curve: Verifier; point: Uint8Array } {
  if (key.asymmetricKeyType !== 'ec')
    throw new KeyError('UNSUPPORTED_KEY', `unsupported key type ${String(key.asymmetricKeyType)}`);
  const named = key.asymmetricKeyDetails?.namedCurve;
  const entry = named === undefined ? undefined : CURVES[named];
  if (!entry) throw new KeyError('UNSUPPORTED_KEY', `unsupported curve ${named ?? '(explicit parameters)'}`);
  const jwk = key.export({ format: 'jwk' });
  if (jwk.crv !== entry.jwk || !jwk.x || !jwk.y)
    throw new KeyError('UNSUPPORTED_KEY', `unsupported curve ${String(jwk.crv)}`);
  const x = Buffer.from(jwk.x, 'base64url');
  const y = Buffer.from(jwk.y, 'base64url');
  if (x.length !== entry.coordinateBytes || y.length !== entry.coordinateBytes) {
    throw new KeyError('MALFORMED_KEY', `malformed ${entry.jwk} public key`);
  }
  return { curve: entry.curve, point: Uint8Array.from(Buffer.concat([Buffer.of(0x04), x, y])) };
}

/**
 * Verifies a DER-encoded ECDSA signature over `digest` (already hashed) with a P-256 or P-384
 * public key. Returns false for anything malformed (signature not strict DER, r or s out of
 * range, key not on the curve, wrong digest); throws for a key that is not a P-256/P-384 public
 * key, so the caller cannot mistake "cannot check" for "checked".
 *
 * High-S signatures are accepted: ECDSA as specified, OpenSSL (Node), Go's crypto/ecdsa
 * (sigstore-go, cosign) and sigstore-js all accept them, and a signer is not required to
 * normalise S. Rejecting them would refuse genuine signatures; malleability of S does not let
 * anyone sign a different digest.
 */
export function verifyEcdsaDigest(key: KeyObject, digest: Buffer, signature: Buffer): boolean {
  const { curve, point } = publicPoint(key);
  try {
    // prehash: false — `digest` already is the hash; the library truncates it to the order's bit
    // length exactly as FIPS 186 says. format 'der' — what Sigstore bundles carry.
    return curve.verify(Uint8Array.from(signature), Uint8Array.from(digest), point, {
      prehash: false,
      lowS: false,
      format: 'der',
    });
  } catch {
    // The library throws (rather than returns false) for some malformed inputs, e.g. a
    // signature it cannot even size-check: malformed is a failed verification, never a pass.
    return false;
  }
}
