import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { actionDir, readActionYaml } from '../src/emulator/runner.js';

const root = path.resolve(import.meta.dirname, '..');
const list = JSON.parse(fs.readFileSync(path.join(root, 'scripts/actions.json'), 'utf8')) as {
  actions: string[];
};
const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Every folder at the top level that holds an action.yml, the root counting as preflight. */
function actionFolders(): string[] {
  const found = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, 'action.yml')))
    .map((d) => d.name);
  if (fs.existsSync(path.join(root, 'action.yml'))) found.push('preflight');
  return found.sort();
}

describe('action metadata', () => {
  it('the set of action.yml folders is exactly the one list', () => {
    expect(actionFolders()).toEqual([...list.actions].sort());
  });

  it('the list is kebab-case and has no duplicates', () => {
    for (const name of list.actions) expect(name).toMatch(kebab);
    expect(new Set(list.actions).size).toBe(list.actions.length);
  });

  // (jest refuses an empty table; the first test above already covers an empty list)
  const each = list.actions.length > 0 ? describe.each(list.actions) : () => () => undefined;
  each('%s', (name: string) => {
    const dir = actionDir(root, name);
    const raw = parse(fs.readFileSync(path.join(dir, 'action.yml'), 'utf8')) as Record<string, unknown>;
    const action = readActionYaml(root, name);

    it('runs on node24 from its own dist bundle, which exists', () => {
      expect(action.runs.using).toBe('node24');
      const main = path.resolve(dir, action.runs.main);
      expect(path.relative(root, main)).toBe(path.join('dist', name, 'index.js'));
      expect(fs.existsSync(main)).toBe(true);
    });

    it('has a one-line description and a README', () => {
      expect(typeof raw.description).toBe('string');
      expect(String(raw.description).trim()).not.toContain('\n');
      expect(String(raw.description).length).toBeGreaterThan(10);
      expect(fs.existsSync(path.join(dir, 'README.md'))).toBe(true);
    });

    it('every input and output is kebab-case and described', () => {
      for (const kind of ['inputs', 'outputs'] as const) {
        const entries = (raw[kind] ?? {}) as Record<string, { description?: string }>;
        for (const [key, spec] of Object.entries(entries)) {
          expect(key).toMatch(kebab);
          expect(typeof spec.description).toBe('string');
          expect(spec.description!.trim().length).toBeGreaterThan(0);
        }
      }
    });
  });

  it('the root action is Marketplace-ready', () => {
    expect(list.actions).toContain('preflight');
    const rootYaml = parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as Record<string, unknown>;
    for (const key of ['name', 'description', 'author', 'branding']) expect(rootYaml[key]).toBeTruthy();
  });
});
