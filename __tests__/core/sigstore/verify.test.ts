/*
 * verifySigstoreBundle, the one verification path, and what its policy object demands: the
 * signer (exact SAN and issuer, or the SAN alone for certificates without an issuer), the DSSE
 * payload type, and the artifact (a DSSE subject or the message digest).
 */
import { createHash } from 'node:crypto';
import { startSigstore, type SigstoreEmulator } from '../../../src/emulator/sigstore/index.js';
import {
  GITHUB_ACTIONS_ISSUER,
  loadTrust,
  SignatureVerificationError,
  SigningSession,
  staticIdentityProvider,
  verifySigstoreBundle,
  type LoadedTrust,
  type SigstorePolicy,
} from '../../../src/core/sigstore/index.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../../../src/core/intoto.js';

let sigstore: SigstoreEmulator;
let trust: LoadedTrust;
let session: SigningSession;
const artifact = Buffer.from('the artifact\n');
const digest = createHash('sha256').update(artifact).digest();
let dsse: string;
let message: string;

beforeAll(async () => {
  sigstore = await startSigstore();
  trust = await loadTrust(sigstore.trustedRootPath);
  session = new SigningSession(
    { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
    staticIdentityProvider(sigstore.issueToken()),
  );
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'artifact', digest: { sha256: digest.toString('hex') } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: { buildDefinition: {} },
  };
  dsse = JSON.stringify(await session.signDsse(Buffer.from(JSON.stringify(statement)), IN_TOTO_PAYLOAD_TYPE));
  message = JSON.stringify(await session.signMessage(artifact));
}, 60_000);

afterAll(async () => {
  await sigstore.stop();
});

const who = () => ({ identity: sigstore.identity, issuer: GITHUB_ACTIONS_ISSUER });

async function codeOf(bundle: string, policy: SigstorePolicy): Promise<string> {
  try {
    await verifySigstoreBundle(bundle, trust.material, policy);
  } catch (error) {
    if (error instanceof SignatureVerificationError) return error.code;
    throw error;
  }
  return 'verified';
}

describe('verifySigstoreBundle', () => {
  it('returns the signer and, for in-toto, the statement it verified', async () => {
    const ok = await verifySigstoreBundle(dsse, trust.material, {
      signer: who(),
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      artifact: { sha256: digest },
    });
    expect(ok).toMatchObject({ identity: sigstore.identity, issuer: GITHUB_ACTIONS_ISSUER, content: 'dsse' });
    expect(ok.sha256).toBe(digest.toString('hex'));
    expect(ok.statement?.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(ok.statement?.subjects).toEqual([
      { name: 'artifact', digest: { sha256: digest.toString('hex') } },
    ]);
  });

  it('refuses another payload type, a message signature where DSSE is required, and a foreign artifact', async () => {
    expect(
      await codeOf(dsse, { signer: who(), payloadType: 'application/vnd.cncf.notary.payload+json' }),
    ).toBe('DSSE_PAYLOAD_TYPE');
    expect(
      await codeOf(message, {
        signer: who(),
        payloadType: IN_TOTO_PAYLOAD_TYPE,
        artifact: { sha256: digest },
      }),
    ).toBe('CONTENT');
    const other = createHash('sha256').update('other').digest();
    expect(await codeOf(dsse, { signer: who(), artifact: { sha256: other } })).toBe(
      'ARTIFACT_DIGEST_MISMATCH',
    );
    expect(await codeOf(message, { signer: who(), artifact: { sha256: other } })).toBe(
      'ARTIFACT_DIGEST_MISMATCH',
    );
    // A message signature says something only about its artifact.
    expect(await codeOf(message, { signer: who() })).toBe('INPUT');
  });

  it('a SAN-only signer: the whole SAN, exactly; a prefix, a superstring or a pattern-like SAN is refused', async () => {
    const ok = await verifySigstoreBundle(dsse, trust.material, { signer: { san: sigstore.identity } });
    expect(ok.identity).toBe(sigstore.identity);
    // A prefix, a superstring, and one where a '.' is another character (what an unanchored RegExp accepts).
    const lookalike = sigstore.identity.replace(/\.(?=[^.]*$)/, 'x');
    for (const san of [sigstore.identity.slice(0, -1), `${sigstore.identity}x`, lookalike]) {
      expect(await codeOf(dsse, { signer: { san } })).toBe('UNTRUSTED_SIGNER_ERROR');
    }
  });

  it('a keyless bundle without a signer policy is refused; thresholds are enforced', async () => {
    expect(await codeOf(dsse, {})).toBe('POLICY');
    expect(await codeOf(dsse, { signer: who(), thresholds: { timestampThreshold: 3 } })).toBe(
      'TIMESTAMP_ERROR',
    );
    expect(await codeOf(dsse, { signer: who(), thresholds: { tlogThreshold: -1 } })).toBe('INPUT');
  });

  it('an in-toto payload that is not a statement is refused before any signature counts', async () => {
    const notStatement = JSON.stringify(
      await session.signDsse(Buffer.from('{"hello": 1}'), IN_TOTO_PAYLOAD_TYPE),
    );
    expect(await codeOf(notStatement, { signer: who() })).toBe('DSSE_PAYLOAD');
  });
});
