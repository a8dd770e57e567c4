import { ConfigurationError } from '../../core/errors.js';
import { parseRepository } from '../../core/github/client.js';
import { getOptionalInput, getRequiredInput, getRequiredListInput } from '../../core/action/legacy-inputs.js';
import { parseBoolean } from '../../core/inputs/index.js';
import { runAction } from '../../core/action/run.js';
import { run } from './main.js';
import { tagFromInputOrRef } from '../../core/inputs/index.js';

void runAction(async () => {
  const rawPrerelease = getOptionalInput('prerelease') ?? 'auto';
  let prerelease: boolean | 'auto' = 'auto';
  if (rawPrerelease !== 'auto') {
    try {
      prerelease = parseBoolean('prerelease', rawPrerelease);
    } catch {
      throw new ConfigurationError(`Input 'prerelease' must be auto, true or false, got '${rawPrerelease}'.`);
    }
  }
  const target = getOptionalInput('target');
  if (target !== undefined && !/^[0-9a-f]{40}$/i.test(target)) {
    throw new ConfigurationError(`Input 'target' must be a full 40-hex commit SHA, got '${target}'.`);
  }
  await run({
    token: getRequiredInput('github-token'),
    repository: parseRepository('repository', getRequiredInput('repository')),
    tag: tagFromInputOrRef('tag', getOptionalInput('tag'), process.env.GITHUB_REF ?? ''),
    files: getRequiredListInput('files'),
    notesPath: getOptionalInput('notes-path'),
    name: getOptionalInput('name'),
    target,
    prerelease,
  });
});
