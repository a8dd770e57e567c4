import * as core from '@actions/core';
import type { CiInputs } from '../../core/ci.js';
import { parseRepository, type Repo } from '../../core/github/client.js';
import { getBooleanInput, getDurationInput, getListInput, getOptionalInput } from '../../core/inputs.js';

export interface RequireCiGreenInputs {
  token: string;
  ci: CiInputs;
}

/**
 * Reads every require-ci-green input once (errors name the input). Exported so the root
 * preflight action, which takes the same inputs, reads them the same way.
 */
export function readCiInputs(): RequireCiGreenInputs {
  const token = core.getInput('github-token');
  const repository: Repo = parseRepository(
    'repository',
    getOptionalInput('repository') ?? process.env.GITHUB_REPOSITORY ?? '',
  );
  return {
    token,
    ci: {
      repository,
      workflows: getListInput('workflows'),
      sha: getOptionalInput('sha'),
      tag: getOptionalInput('tag'),
      defaultSha: process.env.GITHUB_SHA,
      branch: getOptionalInput('branch'),
      requireHead: getBooleanInput('require-head', true),
      event: getOptionalInput('event') ?? 'push',
      timeoutMs: getDurationInput('timeout', '0'),
      pollIntervalMs: getDurationInput('poll-interval', '30s'),
    },
  };
}
