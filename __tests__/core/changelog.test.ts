import * as fc from 'fast-check';
import {
  findChangelogSection,
  isCalendarDate,
  latestAcceptedDate,
  parseHeadingDate,
} from '../../src/core/changelog.js';

const NOW = new Date('2026-04-02T23:59:00Z');

describe('isCalendarDate', () => {
  it.each(['2026-04-02', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (d) =>
    expect(isCalendarDate(d)).toBe(true),
  );
  it.each([
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-4-2',
    '26-04-02',
    ' 2026-04-02',
  ])('refuses %j', (d) => expect(isCalendarDate(d)).toBe(false));
  it('agrees with the calendar for every day of a span of years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1970, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
          expect(isCalendarDate(text)).toBe(d <= daysInMonth);
        },
      ),
    );
  });
  it('tomorrow is computed in UTC', () => {
    expect(latestAcceptedDate(NOW)).toBe('2026-04-03');
    expect(latestAcceptedDate(new Date('2026-12-31T00:00:00Z'))).toBe('2027-01-01');
  });
});

describe('findChangelogSection', () => {
  const doc = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '## [1.2.3] - 2026-04-02',
    '',
    '### Added',
    '- Feature.',
    '',
    '```md',
    '## not a heading',
    '```',
    '',
    '## [1.2.2] - 2026-03-01',
    '- Old.',
    '',
    '[1.2.3]: https://example.com/compare/v1.2.2...v1.2.3',
    '[1.2.2]: https://example.com/v1.2.2',
    '',
  ].join('\n');

  it('returns the exact body up to the next heading of the same level, and the heading line', () => {
    const result = findChangelogSection(doc, '1.2.3', { now: NOW });
    expect(result).toEqual({
      ok: true,
      section: {
        line: 5,
        heading: '[1.2.3] - 2026-04-02',
        date: '2026-04-02',
        body: '### Added\n- Feature.\n\n```md\n## not a heading\n```',
      },
    });
  });

  it('drops the link definitions after the last section', () => {
    const result = findChangelogSection(doc, '1.2.2', { now: NOW });
    expect(result.ok && result.section.body).toBe('- Old.');
  });

  it.each([
    ['## 1.2.3 - 2026-04-02', '2026-04-02'],
    ['## [1.2.3] (2026-04-02)', '2026-04-02'],
    ['## [1.2.3] – 2026-04-03', '2026-04-03'],
    ['### v1.2.3 - 2026-01-01', '2026-01-01'],
    ['## [1.2.3](https://example.com/compare/v1.2.2...v1.2.3) (2026-04-01)', '2026-04-01'],
  ])('accepts the heading %j', (heading, date) => {
    const result = findChangelogSection(`${heading}\n\n- x\n`, '1.2.3', { prefix: 'v', now: NOW });
    expect(result.ok && result.section.date).toBe(date);
  });

  it.each([
    ['## [1.2.3] - 2026-04-04', /later than tomorrow \(2026-04-03, UTC\)/],
    ['## [1.2.3] - 2026-02-30', /not a real calendar date/],
    ['## [1.2.3] - TBD', /marked 'TBD'/],
    ['## [1.2.3] - Unreleased', /marked 'Unreleased'/],
    ['## [1.2.3] -', /empty date/],
    ['## [1.2.3]', /has no date/],
    ['## [1.2.3] - 02/04/2026', /where a date belongs/],
    ['## [1.2.3] - 2026-04-02 [YANKED]', /YANKED/],
    ['## [1.2.3] 2026-04-02', /not in a recognised form/],
    ['## [1.2.30] - 2026-04-02', /no section for 1\.2\.3/],
    ['## [1.2.3-rc.1] - 2026-04-02', /no section for 1\.2\.3/],
  ])('refuses %j', (heading, why) => {
    const result = findChangelogSection(`# C\n\n${heading}\n\n- x\n`, '1.2.3', { now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('\n')).toMatch(why);
  });

  it('refuses an empty section and a duplicated one', () => {
    const empty = findChangelogSection('## [1.2.3] - 2026-04-01\n\n## [1.2.2] - 2026-03-01\n- x\n', '1.2.3', {
      now: NOW,
    });
    expect(!empty.ok && empty.problems[0].message).toMatch(/is empty/);
    const twice = findChangelogSection(
      '## [1.2.3] - 2026-04-01\n- a\n## 1.2.3 - 2026-04-01\n- b\n',
      '1.2.3',
      { now: NOW },
    );
    expect(!twice.ok && twice.problems[0]).toEqual({
      message: expect.stringMatching(/2 sections for 1\.2\.3 \(lines 1, 3\)/),
      line: 3,
    });
  });

  it('lists an undated heading and an empty body together', () => {
    const result = findChangelogSection('## [1.2.3] - TBD\n', '1.2.3', { now: NOW });
    expect(!result.ok && result.problems).toHaveLength(2);
  });

  it('points at Unreleased when the version has no section', () => {
    const result = findChangelogSection(doc, '1.3.0', { now: NOW });
    expect(!result.ok && result.problems[0]).toEqual({
      message: expect.stringMatching(/under '\[Unreleased\]'/),
      line: 3,
    });
  });

  it('handles CRLF files', () => {
    const result = findChangelogSection('## [1.2.3] - 2026-04-01\r\n- a\r\n- b\r\n', '1.2.3', { now: NOW });
    expect(result.ok && result.section.body).toBe('- a\n- b');
  });
});

