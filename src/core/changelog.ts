import MarkdownIt, { type Token } from 'markdown-it';

/*
 * The CHANGELOG section of a version: its heading must exist once, carry a real release date
 * (unless `changelog-date: optional`), and the section body becomes the release notes. Fail
 * closed: a "TBD", "Unreleased", empty-bracket or future-dated section means the changelog was
 * not finished for this release.
 *
 * The file is read as CommonMark, not scanned line by line, because only what renders as a
 * heading is a section: a line in a fenced or indented code block, in an HTML comment or in any
 * other HTML block is not, and setext headings (`===` / `---` underlines) are. A hand-written
 * scanner got these wrong in both directions (it let an info-string line close a fence, and
 * missed setext headings).
 *
 * The parser is markdown-it (pinned) in its `commonmark` preset: it follows the CommonMark spec
 * and runs the spec's examples in its own tests, it is actively maintained (two supported
 * release lines), it ships ESM and its own types and has no native parts (ncc bundles it), and
 * every block token carries the line range it came from, which the annotations (file:line) and
 * the exact section body (the original lines) need. micromark/mdast (the other spec-complete
 * choice, with offsets) was tried first: measured here it parses about 8 times slower (a
 * 245 KB changelog: about 4 s against 0.5 s on this loaded machine), which matters for the
 * fast-fail first job and for the 1 MB changelogs some projects keep. `marked`'s lexer has no
 * source positions.
 */

/** Whether a version's heading must carry a date (`changelog-date`; its values are in guard.ts). */
export type ChangelogDate = 'required' | 'optional';

/** A section found for the version. */
export interface ChangelogSection {
  /** 1-based line of the heading. */
  line: number;
  /** The heading as rendered text (inline HTML dropped, a link shown as `[text]`). */
  heading: string;
  /** The heading's date as ISO YYYY-MM-DD; undefined for an undated heading under `changelog-date: optional`. */
  date?: string;
  /** The section body, exactly as written between its heading and the next heading of the same or higher level (blank lines around it and trailing link definitions removed). */
  body: string;
}

/** Why the changelog is not ready for this version; `line` when the problem has one. */
export interface ChangelogProblem {
  message: string;
  line?: number;
}

export type ChangelogResult =
  { ok: true; section: ChangelogSection } | { ok: false; problems: ChangelogProblem[] };

/** A top-level heading of the document, with its rendered text and the lines it spans. */
interface Section {
  /** 1 to 6 (a setext `===` heading is 1, `---` is 2). */
  depth: number;
  text: string;
  /** 0-based first line of the heading, and the line after its last (an underline included). */
  start: number;
  end: number;
}

/** The CommonMark parser: raw HTML on (so HTML blocks and comments are recognised as such). */
const markdown = new MarkdownIt('commonmark');

/**
 * The text a heading renders as: text and code as written, inline HTML tags dropped (so
 * `<small>18.0.2 (2024-06-10)</small>` reads `18.0.2 (2024-06-10)`), a link as `[text]` so
 * `[1.2.3](url)` and `[1.2.3]` (with or without a definition) read the same.
 */
