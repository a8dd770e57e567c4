/**
 * The one list of actions lives in actions.json (so tests can read it too). It drives the
 * build (package.mjs), the metadata test and the docs. Adding a sub-action is adding its name
 * there, `src/actions/<name>/` and `<name>/action.yml` + `README.md`. `preflight` is the root
 * action: its action.yml is the repository's own.
 */
import * as fs from 'node:fs';

const list = JSON.parse(fs.readFileSync(new URL('./actions.json', import.meta.url), 'utf8'));

export const ACTIONS = list.actions;
/** Bundles that are not actions: name → entry file. */
export const EXTRA_ENTRIES = list.extraEntries;

/** The folder holding an action's action.yml and README.md. */
export function actionDir(name) {
  return name === 'preflight' ? '.' : name;
}
