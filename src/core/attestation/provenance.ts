/*
 * Judging one build attestation (SLSA provenance, or another in-toto predicate) for an artifact,
 * what `gh attestation verify` does, with every identity compared whole. Each check is its own
 * row, so a consumer sees which one said no:
 * - `signature`: the one verification path (verifySigstoreBundle): certificate chain, SCTs, log
 *   entries, timestamps and the DSSE signature, the OIDC issuer exactly;
 * - `subject`: the statement names the artifact's sha256;
 * - `predicate-type`: exactly the one asked for;
 * - `signer`: the SAN is `<server>/<signer-workflow>@<source-ref>` (each part compared whole),
 *   or, without `--signer-workflow`, a workflow of the repository (`--repo`) or of the owner
 *   (`--owner`), as gh's default;
 * - `source-repository`, `source-ref`, `source-digest`, `runner`: the certificate's GitHub
 *   extensions (Fulcio's OIDs, github-extensions.ts) against what was asked;
 * - `predicate-agrees`: SLSA provenance's own workflow, commit and builder equal the
 *   certificate's (the predicate is the signer's word; the certificate is Fulcio's, from the token).
 * Sources: gh's verification policy (cli/cli pkg/cmd/attestation/verify/policy.go: SAN regex
 * `^https://github.com/<owner>/<repo>/` by default, source repository URI and owner URI
 * extensions, `--deny-self-hosted-runners` requiring runner environment `github-hosted`) and
 * the predicate fields of core/provenance/predicate.ts.
 */
import { messageOf } from '../errors.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../intoto.js';
import { quote } from '../quote.js';
import type { Bundle } from '@sigstore/bundle';
import type { TrustMaterial } from '@sigstore/verify';
import { SLSA_PROVENANCE_V1 } from '../provenance/predicate.js';
import { readGitHubExtensions, type GitHubExtensions } from '../sigstore/github-extensions.js';
import { verifySigstoreBundle, type VerifiedBundle, type VerifyOptions } from '../sigstore/verify.js';

/** What a build attestation must say. */
export interface ExpectedAttestation {
  /** The artifact's sha256, hex. */
  sha256: string;
  /** `--repo OWNER/REPO`, or only `--owner OWNER` (then `repo` is undefined). */
  owner: string;
  repo?: string;
  /** `GITHUB_SERVER_URL`, without a trailing slash. */
  serverUrl: string;
  /** The certificate's OIDC issuer, exactly. */
  issuer: string;
  /** `OWNER/REPO/.github/workflows/F.yml`. */
  signerWorkflow?: string;
  /** A full ref, `refs/…`. */
  sourceRef?: string;
  /** The commit, hex. */
  sourceDigest?: string;
  predicateType: string;
  denySelfHostedRunners: boolean;
}

/** One check of one attestation. */
export interface Row {
  check: string;
  ok: boolean;
  detail: string;
}

const shown = (value: string | undefined) => (value === undefined ? '(absent)' : quote(value, 400));

/** Equal, whole and exactly, or a row saying what was found and what was expected. */
function same(check: string, what: string, found: string | undefined, expected: string): Row {
  return found === expected
    ? { check, ok: true, detail: `${what} is ${expected}` }
    : {
        check,
        ok: false,
        detail: `${what} is ${shown(found)}, expected exactly ${JSON.stringify(expected)}`,
      };
}

/** The signer row: the SAN against the signer workflow and source ref, or gh's default scope. */
function signerRow(san: string, expected: ExpectedAttestation): Row {
  const server = expected.serverUrl;
  if (expected.signerWorkflow !== undefined && expected.sourceRef !== undefined) {
    return same(
      'signer',
      'the certificate SAN',
      san,
      `${server}/${expected.signerWorkflow}@${expected.sourceRef}`,
    );
  }
  if (expected.signerWorkflow !== undefined) {
    // The workflow part ends exactly at the '@' that starts the ref: compared whole, never as a prefix pattern.
    const head = `${server}/${expected.signerWorkflow}@`;
    return san.startsWith(head) && san.length > head.length
      ? { check: 'signer', ok: true, detail: `signed by ${san}` }
      : {
          check: 'signer',
          ok: false,
          detail: `the certificate SAN is ${shown(san)}, not the workflow ${expected.signerWorkflow} at some ref`,
        };
  }
  const scope = expected.repo === undefined ? `${expected.owner}/` : `${expected.owner}/${expected.repo}/`;
  return san.startsWith(`${server}/${scope}`) && san.includes('@')
    ? { check: 'signer', ok: true, detail: `signed by ${san}, a workflow of ${scope.slice(0, -1)}` }
    : {
        check: 'signer',
        ok: false,
        detail: `the certificate SAN is ${shown(san)}, not a workflow of ${scope.slice(0, -1)} (give --signer-workflow for a reusable workflow of another repository)`,
      };
}

