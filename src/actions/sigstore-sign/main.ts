import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { info } from '../../core/action/log.js';
import { runChecks, type CheckOutcome } from '../../core/action/checks.js';
import {
  ConfigurationError,
  messageOf,
  messageWithCauses,
  messageWithFix,
  quote,
} from '../../core/errors.js';
import { expandFiles } from '../../core/files.js';
import { displayPath, workspaceRoot } from '../../core/paths.js';
import type { Report } from '../../core/action/report.js';
import { registerSecret } from '../../core/action/secrets.js';
import {
  certificateIdentityOf,
  decodeJwtClaims,
  expectedIssuer,
  loadInputTrust,
  runnerIdentityProvider,
  signingIdentityOfToken,
  SigningSession,
  staticIdentityProvider,
  verifyBundleFile,
  verifyInstructions,
  type IdentityPolicy,
  type IdentityProvider,
  type LoadedTrust,
} from '../../core/sigstore/index.js';
import { mapBounded } from '../../core/sigstore/pool.js';
import type { ImageDigestReference, RegistryInputs } from '../../core/image/attest-inputs.js';
import type { ImageAttestation } from '../../core/image/attest-image.js';
import {
  attestImages,
  COSIGN_SIGN,
  imageBundlesOutput,
  imageVerifyInstructions,
} from '../../core/image/attest-images.js';
import { registryClients } from '../../core/image/credentials.js';

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
  /** Images to sign, by digest (issue 21): each signature attached as a referrer. */
  images: ImageDigestReference[];
  registry: RegistryInputs;
  /** The default password of ghcr.io (with GITHUB_ACTOR). */
  githubToken?: string;
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

/** A signer's identity as read from a certificate: the SAN and the OIDC issuer. */
type SeenIdentity = { identity: string; issuer: string };

/**
 * Signs every file with the job's identity, keeps bundles that already verify, refuses ones
 * that do not, then (verify: true) verifies every bundle against the expected identity.
 *
 * The expected identity is what Fulcio certifies for the job's token: `${GITHUB_SERVER_URL}/` +
 * its `job_workflow_ref` claim, and its issuer; every check (the kept bundles and the fresh
 * ones) compares the certificate with it exactly. The `identity` output is read from the
 * certificates themselves.
 */
export async function run(inputs: SignInputs, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // It ends as every action does, through runChecks: a glob that matches nothing, a missing
  // permission or a bad trusted root is a row of the one summary, and every output is written.
  await runChecks('sigstore-sign', [(report) => signCheck(inputs, env, report)], {
    onReject: 'fail',
    verdictOutputs: false,
  });
}

