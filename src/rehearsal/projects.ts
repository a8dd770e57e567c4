/*
 * The sample projects the examples release: what a user's repository holds at the release
 * commit. Each is written to a folder that `actions/checkout` copies into a job's workspace.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Files = Record<string, string>;

/** Writes `files` under `dir`. */
export function writeFiles(dir: string, files: Files): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

/**
 * An npm package with one (vendored, `file:`) dependency, so `npm ci`, `npm pack` and
 * `npm sbom` run offline and the SBOM has a component.
 */
export function npmProject(options: {
  name: string;
  version: string;
  dir?: string;
  changelog: string;
}): Files {
  const dir = options.dir ? `${options.dir}/` : '';
  const util = `${dir}vendor/octo-util`;
  return {
    [`${dir}package.json`]: json({
      name: options.name,
      version: options.version,
      description: 'A sample package released by the sealed-release rehearsal',
      main: 'index.js',
      files: ['index.js'],
      license: 'MIT',
      dependencies: { 'octo-util': 'file:vendor/octo-util' },
    }),
    [`${dir}package-lock.json`]: json({
      name: options.name,
      version: options.version,
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': {
          name: options.name,
          version: options.version,
          license: 'MIT',
          dependencies: { 'octo-util': 'file:vendor/octo-util' },
        },
        'node_modules/octo-util': { resolved: 'vendor/octo-util', link: true },
        'vendor/octo-util': { version: '1.0.0', license: 'MIT' },
      },
    }),
    [`${dir}index.js`]: "module.exports = require('octo-util');\n",
    [`${util}/package.json`]: json({ name: 'octo-util', version: '1.0.0', main: 'index.js', license: 'MIT' }),
    [`${util}/index.js`]: 'module.exports = (s) => s.trim();\n',
    [`${dir}CHANGELOG.md`]: options.changelog,
  };
}

/** A Keep a Changelog file whose newest section is `version`, dated `date`. */
export function keepAChangelog(
  version: string,
  date: string,
  body = '### Changed\n- Sealed releases.\n',
): string {
  return `# Changelog\n\n## [Unreleased]\n\n## [${version}] - ${date}\n\n${body}\n## [0.9.0] - 2026-01-02\n\n- First.\n`;
}

/**
 * The PEP 517 backend the Python sample project carries in its tree (`backend-path`), so that
 * `pip wheel --no-build-isolation` builds it on a machine without PyPI: the standard library
 * only, and reproducible (fixed timestamps and order), as a release build should be.
 */
const PY_BACKEND = `"""A tiny in-tree PEP 517 backend: pure-Python wheels, reproducible bytes."""
import base64, hashlib, os, zipfile

NAME, VERSION = "octo_py", open(os.path.join("src", "octo_py", "VERSION")).read().strip()
DIST_INFO = f"{NAME}-{VERSION}.dist-info"
STAMP = (2020, 1, 1, 0, 0, 0)


def _metadata():
    return f"Metadata-Version: 2.1\\nName: octo-py\\nVersion: {VERSION}\\nSummary: A sample package\\n"


def get_requires_for_build_wheel(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    files = {}
    for root, _dirs, names in sorted(os.walk(os.path.join("src", NAME))):
        for name in sorted(names):
            path = os.path.join(root, name)
            files[os.path.relpath(path, "src").replace(os.sep, "/")] = open(path, "rb").read()
    files[f"{DIST_INFO}/METADATA"] = _metadata().encode()
    files[f"{DIST_INFO}/WHEEL"] = b"Wheel-Version: 1.0\\nGenerator: octo-backend\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"
    record = []
    for name, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{name},sha256={digest},{len(data)}")
    record.append(f"{DIST_INFO}/RECORD,,")
    files[f"{DIST_INFO}/RECORD"] = ("\\n".join(record) + "\\n").encode()
    wheel = f"{NAME}-{VERSION}-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, wheel), "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return wheel
`;

/** A pure-Python package whose wheel builds offline (see PY_BACKEND). */
export function pythonProject(options: { version: string; changelog: string }): Files {
  return {
    'pyproject.toml':
      '[build-system]\nrequires = []\nbuild-backend = "octo_backend"\nbackend-path = ["_backend"]\n\n' +
      `[project]\nname = "octo-py"\nversion = "${options.version}"\ndescription = "A sample package"\n`,
    '_backend/octo_backend.py': PY_BACKEND,
    'src/octo_py/__init__.py': `__version__ = "${options.version}"\n`,
    'src/octo_py/VERSION': `${options.version}\n`,
    'CHANGELOG.md': options.changelog,
  };
}
