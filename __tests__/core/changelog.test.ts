import * as fc from 'fast-check';
import { findChangelogSection, isCalendarDate, latestAcceptedDate } from '../../src/core/changelog.js';

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
    ['## [1.2.3] - April 2, 2026', /where an ISO date/],
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
