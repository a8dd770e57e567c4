/*
 * The whole release job of the README's workflow, on one sample project and one set of
 * emulators, each step reading what the earlier ones left (outputs, RUNNER_TEMP, workspace):
 * preflight (guard + CI) → sigstore-sign → stage-release with the CHANGELOG's notes →
 * sbom-attach → undraft. The draft itself is checked in the emulator before undraft: one
 * draft for the tag, every artifact and bundle and the SBOM uploaded with the local digests,
 * the notes as its body. Then undraft publishes it (the repository has immutable releases) and
 * verifies the release attestation the emulator mints.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_TOKEN, startGitHubEmulator } from '../emulator/github/index.js';
import { releaseAttestations } from '../emulator/github/attestations.js';
import { runAction, type RunOptions } from '../emulator/runner.js';
import { startSigstore } from '../emulator/sigstore/index.js';
import type { Stage, StageRun } from './stage.js';

const REPOSITORY = 'octo-org/octo-app';
const TAG = 'v2.0.0';

/** The sample project as the release job's checkout and build leave it. */
function writeProject(workspace: string): void {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'octo-app', version: '2.0.0' }, null, 2) + '\n',
    'CHANGELOG.md':
      '# Changelog\n\n## [2.0.0] - 2026-11-20\n\n### Changed\n- Sealed releases.\n\n## [1.0.0] - 2026-01-02\n\n- First.\n',
    'out/octo-app-2.0.0.tgz': 'the package\n'.repeat(10_000),
    'out/octo-app-2.0.0-linux-x64.tar.gz': 'the binary\n'.repeat(20_000),
    'out/sbom.cdx.json': JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      metadata: { component: { type: 'application', name: 'octo-app', version: '2.0.0' } },
      components: [{ type: 'library', name: 'semver', version: '7.8.6', purl: 'pkg:npm/semver@7.8.6' }],
    }),
  };
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    fs.writeFileSync(path.join(workspace, name), content);
  }
}

