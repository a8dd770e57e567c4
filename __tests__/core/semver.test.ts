import * as fc from 'fast-check';
import * as semver from 'semver';
import { compareVersions, isPlainPrefix, parseSemVer, parseTag } from '../../src/core/semver.js';

/* Generators straight from the SemVer 2.0.0 BNF. */
const positiveDigit = fc.constantFrom(...'123456789'.split(''));
const digit = fc.constantFrom(...'0123456789'.split(''));
const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
const nonDigit = fc.oneof(letter, fc.constant('-'));
const identifierChar = fc.oneof(digit, nonDigit);
/** <numeric identifier> ::= "0" | <positive digit> | <positive digit> <digits> (kept within safe integers) */
const numericId = fc.oneof(
  fc.constant('0'),
  fc.tuple(positiveDigit, fc.array(digit, { maxLength: 8 })).map(([d, ds]) => d + ds.join('')),
);
/** <alphanumeric identifier>: identifier characters with at least one non-digit. */
const alphanumericId = fc
  .tuple(fc.array(identifierChar, { maxLength: 4 }), nonDigit, fc.array(identifierChar, { maxLength: 4 }))
  .map(([a, n, b]) => a.join('') + n + b.join(''));
const preId = fc.oneof(numericId, alphanumericId);
/** <build identifier> ::= <alphanumeric identifier> | <digits> (leading zeros allowed) */
const buildId = fc.oneof(
  alphanumericId,
  fc.array(digit, { minLength: 1, maxLength: 5 }).map((d) => d.join('')),
);
const versionParts = fc.record({
  core: fc.tuple(numericId, numericId, numericId),
  pre: fc.option(fc.array(preId, { minLength: 1, maxLength: 4 }), { nil: undefined }),
  build: fc.option(fc.array(buildId, { minLength: 1, maxLength: 3 }), { nil: undefined }),
});
const validVersion = versionParts.map(
  ({ core, pre, build }) =>
    core.join('.') + (pre ? `-${pre.join('.')}` : '') + (build ? `+${build.join('.')}` : ''),
);
const prefix = fc.constantFrom('', 'v', 'release-', 'mylib/v', 'pkg_', 'tokio-', 'pkg@', '@scope/pkg@');

