/*
 * The seal: after publishing an immutable release, GitHub's own release attestation must name
 * exactly this tag, commit and these assets. A failure here cannot be undone (the release is
 * out), so every failing row says so.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { messageOf } from '../errors.js';
import type { ReleaseAsset } from '../github/assets.js';
import type { Release } from '../github/releases.js';
import type { Report } from '../action/report.js';
import type { OutputValue } from '../action/outputs.js';
import {
  judgeAttestation,
  listReleaseAttestations,
  loadAttestationTrust,
  releaseSan,
  trustDomainOf,
  waitForReleaseAttestation,
} from '../attestation/release-attestation.js';
import { Digests } from './digests.js';
import type { UndraftConfig, UndraftDeps } from './types.js';

/** The seal: GitHub's release attestation, when asked for (or `auto` and immutable). */
export async function seal(
  deps: UndraftDeps,
  config: UndraftConfig,
  release: Release,
  commit: string,
  assets: ReleaseAsset[],
  report: Report,
  outputs: Record<string, OutputValue>,
  log: (line: string) => void,
): Promise<void> {
  const check = 'release attestation';
  const out = `release ${config.tag} IS PUBLISHED (${release.html_url}) and cannot be unpublished`;
  if (config.verifyAttestation === 'false') {
    report.pass(check, 'not checked: verify-release-attestation is false');
    return;
  }
  if (release.immutable !== true) {
    if (config.verifyAttestation === 'auto') {
      report.pass(
        check,
        'not checked: the release is not immutable, so GitHub signs no release attestation (auto)',
      );
    } else {
      report.fail(
        check,
        `${out}, but it is not immutable, so GitHub signs no release attestation for it: enable immutable releases in the repository settings (verify-release-attestation: true)`,
      );
    }
    return;
  }
  try {
    const trust = await loadAttestationTrust(config.attestationTrustedRoot, {
      cacheDir: path.join(deps.tempDir, 'undraft-github-tuf'),
    });
    const domain = await trustDomainOf(deps.client, deps.serverUrl);
    const san = releaseSan(domain.domain);
    const expectedAssets = new Map<string, string>();
    const digests = new Digests(deps.client, config.repository);
    for (const a of assets) expectedAssets.set(a.name, (await digests.of(a)).sha256);
    log(
      `Waiting up to ${Math.round(config.attestationTimeoutMs / 1000)} s for GitHub's release attestation of ${config.tag} (${commit}), signed for ${san}.`,
    );
    const result = await waitForReleaseAttestation({
      list: () => listReleaseAttestations(deps.client, config.repository, commit),
      judge: (bundle) =>
        judgeAttestation(bundle, trust.material, san, {
          owner: config.repository.owner,
          repo: config.repository.repo,
          tag: config.tag,
          commit,
          assets: expectedAssets,
          releaseId: release.id,
        }),
      timeoutMs: config.attestationTimeoutMs,
      pollMs: deps.pollMs ?? 5000,
    });
    if (!result.ok) {
      report.fail(check, `${out}; GitHub's seal does not vouch for it: ${result.detail}`);
      return;
    }
    const dir = path.join(deps.tempDir, 'undraft');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(
      dir,
      `${config.tag.replace(/[^A-Za-z0-9._-]/g, '_')}.release-attestation.sigstore.json`,
    );
    fs.writeFileSync(file, JSON.stringify(result.bundle) + '\n');
    outputs['attestation-verified'] = true;
    outputs['attestation-path'] = file;
    report.pass(
      check,
      `signed for ${san} (trust domain from ${domain.source}; trust: ${trust.source}): tag ${config.tag} → ${commit}, exactly the ${expectedAssets.size} asset(s) and their sha256`,
    );
  } catch (error) {
    report.fail(check, `${out}; the release attestation could not be checked: ${messageOf(error)}`);
  }
}
