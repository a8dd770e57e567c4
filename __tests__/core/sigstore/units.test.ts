import * as crypto from 'node:crypto';
import fc from 'fast-check';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { startSigstore, type SigstoreEmulator } from '../../../src/emulator/sigstore/index.js';
import { canonicalizeRekorEntry } from '../../../src/emulator/sigstore/rekor-canonical.js';
import { p256, p384 } from '@noble/curves/nist.js';
import { verifyEcdsaDigest } from '../../../src/core/sigstore/ecdsa.js';
// Kept alike on purpose (docs/ARCHITECTURE.md): an import list.
import {
  expectedIssuer,
  parseBundle,
  parseBundleSuffix,
  parseIdentityRegExp,
  parseServiceUrl,
  parseTrustedRoot,
  runnerIdentityProvider,
  sanitizeTrustedRoot,
  shellQuote,
  escapeRegExp,
  toPolicy,
  verifyInstructions,
  wholeMatch,
} from '../../../src/core/sigstore/index.js';
import { mapBounded } from '../../../src/core/sigstore/pool.js';
import { parseSha256Digest } from '../../../src/core/digest.js';

describe('parsers', () => {
  it('parseSha256Digest accepts exactly sha256: + 64 hex', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const hex = Buffer.from(bytes).toString('hex');
        expect(parseSha256Digest(`sha256:${hex}`)).toEqual(Buffer.from(bytes));
        expect(parseSha256Digest(`sha256:${hex.toUpperCase()}`)).toEqual(Buffer.from(bytes));
        expect(parseSha256Digest(`sha256:${hex}0`)).toBeUndefined();
        expect(parseSha256Digest(`sha512:${hex}`)).toBeUndefined();
        expect(parseSha256Digest(hex)).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        const parsed = parseSha256Digest(s);
        if (parsed) expect(s).toMatch(/^sha256:[0-9a-fA-F]{64}$/);
      }),
    );
  });

  it('parseBundleSuffix refuses paths and blanks, keeps file-name endings', () => {
    expect(parseBundleSuffix('bundle-suffix', ' .sigstore.json ')).toBe('.sigstore.json');
    for (const bad of ['', '  ', '/x', 'a/b', 'a\\b', '..']) {
      expect(() => parseBundleSuffix('bundle-suffix', bad)).toThrow(/Input 'bundle-suffix'/);
    }
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (s) => {
        try {
          const v = parseBundleSuffix('bundle-suffix', s);
          expect(v).not.toMatch(/[\\/\0]/);
          expect(v.length).toBeGreaterThan(0);
        } catch (error) {
          expect((error as Error).message).toContain("Input 'bundle-suffix'");
        }
      }),
    );
  });

  it('parseServiceUrl takes http(s) URLs without credentials', () => {
    expect(parseServiceUrl('fulcio-url', 'https://fulcio.example.com/')).toBe('https://fulcio.example.com');
    expect(parseServiceUrl('tsa-url', 'https://tsa.example.com/api/v1/timestamp')).toBe(
      'https://tsa.example.com/api/v1/timestamp',
    );
    for (const bad of ['fulcio', 'ftp://x', 'https://user:pw@x', 'file:///etc/passwd']) {
      expect(() => parseServiceUrl('fulcio-url', bad)).toThrow(/Input 'fulcio-url'/);
    }
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          expect(parseServiceUrl('rekor-url', s)).toMatch(/^https?:\/\//);
        } catch (error) {
          expect((error as Error).message).toContain("Input 'rekor-url'");
        }
      }),
    );
  });

  it('parseIdentityRegExp names the input on a bad pattern', () => {
    expect(parseIdentityRegExp('certificate-identity-regexp', '^a$').test('a')).toBe(true);
    expect(() => parseIdentityRegExp('certificate-identity-regexp', '(')).toThrow(
      /certificate-identity-regexp/,
    );
  });

  it('toPolicy needs exactly one of identity and pattern, and escapes and anchors for the stock verifier', () => {
    expect(() => toPolicy({ issuer: 'i' })).toThrow(/exactly one/);
    expect(() => toPolicy({ issuer: 'i', identity: 'a', identityRegExp: /a/ })).toThrow(/exactly one/);
    const exact = toPolicy({ issuer: 'i', identity: 'x/a.yml@refs/tags/v1.2.3' });
    expect(exact.extensions).toEqual({ issuer: 'i' });
    const san = exact.subjectAlternativeName as RegExp;
    expect(san.test('x/a.yml@refs/tags/v1.2.3')).toBe(true);
    for (const other of [
      'x/a.yml@refs/tags/v1.2.30',
      'x/aXyml@refs/tags/v1x2x3',
      'x/a.yml@refs/tags/v1.2.',
      'yx/a.yml@refs/tags/v1.2.3',
    ]) {
      expect(san.test(other)).toBe(false);
    }
    const pattern = toPolicy({ issuer: 'i', identityRegExp: /a|b/gm }).subjectAlternativeName as RegExp;
    expect([pattern.test('a'), pattern.test('b'), pattern.test('ab'), pattern.test('a\nb')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('escapeRegExp: the escaped text matches itself and nothing else', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, other) => {
        const re = new RegExp(`^${escapeRegExp(text)}$`);
        expect(re.test(text)).toBe(true);
        if (other !== text) expect(re.test(other)).toBe(false);
      }),
    );
  });

  it('wholeMatch matches the whole value only, whatever the pattern and its flags', () => {
    expect(wholeMatch(/v1\.2\.3/).test('v1.2.3')).toBe(true);
    expect(wholeMatch(/v1\.2\.3/).test('v1.2.30')).toBe(false);
    expect(wholeMatch(/main|dev/).test('main-evil')).toBe(false);
    expect(wholeMatch(/main|dev/).test('xdev')).toBe(false);
    expect(wholeMatch(/main/m).test('main\nevil')).toBe(false);
    const sticky = wholeMatch(/main/gy);
    expect([sticky.test('main'), sticky.test('main')]).toEqual([true, true]);
    expect(wholeMatch(/MAIN/i).test('main')).toBe(true);
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (text, extra) => {
        const re = wholeMatch(new RegExp(escapeRegExp(text)));
        expect(re.test(text)).toBe(true);
        expect(re.test(text + extra)).toBe(false);
        expect(re.test(extra + text)).toBe(false);
      }),
    );
  });

  it('expectedIssuer: github.com and GHES', () => {
    expect(expectedIssuer('https://github.com')).toBe('https://token.actions.githubusercontent.com');
    expect(expectedIssuer('https://ghe.example.com/')).toBe('https://ghe.example.com/_services/token');
  });
});

