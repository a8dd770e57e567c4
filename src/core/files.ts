import { ConfigurationError } from './errors.js';
import { selectFiles } from './glob.js';
import { workspaceRoot } from './paths.js';

/**
 * Expands glob patterns (one a line, `!pattern` excludes) to regular files inside the
 * workspace, sorted and de-duplicated (core/glob.ts's {@link selectFiles}). A pattern that matches no file is an error: a release
 * that silently ships fewer files than the workflow named is the failure this project exists
 * to prevent.
 */
export async function expandFiles(
  input: string,
  patterns: string[],
  root = workspaceRoot(),
): Promise<string[]> {
  if (!patterns.some((p) => !p.startsWith('!')))
    throw new ConfigurationError(`Input '${input}' names no file pattern.`, { code: 'MISSING_INPUT' });
  const { files, problems } = selectFiles(input, patterns, root);
  // One problem keeps its own code; several are reported together, every one at once.
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1)
    throw new ConfigurationError(
      problems.flatMap((p) => p.problems),
      { code: problems.every((p) => p.code === 'NO_MATCHING_FILE') ? 'NO_MATCHING_FILE' : 'INVALID_INPUT' },
    );
  return files;
}
