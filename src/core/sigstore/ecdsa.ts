import type { KeyObject } from 'node:crypto';

/*
 * ECDSA verification over a digest the caller already computed. Node's crypto can only verify
 * ECDSA over the message (it hashes it itself), but a release artifact may be gigabytes (hashed
 * once, streaming, with bounded memory) or given only as `sha256:<hex>` (the conformance
 * protocol). Verification handles public data only, so plain BigInt arithmetic is safe here:
 * there is no secret whose timing could leak.
 */

interface Curve {
  p: bigint;
  a: bigint;
  n: bigint;
  gx: bigint;
  gy: bigint;
  bits: number;
}

const CURVES: Record<string, Curve> = {
  'P-256': {
    p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
    a: 0xffffffff00000001000000000000000000000000fffffffffffffffffffffffcn,
    n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
    gx: 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
    gy: 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n,
    bits: 256,
  },
  'P-384': {
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
    a: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffcn,
    n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
    gx: 0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7n,
    gy: 0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5fn,
    bits: 384,
  },
};

type Point = { x: bigint; y: bigint } | null;

function mod(a: bigint, m: bigint): bigint {
  const r = a % m;
  return r >= 0n ? r : r + m;
}

function inverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [mod(a, m), m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new Error('not invertible');
  return mod(oldS, m);
}

function add(c: Curve, P: Point, Q: Point): Point {
  if (!P) return Q;
  if (!Q) return P;
  let l: bigint;
  if (P.x === Q.x) {
    if (mod(P.y + Q.y, c.p) === 0n) return null;
    l = mod((3n * P.x * P.x + c.a) * inverse(2n * P.y, c.p), c.p);
  } else {
    l = mod((Q.y - P.y) * inverse(Q.x - P.x, c.p), c.p);
  }
  const x = mod(l * l - P.x - Q.x, c.p);
  return { x, y: mod(l * (P.x - x) - P.y, c.p) };
}

function multiply(c: Curve, k: bigint, P: Point): Point {
  let result: Point = null;
  let addend = P;
  while (k > 0n) {
    if (k & 1n) result = add(c, result, addend);
    addend = add(c, addend, addend);
    k >>= 1n;
  }
  return result;
}

/** Parses a DER ECDSA-Sig-Value (SEQUENCE of two INTEGERs). */
function parseDerSignature(sig: Buffer): { r: bigint; s: bigint } | undefined {
  let i = 0;
  const readLength = (): number => {
    let len = sig[i++];
    if (len & 0x80) {
      const count = len & 0x7f;
      if (count > 2) return -1;
      len = 0;
      for (let k = 0; k < count; k++) len = (len << 8) | sig[i++];
    }
    return len;
  };
  if (sig[i++] !== 0x30) return undefined;
  const total = readLength();
  if (total !== sig.length - i) return undefined;
  const ints: bigint[] = [];
  for (let k = 0; k < 2; k++) {
    if (sig[i++] !== 0x02) return undefined;
    const len = readLength();
    if (len <= 0 || i + len > sig.length) return undefined;
    ints.push(BigInt('0x' + sig.subarray(i, i + len).toString('hex')));
    i += len;
  }
  if (i !== sig.length) return undefined;
  return { r: ints[0], s: ints[1] };
}

/**
 * Verifies a DER-encoded ECDSA signature over `digest` (already hashed) with a P-256 or P-384
 * public key. Returns false for anything malformed, and throws for an unsupported key.
 */
export function verifyEcdsaDigest(key: KeyObject, digest: Buffer, signature: Buffer): boolean {
  if (key.asymmetricKeyType !== 'ec') throw new Error(`unsupported key type ${key.asymmetricKeyType}`);
  const jwk = key.export({ format: 'jwk' });
  const curve = CURVES[jwk.crv ?? ''];
  if (!curve || !jwk.x || !jwk.y) throw new Error(`unsupported curve ${jwk.crv}`);
  const Q: Point = {
    x: BigInt('0x' + Buffer.from(jwk.x, 'base64url').toString('hex')),
    y: BigInt('0x' + Buffer.from(jwk.y, 'base64url').toString('hex')),
  };
  const parsed = parseDerSignature(signature);
  if (!parsed) return false;
  const { r, s } = parsed;
  if (r <= 0n || r >= curve.n || s <= 0n || s >= curve.n) return false;
  let e = BigInt('0x' + (digest.toString('hex') || '0'));
  const excess = digest.length * 8 - curve.bits;
  if (excess > 0) e >>= BigInt(excess);
  const w = inverse(s, curve.n);
  const u1 = mod(e * w, curve.n);
  const u2 = mod(r * w, curve.n);
  const X = add(curve, multiply(curve, u1, { x: curve.gx, y: curve.gy }), multiply(curve, u2, Q));
  if (!X) return false;
  return mod(X.x, curve.n) === r;
}
