/*
 * Rehearsal stage for the draft release: stage sample artifacts and an SBOM on a draft in the
 * GitHub emulator, run again (nothing may be uploaded), then try to stage different bytes under
 * an existing name, which must be refused with the asset left as it was.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_TOKEN, startGitHubEmulator } from '../emulator/github/index.js';
import { runAction, type RunOptions } from '../emulator/runner.js';
import type { Stage, StageRun } from './stage.js';

const REPOSITORY = 'octo-org/octo-repo';
const TAG = 'v1.2.3';

/**
 * A small CycloneDX 1.6 SBOM, written out by hand: the rehearsal is an ncc ESM bundle, where
 * @cyclonedx/cyclonedx-library's entry point (it reads `__dirname`) cannot load.
 */
function sampleSbom(): string {
  const component = (name: string, version: string) => ({
    type: 'library',
    'bom-ref': `pkg:npm/${name}@${version}`,
    name,
    version,
    purl: `pkg:npm/${name}@${version}`,
  });
  return JSON.stringify(
    {
      $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      metadata: { component: { type: 'application', name: 'octo-app', version: '1.2.3' } },
      components: [component('left-pad', '1.3.0'), component('semver', '7.8.6')],
    },
    null,
    2,
  );
}

export const releaseStage: Stage = {
  name: 'draft release: stage-release + sbom-attach',
  async run(root: string): Promise<StageRun[]> {
    const emu = await startGitHubEmulator();
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearsal-release-'));
    try {
      emu.state.addRepo(REPOSITORY);
      const commit = emu.state.commit(REPOSITORY, { message: 'Release 1.2.3' });
      emu.state.annotatedTag(REPOSITORY, TAG, commit);
      const artifacts: Record<string, string> = {
        'dist/octo-app-1.2.3-linux-x64.tar.gz': 'linux build\n'.repeat(4096),
        'dist/octo-app-1.2.3-darwin-arm64.tar.gz': 'darwin build\n'.repeat(4096),
      };
      for (const [name, content] of Object.entries(artifacts)) {
        fs.mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
        fs.writeFileSync(path.join(workspace, name), content);
      }
      const sums = Object.entries(artifacts)
        .map(
          ([name, content]) =>
            `${createHash('sha256').update(content).digest('hex')}  ${path.basename(name)}\n`,
        )
        .join('');
      fs.writeFileSync(path.join(workspace, 'dist', 'SHA256SUMS'), sums);
      fs.writeFileSync(path.join(workspace, 'NOTES.md'), '## 1.2.3\n\n- First sealed release.\n');
      fs.writeFileSync(path.join(workspace, 'octo-app.cdx.json'), sampleSbom());

      const base: RunOptions = {
        root,
        workspace,
        repository: REPOSITORY,
        apiUrl: emu.url,
        serverUrl: emu.serverUrl,
        token: DEFAULT_TOKEN,
        ref: `refs/tags/${TAG}`,
        sha: commit,
      };
      const uploads = (): number => emu.count('repos/upload-release-asset');
      const draft = () => emu.state.repo(REPOSITORY).releases.filter((r) => r.tagName === TAG);
      const runs: StageRun[] = [];

      const first = await runAction('stage-release', {
        ...base,
        inputs: { files: 'dist/*', 'notes-path': 'NOTES.md' },
      });
      runs.push({
        label: 'stage-release creates the draft and uploads three files',
        result: first,
        expect: 'success',
        problems: first.outputs.uploaded === '3' ? [] : [`uploaded=${first.outputs.uploaded}, expected 3`],
      });

      const sbom = await runAction('sbom-attach', {
        ...base,
        inputs: { sbom: 'octo-app.cdx.json', 'require-components': 'pkg:npm/semver' },
      });
      runs.push({
        label: 'sbom-attach validates the CycloneDX 1.6 SBOM and attaches it',
        result: sbom,
        expect: 'success',
        problems: sbom.outputs.uploaded === 'true' ? [] : ['the SBOM was not uploaded'],
      });

      const before = uploads();
      const again = await runAction('stage-release', {
        ...base,
        inputs: { files: 'dist/*', 'notes-path': 'NOTES.md' },
      });
      const sbomAgain = await runAction('sbom-attach', { ...base, inputs: { sbom: 'octo-app.cdx.json' } });
      const rerunProblems: string[] = [];
      if (uploads() !== before) rerunProblems.push(`${uploads() - before} upload request(s) on a re-run`);
      if (again.outputs.skipped !== '3') rerunProblems.push(`skipped=${again.outputs.skipped}, expected 3`);
      if (sbomAgain.code !== 0 || sbomAgain.outputs.uploaded !== 'false')
        rerunProblems.push('sbom-attach re-run did not skip');
      if (draft().length !== 1)
        rerunProblems.push(`${draft().length} releases for ${TAG}, expected one draft`);
      runs.push({
        label: 're-run of both steps: nothing uploaded, same draft',
        result: again,
        expect: 'success',
        problems: rerunProblems,
      });

      const target = draft()[0]?.assets.find((a) => a.name === 'octo-app-1.2.3-linux-x64.tar.gz');
      const digestBefore = target?.digest;
      fs.writeFileSync(
        path.join(workspace, 'dist/octo-app-1.2.3-linux-x64.tar.gz'),
        'rebuilt, different bytes\n',
      );
      const clobber = await runAction('stage-release', { ...base, inputs: { files: 'dist/*' } });
      const clobberProblems: string[] = [];
      const after = draft()[0]?.assets.find((a) => a.name === 'octo-app-1.2.3-linux-x64.tar.gz');
      if (!after || after.id !== target?.id || after.digest !== digestBefore)
        clobberProblems.push('the existing asset was changed');
      if (!/never replaced/.test(clobber.stdout))
        clobberProblems.push('the refusal does not say the asset is never replaced');
      runs.push({
        label: 'different bytes under an existing name: refused, asset untouched',
        result: clobber,
        expect: 'failure',
        problems: clobberProblems,
      });
      if (emu.violations.length > 0) {
        runs[runs.length - 1].problems!.push(`${emu.violations.length} OpenAPI violation(s) in the emulator`);
      }
      return runs;
    } finally {
      await emu.stop();
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  },
};
