import * as crypto from 'node:crypto';
import { p256 } from '@noble/curves/nist.js';
import {
  bundleBuilderFromSigningConfig,
  DSSEBundleBuilder,
  FulcioSigner,
  RekorWitness,
  TSAWitness,
  type BundleBuilder,
  type Signature,
  type Signer,
  type Witness,
} from '@sigstore/sign';
import {
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
  bundleToJSON,
  toMessageSignatureBundle,
  type SerializedBundle,
} from '@sigstore/bundle';
import { SigningConfig } from '@sigstore/protobuf-specs';
import { hashFile } from '../digest.js';
import { BaseError, InternalError, quote } from '../errors.js';
import { envNumber } from '../env.js';
import type { IdentityProvider } from './oidc.js';

/**
 * Signing could not produce a bundle:
 * - `NO_CERTIFICATE`: Fulcio answered without a certificate;
 * - `UNSUPPORTED_BUNDLE`: a bundle of a media type this code cannot re-encode as v0.3;
 * - `UNKNOWN_SIGNING_CONFIG`: a signing_config.json of another media type than v0.2.
 */
export class SigningError extends BaseError<
  'NO_CERTIFICATE' | 'UNSUPPORTED_BUNDLE' | 'UNKNOWN_SIGNING_CONFIG'
> {}

export interface SigningServices {
  fulcioURL: string;
  rekorURL: string;
  /** A timestamp authority; none by default (public-good Rekor v1 timestamps suffice). */
  tsaURL?: string;
  /** Per-request timeout (default: SEALED_RELEASE_REQUEST_TIMEOUT_MS, else 30 s). */
  timeoutMs?: number;
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** Wait before the first retry, doubled each time (default: SEALED_RELEASE_RETRY_MS, else 1 s). */
  backoffMs?: number;
}

/** Default per-request timeout for Fulcio, Rekor and the TSA. */
export const SIGSTORE_TIMEOUT_MS = 30_000;

/**
 * The timeout and retry options handed to sigstore-js for every Fulcio, Rekor and TSA request.
 * sigstore-js (fetchWithRetry) retries a request on any network error (reset, timeout) and on
 * 408, 429 and 5xx, with exponential backoff from `minTimeout` (it ignores Retry-After); its
 * `timeout` bounds the wait for the answer's headers and then for its body, so a service that
 * never answers costs `timeout` per attempt, never a hang. Retrying these POSTs is safe: Fulcio
 * issues a fresh certificate for the same key, the TSA a fresh timestamp, and Rekor answers a
 * duplicate entry with 409, which `fetchOnConflict` turns into a read of the existing entry.
 * The environment variables only shorten waits under test (see core/env.ts); users get the
 * defaults.
 */
export function sigstoreFetchOptions(
  services: Pick<SigningServices, 'timeoutMs' | 'retries' | 'backoffMs'> = {},
  env: NodeJS.ProcessEnv = process.env,
): {
  timeout: number;
  retry: { retries: number; minTimeout: number; factor: number };
} {
  return {
    timeout: services.timeoutMs ?? envNumber('SEALED_RELEASE_REQUEST_TIMEOUT_MS', env) ?? SIGSTORE_TIMEOUT_MS,
    retry: {
      retries: services.retries ?? 3,
      minTimeout: services.backoffMs ?? envNumber('SEALED_RELEASE_RETRY_MS', env) ?? 1000,
      factor: 2,
    },
  };
}

/** An in-memory P-256 key that never leaves this process. */
class EphemeralKey implements Signer {
  private readonly pair = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  readonly publicKeyPem = this.pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();

  async sign(data: Buffer): Promise<Signature> {
    return {
      signature: crypto.sign('sha256', data, this.pair.privateKey),
      key: { $case: 'publicKey', publicKey: this.publicKeyPem },
    };
  }