describe('parseSemVer / parseTag accept the grammar', () => {
  it('accepts every string generated from the SemVer 2.0.0 grammar; its parts put together give it back', () => {
    fc.assert(
      fc.property(validVersion, prefix, (version, p) => {
        const parsed = parseTag(p + version, p);
        if (!parsed.ok) throw new Error(`refused ${p + version}: ${parsed.reasons.join(' ')}`);
        const { major, minor, patch, prerelease, build } = parsed.value;
        expect(parsed.value.version).toBe(version);
        const pre = prerelease.length > 0 ? `-${prerelease.join('.')}` : '';
        const meta = build.length > 0 ? `+${build.join('.')}` : '';
        expect(`${major}.${minor}.${patch}${pre}${meta}`).toBe(version);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['v1.2.3', 'v', { version: '1.2.3', major: 1, minor: 2, patch: 3, prerelease: [], build: [] }],
    ['0.0.0-0', '', { version: '0.0.0-0', major: 0, minor: 0, patch: 0, prerelease: ['0'], build: [] }],
    [
      'mylib/v10.20.30-rc.1+build.007',
      'mylib/v',
      {
        version: '10.20.30-rc.1+build.007',
        major: 10,
        minor: 20,
        patch: 30,
        prerelease: ['rc', '1'],
        build: ['build', '007'],
      },
    ],
    [
      '@scope/pkg@1.0.0-alpha-1.x-y',
      '@scope/pkg@',
      {
        version: '1.0.0-alpha-1.x-y',
        major: 1,
        minor: 0,
        patch: 0,
        prerelease: ['alpha-1', 'x-y'],
        build: [],
      },
    ],
    [
      'pkg_123456789.0.1+001',
      'pkg_',
      { version: '123456789.0.1+001', major: 123456789, minor: 0, patch: 1, prerelease: [], build: ['001'] },
    ],
  ])('parses %j (prefix %j) into its parts', (tag, p, value) => {
    expect(parseTag(tag, p)).toEqual({ ok: true, value });
  });

  it('agrees with the semver library on every valid version (strict mode, no cleaning)', () => {
    fc.assert(
      fc.property(validVersion, (v) => {
        // semver.valid formats without build metadata
        expect(semver.valid(v)).toBe(v.split('+')[0]);
      }),
      { numRuns: 200 },
    );
  });
});

/** Mutations that each turn a valid tag into one SemVer (or the exact-prefix rule) refuses. */
const nearMiss = fc
  .tuple(versionParts, fc.constantFrom('', 'v'), fc.nat(20))
  .chain(([{ core, pre, build }, p, k]) => {
    const tail = (pre ? `-${pre.join('.')}` : '') + (build ? `+${build.join('.')}` : '');
    const v = core.join('.') + tail;
    const mutations: string[] = [
      `${p}0${core[0]}.${core[1]}.${core[2]}${tail}`, // leading zero in major
      `${p}${core[0]}.0${core[1]}.${core[2]}${tail}`, // leading zero in minor
      `${p}${core[0]}.${core[1]}.0${core[2]}${tail}`, // leading zero in patch
      `${p}${core[0]}.${core[1]}${tail}`, // missing patch
      `${p}${v.replace(/^(\d+)/, '$1.')}`, // empty core identifier
      `${p}${core.join('.')}-${(pre ?? ['rc']).join('.')}..1`, // empty pre-release identifier
      `${p}${core.join('.')}-0${k + 1}`, // pre-release numeric with leading zero
      `${p}${core.join('.')}-`, // empty pre-release
      `${p}${core.join('.')}+`, // empty build
      `${p}${v}+b+c`, // second '+'
      ` ${p}${v}`, // leading space
      `${p}${v} `, // trailing space
      `${p}${v}\n`, // trailing newline
      `${p}${v}`.replace(/[0-9]/, (d) => String.fromCodePoint(0xff10 + Number(d))), // fullwidth digit
      `${p}${v}`.replace(/[0-9]/, (d) => String.fromCodePoint(0x0660 + Number(d))), // Arabic-Indic digit
      `${p}\u200b${v}`, // zero-width space
      `${p}${v}\ufeff`, // BOM
      `${p}${v}`.replace('.', '\u2024'), // one-dot leader
      p === 'v' ? `V${v}` : `v${v}`, // case / v folding
      `${p}=${v}`, // '=' as the semver library cleans it
      `${p}${v}_1`, // underscore
      `${p}${v}@1`, // '@' is for prefixes only
      `${p}@${v}`, // a doubled '@' after the prefix
      `${p}${v.replace(/^(\d+)\.(\d+)\.(\d+)/, '$1.$2.$3.4')}`, // four core parts
    ];
    return fc.constantFrom(...mutations.map((m) => [m, p] as const));
  });

describe('parseTag rejects near-misses', () => {
  it('refuses every near-miss of a valid tag, with at least one reason', () => {
    fc.assert(
      fc.property(nearMiss, ([tag, p]) => {
        const parsed = parseTag(tag, p);
        if (parsed.ok) throw new Error(`accepted ${JSON.stringify(tag)} with prefix ${JSON.stringify(p)}`);
        expect(parsed.reasons.length).toBeGreaterThan(0);
        for (const r of parsed.reasons) expect(r).toMatch(/\.\)?$/);
      }),
      { numRuns: 600 },
    );
  });

  it.each([
    ['v1.2.3', 'V', /case is not folded/],
    ['V1.2.3', 'v', /starts with 'V', not the prefix 'v'/],
    ['1.2.3', 'v', /has no prefix/],
    ['v1.2.3', '', /prefix is empty/],
    ['vv1.2.3', 'v', /continue with the version's major number/],
    ['v01.2.3', 'v', /major version '01' has a leading zero/],
    ['v1.2.3-rc.01', 'v', /'01' is numeric and has a leading zero/],
    ['v1.2', 'v', /exactly MAJOR\.MINOR\.PATCH/],
    ['v1..3', 'v', /minor version is empty/],
    ['v1.2.3-rc..1', 'v', /Pre-release identifier 2 is empty/],
    ['v1.2.3+', 'v', /Build metadata identifier 1 is empty/],
    ['v1.2.3 ', 'v', /space at position 7/],
    ['v1.2.3\n', 'v', /control character U\+000A/],
    ['v1.２.3', 'v', /U\+FF12 .*non-ASCII digit/],
    ['v1.2.3\u200d', 'v', /U\+200D .*invisible/],
    ['v1.2.3-\u0440c', 'v', /non-ASCII character 'р' \(U\+0440\)/],
    ['v1.2.3;rm', 'v', /character ';'/],
    ['v$(id)', 'v', /character '\$'/],
    ['v1.2.3_4', 'v', /character '_' is not allowed/],
    ['', 'v', /tag is empty/],
    ['v', 'v', /version is empty/],
    ['v99999999999999999.0.0', 'v', /too large/],
    [`v1.2.3-${'a'.repeat(300)}`, 'v', /at most 256/],
  ])('rejects %j (prefix %j) saying why', (tag, p, why) => {
    const parsed = parseTag(tag, p);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reasons.join('\n')).toMatch(why);
  });

  it.each([
    ['@changesets/cli@3.0.1', '@changesets/cli@', '3.0.1'],
    ['pkg@1.2.3', 'pkg@', '1.2.3'],
    ['@scope/pkg@2.0.0-rc.1', '@scope/pkg@', '2.0.0-rc.1'],
    ['tokio-1.47.1', 'tokio-', '1.47.1'],
    ['nginx/16.3.2', 'nginx/', '16.3.2'],
  ])('accepts the monorepo tag %j with prefix %j', (tag, p, version) => {
    const parsed = parseTag(tag, p);
    expect(parsed.ok && parsed.value.version).toBe(version);
  });

  it.each([
    ['@changesets/cli@3.0.1', '@changesets/core@', /does not start with the prefix '@changesets\/core@'/],
    ['@changesets/cli@3.0.1', 'changesets/cli@', /does not start with the prefix/],
    ['@changesets/cli@@3.0.1', '@changesets/cli@', /character '@' is not allowed/],
    ['pkg@1.2.3@4', 'pkg@', /character '@' is not allowed/],
    ['pkg@v1.2.3', 'pkg@', /continue with the version's major number/],
  ])('refuses the monorepo tag %j with prefix %j', (tag, p, why) => {
    const parsed = parseTag(tag, p);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reasons.join('\n')).toMatch(why);
  });

  it('lists several structural reasons at once', () => {
    const parsed = parseSemVer('01.02.3-00..x');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reasons).toHaveLength(4);
  });
});

describe('the semver library is too lenient to be the validator', () => {
  it.each(['v1.2.3', ' 1.2.3', '1.2.3 ', '\n1.2.3', '\t1.2.3\n'])(
    'semver.valid accepts %j; parseSemVer refuses it',
    (s) => {
      expect(semver.valid(s)).toBe('1.2.3');
      expect(parseSemVer(s).ok).toBe(false);
    },
  );
  it.each(['=1.2.3', '01.2.3', '1.2.3-01', 'v=1.2.3'])(
    'loose semver accepts %j; parseSemVer refuses it',
    (s) => {
      expect(semver.valid(s, { loose: true })).not.toBeNull();
      expect(parseSemVer(s).ok).toBe(false);
    },
  );
  it('semver.clean folds prefixes and whitespace that the guard refuses', () => {
    expect(semver.clean('  =v1.2.3  ')).toBe('1.2.3');
    expect(parseTag('  =v1.2.3  ', 'v').ok).toBe(false);
  });
});

describe('helpers', () => {
  it('compares by SemVer precedence', () => {
    expect(compareVersions('1.2.3-rc.1', '1.2.3')).toBe(-1);
    expect(compareVersions('1.10.0', '1.9.0')).toBe(1);
    expect(compareVersions('1.2.3+a', '1.2.3+b')).toBe(0);
  });
  it('knows a plain prefix', () => {
    expect(isPlainPrefix('v')).toBe(true);
    expect(isPlainPrefix('')).toBe(true);
    expect(isPlainPrefix('pkg/v')).toBe(true);
    for (const good of ['pkg@', '@scope/pkg@', '@changesets/cli@', 'tokio-', 'nginx/'])
      expect(isPlainPrefix(good)).toBe(true);
    for (const bad of ['v*', '^v', 'v?', ' v', 'v\n', 'ｖ', '$V', '[v]', 'pkg@{', 'pkg＠'])
      expect(isPlainPrefix(bad)).toBe(false);
  });
});
