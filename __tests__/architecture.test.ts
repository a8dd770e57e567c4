/*
 * The layering of docs/ARCHITECTURE.md, enforced on the imports of every src/**\/*.ts file:
 * - core imports neither actions nor the emulator (nor the cli, rehearsal or bench tools);
 * - an action imports core and its own folder only;
 * - nothing a dist bundle is built from reaches the emulator, the rehearsal or the bench;
 * - no import cycles;
 * - only src/core/action/ imports @actions/core (the edge: inputs, outputs, summary, secrets,
 *   annotations, failure), and no bundled file writes the runner's commands itself: @actions/core
 *   does (issue 24);
 * - an entry loads the clients (Octokit, Sigstore, parsers) only by dynamic import, so that a
 *   refused configuration starts fast (issue 13's cold start; @actions/core is the baseline);
 * and the layout of __tests__/, which mirrors src/.
 * Imports are read with TypeScript's own pre-processor (static, dynamic and re-exports alike).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');
const list = JSON.parse(fs.readFileSync(path.join(root, 'scripts/actions.json'), 'utf8')) as {
  actions: string[];
  extraEntries: Record<string, string>;
};

/** Files outside src/core/action/ that import @actions/core: none (log lines go through core/action/log.ts). */
const STILL_IMPORTING_ACTIONS_CORE: readonly string[] = [];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Repository-relative path with forward slashes. */
const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

interface Imports {
  /** Resolved repository-relative paths of relative imports. */
  local: string[];
  /** Package specifiers (anything not relative). */
  packages: string[];
}

const imports = new Map<string, Imports>();
for (const file of sourceFiles(src)) {
  const found = ts
    .preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((f) => f.fileName);
  imports.set(rel(file), {
    local: found
      .filter((s) => s.startsWith('.'))
      .map((s) => rel(path.resolve(path.dirname(file), s.replace(/\.js$/, '.ts')))),
    packages: found.filter((s) => !s.startsWith('.')),
  });
}

const under = (file: string, folder: string) => file.startsWith(`${folder}/`);

describe('layering', () => {
  it('reads imports (the scan is not blind)', () => {
    expect(imports.size).toBeGreaterThan(50);
    expect(imports.get('src/core/github/client.ts')?.packages).toContain('@actions/github');
    expect(imports.get('src/core/action/run.ts')?.local).toContain('src/core/errors.ts');
  });

  it('every relative import names a file that exists', () => {
    const missing = [...imports].flatMap(([file, i]) =>
      i.local.filter((target) => !fs.existsSync(path.join(root, target))).map((t) => `${file} -> ${t}`),
    );
    expect(missing).toEqual([]);
  });

  it('core imports neither actions, the emulator, nor the tools', () => {
    const forbidden = [
      'src/actions',
      'src/emulator',
      'src/cli',
      'src/rehearsal',
      'src/bench',
      'src/reliability',
    ];
    const bad = [...imports]
      .filter(([file]) => under(file, 'src/core'))
      .flatMap(([file, i]) =>
        i.local.filter((t) => forbidden.some((f) => under(t, f))).map((t) => `${file} -> ${t}`),
      );
    expect(bad).toEqual([]);
  });

  it('an action imports core and its own folder only', () => {
    const bad = [...imports]
      .filter(([file]) => under(file, 'src/actions'))
      .flatMap(([file, i]) => {
        const own = file.split('/').slice(0, 3).join('/');
        return i.local.filter((t) => !under(t, 'src/core') && !under(t, own)).map((t) => `${file} -> ${t}`);
      });
    expect(bad).toEqual([]);
  });

  it('no bundle reaches the emulator, the rehearsal, the bench or the reliability matrix', () => {
    const entries = [
      ...list.actions.map((name) => `src/actions/${name}/index.ts`),
      ...Object.values(list.extraEntries),
    ];
    const reached = new Set<string>();
    const pending = [...entries];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      if (reached.has(next)) continue;
      reached.add(next);
      pending.push(...(imports.get(next)?.local ?? []));
    }
    for (const entry of entries) expect(reached).toContain(entry);
    const bad = [...reached].filter((f) =>
      ['src/emulator', 'src/rehearsal', 'src/bench', 'src/reliability'].some((d) => under(f, d)),
    );
    expect(bad).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const target of imports.get(file)?.local ?? []) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of imports.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('only core/action imports @actions/core, apart from the known remaining files (the list only shrinks)', () => {
    const importers = [...imports]
      .filter(([, i]) => i.packages.some((p) => p === '@actions/core' || p.startsWith('@actions/core/')))
      .map(([file]) => file)
      .filter((file) => !under(file, 'src/core/action'))
      .sort();
    expect(importers).toEqual([...STILL_IMPORTING_ACTIONS_CORE].sort());
  });

  it('every dependency in package.json is imported by code that ships (build and test tools are devDependencies)', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const shipped = [...bundledFiles()];
    const texts = shipped.map((file) => fs.readFileSync(path.join(root, file), 'utf8'));
    const unused = Object.keys(manifest.dependencies).filter(
      (dep) =>
        !shipped.some((file) =>
          imports.get(file)?.packages.some((p) => p === dep || p.startsWith(`${dep}/`)),
        ) &&
        // JSON read through its path (the CycloneDX schemas of core/sbom/schemas.ts).
        !texts.some((text) => text.includes(`node_modules/${dep}/`)),
    );
    expect(Object.keys(manifest.dependencies).length).toBeGreaterThan(5);
    expect(unused).toEqual([]);
  });

  it('core/action speaks to the runner through @actions/core (the scan is not blind)', () => {
    expect(imports.get('src/core/action/workflow-commands.ts')?.packages).toContain('@actions/core');
  });
});

