/*
 * attest-provenance's sequence for files, with its clients passed in: find and hash the files,
 * read the provenance claims from the job's one OIDC token, build one in-toto statement, sign it
 * as a DSSE envelope with the run's one certificate, verify the bundle through the one
 * verification path, write it to `bundle-path`, then store it with the attestations API. Each
 * step is a row of the report; a step that fails stops the ones after it (nothing unverified is
 * written or stored).
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SerializedBundle } from '@sigstore/bundle';
import type { Report } from '../action/report.js';
import { ConfigurationError, InternalError, quote } from '../errors.js';
import { expandFiles } from '../files.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../intoto.js';
import { displayPath } from '../paths.js';
import { decodeJwtClaims, type IdentityProvider } from '../sigstore/oidc.js';
import { expectedIssuer } from '../sigstore/inputs.js';
import type { LoadedTrust } from '../sigstore/trust.js';
import { verifySigstoreBundle } from '../sigstore/verify.js';
import {
  buildProvenancePredicate,
  environmentDisagreements,
  hashFileSubjects,
  provenanceStatement,
  ProvenanceError,
  readProvenanceClaims,
  SLSA_PROVENANCE_V1,
  type FileSubject,
} from './predicate.js';
import type { StoredAttestation } from './store.js';
import type { ImageDigestReference } from '../image/attest-inputs.js';
import type { ImageAttestation } from '../image/attest-image.js';
import { attestImages } from '../image/attest-images.js';
import type { RegistryClients } from '../image/credentials.js';

export interface AttestFilesOptions {
  /** Globs of the files, one a line (`!pattern` excludes); none: images only. */
  files: string[];
  /** Images by digest: one statement each, attached as a referrer (and stored). */
  images?: ImageDigestReference[];
  /** Where the bundle is written (absolute). */
  bundlePath: string;
  /** The workspace. */
  root: string;
  /** `GITHUB_SERVER_URL`, without a trailing slash. */
  serverUrl: string;
  /** The runner's environment, only to compare GITHUB_SHA, GITHUB_REF and GITHUB_REPOSITORY with the token. */
  env: NodeJS.ProcessEnv;
  /** The repository (`owner/name`) the attestation is stored in, when it is stored. */
  storeIn?: string;
}

export interface AttestFilesClients {
  /** The job's OIDC token (the same provider the signer uses: one token a run). */
  identity: IdentityProvider;
  /** Signs a DSSE envelope (SigningSession.signDsse: the run's one key and certificate). */
  signDsse(payload: Buffer, payloadType: string): Promise<SerializedBundle>;
  /** The trusted root the fresh bundle is verified against. */
  trust(): Promise<LoadedTrust>;
  /** Stores the bundle with the attestations API; absent with `attestations-api: false`. */
  store?: (bundle: SerializedBundle) => Promise<StoredAttestation>;
  /** A `::warning::` (an environment variable that disagrees with the token). */
  warn(message: string): void;
  /** The registries of `images` (one client each, with the contract's credentials). */
  registries?: RegistryClients;
}

export interface AttestFilesResult {
  /** The files' subjects, then each image's (`REGISTRY/NAME`) that was attested. */
  subjects: FileSubject[];
  /** The images attached (or kept), in input order. */
  images: ImageAttestation[];
  bundlePath: string;
  attestations: StoredAttestation[];
  /** The SAN the bundle verified for. */
  identity: string;
}

