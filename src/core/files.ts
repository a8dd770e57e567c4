import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from './errors.js';
import { resolveInWorkspace, workspaceRoot } from './paths.js';

/**
 * Expands glob patterns (one a line, `!pattern` excludes) to regular files inside the
 * workspace, sorted and de-duplicated. A pattern that matches no file is an error: a release
 * that silently ships fewer files than the workflow named is the failure this project exists
 * to prevent.
 */
export async function expandFiles(
  input: string,
  patterns: string[],
  root = workspaceRoot(),
): Promise<string[]> {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  if (include.length === 0)
    throw new ConfigurationError(`Input '${input}' names no file pattern.`, { code: 'MISSING_INPUT' });
  const excluded = new Set<string>();
  for (const pattern of exclude) {
    for await (const hit of fs.promises.glob(pattern, { cwd: root })) excluded.add(path.resolve(root, hit));
  }
  const found = new Set<string>();
  for (const pattern of include) {
    // Escape checks happen on the pattern's literal prefix as well as on every match.
    if (path.isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
      resolveInWorkspace(input, pattern.replace(/[*?[{].*$/, '') || '.', { root, mustExist: false });
    }
    let matched = 0;
    for await (const hit of fs.promises.glob(pattern, { cwd: root })) {
      const absolute = path.resolve(root, hit);
      if (excluded.has(absolute)) continue;
      const real = resolveInWorkspace(input, absolute, { root });
      if (!fs.statSync(real).isFile()) continue;
      matched++;
      found.add(absolute);
    }
    if (matched === 0) {
      throw new ConfigurationError(`Input '${input}': pattern '${pattern}' matches no file.`, {
        code: 'NO_MATCHING_FILE',
      });
    }
  }
  return [...found].sort();
}
