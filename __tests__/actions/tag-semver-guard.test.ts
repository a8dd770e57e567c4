/*
 * The shipped dist/tag-semver-guard bundle, run as the runner runs it. Build it first:
 * `npm run package -- tag-semver-guard`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction, visibleText, type RunOptions, type RunResult } from '../../src/emulator/runner.js';
import { workspace } from '../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../..');
const TODAY = new Date().toISOString().slice(0, 10);
const FAR_FUTURE = '2999-01-01';

function guard(options: Partial<RunOptions> & { files?: Record<string, string> } = {}): Promise<RunResult> {
  const { files, ...rest } = options;
  return runAction('tag-semver-guard', { root, workspace: workspace(files), timeoutMs: 30_000, ...rest });
}

/** Every output tag-semver-guard declares, sorted. */
const OUTPUT_NAMES = [
  'build',
  'is-prerelease',
  'major',
  'minor',
  'ok',
  'patch',
  'prerelease',
  'reason',
  'release-notes',
  'release-notes-path',
  'tag',
  'version',
];

const changelog = (version: string, date = TODAY) =>
  `# Changelog\n\n## [Unreleased]\n\n## [${version}] - ${date}\n\n### Fixed\n- A bug.\n\n## [0.9.0] - 2025-01-01\n\n- Old.\n`;

describe('tag-semver-guard: tags', () => {
  it.each([
    ['v1.2.3', {}],
    ['v0.0.0', {}],
    ['v10.20.30', {}],
    ['v1.2.3-rc.1', { 'allow-prerelease': 'true' }],
    ['v1.0.0-alpha.beta.1', { 'allow-prerelease': 'true' }],
    ['v1.0.0-0A.is.legal', { 'allow-prerelease': 'True' }],
    ['v1.0.0--', { 'allow-prerelease': 'true' }],
    ['v1.0.0+20130313144700', { 'allow-build-metadata': 'true' }],
    ['v1.0.0-beta+exp.sha.5114f85', { 'allow-prerelease': 'true', 'allow-build-metadata': 'TRUE' }],
    ['1.2.3', { prefix: '' }],
    ['mylib/v2.0.0', { prefix: 'mylib/v' }],
    ['@changesets/cli@3.0.1', { prefix: '@changesets/cli@' }],
    ['pkg@1.4.0', { prefix: 'pkg@' }],
    ['tokio-1.47.1', { prefix: 'tokio-' }],
  ])('accepts %j', async (tag, inputs) => {
    const result = await guard({ ref: `refs/tags/${tag}`, inputs });
    expect(result.stderr + result.stdout).not.toContain('::error');
    expect(result.code).toBe(0);
    expect(result.outputs.ok).toBe('true');
    expect(result.outputs.reason).toBe('');
    expect(result.outputs.tag).toBe(tag);
  });

  it.each([
    ['v1.2', {}, /exactly MAJOR\.MINOR\.PATCH/],
    ['v1.2.3.4', {}, /exactly MAJOR\.MINOR\.PATCH/],
    ['V1.2.3', {}, /case is not folded/],
    ['1.2.3', {}, /has no prefix/],
    ['v1.2.3', { prefix: '' }, /prefix is empty/],
    ['v01.2.3', {}, /leading zero/],
    ['v1.2.3-01', { 'allow-prerelease': 'true' }, /leading zero/],
    ['v1.2.3-rc..1', { 'allow-prerelease': 'true' }, /is empty/],
    ['v1.2.3-rc.1', {}, /pre-release .*allow-prerelease is false/],
    ['v1.2.3+build.5', {}, /build metadata .*allow-build-metadata is false/],
    ['v1.2.3 ', {}, /space at position 7/],
    ['v１.2.3', {}, /U\+FF11.*non-ASCII digit/],
    ['v1.2.3\u200b', {}, /U\+200B.*invisible/],
    ['v1.2.3-\u0430', { 'allow-prerelease': 'true' }, /non-ASCII character/],
    [
      '@changesets/cli@3.0.1',
      { prefix: '@changesets/core@' },
      /does not start with the prefix '@changesets\/core@'/,
    ],
    ['pkg@1.2.3@4', { prefix: 'pkg@' }, /character '@' is not allowed/],
  ])('rejects %j', async (tag, inputs, why) => {
    const result = await guard({ ref: `refs/tags/${tag}`, inputs });
    expect(result.code).toBe(1);
    expect(result.outputs.ok).toBe('false');
    expect(result.outputs.reason).toMatch(why);
    expect(result.stdout).toMatch(why);
    expect(result.summary).toContain('❌ fail');
  });

  it('sets every version output', async () => {
    const result = await guard({
      ref: 'refs/tags/v1.20.3-rc.1+b.7',
      inputs: { 'allow-prerelease': 'true', 'allow-build-metadata': 'true' },
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      ok: 'true',
      tag: 'v1.20.3-rc.1+b.7',
      version: '1.20.3-rc.1+b.7',
      major: '1',
      minor: '20',
      patch: '3',
      prerelease: 'rc.1',
      build: 'b.7',
      'is-prerelease': 'true',
      'release-notes': '',
      'release-notes-path': '',
      reason: '',
    });
  });
});

