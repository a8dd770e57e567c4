/*
 * Rehearsal stage: sign the release's artifacts keylessly on the local Sigstore services with
 * the runner's OIDC token, verify them as a downstream user would, and make sure a
 * verification for another identity is refused.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { leaksSecret, runAction } from '../emulator/runner.js';
import { startSigstore } from '../emulator/sigstore/index.js';
import type { Stage, StageRun } from './stage.js';

export const sigstoreStage: Stage = {
  name: 'sigstore: sign the artifacts, verify them, refuse a wrong identity',
  async run(root: string): Promise<StageRun[]> {
    const sigstore = await startSigstore({ repository: 'octo-org/octo-repo', tag: 'v1.2.3' });
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearsal-sigstore-'));
    try {
      fs.mkdirSync(path.join(workspace, 'dist'));
      const artifacts = ['octo-repo-1.2.3.tar.gz', 'octo_repo-1.2.3-py3-none-any.whl', 'SHA256SUMS'];
      for (const name of artifacts)
        fs.writeFileSync(path.join(workspace, 'dist', name), `${name} contents\n`);
      const services = {
        'fulcio-url': sigstore.fulcioURL,
        'rekor-url': sigstore.rekorURL,
        'tsa-url': sigstore.tsaURL,
        'trusted-root': sigstore.trustedRootPath,
      };
      const runs: StageRun[] = [];

      const signed = await runAction('sigstore-sign', {
        root,
        workspace,
        inputs: { files: 'dist/*', ...services },
        env: sigstore.runnerEnv(),
      });
      const signProblems: string[] = [];
      const bundles = (signed.outputs.bundles ?? '').split('\n').filter(Boolean);
      if (bundles.length !== artifacts.length)
        signProblems.push(`expected ${artifacts.length} bundles, got ${bundles.length}`);
      if (sigstore.counts.oidc !== 1)
        signProblems.push(`expected 1 token request, saw ${sigstore.counts.oidc}`);
      if (signed.outputs.identity !== sigstore.identity)
        signProblems.push(`identity output is '${signed.outputs.identity}'`);
      for (const token of sigstore.issued) {
        if (leaksSecret(signed, token)) signProblems.push('the OIDC token appears in the output');
      }
      runs.push({ label: 'sigstore-sign dist/*', result: signed, expect: 'success', problems: signProblems });

      const certificates = sigstore.counts.fulcio;
      const again = await runAction('sigstore-sign', {
        root,
        workspace,
        inputs: { files: 'dist/*', ...services },
        env: sigstore.runnerEnv(),
      });
      // The re-run reads the token once (the expected identity is its job_workflow_ref) but
      // signs nothing: no certificate is requested.
      runs.push({
        label: 'sigstore-sign again (a no-op)',
        result: again,
        expect: 'success',
        problems: sigstore.counts.fulcio === certificates ? [] : ['the re-run requested another certificate'],
      });

      const verified = await runAction('sigstore-verify', {
        root,
        workspace,
        inputs: {
          files: 'dist/*',
          'certificate-identity': sigstore.identity,
          'trusted-root': sigstore.trustedRootPath,
        },
      });
      runs.push({
        label: 'sigstore-verify for the release workflow',
        result: verified,
        expect: 'success',
        problems: verified.outputs.verified === 'true' ? [] : [`verified=${verified.outputs.verified}`],
      });

      const wrong = await runAction('sigstore-verify', {
        root,
        workspace,
        inputs: {
          files: 'dist/*',
          'certificate-identity': sigstore.identity.replace('octo-org/octo-repo', 'mallory/octo-repo'),
          'trusted-root': sigstore.trustedRootPath,
        },
      });
      runs.push({
        label: 'sigstore-verify for another identity (must be refused)',
        result: wrong,
        expect: 'failure',
        problems: wrong.outputs.verified === 'false' ? [] : [`verified=${wrong.outputs.verified}`],
      });
      return runs;
    } finally {
      await sigstore.stop();
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  },
};
