import * as fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError } from '../../src/core/errors.js';
import { checkRelease, parseGuardInputs, type GuardContext } from '../../src/core/guard.js';
import { Report } from '../../src/core/action/report.js';
import { reader } from '../helpers/inputs.js';

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
    });
  });

  it('keeps an explicitly empty prefix', () => {
    expect(parseGuardInputs(reader({ prefix: '' }), root).prefix).toBe('');
  });

  it('refuses any tag holding a character outside ASCII letters, digits and . _ - + /, naming the input', () => {
    const bad = fc.oneof(
      fc.constantFrom(...' \t\n\r;|&$`\'"()<>*?!#~{}[]\\=,:@%^'.split('')),
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
