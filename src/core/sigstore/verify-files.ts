import * as fs from 'node:fs';
import type { TrustMaterial } from '@sigstore/verify';
import { messageOf } from '../errors.js';
import type { Verdict } from '../action/report.js';
import { mapBounded } from './pool.js';
import { wholeMatch, type IdentityPolicy } from './identity.js';
import { verifyBundleFile, type VerifiedSignature, type VerifyOptions } from './verify.js';

export interface FileVerification {
  file: string;
  bundle: string;
  ok: boolean;
  detail: string;
  result?: VerifiedSignature;
}

/** How an identity policy reads in a summary: the exact SAN, or the whole-value pattern. */
export function describePolicy(policy: IdentityPolicy): string {
  const who =
    policy.identity !== undefined
      ? `exactly ${policy.identity}`
      : `matching the whole pattern /${wholeMatch(policy.identityRegExp!).source}/`;
  return `${who} (issuer exactly ${policy.issuer})`;
}

/**
 * Verifies `<file><suffix>` for every file against one identity policy. Every file gets a
 * result, so a failure report lists all of them. This is the verifier `sigstore-verify` runs
 * and `undraft` reuses.
 */
export async function verifyFiles(
  files: { path: string; display: string }[],
  suffix: string,
  trust: TrustMaterial,
  policy: IdentityPolicy,
  concurrency = 4,
  options: VerifyOptions = {},
): Promise<FileVerification[]> {
  return mapBounded(files, concurrency, async (file) => {
    const bundle = file.path + suffix;
    if (!fs.existsSync(bundle)) {
      return { file: file.display, bundle: bundle, ok: false, detail: `no bundle ${file.display}${suffix}` };
    }
    try {
      const result = await verifyBundleFile(bundle, { file: file.path }, trust, policy, options);
      return {
        file: file.display,
        bundle,
        ok: true,
        detail: `signed by ${result.identity} (issuer ${result.issuer}), sha256:${result.sha256}, ${result.content}, ${result.mediaType}`,
        result,
      };
    } catch (error) {
      return { file: file.display, bundle, ok: false, detail: messageOf(error) };
    }
  });
}

/** Summary rows for file verifications. */
export function verificationRows(results: FileVerification[], check = 'signature'): Verdict[] {
  return results.map((r) => ({ check: `${check}: ${r.file}`, ok: r.ok, detail: r.detail }));
}