describe('bundle parsing fails closed', () => {
  it('refuses malformed JSON, non-objects, unknown media types and missing fields', () => {
    expect(() => parseBundle('{')).toThrow(/not valid JSON/);
    expect(() => parseBundle('[]')).toThrow(/not a JSON object/);
    expect(() => parseBundle('null')).toThrow(/not a JSON object/);
    expect(() => parseBundle('{"mediaType":"application/vnd.dev.sigstore.bundle.v0.4+json"}')).toThrow(
      /unknown bundle media type/,
    );
    expect(() =>
      parseBundle('{"mediaType":"application/vnd.dev.sigstore.bundle+json;version=0.3.1"}'),
    ).toThrow(/unknown bundle media type/);
    expect(() => parseBundle('{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}')).toThrow(
      /malformed/,
    );
  });
});

describe('trusted root', () => {
  const base = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    ctlogs: [],
    timestampAuthorities: [],
    certificateAuthorities: [
      { subject: {}, uri: 'a', certChain: { certificates: [] }, validFor: { start: '2024-01-01T00:00:00Z' } },
      { subject: {}, uri: 'b', certChain: { certificates: [] }, validFor: { end: '2030-01-01T00:00:00Z' } },
      { subject: {}, uri: 'c', certChain: { certificates: [] } },
      {
        subject: {},
        uri: 'd',
        certChain: { certificates: [] },
        validFor: { start: '2025-01-01T00:00:00Z', end: '2024-01-01T00:00:00Z' },
      },
    ],
  };

  it('drops authorities with no start or an inverted window, and says why', () => {
    const { root, dropped } = sanitizeTrustedRoot(TrustedRoot.fromJSON(base));
    expect(root.certificateAuthorities.map((c) => c.uri)).toEqual(['a']);
    expect(dropped).toEqual([
      'certificate authority #2 (b): validity has no start',
      'certificate authority #3 (c): validity has no start',
      'certificate authority #4 (d): validity ends before it starts',
    ]);
  });

  it('refuses malformed JSON and unknown media types', () => {
    expect(() => parseTrustedRoot('{', 'root')).toThrow(/not valid JSON/);
    expect(() => parseTrustedRoot('[]', 'root')).toThrow(/not a trusted root/);
    expect(() => parseTrustedRoot('{"mediaType":"x"}', 'root')).toThrow(/unknown trusted root media type/);
    expect(parseTrustedRoot(JSON.stringify(base), 'root').certificateAuthorities).toHaveLength(4);
  });
});

