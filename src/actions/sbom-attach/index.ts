import { parseRepository } from '../../core/github/client.js';
import { tagFromInputOrRef } from '../../core/github/release-inputs.js';
import {
  getListInput,
  getOptionalInput,
  getRequiredInput,
  getRequiredListInput,
  parseInteger,
} from '../../core/inputs.js';
import { runAction } from '../../core/run.js';
import { run } from './main.js';

void runAction(async () => {
  await run({
    token: getRequiredInput('github-token'),
    repository: parseRepository('repository', getRequiredInput('repository')),
    tag: tagFromInputOrRef(getOptionalInput('tag')),
    sbom: getRequiredListInput('sbom'),
    minComponents: parseInteger('min-components', getOptionalInput('min-components') ?? '1'),
    requireComponents: getListInput('require-components'),
    assetName: getOptionalInput('asset-name'),
  });
});
