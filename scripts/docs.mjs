// Fills the inputs/outputs tables of every action's README from its action.yml with action-docs,
// between its `<!-- action-docs-inputs source="action.yml" -->` / `…-outputs…` marker pairs.
// Driven by the one list (actions.mjs). The root action (preflight) is documented in the
// repository README under a "## preflight (root action)" section at its end, added when missing.
// Idempotent: running it twice changes nothing. `node scripts/docs.mjs [root]` works on another
// copy of the repository (the drift test uses that).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ACTIONS, actionDir } from './actions.mjs';

// action-docs renders each description with showdown, whose default makes `_` inside a word
// emphasis: "GITHUB_SHA when GITHUB_REF" came out as GITHUB<em>SHA when GITHUB</em>REF. GitHub
// renders Markdown as GFM, where an underscore inside a word is a literal (CommonMark's
// left/right-flanking rule for `_`), and showdown's `literalMidWordUnderscores` is that rule.
// action-docs builds its converter once, when it is loaded, from showdown's global options: so
// the option is set on the showdown that action-docs itself resolves, before action-docs loads.
const showdown = createRequire(import.meta.resolve('action-docs'))('showdown');
showdown.setOption('literalMidWordUnderscores', true);
const { generateActionMarkdownDocs } = await import('action-docs');

const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const SECTIONS = ['inputs', 'outputs'];
const marker = (section) => `<!-- action-docs-${section} source="action.yml" -->`;
const ROOT_SECTION = '## preflight (root action)';

function ensureRootSection(readme) {
  const text = fs.readFileSync(readme, 'utf8');
  if (text.includes(ROOT_SECTION)) return;
  const body = [
    ROOT_SECTION,
    '',
    'The root action (`uses: <owner>/sealed-release@<40-hex sha>`) is the cheap, fast-fail first',
    'job of a release workflow: every tag-semver-guard check and, when `workflows` is given, every',
    'require-ci-green check, in one step and one summary, `ok` true only when all passed.',
    '',
    ...SECTIONS.flatMap((s) => [marker(s), marker(s), '']),
  ].join('\n');
  fs.writeFileSync(readme, `${text.replace(/\n*$/, '\n\n')}${body}`);
}

const cwd = process.cwd();
let problems = 0;
for (const name of ACTIONS) {
  const dir = path.join(root, actionDir(name));
  const readme = path.join(dir, 'README.md');
  if (name === 'preflight') ensureRootSection(readme);
  const text = fs.readFileSync(readme, 'utf8');
  const missing = SECTIONS.filter((s) => text.split(marker(s)).length !== 3);
  if (missing.length > 0) {
    console.error(
      `docs: ${path.relative(root, readme)} needs exactly one pair of markers for: ${missing.join(', ')}`,
    );
    problems++;
    continue;
  }
  // action-docs resolves `source` against the working directory, and matches the marker text.
  process.chdir(dir);
  await generateActionMarkdownDocs({
    sourceFile: 'action.yml',
    readmeFile: readme,
    updateReadme: true,
    tocLevel: name === 'preflight' ? 3 : 2,
  });
  process.chdir(cwd);
  console.log(
    `docs: ${path.relative(root, readme) || 'README.md'} updated from ${path.relative(root, path.join(dir, 'action.yml'))}`,
  );
}
// The examples are the source: every `<!-- example: NAME.yml -->` … `<!-- /example -->` region of
// the README and the sub-actions' READMEs holds docs/examples/NAME.yml verbatim, as the rehearsal
// runs it (so an example in the docs is one that has been executed).
const EXAMPLE = /(<!-- example: ([A-Za-z0-9._-]+\.yml) -->\n)[\s\S]*?(<!-- \/example -->)/g;
for (const name of ['preflight', ...ACTIONS.filter((a) => a !== 'preflight')]) {
  const readme = path.join(root, actionDir(name), 'README.md');
  const text = fs.readFileSync(readme, 'utf8');
  let bad = false;
  const next = text.replace(EXAMPLE, (_m, open, file, close) => {
    const source = path.join(root, 'docs', 'examples', file);
    if (!fs.existsSync(source)) {
      console.error(
        `docs: ${path.relative(root, readme)} embeds docs/examples/${file}, which does not exist`,
      );
      bad = true;
      return _m;
    }
    return `${open}\n\`\`\`yaml\n${fs.readFileSync(source, 'utf8').replace(/\n*$/, '\n')}\`\`\`\n\n${close}`;
  });
  if (bad) problems++;
  else if (next !== text) {
    fs.writeFileSync(readme, next);
    console.log(`docs: ${path.relative(root, readme) || 'README.md'}: examples embedded`);
  }
}
process.exit(problems === 0 ? 0 : 1);
