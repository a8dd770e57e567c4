/*
 * The asset name GitHub stores for an uploaded file name. Kept apart from
 * src/core/github/asset-names.ts on purpose: the emulator models GitHub independently of the
 * product it tests, so a mistake in one is not silently shared by the other.
 */

// Kept alike on purpose (docs/ARCHITECTURE.md): the product has its own copy (core/github/asset-names.ts); the fake shares no code with it.
/** Letters that do not decompose into ASCII plus marks, spelled as GitHub spells them. */
const TRANSLITERATE: Record<string, string> = {
  ð: 'd',
  Ð: 'D',
  æ: 'ae',
  Æ: 'AE',
  ŋ: 'ng',
  Ŋ: 'NG',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  ß: 'ss',
  þ: 'th',
  Þ: 'TH',
  œ: 'oe',
  Œ: 'OE',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
};

/**
 * The asset name GitHub stores for an uploaded file name (observed behaviour; the docs only
 * say special characters and leading/trailing periods are renamed): accented letters lose
 * their accents (ż → z, ð → d, æ → ae), every run of other characters outside letters, digits,
 * `.`, `-`, `_` and `+` becomes one `.`, runs of dots collapse, a leading dot becomes
 * `default.`, and trailing dots go.
 */
export function githubAssetName(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u0080-\uffff]/g, (c) => TRANSLITERATE[c] ?? '.');
  let out = ascii.replace(/[^A-Za-z0-9._+-]+/g, '.').replace(/\.{2,}/g, '.');
  if (out.startsWith('.')) out = `default${out}`;
  out = out.replace(/\.+$/, '');
  return out === '' ? 'default' : out;
}

/**
 * Whether two stored asset names are one name to GitHub. GitHub's documentation does not say
 * whether release asset names are unique with or without regard to case, and its clients do not
 * settle it (the GitHub CLI's `release upload` matches existing assets exactly, client side,
 * cli/cli pkg/cmd/release/upload/upload.go). The emulator takes the side that fails closed: an
 * upload or rename whose name differs from an existing asset's only in case is refused as
 * `already_exists`, so a product that assumes case-sensitive names meets a conflict here, never
 * a silent second asset.
 */
export function sameAssetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
