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
