import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import { ChecksFailedError, ConfigurationError, messageOf, messageWithCauses } from '../../core/errors.js';
import { expandFiles } from '../../core/files.js';
import { setOutputs } from '../../core/action/outputs.js';
import { displayPath, workspaceRoot } from '../../core/paths.js';
import { publishReport, Report } from '../../core/action/report.js';
import { registerSecret } from '../../core/action/secrets.js';
import {
  decodeJwtClaims,
  expectedIssuer,
  loadTrust,
  runnerIdentityProvider,
  SigningSession,
  staticIdentityProvider,
  verifyBundleFile,
  verifyInstructions,
  type IdentityPolicy,
  type IdentityProvider,
  type LoadedTrust,
} from '../../core/sigstore/index.js';
import { mapBounded } from '../../core/sigstore/pool.js';

export interface SignInputs {
  files: string[];
  bundleSuffix: string;
  fulcioURL: string;
  rekorURL: string;
  tsaURL?: string;
  oidcAudience: string;
  identityToken?: string;
  verify: boolean;
  trustedRoot?: string;
}

/** Signatures in flight at once: the work is network-bound, and Fulcio/Rekor rate-limit. */
const CONCURRENCY = 6;

/** Writes a new file and refuses to replace one that appeared meanwhile (no clobber, ever). */
function writeNew(file: string, text: string): void {
  const temp = `${file}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  fs.writeFileSync(temp, text, { flag: 'wx' });
  try {
    fs.linkSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Signs every file with the job's identity, keeps bundles that already verify, refuses ones
 * that do not, then (verify: true) verifies every bundle against the expected identity.
 */
export async function run(inputs: SignInputs, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  registerSecret(inputs.identityToken);
  const root = workspaceRoot();
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const workflowRef = env.GITHUB_WORKFLOW_REF;
  if (!workflowRef) {
    throw new ConfigurationError(
      'GITHUB_WORKFLOW_REF is not set: sigstore-sign runs in a GitHub Actions workflow, whose ref is the signing identity.',
    );
  }
  const identity = `${serverUrl}/${workflowRef}`;
  const issuer = expectedIssuer(serverUrl);
  const policy: IdentityPolicy = { identity, issuer };

  // Bundles matched by a broad glob (dist/*) are never signed themselves: a re-run must be a no-op.
  const matched = await expandFiles('files', inputs.files, root);
  const files = matched.filter((f) => !f.endsWith(inputs.bundleSuffix));
  if (files.length === 0) {
    throw new ConfigurationError(
      `Input 'files' matches only bundles (*${inputs.bundleSuffix}), nothing to sign.`,
    );
  }

  // Without a token source the run can still succeed when every bundle already exists and
  // verifies (a re-run); the missing permission is reported only when a file needs signing.
  let tokenProvider: IdentityProvider;
  try {
    tokenProvider = inputs.identityToken
      ? staticIdentityProvider(inputs.identityToken)
      : runnerIdentityProvider(inputs.oidcAudience, env, { onToken: registerSecret });
  } catch (error) {
    tokenProvider = { getToken: () => Promise.reject(error) };
  }
  // Every token (the first and any renewal) must come from the issuer we verify against,
  // checked before Fulcio sees it.
  const provider: IdentityProvider = {
    async getToken() {
      const token = await tokenProvider.getToken();
      const claims = decodeJwtClaims(token);
      if (claims.iss !== issuer) {
        throw new ConfigurationError(
          `The identity token's issuer is '${String(claims.iss)}', expected '${issuer}'.`,
        );
      }
      return token;
    },
  };

  let trust: Promise<LoadedTrust> | undefined;
  const getTrust = () => (trust ??= loadTrust(inputs.trustedRoot));

  const session = new SigningSession(
    { fulcioURL: inputs.fulcioURL, rekorURL: inputs.rekorURL, tsaURL: inputs.tsaURL },
    provider,
  );
  const report = new Report('sigstore-sign');
  // The token is needed as soon as one file has no bundle: get it (and check its issuer) once,
  // up front, so a missing permission or a wrong token is one clear error, not one per file.
  if (files.some((f) => !fs.existsSync(f + inputs.bundleSuffix))) {
    try {
      await provider.getToken();
    } catch (error) {
      report.fail('identity token', messageOf(error));
      await publishReport(report);
      throw error;
    }
  }

  type Outcome = { file: string; bundle: string; state: 'signed' | 'kept' | 'failed'; detail: string };
  const outcomes = await mapBounded(files, CONCURRENCY, async (file): Promise<Outcome> => {
    const bundle = file + inputs.bundleSuffix;
    const shown = displayPath(file, root);
    if (fs.existsSync(bundle)) {
      try {
        const loaded = await getTrust();
        await verifyBundleFile(bundle, { file }, loaded.material, policy);
        return {
          file: shown,
          bundle,
          state: 'kept',
          detail: `existing bundle verifies for ${identity}; kept unchanged`,
        };
      } catch (error) {
        return {
          file: shown,
          bundle,
          state: 'failed',
          detail:
            `existing bundle ${displayPath(bundle, root)} does not verify for this file and identity ` +
            `(${messageOf(error)}); it was left untouched: delete it to sign again`,
        };
      }
    }
    try {
      // Streamed: the file is hashed with bounded memory and the digest is signed, so a file of
      // any size signs in the same few tens of MiB.
      const signed = await session.signFile(file);
      writeNew(bundle, JSON.stringify(signed.bundle, null, 2) + '\n');
      return {
        file: shown,
        bundle,
        state: 'signed',
        detail: `signed sha256:${signed.sha256} (${signed.size} bytes), bundle ${displayPath(bundle, root)}`,
      };
    } catch (error) {
      return { file: shown, bundle, state: 'failed', detail: `signing failed: ${messageWithCauses(error)}` };
    }
  });
  for (const o of outcomes)
    report.add({ check: `sign: ${o.file}`, ok: o.state !== 'failed', detail: o.detail });

  if (inputs.verify) {
    const fresh = outcomes.filter((o) => o.state === 'signed');
    let loaded: LoadedTrust | undefined;
    try {
      loaded = fresh.length > 0 ? await getTrust() : undefined;
    } catch (error) {
      report.fail('verify: trusted root', messageOf(error));
    }
    if (loaded) {
      if (loaded.dropped.length > 0) {
        report.pass(
          'verify: trusted root',
          `${loaded.source}; ignored as invalid: ${loaded.dropped.join('; ')}`,
        );
      }
      const verified = await mapBounded(fresh, CONCURRENCY, async (o) => {
        try {
          const r = await verifyBundleFile(
            o.bundle,
            { file: path.resolve(root, o.file) },
            loaded.material,
            policy,
          );
          return { ok: true, detail: `verifies for ${r.identity} (issuer ${r.issuer}), sha256:${r.sha256}` };
        } catch (error) {
          return { ok: false, detail: messageOf(error) };
        }
      });
      fresh.forEach((o, i) => report.add({ check: `verify: ${o.file}`, ...verified[i] }));
    }
  }

  const signedCount = outcomes.filter((o) => o.state === 'signed').length;
  const keptCount = outcomes.filter((o) => o.state === 'kept').length;
  const instructions = verifyInstructions({
    files: outcomes.map((o) => o.file),
    bundleSuffix: inputs.bundleSuffix,
    identity,
    issuer,
    tag: env.GITHUB_REF_TYPE === 'tag' ? env.GITHUB_REF_NAME : undefined,
    privateInstance: inputs.trustedRoot !== undefined,
  });
  const stats =
    `${signedCount} signed, ${keptCount} kept, ${outcomes.length - signedCount - keptCount} failed; ` +
    `${session.signer.certificatesIssued} Fulcio certificate(s) for ${signedCount} signature(s); ` +
    `identity \`${identity}\`, issuer \`${issuer}\`.`;
  core.info(stats);
  await publishReport(report, [stats, instructions]);
  setOutputs({
    bundles: outcomes.map((o) => displayPath(o.bundle, root)).join('\n'),
    identity,
    issuer,
    'verify-instructions': instructions,
  });
  if (!report.ok) throw new ChecksFailedError(report.failureMessage());
}
