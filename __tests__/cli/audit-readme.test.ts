/*
 * The README's "Auditing the repository" shows a command and what it prints: that very command
 * is run here, with the bundled CLI, from a checkout holding the README's example workflow
 * (docs/examples/release.yml) at .github/workflows/release.yml, against the GitHub emulator's
 * settings of a new repository (the `default` fixture) named as the README names it, with a
 * token that can read the administration settings. Its output must be the README's, line for
 * line, so the README shows what the CLI says today, not what it said once.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ADMIN_TOKEN, applySettingsFixture } from '../../src/emulator/github/routes/settings-fixtures.js';
import { FULL_PERMISSIONS } from '../../src/emulator/github/state.js';
import { spawnCollected } from '../../src/emulator/runner.js';
import { useGitHub } from '../helpers/github.js';

const root = path.resolve(import.meta.dirname, '../..');
const HEADING = '## Auditing the repository';
const COMMAND = 'node dist/cli/index.js audit ';

/** The section's command (a ```sh block's line) and the ```text block after it. */
function readmeAudit(readme: string): { command: string; output: string; exit: number } {
  const start = readme.indexOf(`\n${HEADING}\n`);
  if (start < 0) throw new Error(`README.md has no section ${JSON.stringify(HEADING)}`);
  const rest = readme.slice(start + HEADING.length + 2);
  const end = rest.search(/\n## /);
  const section = end < 0 ? rest : rest.slice(0, end);
  const sh = /```sh\n([\s\S]*?)```/.exec(section);
  const command = sh?.[1].split('\n').find((line) => line.startsWith(COMMAND));
  if (!command) throw new Error(`README.md's ${HEADING} shows no '${COMMAND}…' in a sh block`);
  const text = /```text\n([\s\S]*?)```/.exec(section.slice(section.indexOf(command)));
  if (!text) throw new Error(`README.md's ${HEADING} shows no text block of output after the command`);
  const exit = /exits? (?:with )?(\d)\b/.exec(section);
  if (!exit) throw new Error(`README.md's ${HEADING} does not say what the command exits with`);
  return { command, output: text[1], exit: Number(exit[1]) };
}

const shown = readmeAudit(fs.readFileSync(path.join(root, 'README.md'), 'utf8'));
const args = shown.command.slice('node dist/cli/index.js '.length).split(/ +/);
const repo = args[args.indexOf('--repo') + 1];
const workflow = args[args.indexOf('--workflow') + 1];

const gh = useGitHub({
  scope: 'all',
  emulator: {
    tokens: { [ADMIN_TOKEN]: { ...FULL_PERMISSIONS, contents: 'read', administration: 'read' } },
  },
  setup: (g) => {
    g.state.addRepo(repo);
    applySettingsFixture(g.state, repo, 'default');
  },
});

let checkout: string;
beforeAll(() => {
  checkout = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-readme-'));
  fs.mkdirSync(path.join(checkout, path.dirname(workflow)), { recursive: true });
  fs.copyFileSync(path.join(root, 'docs/examples/release.yml'), path.join(checkout, workflow));
});
afterAll(() => fs.rmSync(checkout, { recursive: true, force: true }));

it('runs the command README.md shows and prints exactly the output it shows, with its exit code', async () => {
  expect({ repo, workflow }).toEqual({ repo: 'OWNER/REPO', workflow: '.github/workflows/release.yml' });
  const result = await spawnCollected(process.execPath, [path.join(root, 'dist/cli/index.js'), ...args], {
    cwd: checkout,
    env: { PATH: process.env.PATH ?? '', GITHUB_API_URL: gh.url, GH_TOKEN: ADMIN_TOKEN },
    timeoutMs: 60_000,
  });
  // What a terminal shows: the report (stdout), then the verdict (stderr).
  expect(`${result.stdout}${result.stderr}`).toBe(shown.output);
  expect(result.code).toBe(shown.exit);
});

it("reads the README's section strictly: a changed line of output no longer matches", () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  expect(() => readmeAudit(readme.replace(HEADING, '## Something else'))).toThrow(/no section/);
  const changed = readmeAudit(readme.replace('FAIL immutable-releases', 'PASS immutable-releases'));
  expect(changed.output).not.toBe(shown.output);
});