function renderedText(children: Token[]): string {
  return children
    .map((token) => {
      switch (token.type) {
        case 'text':
        case 'code_inline':
          return token.content;
        case 'softbreak':
        case 'hardbreak':
          return ' ';
        case 'link_open':
          return '[';
        case 'link_close':
          return ']';
        case 'image':
          return renderedText(token.children ?? []);
        default:
          return '';
      }
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Top-level headings only (token level 0): a heading nested in a block quote or a list item is
 * part of whatever section holds it, not a section of its own. Also returns the line after the
 * last top-level block, where the document's content ends: what follows (link reference
 * definitions, which produce no token, and blank lines) is not part of any section.
 */
function sections(tokens: Token[]): { all: Section[]; contentEnd: number } {
  const all: Section[] = [];
  let contentEnd = 0;
  for (const [i, token] of tokens.entries()) {
    if (token.level !== 0 || !token.map) continue;
    contentEnd = Math.max(contentEnd, token.map[1]);
    if (token.type !== 'heading_open') continue;
    all.push({
      depth: Number(token.tag.slice(1)),
      text: renderedText(tokens[i + 1]?.children ?? []),
      start: token.map[0],
      end: token.map[1],
    });
  }
  return { all, contentEnd };
}

/** True when `date` is YYYY-MM-DD and a real day of the Gregorian calendar. */
export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return isRealDay(year, month, day);
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return (
    parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day
  );
}

/** Tomorrow's date (UTC) as YYYY-MM-DD: the latest accepted release date. */
export function latestAcceptedDate(now: Date): string {
  const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  return tomorrow.toISOString().slice(0, 10);
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A month name, full or abbreviated to its first three letters (`Sept` too); 1-12, or undefined. */
function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex(
    (m) =>
      m === lower || (lower.length >= 3 && m.startsWith(lower) && (lower.length === 3 || lower === 'sept')),
  );
  return index < 0 ? undefined : index + 1;
}

/** The English ordinal suffix of a day: 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

const MONTH_WORD = '([A-Za-z]{3,9}\\.?)';
const DAY_WORD = '(\\d{1,2})(st|nd|rd|th)?';
/** `6th December, 2024`, `6 Dec 2024`. */
const DAY_MONTH_YEAR = new RegExp(`^${DAY_WORD}\\s+${MONTH_WORD},?\\s+(\\d{4})$`, 'i');
/** `July 20th, 2026`, `December 6, 2024`, `Dec. 6 2024`. */
const MONTH_DAY_YEAR = new RegExp(`^${MONTH_WORD}\\s+${DAY_WORD},?\\s+(\\d{4})$`, 'i');

/**
 * Reads a date written in the heading: ISO `YYYY-MM-DD`, or an English date whose month is
 * spelled out, so day and month cannot be confused (`6th December, 2024`, `July 20th, 2026`,
 * `December 6, 2024`). All-numeric forms other than ISO (`06/12/2024`) are refused because
 * they are ambiguous. Returns the ISO date, or why the text is not one.
 */
export function parseHeadingDate(text: string): { iso: string } | { problem: string } {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  let year: number, month: number | undefined, day: number, suffix: string | undefined;
  if (iso) {
    [year, month, day] = iso.slice(1).map(Number);
  } else {
    const dmy = DAY_MONTH_YEAR.exec(text);
    const mdy = dmy ? undefined : MONTH_DAY_YEAR.exec(text);
    if (dmy) {
      [day, suffix, month, year] = [Number(dmy[1]), dmy[2], monthNumber(dmy[3]), Number(dmy[4])];
    } else if (mdy) {
      [month, day, suffix, year] = [monthNumber(mdy[1]), Number(mdy[2]), mdy[3], Number(mdy[4])];
    } else {
      return {
        problem: `has '${text}' where a date belongs (ISO YYYY-MM-DD, or an English date such as 'December 6, 2024' or '6th December, 2024')`,
      };
    }
    if (month === undefined) return { problem: `has '${text}', whose month is not an English month name` };
    if (suffix !== undefined && suffix.toLowerCase() !== ordinalSuffix(day))
      return { problem: `has '${text}', whose day ${day}${suffix} is not an English ordinal` };
  }
  const isoText = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isRealDay(year, month, day))
    return { problem: `has the date ${iso ? text : `'${text}'`}, which is not a real calendar date` };
  return { iso: isoText };
}

/** Splits a heading's text into its version token and the rest. */
function versionToken(text: string): { token: string; rest: string } | undefined {
  // `[1.2.3]`, and `[1.2.3](https://…/compare/v1.2.2...v1.2.3)` rendered the same way.
  const bracketed = /^\[([^\]]*)\](.*)$/.exec(text);
  if (bracketed) return { token: bracketed[1].trim(), rest: bracketed[2] };
  const bare = /^(\S+)(.*)$/.exec(text);
  return bare ? { token: bare[1], rest: bare[2] } : undefined;
}

/** Words that stand where a date belongs while the release is not finished. */
const PLACEHOLDER = /^(tbd|tba|unreleased|upcoming|wip|todo|not released|unpublished|yyyy-mm-dd)$/i;

/**
 * Reads the date part of a version heading, after the version: ` - 2026-04-02`,
 * ` – 2026-04-02`, ` / 2026-04-02`, ` (2026-04-02)`. Returns the date (undefined when the
 * heading has none and the date is optional) or the reason it is not acceptable.
 */