/** The certificate's GitHub extensions against what was asked. */
function extensionRows(ext: GitHubExtensions, expected: ExpectedAttestation): Row[] {
  const server = expected.serverUrl;
  const rows: Row[] = [
    expected.repo === undefined
      ? same(
          'source-repository',
          'the source repository owner (1.3.6.1.4.1.57264.1.16)',
          ext.sourceRepositoryOwnerUri,
          `${server}/${expected.owner}`,
        )
      : same(
          'source-repository',
          'the source repository (1.3.6.1.4.1.57264.1.12)',
          ext.sourceRepositoryUri,
          `${server}/${expected.owner}/${expected.repo}`,
        ),
  ];
  if (expected.sourceRef !== undefined)
    rows.push(
      same(
        'source-ref',
        'the source ref (1.3.6.1.4.1.57264.1.14)',
        ext.sourceRepositoryRef,
        expected.sourceRef,
      ),
    );
  if (expected.sourceDigest !== undefined)
    rows.push(
      same(
        'source-digest',
        'the source commit (1.3.6.1.4.1.57264.1.13)',
        ext.sourceRepositoryDigest,
        expected.sourceDigest,
      ),
    );
  const runner = ext.runnerEnvironment;
  rows.push(
    expected.denySelfHostedRunners
      ? same('runner', 'the runner environment (1.3.6.1.4.1.57264.1.11)', runner, 'github-hosted')
      : runner === undefined
        ? {
            check: 'runner',
            ok: false,
            detail: 'the certificate names no runner environment (1.3.6.1.4.1.57264.1.11)',
          }
        : { check: 'runner', ok: true, detail: `built on a ${runner} runner` },
  );
  return rows;
}

const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined),
    value,
  );
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * SLSA provenance's workflow, commit and builder against the certificate: the predicate is what
 * the signer wrote, the extensions what Fulcio took from the token. Another predicate type has
 * nothing to compare (a row that says so, and passes).
 */
function predicateRow(predicateType: string, predicate: Record<string, unknown>, ext: GitHubExtensions): Row {
  if (predicateType !== SLSA_PROVENANCE_V1) {
    return {
      check: 'predicate-agrees',
      ok: true,
      detail: `not SLSA provenance (${predicateType}): nothing to compare`,
    };
  }
  const workflow = at(predicate, 'buildDefinition', 'externalParameters', 'workflow');
  const repository = text(at(workflow, 'repository'));
  const ref = text(at(workflow, 'ref'));
  const path = text(at(workflow, 'path'));
  const dependencies = at(predicate, 'buildDefinition', 'resolvedDependencies');
  const commits = Array.isArray(dependencies)
    ? dependencies.map((d) => text(at(d, 'digest', 'gitCommit'))).filter((c) => c !== undefined)
    : [];
  const pairs: [string, string | undefined, string | undefined][] = [
    ['workflow.repository / source repository', repository, ext.sourceRepositoryUri],
    ['workflow.ref / source ref', ref, ext.sourceRepositoryRef],
    [
      'workflow repository/path@ref / build config',
      repository !== undefined && path !== undefined && ref !== undefined
        ? `${repository}/${path}@${ref}`
        : undefined,
      ext.buildConfigUri,
    ],
    [
      'resolvedDependencies gitCommit / source commit',
      commits.length === 1 ? commits[0] : undefined,
      ext.sourceRepositoryDigest,
    ],
    ['builder.id / build signer', text(at(predicate, 'runDetails', 'builder', 'id')), ext.buildSignerUri],
  ];
  const off = pairs
    .filter(([, p, c]) => p === undefined || c === undefined || p !== c)
    .map(([what, p, c]) => `${what}: the predicate says ${shown(p)}, the certificate ${shown(c)}`);
  if (commits.length > 1) off.push(`the predicate names ${commits.length} commits; exactly one is expected`);
  return off.length === 0
    ? {
        check: 'predicate-agrees',
        ok: true,
        detail: `the predicate's workflow, commit and builder are the certificate's (${commits[0]})`,
      }
    : { check: 'predicate-agrees', ok: false, detail: off.join('; ') };
}

/**
 * Judges one bundle: its rows, in order. A signature that does not verify is the only row then
 * (nothing it says can be believed); otherwise every check is made and reported.
 */
export async function judgeBuildAttestation(
  bundle: Bundle,
  trust: TrustMaterial,
  expected: ExpectedAttestation,
  thresholds: VerifyOptions = {},
): Promise<Row[]> {
  let verified: VerifiedBundle;
  try {
    verified = await verifySigstoreBundle(bundle, trust, {
      // Any SAN here: it is compared whole in its own row below, on the certificate just proven.
      signer: { identityRegExp: /[^]*/, issuer: expected.issuer },
      thresholds,
      payloadType: IN_TOTO_PAYLOAD_TYPE,
    });
  } catch (error) {
    return [{ check: 'signature', ok: false, detail: messageOf(error) }];
  }
  const rows: Row[] = [
    {
      check: 'signature',
      ok: true,
      detail: `verified: certificate chain, transparency log and timestamps, issuer ${verified.issuer}`,
    },
  ];
  const statement = verified.statement!;
  const hex = expected.sha256;
  rows.push(
    statement.subjects.some((s) => s.digest.sha256 === hex)
      ? { check: 'subject', ok: true, detail: `the statement names sha256:${hex}` }
      : { check: 'subject', ok: false, detail: `no subject of the statement has sha256:${hex}` },
  );
  rows.push(same('predicate-type', 'the predicate type', statement.predicateType, expected.predicateType));
  rows.push(signerRow(verified.identity!, expected));
  let ext: GitHubExtensions;
  try {
    ext = readGitHubExtensions(verified.certificate!);
  } catch (error) {
    rows.push({ check: 'source-repository', ok: false, detail: messageOf(error) });
    return rows;
  }
  rows.push(...extensionRows(ext, expected));
  rows.push(predicateRow(statement.predicateType, statement.predicate, ext));
  return rows;
}
