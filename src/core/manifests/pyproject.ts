import { locateTomlKey } from './locate.js';
import { asRecord, getPath, parseTomlFile, readText, requireString, fallbackTomlVersion } from './shared.js';
import { type DeclaredVersion, VersionFileError } from './types.js';

/**
 * pyproject.toml: `project.version` (PEP 621), else `tool.poetry.version`. A version listed in
 * `project.dynamic` is computed by the build backend, so this file holds nothing to check; and
 * a file that both sets `project.version` and lists it as dynamic is invalid under PEP 621
 * (build backends refuse it), so which version ships is not what the file says: refused.
 */
export function readPyproject(file: string, shown: string): DeclaredVersion {
  const text = readText(file, shown);
  const data = parseTomlFile(text, shown);
  const project = asRecord(data.project);
  const dynamic = project && Array.isArray(project.dynamic) && project.dynamic.includes('version');
  if (project && project.version !== undefined) {
    const line = locateTomlKey(text, ['project', 'version']);
    if (dynamic)
      throw new VersionFileError(
        'ambiguous',
        `${shown} sets 'project.version' (line ${line ?? '?'}) and also lists "version" in 'project.dynamic'; PEP 621 forbids both, and build backends refuse the file. Keep one of them.`,
        shown,
        locateTomlKey(text, ['project', 'dynamic']) ?? line,
      );
    return {
      file: shown,
      line,
      key: 'project.version',
      version: requireString(project.version, 'project.version', shown, line),
    };
  }
  if (dynamic) {
    throw new VersionFileError(
      'dynamic',
      `${shown} declares its version as dynamic (project.dynamic), so it holds no version to check. ${dynamicHint(data)}`,
      shown,
      locateTomlKey(text, ['project', 'dynamic']),
    );
  }
  return fallbackTomlVersion(data, text, 'project.version', ['tool', 'poetry', 'version'], shown);
}

/** Where a dynamic version really lives, from the build backend's configuration. */
function dynamicHint(data: Record<string, unknown>): string {
  const hatch = getPath(data, ['tool', 'hatch', 'version', 'path']);
  if (typeof hatch === 'string')
    return `Point version-files at '${hatch}' (tool.hatch.version.path) instead.`;
  const attr = getPath(data, ['tool', 'setuptools', 'dynamic', 'version', 'attr']);
  if (typeof attr === 'string') {
    const module = attr.split('.').slice(0, -1).join('/');
    return `Point version-files at the module of '${attr}' (tool.setuptools.dynamic.version), e.g. '${module}/__init__.py' or 'src/${module}/__init__.py', instead.`;
  }
  return `Point version-files at the file the build backend reads the version from (e.g. 'src/<package>/__init__.py' with __version__ = "…"), instead.`;
}