function headingDate(
  rest: string,
  now: Date,
  dateRule: ChangelogDate,
): { date: string | undefined } | { problem: string } {
  const trimmed = rest.trim();
  if (trimmed === '')
    return dateRule === 'optional'
      ? { date: undefined }
      : { problem: 'has no date (write one, or set changelog-date: optional for undated sections)' };
  const separated = /^[-–—/]\s*(.*)$/.exec(trimmed);
  const parenthesised = /^\((.*)\)$/.exec(trimmed);
  let datePart: string;
  if (separated) datePart = separated[1].trim();
  else if (parenthesised) datePart = parenthesised[1].trim();
  else
    return {
      problem: `is not in a recognised form: the version is followed by its date after '-', '–', '/' or in parentheses ('## [X.Y.Z] - YYYY-MM-DD', '## X.Y.Z / YYYY-MM-DD', '## [X.Y.Z](url) (YYYY-MM-DD)')`,
    };
  // A placeholder is refused whatever changelog-date says: `optional` means "no date", not
  // "a date still to come", which is a section someone forgot to finish.
  const inner = /^\[(.*)\]$|^\((.*)\)$/.exec(datePart);
  const unwrapped = inner ? (inner[1] ?? inner[2]).trim() : datePart;
  if (unwrapped === '') return { problem: 'has an empty date' };
  if (PLACEHOLDER.test(unwrapped)) return { problem: `is marked '${datePart}' instead of a release date` };
  if (/\[YANKED\]\s*$/i.test(datePart)) return { problem: `is marked [YANKED]` };
  const parsed = parseHeadingDate(datePart);
  if ('problem' in parsed) return parsed;
  const latest = latestAcceptedDate(now);
  if (parsed.iso > latest) return { problem: `is dated ${parsed.iso}, later than tomorrow (${latest}, UTC)` };
  return { date: parsed.iso };
}

/** Options of {@link findChangelogSection}. */
export interface ChangelogOptions {
  /** The tag prefix, also accepted in the heading (`## [v1.2.3] - …`). */
  prefix?: string;
  /** Injectable clock, so the "not after tomorrow" rule is testable. */
  now?: Date;
  /** `required` (default): the heading must carry a date. `optional`: an undated heading passes. */
  date?: ChangelogDate;
}

/**
 * Finds the section of `version` in a changelog. The heading names the version as `1.2.3`,
 * `v1.2.3` or `prefix` + `1.2.3`, optionally in brackets or as a link, and the comparison is
 * of the whole token, so `1.2.30` or `1.2.3-rc.1` never stand for `1.2.3`.
 */
export function findChangelogSection(
  text: string,
  version: string,
  options: ChangelogOptions = {},
): ChangelogResult {
  const now = options.now ?? new Date();
  // Lines are counted on the LF form so the body never carries CRs; a leading BOM is not part
  // of the first heading.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  const { all, contentEnd } = sections(markdown.parse(source, {}));
  const names = new Set([version, `v${version}`]);
  if (options.prefix) names.add(options.prefix + version);
  const matches = all.filter((h) => {
    const token = versionToken(h.text)?.token;
    return token !== undefined && names.has(token);
  });
  if (matches.length === 0) {
    const unreleased = all.find((h) => /^\[?unreleased\]?/i.test(h.text));
    return {
      ok: false,
      problems: [
        {
          message: `has no section for ${version} (expected a heading such as '## [${version}] - YYYY-MM-DD')${unreleased ? `; its changes may still be under '${unreleased.text}'` : ''}`,
          line: unreleased ? unreleased.start + 1 : undefined,
        },
      ],
    };
  }
  if (matches.length > 1) {
    return {
      ok: false,
      problems: [
        {
          message: `has ${matches.length} sections for ${version} (lines ${matches.map((m) => m.start + 1).join(', ')}); which one is the release is ambiguous`,
          line: matches[1].start + 1,
        },
      ],
    };
  }
  const heading = matches[0];
  const line = heading.start + 1;
  const problems: ChangelogProblem[] = [];
  const dated = headingDate(versionToken(heading.text)!.rest, now, options.date ?? 'required');
  if ('problem' in dated)
    problems.push({ message: `heading '${heading.text}' for ${version} ${dated.problem}`, line });

  // The body runs to the next heading of the same or a higher level; after the last one, to the
  // end of the document's content, so Keep a Changelog's trailing compare links
  // (`[1.2.3]: https://…`) stay out of the release notes.
  const next = all.find((h) => h.start > heading.start && h.depth <= heading.depth);
  const bodyLines = lines.slice(heading.end, next ? next.start : Math.max(contentEnd, heading.end));
  while (bodyLines.length > 0 && bodyLines[0].trim() === '') bodyLines.shift();
  while (bodyLines.length > 0 && bodyLines[bodyLines.length - 1].trim() === '') bodyLines.pop();
  const body = bodyLines.join('\n');
  if (body === '')
    problems.push({ message: `section for ${version} is empty: there are no release notes`, line });
  if (problems.length > 0 || 'problem' in dated) return { ok: false, problems };
  return { ok: true, section: { line, heading: heading.text, date: dated.date, body } };
}
