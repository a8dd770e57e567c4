/*
 * Re-running a whole successful release workflow: stage-release and sbom-attach meet the
 * release undraft published. Identical files are success with nothing written; anything else
 * is still refused, naming the difference. All three run from their dist bundles.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_TOKEN } from '../../src/emulator/github/index.js';
import { startSigstore } from '../../src/emulator/sigstore/index.js';
import { runAction, type RunResult } from '../../src/emulator/runner.js';
import { SigningSession } from '../../src/core/sigstore/sign.js';
import { staticIdentityProvider } from '../../src/core/sigstore/oidc.js';
import { useGitHub } from '../helpers/github.js';
import { useServer } from '../helpers/servers.js';
import { workspace as workspaceWith } from '../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../..');
// One emulator for the file; each test's exchanges must match GitHub's OpenAPI description.
const emu = useGitHub({ scope: 'all' });
// undraft reads a bundle by its content: the app's bundle is a real one, signed here.
const sigstore = useServer('sigstore', startSigstore);

const SBOM = JSON.stringify({
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  version: 1,
  components: [{ type: 'library', name: 'semver', version: '7.8.6' }],
});

describe('a re-run of the whole workflow after undraft published', () => {
  it('identical files: success, nothing written; a changed file: refused, naming both digests', async () => {
    const repository = 'octo-org/rerun';
    emu.state.addRepo(repository);
    const commit = emu.state.commit(repository, { branch: 'main' });
    emu.state.annotatedTag(repository, 'v1.2.3', commit);
    const session = new SigningSession(
      { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 2 },
      staticIdentityProvider(sigstore.issueToken({})),
    );
    const workspace = workspaceWith({
      'out/app.tgz': 'app\n',
      'out/app.tgz.sigstore.json': JSON.stringify(await session.signMessage(Buffer.from('app\n'))),
      'out/sbom.cdx.json': SBOM,
    });
    const step = (name: string, inputs: Record<string, string>): Promise<RunResult> =>
      runAction(name, {
        root,
        workspace,
        repository,
        apiUrl: emu.url,
        serverUrl: emu.serverUrl,
        token: DEFAULT_TOKEN,
        ref: 'refs/tags/v1.2.3',
        sha: commit,
        inputs,
        env: { SEALED_RELEASE_POLL_MS: '25' },
      });
    const workflow = async (): Promise<RunResult[]> => [
      await step('stage-release', { files: 'out/app.tgz*' }),
      await step('sbom-attach', { sbom: 'out/sbom.cdx.json' }),
      await step('undraft', { 'expected-assets': 'app.tgz\nsbom.cdx.json', exact: 'true' }),
    ];
    const writes = (): number => emu.log.filter((e) => e.method !== 'GET').length;

    const first = await workflow();
    expect(first.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(emu.state.repo(repository).releases[0].draft).toBe(false);

    const before = writes();
    const again = await workflow();
    expect(again.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(writes()).toBe(before);
    expect(again[0].outputs).toMatchObject({ uploaded: '0', skipped: '2' });
    expect(again[0].summary).toMatch(/already holds every file, byte-identical; nothing was written/);
    expect(again[1].outputs.uploaded).toBe('false');
    expect(again[1].outputs['asset-id']).toMatch(/^\d+$/);
    expect(again[2].outputs['already-published']).toBe('true');

    // A rebuilt artifact that differs, and an extra file: refused, naming the difference.
    fs.writeFileSync(path.join(workspace, 'out/app.tgz'), 'app, rebuilt\n');
    fs.writeFileSync(path.join(workspace, 'out/app.tgz.extra'), 'x');
    const changed = await step('stage-release', { files: 'out/app.tgz*' });
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(
      /published asset 'app\.tgz' has sha256:[0-9a-f]{64}, but 'out\/app\.tgz' has sha256:/,
    );
    expect(changed.stdout).toMatch(/release v1\.2\.3 is published without 'app\.tgz\.extra'/);
    const sbomChanged = await step('sbom-attach', {
      sbom: 'out/sbom.cdx.json',
      'asset-name': 'other.cdx.json',
    });
    expect(sbomChanged.code).toBe(1);
    expect(sbomChanged.stdout).toMatch(/published without 'other\.cdx\.json'/);
    expect(writes()).toBe(before);
  });
});