  /**
   * ECDSA-P256 over a SHA-256 digest computed elsewhere (streaming, so a file of any size is
   * never held in memory). ECDSA-P256-SHA256 signs SHA-256(message), so this is the signature
   * `sign(message)` would give, and verifiers that hash the artifact themselves accept it.
   * Node's crypto cannot sign a prehashed digest, so @noble/curves (audited) does the curve
   * arithmetic; the only thing done here is handing it the private scalar, exported from the
   * KeyObject as JWK `d` on each call (and wiped after) rather than kept in a second copy.
   */
  signDigest(digest: Buffer): Buffer {
    if (digest.length !== 32) throw new InternalError(`a SHA-256 digest is 32 bytes, got ${digest.length}`);
    const jwk = this.pair.privateKey.export({ format: 'jwk' });
    const d = jwk.d === undefined ? undefined : Buffer.from(jwk.d, 'base64url');
    if (jwk.crv !== 'P-256' || d?.length !== 32)
      throw new InternalError('the ephemeral key is not a P-256 private key');
    const secret = Uint8Array.from(d);
    d.fill(0);
    try {
      // prehash: false: `digest` already is SHA-256(artifact). DER: what bundles and Rekor carry.
      // extraEntropy: RFC 6979 nonces hedged with fresh randomness (like OpenSSL's random k).
      // Low-S (the library's default) is a valid ECDSA signature for every verifier.
      return Buffer.from(
        p256.sign(Uint8Array.from(digest), secret, { prehash: false, format: 'der', extraEntropy: true }),
      );
    } finally {
      secret.fill(0);
    }
  }
}

/** Renew a certificate with less than this left: a signature must land inside its window. */
const CERTIFICATE_MARGIN_MS = 2 * 60_000;

/**
 * A Fulcio signer that reuses one certificate for many signatures. sigstore-js's FulcioSigner
 * asks Fulcio for a fresh certificate on every signature; its `keyHolder` option lets the key
 * outlive one call, and this class keeps the certificate with it, so signing N files costs one
 * certificate (renewed only when it nears expiry). Concurrent first calls share one request.
 */
export class ReusableFulcioSigner implements Signer {
  private readonly key = new EphemeralKey();
  private readonly fulcio: FulcioSigner;
  private certificate?: Promise<{ pem: string; notAfter: number }>;
  /** How many certificates were requested (for tests and the summary). */
  certificatesIssued = 0;
  /** Every certificate Fulcio issued to this signer (PEM), so callers can read its identity. */
  readonly certificates: string[] = [];

  constructor(services: SigningServices, identity: IdentityProvider) {
    this.fulcio = new FulcioSigner({
      fulcioBaseURL: services.fulcioURL,
      identityProvider: identity,
      keyHolder: this.key,
      ...sigstoreFetchOptions(services),
    });
  }

  private async currentCertificate(): Promise<string> {
    if (this.certificate) {
      const current = await this.certificate.catch(() => undefined);
      if (current && current.notAfter - Date.now() > CERTIFICATE_MARGIN_MS) return current.pem;
    }
    this.certificate = (async () => {
      const signed = await this.fulcio.sign(Buffer.alloc(0));
      if (signed.key.$case !== 'x509Certificate')
        throw new SigningError('NO_CERTIFICATE', 'Fulcio returned no certificate');
      this.certificatesIssued += 1;
      const pem = signed.key.certificate;
      this.certificates.push(pem);
      return { pem, notAfter: new Date(new crypto.X509Certificate(pem).validTo).getTime() };
    })();
    return (await this.certificate).pem;
  }

  async sign(data: Buffer): Promise<Signature> {
    const certificate = await this.currentCertificate();
    const { signature } = await this.key.sign(data);
    return { signature, key: { $case: 'x509Certificate', certificate } };
  }

  /** Like {@link sign}, over the SHA-256 digest of the data instead of the data. */
  async signDigest(sha256: Buffer): Promise<{ signature: Buffer; certificate: string }> {
    const certificate = await this.currentCertificate();
    return { signature: this.key.signDigest(sha256), certificate };
  }
}

/** The Rekor (and optional TSA) witnesses for a set of services. */
function witnesses(services: SigningServices): Witness[] {
  const out: Witness[] = [
    new RekorWitness({
      rekorBaseURL: services.rekorURL,
      entryType: 'dsse',
      fetchOnConflict: true,
      ...sigstoreFetchOptions(services),
    }),
  ];
  if (services.tsaURL) {
    out.push(
      new TSAWitness({
        tsaBaseURL: services.tsaURL,
        ...sigstoreFetchOptions(services),
      }),
    );
  }
  return out;
}

/**
 * sigstore-js writes message-signature bundles as v0.2 (a one-certificate "chain"); the same
 * data in the current v0.3 envelope carries the leaf certificate alone. Only the envelope
 * changes: every signed byte stays the same.
 */