/*
 * The forms release tools and hand-kept projects really write, each as an excerpt written for
 * these tests in that form (names, numbers and links are made up).
 */
describe('findChangelogSection: the forms real projects write', () => {
  const TODAY = new Date('2026-04-02T08:00:00Z');
  const find = (text: string, version: string, options: Parameters<typeof findChangelogSection>[2] = {}) =>
    findChangelogSection(text, version, { now: TODAY, ...options });

  const keepAChangelog = [
    '# Changelog',
    '',
    'All notable changes to this project will be documented in this file.',
    '',
    'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
    'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
    '',
    '## [Unreleased]',
    '',
    '## [2.1.2] - 2026-03-29',
    '',
    '### Fixed',
    '',
    '- Fix the lock file being rewritten when nothing changed ([#10231](https://example.org/acme/pkgtool/pull/10231)).',
    '',
    '## [2.1.1] - 2026-02-16',
    '',
    '### Changed',
    '',
    '- Resolve markers of optional groups lazily.',
    '',
    '[Unreleased]: https://example.org/acme/pkgtool/compare/2.1.2...main',
    '[2.1.2]: https://example.org/acme/pkgtool/releases/tag/2.1.2',
    '[2.1.1]: https://example.org/acme/pkgtool/releases/tag/2.1.1',
    '',
  ].join('\n');

  const releasePlease = [
    '# Changelog',
    '',
    '## [2.4.0](https://example.org/acme/widgets/compare/v2.3.1...v2.4.0) (2026-03-14)',
    '',
    '',
    '### Features',
    '',
    '* **parser:** accept trailing commas in option lists ([#412](https://example.org/acme/widgets/issues/412)) ([3f9c2a1](https://example.org/acme/widgets/commit/3f9c2a1))',
    '',
    '## <small>2.3.1 (2026-02-02)</small>',
    '',
    '* fix: keep the cache key stable across platforms ([8d01be4](https://example.org/acme/widgets/commit/8d01be4))',
    '',
    '# [2.3.0](https://example.org/acme/widgets/compare/v2.2.0...v2.3.0) (2026-01-20)',
    '',
    '### Bug Fixes',
    '',
    '* **cli:** exit 2 on unknown flags ([b7e44c0](https://example.org/acme/widgets/commit/b7e44c0))',
    '',
  ].join('\n');

  const gitCliff = [
    '# Changelog',
    '',
    'All notable changes to this project will be documented in this file.',
    '',
    '## [0.9.2] - 2026-01-20',
    '',
    '### 🐛 Bug Fixes',
    '',
    '- *(config)* Respect `tag_pattern` when sorting tags',
    '',
    '### ⚙️ Miscellaneous Tasks',
    '',
    '- *(deps)* Bump the toml parser',
    '',
    '## [0.9.1] - 2026-01-02',
    '',
    '### 🚀 Features',
    '',
    '- Add `--unreleased` to the bump command',
    '',
  ].join('\n');

  // ripgrep-style setext headings.
  const setext = [
    'TBD',
    '===',
    'Unreleased changes. Release notes have not yet been written.',
    '',
    '',
    '0.8.1 (2026-02-11)',
    '==================',
    'This is a patch release with a couple of bug fixes.',
    '',
    'Bug fixes:',
    '',
    '* [BUG #88](https://example.org/acme/grepper/issues/88):',
    '  Fix a panic when a glob ends with a lone backslash.',
    '',
    '',
    '0.8.0 (2026-01-04)',
    '==================',
    'A minor release with one new flag.',
    '',
  ].join('\n');

  // express-style History.md: setext headings with the date after '/'.
  const history = [
    'unreleased',
    '==========',
    '',
    '  * Drop support for very old runtimes',
    '',
    '2.5.1 / 2026-02-09',
    '==================',
    '',
    '  * deps: body-reader@1.4.2',
    '  * Fix handling of an empty `Accept` header',
    '',
    '2.5.0 / 2026-01-15',
    '==================',
    '',
    '  * Add `router.strict` option',
    '',
  ].join('\n');

  // mocha-style ATX headings with the date after '/'.
  const slashAtx = [
    '# Changelog',
    '',
    '## 4.1.0 / 2026-03-05',
    '',
    '### :tada: Enhancements',
    '',
    '- #5012: Add `--fail-zero-tests` ([**@someone**](https://example.org/someone))',
    '',
    '## 4.0.3 / 2026-02-20',
    '',
    '### :bug: Fixes',
    '',
    '- #4999: Do not swallow errors thrown in hooks',
    '',
  ].join('\n');

  // English dates: httpx writes `6th December, 2024`, tokio `July 20th, 2026`.
  const englishDmy = [
    '# Changelog',
    '',
    '## 0.29.1 (6th December, 2025)',
    '',
    '* Fix the SSL context being rebuilt on every request. (#3501)',
    '',
    '## 0.29.0 (28th November, 2025)',
    '',
    '* Drop support for the old proxy argument.',
    '',
  ].join('\n');
  const englishMdy = [
    '# 1.52.1 (March 2nd, 2026)',
    '',
    '### Fixed',
    '',
    '- runtime: fix a wake-up lost under heavy contention ([#7321])',
    '',
    '# 1.52.0 (February 21st, 2026)',
    '',
    '### Added',
    '',
    '- sync: add `Notify::notified_owned` ([#7300])',
    '',
    '[#7321]: https://example.org/acme/rt/pull/7321',
    '[#7300]: https://example.org/acme/rt/pull/7300',
    '',
  ].join('\n');
  const englishPlain = '## 3.0.0 - December 6, 2025\n\n- Rewrite the scheduler.\n';

  // changesets writes no date.
  const changesets = [
    '# @acme/cli',
    '',
    '## 3.0.1',
    '',
    '### Patch Changes',
    '',
    '- 5c1e2f9: Fix `version` when a package has no CHANGELOG yet',
    '- Updated dependencies [5c1e2f9]',
    '  - @acme/apply-release-plan@7.0.4',
    '',
    '## 3.0.0',
    '',
    '### Major Changes',
    '',
    '- 9a0b3c2: Drop the legacy config format',
    '',
  ].join('\n');

  // bitnami-charts-style: the version then the date in parentheses.
  const chart = [
    '# Changelog',
    '',
    '## 16.3.2 (2026-03-10)',
    '',
    '* [acme/nginx] Release 16.3.2 ([#30501](https://example.org/acme/charts/pull/30501))',
    '',
    '## <small>16.3.1 (2026-03-01)</small>',
    '',
    '* [acme/nginx] Release 16.3.1 ([#30377](https://example.org/acme/charts/pull/30377))',
    '',
  ].join('\n');

  it.each([
    ['Keep a Changelog', keepAChangelog, '2.1.2', '2026-03-29', 10, /^### Fixed\n\n- Fix the lock file/],
    [
      'Keep a Changelog, last section',
      keepAChangelog,
      '2.1.1',
      '2026-02-16',
      16,
      /Resolve markers of optional groups lazily\.$/,
    ],
    [
      'release-please, linked',
      releasePlease,
      '2.4.0',
      '2026-03-14',
      3,
      /^### Features\n\n\* \*\*parser:\*\*/,
    ],
    [
      'conventional-changelog <small>',
      releasePlease,
      '2.3.1',
      '2026-02-02',
      10,
      /^\* fix: keep the cache key stable/,
    ],
    ['conventional-changelog major at level 1', releasePlease, '2.3.0', '2026-01-20', 14, /^### Bug Fixes/],
    ['git-cliff', gitCliff, '0.9.2', '2026-01-20', 5, /^### 🐛 Bug Fixes[^]*Bump the toml parser$/],
    ['setext (ripgrep)', setext, '0.8.1', '2026-02-11', 6, /^This is a patch release[^]*lone backslash\.$/],
    [
      'setext with "/" (express)',
      history,
      '2.5.1',
      '2026-02-09',
      6,
      /^ {2}\* deps: body-reader@1\.4\.2\n {2}\* Fix handling/,
    ],
    ['ATX with "/" (mocha)', slashAtx, '4.1.0', '2026-03-05', 3, /^### :tada: Enhancements/],
    ['English day-month-year (httpx)', englishDmy, '0.29.1', '2025-12-06', 3, /^\* Fix the SSL context/],
    ['English month-day-year (tokio)', englishMdy, '1.52.1', '2026-03-02', 1, /^### Fixed\n\n- runtime/],
    [
      'English month-day-year, last section',
      englishMdy,
      '1.52.0',
      '2026-02-21',
      7,
      /Notify::notified_owned` \(\[#7300\]\)$/,
    ],
    ['English month day, year', englishPlain, '3.0.0', '2025-12-06', 1, /^- Rewrite the scheduler\.$/],
    ['chart with parentheses', chart, '16.3.2', '2026-03-10', 3, /Release 16\.3\.2/],
    ['chart with <small>', chart, '16.3.1', '2026-03-01', 7, /Release 16\.3\.1/],
  ])('%s: finds %s', (_form, text, version, date, line, body) => {
    const result = find(text, version as string);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.section.date).toBe(date);
    expect(result.section.line).toBe(line);
    expect(result.section.body).toMatch(body as RegExp);
  });

  it('changesets: an undated section passes only with changelog-date: optional', () => {
    const required = find(changesets, '3.0.1');
    expect(required.ok).toBe(false);
    expect(!required.ok && required.problems[0]).toEqual({
      message: expect.stringMatching(/'3\.0\.1' for 3\.0\.1 has no date.*changelog-date: optional/),
      line: 3,
    });
    const optional = find(changesets, '3.0.1', { date: 'optional' });
    expect(optional).toEqual({
      ok: true,
      section: {
        line: 3,
        heading: '3.0.1',
        date: undefined,
        body: [
          '### Patch Changes',
          '',
          '- 5c1e2f9: Fix `version` when a package has no CHANGELOG yet',
          '- Updated dependencies [5c1e2f9]',
          '  - @acme/apply-release-plan@7.0.4',
        ].join('\n'),
      },
    });
  });

  it('changelog-date: optional still checks a date that is written', () => {
    const result = find('## 3.0.1 (2026-02-30)\n\n- x\n', '3.0.1', { date: 'optional' });
    expect(!result.ok && result.problems[0].message).toMatch(/not a real calendar date/);
  });

  it.each([
    ['(TBD)', /marked 'TBD'/],
    ['- Unreleased', /marked 'Unreleased'/],
    ['- [Unreleased]', /marked '\[Unreleased\]'/],
    ['- []', /empty date/],
    ['()', /empty date/],
    ['- [ ]', /empty date/],
    ['- YYYY-MM-DD', /marked 'YYYY-MM-DD'/],
  ])('a placeholder %j is refused, with changelog-date required or optional', (after, why) => {
    for (const date of ['required', 'optional'] as const) {
      const result = find(`# Changelog\n\n## 1.2.3 ${after}\n\n- x\n`, '1.2.3', { date });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problems[0]).toEqual({ message: expect.stringMatching(why), line: 3 });
    }
  });

  it.each([
    ['## 1.2.3 (03/04/2026)', /where a date belongs/],
    ['## 1.2.3 (2026/04/01)', /where a date belongs/],
    ['## 1.2.3 (6nd December, 2025)', /'6nd' is not an English ordinal|day 6nd is not an English ordinal/],
    ['## 1.2.3 (February 30th, 2026)', /not a real calendar date/],
    ['## 1.2.3 (31st April, 2026)', /not a real calendar date/],
    ['## 1.2.3 (Decembr 6, 2025)', /not an English month name/],
    ['## 1.2.3 (April 4th, 2026)', /later than tomorrow \(2026-04-03, UTC\)/],
    ['## 1.2.3 (2026-04-04)', /later than tomorrow/],
    ['## 1.2.3 2026-04-01', /not in a recognised form/],
    ['## 1.2.3: 2026-04-01', /no section for 1\.2\.3/],
  ])('refuses %j', (heading, why) => {
    const result = find(`# Changelog\n\n${heading}\n\n- x\n`, '1.2.3');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.message).join('\n')).toMatch(why);
  });

  it('accepts tomorrow (UTC) in English too', () => {
    const result = find('## 1.2.3 (April 3rd, 2026)\n\n- x\n', '1.2.3');
    expect(result.ok && result.section.date).toBe('2026-04-03');
  });

  it('accepts the prefix in the heading, and v, but not another version that starts the same', () => {
    const monorepo = '## [@acme/cli@3.0.1] - 2026-03-01\n\n- x\n';
    expect(find(monorepo, '3.0.1', { prefix: '@acme/cli@' }).ok).toBe(true);
    expect(find(monorepo, '3.0.1', { prefix: 'v' }).ok).toBe(false);
    expect(find('## v3.0.1 - 2026-03-01\n\n- x\n', '3.0.1', { prefix: '' }).ok).toBe(true);
    expect(find('## 3.0.10 - 2026-03-01\n\n- x\n', '3.0.1').ok).toBe(false);
  });
});

describe('findChangelogSection: only what renders as a heading counts', () => {
  const NOW_ = new Date('2026-04-02T08:00:00Z');
  const noSection = (text: string) => {
    const result = findChangelogSection(text, '1.2.3', { now: NOW_ });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0].message).toMatch(/has no section for 1\.2\.3/);
  };

  it('a heading inside an HTML comment is not a section', () => {
    noSection(
      [
        '# Changelog',
        '',
        '<!--',
        '## [1.2.3] - 2026-04-01',
        '',
        '- Drafted, not released.',
        '-->',
        '',
        '## [1.2.2] - 2026-03-01',
        '',
        '- Old.',
      ].join('\n'),
    );
  });

  it('a line with an info string does not close a fence, so a heading after it is still code', () => {
    noSection(
      [
        '# Changelog',
        '',
        '## [1.2.2] - 2026-03-01',
        '',
        'Write your entry like this:',
        '',
        '```md',
        '<!-- an example -->',
        '``` md',
        '## [1.2.3] - 2026-04-01',
        '- looks real, but is inside the fence',
        '```',
        '',
      ].join('\n'),
    );
  });

  it('a heading in a tilde fence, an indented code block or a block quote is not a section', () => {
    noSection('## [1.2.2] - 2026-03-01\n\n~~~\n## [1.2.3] - 2026-04-01\n~~~\n');
    noSection('## [1.2.2] - 2026-03-01\n\n- x\n\n    ## [1.2.3] - 2026-04-01\n');
    noSection('## [1.2.2] - 2026-03-01\n\n> ## [1.2.3] - 2026-04-01\n> - quoted\n');
  });

  it('an unclosed fence runs to the end of the file', () => {
    noSection('## [1.2.2] - 2026-03-01\n\n```\n\n## [1.2.3] - 2026-04-01\n\n- x\n');
  });

  it('a heading inside a fence is part of the body, not the end of it', () => {
    const text =
      '## [1.2.3] - 2026-04-01\n\n````md\n## [1.2.2] - 2026-03-01\n```\n````\n\n## [1.2.2] - 2026-03-01\n- old\n';
    const result = findChangelogSection(text, '1.2.3', { now: NOW_ });
    expect(result.ok && result.section.body).toBe('````md\n## [1.2.2] - 2026-03-01\n```\n````');
  });

  // Kept alike on purpose (docs/ARCHITECTURE.md): each test spells its own changelog text and the lines it expects.
  it('two sections for one version are an error, whatever their forms', () => {
    const result = findChangelogSection(
      '1.2.3 (2026-04-01)\n==================\n- a\n\n## [1.2.3](https://example.org) - 2026-04-01\n- b\n',
      '1.2.3',
      { now: NOW_ },
    );
    expect(!result.ok && result.problems[0]).toEqual({
      message: expect.stringMatching(/2 sections for 1\.2\.3 \(lines 1, 5\)/),
      line: 5,
    });
  });

  it('a setext heading is found where the old scanner said "no section"', () => {
    const result = findChangelogSection('1.2.3 / 2026-04-01\n------------------\n\n- x\n', '1.2.3', {
      now: NOW_,
    });
    expect(result.ok && result.section).toEqual({
      line: 1,
      heading: '1.2.3 / 2026-04-01',
      date: '2026-04-01',
      body: '- x',
    });
  });

  it('strips a byte-order mark', () => {
    const result = findChangelogSection('\uFEFF## 1.2.3 - 2026-04-01\n- x\n', '1.2.3', { now: NOW_ });
    expect(result.ok).toBe(true);
  });
});

describe('parseHeadingDate', () => {
  it.each([
    ['2026-04-02', '2026-04-02'],
    ['6th December, 2024', '2024-12-06'],
    ['1st March 2024', '2024-03-01'],
    ['22nd Feb, 2024', '2024-02-22'],
    ['23rd Sept 2024', '2024-09-23'],
    ['July 20th, 2026', '2026-07-20'],
    ['December 6, 2024', '2024-12-06'],
    ['Dec. 11th 2024', '2024-12-11'],
    ['February 29, 2024', '2024-02-29'],
  ])('reads %j as %s', (text, iso) => expect(parseHeadingDate(text)).toEqual({ iso }));

  it('reads every real day written in English, in both orders, and refuses impossible ones (property)', () => {
    const names = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    const ordinal = (d: number) =>
      d % 100 >= 11 && d % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][d % 10] ?? 'th');
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (y, m, d, dayFirst, withOrdinal, short) => {
          const month = short ? names[m - 1].slice(0, 3) : names[m - 1];
          const day = withOrdinal ? `${d}${ordinal(d)}` : String(d);
          const text = dayFirst ? `${day} ${month}, ${y}` : `${month} ${day}, ${y}`;
          const real = d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(parseHeadingDate(text)).toEqual(
            real ? { iso } : { problem: expect.stringMatching(/not a real calendar date/) },
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    '12/06/2024',
    '2024.12.06',
    '6 12 2024',
    'December 2024',
    '6th December',
    'February 29, 2025',
    '11st May, 2024',
    '3th May, 2024',
    'Mayday 3, 2024',
    'Ju 3, 2024',
  ])('refuses %j', (text) => expect(parseHeadingDate(text)).toHaveProperty('problem'));
});
