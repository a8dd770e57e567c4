import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { toSignedEntity, Verifier } from '@sigstore/verify';
import { bundleFromJSON } from '@sigstore/bundle';
import { startSigstore, type SigstoreEmulator } from '../../../src/emulator/sigstore/index.js';
import {
  certificateIdentityOf,
  checkIdentity,
  GITHUB_ACTIONS_ISSUER,
  loadTrust,
  parseTrustedRoot,
  signingIdentityOfToken,
  SigningSession,
  staticIdentityProvider,
  trustOf,
  verifyBundle,
  verifyDsseBundle,
  verifyFiles,
  type IdentityPolicy,
  type LoadedTrust,
} from '../../../src/core/sigstore/index.js';

/**
 * The identity is compared exactly: every way an unanchored RegExp search accepts a signer it
 * should not (issue 9, item 1), at the level of the one verifier core that sigstore-verify,
 * sigstore-sign and the CLI share.
 */

const REPO = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml';
const MAIN = `${REPO}@refs/heads/main`;
const TAG = `${REPO}@refs/tags/v1.2.3`;

let sigstore: SigstoreEmulator;
let dir: string;
let trust: LoadedTrust;
let file: string;
const data = Buffer.from('the release artifact\n');
/** Bundle JSON text by the SAN its certificate carries. */
const signedBy: Record<string, string> = {};

