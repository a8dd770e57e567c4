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

/**
 * Whether two asset names are one name on a release. What GitHub does with `App.tar.gz` beside
 * `app.tar.gz` is not documented (the REST docs on uploading a release asset only describe
 * renaming), and its clients do not settle it: the GitHub CLI matches existing assets exactly,
 * client side (cli/cli pkg/cmd/release/upload/upload.go). Unknown is treated as the unsafe
 * answer: names that differ only in case are one name here, so two such files are a clash
 * before anything is uploaded, and an upload GitHub refuses for such a name is a conflict
 * reported as one (stage-asset), never a silent second asset. Names are ASCII once GitHub has
 * renamed them ({@link githubAssetName}), so lower-casing is the whole comparison.
 */
export function sameAssetName(a: string, b: string): boolean {
  return assetNameKey(a) === assetNameKey(b);
}

/** The key under which {@link sameAssetName} names are one. */
export function assetNameKey(name: string): string {
  return name.toLowerCase();
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
 * name (GitHub keeps one asset per name, compared without regard to case: see {@link sameAssetName}):
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
    const key = assetNameKey(name);
    byName.set(key, [...(byName.get(key) ?? []), { display: f.display, requestedName }]);
    return { file: f.file, requestedName, name };
  });
  const clashes = [...byName.entries()].filter(([, list]) => list.length > 1);
  if (clashes.length > 0) {
    const lines = clashes.map(
      ([key, list]) =>
        `${list.map((l) => `'${l.display}'`).join(' and ')} would all become the asset '${planned.find((p) => assetNameKey(p.name) === key)!.name}'`,
    );
    throw new ConfigurationError(
      `Input '${input}': two or more files map to one release asset name: ${lines.join('; ')}. Rename them or narrow the patterns.`,
    );
  }
  return planned;
}
