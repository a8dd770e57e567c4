/*
 * What each kind of image evidence must say, once its bundle verified (exact signer, in-toto
 * statement about this digest): its predicate type names its kind, and its predicate is judged.
 *
 * Predicate types, from their writers:
 * - a signature: `https://sigstore.dev/cosign/sign/v1`, the statement cosign v3 signs for an
 *   image (the contract's "Container images"); its predicate is not read;
 * - an SBOM: `https://spdx.dev/Document` (cosign `attest --type spdxjson`), `…/Document/vX.Y`
 *   (actions/attest-sbom names the document's own SPDX version) and `https://cyclonedx.org/bom`
 *   (cosign `--type cyclonedx`, actions/attest-sbom); the predicate is the SBOM document itself;
 * - a provenance: `https://slsa.dev/provenance/v1` with GitHub's workflow build type, as
 *   core/provenance/predicate.ts writes it and GitHub's own attestations carry it.
 */
import { GITHUB_WORKFLOW_BUILD_TYPE, SLSA_PROVENANCE_V1 } from '../provenance/predicate.js';
import { quote } from '../quote.js';
import { judgeSbom } from '../sbom/sbom.js';
import { messageOf } from '../errors.js';
import type { Statement } from '../intoto.js';
import type { EvidenceKind } from './evidence-types.js';

export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';

const SPDX_PREDICATE = /^https:\/\/spdx\.dev\/Document(?:\/v(\d+\.\d+))?$/;
const CYCLONEDX_PREDICATE = 'https://cyclonedx.org/bom';

/** The kind a predicate type is evidence of, or undefined for any other predicate. */
export function kindOf(predicateType: string): EvidenceKind | undefined {
  if (predicateType === COSIGN_SIGN_PREDICATE) return 'signature';
  if (predicateType === SLSA_PROVENANCE_V1) return 'provenance';
  if (predicateType === CYCLONEDX_PREDICATE || SPDX_PREDICATE.test(predicateType)) return 'sbom';
  return undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What the predicate must satisfy for its kind. */
export interface PredicateDemands {
  /** The verified certificate SAN: a provenance's own workflow must be this one. */
  identity: string;
  sbomMinComponents: number;
  commit?: string;
}

/** Why the statement's predicate is not acceptable evidence of `kind`, or undefined when it is. */
export function predicateProblem(
  kind: EvidenceKind,
  statement: Statement,
  demands: PredicateDemands,
): string | undefined {
  if (kind === 'signature') return undefined;
  if (kind === 'sbom') return sbomProblem(statement, demands.sbomMinComponents);
  return provenanceProblem(statement.predicate, demands);
}

/** sbom-attach's judge on the predicate (its own subject not counted); the format must be the one the type names. */
function sbomProblem(statement: Statement, minComponents: number): string | undefined {
  let analysis;
  try {
    analysis = judgeSbom(JSON.stringify(statement.predicate), minComponents);
  } catch (error) {
    return `the SBOM is refused: ${messageOf(error)}`;
  }
  const spdx = SPDX_PREDICATE.exec(statement.predicateType);
  const format = spdx ? 'spdx' : 'cyclonedx';
  if (analysis.format !== format)
    return `the predicate type ${quote(statement.predicateType)} names ${format} but the predicate is ${analysis.format}`;
  if (spdx?.[1] !== undefined && analysis.specVersion !== `SPDX-${spdx[1]}`)
    return `the predicate type names SPDX ${spdx[1]} but the document is ${quote(analysis.specVersion)}`;
  return undefined;
}

/**
 * A GitHub workflow's SLSA v1 provenance: the build type, the predicate's own workflow (its
 * repository, path and ref) being exactly the certificate's identity (the SAN of a GitHub
 * certificate is `<repository URL>/<path>@<ref>`), and, when a commit is demanded, every
 * resolved git dependency of that repository naming exactly that commit.
 */
function provenanceProblem(
  predicate: Record<string, unknown>,
  demands: PredicateDemands,
): string | undefined {
  const definition = predicate.buildDefinition;
  if (!isObject(definition)) return 'the provenance has no buildDefinition';
  if (definition.buildType !== GITHUB_WORKFLOW_BUILD_TYPE)
    return `the build type is ${quote(definition.buildType)}, not ${GITHUB_WORKFLOW_BUILD_TYPE}`;
  const workflow = isObject(definition.externalParameters)
    ? definition.externalParameters.workflow
    : undefined;
  if (
    !isObject(workflow) ||
    typeof workflow.repository !== 'string' ||
    typeof workflow.path !== 'string' ||
    typeof workflow.ref !== 'string'
  )
    return 'the provenance names no workflow (externalParameters.workflow repository, path and ref)';
  const named = `${workflow.repository}/${workflow.path}@${workflow.ref}`;
  if (named !== demands.identity)
    return `the provenance's workflow is ${quote(named)}, not the certificate's ${quote(demands.identity)}`;
  const deps = definition.resolvedDependencies;
  if (!Array.isArray(deps)) return 'the provenance has no resolvedDependencies list';
  const commits = deps
    .filter(isObject)
    .filter((d) => isObject(d.digest) && d.digest.gitCommit !== undefined)
    .map((d) => ({ uri: d.uri, commit: (d.digest as Record<string, unknown>).gitCommit }));
  for (const c of commits)
    if (typeof c.uri !== 'string' || !c.uri.startsWith(`git+${workflow.repository}@`))
      return `a resolved dependency ${quote(c.uri)} is not of the workflow's repository ${quote(workflow.repository)}`;
  if (demands.commit === undefined) return undefined;
  if (commits.length === 0) return `the provenance names no commit; ${demands.commit} was required`;
  const other = commits.find((c) => c.commit !== demands.commit);
  if (other) return `the provenance was built from the commit ${quote(other.commit)}, not ${demands.commit}`;
  return undefined;
}
