/*
 * Release asset names as GitHub will store them. GitHub renames uploaded assets whose names
 * hold "special characters, non-alphanumeric characters, and leading or trailing periods"
 * (REST docs, upload a release asset) without saying how. Observed behaviour, collected from
 * users' reports: every character outside [A-Za-z0-9._+-] becomes '.', a run of such characters
 * (and the periods next to it) becomes a single '.', accented letters lose their accents
 * (ż → z, ð → d, æ → ae), and a leading period turns into `default.` (`.config` →
 * `default.config`).
 *
 * The prediction is used to find an asset already on the release before uploading and to catch
 * two local files that would collide. The name GitHub actually returns after an upload is what
 * the outputs report, so a wrong prediction can never leak into them.
 */
import * as path from 'node:path';
import { ConfigurationError } from '../errors.js';

// Kept alike on purpose (docs/ARCHITECTURE.md): the emulator has its own copy, so a mistake here is not shared by the fake that tests it.
/** Letters a plain accent strip (NFKD) does not reduce to ASCII. */
const TRANSLITERATE: Record<string, string> = {
  ð: 'd',
  Ð: 'D',
  đ: 'd',
  Đ: 'D',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  ß: 'ss',
  þ: 'th',
  Þ: 'TH',
  ŋ: 'ng',
  Ŋ: 'NG',
  ı: 'i',
};

const KEPT = /[A-Za-z0-9_+-]/;

/** The name GitHub is expected to give an asset uploaded as `name`. */
export function githubAssetName(name: string): string {
  let ascii = '';
  for (const ch of name.normalize('NFKD')) {
    if (/\p{M}/u.test(ch)) continue; // combining accents left by NFKD
    ascii += TRANSLITERATE[ch] ?? ch;
  }
  let out = '';
  let pendingDot = false;
  for (const ch of ascii) {
    if (KEPT.test(ch)) {
      if (pendingDot) out += '.';
      pendingDot = false;
      out += ch;
    } else {
      // A literal period and any replaced character collapse into one period.
      pendingDot = true;
    }
  }
  if (pendingDot) out += '.';
  if (out.startsWith('.')) out = `default${out}`;
  out = out.replace(/\.+$/, '');
  return out === '' || out === 'default' ? 'default' : out;
}

export interface PlannedAsset {
  file: string;
  /** The name asked for (the file's base name, or the `asset-name` input). */
  requestedName: string;
  /** The name GitHub is expected to store. */
  name: string;
}

/**
 * Assigns each local file its asset name and refuses two files that would end up under one
 * name (GitHub keeps one asset per name, compared without regard to case here to stay safe):
 * uploading both would make the second a clobber attempt or a silent skip of a different file.
 */
export function planAssetNames(
  input: string,
  files: { file: string; requestedName?: string; display: string }[],
): PlannedAsset[] {
  const byName = new Map<string, { display: string; requestedName: string }[]>();
  const planned = files.map((f) => {
    const requestedName = f.requestedName ?? path.basename(f.file);
    const name = githubAssetName(requestedName);
    const key = name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), { display: f.display, requestedName }]);
    return { file: f.file, requestedName, name };
  });
  const clashes = [...byName.entries()].filter(([, list]) => list.length > 1);
  if (clashes.length > 0) {
    const lines = clashes.map(
      ([key, list]) =>
        `${list.map((l) => `'${l.display}'`).join(' and ')} would all become the asset '${planned.find((p) => p.name.toLowerCase() === key)!.name}'`,
    );
    throw new ConfigurationError(
      `Input '${input}': two or more files map to one release asset name: ${lines.join('; ')}. Rename them or narrow the patterns.`,
    );
  }
  return planned;
}
