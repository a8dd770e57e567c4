import * as semver from 'semver';

/*
 * Strict SemVer 2.0.0 on a tag exactly as given. The `semver` library is lenient as a
 * validator (it trims whitespace and drops a leading `v` or `=`), which is right for reading
 * ranges but wrong for guarding a release trigger: `v1.2.3 `, `=1.2.3` and `V1.2.3` must not
 * become releases of 1.2.3. So the grammar is checked here, character by character, and each
 * rejection says why in a sentence; the library is used only for precedence.
 */

/** The longest version accepted (the `semver` library's own limit, so comparisons never fail). */
export const MAX_VERSION_LENGTH = 256;

export interface SemVer {
  /** The version without prefix, exactly as in the tag. */
  version: string;
  major: number;
  minor: number;
  patch: number;
  /** Pre-release identifiers (`rc.1` → `['rc', '1']`); empty when none. */
  prerelease: string[];
  /** Build metadata identifiers; empty when none. */
  build: string[];
}

export type ParseResult = { ok: true; value: SemVer } | { ok: false; reasons: string[] };

const IDENTIFIER = /^[0-9A-Za-z-]+$/;
const DIGITS = /^[0-9]+$/;
/**
 * Characters a tag may contain before we even look at its structure. `/`, `-` and `@` are
 * there for monorepo prefixes (`nginx/`, `tokio-`, `pkg@`, `@scope/pkg@`); git refuses `@{`
 * in a ref name, and `{` is refused here anyway. None of them may appear in the version itself.
 */
const TAG_CHARACTERS = /^[0-9A-Za-z._\-+/@]$/;

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why one character is not acceptable in a tag, or undefined when it is. Non-ASCII characters
 * are classified because they are how a lookalike tag gets through review: a fullwidth `１`
 * or an Arabic-Indic digit reads as a digit, a zero-width space reads as nothing at all.
 */
export function describeCharacter(char: string, position: number): string | undefined {
  if (TAG_CHARACTERS.test(char)) return undefined;
  const at = `at position ${position + 1}`;
  const cp = char.codePointAt(0)!;
  if (cp === 0x20) return `contains a space ${at} (tags are checked exactly as given, nothing is trimmed).`;
  if (cp < 0x20 || cp === 0x7f)
    return `contains a control character ${codePoint(char)} ${at} (a newline, tab or similar; nothing is trimmed).`;
  if (cp < 0x80)
    return `contains the character '${char}' ${at}, which SemVer and safe tag names do not allow.`;
  if (/\p{Nd}|\p{No}/u.test(char))
    return `contains ${codePoint(char)} ${at}, a non-ASCII digit that looks like an ASCII digit but is not one.`;
  if (/[\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Cc}\p{Mn}\p{Me}]/u.test(char) || cp === 0x3164 || cp === 0x115f)
    return `contains ${codePoint(char)} ${at}, an invisible or whitespace character.`;
  return `contains the non-ASCII character '${char}' (${codePoint(char)}) ${at}; only ASCII is allowed (lookalikes of ASCII letters and punctuation are refused).`;
}

/** Every character-level problem in `text` (first occurrence of each distinct character). */
export function characterProblems(text: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  let position = 0;
  for (const char of text) {
    if (!seen.has(char)) {
      const problem = describeCharacter(char, position);
      if (problem) {
        seen.add(char);
        problems.push(problem);
      }
    }
    position++;
  }
  return problems;
}

function numericProblem(what: string, id: string): string | undefined {
  if (id === '') return `${what} is empty.`;
  if (!DIGITS.test(id)) return `${what} '${id}' is not a number.`;
  if (id.length > 1 && id.startsWith('0')) return `${what} '${id}' has a leading zero.`;
  if (!Number.isSafeInteger(Number(id)))
    return `${what} '${id}' is too large (above ${Number.MAX_SAFE_INTEGER}).`;
  return undefined;
}

/**
 * Parses a bare SemVer 2.0.0 version (no prefix). Returns every structural reason it is not
 * one, or the parts.
 */
