/*
 * The shipped dist/tag-semver-guard bundle, run as the runner runs it. Build it first:
 * `npm run package -- tag-semver-guard`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction, type RunOptions, type RunResult } from '../../src/emulator/runner.js';
import { workspace } from '../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../..');
const TODAY = new Date().toISOString().slice(0, 10);
const FAR_FUTURE = '2999-01-01';

function guard(options: Partial<RunOptions> & { files?: Record<string, string> } = {}): Promise<RunResult> {
  const { files, ...rest } = options;
  return runAction('tag-semver-guard', { root, workspace: workspace(files), timeoutMs: 30_000, ...rest });
}

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
    expect(result.stdout).toMatch(/package\.json does not exist/);
    expect(result.stdout).toMatch(/on-reject: skip does not apply/);
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
      new RegExp(`${file} line ${line} declares =?1\\.2\\.4.*but the tag is 1\\.2\\.3`),
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
    for (const why of [/not an allowed event/, /declares 1\.2\.2/, /marked 'TBD'/]) {
      expect(message).toMatch(why);
      expect(result.summary).toMatch(why);
      expect(result.outputs.reason).toMatch(why);
    }
  });
});

describe('tag-semver-guard: bad inputs write nothing', () => {
  it.each([
    [{ tag: 'v1.2.3; rm -rf /' }, /Input 'tag'.*space/],
    [{ tag: 'v1.2.3$(id)' }, /Input 'tag'.*character '\$'/],
    [{ tag: 'v1.2.3`id`' }, /Input 'tag'.*character '`'/],
    [{ tag: 'v1.2.3\nv1.2.4' }, /Input 'tag'.*control character U\+000A/],
    [{ tag: 'v1.2.３' }, /Input 'tag'.*U\+FF13/],
    [{ tag: 'refs/tags/v1.2.3' }, /Input 'tag' must be a tag name/],
    [{ prefix: 'v*' }, /Input 'prefix' must be a plain string/],
    [{ prefix: '^v' }, /Input 'prefix' must be a plain string/],
    [{ prefix: ' v' }, /Input 'prefix' must be a plain string/],
    [{ 'on-reject': 'ignore' }, /Input 'on-reject' must be one of 'fail', 'skip'/],
    [{ 'allow-prerelease': 'yes' }, /Input 'allow-prerelease' must be a boolean/],
    [{ 'allowed-events': 'push; curl' }, /Input 'allowed-events'/],
    [{ 'version-files': '../package.json' }, /Input 'version-files'.*outside the workspace/],
    [{ 'version-files': '/etc/os-release.toml:x' }, /Input 'version-files'.*outside the workspace/],
    [{ 'version-files': 'link/package.json' }, /Input 'version-files'.*symbolic link/],
    [{ 'version-files': 'settings.ini' }, /Input 'version-files'.*not a version file/],
    [{ 'version-files': 'x.json' }, /Input 'version-files'.*needs a key path/],
    [{ changelog: '../CHANGELOG.md' }, /Input 'changelog'.*outside the workspace/],
  ])('%j', async (inputs, why) => {
    const ws = workspace();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'guard-outside-'));
    fs.writeFileSync(path.join(outside, 'package.json'), '{"version":"1.2.3"}');
    fs.symlinkSync(outside, path.join(ws, 'link'));
    const result = await runAction('tag-semver-guard', { root, workspace: ws, inputs, timeoutMs: 30_000 });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::Configuration error: /);
    expect(result.stdout).toMatch(why);
    expect(result.outputs).toEqual({});
    expect(result.summary).toBe('');
    expect(fs.readdirSync(result.runnerTemp)).toEqual([]);
  });
});

describe('tag-semver-guard: secrets', () => {
  it('never shows the token', async () => {
    const token = 'ghs_DistinctiveGuardToken1234567890abcd';
    const runs = [
      await guard({
        token,
        env: { GITHUB_TOKEN: token },
        files: { 'CHANGELOG.md': changelog('1.2.3') },
        inputs: { changelog: 'CHANGELOG.md' },
      }),
      await guard({
        token,
        env: { GITHUB_TOKEN: token },
        ref: 'refs/heads/main',
        inputs: { 'version-files': 'package.json' },
      }),
    ];
    for (const r of runs) {
      for (const text of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs), r.githubEnv])
        expect(text).not.toContain(token);
    }
  });
});
