/*
 * core/provenance's sequence in-process against the Sigstore emulator, one case per way it must
 * say no after signing: a certificate for someone else, a bundle over another statement, a token
 * from another issuer. In each, nothing is written to bundle-path and nothing is stored.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Report } from '../../../src/core/action/report.js';
import { attestFiles, type AttestFilesClients } from '../../../src/core/provenance/attest.js';
import { ProvenanceError } from '../../../src/core/provenance/predicate.js';
import { SigningSession, staticIdentityProvider } from '../../../src/core/sigstore/index.js';
import { loadTrust } from '../../../src/core/sigstore/trust.js';
import { startSigstore } from '../../../src/emulator/sigstore/index.js';
import { useServer } from '../../helpers/servers.js';
import { workspaceWith } from '../../helpers/sigstore.js';

const sigstore = useServer('sigstore', startSigstore);

function setup(token = sigstore.issueToken()) {
  const ws = workspaceWith({ 'dist/app.tar.gz': 'app\n' });
  const bundlePath = path.join(ws, 'provenance.sigstore.json');
  const identity = staticIdentityProvider(token);
  const session = new SigningSession(
    { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL },
    identity,
  );
  const stored: unknown[] = [];
  const clients: AttestFilesClients = {
    identity,
    signDsse: (payload, type) => session.signDsse(payload, type),
    trust: () => loadTrust(sigstore.trustedRootPath),
    store: async (bundle) => {
      stored.push(bundle);
      return { id: '1', url: 'https://github.com/o/r/attestations/1' };
    },
    warn: () => {},
  };
  const run = (report = new Report('attest-provenance')) =>
    attestFiles(
      { files: ['dist/*'], bundlePath, root: ws, serverUrl: 'https://github.com', env: {} },
      clients,
      report,
    );
  return { ws, bundlePath, clients, session, stored, run };
}

afterEach(() => sigstore.lieFulcio(undefined));

describe('attestFiles', () => {
  it('a good run writes and stores the verified bundle', async () => {
    const t = setup();
    const result = await t.run();
    expect(result.attestations).toEqual([{ id: '1', url: 'https://github.com/o/r/attestations/1' }]);
    expect(fs.existsSync(t.bundlePath)).toBe(true);
    expect(t.stored).toHaveLength(1);
  });

  it('refuses a certificate Fulcio issued for another identity: nothing written, nothing stored', async () => {
    const t = setup();
    sigstore.lieFulcio({ san: (san) => `${san}.evil` });
    await expect(t.run()).rejects.toThrow(/UNTRUSTED_SIGNER_ERROR/);
    expect(fs.existsSync(t.bundlePath)).toBe(false);
    expect(t.stored).toEqual([]);
  });

  it('refuses a bundle over another statement than the one built: nothing written, nothing stored', async () => {
    const t = setup();
    // A signer that signs something else (one subject's digest changed): the signature verifies,
    // the statement is not ours.
    t.clients.signDsse = (payload, type) =>
      t.session.signDsse(
        Buffer.from(payload.toString('utf8').replace(/"sha256":"[0-9a-f]/, '"sha256":"0')),
        type,
      );
    const error = await t.run().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProvenanceError);
    expect((error as ProvenanceError).code).toBe('STATEMENT_MISMATCH');
    expect(fs.existsSync(t.bundlePath)).toBe(false);
    expect(t.stored).toEqual([]);
  });

  it('refuses a bundle-path that is a folder before signing', async () => {
    const t = setup();
    fs.mkdirSync(t.bundlePath);
    const counts = { ...sigstore.counts };
    await expect(t.run()).rejects.toThrow(
      /Input 'bundle-path' names ".*provenance.sigstore.json", which is not a file/,
    );
    expect(sigstore.counts.fulcio).toBe(counts.fulcio);
  });

  it('refuses a token from another issuer before signing', async () => {
    const t = setup(sigstore.issueToken({ iss: 'https://accounts.example.com' }));
    const counts = { ...sigstore.counts };
    await expect(t.run()).rejects.toThrow(
      /issuer is "https:\/\/accounts.example.com", expected "https:\/\/token.actions.githubusercontent.com"/,
    );
    expect(sigstore.counts.fulcio).toBe(counts.fulcio);
    expect(fs.existsSync(t.bundlePath)).toBe(false);
  });
});
