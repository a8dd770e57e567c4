import type { OutputValue } from '../action/outputs.js';

/**
 * The CI outputs when the check did not reach a verdict: never green. Its own module, so that
 * require-ci-green's entry can hand them to a refused configuration without loading the check
 * (and with it the GitHub client).
 */
export const CI_ERROR_OUTPUTS: Readonly<Record<string, OutputValue>> = {
  green: false,
  'head-sha': '',
  report: '[]',
};
