/*
 * Generated docs stay generated: run scripts/docs.mjs on a copy of every action.yml and README,
 * and require the copy to come out identical to what is committed.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const list = JSON.parse(fs.readFileSync(path.join(root, 'scripts/actions.json'), 'utf8')) as {
  actions: string[];
};
const dirOf = (name: string) => (name === 'preflight' ? '.' : name);

function copy(): string {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-'));
  fs.mkdirSync(path.join(temp, 'scripts'));
  for (const f of ['docs.mjs', 'actions.mjs', 'actions.json'])
    fs.copyFileSync(path.join(root, 'scripts', f), path.join(temp, 'scripts', f));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(temp, 'node_modules'));
  fs.cpSync(path.join(root, 'docs/examples'), path.join(temp, 'docs/examples'), { recursive: true });
  for (const name of list.actions) {
    fs.mkdirSync(path.join(temp, dirOf(name)), { recursive: true });
    for (const f of ['action.yml', 'README.md'])
      fs.copyFileSync(path.join(root, dirOf(name), f), path.join(temp, dirOf(name), f));
  }
  return temp;
}

function generate(temp: string) {
  return spawnSync(process.execPath, [path.join(temp, 'scripts/docs.mjs'), temp], { encoding: 'utf8' });
}

describe('README tables', () => {
  it('are exactly what action-docs generates from each action.yml (run twice: idempotent)', () => {
    const temp = copy();
    for (let i = 0; i < 2; i++) {
      const result = generate(temp);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      for (const name of list.actions) {
        const readme = path.join(dirOf(name), 'README.md');
        expect(fs.readFileSync(path.join(temp, readme), 'utf8')).toBe(
          fs.readFileSync(path.join(root, readme), 'utf8'),
        );
      }
    }
  });

  it('notices drift: an input added to action.yml changes the README', () => {
    const temp = copy();
    const yml = path.join(temp, 'tag-semver-guard/action.yml');
    fs.writeFileSync(
      yml,
      fs
        .readFileSync(yml, 'utf8')
        .replace('inputs:\n', 'inputs:\n  brand-new:\n    description: A new input.\n'),
    );
    expect(generate(temp).status).toBe(0);
    const readme = fs.readFileSync(path.join(temp, 'tag-semver-guard/README.md'), 'utf8');
    expect(readme).toContain('`brand-new`');
    expect(readme).not.toBe(fs.readFileSync(path.join(root, 'tag-semver-guard/README.md'), 'utf8'));
  });

  it('embed the examples verbatim, and notice when an example changes', () => {
    const temp = copy();
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain(
      '<!-- example: release.yml -->\n\n```yaml\n' +
        fs.readFileSync(path.join(root, 'docs/examples/release.yml'), 'utf8'),
    );
    fs.appendFileSync(path.join(temp, 'docs/examples/release.yml'), '# changed\n');
    expect(generate(temp).status).toBe(0);
    expect(fs.readFileSync(path.join(temp, 'README.md'), 'utf8')).toContain('# changed\n```');
  });

  it('every README shows a whole, rehearsed workflow from docs/examples', () => {
    for (const name of list.actions) {
      const readme = fs.readFileSync(path.join(root, dirOf(name), 'README.md'), 'utf8');
      expect([name, /<!-- example: [\w.-]+\.yml -->\n\n```yaml\n/.test(readme)]).toEqual([name, true]);
    }
  });

  it('refuses a README without its markers', () => {
    const temp = copy();
    fs.writeFileSync(path.join(temp, 'tag-semver-guard/README.md'), '# tag-semver-guard\n');
    const result = generate(temp);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/needs exactly one pair of markers for: inputs, outputs/);
  });
});

describe('docs/ARCHITECTURE.md', () => {
  const text = fs.readFileSync(path.join(root, 'docs/ARCHITECTURE.md'), 'utf8');

  it('names only paths that exist', () => {
    // Every `path` in backticks under a source folder, templates such as <name> and globs aside.
    const named = [...text.matchAll(/`((?:src|scripts|__tests__|\.ci)\/[^`\s]*)`/g)]
      .map((m) => m[1])
      .filter((p) => !/[<*{]/.test(p));
    expect(named.length).toBeGreaterThan(10);
    const missing = named.filter((p) => !fs.existsSync(path.join(root, p)));
    expect(missing).toEqual([]);
  });

  it('walks through every action of the one list', () => {
    for (const name of list.actions) expect(text).toContain(`**${name}**`);
  });
});

describe('README.md', () => {
  it('names only test files that exist', () => {
    const text = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const named = [...text.matchAll(/`(__tests__\/[^`\s]*)`/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((p) => !fs.existsSync(path.join(root, p)))).toEqual([]);
  });
});
