import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startSigstore, type SigstoreEmulator } from '../../src/emulator/sigstore/index.js';
import { loadTrust } from '../../src/core/sigstore/trust.js';
import { SigningSession } from '../../src/core/sigstore/sign.js';
import { staticIdentityProvider } from '../../src/core/sigstore/oidc.js';
import { verifyBundle, GITHUB_ACTIONS_ISSUER } from '../../src/core/sigstore/verify.js';

let sigstore: SigstoreEmulator;
let dir: string;
beforeAll(async () => {
  sigstore = await startSigstore();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sig-core-'));
});
afterAll(async () => {
  await sigstore.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

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
