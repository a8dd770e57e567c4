/*
 * The in-toto predicate types an image's evidence carries, one list for the writers
 * (attest-image.ts, attest-sbom.ts) and the reader (evidence-predicates.ts), so what we attach is
 * what we look for (the contract's "Container images"):
 * - a signature: `https://sigstore.dev/cosign/sign/v1` with predicate `{}`, the statement cosign v3
 *   signs for an image (cosign `pkg/types/predicate.go`, `signDigestBundle` in `cmd/cosign/cli/sign/sign.go`);
 * - an SBOM: `https://spdx.dev/Document/v<the document's own version>` (actions/attest-sbom; cosign
 *   `attest --type spdxjson` writes it without the version) and `https://cyclonedx.org/bom`
 *   (in-toto attestation `spec/predicates/spdx.md` and `cyclonedx.md`).
 */
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';

export const CYCLONEDX_BOM_PREDICATE = 'https://cyclonedx.org/bom';

/** An SPDX document's predicate type, with or without its version. */
export const SPDX_DOCUMENT_PREDICATE = /^https:\/\/spdx\.dev\/Document(?:\/v(\d+\.\d+))?$/;

/** The SPDX predicate type of a document of `spdxVersion` (`SPDX-2.3` → `…/Document/v2.3`). */
export function spdxPredicateType(spdxVersion: string): string {
  return `https://spdx.dev/Document/v${spdxVersion.replace(/^SPDX-/, '')}`;
}