async function signCheck(inputs: SignInputs, env: NodeJS.ProcessEnv, report: Report): Promise<CheckOutcome> {
  registerSecret(inputs.identityToken);
  const root = workspaceRoot();
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const issuer = expectedIssuer(serverUrl);

  // Bundles matched by a broad glob (dist/*) are never signed themselves: a re-run must be a no-op.
  // `files` may be empty when `images` is given (parseInputs requires one of them).
  const matched = inputs.files.length > 0 ? await expandFiles('files', inputs.files, root) : [];
  const files = matched.filter((f) => !f.endsWith(inputs.bundleSuffix));
  if (inputs.files.length > 0 && files.length === 0) {
    throw new ConfigurationError(
      `Input 'files' matches only bundles (*${inputs.bundleSuffix}), nothing to sign.`,
    );
  }

  // Without a token source the run can still succeed when every bundle already exists and
  // verifies (a re-run); the missing permission is reported only when a file needs signing.
  let tokenProvider: IdentityProvider | undefined;
  let noTokenReason: unknown;
  try {
    tokenProvider = inputs.identityToken
      ? staticIdentityProvider(inputs.identityToken)
      : runnerIdentityProvider(inputs.oidcAudience, env, { onToken: registerSecret });
  } catch (error) {
    noTokenReason = error;
  }
  // Every token (the first and any renewal) must come from the issuer we verify against and
  // name the same job workflow, checked before Fulcio sees it.
  let expectedRef: string | undefined;
  const provider: IdentityProvider = {
    async getToken() {
      if (!tokenProvider) throw noTokenReason;
      const token = await tokenProvider.getToken();
      const claims = decodeJwtClaims(token);
      if (claims.iss !== issuer) {
        throw new ConfigurationError(
          `The identity token's issuer is ${quote(claims.iss)}, expected ${quote(issuer)}.`,
        );
      }
      const { jobWorkflowRef } = signingIdentityOfToken(claims, serverUrl);
      if (expectedRef !== undefined && jobWorkflowRef !== expectedRef) {
        throw new ConfigurationError(
          `A renewed identity token names job workflow ${quote(jobWorkflowRef, 400)}, the first one ${quote(expectedRef, 400)}.`,
        );
      }
      return token;
    },
  };

  let trust: Promise<LoadedTrust> | undefined;
  const getTrust = () => (trust ??= loadInputTrust(inputs.trustedRoot));

  const session = new SigningSession(
    { fulcioURL: inputs.fulcioURL, rekorURL: inputs.rekorURL, tsaURL: inputs.tsaURL },
    provider,
  );
  // A trusted root given as an input is read and checked before anything is requested or
  // written: found malformed only at the self-verify, it would come after Fulcio and Rekor were
  // used and the bundles written.
  if (inputs.trustedRoot !== undefined) await getTrust();

  // The expected identity comes from the token, so the token is requested once, up front,
  // whenever there is a source for it (one clear error for a missing permission or a wrong
  // token, not one per file). Only a re-run without any token source, where every bundle
  // already exists, falls back to GITHUB_WORKFLOW_REF, which names the same workflow except in
  // a reusable workflow (whose own bundles then fail to verify: fail closed).
  let identity: string;
  let identitySource: string;
  const needsSigning = files.some((f) => !fs.existsSync(f + inputs.bundleSuffix)) || inputs.images.length > 0;
  if (tokenProvider || needsSigning) {
    const claims = decodeJwtClaims(await provider.getToken());
    const expected = signingIdentityOfToken(claims, serverUrl);
    identity = expected.identity;
    expectedRef = expected.jobWorkflowRef;
    identitySource = "the OIDC token's job_workflow_ref";
  } else {
    const workflowRef = env.GITHUB_WORKFLOW_REF;
    if (!workflowRef) throw noTokenReason;
    identity = `${serverUrl}/${workflowRef}`;
    identitySource =
      'GITHUB_WORKFLOW_REF (no OIDC token available; in a reusable workflow, grant id-token: write)';
  }
  const policy: IdentityPolicy = { identity, issuer };
  report.pass(
    'expected identity',
    `exactly \`${identity}\` (from ${identitySource}), issuer exactly \`${issuer}\``,
  );

  // Identities read from certificates: the kept bundles' (verified) and every one Fulcio issued.
  const seen: SeenIdentity[] = [];

  type Outcome = {
    file: string;
    bundle: string;
    state: 'signed' | 'kept' | 'failed';
    detail: string;
    /** The sha256 that was signed (hex): the self-verify checks the bundle against it. */
    sha256?: string;
  };
  const outcomes = await mapBounded(files, CONCURRENCY, async (file): Promise<Outcome> => {
    const bundle = file + inputs.bundleSuffix;
    const shown = displayPath(file, root);
    if (fs.existsSync(bundle)) {
      try {
        const loaded = await getTrust();
        const r = await verifyBundleFile(bundle, { file }, loaded.material, policy);
        seen.push({ identity: r.identity!, issuer: r.issuer! });
        return {
          file: shown,
          bundle,
          state: 'kept',
          detail: `existing bundle verifies for exactly ${r.identity}; kept unchanged`,
        };
      } catch (error) {
        return {
          file: shown,
          bundle,
          state: 'failed',
          detail:
            `existing bundle ${displayPath(bundle, root)} does not verify for this file and identity ` +
            `(${messageWithFix(error)}); it was left untouched: delete it to sign again`,
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
        sha256: signed.sha256,
        detail: `signed sha256:${signed.sha256} (${signed.size} bytes), bundle ${displayPath(bundle, root)}`,
      };
    } catch (error) {
      return { file: shown, bundle, state: 'failed', detail: `signing failed: ${messageWithCauses(error)}` };
    }
  });
  for (const o of outcomes)
    report.add({ check: `sign: ${o.file}`, ok: o.state !== 'failed', detail: o.detail });
  for (const pem of session.signer.certificates) {
    try {
      const found = certificateIdentityOf(pem);
      seen.push({ identity: found.san, issuer: found.issuer });
    } catch (error) {
      report.fail(
        'certificate identity',
        `the certificate Fulcio issued names no usable signer: ${messageOf(error)}`,
      );
    }
  }

  if (inputs.verify) {
    const fresh = outcomes.filter((o) => o.state === 'signed');
    let loaded: LoadedTrust | undefined;
    try {
      loaded = fresh.length > 0 ? await getTrust() : undefined;
    } catch (error) {
      report.fail('verify: trusted root', messageWithFix(error));
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
          // The digest that was just signed, not a second read of the file: the file was hashed
          // once while signing (a 2 GiB artifact would otherwise be read twice). What this check
          // is for, that the bundle Fulcio/Rekor helped build verifies for the expected identity
          // over exactly the bytes signed, is unchanged.
          const r = await verifyBundleFile(
            o.bundle,
            { sha256: Buffer.from(o.sha256!, 'hex') },
            loaded.material,
            policy,
          );
          return {
            ok: true,
            detail: `verifies for exactly ${r.identity} (issuer ${r.issuer}), sha256:${r.sha256}`,
          };
        } catch (error) {
          return { ok: false, detail: messageOf(error) };
        }
      });
      fresh.forEach((o, i) => report.add({ check: `verify: ${o.file}`, ...verified[i] }));
    }
  }

  // Images (issue 21): each digest signed with the same certificate, verified for the same
  // identity (always: an unverified bundle is never attached to an image), attached as a referrer.
  let images: ImageAttestation[] = [];
  if (inputs.images.length > 0) {
    registerSecret(inputs.registry.password);
    registerSecret(inputs.githubToken);
    images = await attestImages(
      inputs.images,
      () => COSIGN_SIGN,
      { identity, issuer },
      {
        registries: registryClients(inputs.registry, { actor: env.GITHUB_ACTOR, token: inputs.githubToken }),
        signDsse: (payload, type) => session.signDsse(payload, type),
        trust: getTrust,
      },
      report,
      { check: 'sign image' },
    );
    for (const a of images) seen.push({ identity: a.identity, issuer });
  }

  // One identity for the outputs, read from the certificates. Several (possible only with
  // verify: false and a Fulcio that certified something else) cannot be one output: fail.
  const distinct = [...new Map(seen.map((s) => [JSON.stringify([s.identity, s.issuer]), s])).values()];
  if (distinct.length > 1) {
    report.fail(
      'certificate identity',
      `the certificates name ${distinct.length} signers: ${distinct.map((s) => `${s.identity} (issuer ${s.issuer})`).join(', ')}`,
    );
  }
  const certified = distinct.length === 1 ? distinct[0] : undefined;

  const signedCount = outcomes.filter((o) => o.state === 'signed').length;
  const keptCount = outcomes.filter((o) => o.state === 'kept').length;
  const fileInstructions =
    certified && outcomes.length > 0
      ? verifyInstructions({
          files: outcomes.map((o) => o.file),
          bundleSuffix: inputs.bundleSuffix,
          identity: certified.identity,
          issuer: certified.issuer,
          tag: env.GITHUB_REF_TYPE === 'tag' ? env.GITHUB_REF_NAME : undefined,
          privateInstance: inputs.trustedRoot !== undefined,
        })
      : '';
  const imageInstructions =
    certified && images.length > 0
      ? imageVerifyInstructions({
          images: images.map((a) => a.image),
          identity: certified.identity,
          issuer: certified.issuer,
          privateInstance: inputs.trustedRoot !== undefined,
        })
      : '';
  const instructions = [fileInstructions, imageInstructions].filter(Boolean).join('\n');
  const imagesLine =
    inputs.images.length > 0
      ? `images: ${images.filter((a) => a.state === 'attached').length} signed, ${images.filter((a) => a.state === 'kept').length} kept, ${inputs.images.length - images.length} failed; `
      : '';
  const stats =
    `${signedCount} signed, ${keptCount} kept, ${outcomes.length - signedCount - keptCount} failed; ` +
    imagesLine +
    `${session.signer.certificatesIssued} Fulcio certificate(s) for ${signedCount} signature(s); ` +
    (certified
      ? `identity \`${certified.identity}\`, issuer \`${certified.issuer}\`.`
      : `expected identity \`${identity}\`, issuer \`${issuer}\`.`);
  info(stats);
  return {
    outputs: {
      bundles: outcomes.map((o) => displayPath(o.bundle, root)).join('\n'),
      identity: certified?.identity ?? '',
      issuer: certified?.issuer ?? '',
      'verify-instructions': instructions,
      'image-bundles': JSON.stringify(imageBundlesOutput(images)),
    },
    hardFailures: 0,
    summary: instructions ? [stats, instructions] : [stats],
  };
}
