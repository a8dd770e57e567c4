import { runChecks } from '../../core/action/checks.js';
import type { Report } from '../../core/action/report.js';
import { messageWithFix } from '../../core/errors.js';
import { tufFailure } from '../../core/known-failures.js';
import { expandFiles } from '../../core/files.js';
import { displayPath, workspaceRoot } from '../../core/paths.js';
import {
  describePolicy,
  loadTrust,
  verificationRows,
  verifyFiles,
  type IdentityPolicy,
} from '../../core/sigstore/index.js';

export interface VerifyInputs {
  files: string[];
  bundleSuffix: string;
  policy: IdentityPolicy;
  trustedRoot?: string;
}

/**
 * Verifies every file against its bundle for one identity; a row per file, every failure
 * listed. It ends as every action does, through `runChecks`: a `files` glob that matches nothing
 * is a failed row of the same summary, and `verified` is written whatever happened.
 */
export async function run(inputs: VerifyInputs): Promise<void> {
  await runChecks('sigstore-verify', [(report) => verifyCheck(inputs, report)], {
    onReject: 'fail',
    verdictOutputs: false,
  });
}

async function verifyCheck(inputs: VerifyInputs, report: Report) {
  const root = workspaceRoot();
  const matched = await expandFiles('files', inputs.files, root);
  // A broad glob (dist/*) also matches the bundles: they are the evidence, not the subjects.
  const files = matched.filter((f) => !f.endsWith(inputs.bundleSuffix));
  if (files.length === 0) {
    report.fail('files', `the patterns match only bundles (*${inputs.bundleSuffix}), no file to verify`);
  } else {
    let trust;
    try {
      trust = await loadTrust(inputs.trustedRoot);
      const ignored = trust.dropped.length > 0 ? `; ignored as invalid: ${trust.dropped.join('; ')}` : '';
      report.pass('trusted root', `${trust.source}; identity ${describePolicy(inputs.policy)}${ignored}`);
    } catch (error) {
      // Without a trusted root, an unreachable TUF repository is the known failure, with its fix.
      const known = inputs.trustedRoot === undefined ? tufFailure(error) : undefined;
      report.fail('trusted root', messageWithFix(known ?? error));
      // Still a row per file: none of them is verified.
      for (const f of files)
        report.fail(`signature: ${displayPath(f, root)}`, 'not verified: no trusted root');
    }
    if (trust) {
      const results = await verifyFiles(
        files.map((f) => ({ path: f, display: displayPath(f, root) })),
        inputs.bundleSuffix,
        trust.material,
        inputs.policy,
      );
      for (const row of verificationRows(results)) report.add(row);
    }
  }
  return { outputs: { verified: report.ok }, hardFailures: 0 };
}