/** Writes `text` to `file` whole or not at all (a temp file renamed over it). */
function writeWhole(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temp, text, { flag: 'wx' });
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Runs the sequence, adding its rows to `report`; throws on the first step that fails. */
export async function attestFiles(
  options: AttestFilesOptions,
  clients: AttestFilesClients,
  report: Report,
): Promise<AttestFilesResult> {
  // Checked before anything is signed: a bundle that cannot be written would waste a signature.
  if (fs.existsSync(options.bundlePath) && !fs.statSync(options.bundlePath).isFile()) {
    throw new ConfigurationError(
      `Input 'bundle-path' names ${quote(options.bundlePath)}, which is not a file: give the path of a file to write.`,
    );
  }
  // The files: the bundle itself is never its own subject (a broad glob may match it on a re-run).
  const withFiles = options.files.length > 0;
  let subjects: FileSubject[] = [];
  if (withFiles) {
    const matched = await expandFiles('files', options.files, options.root);
    const files = matched.filter((f) => path.resolve(f) !== path.resolve(options.bundlePath));
    subjects = await hashFileSubjects(files);
    report.pass(
      'subjects',
      subjects.map((s) => `\`${s.name}\` sha256:${s.digest.sha256}`).join(', ') +
        ` (${files.length} file(s): ${files.map((f) => displayPath(f, options.root)).join(', ')})`,
    );
  }

  // The claims, from the token the certificate will be issued for, never from the environment.
  const token = await clients.identity.getToken();
  const raw = decodeJwtClaims(token);
  const issuer = expectedIssuer(options.serverUrl);
  if (raw.iss !== issuer) {
    throw new ProvenanceError(
      'BAD_CLAIM',
      `The OIDC token's issuer is ${quote(raw.iss ?? null)}, expected ${quote(issuer)} (from GITHUB_SERVER_URL).`,
    );
  }
  const claims = readProvenanceClaims(raw);
  // An attestation is found by the repository that built the subject (`gh attestation verify
  // --repo` checks the certificate's source repository): stored in another one, it would only
  // ever fail to verify there. Refused before anything is signed.
  if (options.storeIn !== undefined && options.storeIn.toLowerCase() !== claims.repository.toLowerCase()) {
    throw new ConfigurationError(
      `Input 'repository' is '${options.storeIn}', but the OIDC token's repository is ${quote(claims.repository)}: ` +
        'an attestation is stored in the repository whose workflow built the files (leave repository at its default).',
    );
  }
  const predicate = buildProvenancePredicate(claims, options.serverUrl);
  const identity = predicate.runDetails.builder.id;
  report.pass(
    'claims',
    `builder ${identity}, commit ${claims.sha} (${claims.ref}), event ${claims.event_name}, ` +
      `run ${claims.run_id} attempt ${claims.run_attempt}, runner ${claims.runner_environment}: from the OIDC token`,
  );
  for (const disagreement of environmentDisagreements(claims, options.env)) {
    clients.warn(disagreement);
    report.pass('environment', disagreement);
  }

  const attestations: StoredAttestation[] = [];
  if (withFiles) {
    // One statement, signed once.
    const payload = Buffer.from(JSON.stringify(provenanceStatement(subjects, predicate)));
    const bundle = await clients.signDsse(payload, IN_TOTO_PAYLOAD_TYPE);
    report.pass('sign', `DSSE envelope (${IN_TOTO_PAYLOAD_TYPE}) over ${subjects.length} subject(s)`);

    // Verified right after, through the one verification path: exact SAN and issuer, the payload
    // type, and the signed bytes are exactly the statement built here (so every subject and every
    // predicate field are what the token said).
    const trust = await clients.trust();
    const verified = await verifySigstoreBundle(JSON.stringify(bundle), trust.material, {
      signer: { identity, issuer },
      payloadType: IN_TOTO_PAYLOAD_TYPE,
    });
    const statement = verified.statement;
    const signedSubjects = statement?.subjects.map((s) => `${s.name}\u0000${JSON.stringify(s.digest)}`);
    const builtSubjects = subjects.map((s) => `${s.name}\u0000${JSON.stringify(s.digest)}`);
    if (
      !verified.payload?.equals(payload) ||
      statement?.predicateType !== SLSA_PROVENANCE_V1 ||
      JSON.stringify(signedSubjects) !== JSON.stringify(builtSubjects)
    ) {
      throw new ProvenanceError(
        'STATEMENT_MISMATCH',
        'the verified bundle does not carry the statement that was signed (its subjects or predicate differ)',
      );
    }
    report.pass(
      'verify',
      `verifies for exactly ${verified.identity} (issuer ${verified.issuer}); subjects equal the files`,
    );

    writeWhole(options.bundlePath, JSON.stringify(bundle, null, 2) + '\n');
    report.pass('bundle', `written to ${options.bundlePath}`);

    if (clients.store) {
      const stored = await clients.store(bundle);
      attestations.push(stored);
      report.pass('attestations API', `stored as attestation ${stored.id}: ${stored.url}`);
    } else {
      report.pass('attestations API', 'not stored: attestations-api is false');
    }
  }

  // Images: one statement each (the same predicate, the image its one subject), signed with the
  // same certificate, verified, attached as a referrer, then stored like the files' bundle. A
  // statement already attached and verifying is kept and not stored again (a re-run).
  const images: ImageAttestation[] = [];
  if (options.images && options.images.length > 0) {
    if (!clients.registries) throw new InternalError('images given without registry clients');
    images.push(
      ...(await attestImages(
        options.images,
        () => ({ type: SLSA_PROVENANCE_V1, predicate: predicate as unknown as Record<string, unknown> }),
        { identity, issuer },
        { registries: clients.registries, signDsse: clients.signDsse, trust: clients.trust },
        report,
        { check: 'attest image' },
      )),
    );
    for (const image of images) {
      const at = image.image.lastIndexOf('@sha256:');
      subjects.push({ name: image.image.slice(0, at), digest: { sha256: image.image.slice(at + 8) } });
      if (!clients.store || image.state === 'kept') continue;
      const stored = await clients.store(image.bundle);
      attestations.push(stored);
      report.pass(`attestations API: ${image.image}`, `stored as attestation ${stored.id}: ${stored.url}`);
    }
  }
  return { subjects, images, bundlePath: withFiles ? options.bundlePath : '', attestations, identity };
}