describe('ECDSA over a digest', () => {
  const curves = { 'P-256': p256, 'P-384': p384 } as const;
  const keys = (['P-256', 'P-384'] as const).map((c) => ({
    curve: curves[c],
    ...crypto.generateKeyPairSync('ec', { namedCurve: c }),
  }));
  const hashes = ['sha256', 'sha384', 'sha512'] as const;

  it('accepts exactly the signatures Node makes, for P-256 and P-384 and any SHA-2 digest', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.integer({ min: 0, max: 1 }),
        fc.constantFrom(...hashes),
        (data, k, hash) => {
          const { privateKey, publicKey } = keys[k];
          const sig = crypto.sign(hash, data, privateKey);
          // The digest is hashed here and never handed to the verifier as a message: a digest
          // longer than the curve order (sha512 on P-256) must be truncated like Node does.
          const digest = crypto.createHash(hash).update(data).digest();
          expect(verifyEcdsaDigest(publicKey, digest, sig)).toBe(true);
          const other = Buffer.from(digest);
          other[0] ^= 0x80;
          expect(verifyEcdsaDigest(publicKey, other, sig)).toBe(false);
          expect(verifyEcdsaDigest(keys[1 - k].publicKey, digest, sig)).toBe(false);
          expect(verifyEcdsaDigest(publicKey, digest, sig.subarray(0, sig.length - 1))).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees with Node on every single-bit corruption of a signature', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.integer({ min: 0, max: 1 }),
        fc.nat(),
        (data, k, at) => {
          const { privateKey, publicKey } = keys[k];
          const sig = crypto.sign('sha256', data, privateKey);
          const digest = crypto.createHash('sha256').update(data).digest();
          const bad = Buffer.from(sig);
          const bit = at % (bad.length * 8);
          bad[bit >> 3] ^= 1 << (bit & 7);
          const node = crypto.verify('sha256', data, publicKey, bad);
          expect(verifyEcdsaDigest(publicKey, digest, bad)).toBe(node);
          expect(node).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('accepts high-S signatures, as Node, Go (cosign, sigstore-go) and sigstore-js do', () => {
    let highS = 0;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.integer({ min: 0, max: 1 }), (data, k) => {
        const { curve, privateKey, publicKey } = keys[k];
        const sig = crypto.sign('sha256', data, privateKey);
        const digest = crypto.createHash('sha256').update(data).digest();
        // (r, n - s) is the other valid signature of the same digest; one of the pair is high-S.
        const { r, s } = curve.Signature.fromBytes(sig, 'der');
        const flipped = Buffer.from(new curve.Signature(r, curve.Point.Fn.ORDER - s).toBytes('der'));
        for (const candidate of [sig, flipped]) {
          if (curve.Signature.fromBytes(candidate, 'der').hasHighS()) highS++;
          expect(crypto.verify('sha256', data, publicKey, candidate)).toBe(true);
          expect(verifyEcdsaDigest(publicKey, digest, candidate)).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
    expect(highS).toBe(30);
  });

  it('refuses DER that is not strict, as Node does', () => {
    const { privateKey, publicKey } = keys[0];
    const data = Buffer.from('release');
    const digest = crypto.createHash('sha256').update(data).digest();
    const sig = crypto.sign('sha256', data, privateKey);
    const { r, s } = p256.Signature.fromBytes(sig, 'der');
    const int = (v: bigint, pad: number): Buffer => {
      const hex = v.toString(16);
      const bytes = Buffer.from(hex.length % 2 ? '0' + hex : hex, 'hex');
      const body = Buffer.concat([Buffer.alloc(pad + (bytes[0] & 0x80 ? 1 : 0)), bytes]);
      return Buffer.concat([Buffer.of(0x02, body.length), body]);
    };
    const seq = (body: Buffer, longForm: boolean): Buffer =>
      longForm
        ? Buffer.concat([Buffer.of(0x30, 0x81, body.length), body])
        : Buffer.concat([Buffer.of(0x30, body.length), body]);
    // The strict encoding of the same (r, s) passes, so the refusals below are about encoding.
    expect(verifyEcdsaDigest(publicKey, digest, seq(Buffer.concat([int(r, 0), int(s, 0)]), false))).toBe(
      true,
    );
    const loose = [
      seq(Buffer.concat([int(r, 1), int(s, 0)]), false), // a needless leading zero
      seq(Buffer.concat([int(r, 0), int(s, 0)]), true), // long-form length under 128
      Buffer.concat([sig, Buffer.of(0)]), // trailing garbage
      Buffer.from(new p256.Signature(r, s).toBytes('compact')), // raw r || s, not DER
    ];
    for (const bad of loose) {
      expect(crypto.verify('sha256', data, publicKey, bad)).toBe(false);
      expect(verifyEcdsaDigest(publicKey, digest, bad)).toBe(false);
    }
  });

  it('refuses garbage signatures and garbage digests', () => {
    const { publicKey } = keys[0];
    const digest = Buffer.alloc(32, 1);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (sig) => {
        expect(verifyEcdsaDigest(publicKey, digest, Buffer.from(sig))).toBe(false);
      }),
    );
    const sig = crypto.sign('sha256', Buffer.from('x'), keys[0].privateKey);
    expect(verifyEcdsaDigest(publicKey, Buffer.alloc(0), sig)).toBe(false);
    expect(verifyEcdsaDigest(publicKey, Buffer.alloc(10_000), sig)).toBe(false);
  });

  it('throws for keys it cannot check with, rather than answering', () => {
    const digest = Buffer.alloc(32, 1);
    const ed = crypto.generateKeyPairSync('ed25519').publicKey;
    expect(() => verifyEcdsaDigest(ed, digest, Buffer.alloc(64))).toThrow(/unsupported key type ed25519/);
    const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
    expect(() => verifyEcdsaDigest(rsa, digest, Buffer.alloc(64))).toThrow(/unsupported key type rsa/);
    for (const namedCurve of ['P-521', 'secp256k1']) {
      const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve });
      const sig = crypto.sign('sha256', digest, privateKey);
      expect(() => verifyEcdsaDigest(publicKey, digest, sig)).toThrow(/unsupported curve/);
    }
  });
});

describe('verify instructions', () => {
  it('quote what a shell would split, and name files by their asset name', () => {
    expect(shellQuote('a.tar.gz')).toBe('a.tar.gz');
    expect(shellQuote("it's here")).toBe(`'it'\\''s here'`);
    const md = verifyInstructions({
      files: ['dist/my file.tgz'],
      bundleSuffix: '.sigstore.json',
      identity: 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.0.0',
      issuer: 'https://token.actions.githubusercontent.com',
      tag: 'v1.0.0',
    });
    expect(md).toContain("sigstore verify identity --bundle 'my file.tgz.sigstore.json'");
    expect(md).toContain("cosign verify-blob --bundle 'my file.tgz.sigstore.json'");
    expect(md).toContain("'my file.tgz'\n");
    expect(md).not.toContain('dist/');
  });
});

describe('bounded parallelism', () => {
  it('never runs more than the limit at once, runs every item, keeps order', async () => {
    let inFlight = 0;
    let peak = 0;
    const items = Array.from({ length: 30 }, (_, i) => i);
    const out = await mapBounded(items, 4, async (i) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setImmediate(r));
      inFlight--;
      return i * 2;
    });
    expect(peak).toBe(4);
    expect(out).toEqual(items.map((i) => i * 2));
  });
});

