import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { actionDir, runAction, type RunResult } from '../../../src/emulator/runner.js';
import { useGitHub } from '../../helpers/github.js';
import { workspace } from '../../helpers/workspace.js';

/*
 * One way to end (issue 20): every action, driven through its shipped bundle with a glob or
 * input that matches nothing (or its nearest equivalent), fails with a job summary table and
 * every output its action.yml declares, and never as "Internal error". sigstore-sign and
 * sigstore-verify used to end with a good message, an empty summary and no outputs.
 */

const root = path.resolve(import.meta.dirname, '../../..');
const REPO = 'octo-org/octo-repo';
const list = JSON.parse(fs.readFileSync(path.join(root, 'scripts/actions.json'), 'utf8')) as {
  actions: string[];
};

let head = '';
// One emulator for the file: the repository exists; no release, no workflow run.
const gh = useGitHub({
  scope: 'all',
  setup: (g) => {
    g.state.addRepo(REPO);
    head = g.state.commit(REPO, { branch: 'main', message: 'Release 1.2.3' });
  },
});

/** The outputs an action.yml declares. */
function declaredOutputs(name: string): string[] {
  const yaml = parse(fs.readFileSync(path.join(actionDir(root, name), 'action.yml'), 'utf8')) as {
    outputs?: Record<string, unknown>;
  };
  return Object.keys(yaml.outputs ?? {}).sort();
}

/** Inputs that select nothing, per action (or the nearest equivalent), and the files they need. */
const CASES: Record<string, { inputs: Record<string, string>; files?: Record<string, string> }> = {
  'sigstore-sign': { inputs: { files: 'dist/*.none' } },
  'attest-provenance': { inputs: { files: 'dist/*.none' } },
  'sigstore-verify': {
    inputs: {
      files: 'dist/*.none',
      'certificate-identity': `https://github.com/${REPO}/.github/workflows/release.yml@refs/tags/v1.2.3`,
    },
  },
  'stage-release': { inputs: { tag: 'v1.2.3', files: 'dist/*.none' } },
  'sbom-attach': { inputs: { tag: 'v1.2.3', sbom: 'dist/*.cdx.none' } },
  'byte-identity': {
    inputs: { files: 'dist/*.none', against: 'dir:reference' },
    files: { 'reference/a': 'a' },
  },
  // The draft holds nothing (there is none): the expected assets match nothing.
  undraft: { inputs: { tag: 'v1.2.3', 'expected-assets': 'app-*.tar.gz', 'require-signatures': 'false' } },
  // No run of the named workflow exists on the commit.
  'require-ci-green': { inputs: { workflows: 'none.yml', sha: '' } },
  // The version file named matches no file.
  'tag-semver-guard': { inputs: { 'version-files': 'missing/package.json' } },
  preflight: { inputs: { 'version-files': 'missing/package.json' } },
  // The workflow to lint is not in the workspace (the step ran before the checkout).
  'audit-settings': { inputs: { workflow: '.github/workflows/none.yml' } },
  // The release's git tag does not exist in the repository: refused before the registry is asked.
  'promote-image': {
    inputs: {
      image: '127.0.0.1:9/team/app',
      digest: `sha256:${'0'.repeat(64)}`,
      'certificate-identity': `https://github.com/${REPO}/.github/workflows/release.yml@refs/tags/v1.2.3`,
    },
  },
};

describe('every action ends through one path: a summary table and every declared output', () => {
  it('the cases cover every action', () => {
    expect(Object.keys(CASES).sort()).toEqual([...list.actions].sort());
  });

  it.each(list.actions)('%s, given input that matches nothing', async (name) => {
    const spec = CASES[name];
    const ws = workspace({ 'dist/.keep': '', ...spec.files });
    const result: RunResult = await runAction(name, {
      root,
      workspace: ws,
      inputs: spec.inputs,
      repository: REPO,
      apiUrl: gh.url,
      serverUrl: gh.serverUrl,
      sha: head,
      ref: 'refs/tags/v1.2.3',
      env: { SEALED_RELEASE_RETRY_MS: '1' },
      timeoutMs: 60_000,
    });
    const failure = /^::error::(.*)$/m.exec(result.stdout)?.[1] ?? '';
    expect({ name, code: result.code, failure }).toMatchObject({ name, code: 1 });
    expect(failure).not.toBe('');
    expect(failure).not.toMatch(/^Internal error/);
    // A summary: one table, with at least one failed row.
    expect(result.summary).toMatch(/^\| check \| result \| detail \|$/m);
    expect(result.summary).toMatch(/^\| [^|]+ \| ❌ fail \| /m);
    // Every declared output, and nothing else (undraft wrote `ok` and `reason`, undeclared).
    expect(Object.keys(result.outputs).sort()).toEqual(declaredOutputs(name));
    if ('ok' in result.outputs) expect(result.outputs.ok).toBe('false');
    fs.rmSync(result.runnerTemp, { recursive: true, force: true });
  });
});
