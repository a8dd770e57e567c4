import { parseRepository } from '../../core/github/client.js';
import { tagFromInputOrRef } from '../../core/inputs/index.js';
import {
  getListInput,
  getOptionalInput,
  getRequiredInput,
  getRequiredListInput,
} from '../../core/action/legacy-inputs.js';
import { parseInteger } from '../../core/inputs/index.js';
import { runAction } from '../../core/action/run.js';
import { run } from './main.js';

void runAction(async () => {
  await run({
    token: getRequiredInput('github-token'),
    repository: parseRepository('repository', getRequiredInput('repository')),
    tag: tagFromInputOrRef('tag', getOptionalInput('tag'), process.env.GITHUB_REF ?? ''),
    sbom: getRequiredListInput('sbom'),
    minComponents: parseInteger('min-components', getOptionalInput('min-components') ?? '1'),
    requireComponents: getListInput('require-components'),
    assetName: getOptionalInput('asset-name'),
  });
});