export function toBundleV03(bundle: SerializedBundle): SerializedBundle {
  const material = bundle.verificationMaterial as SerializedBundle['verificationMaterial'] & {
    x509CertificateChain?: { certificates: { rawBytes: string }[] };
    certificate?: { rawBytes: string };
  };
  if (bundle.mediaType === BUNDLE_V03_MEDIA_TYPE) return bundle;
  const chain = material.x509CertificateChain?.certificates ?? [];
  if (bundle.mediaType !== BUNDLE_V02_MEDIA_TYPE || chain.length === 0) {
    throw new SigningError(
      'UNSUPPORTED_BUNDLE',
      `cannot re-encode a ${quote(bundle.mediaType)} bundle as v0.3`,
    );
  }
  const { x509CertificateChain: _chain, ...rest } = material;
  return {
    ...bundle,
    mediaType: BUNDLE_V03_MEDIA_TYPE,
    verificationMaterial: { ...rest, certificate: chain[0] } as SerializedBundle['verificationMaterial'],
  };
}

/** Signs many artifacts with one identity, one key and (while valid) one certificate. */
export class SigningSession {
  readonly signer: ReusableFulcioSigner;
  private readonly witnesses: Witness[];
  private readonly dsse: BundleBuilder;

  constructor(services: SigningServices, identity: IdentityProvider) {
    this.signer = new ReusableFulcioSigner(services, identity);
    this.witnesses = witnesses(services);
    this.dsse = new DSSEBundleBuilder({ signer: this.signer, witnesses: this.witnesses });
  }

  /**
   * A message-signature bundle for an artifact known by its SHA-256 digest. sigstore-js's
   * MessageSignatureBundleBuilder takes the artifact's bytes, but everything after the
   * signature needs only the digest: the bundle holds `messageDigest` and the signature, the
   * Rekor hashedrekord entry carries the digest, signature and certificate, and the TSA
   * timestamps the signature. So the same steps run here from the digest: sign it, assemble
   * the bundle with @sigstore/bundle's builder, and ask the same witnesses (all at once, their
   * entries merged) as the library's builder does.
   */
  async signDigest(sha256: Buffer): Promise<SerializedBundle> {
    const { signature, certificate } = await this.signer.signDigest(sha256);
    const bundle = toMessageSignatureBundle({
      digest: sha256,
      signature,
      certificate: new crypto.X509Certificate(certificate).raw,
      // The leaf certificate alone: a v0.3 bundle (see toBundleV03).
      certificateChain: false,
    });
    const material = await Promise.all(this.witnesses.map((w) => w.testify(bundle.content, certificate)));
    bundle.verificationMaterial.tlogEntries = material.flatMap((m) => m.tlogEntries ?? []);
    bundle.verificationMaterial.timestampVerificationData = {
      rfc3161Timestamps: material.flatMap((m) => m.rfc3161Timestamps ?? []),
    };
    return bundleToJSON(bundle);
  }

  /**
   * A message-signature bundle for a file, hashed streaming (one small reused buffer): memory does not
   * follow the file's size. Returns the digest it signed, so the caller can report it.
   */
  async signFile(file: string): Promise<{ bundle: SerializedBundle; sha256: string; size: number }> {
    const { sha256, size } = await hashFile(file, ['sha256']);
    return { bundle: await this.signDigest(Buffer.from(sha256, 'hex')), sha256, size };
  }

  /** A message-signature bundle over bytes already in memory. */
  async signMessage(data: Buffer): Promise<SerializedBundle> {
    return this.signDigest(crypto.createHash('sha256').update(data).digest());
  }

  /** A DSSE bundle over a payload (an in-toto statement) of the given type. */
  async signDsse(payload: Buffer, payloadType: string): Promise<SerializedBundle> {
    return toBundleV03(bundleToJSON(await this.dsse.create({ data: payload, type: payloadType })));
  }
}

/** Reads the services a sigstore signing_config.json names, through sigstore-js's own selection. */
export function builderFromSigningConfig(
  configText: string,
  identity: IdentityProvider,
  bundleType: 'messageSignature' | 'dsseEnvelope' = 'messageSignature',
): BundleBuilder {
  const json = JSON.parse(configText) as { mediaType?: unknown };
  if (json.mediaType !== 'application/vnd.dev.sigstore.signingconfig.v0.2+json') {
    throw new SigningError(
      'UNKNOWN_SIGNING_CONFIG',
      `unknown signing config media type ${quote(json.mediaType)}; expected "application/vnd.dev.sigstore.signingconfig.v0.2+json"`,
    );
  }
  return bundleBuilderFromSigningConfig({
    signingConfig: SigningConfig.fromJSON(json),
    identityProvider: identity,
    bundleType,
    fetchOptions: sigstoreFetchOptions(),
  });
}