/** Every file some dist bundle is built from: the entries and what they import, transitively. */
function bundledFiles(): Set<string> {
  const reached = new Set<string>();
  const pending = [
    ...list.actions.map((name) => `src/actions/${name}/index.ts`),
    ...Object.values(list.extraEntries),
  ];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (reached.has(next)) continue;
    reached.add(next);
    pending.push(...(imports.get(next)?.local ?? []));
  }
  return reached;
}

/** The string literals (and template pieces) and the identifiers of a file's code, comments left out. */
function tokensOf(file: string): { literals: string[]; identifiers: string[] } {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard);
  scanner.setText(fs.readFileSync(path.join(root, file), 'utf8'));
  const literals: string[] = [];
  const identifiers: string[] = [];
  const literalKinds = [
    ts.SyntaxKind.StringLiteral,
    ts.SyntaxKind.NoSubstitutionTemplateLiteral,
    ts.SyntaxKind.TemplateHead,
    ts.SyntaxKind.TemplateMiddle,
    ts.SyntaxKind.TemplateTail,
  ];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    // A `}` may continue a template: ask the scanner to read on as one.
    if (token === ts.SyntaxKind.CloseBraceToken) token = scanner.reScanTemplateToken(false);
    if (literalKinds.includes(token)) literals.push(scanner.getTokenValue());
    else if (token === ts.SyntaxKind.Identifier) identifiers.push(scanner.getTokenValue());
  }
  return { literals, identifiers };
}

describe('the runner protocol', () => {
  const bundled = [...bundledFiles()].sort();
  // The file commands' variables: only core/action may name them (to check a file exists, or
  // whether a summary is wanted); @actions/core writes to them.
  const FILE_COMMANDS = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH'];

  it('finds the bundled files (the scan is not blind)', () => {
    expect(bundled.length).toBeGreaterThan(50);
    expect(tokensOf('src/core/github/releases.ts').literals.length).toBeGreaterThan(10);
  });

  it('no bundled file writes a workflow command (`::name …::`) itself', () => {
    const writers = bundled.flatMap((file) =>
      tokensOf(file)
        .literals.filter((text) => /^::([a-z][a-z-]*\b|$)/.test(text))
        .map((text) => `${file}: ${JSON.stringify(text.slice(0, 40))}`),
    );
    expect(writers).toEqual([]);
  });

  it('only core/action names the file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, …) in code', () => {
    const named = bundled
      .filter((file) => !under(file, 'src/core/action'))
      .flatMap((file) =>
        Object.values(tokensOf(file))
          .flat()
          .filter((text) => FILE_COMMANDS.includes(text))
          .map((text) => `${file}: ${text}`),
      );
    expect(named).toEqual([]);
  });
});

