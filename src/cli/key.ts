/*
 * `--key K`: the public key a key-signed bundle is verified with (sigstore-conformance's managed
 * keys). A file that is not a usable key is a failed verification (exit 1) that says what is
 * wrong with the key, not OpenSSL's "Failed to read asymmetric key".
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { messageOf } from '../core/errors.js';
import { CliError } from './errors.js';

/** id-ecPublicKey (RFC 5480 §2.1.1), DER-encoded with its OBJECT IDENTIFIER tag and length. */
const ID_EC_PUBLIC_KEY = Buffer.from('06072a8648ce3d0201', 'hex');
/** The named curves of RFC 5480 §2.1.1.1 that Sigstore keys use, DER-encoded. */
const CURVES: [string, Buffer][] = [
  ['P-256', Buffer.from('06082a8648ce3d030107', 'hex')],
  ['P-384', Buffer.from('06052b81040022', 'hex')],
  ['P-521', Buffer.from('06052b81040023', 'hex')],
];

/** The DER inside a PEM `PUBLIC KEY` block, or the bytes themselves. */
function derOf(bytes: Buffer): Buffer {
  const pem = /-----BEGIN PUBLIC KEY-----([\s\S]*?)-----END PUBLIC KEY-----/.exec(bytes.toString('latin1'));
  return pem ? Buffer.from(pem[1].replace(/\s+/g, ''), 'base64') : bytes;
}

/** What is wrong with key bytes Node could not read, as far as their structure shows. */
function whyUnusable(bytes: Buffer): string {
  const der = derOf(bytes);
  if (der.includes(ID_EC_PUBLIC_KEY)) {
    const curve = CURVES.find(([, oid]) => der.includes(oid))?.[0];
    return curve
      ? `it is an EC public key for ${curve} whose point is not on that curve (a corrupted or wrong key): no signature verifies with it`
      : 'it is an EC public key on a curve this verifier does not know (P-256, P-384 or P-521)';
  }
  return 'it is neither a PEM nor a DER (SPKI) public key';
}

/** The public key `--key` names; a file that cannot be read or is not a usable key fails, saying why. */
export function readPublicKey(file: string): crypto.KeyObject {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new CliError('UNREADABLE_FILE', `cannot read key ${file}: ${messageOf(error)}`, { cause: error });
  }
  try {
    return crypto.createPublicKey(bytes);
  } catch {
    try {
      return crypto.createPublicKey({ key: bytes, format: 'der', type: 'spki' });
    } catch {
      // OpenSSL's own words ("Failed to read asymmetric key") say nothing the reason above does not.
      throw new CliError('NOT_A_KEY', `--key ${file} cannot verify anything: ${whyUnusable(bytes)}`);
    }
  }
}
