/*
 * verify-signatures: each bundle on the release, downloaded with the asset it names, verified
 * against the exact certificate identity and issuer (the code sigstore-verify runs). A
 * provenance bundle (evidence.ts: a statement about several assets, named for none) is verified
 * as a DSSE in-toto envelope against the same identity: its subjects are checked against the
 * assets by verify-provenance, when asked.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { messageOf } from '../errors.js';
import { sha256OfDigest, type ReleaseAsset } from '../github/assets.js';
import type { Report } from '../action/report.js';
import { loadTrust, verifyBundleFile, verifySigstoreBundle, type LoadedTrust } from '../sigstore/index.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../intoto.js';
import type { Digests } from './digests.js';
import { downloadAssetTo } from './download.js';
import { bundleSubjectName } from './evidence.js';
import { quote } from '../quote.js';
import { sha256Label } from './text.js';
import type { UndraftConfig, UndraftDeps } from './types.js';

/**
 * Downloads each bundle with its asset and verifies it against the exact identity. A bundle
 * already downloaded to classify it (`readBefore` gives its file) is not downloaded again.
 */
export async function verifySignatures(
  deps: UndraftDeps,
  config: UndraftConfig,
  prepared: { trust?: LoadedTrust },
  uploaded: ReleaseAsset[],
  digests: Digests,
  report: Report,
  readBefore: (asset: ReleaseAsset) => string | undefined = () => undefined,
  provenance: ReadonlySet<string> = new Set(),
): Promise<void> {
  if (!prepared.trust) {
    try {
      prepared.trust = await loadTrust(config.trustedRoot);
    } catch (error) {
      report.fail('signature trust', messageOf(error));
      return;
    }
  }
  const byName = new Map(uploaded.map((a) => [a.name, a]));
  const bundles = uploaded.filter((a) => bundleSubjectName(a.name, config.bundleSuffix) !== undefined);
  if (bundles.length === 0) {
    report.fail('signatures verified', `no ${config.bundleSuffix} bundle on the release to verify`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(deps.tempDir, 'undraft-verify-'));
  try {
    for (const bundle of bundles) {
      const subjectName = bundleSubjectName(bundle.name, config.bundleSuffix)!;
      const check = `signature: ${subjectName}`;
      const subject = byName.get(subjectName);
      if (!subject && provenance.has(bundle.name)) {
        await verifyProvenanceBundle(deps, config, prepared.trust, bundle, dir, report, readBefore);
        continue;
      }
      if (!subject) {
        report.fail(check, `bundle '${bundle.name}' has no asset '${subjectName}' beside it`);
        continue;
      }
      try {
        const index = String(bundle.id);
        let bundleFile = readBefore(bundle);
        if (bundleFile === undefined) {
          bundleFile = path.join(dir, `${index}.bundle.json`);
          await downloadAssetTo(deps.client, config.repository, bundle, bundleFile);
        }
        const subjectFile = path.join(dir, `${index}.subject`);
        const sha256 = await downloadAssetTo(deps.client, config.repository, subject, subjectFile);
        const reported = sha256OfDigest(subject.digest);
        if (reported && reported !== sha256) {
          report.fail(
            check,
            `GitHub reports ${sha256Label(reported)} for '${subjectName}' but serves bytes with ${sha256Label(sha256)}`,
          );
          continue;
        }
        digests.learn(subject, sha256);
        const result = await verifyBundleFile(bundleFile, { file: subjectFile }, prepared.trust.material, {
          identity: config.certificateIdentity!,
          issuer: config.certificateIssuer,
        });
        // The identity is compared whole and exactly here too, whatever the verifier's policy
        // matching does (@sigstore/verify matches a SAN as an unanchored pattern).
        if (result.identity !== config.certificateIdentity || result.issuer !== config.certificateIssuer) {
          report.fail(
            check,
            `signed by ${quote(String(result.identity))} (issuer ${quote(String(result.issuer))}), not exactly '${config.certificateIdentity}' (issuer ${config.certificateIssuer})`,
          );
          continue;
        }
        report.pass(check, `${sha256Label(sha256)} signed by ${result.identity}`);
      } catch (error) {
        report.fail(check, messageOf(error));
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A provenance bundle: its DSSE in-toto envelope verified against the exact identity. */
async function verifyProvenanceBundle(
  deps: UndraftDeps,
  config: UndraftConfig,
  trust: LoadedTrust,
  bundle: ReleaseAsset,
  dir: string,
  report: Report,
  readBefore: (asset: ReleaseAsset) => string | undefined,
): Promise<void> {
  const check = `signature: ${bundle.name}`;
  try {
    let file = readBefore(bundle);
    if (file === undefined) {
      file = path.join(dir, `${bundle.id}.bundle.json`);
      await downloadAssetTo(deps.client, config.repository, bundle, file);
    }
    // The identity policy compares the SAN and the issuer byte for byte (sigstore/identity.ts).
    const result = await verifySigstoreBundle(fs.readFileSync(file, 'utf8'), trust.material, {
      signer: { identity: config.certificateIdentity!, issuer: config.certificateIssuer },
      payloadType: IN_TOTO_PAYLOAD_TYPE,
    });
    const subjects = result.statement?.subjects.length ?? 0;
    report.pass(check, `an in-toto statement of ${subjects} subject(s) signed by ${result.identity}`);
  } catch (error) {
    report.fail(check, messageOf(error));
  }
}
