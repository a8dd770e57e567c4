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
  b: bigint;
  bits: number;
}

const CURVES: Record<string, Curve> = {
  'P-256': {
    p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
    a: 0xffffffff00000001000000000000000000000000fffffffffffffffffffffffcn,
    n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
    gx: 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
    gy: 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
    bits: 256,
  },
  'P-384': {
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
    a: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffcn,
    n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
    gx: 0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7n,
    gy: 0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5fn,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
    bits: 384,
  },
};

/** Jacobian coordinates (x = X/Z², y = Y/Z³); Z = 0 is the point at infinity. */
type Jacobian = { X: bigint; Y: bigint; Z: bigint };
const INFINITY: Jacobian = { X: 1n, Y: 1n, Z: 0n };

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

/** Doubling for curves with a = -3 (both NIST curves here), "dbl-2001-b". */
function double(c: Curve, P: Jacobian): Jacobian {
  if (P.Z === 0n || P.Y === 0n) return INFINITY;
  const p = c.p;
  const delta = mod(P.Z * P.Z, p);
  const gamma = mod(P.Y * P.Y, p);
  const beta = mod(P.X * gamma, p);
  const alpha = mod(3n * (P.X - delta) * (P.X + delta), p);
  const X = mod(alpha * alpha - 8n * beta, p);
  const Z = mod((P.Y + P.Z) * (P.Y + P.Z) - gamma - delta, p);
  const Y = mod(alpha * (4n * beta - X) - 8n * gamma * gamma, p);
  return { X, Y, Z };
}

/** General addition, "add-2007-bl". */
function add(c: Curve, P: Jacobian, Q: Jacobian): Jacobian {
  if (P.Z === 0n) return Q;
  if (Q.Z === 0n) return P;
  const p = c.p;
  const z1z1 = mod(P.Z * P.Z, p);
  const z2z2 = mod(Q.Z * Q.Z, p);
  const u1 = mod(P.X * z2z2, p);
  const u2 = mod(Q.X * z1z1, p);
  const s1 = mod(P.Y * Q.Z * z2z2, p);
  const s2 = mod(Q.Y * P.Z * z1z1, p);
  if (u1 === u2) return s1 === s2 ? double(c, P) : INFINITY;
  const h = mod(u2 - u1, p);
  const i = mod(4n * h * h, p);
  const j = mod(h * i, p);
  const r = mod(2n * (s2 - s1), p);
  const v = mod(u1 * i, p);
  const X = mod(r * r - j - 2n * v, p);
  const Y = mod(r * (v - X) - 2n * s1 * j, p);
  const Z = mod(((P.Z + Q.Z) * (P.Z + Q.Z) - z1z1 - z2z2) * h, p);
  return { X, Y, Z };
}

/** u1·G + u2·Q in one pass over the bits (Shamir's trick). */
function linearCombination(c: Curve, u1: bigint, G: Jacobian, u2: bigint, Q: Jacobian): Jacobian {
  const GQ = add(c, G, Q);
  let R = INFINITY;
  const bits = Math.max(u1.toString(2).length, u2.toString(2).length);
  for (let i = bits - 1; i >= 0; i--) {
    R = double(c, R);
    const b1 = (u1 >> BigInt(i)) & 1n;
    const b2 = (u2 >> BigInt(i)) & 1n;
    if (b1 && b2) R = add(c, R, GQ);
    else if (b1) R = add(c, R, G);
    else if (b2) R = add(c, R, Q);
  }
  return R;
}

/** True when (x, y) satisfies y² = x³ + ax + b, i.e. the key is a point of the curve. */
function onCurve(c: Curve, x: bigint, y: bigint): boolean {
  if (x < 0n || x >= c.p || y < 0n || y >= c.p) return false;
  return mod(y * y - (x * x * x + c.a * x + c.b), c.p) === 0n;
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
  const qx = BigInt('0x' + Buffer.from(jwk.x, 'base64url').toString('hex'));
  const qy = BigInt('0x' + Buffer.from(jwk.y, 'base64url').toString('hex'));
  if (!onCurve(curve, qx, qy)) return false;
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
  const R = linearCombination(curve, u1, { X: curve.gx, Y: curve.gy, Z: 1n }, u2, { X: qx, Y: qy, Z: 1n });
  if (R.Z === 0n) return false;
  const zInv = inverse(R.Z, curve.p);
  const x = mod(R.X * zInv * zInv, curve.p);
  return mod(x, curve.n) === r;
}