/**
 * The files a module loads before any of its code runs: the targets of its static imports and
 * re-exports, leaving out `import type` (erased) and `import()` (loaded when called).
 */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) found.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return found;
}

describe('cold start', () => {
  // What a refused configuration must not compile: each is hundreds of KB of bundle.
  // @actions/core is not here: it is how every action speaks to the runner, and the cold-start
  // benchmark's baseline is a bundle of it alone (src/bench/cold.ts).
  const HEAVY = [
    '@actions/exec',
    '@actions/github',
    '@octokit/',
    '@sigstore/',
    'markdown-it',
    'yaml',
    'smol-toml',
    'ajv',
    'undici',
  ];
  const entries = [
    ...list.actions.map((name) => `src/actions/${name}/index.ts`),
    ...Object.values(list.extraEntries),
  ];

  // The extra entries (the CLI) run outside a runner: for them @actions/core is only weight.
  const heavyFor = (entry: string) =>
    Object.values(list.extraEntries).includes(entry) ? [...HEAVY, '@actions/core'] : HEAVY;

  it.each(entries)('%s reaches no client or parser library through static imports', (entry) => {
    const heavyHere = heavyFor(entry);
    const reached = new Set<string>();
    const heavy: string[] = [];
    const pending = [path.join(root, entry)];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      if (reached.has(next)) continue;
      reached.add(next);
      for (const spec of staticImports(next)) {
        if (spec.startsWith('.')) {
          if (spec.endsWith('.js'))
            pending.push(path.resolve(path.dirname(next), spec.replace(/\.js$/, '.ts')));
        } else if (
          heavyHere.some(
            (h) => spec === h || (h.endsWith('/') ? spec.startsWith(h) : spec.startsWith(`${h}/`)),
          )
        ) {
          heavy.push(`${rel(next)} -> ${spec}`);
        }
      }
    }
    expect(reached.size).toBeGreaterThan(3);
    expect(heavy).toEqual([]);
  });
});

/** Tests of the repository as a whole (its metadata, docs, layering, workflows), not of one file. */
const REPOSITORY_TESTS = ['architecture.test.ts', 'docs.test.ts', 'metadata.test.ts', 'workflows.test.ts'];

/**
 * Tests that cover their folder under a topic instead of naming one file (docs/ARCHITECTURE.md,
 * "Tests": "or lies in __tests__/<folder>/ when it covers the folder"), each for the reason
 * given. Any other test's name must lead to a src/ file or folder, so a test named for a file
 * that was renamed or never existed is refused; an entry here that names no test is refused too.
 */
const FOLDER_TOPICS: Record<string, string> = {
  'core/action/endings.test.ts':
    'every bundle, driven with input that matches nothing, ends through the one path',
  'core/action/network-failure.test.ts': 'an unreachable host, through the boundary of every bundle',
  'core/github/published-release.test.ts': 'a published release is never modified, layer by layer',
  'core/manifests/kinds.test.ts': 'every manifest kind of the folder, one table',
  'core/sigstore/retries.test.ts': 'timeouts and retries of every Sigstore request',
};

/**
 * Where the test files (paths under __tests__/, forward slashes) do not mirror src/ as
 * docs/ARCHITECTURE.md says; one line each, [] when they all do. `exists` answers for
 * repository-relative paths (`src/core/x.ts`, `src/core/x/`, `__tests__/helpers/x.ts`).
 */
