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

/*
 * The recipe (docs/ARCHITECTURE.md): every action has `src/actions/<name>/inputs.ts` exporting
 * `INPUT_NAMES`, exactly the inputs of its action.yml, and an `index.ts` that is one `runEntry`
 * call. The entry point refuses any INPUT_* variable outside INPUT_NAMES, so a name missing from
 * the list would refuse a declared input, and an extra name would let a misspelled `with:` key
 * through unnoticed.
 *
 * Actions still on the old shape are listed below. The list may only shrink: converting an
 * action (inputs.ts and index.ts together) removes its name here in the same commit, and when it
 * is empty every action follows the recipe and a new one cannot be added without it.
 */
const NOT_YET_ON_THE_RECIPE: readonly string[] = [];

const actionSource = (name: string, file: string) => path.join(root, 'src/actions', name, file);

/** INPUT_NAMES of an action's inputs.ts, or undefined when it has no such file or export. */
async function inputNamesOf(name: string): Promise<unknown> {
  if (!fs.existsSync(actionSource(name, 'inputs.ts'))) return undefined;
  const module = (await import(`../src/actions/${name}/inputs.js`)) as { INPUT_NAMES?: unknown };
  return module.INPUT_NAMES;
}

/**
 * Whether an entry point is the recipe's one call: `runEntry` exactly once, handed the action's
 * own INPUT_NAMES, and no second boundary of its own.
 */
function usesRunEntry(name: string): boolean {
  const text = fs.readFileSync(actionSource(name, 'index.ts'), 'utf8');
  return (
    (text.match(/\brunEntry\(/g) ?? []).length === 1 &&
    /\binputNames:\s*INPUT_NAMES\b/.test(text) &&
    !/\brunAction\(/.test(text)
  );
}

describe('the recipe: inputs.ts and runEntry', () => {
  it.each(list.actions)(
    '%s: INPUT_NAMES, where exported, is exactly the inputs of its action.yml',
    async (name) => {
      const names = await inputNamesOf(name);
      if (names === undefined) return; // listed in NOT_YET_ON_THE_RECIPE, checked below
      expect(Array.isArray(names)).toBe(true);
      const given = names as string[];
      expect(new Set(given).size).toBe(given.length);
      const declared = Object.keys(readActionYaml(root, name).inputs ?? {}).sort();
      expect([...given].sort()).toEqual(declared);
    },
  );

  it.each(list.actions)(
    '%s: OUTPUT_NAMES is exactly the outputs of its action.yml, and its entry hands them to runEntry',
    async (name) => {
      const module = (await import(`../src/actions/${name}/inputs.js`)) as { OUTPUT_NAMES?: unknown };
      expect(Array.isArray(module.OUTPUT_NAMES)).toBe(true);
      const given = module.OUTPUT_NAMES as string[];
      expect(new Set(given).size).toBe(given.length);
      const yaml = parse(fs.readFileSync(path.join(actionDir(root, name), 'action.yml'), 'utf8')) as {
        outputs?: Record<string, unknown>;
      };
      expect([...given].sort()).toEqual(Object.keys(yaml.outputs ?? {}).sort());
      expect(fs.readFileSync(actionSource(name, 'index.ts'), 'utf8')).toMatch(
        /\boutputNames:\s*OUTPUT_NAMES\b/,
      );
    },
  );

  it('the actions without INPUT_NAMES are exactly the known remaining ones (the list only shrinks)', async () => {
    const missing: string[] = [];
    for (const name of list.actions) if ((await inputNamesOf(name)) === undefined) missing.push(name);
    expect(missing.sort()).toEqual([...NOT_YET_ON_THE_RECIPE].sort());
  });

  it('the entry points not yet one runEntry call are exactly the known remaining ones (the list only shrinks)', () => {
    const remaining = list.actions.filter((name) => !usesRunEntry(name));
    expect(remaining.sort()).toEqual([...NOT_YET_ON_THE_RECIPE].sort());
  });

  it('every folder under src/actions is an action of the one list', () => {
    const folders = fs
      .readdirSync(path.join(root, 'src/actions'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.sort()).toEqual([...list.actions].sort());
  });
});
