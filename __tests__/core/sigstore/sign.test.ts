import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startSigstore } from '../../../src/emulator/sigstore/index.js';
import { loadTrust } from '../../../src/core/sigstore/trust.js';
import { bundleFromJSON, bundleToJSON } from '@sigstore/bundle';
import { MessageSignatureBundleBuilder, RekorWitness, TSAWitness } from '@sigstore/sign';
import { toSignedEntity, Verifier } from '@sigstore/verify';
import { SigningSession, toBundleV03 } from '../../../src/core/sigstore/sign.js';
import { staticIdentityProvider } from '../../../src/core/sigstore/oidc.js';
import { GITHUB_ACTIONS_ISSUER } from '../../../src/core/sigstore/inputs.js';
import { verifyBundle, toPolicy } from '../../../src/core/sigstore/verify.js';
import { useServer } from '../../helpers/servers.js';
import { workspace } from '../../helpers/workspace.js';

const sigstore = useServer('sigstore', startSigstore);
const dir = workspace({}, 'sig-core');

describe('signing and verifying in-process', () => {
  it('signs a message and verifies it, and refuses a tampered file', async () => {
    const session = new SigningSession(
      { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
      staticIdentityProvider(sigstore.issueToken()),
    );
    const data = Buffer.from('hello world\n');
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, data);
    const bundle = JSON.stringify(await session.signMessage(data));
    const trust = await loadTrust(sigstore.trustedRootPath);
    const policy = { identity: sigstore.identity, issuer: GITHUB_ACTIONS_ISSUER };
    const ok = await verifyBundle(bundle, { file }, trust.material, policy);
    expect(ok.identity).toBe(sigstore.identity);
    fs.writeFileSync(file, 'hello world!\n');
    await expect(verifyBundle(bundle, { file }, trust.material, policy)).rejects.toThrow(/does not match/);
  });
});

/** Every leaf path of a JSON value, array indices collapsed: the structure, not the values. */
function shape(value: unknown, at = '', out = new Set<string>()): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) out.add(`${at}[]`);
    for (const item of value) shape(item, `${at}[]`, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) shape(item, `${at}.${key}`, out);
  } else {
    out.add(at);
  }
  return [...out].sort();
}

describe('signing a streamed digest', () => {
  let session: SigningSession;
  beforeAll(() => {
    session = new SigningSession(
      { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
      staticIdentityProvider(sigstore.issueToken()),
    );
  });

  it('gives a bundle that stock @sigstore/verify accepts for the artifact bytes, and refuses for other bytes', async () => {
    const data = crypto.randomBytes(3 * 1024 * 1024 + 7);
    const file = path.join(dir, 'streamed.bin');
    fs.writeFileSync(file, data);
    const signed = await session.signFile(file);
    expect(signed.sha256).toBe(crypto.createHash('sha256').update(data).digest('hex'));
    expect(signed.size).toBe(data.length);

    const trust = await loadTrust(sigstore.trustedRootPath);
    const policy = { identity: sigstore.identity, issuer: GITHUB_ACTIONS_ISSUER };
    // Our verifier (from the file's streamed digest).
    const ours = await verifyBundle(JSON.stringify(signed.bundle), { file }, trust.material, policy);
    expect(ours.sha256).toBe(signed.sha256);

    // sigstore-js's own Verifier, hashing and checking the signature over the bytes itself.
    const stock = new Verifier(trust.material);
    const parsed = bundleFromJSON(signed.bundle);
    const who = stock.verify(toSignedEntity(parsed, data), toPolicy(policy));
    expect(who.identity?.subjectAlternativeName).toBe(sigstore.identity);
    const other = Buffer.from(data);
    other[other.length - 1] ^= 1;
    expect(() => stock.verify(toSignedEntity(parsed, other), toPolicy(policy))).toThrow(/signature/i);

    // And Node's ECDSA-with-SHA-256 over the bytes, with the certificate's key: the digest
    // signature is the one a whole-bytes signer would make.
    const certificate = new crypto.X509Certificate(
      Buffer.from(signed.bundle.verificationMaterial.certificate!.rawBytes, 'base64'),
    );
    const signature = Buffer.from(signed.bundle.messageSignature!.signature, 'base64');
    expect(crypto.verify('sha256', data, certificate.publicKey, signature)).toBe(true);
    expect(crypto.verify('sha256', other, certificate.publicKey, signature)).toBe(false);
  });

  it('has exactly the structure of the bundle sigstore-js builds from the bytes', async () => {
    const data = Buffer.from('same artifact, two signers\n');
    const file = path.join(dir, 'shape.txt');
    fs.writeFileSync(file, data);
    const streamed = (await session.signFile(file)).bundle;
    const reference = toBundleV03(
      bundleToJSON(
        await new MessageSignatureBundleBuilder({
          signer: session.signer,
          witnesses: [
            new RekorWitness({ rekorBaseURL: sigstore.rekorURL, entryType: 'dsse' }),
            new TSAWitness({ tsaBaseURL: sigstore.tsaURL! }),
          ],
        }).create({ data }),
      ),
    );
    expect(shape(streamed)).toEqual(shape(reference));
    expect(streamed.mediaType).toBe(reference.mediaType);
    expect(streamed.messageSignature!.messageDigest).toEqual(reference.messageSignature!.messageDigest);
    expect(streamed.verificationMaterial.certificate).toEqual(reference.verificationMaterial.certificate);
    const kinds = (b: typeof streamed) => b.verificationMaterial.tlogEntries.map((e) => e.kindVersion);
    expect(kinds(streamed)).toEqual(kinds(reference));
    expect(kinds(streamed)).toEqual([{ kind: 'hashedrekord', version: '0.0.1' }]);
    expect(streamed.verificationMaterial.timestampVerificationData!.rfc3161Timestamps).toHaveLength(1);
  });

  it('refuses a digest that is not 32 bytes', async () => {
    await expect(session.signDigest(Buffer.alloc(31))).rejects.toThrow(/32 bytes/);
  });
});
