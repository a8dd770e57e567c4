/*
 * sbom-attach `image`: the SBOM that passed sbom-attach's judge is attested to the image's digest
 * (what `cosign attest --type spdxjson|cyclonedx` and actions/attest-sbom do), signed keylessly
 * with the job's identity, verified and attached as a referrer. The predicate type is the one
 * actions/attest gives an SBOM (its src/sbom.ts, after the in-toto predicate specs
 * `spec/predicates/spdx.md` and `cyclonedx.md`): `https://spdx.dev/Document/v<the SBOM's own
 * SPDX version>` or `https://cyclonedx.org/bom`; the predicate is the SBOM document itself.
 */
import type { Report } from '../action/report.js';
import { registerSecret } from '../action/secrets.js';
import { ConfigurationError, messageOf, quote } from '../errors.js';
import { tufFailure } from '../known-failures.js';
import type { SbomAnalysis } from '../sbom/sbom.js';
import { expectedIssuer, type SigningInputs } from '../sigstore/inputs.js';
import {
  decodeJwtClaims,
  runnerIdentityProvider,
  signingIdentityOfToken,
  staticIdentityProvider,
  type IdentityProvider,
} from '../sigstore/oidc.js';
import { SigningSession } from '../sigstore/sign.js';
import { loadTrust, type LoadedTrust } from '../sigstore/trust.js';
import type { ImageDigestReference, RegistryInputs } from './attest-inputs.js';
import type { ImageAttestation, ImagePredicate } from './attest-image.js';
import { attestImages } from './attest-images.js';
import { registryClients } from './credentials.js';

/** The SBOM's in-toto predicate: its type by format (and SPDX version), the document as body. */
export function sbomPredicate(analysis: SbomAnalysis, text: string): ImagePredicate {
  const document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Record<
    string,
    unknown
  >;
  const type =
    analysis.format === 'spdx'
      ? `https://spdx.dev/Document/v${analysis.specVersion.replace(/^SPDX-/, '')}`
      : 'https://cyclonedx.org/bom';
  return { type, predicate: document };
}

export interface AttestSbomOptions {
  image: ImageDigestReference;
  analysis: SbomAnalysis;
  /** The SBOM's text, exactly as validated. */
  text: string;
  signing: SigningInputs;
  registry: RegistryInputs;
  /** ghcr.io's default password (with GITHUB_ACTOR). */
  githubToken?: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Signs and attaches the SBOM attestation, one row in `report`. The signer is the job: its OIDC
 * token (from the runner, or `identity-token`) must come from the server's issuer, and the
 * bundle must verify for exactly `${server}/${job_workflow_ref}` before it is attached.
 */
export async function attestSbomToImage(
  options: AttestSbomOptions,
  report: Report,
): Promise<ImageAttestation[]> {
  const { signing, env } = options;
  registerSecret(signing.identityToken);
  registerSecret(options.registry.password);
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const issuer = expectedIssuer(server);
  let trust: Promise<LoadedTrust> | undefined;
  const getTrust = () =>
    (trust ??= loadTrust(signing.trustedRoot).catch((error: unknown) => {
      if (signing.trustedRoot !== undefined)
        throw new ConfigurationError(`Input 'trusted-root': ${messageOf(error)}`, { cause: error });
      throw tufFailure(error) || error;
    }));
  // The trusted root is read before anything is signed: a bad one must not cost a signature.
  await getTrust();
  const source: IdentityProvider = signing.identityToken
    ? staticIdentityProvider(signing.identityToken)
    : runnerIdentityProvider(signing.oidcAudience, env, { onToken: registerSecret });
  const token = await source.getToken();
  const claims = decodeJwtClaims(token);
  if (claims.iss !== issuer)
    throw new ConfigurationError(
      `The identity token's issuer is ${quote(claims.iss)}, expected ${quote(issuer)}.`,
    );
  const { identity } = signingIdentityOfToken(claims, server);
  const session = new SigningSession(
    { fulcioURL: signing.fulcioURL, rekorURL: signing.rekorURL, tsaURL: signing.tsaURL },
    { getToken: async () => token },
  );
  const predicate = sbomPredicate(options.analysis, options.text);
  return attestImages(
    [options.image],
    () => predicate,
    { identity, issuer },
    {
      registries: registryClients(options.registry, { actor: env.GITHUB_ACTOR, token: options.githubToken }),
      signDsse: (payload, type) => session.signDsse(payload, type),
      trust: getTrust,
    },
    report,
    { check: 'attest image' },
  );
}