function mirrorProblems(
  files: readonly string[],
  exists: (repositoryPath: string) => boolean,
  actions: readonly string[],
  topics: Record<string, string> = FOLDER_TOPICS,
): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const folder = path.posix.dirname(file);
    const base = path.posix.basename(file, '.test.ts');
    if (folder === '.') {
      if (!REPOSITORY_TESTS.includes(file))
        problems.push(`${file}: a top-level test must be a test of the repository as a whole`);
      continue;
    }
    if (folder === 'helpers') {
      if (!exists(`__tests__/helpers/${base}.ts`))
        problems.push(`${file}: no __tests__/helpers/${base}.ts to test`);
      continue;
    }
    if (!exists(`src/${folder}/`)) {
      problems.push(`${file}: no src/${folder}/ folder`);
      continue;
    }
    if (folder === 'actions') {
      const action = actions.find((name) => base === name || base.startsWith(`${name}-`));
      if (!action) problems.push(`${file}: not named after an action of scripts/actions.json`);
      else if (!exists(`src/actions/${action}/`)) problems.push(`${file}: no src/actions/${action}/`);
      continue;
    }
    if (file in topics || base === 'units') continue;
    // <file>, <file>-<topic>, <folder>, <folder>-<topic>: some prefix of the name that ends at a
    // '-' (or the whole name) is a src/ file or folder beside it, or the folder itself.
    const prefixes = [base, ...[...base.matchAll(/-/g)].map((m) => base.slice(0, m.index))];
    const named = prefixes.some(
      (p) =>
        exists(`src/${folder}/${p}.ts`) || exists(`src/${folder}/${p}/`) || p === path.posix.basename(folder),
    );
    if (!named) {
      problems.push(
        `${file}: names no file or folder of src/${folder}/ (a test of src/${folder}/x.ts is x.test.ts or x-<topic>.test.ts; a topic of the whole folder is listed in FOLDER_TOPICS)`,
      );
    }
  }
  for (const topic of Object.keys(topics)) {
    if (!files.includes(topic)) problems.push(`${topic}: listed in FOLDER_TOPICS, but there is no such test`);
  }
  return problems;
}

describe('__tests__ mirrors src', () => {
  const tests = path.join(root, '__tests__');
  const files = sourceFiles(tests)
    .map((file) => path.relative(tests, file).split(path.sep).join('/'))
    .filter((file) => file.endsWith('.test.ts'));
  const exists = (p: string): boolean =>
    p.endsWith('/')
      ? fs.existsSync(path.join(root, p)) && fs.statSync(path.join(root, p)).isDirectory()
      : fs.existsSync(path.join(root, p));

  it('finds the tests (the scan is not blind)', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('every test names the src/ file or folder it tests, so whoever changes a file finds its tests beside it', () => {
    expect(mirrorProblems(files, exists, list.actions)).toEqual([]);
  });

  it('says no to a test named for a file that does not exist, in a folder that does not, or after no action', () => {
    const strays = [
      'core/github/no-such-file.test.ts',
      'core/github/no-such-file-topic.test.ts',
      'core/no-such-folder/x.test.ts',
      'actions/no-such-action.test.ts',
      'helpers/no-such-helper.test.ts',
      'loose.test.ts',
    ];
    const fine = [
      'core/github/releases.test.ts',
      'core/attestation/release-attestation-units.test.ts',
      'core/manifests/manifests.test.ts',
      'core/sigstore/units.test.ts',
      'emulator/github.test.ts',
      'actions/undraft-rerun.test.ts',
      'helpers/github.test.ts',
    ];
    expect(
      mirrorProblems([...fine, ...strays], exists, list.actions, { 'core/gone/topic.test.ts': 'gone' }),
    ).toEqual([
      'core/github/no-such-file.test.ts: names no file or folder of src/core/github/ (a test of src/core/github/x.ts is x.test.ts or x-<topic>.test.ts; a topic of the whole folder is listed in FOLDER_TOPICS)',
      'core/github/no-such-file-topic.test.ts: names no file or folder of src/core/github/ (a test of src/core/github/x.ts is x.test.ts or x-<topic>.test.ts; a topic of the whole folder is listed in FOLDER_TOPICS)',
      'core/no-such-folder/x.test.ts: no src/core/no-such-folder/ folder',
      'actions/no-such-action.test.ts: not named after an action of scripts/actions.json',
      'helpers/no-such-helper.test.ts: no __tests__/helpers/no-such-helper.ts to test',
      'loose.test.ts: a top-level test must be a test of the repository as a whole',
      'core/gone/topic.test.ts: listed in FOLDER_TOPICS, but there is no such test',
    ]);
  });
});
