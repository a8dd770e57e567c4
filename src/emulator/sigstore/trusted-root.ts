import * as crypto from 'node:crypto';

/** The JSON form of a sigstore TrustedRoot (protobuf-specs), as a trusted_root.json holds it. */
export interface TrustedRootJSON {
  mediaType: string;
  tlogs: TransparencyLogJSON[];
  certificateAuthorities: CertificateAuthorityJSON[];
  ctlogs: TransparencyLogJSON[];
  timestampAuthorities: CertificateAuthorityJSON[];
}

export interface ValidityJSON {
  start?: string;
  end?: string;
}

export interface TransparencyLogJSON {
  baseUrl: string;
  hashAlgorithm: string;
  publicKey: { rawBytes: string; keyDetails: string; validFor?: ValidityJSON };
  logId: { keyId: string };
}

export interface CertificateAuthorityJSON {
  subject: { organization: string; commonName: string };
  uri: string;
  certChain: { certificates: { rawBytes: string }[] };
  validFor?: ValidityJSON;
}

export interface TrustedRootKeys {
  url: string;
  caRoot: Buffer;
  ctlogKey: Buffer;
  ctlogId: Buffer;
  tlogKey: Buffer;
  /** Signing certificate first, root last. */
  tsaChain: Buffer[];
}

/**
 * A trusted root for one emulator instance. Every key's window starts an hour before now (the
 * instance's keys were made just now) and is open-ended, as the current keys of the
 * public-good instance are.
 */
export function buildTrustedRoot(
  keys: TrustedRootKeys,
  start = new Date(Date.now() - 3_600_000),
): TrustedRootJSON {
  const validFor = { start: start.toISOString() };
  const b64 = (b: Buffer) => b.toString('base64');
  return {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: keys.url,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(keys.tlogKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
        logId: { keyId: b64(crypto.createHash('sha256').update(keys.tlogKey).digest()) },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: keys.url,
        certChain: { certificates: [{ rawBytes: b64(keys.caRoot) }] },
        validFor,
      },
    ],
    ctlogs: [
      {
        baseUrl: keys.url,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(keys.ctlogKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
        logId: { keyId: b64(keys.ctlogId) },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: `${keys.url}/api/v1/timestamp`,
        certChain: { certificates: keys.tsaChain.map((c) => ({ rawBytes: b64(c) })) },
        validFor,
      },
    ],
  };
}
