/*
 * Generated docs stay generated: run scripts/docs.mjs on a copy of every action.yml and README,
 * and require the copy to come out identical to what is committed.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

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
  it('links every rehearsed example of docs/examples', () => {
    const text = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const examples = fs.readdirSync(path.join(root, 'docs/examples')).filter((f) => f.endsWith('.yml'));
    expect(examples.length).toBeGreaterThan(2);
    const unlinked = examples.filter(
      (f) => !text.includes(`<!-- example: ${f} -->`) && !text.includes(`](docs/examples/${f})`),
    );
    expect(unlinked).toEqual([]);
  });

  it('names only test files that exist', () => {
    const text = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const named = [...text.matchAll(/`(__tests__\/[^`\s]*)`/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((p) => !fs.existsSync(path.join(root, p)))).toEqual([]);
  });
});

/** Every Markdown page a user or contributor reads: the READMEs of the one list and docs/*.md. */
function pages(): string[] {
  const docs = fs
    .readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`);
  return [...list.actions.map((name) => path.join(dirOf(name), 'README.md')), 'SECURITY.md', ...docs];
}

/** The fenced blocks of a CommonMark page whose info string starts with `lang`, with their lines. */
function fences(text: string, lang: RegExp): { line: number; body: string }[] {
  const found: { line: number; body: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3})(`{3,}|~{3,})\s*([^`\s]*)/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, info] = open;
    let end = i + 1;
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    while (end < lines.length && !close.test(lines[end])) end++;
    if (lang.test(info)) {
      const body = lines.slice(i + 1, end).map((l) => l.replace(new RegExp(`^ {0,${indent.length}}`), ''));
      found.push({ line: i + 1, body: body.join('\n') });
    }
    i = end;
  }
  return found;
}

describe('snippets', () => {
  it('every ```yaml block of every README and docs/*.md parses as YAML', () => {
    const bad: string[] = [];
    let seen = 0;
    for (const page of pages()) {
      for (const block of fences(fs.readFileSync(path.join(root, page), 'utf8'), /^ya?ml$/)) {
        seen++;
        for (const doc of parseAllDocuments(block.body))
          for (const error of doc.errors) bad.push(`${page}:${block.line}: ${error.message.split('\n')[0]}`);
      }
    }
    expect(seen).toBeGreaterThan(list.actions.length);
    expect(bad).toEqual([]);
  });

  it('the YAML check sees a block that does not parse (a `: ` in a plain scalar)', () => {
    const text = 'x\n\n```yaml\nsteps:\n  - run: echo "a: b"\n```\n';
    const [block] = fences(text, /^ya?ml$/);
    expect(parseAllDocuments(block.body).flatMap((d) => d.errors)).not.toEqual([]);
  });
});

describe('commands and scripts the pages cite', () => {
  const scripts = Object.keys(
    (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: object }).scripts,
  );

  it('every `npm run X` is a script of package.json', () => {
    const bad = pages().flatMap((page) =>
      [...fs.readFileSync(path.join(root, page), 'utf8').matchAll(/npm run ([\w:.-]+)/g)]
        .filter((m) => !scripts.includes(m[1]))
        .map((m) => `${page}: ${m[0]}`),
    );
    expect(bad).toEqual([]);
  });

  it('every scripts/…, .ci/…, `src/…` and `__tests__/…` file and every file run by `node` or `bash` exists', () => {
    const bad: string[] = [];
    for (const page of pages()) {
      const text = fs.readFileSync(path.join(root, page), 'utf8');
      const cited = [
        ...[...text.matchAll(/(?<![\w./-])((?:scripts|\.ci)\/[\w./-]*\w)/g)].map((m) => m[1]),
        // Our own source and test files, named in backticks (templates such as <name> and globs aside).
        ...[...text.matchAll(/`((?:src|__tests__)\/[^`\s<*{]*)`/g)].map((m) => m[1]),
        // `node -e …`, `node --flag` and a placeholder such as `node <file>` are not files.
        ...[...text.matchAll(/\b(?:node|bash) ([\w./][\w./-]*\w)/g)].map((m) => m[1]),
      ];
      for (const file of cited) if (!fs.existsSync(path.join(root, file))) bad.push(`${page}: ${file}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('generated tables', () => {
  /** The regions action-docs writes, between each pair of markers. */
  function tables(text: string): string[] {
    return ['inputs', 'outputs'].map(
      (s) => text.split(`<!-- action-docs-${s} source="action.yml" -->`)[1] ?? '',
    );
  }

  it('render identifiers with underscores as written, never as emphasis (GITHUB<em>SHA…)', () => {
    const bad: string[] = [];
    for (const name of list.actions) {
      const readme = path.join(dirOf(name), 'README.md');
      for (const table of tables(fs.readFileSync(path.join(root, readme), 'utf8')))
        for (const m of table.matchAll(/\w<(?:em|strong)>|<\/(?:em|strong)>\w/g))
          bad.push(`${readme}: …${table.slice(m.index - 20, m.index + 20)}…`);
    }
    expect(bad).toEqual([]);
  });

  it('keep every UPPER_CASE identifier of an action.yml description', () => {
    const missing: string[] = [];
    for (const name of list.actions) {
      const yml = parse(fs.readFileSync(path.join(root, dirOf(name), 'action.yml'), 'utf8')) as {
        inputs?: Record<string, { description?: string }>;
        outputs?: Record<string, { description?: string }>;
      };
      const readme = fs.readFileSync(path.join(root, dirOf(name), 'README.md'), 'utf8');
      for (const entry of [...Object.values(yml.inputs ?? {}), ...Object.values(yml.outputs ?? {})])
        for (const m of (entry.description ?? '').matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g))
          if (!tables(readme).some((t) => t.includes(m[0]))) missing.push(`${name}: ${m[0]}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('docs/TROUBLESHOOTING.md', () => {
  const text = fs.readFileSync(path.join(root, 'docs/TROUBLESHOOTING.md'), 'utf8');

  /**
   * The messages the product can print, as one text: the string literals of src/core,
   * src/actions and src/cli with `${…}` placeholders written `…` and `'a' + 'b'` concatenations joined, so
   * a message quoted with `…` for its values can be found in it piece by piece.
   */
  function productText(): string {
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory()
            ? files(path.join(dir, e.name))
            : e.name.endsWith('.ts')
              ? [path.join(dir, e.name)]
              : [],
        );
    return [
      ...files(path.join(root, 'src/core')),
      ...files(path.join(root, 'src/actions')),
      ...files(path.join(root, 'src/cli')),
    ]
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n')
      .replace(/['"`]\s*\+\s*['"`]/g, '')
      .replace(/\$\{[^{}]*\}/g, '…')
      .replace(/\\([`'"])/g, '$1');
  }

  it('is linked from the README', () => {
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).toContain('](docs/TROUBLESHOOTING.md');
  });

  it('quotes, under each ### heading, a message the code writes (… for its values)', () => {
    const product = productText();
    const headings = [...text.matchAll(/^### (.*)$/gm)].map((m) => m[1]);
    expect(headings.length).toBeGreaterThan(25);
    const unquoted = headings.filter((h) => !/^(`+).+\1$/.test(h));
    expect(unquoted).toEqual([]);
    const missing: string[] = [];
    for (const heading of headings) {
      const quote = heading.replace(/^(`+) ?(.*?) ?\1$/, '$2');
      const pieces = quote
        .split('…')
        .map((p) => p.trim())
        .filter((p) => p.length >= 12);
      if (pieces.length === 0) missing.push(`${heading}: no piece of 12 characters or more to look for`);
      for (const piece of pieces) if (!product.includes(piece)) missing.push(`${heading}: "${piece}"`);
    }
    expect(missing).toEqual([]);
  });
});

describe('links', () => {
  /** GitHub's heading anchor: lower case, punctuation dropped, each space a hyphen. */
  function anchors(markdown: string): Set<string> {
    const slugs = new Set<string>();
    for (const m of markdown.matchAll(/^#{1,6} (.*)$/gm)) {
      const slug = m[1]
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
      for (let n = 0, s = slug; ; s = `${slug}-${++n}`) {
        if (!slugs.has(s)) {
          slugs.add(s);
          break;
        }
      }
    }
    return slugs;
  }

  it('every relative link of every README and docs/*.md reaches a file, and its #anchor a heading', () => {
    const bad: string[] = [];
    for (const page of pages()) {
      const text = fs.readFileSync(path.join(root, page), 'utf8');
      // Code, fenced or inline, is not Markdown: a `](` inside it is not a link.
      const prose = text
        .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '')
        .replace(/(`+)[^`][\s\S]*?\1/g, '');
      for (const m of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1];
        if (/^[a-z]+:/i.test(target)) continue;
        const [file, anchor] = target.split('#');
        const resolved = file === '' ? path.join(root, page) : path.join(root, path.dirname(page), file);
        if (!fs.existsSync(resolved)) {
          bad.push(`${page}: ${target} (no such file)`);
          continue;
        }
        if (anchor && resolved.endsWith('.md') && !anchors(fs.readFileSync(resolved, 'utf8')).has(anchor))
          bad.push(`${page}: ${target} (no such heading)`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the anchor rule is GitHub’s', () => {
    expect([
      ...anchors('## preflight (root action)\n## Working on sealed-release\n## A b\n## A b\n'),
    ]).toEqual(['preflight-root-action', 'working-on-sealed-release', 'a-b', 'a-b-1']);
  });
});

describe('README prerequisites', () => {
  it('name what a contributor and a first real release need', () => {
    const text = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const section = (text.split('## Prerequisites\n')[1]?.split('\n## ')[0] ?? '').replace(/\s+/g, ' ');
    for (const needed of [
      'node_modules/.bin/node',
      'npm ci && npm test',
      'npm ci && npm run rehearse',
      'release immutability',
      'tag ruleset',
      'contents: write',
      'id-token: write',
      'attestations: read',
      'attestations: write',
      'actions: read',
      'v2.327.1',
    ])
      expect([needed, section.includes(needed)]).toEqual([needed, true]);
  });
});
