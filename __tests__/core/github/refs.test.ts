/*
 * Resolving a tag to its commit (core/github/refs.ts) against the emulator at the wire: one
 * request when the commit endpoint answers, a second (the ref) only to tell a missing tag from
 * a tag that names no commit, and every layer has a case where it must say no.
 */
import { createClient, type GitHubClient, type Repo } from '../../../src/core/github/client.js';
import { resolveTagCommit } from '../../../src/core/github/refs.js';
import { DEFAULT_TOKEN } from '../../../src/emulator/github/index.js';
import { useGitHub } from '../../helpers/github.js';

const emu = useGitHub({ scope: 'all' });
let client: GitHubClient;
let counter = 0;

beforeAll(() => {
  client = createClient(DEFAULT_TOKEN, { baseUrl: emu.url, backoffMs: 1, throttle: false });
});

afterEach(() => emu.faults.clear());

function repository(): { full: string; repo: Repo; head: string; other: string } {
  const full = `octo-org/refs-${++counter}`;
  emu.state.addRepo(full);
  const head = emu.state.commit(full, { branch: 'main', message: 'head' });
  const other = emu.state.commit(full, { branch: 'side', message: 'other' });
  const [owner, name] = full.split('/');
  return { full, repo: { owner, repo: name }, head, other };
}

/** Requests made by `fn`, by operationId. */
async function counted<T>(fn: () => Promise<T>): Promise<{ value: T; ops: string[] }> {
  const start = emu.log.length;
  const value = await fn();
  return { value, ops: emu.log.slice(start).map((e) => e.operationId ?? e.path) };
}

describe('resolveTagCommit', () => {
  it('resolves a lightweight tag in one request', async () => {
    const { full, repo, head } = repository();
    emu.state.lightweightTag(full, 'v1.0.0', head);
    const { value, ops } = await counted(() => resolveTagCommit(client, repo, 'v1.0.0'));
    expect(value).toBe(head);
    expect(ops).toEqual(['repos/get-commit']);
  });

  it('peels an annotated tag in one request', async () => {
    const { full, repo, head } = repository();
    emu.state.annotatedTag(full, 'v1.0.0', head);
    const { value, ops } = await counted(() => resolveTagCommit(client, repo, 'v1.0.0'));
    expect(value).toBe(head);
    expect(ops).toEqual(['repos/get-commit']);
  });

  it('says the tag is missing only after the ref, too, is not there', async () => {
    const { repo } = repository();
    const { value, ops } = await counted(() => resolveTagCommit(client, repo, 'v1.0.0'));
    expect(value).toBeUndefined();
    expect(ops).toEqual(['repos/get-commit', 'git/get-ref']);
  });

  it('never takes a branch of the same name for the tag', async () => {
    const { full, repo } = repository();
    emu.state.commit(full, { branch: 'v1.0.0', message: 'a branch named like the tag' });
    await expect(resolveTagCommit(client, repo, 'v1.0.0')).resolves.toBeUndefined();
  });

  it('refuses a tag whose ref names something other than a commit', async () => {
    const { full, repo } = repository();
    const tree = 'a'.repeat(40);
    // The emulator's tags name commits or tag objects; a ref to a tree is set by hand.
    emu.state
      .repo(full)
      .tags.set('v1.0.0', { type: 'tree', sha: tree } as unknown as { type: 'commit'; sha: string });
    await expect(resolveTagCommit(client, repo, 'v1.0.0')).rejects.toThrow(
      `Tag v1.0.0 exists (its ref names "tree" "${tree}") but GitHub resolves it to no commit.`,
    );
  });

  it('fails on a server error rather than calling the tag missing', async () => {
    const { full, repo, head } = repository();
    emu.state.lightweightTag(full, 'v1.0.0', head);
    emu.faults.add({ operation: 'repos/get-commit', kind: 'status', status: 500, times: Infinity });
    await expect(resolveTagCommit(client, repo, 'v1.0.0')).rejects.toThrow(/Resolving tag v1\.0\.0/);
  });

  it('fails when the ref cannot be read after the commit endpoint found nothing', async () => {
    const { repo } = repository();
    emu.faults.add({ operation: 'git/get-ref', kind: 'status', status: 500, times: Infinity });
    await expect(resolveTagCommit(client, repo, 'v1.0.0')).rejects.toThrow(/Resolving tag v1\.0\.0/);
  });
});