describe('tag-semver-guard: event and ref', () => {
  it('refuses a workflow_dispatch run by default', async () => {
    const result = await guard({ eventName: 'workflow_dispatch' });
    expect(result.code).toBe(1);
    expect(result.outputs.reason).toMatch(/'workflow_dispatch' is not an allowed event/);
  });

  it('accepts an event listed in allowed-events', async () => {
    const result = await guard({
      eventName: 'release',
      inputs: { 'allowed-events': 'push\n# comment\nrelease\n' },
    });
    expect(result.code).toBe(0);
  });

  it('rejects a branch ref', async () => {
    const result = await guard({ ref: 'refs/heads/main' });
    expect(result.code).toBe(1);
    expect(result.outputs.reason).toMatch(/'refs\/heads\/main' is not a tag/);
  });

  it('rejects a branch push even with an explicit tag', async () => {
    const result = await guard({ ref: 'refs/heads/main', inputs: { tag: 'v1.2.3' } });
    expect(result.code).toBe(1);
    expect(result.outputs.reason).toMatch(/not a tag/);
  });

  it('rejects an explicit tag that is not the triggering tag', async () => {
    const result = await guard({ ref: 'refs/tags/v1.2.3', inputs: { tag: 'v1.2.4' } });
    expect(result.code).toBe(1);
    expect(result.outputs.reason).toMatch(/triggered by tag 'v1\.2\.3' but input 'tag' is 'v1\.2\.4'/);
  });

  it('checks an explicit tag on an allowed non-push event from a branch', async () => {
    const result = await guard({
      ref: 'refs/heads/main',
      eventName: 'workflow_dispatch',
      inputs: { tag: 'v2.0.0', 'allowed-events': 'workflow_dispatch' },
    });
    expect(result.code).toBe(0);
    expect(result.outputs.version).toBe('2.0.0');
  });

  it('on-reject: skip exits 0 with ok=false and the reason', async () => {
    const result = await guard({ ref: 'refs/heads/main', inputs: { 'on-reject': 'skip' } });
    expect(result.code).toBe(0);
    expect(result.outputs.ok).toBe('false');
    expect(result.outputs.reason).toMatch(/not a tag/);
    expect(result.summary).toContain('❌ failed');
    expect(result.stdout).toContain('::warning::');
  });

  it('on-reject: skip still fails on a configuration problem (a missing version file)', async () => {
    const result = await guard({ inputs: { 'on-reject': 'skip', 'version-files': 'package.json' } });
    expect(result.code).toBe(1);
    expect(result.outputs.ok).toBe('false');
    // A configuration refusal, found before any check runs: skip never applies to one.
    expect(result.stdout).toMatch(
      /::error::Configuration error: Input 'version-files': package\.json does not exist/,
    );
  });
});

