/*
 * undraft's outputs before anything is published, in a module of their own: a run that ends
 * early and a refused configuration report the same values, and a refusal must be able to read
 * them without loading the pipeline (and with it the GitHub and Sigstore clients).
 */
import type { OutputValue } from '../action/outputs.js';

/** Every output of undraft's action.yml, as it reads when nothing was published. */
export const NOT_PUBLISHED_OUTPUTS: Readonly<Record<string, OutputValue>> = Object.freeze({
  'release-id': '',
  'release-url': '',
  published: false,
  'made-latest': false,
  'already-published': false,
  immutable: false,
  'attestation-verified': false,
  'attestation-path': '',
});
