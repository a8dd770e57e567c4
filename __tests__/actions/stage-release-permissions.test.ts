import * as path from 'node:path';
import { runAction, visibleText } from '../../src/emulator/runner.js';
import { useGitHub } from '../helpers/github.js';
import { workspace } from '../helpers/workspace.js';

/*
 * Issue 20: GitHub's 403 "Resource not accessible by integration" to a write is a known failure
 * (the job lacks `contents: write`), reported with its fix and a summary row, never as
 * "Internal error: …" (which it was, with a guess that the resource might not exist).
 */

const root = path.resolve(import.meta.dirname, '../..');
const REPO = 'octo-org/octo-repo';
const READ_ONLY = 'ghs_readOnlyToken000000000000000000000000';
let commit = '';
const gh = useGitHub({
  setup: (g) => {
    g.state.addRepo(REPO);
    commit = g.state.commit(REPO, { message: 'release commit' });
    g.state.annotatedTag(REPO, 'v1.2.3', commit);
    g.state.addToken(READ_ONLY, { contents: 'read' }, 403);
  },
});

describe('stage-release with a token that may only read', () => {
  it('fails with the contents: write fix, a summary row and every output', async () => {
    const r = await runAction('stage-release', {
      root,
      workspace: workspace({ 'dist/app.tar.gz': 'app\n' }),
      repository: REPO,
      apiUrl: gh.url,
      serverUrl: gh.serverUrl,
      token: READ_ONLY,
      sha: commit,
      inputs: { files: 'dist/*' },
      env: { SEALED_RELEASE_RETRY_MS: '1' },
    });
    expect(r.code).toBe(1);
    const failure = /^::error::(.*)$/m.exec(r.stdout)?.[1] ?? '';
    expect(failure).not.toMatch(/Internal error/);
    expect(failure).toContain('GitHub answered 403 "Resource not accessible by integration"');
    expect(failure).toContain('Fix: Add `permissions: contents: write` to the job.');
    expect(r.summary).toMatch(/\| draft release \| ❌ fail \| .*Fix: Add `permissions: contents: write`/);
    expect(Object.keys(r.outputs).sort()).toEqual([
      'assets',
      'release-id',
      'release-url',
      'skipped',
      'uploaded',
    ]);
    expect(gh.state.repo(REPO).releases).toEqual([]);
    expect(visibleText(r)).not.toContain(READ_ONLY);
  });
});
