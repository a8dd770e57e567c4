/*
 * sbom-attach `image` and `attest-subjects`: the SBOM that passed sbom-attach's judge is attested
 * to the image's digest (what `cosign attest --type spdxjson|cyclonedx` does) and attached as a
 * referrer, and to the files it describes (what actions/attest-sbom does: one statement, one
 * subject per file, basename and sha256) and stored with the attestations API. Both are signed
 * keylessly with the job's identity (one token, one certificate) and verified before use. The predicate type is the one
 * actions/attest gives an SBOM (its src/sbom.ts, after the in-toto predicate specs
 * `spec/predicates/spdx.md` and `cyclonedx.md`): `https://spdx.dev/Document/v<the SBOM's own
 * SPDX version>` or `https://cyclonedx.org/bom`; the predicate is the SBOM document itself.
 */
import type { SerializedBundle } from '@sigstore/bundle';
import type { Report } from '../action/report.js';
import { expandFiles } from '../files.js';
import { IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_V1 } from '../intoto.js';
import { displayPath } from '../paths.js';
import { hashFileSubjects, type FileSubject } from '../provenance/predicate.js';
import type { StoredAttestation } from '../provenance/store.js';
import { verifySigstoreBundle } from '../sigstore/verify.js';
import { registerSecret } from '../action/secrets.js';
import { ConfigurationError, InternalError, quote } from '../errors.js';
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
import { loadInputTrust, type LoadedTrust } from '../sigstore/trust.js';
import type { ImageDigestReference, RegistryInputs } from './attest-inputs.js';
import { ImageAttestationError, type ImageAttestation, type ImagePredicate } from './attest-image.js';
import { attestImages } from './attest-images.js';
import { registryClients } from './credentials.js';
import { CYCLONEDX_BOM_PREDICATE, spdxPredicateType } from './predicate-types.js';

/** The SBOM's in-toto predicate: its type by format (and SPDX version), the document as body. */
export function sbomPredicate(analysis: SbomAnalysis, text: string): ImagePredicate {
  const document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Record<
    string,
    unknown
  >;
  const type = analysis.format === 'spdx' ? spdxPredicateType(analysis.specVersion) : CYCLONEDX_BOM_PREDICATE;
  return { type, predicate: document };
}

export interface AttestSbomOptions {
  image?: ImageDigestReference;
  /** Globs of the files the SBOM describes (`attest-subjects`); none: no file statement. */
  subjects?: string[];
  /** The workspace, where `subjects` are found. */
  root?: string;
  /** Stores a bundle with the attestations API (needed with `subjects`). */
  store?: (bundle: SerializedBundle) => Promise<StoredAttestation>;
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
 * Signs the SBOM's attestations (the files' one statement, stored; the image's, attached), rows
 * in `report`. The signer is the job: its OIDC token (from the runner, or `identity-token`) must
 * come from the server's issuer, and each bundle must verify for exactly
 * `${server}/${job_workflow_ref}` before it is stored or attached.
 */
export async function attestSbom(
  options: AttestSbomOptions,
  report: Report,
): Promise<{ images: ImageAttestation[]; attestations: StoredAttestation[]; subjects: FileSubject[] }> {
  const { signing, env } = options;
  // The files first: a glob that matches nothing fails before anything is requested.
  let subjects: FileSubject[] = [];
  if (options.subjects && options.subjects.length > 0) {
    const root = options.root ?? process.cwd();
    const files = await expandFiles('attest-subjects', options.subjects, root);
    subjects = await hashFileSubjects(files);
    report.pass(
      'attest subjects',
      subjects.map((s) => `\`${s.name}\` sha256:${s.digest.sha256}`).join(', ') +
        ` (${files.map((f) => displayPath(f, root)).join(', ')})`,
    );
  }
  registerSecret(signing.identityToken);
  registerSecret(options.registry.password);
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const issuer = expectedIssuer(server);
  let trust: Promise<LoadedTrust> | undefined;
  const getTrust = () => (trust ??= loadInputTrust(signing.trustedRoot));
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
  const attestations: StoredAttestation[] = [];
  if (subjects.length > 0) {
    // One statement for the files, as actions/attest-sbom makes it, verified before it is stored:
    // the exact identity and issuer, the payload type, and the bytes signed are the statement.
    const payload = Buffer.from(
      JSON.stringify({
        _type: IN_TOTO_STATEMENT_V1,
        subject: subjects,
        predicateType: predicate.type,
        predicate: predicate.predicate,
      }),
    );
    const bundle = await session.signDsse(payload, IN_TOTO_PAYLOAD_TYPE);
    const verified = await verifySigstoreBundle(JSON.stringify(bundle), (await getTrust()).material, {
      signer: { identity, issuer },
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      artifact: { sha256: Buffer.from(subjects[0].digest.sha256, 'hex') },
    });
    if (!verified.payload?.equals(payload))
      throw new ImageAttestationError(
        'STATEMENT_MISMATCH',
        'the SBOM attestation verifies but does not carry the statement built for the files',
      );
    report.pass(
      'attest subjects: verify',
      `verifies for exactly ${verified.identity} (issuer ${verified.issuer})`,
    );
    if (!options.store) throw new InternalError('attest-subjects given without the attestations API');
    const stored = await options.store(bundle);
    attestations.push(stored);
    report.pass('attest subjects: attestations API', `stored as attestation ${stored.id}: ${stored.url}`);
  }
  const images = options.image
    ? await attestImages(
        [options.image],
        () => predicate,
        { identity, issuer },
        {
          registries: registryClients(options.registry, {
            actor: env.GITHUB_ACTOR,
            token: options.githubToken,
          }),
          signDsse: (payload, type) => session.signDsse(payload, type),
          trust: getTrust,
        },
        report,
        { check: 'attest image' },
      )
    : [];
  return { images, attestations, subjects };
}
