import * as crypto from 'node:crypto';
import {
  bundleBuilderFromSigningConfig,
  DSSEBundleBuilder,
  FulcioSigner,
  MessageSignatureBundleBuilder,
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
  type SerializedBundle,
} from '@sigstore/bundle';
import { SigningConfig } from '@sigstore/protobuf-specs';
import type { IdentityProvider } from './oidc.js';

export const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
export const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';

export interface SigningServices {
  fulcioURL: string;
  rekorURL: string;
  /** A timestamp authority; none by default (public-good Rekor v1 timestamps suffice). */
  tsaURL?: string;
  timeoutMs?: number;
  retries?: number;
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

  constructor(services: SigningServices, identity: IdentityProvider) {
    this.fulcio = new FulcioSigner({
      fulcioBaseURL: services.fulcioURL,
      identityProvider: identity,
      keyHolder: this.key,
      timeout: services.timeoutMs ?? 30_000,
      retry: { retries: services.retries ?? 3 },
    });
  }

  private async currentCertificate(): Promise<string> {
    if (this.certificate) {
      const current = await this.certificate.catch(() => undefined);
      if (current && current.notAfter - Date.now() > CERTIFICATE_MARGIN_MS) return current.pem;
    }
    this.certificate = (async () => {
      const signed = await this.fulcio.sign(Buffer.alloc(0));
      if (signed.key.$case !== 'x509Certificate') throw new Error('Fulcio returned no certificate');
      this.certificatesIssued += 1;
      const pem = signed.key.certificate;
      return { pem, notAfter: new Date(new crypto.X509Certificate(pem).validTo).getTime() };
    })();
    return (await this.certificate).pem;
  }

  async sign(data: Buffer): Promise<Signature> {
    const certificate = await this.currentCertificate();
    const { signature } = await this.key.sign(data);
    return { signature, key: { $case: 'x509Certificate', certificate } };
  }
}

/** The Rekor (and optional TSA) witnesses for a set of services. */
function witnesses(services: SigningServices): Witness[] {
  const out: Witness[] = [
    new RekorWitness({
      rekorBaseURL: services.rekorURL,
      entryType: 'dsse',
      fetchOnConflict: true,
      timeout: services.timeoutMs ?? 30_000,
      retry: { retries: services.retries ?? 3 },
    }),
  ];
  if (services.tsaURL) {
    out.push(
      new TSAWitness({
        tsaBaseURL: services.tsaURL,
        timeout: services.timeoutMs ?? 30_000,
        retry: { retries: services.retries ?? 3 },
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
    throw new Error(`cannot re-encode a ${bundle.mediaType} bundle as v0.3`);
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
  private readonly message: BundleBuilder;
  private readonly dsse: BundleBuilder;

  constructor(services: SigningServices, identity: IdentityProvider) {
    this.signer = new ReusableFulcioSigner(services, identity);
    const w = witnesses(services);
    this.message = new MessageSignatureBundleBuilder({ signer: this.signer, witnesses: w });
    this.dsse = new DSSEBundleBuilder({ signer: this.signer, witnesses: w });
  }

  /** A message-signature bundle over the artifact's bytes. */
  async signMessage(data: Buffer): Promise<SerializedBundle> {
    return toBundleV03(bundleToJSON(await this.message.create({ data })));
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
    throw new Error(`unknown signing config media type '${String(json.mediaType)}'`);
  }
  return bundleBuilderFromSigningConfig({
    signingConfig: SigningConfig.fromJSON(json),
    identityProvider: identity,
    bundleType,
    fetchOptions: { timeout: 30_000, retry: { retries: 3 } },
  });
}