export function parseSemVer(version: string): ParseResult {
  const chars = characterProblems(version).map((p) => `The version ${p}`);
  if (chars.length > 0) return { ok: false, reasons: chars };
  if (version === '') return { ok: false, reasons: ['The version is empty.'] };
  const reasons: string[] = [];
  if (version.length > MAX_VERSION_LENGTH)
    reasons.push(
      `The version is ${version.length} characters long; at most ${MAX_VERSION_LENGTH} are accepted.`,
    );
  for (const bad of new Set(version.match(/[_/@]/g) ?? []))
    reasons.push(`The character '${bad}' is not allowed in a SemVer version.`);

  const plus = version.indexOf('+');
  const head = plus < 0 ? version : version.slice(0, plus);
  const buildText = plus < 0 ? undefined : version.slice(plus + 1);
  const dash = head.indexOf('-');
  const coreText = dash < 0 ? head : head.slice(0, dash);
  const preText = dash < 0 ? undefined : head.slice(dash + 1);

  const core = coreText.split('.');
  if (core.length !== 3) {
    reasons.push(
      `The version core '${coreText}' must be exactly MAJOR.MINOR.PATCH (three numbers separated by dots), it has ${core.length} part${core.length === 1 ? '' : 's'}.`,
    );
  }
  const names = ['The major version', 'The minor version', 'The patch version'];
  core.forEach((id, i) => {
    const problem = numericProblem(names[i] ?? `Core part ${i + 1}`, id);
    if (problem) reasons.push(problem);
  });

  const prerelease = preText === undefined ? [] : preText.split('.');
  for (const [i, id] of prerelease.entries()) {
    if (id === '') reasons.push(`Pre-release identifier ${i + 1} is empty (in '${preText}').`);
    else if (!IDENTIFIER.test(id))
      reasons.push(`Pre-release identifier '${id}' may only contain ASCII letters, digits and '-'.`);
    else if (DIGITS.test(id) && id.length > 1 && id.startsWith('0'))
      reasons.push(`Pre-release identifier '${id}' is numeric and has a leading zero.`);
  }
  const build = buildText === undefined ? [] : buildText.split('.');
  for (const [i, id] of build.entries()) {
    if (id === '') reasons.push(`Build metadata identifier ${i + 1} is empty (in '${buildText}').`);
    else if (!IDENTIFIER.test(id))
      reasons.push(`Build metadata identifier '${id}' may only contain ASCII letters, digits and '-'.`);
  }
  if (reasons.length > 0) return { ok: false, reasons: [...new Set(reasons)] };
  return {
    ok: true,
    value: {
      version,
      major: Number(core[0]),
      minor: Number(core[1]),
      patch: Number(core[2]),
      prerelease,
      build,
    },
  };
}

/**
 * Parses a tag that must be exactly `prefix` + SemVer 2.0.0. The prefix is matched byte for
 * byte: no trimming, no folding of `v`/`V`, no optional prefix, because a release pipeline that
 * accepts `V1.2.3` or ` v1.2.3` next to `v1.2.3` can be made to publish one version twice.
 */
export function parseTag(tag: string, prefix: string): ParseResult {
  const chars = characterProblems(tag).map((p) => `The tag ${p}`);
  if (chars.length > 0) return { ok: false, reasons: chars };
  if (tag === '') return { ok: false, reasons: ['The tag is empty.'] };
  if (!tag.startsWith(prefix)) {
    const head = tag.slice(0, prefix.length);
    let why: string;
    if (head.toLowerCase() === prefix.toLowerCase())
      why = `The tag '${tag}' starts with '${head}', not the prefix '${prefix}' (case is not folded).`;
    else if (/^[0-9]/.test(tag))
      why = `The tag '${tag}' has no prefix; it must start with exactly '${prefix}'.`;
    else why = `The tag '${tag}' does not start with the prefix '${prefix}'.`;
    return { ok: false, reasons: [why] };
  }
  const rest = tag.slice(prefix.length);
  if (rest !== '' && !/^[0-9]/.test(rest) && /^[vV=]/.test(rest)) {
    return {
      ok: false,
      reasons: [
        prefix === ''
          ? `The tag '${tag}' starts with '${rest[0]}', but the prefix is empty: the tag must be the bare version.`
          : `After the prefix '${prefix}' the tag has '${rest[0]}'; it must continue with the version's major number.`,
      ],
    };
  }
  const parsed = parseSemVer(rest);
  if (!parsed.ok) return { ok: false, reasons: parsed.reasons };
  return parsed;
}

/** SemVer precedence (build metadata ignored), through the `semver` library. */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  return semver.compare(a, b);
}

/**
 * True when `text` is a plain string usable as a tag prefix: ASCII letters, digits, `.`, `_`,
 * `-`, `/` and `@` (`v`, `mylib/v`, `tokio-`, `pkg@`, `@scope/pkg@`). It is matched byte for
 * byte, never as a pattern, so none of these characters has a special meaning.
 */
export function isPlainPrefix(text: string): boolean {
  return /^[A-Za-z0-9._/@-]*$/.test(text);
}