const MANIFESTS: Record<string, string> = {
  'package.json': '{\n  "name": "x",\n  "version": "1.2.3"\n}\n',
  'Cargo.toml': '[package]\nname = "x"\nversion = "1.2.3"\n\n[dependencies]\nserde = "1.0"\n',
  'ws/Cargo.toml':
    '[workspace]\nmembers = ["crates/a"]\n\n[workspace.package]\nedition = "2021"\nversion = "1.2.3"\n',
  'ws/crates/a/Cargo.toml': '[package]\nname = "a"\nversion.workspace = true\n',
  'pyproject.toml': '[project]\nname = "x"\nversion = "1.2.3"\n',
  'poetry/pyproject.toml': '[tool.poetry]\nname = "x"\nversion = "1.2.3"\n',
  'src/x/__init__.py': '"""x."""\n\n__version__ = "1.2.3"\n',
  'chart/Chart.yaml': 'apiVersion: v2\nname: x\nversion: 1.2.3\nappVersion: "9"\n',
  'manifest/Cargo.toml':
    '[package]\nname = "m"\nversion = "0.1.0"\n\n[dependencies]\nordvec = { version = "=1.2.3", path = "../" }\n',
  'meta.json': '{\n  "release": {\n    "version": "1.2.3"\n  }\n}\n',
  'conf.yml': 'app:\n  release:\n    version: 1.2.3\n',
};
const SPECS = [
  'package.json',
  'Cargo.toml',
  'ws/crates/a/Cargo.toml',
  'pyproject.toml',
  'poetry/pyproject.toml',
  'src/x/__init__.py',
  'chart/Chart.yaml',
  'manifest/Cargo.toml:dependencies.ordvec.version',
  'meta.json:release.version',
  'conf.yml:app.release.version',
];