describe('Rekor DSSE canonicalisation (emulator)', () => {
  it('logs hashes and signatures, not the envelope, and refuses incomplete entries', () => {
    const envelope = JSON.stringify({
      payload: Buffer.from('{}').toString('base64'),
      payloadType: 't',
      signatures: [{ sig: 'c2ln' }],
    });
    const out = canonicalizeRekorEntry({
      apiVersion: '0.0.1',
      kind: 'dsse',
      spec: { proposedContent: { envelope, verifiers: ['a2V5'] } },
    }) as { spec: Record<string, unknown> };
    expect(out.spec).toEqual({
      envelopeHash: {
        algorithm: 'sha256',
        value: crypto.createHash('sha256').update(envelope).digest('hex'),
      },
      payloadHash: { algorithm: 'sha256', value: crypto.createHash('sha256').update('{}').digest('hex') },
      signatures: [{ signature: 'c2ln', verifier: 'a2V5' }],
    });
    expect(() => canonicalizeRekorEntry({ kind: 'dsse', spec: {} })).toThrow(/proposedContent/);
    const hashed = { kind: 'hashedrekord', spec: { x: 1 } };
    expect(canonicalizeRekorEntry(hashed)).toBe(hashed);
  });
});

describe("the runner's OIDC endpoint", () => {
  let sigstore: SigstoreEmulator;
  beforeAll(async () => {
    sigstore = await startSigstore();
  });
  afterAll(async () => {
    await sigstore.stop();
  });

  it('is asked once for any number of concurrent signatures', async () => {
    const before = sigstore.counts.oidc;
    const provider = runnerIdentityProvider('sigstore', sigstore.runnerEnv());
    const tokens = await Promise.all(Array.from({ length: 20 }, () => provider.getToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(sigstore.counts.oidc - before).toBe(1);
  });

  it('retries a 5xx, and reports a refusal with the permission it needs', async () => {
    sigstore.failNext('oidc', 502);
    const provider = runnerIdentityProvider('sigstore', sigstore.runnerEnv(), { backoffMs: 1 });
    expect(await provider.getToken()).toMatch(/^ey/);
    const refused = runnerIdentityProvider('sigstore', {
      ...sigstore.runnerEnv(),
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'nope',
    });
    await expect(refused.getToken()).rejects.toMatchObject({
      code: 'ID_TOKEN_PERMISSION',
      fix: expect.stringContaining('permissions: id-token: write'),
    });
    sigstore.failNext('oidc', 500, 10);
    const down = runnerIdentityProvider('sigstore', sigstore.runnerEnv(), { retries: 2, backoffMs: 1 });
    await expect(down.getToken()).rejects.toThrow(/did not answer after 3 attempt/);
    sigstore.clearFaults();
  });

  it('without the runner variables, says the job needs id-token: write', () => {
    expect(() => runnerIdentityProvider('sigstore', {})).toThrow(/permissions: id-token: write/);
  });
});