export const pipelineStage: Stage = {
  name: "the README's release job, end to end: preflight → sign → stage → SBOM → undraft",
  async run(root: string): Promise<StageRun[]> {
    const gh = await startGitHubEmulator();
    const sigstore = await startSigstore({ repository: REPOSITORY, tag: TAG });
    const job = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearsal-pipeline-'));
    const workspace = path.join(job, 'workspace');
    const runnerTemp = path.join(job, 'runner-temp');
    fs.mkdirSync(workspace);
    fs.mkdirSync(runnerTemp);
    try {
      gh.state.addRepo(REPOSITORY, { immutableReleases: true });
      const head = gh.state.commit(REPOSITORY, { branch: 'main', message: 'Release 2.0.0' });
      gh.state.annotatedTag(REPOSITORY, TAG, head);
      gh.state.addRun(REPOSITORY, 'ci.yml', { headSha: head, conclusion: 'success' });
      writeProject(workspace);

      const step: RunOptions = {
        root,
        workspace,
        runnerTemp,
        repository: REPOSITORY,
        apiUrl: gh.url,
        // GITHUB_SERVER_URL stays github.com: it names the signing identity and the OIDC issuer
        // (on GHES the issuer is the server's own), which the Sigstore services issue for.
        token: DEFAULT_TOKEN,
        ref: `refs/tags/${TAG}`,
        sha: head,
        env: sigstore.runnerEnv(),
      };
      const runs: StageRun[] = [];

      const preflight = await runAction('preflight', {
        ...step,
        inputs: { 'version-files': 'package.json', changelog: 'CHANGELOG.md', workflows: 'ci.yml' },
      });
      runs.push({
        label: 'preflight: tag, versions, changelog, CI green',
        result: preflight,
        expect: 'success',
      });

      const signed = await runAction('sigstore-sign', {
        ...step,
        inputs: {
          files: 'out/*.tgz\nout/*.tar.gz',
          'fulcio-url': sigstore.fulcioURL,
          'rekor-url': sigstore.rekorURL,
          'tsa-url': sigstore.tsaURL,
          'trusted-root': sigstore.trustedRootPath,
        },
      });
      runs.push({ label: 'sigstore-sign the two artifacts', result: signed, expect: 'success' });

      const staged = await runAction('stage-release', {
        ...step,
        inputs: {
          files: 'out/*.tgz\nout/*.tar.gz\nout/*.sigstore.json',
          'notes-path': preflight.outputs['release-notes-path'] ?? '',
        },
      });
      runs.push({
        label: 'stage-release: artifacts and bundles on the draft',
        result: staged,
        expect: 'success',
      });

      const sbom = await runAction('sbom-attach', { ...step, inputs: { sbom: 'out/sbom.cdx.json' } });

      // The draft as GitHub now holds it: exactly what the job built, nothing else.
      const problems: string[] = [];
      const releases = gh.state.repo(REPOSITORY).releases.filter((r) => r.tagName === TAG);
      if (releases.length !== 1 || !releases[0].draft) {
        problems.push(`expected one draft for ${TAG}, found ${releases.length}`);
      } else {
        const draft = releases[0];
        const expected = [
          'octo-app-2.0.0.tgz',
          'octo-app-2.0.0-linux-x64.tar.gz',
          'octo-app-2.0.0.tgz.sigstore.json',
          'octo-app-2.0.0-linux-x64.tar.gz.sigstore.json',
          'sbom.cdx.json',
        ];
        const names = draft.assets.map((a) => a.name).sort();
        if (JSON.stringify(names) !== JSON.stringify([...expected].sort())) {
          problems.push(`draft assets are ${names.join(', ')}`);
        }
        for (const asset of draft.assets) {
          const local = path.join(workspace, 'out', asset.name);
          const digest = fs.existsSync(local)
            ? `sha256:${createHash('sha256').update(fs.readFileSync(local)).digest('hex')}`
            : 'missing locally';
          if (asset.state !== 'uploaded' || asset.digest !== digest) {
            problems.push(`${asset.name}: ${asset.state}, ${asset.digest} (local ${digest})`);
          }
        }
        if (!(draft.body ?? '').includes('Sealed releases.')) {
          problems.push("the draft's body is not the CHANGELOG section for 2.0.0");
        }
      }
      runs.push({
        label: 'sbom-attach, then the draft holds exactly the build, with the release notes',
        result: sbom,
        expect: 'success',
        problems,
      });

      const undraft = await runAction('undraft', {
        ...step,
        inputs: {
          'expected-assets': '*.tgz\n*.tar.gz\nsbom.cdx.json',
          exact: 'true',
          'verify-signatures': 'true',
          'certificate-identity': sigstore.identity,
          'trusted-root': sigstore.trustedRootPath,
          'attestation-trusted-root': await releaseAttestations(gh.state).trustedRootPath(),
          'attestation-timeout': '30s',
        },
        env: { ...sigstore.runnerEnv(), SEALED_RELEASE_POLL_MS: '200' },
      });
      const published = gh.state.repo(REPOSITORY).releases.filter((r) => r.tagName === TAG);
      const sealed: string[] = [];
      if (published.length !== 1 || published[0].draft || !published[0].immutable) {
        sealed.push(`expected one published immutable release for ${TAG}`);
      }
      if (undraft.outputs['attestation-verified'] !== 'true')
        sealed.push('the release attestation was not verified');
      runs.push({
        label: "undraft: published only complete, signed, and sealed by GitHub's release attestation",
        result: undraft,
        expect: 'success',
        problems: sealed,
      });
      return runs;
    } finally {
      releaseAttestations(gh.state).dispose();
      await gh.stop();
      await sigstore.stop();
      fs.rmSync(job, { recursive: true, force: true });
    }
  },
};
