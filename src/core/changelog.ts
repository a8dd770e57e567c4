/*
 * The CHANGELOG section of a version: its heading must exist once, carry a real release date,
 * and the section body becomes the release notes. Fail closed: an undated, "Unreleased", TBD
 * or future-dated section means the changelog was not finished for this release.
 */

/** A section found for the version. */
export interface ChangelogSection {
  /** 1-based line of the heading. */
  line: number;
  heading: string;
  /** The ISO date of the heading. */
  date: string;
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

interface Heading {
  index: number;
  level: number;
  text: string;
}

/** ATX headings outside fenced code blocks. */
function headings(lines: string[]): Heading[] {
  const found: Heading[] = [];
  let fence: string | undefined;
  for (const [index, line] of lines.entries()) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const match = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (match) found.push({ index, level: match[1].length, text: match[2] ?? '' });
  }
  return found;
}

/** True when `date` is YYYY-MM-DD and a real day of the Gregorian calendar. */
export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
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

/** Splits a heading's text into its version token and the rest. */
function versionToken(text: string): { token: string; rest: string } | undefined {
  // `[1.2.3](https://…/compare/v1.2.2...v1.2.3)` is the linked form release tools write.
  const bracketed = /^\[([^\]]*)\](?:\([^)\s]*\))?(.*)$/.exec(text);
  if (bracketed) return { token: bracketed[1].trim(), rest: bracketed[2] };
  const bare = /^(\S+)(.*)$/.exec(text);
  return bare ? { token: bare[1], rest: bare[2] } : undefined;
}

/**
 * Reads the date part of a version heading, after the version: ` - 2026-04-02`,
 * ` (2026-04-02)`. Returns the date or the reason it is not acceptable.
 */
function headingDate(rest: string, now: Date): { date: string } | { problem: string } {
  const trimmed = rest.trim();
  let datePart: string;
  const dashed = /^[-–—]\s*(.*)$/.exec(trimmed);
  const parenthesised = /^\((.*)\)$/.exec(trimmed);
  if (trimmed === '') return { problem: 'has no date' };
  if (dashed) datePart = dashed[1].trim();
  else if (parenthesised) datePart = parenthesised[1].trim();
  else
    return {
      problem: `is not in a recognised form ('## [X.Y.Z] - YYYY-MM-DD', '## X.Y.Z - YYYY-MM-DD' or '## [X.Y.Z] (YYYY-MM-DD)')`,
    };
  if (datePart === '') return { problem: 'has an empty date' };
  if (/^\[?(tbd|tba|unreleased|upcoming|wip|todo)\]?$/i.test(datePart))
    return { problem: `is marked '${datePart}' instead of a release date` };
  const yanked = /^(\d{4}-\d{2}-\d{2})\s+\[YANKED\]$/i.exec(datePart);
  if (yanked) return { problem: `is marked [YANKED]` };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(datePart))
    return { problem: `has '${datePart}' where an ISO date (YYYY-MM-DD) belongs` };
  if (!isCalendarDate(datePart))
    return { problem: `has the date ${datePart}, which is not a real calendar date` };
  const latest = latestAcceptedDate(now);
  if (datePart > latest) return { problem: `is dated ${datePart}, later than tomorrow (${latest}, UTC)` };
  return { date: datePart };
}

/**
 * Finds the section of `version` in a changelog. `prefix` (the tag prefix) is also accepted in
 * the heading (`## [v1.2.3] - …`), since some projects write their tags there. `now` is
 * injectable so the "not after tomorrow" rule is testable.
 */
export function findChangelogSection(
  text: string,
  version: string,
  options: { prefix?: string; now?: Date } = {},
): ChangelogResult {
  const now = options.now ?? new Date();
  const lines = text.split(/\r?\n/);
  const all = headings(lines);
  const matches = all.filter((h) => {
    const token = versionToken(h.text)?.token;
    return (
      token === version ||
      (options.prefix !== undefined && options.prefix !== '' && token === options.prefix + version)
    );
  });
  if (matches.length === 0) {
    const unreleased = all.find((h) => /^\[?unreleased\]?/i.test(h.text));
    return {
      ok: false,
      problems: [
        {
          message: `has no section for ${version} (expected a heading such as '## [${version}] - YYYY-MM-DD')${unreleased ? `; its changes may still be under '${unreleased.text}'` : ''}`,
          line: unreleased ? unreleased.index + 1 : undefined,
        },
      ],
    };
  }
  if (matches.length > 1) {
    return {
      ok: false,
      problems: [
        {
          message: `has ${matches.length} sections for ${version} (lines ${matches.map((m) => m.index + 1).join(', ')}); which one is the release is ambiguous`,
          line: matches[1].index + 1,
        },
      ],
    };
  }
  const heading = matches[0];
  const problems: ChangelogProblem[] = [];
  const dated = headingDate(versionToken(heading.text)!.rest, now);
  if ('problem' in dated)
    problems.push({
      message: `heading '${heading.text}' for ${version} ${dated.problem}`,
      line: heading.index + 1,
    });

  const next = all.find((h) => h.index > heading.index && h.level <= heading.level);
  const bodyLines = lines.slice(heading.index + 1, next ? next.index : lines.length);
  // Link reference definitions (`[1.2.3]: https://…`) at the end belong to the document.
  if (!next) {
    while (bodyLines.length > 0 && /^\s*(\[[^\]]+\]:\s*\S.*)?\s*$/.test(bodyLines[bodyLines.length - 1]))
      bodyLines.pop();
  }
  while (bodyLines.length > 0 && bodyLines[0].trim() === '') bodyLines.shift();
  while (bodyLines.length > 0 && bodyLines[bodyLines.length - 1].trim() === '') bodyLines.pop();
  const body = bodyLines.join('\n');
  if (body === '')
    problems.push({
      message: `section for ${version} is empty: there are no release notes`,
      line: heading.index + 1,
    });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    section: { line: heading.index + 1, heading: heading.text, date: (dated as { date: string }).date, body },
  };
}
