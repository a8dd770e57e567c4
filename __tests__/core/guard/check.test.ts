import * as fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError } from '../../../src/core/errors.js';
import { checkRelease, type GuardContext } from '../../../src/core/guard/check.js';
import { parseGuardInputs } from '../../../src/core/guard/inputs.js';
import { Report } from '../../../src/core/action/report.js';
import { reader } from '../../helpers/inputs.js';

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'guard-unit-')));
const context = (over: Partial<GuardContext> = {}): GuardContext => ({
  ref: 'refs/tags/v1.2.3',
  eventName: 'push',
  root,
  runnerTemp: root,
  now: new Date('2026-04-02T12:00:00Z'),
  ...over,
});

describe('parseGuardInputs', () => {
  it('has the contract defaults', () => {
    expect(parseGuardInputs(reader({}), root)).toEqual({
      tag: undefined,
      prefix: 'v',
      allowPrerelease: false,
      allowBuildMetadata: false,
      allowedEvents: ['push'],
      onReject: 'fail',
      versionFiles: [],
      changelog: undefined,
      changelogDate: 'required',
    });
  });

  it('keeps an explicitly empty prefix', () => {
    expect(parseGuardInputs(reader({ prefix: '' }), root).prefix).toBe('');
  });

  it('refuses any tag holding a character outside ASCII letters, digits and . _ - + / @, naming the input', () => {
    const bad = fc.oneof(
      fc.constantFrom(...' \t\n\r;|&$`\'"()<>*?!#~{}[]\\=,:%^'.split('')),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => c.codePointAt(0)! > 0x7f),
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8 }).map((s) => s.replace(/[^0-9A-Za-z.]/g, '')),
        bad,
        fc.nat(8),
        (base, char, at) => {
          const i = Math.min(at, base.length);
          const tag = `v1.2.3${base.slice(0, i)}${char}${base.slice(i)}`;
          let error: unknown;
          try {
            parseGuardInputs(reader({ tag }), root);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(ConfigurationError);
          expect((error as Error).message).toMatch(/^Input 'tag'/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('checkRelease (in-process, as the preflight uses it)', () => {
  it('adds its rows to a shared report and returns every output', async () => {
    const report = new Report('shared');
    report.pass('earlier check', 'fine');
    const outcome = await checkRelease(parseGuardInputs(reader({}), root), context(), report);
    expect(report.rows.map((r) => r.check)).toEqual(['earlier check', 'event', 'ref', 'semver']);
    expect(report.ok).toBe(true);
    expect(outcome.hardFailures).toBe(0);
    expect(Object.keys(outcome.outputs).sort()).toEqual(
      [
        'build',
        'is-prerelease',
        'major',
        'minor',
        'patch',
        'prerelease',
        'release-notes',
        'release-notes-path',
        'tag',
        'version',
      ].sort(),
    );
  });

  it.each([
    [{ ref: '' }, {}, /GITHUB_REF is not set/],
    [{ eventName: '' }, {}, /GITHUB_EVENT_NAME is not set/],
    [
      { ref: 'refs/pull/1/merge', eventName: 'pull_request' },
      { 'allowed-events': 'pull_request' },
      /not a tag/,
    ],
  ])('fails closed on an unknown trigger %j', async (over, inputs, why) => {
    const report = new Report('guard');
    await checkRelease(parseGuardInputs(reader(inputs), root), context(over), report);
    expect(report.ok).toBe(false);
    expect(report.failureMessage()).toMatch(why);
  });
});

describe('parseGuardInputs: monorepo prefixes and changelog-date', () => {
  it.each(['pkg@', '@scope/pkg@', '@changesets/cli@', 'tokio-', 'nginx/'])(
    'accepts the prefix %j',
    (prefix) => {
      expect(parseGuardInputs(reader({ prefix }), root).prefix).toBe(prefix);
    },
  );

  it.each(['pkg@{1}', '@scope/pkg@*', 'pkg@ ', 'ｐkg@'])(
    'refuses the prefix %j, naming the accepted characters',
    (prefix) => {
      expect(() => parseGuardInputs(reader({ prefix }), root)).toThrow(
        /^Input 'prefix' must be a plain string .*'\/' or '@'/,
      );
    },
  );

  it('reads changelog-date, required by default', () => {
    expect(parseGuardInputs(reader({ 'changelog-date': 'optional' }), root).changelogDate).toBe('optional');
    expect(parseGuardInputs(reader({ 'changelog-date': 'required' }), root).changelogDate).toBe('required');
    expect(parseGuardInputs(reader({ 'changelog-date': '' }), root).changelogDate).toBe('required');
  });

  it.each(['maybe', 'Optional', 'false', 'none'])('refuses changelog-date %j', (value) => {
    expect(() => parseGuardInputs(reader({ 'changelog-date': value }), root)).toThrow(
      /^Input 'changelog-date' must be one of 'required', 'optional'/,
    );
  });
});

describe('checkRelease: changelog-date and monorepo tags, in-process', () => {
  const changesets = '# @acme/cli\n\n## 3.0.1\n\n### Patch Changes\n\n- 5c1e2f9: Fix `version`\n';

  it('passes an undated changesets section only with changelog-date: optional', async () => {
    fs.writeFileSync(path.join(root, 'CHANGELOG.md'), changesets);
    const ctx = context({ ref: 'refs/tags/@acme/cli@3.0.1' });
    const base = { prefix: '@acme/cli@', changelog: 'CHANGELOG.md' };

    const required = new Report('guard');
    await checkRelease(parseGuardInputs(reader(base), root), ctx, required);
    expect(required.ok).toBe(false);
    expect(required.failures[0]).toMatchObject({ check: 'changelog', file: 'CHANGELOG.md', line: 3 });

    const optional = new Report('guard');
    const outcome = await checkRelease(
      parseGuardInputs(reader({ ...base, 'changelog-date': 'optional' }), root),
      ctx,
      optional,
    );
    expect(optional.ok).toBe(true);
    expect(optional.rows.find((r) => r.check === 'changelog')?.detail).toMatch(
      /undated \(changelog-date: optional\)/,
    );
    expect(outcome.outputs['release-notes']).toBe('### Patch Changes\n\n- 5c1e2f9: Fix `version`');
    expect(outcome.outputs.version).toBe('3.0.1');
  });

  it('a missing version file is refused with the configuration; one gone by the check is a hard failure row', async () => {
    expect(() => parseGuardInputs(reader({ 'version-files': 'nope/package.json' }), root)).toThrow(
      "Input 'version-files': nope/package.json does not exist in the workspace.",
    );
    fs.mkdirSync(path.join(root, 'nope'), { recursive: true });
    fs.writeFileSync(path.join(root, 'nope/package.json'), '{"version":"1.2.3"}');
    const inputs = parseGuardInputs(reader({ 'version-files': 'nope/package.json' }), root);
    fs.rmSync(path.join(root, 'nope'), { recursive: true });
    const report = new Report('guard');
    const outcome = await checkRelease(inputs, context(), report);
    expect(outcome.hardFailures).toBe(1);
    expect(report.failures[0]).toMatchObject({
      check: 'version in nope/package.json',
      detail: 'nope/package.json does not exist in the workspace.',
      file: 'nope/package.json',
    });
  });
});