describe('tag-semver-guard: version files', () => {
  it('accepts every format when all are in lockstep', async () => {
    const result = await guard({ files: MANIFESTS, inputs: { 'version-files': SPECS.join('\n') } });
    expect(result.stdout).not.toContain('::error');
    expect(result.code).toBe(0);
    for (const spec of SPECS) expect(result.summary).toContain(`version in ${spec}`);
  });

  it.each([
    ['package.json', 'package.json', 3],
    ['Cargo.toml', 'Cargo.toml', 3],
    ['ws/crates/a/Cargo.toml', 'ws/Cargo.toml', 6],
    ['pyproject.toml', 'pyproject.toml', 3],
    ['poetry/pyproject.toml', 'poetry/pyproject.toml', 3],
    ['src/x/__init__.py', 'src/x/__init__.py', 3],
    ['chart/Chart.yaml', 'chart/Chart.yaml', 3],
    ['manifest/Cargo.toml:dependencies.ordvec.version', 'manifest/Cargo.toml', 6],
    ['meta.json:release.version', 'meta.json', 3],
    ['conf.yml:app.release.version', 'conf.yml', 3],
  ])('a mismatch in %s is annotated at %s line %i', async (spec, file, line) => {
    const files = Object.fromEntries(
      Object.entries(MANIFESTS).map(([k, v]) => [k, v.replace('1.2.3', '1.2.4')]),
    );
    const result = await guard({ files, inputs: { 'version-files': spec } });
    expect(result.code).toBe(1);
    // (annotation properties escape ':' as %3A)
    expect(result.stdout).toContain(
      `::error title=version in ${spec.replace(/:/g, '%3A')},file=${file},line=${line}::`,
    );
    expect(result.outputs.reason).toMatch(
      new RegExp(`${file} line ${line} declares "=?1\\.2\\.4".*but the tag is 1\\.2\\.3`),
    );
  });

  it('an exact pin counts, a caret requirement does not', async () => {
    const caret = { 'm/Cargo.toml': '[dependencies]\nordvec = "^1.2.3"\nplain = "1.2.3"\n' };
    const result = await guard({
      files: caret,
      inputs: { 'version-files': 'm/Cargo.toml:dependencies.ordvec\nm/Cargo.toml:dependencies.plain' },
    });
    expect(result.code).toBe(1);
    expect(result.outputs.reason).toMatch(/'\^1\.2\.3' is a version requirement, not an exact pin/);
    expect(result.outputs.reason).toMatch(/'1\.2\.3' is a caret requirement in Cargo/);
    expect(result.stdout).toContain('file=m/Cargo.toml,line=2::');
    expect(result.stdout).toContain('file=m/Cargo.toml,line=3::');
  });

  it.each([
    [
      'pyproject.toml',
      '[project]\nname = "x"\ndynamic = ["version"]\n\n[tool.hatch.version]\npath = "src/x/__about__.py"\n',
      /dynamic.*src\/x\/__about__\.py/,
    ],
    ['package.json', '{ "version": ', /not valid JSON/],
    ['Cargo.toml', '[package\nversion = "1.2.3"', /not valid TOML/],
    ['Chart.yaml', 'version: [1.2.3', /not valid YAML/],
    ['package.json', '{ "name": "x" }', /has no 'version'/],
    ['Cargo.toml', '[package]\nname = "x"\nversion.workspace = true\n', /no workspace root/],
    ['x.py', '__version__ = get_version()\n', /not a plain string literal/],
    ['x.py', 'VERSION = "1.2.3"\n', /no top-level '__version__/],
    ['Chart.yaml', 'version: 1.2\n', /number, not a version string/],
  ])('%s with a problem is a clear error naming the file', async (name, content, why) => {
    const result = await guard({ files: { [name]: content }, inputs: { 'version-files': name } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(why);
    expect(result.stdout).toContain(`file=${name}`);
  });

  it('a missing file is named', async () => {
    const result = await guard({ inputs: { 'version-files': 'sub/package.json' } });
    expect(result.code).toBe(1);
    expect(result.outputs.reason).toMatch(/sub\/package\.json does not exist/);
  });
});

describe('tag-semver-guard: changelog and release notes', () => {
  it('finds the section, outputs the notes and writes them under RUNNER_TEMP', async () => {
    const result = await guard({
      files: { 'CHANGELOG.md': changelog('1.2.3') },
      inputs: { changelog: 'CHANGELOG.md' },
    });
    expect(result.code).toBe(0);
    expect(result.outputs['release-notes']).toBe('### Fixed\n- A bug.');
    const notesPath = result.outputs['release-notes-path'];
    expect(path.relative(result.runnerTemp, notesPath).startsWith('..')).toBe(false);
    expect(fs.readFileSync(notesPath, 'utf8')).toBe('### Fixed\n- A bug.\n');
    expect(result.summary).toContain('Release notes for 1.2.3');
  });

  it.each([
    ['no section', '# Changelog\n\n## [Unreleased]\n\n- x\n', /no section for 1\.2\.3/, 3],
    ['TBD', '# Changelog\n\n## [1.2.3] - TBD\n\n- x\n', /marked 'TBD'/, 3],
    ['Unreleased', '# Changelog\n\n## [1.2.3] - Unreleased\n\n- x\n', /marked 'Unreleased'/, 3],
    ['an empty date', '# Changelog\n\n## [1.2.3] - \n\n- x\n', /empty date|has no date/, 3],
    ['an impossible date', '# Changelog\n\n## [1.2.3] - 2026-02-30\n\n- x\n', /not a real calendar date/, 3],
    ['a future date', `# Changelog\n\n## [1.2.3] - ${FAR_FUTURE}\n\n- x\n`, /later than tomorrow/, 3],
    ['no date', '# Changelog\n\n## [1.2.3]\n\n- x\n', /has no date/, 3],
  ])('refuses %s, annotated on its line', async (_what, text, why, line) => {
    const result = await guard({ files: { 'CHANGELOG.md': text }, inputs: { changelog: 'CHANGELOG.md' } });
    expect(result.code).toBe(1);
    expect(result.outputs.reason).toMatch(why);
    expect(result.stdout).toContain(`file=CHANGELOG.md,line=${line}::`);
    expect(result.outputs['release-notes']).toBe('');
  });

  it('a missing changelog is a configuration problem, even with on-reject: skip', async () => {
    const result = await guard({ inputs: { changelog: 'CHANGELOG.md', 'on-reject': 'skip' } });
    expect(result.code).toBe(1);
    expect(result.outputs.reason).toMatch(/CHANGELOG\.md' does not exist/);
  });
});

describe('tag-semver-guard: idempotent', () => {
  it('a re-run on the same workspace gives the same outputs and notes', async () => {
    const ws = workspace({ 'CHANGELOG.md': changelog('1.2.3'), 'package.json': '{"version": "1.2.3"}' });
    const inputs = { changelog: 'CHANGELOG.md', 'version-files': 'package.json' };
    const first = await runAction('tag-semver-guard', { root, workspace: ws, inputs });
    const second = await runAction('tag-semver-guard', { root, workspace: ws, inputs });
    expect(second.code).toBe(0);
    const strip = (o: Record<string, string>) => ({
      ...o,
      'release-notes-path': path.basename(o['release-notes-path']),
    });
    expect(strip(second.outputs)).toEqual(strip(first.outputs));
    expect(fs.readFileSync(second.outputs['release-notes-path'], 'utf8')).toBe(
      fs.readFileSync(first.outputs['release-notes-path'], 'utf8'),
    );
    expect(second.summary).toBe(first.summary);
  });
});

describe('tag-semver-guard: every reason at once', () => {
  it('lists the event, the version mismatch and the changelog in the message and the summary', async () => {
    const result = await guard({
      eventName: 'workflow_dispatch',
      files: {
        'Cargo.toml': '[package]\nname = "x"\nversion = "1.2.2"\n',
        'CHANGELOG.md': '## [1.2.3] - TBD\n\n- x\n',
      },
      inputs: { 'version-files': 'Cargo.toml', changelog: 'CHANGELOG.md' },
    });
    expect(result.code).toBe(1);
    const message = result.stdout.split('\n').find((l) => l.startsWith('::error::'))!;
    expect(message).toMatch(/3 checks failed/);
    for (const why of [/not an allowed event/, /declares "1\.2\.2"/, /marked 'TBD'/]) {
      expect(message).toMatch(why);
      expect(result.summary).toMatch(why);
      expect(result.outputs.reason).toMatch(why);
    }
  });
});

// Every bad-input case runs in-process against parseInputs (tag-semver-guard-inputs.test.ts);
// here, one bundle run per refusal class proves the shipped entry applies the refusal policy.
describe('tag-semver-guard: a refused configuration runs no check and says what to fix', () => {
  it('reports every problem at once, a misspelled input included, with a summary and ok=false', async () => {
    const ws = workspace();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'guard-outside-'));
    fs.writeFileSync(path.join(outside, 'package.json'), '{"version":"1.2.3"}');
    fs.symlinkSync(outside, path.join(ws, 'link'));
    const result = await runAction('tag-semver-guard', {
      root,
      workspace: ws,
      timeoutMs: 30_000,
      inputs: {
        prefix: 'v*',
        'allow-prerelease': 'yes',
        'changelog-date': 'maybe',
        'version-files': 'pakage.json\nlink/package.json',
      },
      // `version_files:` in a workflow reaches the action as INPUT_VERSION_FILES.
      env: { INPUT_VERSION_FILES: 'package.json' },
    });
    expect(result.code).toBe(1);
    const whys = [
      /Input 'version_files' is not an input of this action: did you mean 'version-files'\?/,
      /Input 'prefix' must be a plain string/,
      /Input 'allow-prerelease' must be a boolean/,
      /Input 'changelog-date' must be one of 'required', 'optional'/,
      /Input 'version-files'.*did you mean 'package\.json'\?/,
      /Input 'version-files'.*symbolic link/,
    ];
    expect(result.stdout).toMatch(/::error::Configuration error: 6 configuration problems:/);
    for (const why of whys) {
      expect(result.stdout).toMatch(why);
      expect(result.summary).toMatch(why);
      expect(result.outputs.reason).toMatch(why);
    }
    // One row a problem, saying what to fix; every output set, ok=false; no check ran, no file.
    expect(result.summary).toContain('tag-semver-guard: configuration refused ❌ failed');
    expect(result.summary.match(/\| configuration \| ❌ fail \|/g)).toHaveLength(6);
    expect(result.summary).not.toMatch(/\| (event|ref|semver) \|/);
    expect(Object.keys(result.outputs).sort()).toEqual(OUTPUT_NAMES);
    expect(result.outputs.ok).toBe('false');
    expect(result.outputs['release-notes-path']).toBe('');
    expect(fs.readdirSync(result.runnerTemp)).toEqual([]);
  });

  it('a prefix refusal writes its summary too, even with on-reject: skip', async () => {
    const result = await guard({
      ref: 'refs/tags/@acme/cli@3.0.1',
      inputs: { prefix: '@acme/cli@*', 'on-reject': 'skip' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::Configuration error: Input 'prefix' must be a plain string/);
    expect(result.summary).toMatch(/\| configuration \| ❌ fail \| Input 'prefix' must be a plain string/);
    expect(result.outputs.ok).toBe('false');
    expect(result.outputs.reason).toMatch(/^Input 'prefix' must be a plain string/);
  });
});

describe('tag-semver-guard: secrets', () => {
  // The guard takes no token, so none reaches it through an input it reads. A token handed to it
  // anyway (`github-token:` copied from another step's `with:`) is an undeclared input: refused
  // by its name, and its value, which this action never registers as a secret, is never shown.
  it('a token given as an input it does not take is refused by name, never shown', async () => {
    const token = 'ghs_DistinctiveGuardToken1234567890abcd';
    const result = await guard({
      files: { 'CHANGELOG.md': changelog('1.2.3') },
      inputs: { changelog: 'CHANGELOG.md' },
      env: { 'INPUT_GITHUB-TOKEN': token },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::Configuration error: Input 'github-token' is not an input of this action/,
    );
    expect(result.summary).toMatch(/\| configuration \| ❌ fail \| Input 'github-token' is not an input/);
    expect(visibleText(result)).not.toContain(token);
    expect(visibleText(result)).not.toContain(token.slice(4, 20));
  });
});

/*
 * CHANGELOG excerpts in the forms real release tools and projects write, written for these
 * tests (names, numbers and links are made up). One bundle run per form.
 */
const FORMS: [string, string, string, string][] = [
  [
    'setext with parentheses (ripgrep)',
    'TBD\n===\nUnreleased changes.\n\n\n2.5.1 (2025-09-08)\n==================\nThis is a patch release with one fix.\n\n* [BUG #91](https://example.org/acme/grepper/issues/91):\n  Fix a crash on empty globs.\n\n\n2.5.0 (2025-08-01)\n==================\nOlder.\n',
    'v2.5.1',
    'This is a patch release with one fix.\n\n* [BUG #91](https://example.org/acme/grepper/issues/91):\n  Fix a crash on empty globs.',
  ],
  [
    'setext with "/" (express)',
    'unreleased\n==========\n\n  * Drop old runtimes\n\n2.5.1 / 2025-12-01\n==================\n\n  * deps: body-reader@1.4.2\n  * Fix an empty `Accept` header\n\n2.5.0 / 2025-11-15\n==================\n\n  * Add `router.strict`\n',
    'v2.5.1',
    '  * deps: body-reader@1.4.2\n  * Fix an empty `Accept` header',
  ],
  [
    'ATX with "/" (mocha)',
    '# Changelog\n\n## 2.5.1 / 2024-03-26\n\n### :bug: Fixes\n\n- #5101: Do not swallow errors thrown in hooks\n\n## 2.5.0 / 2024-03-01\n\n- Old.\n',
    'v2.5.1',
    '### :bug: Fixes\n\n- #5101: Do not swallow errors thrown in hooks',
  ],
  [
    'inline HTML wrapper (conventional-changelog patch)',
    '# Changelog\n\n## <small>2.5.1 (2024-06-10)</small>\n\n* fix: keep the cache key stable ([8d01be4](https://example.org/acme/w/commit/8d01be4))\n\n## [2.5.0](https://example.org/acme/w/compare/v2.4.0...v2.5.0) (2024-05-01)\n\n### Features\n\n* x\n',
    'v2.5.1',
    '* fix: keep the cache key stable ([8d01be4](https://example.org/acme/w/commit/8d01be4))',
  ],
  [
    'English day-month-year (httpx)',
    '# Changelog\n\n## 2.5.1 (6th December, 2024)\n\n* Fix the SSL context being rebuilt per request. (#3501)\n\n## 2.5.0 (28th November, 2024)\n\n* Old.\n',
    'v2.5.1',
    '* Fix the SSL context being rebuilt per request. (#3501)',
  ],
  [
    'English month-day-year (tokio)',
    '# 2.5.1 (July 20th, 2025)\n\n### Fixed\n\n- runtime: fix a lost wake-up ([#7321])\n\n# 2.5.0 (July 1st, 2025)\n\n- Old.\n\n[#7321]: https://example.org/acme/rt/pull/7321\n',
    'v2.5.1',
    '### Fixed\n\n- runtime: fix a lost wake-up ([#7321])',
  ],
  [
    'monorepo tag with an undated changesets section',
    '# @acme/cli\n\n## 2.5.1\n\n### Patch Changes\n\n- 5c1e2f9: Fix `version` without a CHANGELOG\n\n## 2.5.0\n\n### Minor Changes\n\n- 9a0b3c2: Add `--since`\n',
    '@acme/cli@2.5.1',
    '### Patch Changes\n\n- 5c1e2f9: Fix `version` without a CHANGELOG',
  ],
];

describe('tag-semver-guard: the CHANGELOG forms real projects write', () => {
  it.each(FORMS)('%s', async (_form, text, tag, notes) => {
    const prefix = tag.startsWith('@') ? '@acme/cli@' : 'v';
    const result = await guard({
      ref: `refs/tags/${tag}`,
      files: { 'CHANGELOG.md': text },
      inputs: {
        prefix,
        changelog: 'CHANGELOG.md',
        ...(tag.startsWith('@') ? { 'changelog-date': 'optional' } : {}),
      },
    });
    expect(result.stdout).not.toContain('::error');
    expect(result.code).toBe(0);
    expect(result.outputs.version).toBe('2.5.1');
    expect(result.outputs['release-notes']).toBe(notes);
    expect(fs.readFileSync(result.outputs['release-notes-path'], 'utf8')).toBe(`${notes}\n`);
  });

  it('an undated section is refused unless changelog-date is optional', async () => {
    const result = await guard({
      ref: 'refs/tags/@acme/cli@2.5.1',
      files: { 'CHANGELOG.md': FORMS[6][1] },
      inputs: { prefix: '@acme/cli@', changelog: 'CHANGELOG.md' },
    });
    expect(result.code).toBe(1);
    expect(result.outputs.reason).toMatch(/'2\.5\.1' for 2\.5\.1 has no date.*changelog-date: optional/);
    expect(result.stdout).toContain('file=CHANGELOG.md,line=3::');
  });

  it.each([
    [
      'a placeholder, even with changelog-date: optional',
      '# C\n\n## 1.2.3 (Unreleased)\n\n- x\n',
      /marked 'Unreleased'/,
      3,
    ],
    [
      'empty brackets, even with changelog-date: optional',
      '# C\n\n## [1.2.3] - []\n\n- x\n',
      /empty date/,
      3,
    ],
    [
      'a heading inside an HTML comment',
      '# C\n\n<!--\n## [1.2.3] - 2025-01-02\n\n- drafted\n-->\n\n## [1.2.2] - 2025-01-01\n\n- old\n',
      /has no section for 1\.2\.3/,
      undefined,
    ],
    [
      'a heading after an info-string line inside a fence',
      '# C\n\n## [1.2.2] - 2025-01-01\n\nLike this:\n\n```md\n<!-- example -->\n``` md\n## [1.2.3] - 2025-01-02\n- inside the fence\n```\n',
      /has no section for 1\.2\.3/,
      undefined,
    ],
    [
      'two sections for the version',
      '1.2.3 (2025-01-02)\n==================\n- a\n\n## [1.2.3] - 2025-01-02\n- b\n',
      /2 sections for 1\.2\.3 \(lines 1, 5\)/,
      5,
    ],
    ['an ambiguous numeric date', '## 1.2.3 (02/01/2025)\n\n- x\n', /where a date belongs/, 1],
    ['an impossible English date', '## 1.2.3 (February 30th, 2025)\n\n- x\n', /not a real calendar date/, 1],
  ])('refuses %s', async (_what, text, why, line) => {
    const result = await guard({
      files: { 'CHANGELOG.md': text },
      inputs: { changelog: 'CHANGELOG.md', 'changelog-date': 'optional' },
    });
    expect(result.code).toBe(1);
    expect(result.outputs.reason).toMatch(why);
    expect(result.outputs['release-notes']).toBe('');
    if (line !== undefined) expect(result.stdout).toContain(`file=CHANGELOG.md,line=${line}::`);
  });
});

describe('tag-semver-guard: manifests as their tools read them', () => {
  it('accepts a package.json with a UTF-8 byte-order mark, as npm does', async () => {
    const result = await guard({
      files: { 'package.json': '\uFEFF{\n  "name": "widgets",\n  "version": "1.2.3"\n}\n' },
      inputs: { 'version-files': 'package.json' },
    });
    expect(result.stdout).not.toContain('::error');
    expect(result.code).toBe(0);
    expect(result.summary).toMatch(/version in package\.json \| ✅ pass \| 1\.2\.3 \(version, line 3\)/);
  });

  it.each([
    [
      'a second __version__',
      'src/w/__init__.py',
      '__version__ = "1.2.3"\n\n__version__ = "1.2.4"\n',
      /binds '__version__' 2 times/,
      3,
    ],
    [
      '__version__ +=',
      'src/w/__init__.py',
      '__version__ = "1.2.3"\n__version__ += ".dev0"\n',
      /augmented '\+='/,
      2,
    ],
    [
      'a conditional __version__',
      'src/w/__init__.py',
      'import os\nif os.environ.get("NIGHTLY"):\n    __version__ = "1.2.3"\n',
      /inside a block/,
      3,
    ],
    [
      'pyproject.toml with version and dynamic = ["version"]',
      'pyproject.toml',
      '[project]\nname = "w"\nversion = "1.2.3"\ndynamic = ["version"]\n',
      /PEP 621 forbids both/,
      4,
    ],
  ])('refuses %s', async (_what, name, content, why, line) => {
    const result = await guard({ files: { [name]: content }, inputs: { 'version-files': name } });
    expect(result.code).toBe(1);
    expect(result.outputs.reason).toMatch(why);
    expect(result.stdout).toContain(`file=${name},line=${line}::`);
  });
});