/** Signs `data` with a token whose job_workflow_ref gives this SAN (Fulcio writes it). */
async function signAs(san: string, options: { issuerLie?: string } = {}): Promise<string> {
  const ref = san.slice('https://github.com/'.length);
  if (options.issuerLie) sigstore.lieFulcio({ issuer: options.issuerLie });
  try {
    const session = new SigningSession(
      { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
      staticIdentityProvider(sigstore.issueToken({ job_workflow_ref: ref })),
    );
    return JSON.stringify(await session.signMessage(data));
  } finally {
    sigstore.clearFaults();
  }
}

beforeAll(async () => {
  sigstore = await startSigstore();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sig-identity-'));
  file = path.join(dir, 'artifact.tar.gz');
  fs.writeFileSync(file, data);
  trust = await loadTrust(sigstore.trustedRootPath);
  for (const san of [MAIN, `${MAIN}-evil`, TAG, `${REPO}@refs/tags/v1x2x30`, `${REPO}@refs/tags/v1.2.30`]) {
    signedBy[san] = await signAs(san);
  }
}, 60_000);

afterAll(async () => {
  await sigstore.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const verify = (bundle: string, policy: IdentityPolicy) =>
  verifyBundle(bundle, { file }, trust.material, policy);
const exact = (identity: string, issuer = GITHUB_ACTIONS_ISSUER): IdentityPolicy => ({ identity, issuer });

describe('the verifier core compares the certificate identity exactly', () => {
  it('accepts the exact identity and issuer, and reports the SAN read from the certificate', async () => {
    const ok = await verify(signedBy[MAIN], exact(MAIN));
    expect(ok.identity).toBe(MAIN);
    expect(ok.issuer).toBe(GITHUB_ACTIONS_ISSUER);
    expect((await verify(signedBy[TAG], exact(TAG))).identity).toBe(TAG);
  });

  // Each of these passed before: @sigstore/verify searched the SAN with the identity as a RegExp.
  it.each([
    ['a suffix superstring (branch main-evil for main)', `${MAIN}-evil`, MAIN],
    ['a dot taken as a wildcard (tag v1x2x30 for v1.2.3)', `${REPO}@refs/tags/v1x2x30`, TAG],
    ['a longer tag (v1.2.30 for v1.2.3)', `${REPO}@refs/tags/v1.2.30`, TAG],
    ['the expected identity with its last characters cut off', TAG, TAG.slice(0, -2)],
    ['the expected identity without its scheme', TAG, TAG.slice('https://'.length)],
  ])('refuses %s', async (_name, signer, expected) => {
    await expect(verify(signedBy[signer], exact(expected))).rejects.toThrow(
      /UNTRUSTED_SIGNER_ERROR: certificate identity is ".*", expected exactly/,
    );
  });

  it("the stock verifier's own policy would have accepted them (why the comparison is ours)", () => {
    const stock = new Verifier(trust.material);
    const entity = toSignedEntity(bundleFromJSON(JSON.parse(signedBy[`${MAIN}-evil`])), data);
    const signer = stock.verify(entity, {
      subjectAlternativeName: MAIN,
      extensions: { issuer: GITHUB_ACTIONS_ISSUER },
    });
    expect(signer.identity?.subjectAlternativeName).toBe(`${MAIN}-evil`);
  });

  it('a regexp must match the whole SAN: one matching only a part is refused', async () => {
    for (const pattern of [
      /release\.yml@refs\/tags\/v1/,
      /^https:\/\/github\.com\/octo-org\/octo-repo\//,
      /https:\/\/github\.com\/octo-org\/octo-repo\/\.github\/workflows\/release\.yml@refs\/tags\/v1\.2\.3|nothing/,
      /refs\/heads\/main$/m,
    ]) {
      await expect(
        verify(signedBy[`${REPO}@refs/tags/v1.2.30`], {
          identityRegExp: pattern,
          issuer: GITHUB_ACTIONS_ISSUER,
        }),
      ).rejects.toThrow(/does not match the whole pattern/);
    }
    await expect(
      verify(signedBy[`${MAIN}-evil`], {
        identityRegExp: /.*@refs\/heads\/main/,
        issuer: GITHUB_ACTIONS_ISSUER,
      }),
    ).rejects.toThrow(/does not match the whole pattern/);
  });

  it('a regexp that matches the whole SAN is accepted', async () => {
    const pattern =
      /https:\/\/github\.com\/octo-org\/octo-repo\/\.github\/workflows\/release\.yml@refs\/tags\/v\d+\.\d+\.\d+/;
    expect(
      (await verify(signedBy[TAG], { identityRegExp: pattern, issuer: GITHUB_ACTIONS_ISSUER })).identity,
    ).toBe(TAG);
    expect(
      (
        await verify(signedBy[`${REPO}@refs/tags/v1.2.30`], {
          identityRegExp: pattern,
          issuer: GITHUB_ACTIONS_ISSUER,
        })
      ).identity,
    ).toBe(`${REPO}@refs/tags/v1.2.30`);
    await expect(
      verify(signedBy[`${REPO}@refs/tags/v1x2x30`], {
        identityRegExp: pattern,
        issuer: GITHUB_ACTIONS_ISSUER,
      }),
    ).rejects.toThrow(/does not match the whole pattern/);
  });

  it('refuses a wrong issuer, a truncated one, and a certificate whose issuer is a superstring of the expected one', async () => {
    await expect(verify(signedBy[MAIN], exact(MAIN, 'https://accounts.google.com'))).rejects.toThrow(
      /OIDC issuer is "https:\/\/token\.actions\.githubusercontent\.com", expected exactly "https:\/\/accounts\.google\.com"/,
    );
    await expect(verify(signedBy[MAIN], exact(MAIN, GITHUB_ACTIONS_ISSUER.slice(0, -1)))).rejects.toThrow(
      /UNTRUSTED_SIGNER_ERROR/,
    );
    const evilIssuer = await signAs(MAIN, { issuerLie: `${GITHUB_ACTIONS_ISSUER}.evil` });
    await expect(verify(evilIssuer, exact(MAIN))).rejects.toThrow(
      /OIDC issuer is "https:\/\/token\.actions\.githubusercontent\.com\.evil", expected exactly/,
    );
  });

  it('compares bytes: a SAN the library decodes lossily is refused, not read as the expected text', async () => {
    // @sigstore/core decodes the SAN with Node's 'ascii' decoder, which drops the high bit of
    // each byte. The emulated CA writes 'í' as the single byte 0xED, which the library reads as
    // 'm': a certificate for branch 'íain' reads as '…@refs/heads/main'. The bytes are not even
    // UTF-8, so this verifier refuses the certificate outright.
    const bundle = await signAs(`${REPO}@refs/heads/\u00edain`);
    const stock = new Verifier(trust.material).verify(
      toSignedEntity(bundleFromJSON(JSON.parse(bundle)), data),
    );
    expect(stock.identity?.subjectAlternativeName).toBe(MAIN);
    await expect(verify(bundle, exact(MAIN))).rejects.toThrow(/UNTRUSTED_SIGNER_ERROR: .*not valid UTF-8/);
    await expect(verify(bundle, { identityRegExp: /.*/, issuer: GITHUB_ACTIONS_ISSUER })).rejects.toThrow(
      /UNTRUSTED_SIGNER_ERROR/,
    );
  });

  it('verifyFiles (sigstore-verify, undraft) gives the same verdicts', async () => {
    fs.writeFileSync(`${file}.sigstore.json`, signedBy[`${MAIN}-evil`]);
    const results = await verifyFiles(
      [{ path: file, display: 'artifact.tar.gz' }],
      '.sigstore.json',
      trust.material,
      exact(MAIN),
    );
    expect(results[0].ok).toBe(false);
    expect(results[0].detail).toContain('UNTRUSTED_SIGNER_ERROR');
  });
});

describe('DSSE bundles and injected thresholds (for the release attestation check)', () => {
  let dsse: string;
  beforeAll(async () => {
    const session = new SigningSession(
      { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
      staticIdentityProvider(sigstore.issueToken()),
    );
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [],
      predicateType: 'x',
      predicate: {},
    };
    dsse = JSON.stringify(
      await session.signDsse(Buffer.from(JSON.stringify(statement)), 'application/vnd.in-toto+json'),
    );
  });

  it('verifyDsseBundle returns the signed payload for the exact identity, and refuses a superstring', async () => {
    const ok = await verifyDsseBundle(dsse, trust.material, exact(sigstore.identity));
    expect(ok.identity).toBe(sigstore.identity);
    expect(ok.payloadType).toBe('application/vnd.in-toto+json');
    expect(JSON.parse(ok.payload.toString()).predicateType).toBe('x');
    await expect(
      verifyDsseBundle(dsse, trust.material, exact(sigstore.identity.slice(0, -1))),
    ).rejects.toThrow(/UNTRUSTED_SIGNER_ERROR/);
    await expect(verifyDsseBundle(signedBy[MAIN], trust.material, exact(MAIN))).rejects.toThrow(/not a DSSE/);
  });

  it('takes trust built from a trusted root in hand (trustOf), as for a root shipped with the code', async () => {
    const parsed = parseTrustedRoot(fs.readFileSync(sigstore.trustedRootPath, 'utf8'), 'emulator root');
    const injected = trustOf(parsed, 'emulator root');
    expect((await verifyDsseBundle(dsse, injected.material, exact(sigstore.identity))).identity).toBe(
      sigstore.identity,
    );
  });

  it('honours the thresholds it is given', async () => {
    // One TSA stamp + the log's integrated time: two timestamps, one log entry.
    await expect(
      verifyDsseBundle(dsse, trust.material, exact(sigstore.identity), { timestampThreshold: 3 }),
    ).rejects.toThrow(/TIMESTAMP_ERROR/);
    await expect(
      verifyDsseBundle(dsse, trust.material, exact(sigstore.identity), { tlogThreshold: 2 }),
    ).rejects.toThrow(/TLOG_ERROR/);
    const noLog = JSON.parse(dsse);
    noLog.verificationMaterial.tlogEntries = [];
    await expect(
      verifyDsseBundle(JSON.stringify(noLog), trust.material, exact(sigstore.identity)),
    ).rejects.toThrow();
    const ok = await verifyDsseBundle(JSON.stringify(noLog), trust.material, exact(sigstore.identity), {
      tlogThreshold: 0,
      timestampThreshold: 1,
    });
    expect(ok.identity).toBe(sigstore.identity);
    await expect(
      verifyDsseBundle(dsse, trust.material, exact(sigstore.identity), { tlogThreshold: -1 }),
    ).rejects.toThrow(/whole number/);
  });
});

describe('identity helpers', () => {
  it('signingIdentityOfToken: server URL + job_workflow_ref, and the token issuer', () => {
    expect(
      signingIdentityOfToken(
        {
          iss: GITHUB_ACTIONS_ISSUER,
          workflow_ref: 'o/app/.github/workflows/release.yml@refs/tags/v1',
          job_workflow_ref: 'o/tools/.github/workflows/sign.yml@refs/heads/main',
        },
        'https://github.com/',
      ),
    ).toEqual({
      identity: 'https://github.com/o/tools/.github/workflows/sign.yml@refs/heads/main',
      issuer: GITHUB_ACTIONS_ISSUER,
      jobWorkflowRef: 'o/tools/.github/workflows/sign.yml@refs/heads/main',
    });
    for (const ref of [undefined, '', 42, 'no-at-sign', 'a@b\nc', 'a b@c']) {
      expect(() =>
        signingIdentityOfToken({ iss: GITHUB_ACTIONS_ISSUER, job_workflow_ref: ref }, 'https://github.com'),
      ).toThrow(/job_workflow_ref/);
    }
    expect(() => signingIdentityOfToken({ job_workflow_ref: 'a@b' }, 'https://github.com')).toThrow(/issuer/);
  });

  it('certificateIdentityOf and checkIdentity on a real certificate', () => {
    const bundle = JSON.parse(signedBy[TAG]);
    const found = certificateIdentityOf(
      Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64'),
    );
    expect(found.san).toBe(TAG);
    expect(found.issuer).toBe(GITHUB_ACTIONS_ISSUER);
    expect(() => checkIdentity(found, exact(TAG))).not.toThrow();
    expect(() => checkIdentity(found, exact(`${TAG}0`))).toThrow(/expected exactly/);
    expect(() => checkIdentity(found, { issuer: GITHUB_ACTIONS_ISSUER })).toThrow(/exactly one/);
    // A lone surrogate has no UTF-8 form: it never equals anything, not even U+FFFD.
    expect(() => checkIdentity(found, exact(TAG, `${GITHUB_ACTIONS_ISSUER}\uD800`))).toThrow(/issuer/);
  });
});
